#include "core/dns/CachingResolver.h"

#include "core/base/Limits.h"
#include "core/dns/DnsName.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

namespace kensa {

// Upstream answers may arrive on any thread and after the cache is gone (a live question still on
// the wire), so what they touch lives as long as the last of them.
struct CachingResolver::Store
{
    struct Entry
    {
        bool done = false;
        DnsAnswer answer;
        QList<AnswerDelivery *> waiters; // the first one caused the upstream query
        // A failure (no usable answer) is kept until then, in ms of the monotonic clock; 0 for
        // an answer kept as long as the cache.
        qint64 heldUntil = 0;
    };

    static qint64 now() { return QDeadlineTimer::current().deadline(); }

    // No usable answer: nothing was learnt of the name, and the next question may well get one.
    static bool isFailure(DnsStatus status)
    {
        return status == DnsStatus::Timeout || status == DnsStatus::ServFail || status == DnsStatus::Refused
            || status == DnsStatus::OtherError;
    }

    explicit Store(Sources s)
        : sources(s)
    {}

    void forgetAnsweredLocked()
    {
        entries.removeIf([](const auto &it) { return it.value().done; });
    }

    void onUpstreamAnswer(const DnsQuestion &key, const DnsAnswer &answer)
    {
        QList<AnswerDelivery *> waiters;
        {
            QMutexLocker lock(&mutex);
            if (closed)
                return;
            Entry &entry = entries[key];
            entry.done = true;
            entry.answer = answer;
            entry.heldUntil = isFailure(answer.status) ? now() + qMax<qint64>(1, failureHoldMs) : 0;
            waiters.swap(entry.waiters);
            if (entries.size() > Limits::MaxDnsCacheAnswers)
                forgetAnsweredLocked();
        }
        for (qsizetype i = 0; i < waiters.size(); ++i) {
            DnsAnswer copy = answer;
            if (i > 0 && sources == Sources::MarkRepeats) {
                copy.source = QStringLiteral("cache");
                copy.elapsedMs = 0;
            }
            waiters.at(i)->deliver(copy);
        }
    }

    const Sources sources;
    qint64 failureHoldMs = Limits::DnsFailureHoldMs;
    QMutex mutex;
    bool closed = false; // the cache is gone: late upstream answers go nowhere
    QHash<DnsQuestion, Entry> entries;
    int upstreamQueries = 0;
    int hits = 0;
};

CachingResolver::CachingResolver(std::shared_ptr<Resolver> upstream, Sources sources)
    : m_upstream(std::move(upstream))
    , m_receiver(std::make_unique<QObject>())
    , m_store(std::make_shared<Store>(sources))
{}

CachingResolver::~CachingResolver()
{
    // Late upstream answers go nowhere; the callers still waiting get Timeout now.
    m_receiver.reset();
    QMutexLocker lock(&m_store->mutex);
    m_store->closed = true;
    for (auto it = m_store->entries.begin(); it != m_store->entries.end(); ++it) {
        if (it->done)
            continue;
        for (AnswerDelivery *waiter : std::as_const(it->waiters)) {
            DnsAnswer answer;
            answer.question = it.key();
            answer.status = DnsStatus::Timeout;
            answer.source = QStringLiteral("cache");
            waiter->deliver(answer);
        }
    }
    m_store->entries.clear();
}

void CachingResolver::clear()
{
    QMutexLocker lock(&m_store->mutex);
    m_store->forgetAnsweredLocked();
}

void CachingResolver::setFailureHoldMs(qint64 ms)
{
    QMutexLocker lock(&m_store->mutex);
    m_store->failureHoldMs = ms;
}

int CachingResolver::upstreamQueries() const
{
    QMutexLocker lock(&m_store->mutex);
    return m_store->upstreamQueries;
}

int CachingResolver::hits() const
{
    QMutexLocker lock(&m_store->mutex);
    return m_store->hits;
}

QString CachingResolver::description() const
{
    return m_upstream ? m_upstream->description() : QStringLiteral("no DNS");
}

void CachingResolver::resolve(const DnsQuestion &question, QObject *context, Callback callback)
{
    if (!context)
        return;
    const DnsQuestion key{DnsName::normalized(question.name), question.type};
    auto *delivery = new AnswerDelivery(context, [question, callback](const DnsAnswer &answer) {
        DnsAnswer copy = answer;
        copy.question = question;
        callback(copy);
    });

    Store &store = *m_store;
    QMutexLocker lock(&store.mutex);
    Store::Entry &entry = store.entries[key];
    if (entry.done && entry.heldUntil != 0 && Store::now() >= entry.heldUntil)
        entry = Store::Entry(); // a failure held long enough: asked again
    if (entry.done) {
        ++store.hits;
        DnsAnswer answer = entry.answer;
        if (store.sources == Sources::MarkRepeats) {
            answer.source = QStringLiteral("cache");
            answer.elapsedMs = 0;
        }
        lock.unlock();
        delivery->deliver(answer);
        return;
    }
    entry.waiters.append(delivery);
    if (entry.waiters.size() > 1) {
        ++store.hits;
        return;
    }
    ++store.upstreamQueries;
    lock.unlock();

    const std::shared_ptr<Store> shared = m_store;
    const auto onAnswer = [shared, key](const DnsAnswer &answer) { shared->onUpstreamAnswer(key, answer); };
    if (!m_upstream) {
        DnsAnswer answer;
        answer.question = question;
        answer.status = DnsStatus::NotInSnapshot;
        answer.source = QStringLiteral("cache");
        onAnswer(answer);
        return;
    }
    m_upstream->resolveAnywhere(question, m_receiver.get(), onAnswer);
}

} // namespace kensa
