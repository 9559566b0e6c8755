#pragma once

#include "core/dns/DnsTypes.h"

#include <QObject>

#include <functional>

namespace kensa {

// The one way Kensa asks DNS (DESIGN.md "DNS"). Asynchronous: resolve() returns at once and the
// callback runs later on the thread of `context` (queued), never inside resolve() itself, and
// never after `context` is destroyed. Every question gets exactly one answer, possibly Timeout.
class Resolver
{
public:
    using Callback = std::function<void(const DnsAnswer &)>;

    virtual ~Resolver() = default;
    virtual void resolve(const DnsQuestion &question, QObject *context, Callback callback) = 0;
    // For a layer that only hands answers on and is thread-safe (CachingResolver): `callback` may
    // run on any thread, even before this returns. By default it is queued to `context` as
    // resolve() does; a resolver whose answer is at hand (zone files) or ready on a thread of its
    // own (live DNS) calls it there, which spares every answer a hop through context's thread.
    virtual void resolveAnywhere(const DnsQuestion &question, QObject *context, Callback callback)
    {
        resolve(question, context, std::move(callback));
    }
    // A short description for the report: "live DNS (127.0.0.1:53)", "zone files (2)".
    virtual QString description() const = 0;
};

// Hands one answer to a callback on the thread of `context` through a queued signal. Qt removes
// the connection when `context` is destroyed, so an answer that arrives late is dropped; a
// QPointer check made on a worker thread would leave a window between the check and the post.
// Create it (new) where `context` is alive; call deliver() once, from any thread; it deletes
// itself afterwards.
class AnswerDelivery : public QObject
{
    Q_OBJECT

public:
    AnswerDelivery(QObject *context, Resolver::Callback callback);
    void deliver(const DnsAnswer &answer);

    // Queues `answer` to `callback` on the thread of `context`.
    static void post(QObject *context, Resolver::Callback callback, const DnsAnswer &answer);

signals:
    void ready(const kensa::DnsAnswer &answer);
};

} // namespace kensa
