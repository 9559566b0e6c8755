#pragma once

#include "core/dns/DnsTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

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

// Hands one answer to a callback on the thread of `context`, never after `context` is gone.
// Create it (new) while `context` is alive; call deliver() once, from any thread; it deletes
// itself then.
//
// Every thread has one inbox for the answers to its objects. deliver() appends to it and posts
// one event only when the inbox was empty, so the answers that arrive together (what the DNS
// thread read in one turn, a round the cache answers at once) cost the receiving thread one
// wake-up, and no answer costs an object or a connection of its own. The inbox is emptied on
// the context's own thread, where a QPointer says reliably whether the context still lives; a
// thread that has finished drops what comes for it.
class AnswerDelivery
{
public:
    AnswerDelivery(QObject *context, Resolver::Callback callback);
    void deliver(const DnsAnswer &answer);

    // Queues `answer` to `callback` on the thread of `context`.
    static void post(QObject *context, Resolver::Callback callback, const DnsAnswer &answer);

private:
    ~AnswerDelivery() = default;

    QPointer<QObject> m_context;
    Resolver::Callback m_callback;
    std::shared_ptr<class AnswerInbox> m_inbox; // the inbox of context's thread; null: none
};

// While one lives on a thread, the answers delivered from that thread wake their receiving
// threads once, when it ends, not one at a time: the DNS thread opens one for each turn of its
// loop, so the replies it reads in one turn cost a receiving thread one wake-up. Nested ones
// join the outermost.
class AnswerBatch
{
public:
    AnswerBatch();
    ~AnswerBatch();
    AnswerBatch(const AnswerBatch &) = delete;
    AnswerBatch &operator=(const AnswerBatch &) = delete;
};

} // namespace kensa
