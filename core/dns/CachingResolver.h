#pragma once

#include "core/base/Limits.h"
#include "core/dns/Resolver.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <memory>

namespace kensa {


// Remembers answers by question (name compared case-insensitively) until clear(): an analysis
// asks for the same key or policy several times (DKIM, ARC, DMARC) and must see one answer.
// TTLs are not honoured; clear() between analyses. Identical questions asked while one is on
// its way share it: one upstream query, every caller answered.
//
// What it says of the source (DESIGN.md "DNS"). MarkRepeats: an answer that did not come from an
// upstream query the caller caused carries source "cache". KeepSource, the cache of a resolver
// chain (DnsSetup) shared by every analysis of a batch (kensa-cli, the GUI's mailbox): answers
// keep the source they came from (live, zone), so a report reads the same whatever ran beside
// it; each analysis marks what it asked again itself (Analyzer::onAnswer).
// The cache holds at most Limits::MaxDnsCacheAnswers answers; past that it forgets the answered ones.
//
// Upstream answers arrive on the thread that created the CachingResolver, which must run an
// event loop (the GUI thread, or the thread of a test); callers get theirs on their context's.
class CachingResolver : public Resolver
{
public:
    enum class Sources { MarkRepeats, KeepSource };

    explicit CachingResolver(std::shared_ptr<Resolver> upstream, Sources sources = Sources::MarkRepeats);
    ~CachingResolver() override;

    CachingResolver(const CachingResolver &) = delete;
    CachingResolver &operator=(const CachingResolver &) = delete;

    std::shared_ptr<Resolver> upstream() const { return m_upstream; }
    // Forgets the answers (questions on their way stay and are answered).
    void clear();
    int upstreamQueries() const;
    int hits() const; // answers served from the cache or by joining a pending question

    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override;
    QString description() const override;

private:
    struct Entry
    {
        bool done = false;
        DnsAnswer answer;
        QList<AnswerDelivery *> waiters; // the first one caused the upstream query
    };
    void onUpstreamAnswer(const DnsQuestion &key, const DnsAnswer &answer);

    void forgetAnsweredLocked();

    std::shared_ptr<Resolver> m_upstream;
    Sources m_sources;
    std::unique_ptr<QObject> m_receiver; // context of the upstream queries
    mutable QMutex m_mutex;
    QHash<DnsQuestion, Entry> m_entries;
    int m_upstreamQueries = 0;
    int m_hits = 0;
};

} // namespace kensa
