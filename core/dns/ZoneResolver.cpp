#include "core/dns/ZoneResolver.h"

#include "core/dns/DnsName.h"
#include "core/dns/DnsTranscript.h"
#include "core/dns/LdnsConvert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <ldns/ldns.h>

#include <algorithm>
#include <cstdio>

namespace kensa {

namespace {

// CNAME links followed for one question; a longer chain is a loop or abuse.
constexpr int MaxCnameChain = 16;
// Zone files are read whole; larger ones are refused rather than parsed.
constexpr qsizetype MaxZoneFileBytes = 64 * 1024 * 1024;
// Parent names added as empty non-terminals above each owner.
constexpr int MaxLabels = 128;

constexpr DnsType AllTypes[] = {DnsType::A,
                                DnsType::NS,
                                DnsType::CNAME,
                                DnsType::SOA,
                                DnsType::PTR,
                                DnsType::MX,
                                DnsType::TXT,
                                DnsType::AAAA,
                                DnsType::SPF};
constexpr DnsStatus AllStatuses[] = {DnsStatus::NoError,
                                     DnsStatus::NoData,
                                     DnsStatus::NxDomain,
                                     DnsStatus::ServFail,
                                     DnsStatus::Refused,
                                     DnsStatus::OtherError,
                                     DnsStatus::Timeout,
                                     DnsStatus::NotInSnapshot};

std::optional<DnsType> typeFromName(const QByteArray &text)
{
    for (DnsType type : AllTypes) {
        if (dnsTypeName(type).toLatin1() == text)
            return type;
    }
    return std::nullopt;
}

std::optional<DnsStatus> statusFromName(const QByteArray &text)
{
    for (DnsStatus status : AllStatuses) {
        if (dnsStatusName(status).toLatin1() == text)
            return status;
    }
    return std::nullopt;
}

// The name one label up; "" above a single label. Labels may hold escaped dots ("a\.b").
QByteArray parentName(const QByteArray &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == '\\')
            ++i;
        else if (name.at(i) == '.')
            return name.mid(i + 1);
    }
    return {};
}

bool isAtOrBelow(const QByteArray &name, const QByteArray &origin)
{
    if (origin.isEmpty() || name == origin)
        return true;
    return name.endsWith('.' + origin)
           && !(name.size() > origin.size() + 1 && name.at(name.size() - origin.size() - 2) == '\\');
}

struct ZoneDeleter
{
    void operator()(ldns_zone *z) const { ldns_zone_deep_free(z); }
};

} // namespace

struct ZoneResolver::Step
{
    enum class Kind { Final, Cname, Uncovered };
    Kind kind = Kind::Uncovered;
    DnsStatus status = DnsStatus::NotInSnapshot;
    QList<DnsRecord> records;
    QByteArray target;
    QString file;
};

ZoneResolver::ZoneResolver(std::shared_ptr<Resolver> fallback)
    : m_fallback(std::move(fallback))
    , m_offline(!m_fallback)
{}

ZoneResolver::~ZoneResolver() = default;

Result<int> ZoneResolver::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ParseError{QStringLiteral("dns.zone.unreadable"), 0, 0, -1};
    if (file.size() > MaxZoneFileBytes)
        return ParseError{QStringLiteral("dns.zone.too_large"), 0, 0, -1};
    return loadText(file.readAll(), QFileInfo(path).fileName());
}

Result<int> ZoneResolver::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return ParseError{QStringLiteral("dns.zone.unreadable"), 0, 0, -1};
    int total = 0;
    const QStringList names = dir.entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const Result<int> loaded = loadFile(dir.filePath(name));
        if (!loaded)
            return loaded;
        total += *loaded;
    }
    return total;
}

