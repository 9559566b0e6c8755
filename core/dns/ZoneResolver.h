#pragma once

#include "core/dns/Resolver.h"
#include "core/base/Result.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <memory>

namespace kensa {

// Answers from master-format zone files parsed by ldns (DESIGN.md "DNS"): offline mode, the
// conformance suites and unit tests. Three kinds of file:
//
// - A zone (the file has an SOA): answers as its authoritative server would for every name at
//   or below the apex: NXDOMAIN for a missing name, NODATA for a missing type (empty
//   non-terminals included), wildcards (RFC 4592), CNAME chains followed, also into the other
//   loaded files. Zones whose apexes enclose the name are merged, not shadowed: several root
//   snapshots (or a root snapshot and a domain's zone) answer as one file would. The closest
//   apex (then load order) that has the name decides between a CNAME and data; the records of
//   the type asked are the union over every file (one SOA: the first's); NXDOMAIN only when no
//   file has the name.
// - A record set (no SOA; absolute owner names from many domains, as the conformance key files):
//   answers for the names it holds (and their parents, which exist as empty non-terminals), and
//   NXDOMAIN for every other name no zone covers. Loading one therefore makes the resolver
//   claim the whole namespace: neither NotInSnapshot nor the fallback is used any more.
// - A snapshot written by DnsTranscript (first line "; kensa-dns-snapshot 1"): every recorded
//   question gets its recorded answer back (records, status, CNAME chain, secure flag); a
//   question that was not recorded is not covered by the file, though it has a root SOA.
//
// Precedence for each name: rules, snapshot questions, the enclosing zones, record sets. A name
// nothing covers answers NotInSnapshot in offline mode (no query is sent) and goes to the
// fallback resolver otherwise. Answers are queued to the context like live ones; source "zone",
// server the file name. Loading and rules are meant for set-up; resolve() is thread-safe.
class ZoneResolver : public Resolver
{
public:
    // Offline (no fallback) unless a fallback is given.
    explicit ZoneResolver(std::shared_ptr<Resolver> fallback = nullptr);
    ~ZoneResolver() override;

    ZoneResolver(const ZoneResolver &) = delete;
    ZoneResolver &operator=(const ZoneResolver &) = delete;

    // Parses and adds one file; the number of records kept. Errors: "dns.zone.unreadable",
    // "dns.zone.syntax" (line = the line ldns stopped at), "dns.zone.snapshot_syntax".
    Result<int> loadFile(const QString &path);
    // The same from memory; `name` stands for the file in answers and errors.
    Result<int> loadText(const QByteArray &text, const QString &name);
    // Every *.zone file in `directory`, in name order; stops at the first error.
    Result<int> loadDirectory(const QString &directory);

    // Makes `name` (exactly; every type) answer `status` with no records, before any zone data:
    // Timeout, ServFail and the like, which a zone file cannot express.
    void addRule(const QByteArray &name, DnsStatus status);
    void clearRules();

    void setOffline(bool offline);
    bool isOffline() const;
    void setFallback(std::shared_ptr<Resolver> fallback);
    std::shared_ptr<Resolver> fallback() const;

    QStringList files() const;

    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override;
    void resolveAnywhere(const DnsQuestion &question, QObject *context, Callback callback) override;
    QString description() const override;

private:
    struct Recorded
    {
        DnsStatus status = DnsStatus::NoError;
        QList<QByteArray> chain;
        bool secure = false;
    };
    struct Zone
    {
        enum class Kind { Authoritative, RecordSet, Snapshot };
        Kind kind = Kind::Authoritative;
        QByteArray origin; // Authoritative only
        QString file;
        QHash<QByteArray, QHash<quint16, QList<DnsRecord>>> nodes;
        QSet<QByteArray> names; // owners and the empty non-terminals above them
        QHash<DnsQuestion, Recorded> recorded; // Snapshot only
    };
    struct Step;

    Step lookup(const QByteArray &name, DnsType type) const;
    Step lookupIn(const Zone &zone, const QByteArray &name, DnsType type) const;
    DnsAnswer answerLocked(const DnsQuestion &question, bool *uncovered) const;
    enum class Delivery { Queued, Anywhere };
    void ask(const DnsQuestion &question, QObject *context, Callback callback, Delivery delivery);

    mutable QMutex m_mutex;
    QList<Zone> m_zones;
    QHash<QByteArray, DnsStatus> m_rules;
    std::shared_ptr<Resolver> m_fallback;
    bool m_offline = true;
};

} // namespace kensa
