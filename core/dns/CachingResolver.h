#pragma once

#include "core/dns/Resolver.h"

#include <memory>

namespace kensa {


// Remembers answers by question (name compared case-insensitively) until clear(): an analysis
// asks for the same key or policy several times (DKIM, ARC, DMARC) and must see one answer.
// TTLs are not honoured; clear() between batches. Identical questions asked while one is on
// its way share it: one upstream query, every caller answered. A failure (Timeout, SERVFAIL,
// REFUSED, a transport error) is kept only a few seconds (Limits::DnsFailureHoldMs, RFC 9520
// §3.2): long enough that the analyses of that moment share it rather than all asking a server
// in trouble again, short enough that one lost answer does not fail the rest of a batch.
//
// What it says of the source (DESIGN.md "DNS"). MarkRepeats: an answer that did not come from an
// upstream query the caller caused carries source "cache". KeepSource, the cache of a resolver
// chain (DnsSetup) shared by every analysis of a batch (kensa-cli, the GUI's mailbox): answers
// keep the source they came from (live, zone), so a report reads the same whatever ran beside
// it; each analysis marks what it asked again itself (Analyzer::onAnswer).
// The cache holds at most Limits::MaxDnsCacheAnswers answers; past that it forgets the answered ones.
//
// Upstream answers are taken on whatever thread they are ready on (Resolver::resolveAnywhere:
// the live resolver's own, or at once from zone files), so they never wait for the thread that
// made the cache (the GUI drawing, kensa-cli reading a slow standard input); callers get theirs
// on their context's thread. An upstream that can only queue answers queues them to the thread
// that made the cache, which must then run an event loop.
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
    // How long a failure is kept (default Limits::DnsFailureHoldMs); for tests.
    void setFailureHoldMs(qint64 ms);
    int upstreamQueries() const;
    int hits() const; // answers served from the cache or by joining a pending question

    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override;
    QString description() const override;

private:
    struct Store; // the answers and waiters, shared with the upstream's callbacks

    std::shared_ptr<Resolver> m_upstream;
    std::unique_ptr<QObject> m_receiver; // context of the upstream queries that must be queued
    std::shared_ptr<Store> m_store;
};

} // namespace kensa
