#include "core/dns/CachingResolver.h"

#include "core/dns/DnsName.h"

#include <QMutexLocker>

namespace kensa {

CachingResolver::CachingResolver(std::shared_ptr<Resolver> upstream, Sources sources)
    : m_upstream(std::move(upstream))
    , m_sources(sources)
    , m_receiver(std::make_unique<QObject>())
{}

CachingResolver::~CachingResolver()
{
    // Late upstream answers go nowhere; the callers still waiting get Timeout now.
    m_receiver.reset();
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
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
}

void CachingResolver::clear()
{
    QMutexLocker lock(&m_mutex);
    forgetAnsweredLocked();
}

void CachingResolver::forgetAnsweredLocked()
{
    m_entries.removeIf([](const auto &it) { return it.value().done; });
}


int CachingResolver::upstreamQueries() const
{
    QMutexLocker lock(&m_mutex);
    return m_upstreamQueries;
}

int CachingResolver::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
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

    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[key];
    if (entry.done) {
        ++m_hits;
        DnsAnswer answer = entry.answer;
        if (m_sources == Sources::MarkRepeats) {
            answer.source = QStringLiteral("cache");
            answer.elapsedMs = 0;
        }
        lock.unlock();
        delivery->deliver(answer);
        return;
    }
    entry.waiters.append(delivery);
    if (entry.waiters.size() > 1) {
        ++m_hits;
        return;
    }
    ++m_upstreamQueries;
    lock.unlock();

    if (!m_upstream) {
        DnsAnswer answer;
        answer.question = question;
        answer.status = DnsStatus::NotInSnapshot;
        answer.source = QStringLiteral("cache");
        AnswerDelivery::post(m_receiver.get(),
                             [this, key](const DnsAnswer &a) { onUpstreamAnswer(key, a); },
                             answer);
        return;
    }
    m_upstream->resolve(question, m_receiver.get(), [this, key](const DnsAnswer &answer) {
        onUpstreamAnswer(key, answer);
    });
}

void CachingResolver::onUpstreamAnswer(const DnsQuestion &key, const DnsAnswer &answer)
{
    QList<AnswerDelivery *> waiters;
    {
        QMutexLocker lock(&m_mutex);
        Entry &entry = m_entries[key];
        entry.done = true;
        entry.answer = answer;
        waiters.swap(entry.waiters);
        if (m_entries.size() > Limits::MaxDnsCacheAnswers)
            forgetAnsweredLocked();
    }
    for (qsizetype i = 0; i < waiters.size(); ++i) {
        DnsAnswer copy = answer;
        if (i > 0 && m_sources == Sources::MarkRepeats) {
            copy.source = QStringLiteral("cache");
            copy.elapsedMs = 0;
        }
        waiters.at(i)->deliver(copy);
    }
}

} // namespace kensa