Result<int> ZoneResolver::loadText(const QByteArray &text, const QString &name)
{
    if (text.size() > MaxZoneFileBytes)
        return ParseError{QStringLiteral("dns.zone.too_large"), 0, 0, -1};
    Zone zone;
    zone.file = name;

    const bool snapshot = text.startsWith(DnsTranscript::SnapshotMarker);
    if (snapshot) {
        zone.kind = Zone::Kind::Snapshot;
        // "; kensa-answer: NAME TYPE STATUS [secure] [cname=A,B]" (DnsTranscript::toZoneFile).
        const QByteArray prefix = "; kensa-answer:";
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (!line.startsWith(prefix))
                continue;
            const ParseError bad{QStringLiteral("dns.zone.snapshot_syntax"), int(i + 1), 0, -1};
            const QList<QByteArray> fields = line.mid(prefix.size()).simplified().split(' ');
            if (fields.size() < 3)
                return bad;
            const auto canonical = DnsName::canonical(fields.at(0));
            const auto type = typeFromName(fields.at(1));
            const auto status = statusFromName(fields.at(2));
            if (!canonical || !type || !status)
                return bad;
            Recorded recorded;
            recorded.status = *status;
            for (qsizetype f = 3; f < fields.size(); ++f) {
                const QByteArray &field = fields.at(f);
                if (field == "secure") {
                    recorded.secure = true;
                } else if (field.startsWith("cname=")) {
                    for (const QByteArray &link : field.mid(6).split(',')) {
                        const auto target = DnsName::canonical(link);
                        if (!target)
                            return bad;
                        recorded.chain.append(*target);
                    }
                } else {
                    return bad;
                }
            }
            // A question left unanswered then is left unanswered now.
            if (*status != DnsStatus::NotInSnapshot)
                zone.recorded.insert(DnsQuestion{*canonical, *type}, recorded);
        }
    }

    if (text.trimmed().isEmpty())
        return ParseError{QStringLiteral("dns.zone.empty"), 0, 0, -1};
    QByteArray buffer = text;
    FILE *fp = fmemopen(buffer.data(), size_t(buffer.size()), "r");
    if (!fp)
        return ParseError{QStringLiteral("dns.zone.unreadable"), 0, 0, -1};
    ldns_zone *raw = nullptr;
    int line = 0;
    const ldns_status status = ldns_zone_new_frm_fp_l(&raw, fp, nullptr, 3600, LDNS_RR_CLASS_IN, &line);
    std::fclose(fp);
    std::unique_ptr<ldns_zone, ZoneDeleter> parsed(raw);
    if (status != LDNS_STATUS_OK || !parsed)
        return ParseError{QStringLiteral("dns.zone.syntax"), line, 0, -1};

    const ldns_rr *soa = ldns_zone_soa(parsed.get());
    const ldns_rr_list *rrs = ldns_zone_rrs(parsed.get());
    const size_t count = rrs ? ldns_rr_list_rr_count(rrs) : 0;
    if (!soa && count == 0)
        return ParseError{QStringLiteral("dns.zone.empty"), 0, 0, -1};
    if (!snapshot) {
        zone.kind = soa ? Zone::Kind::Authoritative : Zone::Kind::RecordSet;
        if (soa)
            zone.origin = LdnsConvert::nameText(ldns_rr_owner(soa));
    }

    int kept = 0;
    auto add = [&](const ldns_rr *rr) {
        const QByteArray owner = LdnsConvert::nameText(ldns_rr_owner(rr));
        // Out-of-zone data is not served, as an authoritative server would not serve it.
        if (zone.kind == Zone::Kind::Authoritative && !isAtOrBelow(owner, zone.origin))
            return;
        QByteArray name = owner;
        for (int depth = 0; depth < MaxLabels && !name.isEmpty(); ++depth) {
            zone.names.insert(name);
            if (zone.kind == Zone::Kind::Authoritative && name == zone.origin)
                break;
            name = parentName(name);
        }
        const auto record = LdnsConvert::record(rr);
        if (!record)
            return;
        QList<DnsRecord> &rrset = zone.nodes[owner][quint16(record->type)];
        if (!rrset.contains(*record)) {
            rrset.append(*record);
            ++kept;
        }
    };
    if (soa)
        add(soa);
    for (size_t i = 0; i < count; ++i)
        add(ldns_rr_list_rr(rrs, i));
    // ldns keeps only a zone file's first SOA and drops the others. A snapshot's first SOA is
    // its root placeholder; the SOA records DNS answered (a domain's existence is judged on
    // them) follow it, one a line with absolute names as DnsTranscript writes them.
    if (snapshot) {
        bool first = true;
        for (const QByteArray &raw : text.split('\n')) {
            const QByteArray line = raw.trimmed();
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (line.startsWith(';') || fields.size() < 5 || fields.at(2) != "IN" || fields.at(3) != "SOA")
                continue;
            if (first) {
                first = false;
                continue;
            }
            ldns_rr *parsedRr = nullptr;
            if (ldns_rr_new_frm_str(&parsedRr, line.constData(), 3600, nullptr, nullptr) == LDNS_STATUS_OK && parsedRr)
                add(parsedRr);
            ldns_rr_free(parsedRr);
        }
    }

    QMutexLocker lock(&m_mutex);
    m_zones.append(std::move(zone));
    return kept;
}

void ZoneResolver::addRule(const QByteArray &name, DnsStatus status)
{
    const QByteArray key = DnsName::canonical(name).value_or(DnsName::normalized(name));
    QMutexLocker lock(&m_mutex);
    m_rules.insert(key, status);
}

void ZoneResolver::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

void ZoneResolver::setOffline(bool offline)
{
    QMutexLocker lock(&m_mutex);
    m_offline = offline;
}

bool ZoneResolver::isOffline() const
{
    QMutexLocker lock(&m_mutex);
    return m_offline;
}

