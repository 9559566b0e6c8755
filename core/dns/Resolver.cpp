#include "core/dns/Resolver.h"

#include <QThread>

namespace kensa {

AnswerDelivery::AnswerDelivery(QObject *context, Resolver::Callback callback)
{
    connect(
        this,
        &AnswerDelivery::ready,
        context,
        [callback = std::move(callback)](const DnsAnswer &answer) { callback(answer); },
        Qt::QueuedConnection);
    // deleteLater() then runs where an event loop is known to turn.
    if (context->thread() && context->thread() != thread())
        moveToThread(context->thread());
}

void AnswerDelivery::deliver(const DnsAnswer &answer)
{
    emit ready(answer);
    // deleteLater() needs its thread's event loop. A thread that has ended runs none (the cache
    // of a batch answers its last waiters as Timeout at exit, after the analysis threads have
    // ended): no answer can reach its context there any more, and the object goes now.
    const QThread *home = thread();
    if (!home || home->isFinished())
        delete this;
    else
        deleteLater();
}

void AnswerDelivery::post(QObject *context, Resolver::Callback callback, const DnsAnswer &answer)
{
    if (!context)
        return;
    (new AnswerDelivery(context, std::move(callback)))->deliver(answer);
}

} // namespace kensa
