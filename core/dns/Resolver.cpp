#include "core/dns/Resolver.h"

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
    deleteLater();
}

void AnswerDelivery::post(QObject *context, Resolver::Callback callback, const DnsAnswer &answer)
{
    if (!context)
        return;
    (new AnswerDelivery(context, std::move(callback)))->deliver(answer);
}

} // namespace kensa