void ZoneResolver::setFallback(std::shared_ptr<Resolver> fallback)
{
    QMutexLocker lock(&m_mutex);
    m_fallback = std::move(fallback);
}

std::shared_ptr<Resolver> ZoneResolver::fallback() const
{
    QMutexLocker lock(&m_mutex);
    return m_fallback;
}

QStringList ZoneResolver::files() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const Zone &zone : m_zones)
        out.append(zone.file);
    return out;
}

QString ZoneResolver::description() const
{
    QMutexLocker lock(&m_mutex);
    const QString zones = QStringLiteral("zone files (%1)").arg(m_zones.size());
    if (m_offline || !m_fallback)
        return zones;
    return QStringLiteral("%1, then %2").arg(zones, m_fallback->description());
}

ZoneResolver::Step ZoneResolver::lookupIn(const Zone &zone, const QByteArray &name, DnsType type) const
{
    Step step;
    step.kind = Step::Kind::Final;
    step.file = zone.file;

    auto fromNode = [&](const QHash<quint16, QList<DnsRecord>> &node, const QByteArray &owner) {
        const auto cname = node.constFind(quint16(DnsType::CNAME));
        if (type != DnsType::CNAME && cname != node.constEnd() && !cname->isEmpty()) {
            // RFC 1034 §3.6.2: a CNAME owner has no other data; the answer is at the target.
            step.kind = Step::Kind::Cname;
            step.target = cname->first().target;
            return;
        }
        const auto rrset = node.constFind(quint16(type));
        if (rrset == node.constEnd() || rrset->isEmpty()) {
            step.status = DnsStatus::NoData;
            return;
        }
        step.status = DnsStatus::NoError;
        step.records = *rrset;
        for (DnsRecord &record : step.records)
            record.owner = owner; // RFC 4592 §3.4: synthesised at the name asked
    };

    const auto node = zone.nodes.constFind(name);
    if (node != zone.nodes.constEnd()) {
        fromNode(*node, name);
        return step;
    }
    if (zone.names.contains(name)) {
        step.status = DnsStatus::NoData; // an empty non-terminal (RFC 8020)
        return step;
    }
    // RFC 4592 §4.3: the wildcard child of the closest encloser answers for a missing name.
    QByteArray encloser = name;
    for (int depth = 0; depth < MaxLabels && !encloser.isEmpty(); ++depth) {
        encloser = parentName(encloser);
        if (zone.names.contains(encloser) || encloser.isEmpty()
            || (zone.kind == Zone::Kind::Authoritative && encloser == zone.origin)) {
            const QByteArray wildcard = encloser.isEmpty() ? QByteArray("*") : "*." + encloser;
            const auto wild = zone.nodes.constFind(wildcard);
            if (wild != zone.nodes.constEnd()) {
                fromNode(*wild, name);
                return step;
            }
            break;
        }
    }
    step.status = DnsStatus::NxDomain;
    return step;
}

ZoneResolver::Step ZoneResolver::lookup(const QByteArray &name, DnsType type) const
{
    // Every zone whose apex is at or above the name answers, the closest apex first and files of
    // the same apex in load order: several snapshots of the root (or a root snapshot and a zone
    // for one domain) are merged as if they were one file, never shadowed by the first.
    QList<const Zone *> enclosing;
    for (const Zone &zone : m_zones) {
        if (zone.kind == Zone::Kind::Authoritative && isAtOrBelow(name, zone.origin))
            enclosing.append(&zone);
    }
    std::stable_sort(enclosing.begin(), enclosing.end(), [](const Zone *a, const Zone *b) {
        return a->origin.size() > b->origin.size();
    });
    if (!enclosing.isEmpty()) {
        Step merged;
        merged.kind = Step::Kind::Final;
        merged.status = DnsStatus::NxDomain;
        merged.file = enclosing.first()->file;
        QStringList files;
        bool haveNode = false;
        for (const Zone *zone : std::as_const(enclosing)) {
            Step step = lookupIn(*zone, name, type);
            if (step.kind == Step::Kind::Final && step.status == DnsStatus::NxDomain)
                continue;
            // The first file that has the name decides between an alias and data (RFC 1034
            // §3.6.2: a CNAME owner has no other data); later files only add records.
            if (!haveNode) {
                haveNode = true;
                if (step.kind == Step::Kind::Cname)
                    return step;
                merged.status = step.status;
                merged.file = step.file;
            }
            if (step.kind != Step::Kind::Final || step.status != DnsStatus::NoError)
                continue;
            // One SOA per apex: the first file's.
            if (type == DnsType::SOA && merged.status == DnsStatus::NoError && !merged.records.isEmpty())
                continue;
            bool added = false;
            for (const DnsRecord &record : std::as_const(step.records)) {
                if (!merged.records.contains(record)) {
                    merged.records.append(record);
                    added = true;
                }
            }
            merged.status = DnsStatus::NoError;
            if (added && !files.contains(step.file))
                files.append(step.file);
        }
        if (!files.isEmpty())
            merged.file = files.join(QStringLiteral(", "));
        return merged;
    }

    const Zone *firstSet = nullptr;
    for (const Zone &zone : m_zones) {
        if (zone.kind != Zone::Kind::RecordSet)
            continue;
        if (!firstSet)
            firstSet = &zone;
        Step step = lookupIn(zone, name, type);
        if (step.kind != Step::Kind::Final || step.status != DnsStatus::NxDomain)
            return step;
    }
    if (firstSet) {
        Step step;
        step.kind = Step::Kind::Final;
        step.status = DnsStatus::NxDomain;
        step.file = firstSet->file;
        return step;
    }
    return Step{};
}

