#include "core/dns/Resolver.h"

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <deque>
#include <memory>
#include <vector>

namespace kensa {

class AnswerInbox;

namespace {

// This thread's open AnswerBatch: how deep, and the inboxes whose drain waits for its end.
struct Batch
{
    int depth = 0;
    std::vector<std::shared_ptr<AnswerInbox>> held; // kept, so that a turn allocates nothing
};
thread_local Batch t_batch;

} // namespace

// The answers waiting for the objects of one thread (see AnswerDelivery).
class AnswerInbox : public std::enable_shared_from_this<AnswerInbox>
{
public:
    struct Item
    {
        QPointer<QObject> context;
        Resolver::Callback callback;
        DnsAnswer answer;
    };

    // The inbox of `thread`, made on first use; null for an object that belongs to no thread.
    static std::shared_ptr<AnswerInbox> of(QThread *thread);

    // From any thread.
    void push(Item &&item)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_receiver)
            return; // the thread has finished: nothing will run the callback there
        m_items.push_back(std::move(item));
        if (m_posted || m_draining)
            return; // a drain is on its way, or running and takes this one before it returns
        if (t_batch.depth > 0) {
            // Counted as posted, so that no other pusher posts; the batch posts it as it ends.
            m_posted = true;
            t_batch.held.push_back(shared_from_this());
            return;
        }
        postLocked();
    }

    // The drain a batch held back.
    void postHeld()
    {
        QMutexLocker lock(&m_mutex);
        if (m_receiver)
            post();
    }

private:
    struct Registry
    {
        QMutex mutex;
        QHash<QThread *, std::shared_ptr<AnswerInbox>> inboxes;
    };

    static Registry &registry()
    {
        // Never destroyed: the main thread's inbox is used until the process ends.
        static Registry *const instance = new Registry;
        return *instance;
    }

    // Posted while m_mutex is held, so that close() cannot delete the receiver in between.
    void postLocked()
    {
        if (m_posted)
            return;
        m_posted = true;
        post();
    }

    void post()
    {
        QMetaObject::invokeMethod(
            m_receiver, [self = shared_from_this()] { self->drain(); }, Qt::QueuedConnection);
    }

    // On the inbox's thread. One item at a time, until none is left: what comes in meanwhile
    // (a round the cache answers at once, from this very thread) is taken without a post. A
    // callback that runs an event loop of its own (a modal dialog) must still let the later
    // answers in: when that loop is about to wait, a drain is posted for them (beforeBlock).
    // Without the thread's dispatcher to tell, a drain stays posted while items remain.
    void drain()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_posted = false;
        }
        for (;;) {
            Item item;
            {
                QMutexLocker lock(&m_mutex);
                if (m_items.empty()) {
                    m_draining = false;
                    return;
                }
                item = std::move(m_items.front());
                m_items.pop_front();
                if (m_watchesBlocking)
                    m_draining = true;
                else if (!m_items.empty() && m_receiver)
                    postLocked();
            }
            if (item.context)
                item.callback(item.answer);
        }
    }

    // On the inbox's thread, as its event loop is about to wait: a drain that is running lies
    // under a callback's own event loop, and the items it would take need a post to come in.
    void beforeBlock()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_draining)
            return;
        m_draining = false;
        if (!m_items.empty() && m_receiver)
            postLocked();
    }

    // On the inbox's thread, as it finishes: what is still queued for it is dropped.
    void close()
    {
        {
            Registry &r = registry();
            QMutexLocker lock(&r.mutex);
            const auto it = r.inboxes.constFind(m_thread);
            if (it != r.inboxes.cend() && it->get() == this)
                r.inboxes.erase(it);
        }
        std::deque<Item> dropped;
        QObject *receiver = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            dropped.swap(m_items);
            receiver = m_receiver;
            m_receiver = nullptr;
        }
        delete receiver; // its own thread, and its posted drain goes with it
    }

    QThread *m_thread = nullptr;
    QMutex m_mutex;
    std::deque<Item> m_items;
    QObject *m_receiver = nullptr; // lives on m_thread; null once the thread has finished
    bool m_posted = false;         // a drain is queued and has not started yet
    bool m_draining = false;       // a drain runs and takes what comes before it returns
    bool m_watchesBlocking = false; // beforeBlock() is connected to the thread's dispatcher
};

std::shared_ptr<AnswerInbox> AnswerInbox::of(QThread *thread)
{
    if (!thread)
        return nullptr;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (const auto it = r.inboxes.constFind(thread); it != r.inboxes.cend())
        return *it;
    if (thread->isFinished())
        return nullptr;
    auto inbox = std::make_shared<AnswerInbox>();
    inbox->m_thread = thread;
    inbox->m_receiver = new QObject;
    inbox->m_receiver->moveToThread(thread);
    // Emitted on the finishing thread, after its event loop has ended.
    QObject::connect(thread, &QThread::finished, inbox->m_receiver, [weak = inbox->weak_from_this()] {
        if (const auto self = weak.lock())
            self->close();
    }, Qt::DirectConnection);
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread)) {
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, inbox->m_receiver,
                         [weak = inbox->weak_from_this()] {
            if (const auto self = weak.lock())
                self->beforeBlock();
        }, Qt::DirectConnection);
        inbox->m_watchesBlocking = true;
    }
    r.inboxes.insert(thread, inbox);
    return inbox;
}

AnswerDelivery::AnswerDelivery(QObject *context, Resolver::Callback callback)
    : m_context(context)
    , m_callback(std::move(callback))
    , m_inbox(context ? AnswerInbox::of(context->thread()) : nullptr)
{}

void AnswerDelivery::deliver(const DnsAnswer &answer)
{
    if (m_inbox)
        m_inbox->push({std::move(m_context), std::move(m_callback), answer});
    delete this;
}

AnswerBatch::AnswerBatch()
{
    ++t_batch.depth;
}

AnswerBatch::~AnswerBatch()
{
    if (--t_batch.depth > 0)
        return;
    // A post only queues an event: nothing here pushes into the list while it is walked.
    for (const std::shared_ptr<AnswerInbox> &inbox : t_batch.held)
        inbox->postHeld();
    t_batch.held.clear(); // keeps its room for the next turn
}

void AnswerDelivery::post(QObject *context, Resolver::Callback callback, const DnsAnswer &answer)
{
    if (!context)
        return;
    (new AnswerDelivery(context, std::move(callback)))->deliver(answer);
}

} // namespace kensa