DnsAnswer ZoneResolver::answerLocked(const DnsQuestion &question, bool *uncovered) const
{
    *uncovered = false;
    DnsAnswer answer;
    answer.question = question;
    answer.source = QStringLiteral("zone");
    auto finish = [&](DnsStatus status) {
        answer.status = status;
        answer.rcode = LdnsConvert::rcodeOf(status);
        return answer;
    };

    const auto canonical = DnsName::canonical(question.name);
    if (!canonical)
        return finish(DnsStatus::OtherError);
    QByteArray name = *canonical;
    QSet<QByteArray> seen{name};
    for (int link = 0; link <= MaxCnameChain; ++link) {
        const auto rule = m_rules.constFind(name);
        if (rule != m_rules.constEnd()) {
            answer.server = QStringLiteral("rule");
            return finish(*rule);
        }
        for (const Zone &zone : m_zones) {
            if (zone.kind != Zone::Kind::Snapshot)
                continue;
            const auto recorded = zone.recorded.constFind(DnsQuestion{name, question.type});
            if (recorded == zone.recorded.constEnd())
                continue;
            answer.server = zone.file;
            answer.cnameChain += recorded->chain;
            answer.secure = recorded->secure;
            if (recorded->status == DnsStatus::NoError) {
                const QByteArray final = recorded->chain.isEmpty() ? name : recorded->chain.last();
                answer.records = zone.nodes.value(final).value(quint16(question.type));
            }
            return finish(recorded->status);
        }

        Step step = lookup(name, question.type);
        switch (step.kind) {
        case Step::Kind::Final:
            answer.server = step.file;
            answer.records = step.records;
            return finish(step.status);
        case Step::Kind::Uncovered:
            *uncovered = true;
            // The name the rest of the chain starts from, for the fallback.
            answer.question.name = name;
            return finish(DnsStatus::NotInSnapshot);
        case Step::Kind::Cname:
            answer.server = step.file;
            if (seen.contains(step.target))
                return finish(DnsStatus::ServFail); // a CNAME loop: what a resolver reports
            seen.insert(step.target);
            answer.cnameChain.append(step.target);
            name = step.target;
            break;
        }
    }
    return finish(DnsStatus::ServFail);
}

void ZoneResolver::resolve(const DnsQuestion &question, QObject *context, Callback callback)
{
    ask(question, context, std::move(callback), Delivery::Queued);
}

void ZoneResolver::resolveAnywhere(const DnsQuestion &question, QObject *context, Callback callback)
{
    ask(question, context, std::move(callback), Delivery::Anywhere);
}

void ZoneResolver::ask(const DnsQuestion &question, QObject *context, Callback callback, Delivery delivery)
{
    if (!context)
        return;
    bool uncovered = false;
    DnsAnswer answer;
    std::shared_ptr<Resolver> fallback;
    {
        QMutexLocker lock(&m_mutex);
        answer = answerLocked(question, &uncovered);
        limitAnswerSize(answer);
        if (uncovered && !m_offline)
            fallback = m_fallback;
    }
    const auto askFallback = [&](const DnsQuestion &q, Callback cb) {
        if (delivery == Delivery::Anywhere)
            fallback->resolveAnywhere(q, context, std::move(cb));
        else
            fallback->resolve(q, context, std::move(cb));
    };
    if (uncovered && fallback) {
        if (answer.cnameChain.isEmpty()) {
            askFallback(question, std::move(callback));
            return;
        }
        // The chain left the zones: the rest comes from the fallback, reported as one answer.
        const DnsQuestion rest{answer.question.name, question.type};
        const QList<QByteArray> chain = answer.cnameChain;
        askFallback(rest, [question, chain, callback](const DnsAnswer &tail) {
            DnsAnswer whole = tail;
            whole.question = question;
            whole.cnameChain = chain + tail.cnameChain;
            callback(whole);
        });
        return;
    }
    answer.question = question;
    if (delivery == Delivery::Anywhere)
        callback(answer);
    else
        AnswerDelivery::post(context, std::move(callback), answer);
}

} // namespace kensa
