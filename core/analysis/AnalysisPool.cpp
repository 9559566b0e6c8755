#include "core/analysis/AnalysisPool.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QHash>
#include <QThread>

#include <algorithm>

namespace kensa {

// One worker thread's share of the batch: as many Analyzers as it has analyses in flight (an
// Analyzer runs one analysis at a time), reused as they finish.
class AnalysisPool::Worker : public QObject
{
public:
    Worker(int number, const AnalysisOptions &options, Finish finish, AnalysisPool *pool)
        : m_number(number)
        , m_options(options)
        , m_finish(std::move(finish))
        , m_pool(pool)
    {}

    // On the worker's thread.
    void start(qint64 index, const AnalysisInput &input)
    {
        if (!m_watchingIdle) {
            // Reports wait in the outbox while this thread has other events to run, and leave
            // as it is about to wait for more (or when a few are there; finished()).
            if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread()))
                connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &Worker::handOver, Qt::DirectConnection);
            m_watchingIdle = true;
        }
        Analyzer *analyzer = nullptr;
        if (m_idle.empty()) {
            analyzer = new Analyzer(this);
            analyzer->setOptions(m_options);
            connect(analyzer, &Analyzer::finished, this, [this, analyzer] { finished(analyzer); });
        } else {
            analyzer = m_idle.back();
            m_idle.pop_back();
        }
        Done &done = m_running[analyzer];
        done.index = index;
        done.input = input;
        // May finish at once (an input that is no message), inside run().
        analyzer->run(input);
    }

private:
    void finished(Analyzer *analyzer)
    {
        Done done = m_running.take(analyzer);
        // The worker is the analyzer's only receiver: it takes the report rather than copy it.
        done.report = analyzer->takeFinishedReport();
        m_idle.push_back(analyzer);
        if (m_finish)
            m_finish(done);
        m_outbox.push_back(std::move(done));
        if (m_outbox.size() >= ReportsPerHandOver || !m_watchingIdle)
            handOver();
    }

    // The reports of the outbox to the pool's thread, in one event. Each event woke that thread
    // (an eventfd write, a poll and a read, and the core taken from this thread). A report a
    // time, the 2,200 messages of scripts/bench cost 3,900 context switches offline; four at a
    // time, about 1,000, and the whole analysis 4% less CPU time.
    void handOver()
    {
        if (m_outbox.empty())
            return;
        QMetaObject::invokeMethod(
            m_pool,
            [pool = m_pool, number = m_number, batch = std::move(m_outbox)]() mutable { pool->onDone(number, batch); },
            Qt::QueuedConnection);
        m_outbox = {};
    }

    int m_number;
    AnalysisOptions m_options;
    Finish m_finish;
    AnalysisPool *m_pool;
    std::vector<Analyzer *> m_idle;
    QHash<Analyzer *, Done> m_running;
    // Reports done and not yet handed over. A few at a time, so that the pool's thread, which
    // submits the next messages as reports come back, keeps this one fed.
    static constexpr size_t ReportsPerHandOver = 4;
    std::vector<Done> m_outbox;
    bool m_watchingIdle = false;
};

AnalysisPool::AnalysisPool(const Settings &settings, Finish finish, Deliver deliver)
    : m_settings(settings)
    , m_deliver(std::move(deliver))
{
    m_settings.inFlight = qMax(1, m_settings.inFlight);
    const int jobs = m_settings.jobs > 0 ? m_settings.jobs : qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < jobs; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("analysis-%1").arg(i + 1));
        auto *worker = new Worker(i, m_settings.analysis, finish, this);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        connect(thread.get(), &QThread::finished, thread.get(), [] { Analyzer::threadEnds(); }, Qt::DirectConnection);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
        m_load.push_back(0);
    }
}

AnalysisPool::~AnalysisPool()
{
    // Analyses still running end with their threads; their reports are dropped.
    for (const auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void AnalysisPool::submit(const AnalysisInput &input)
{
    while (m_submitted - m_delivered >= m_settings.inFlight)
        waitForDelivery();
    const qint64 index = m_submitted++;
    const auto least = std::min_element(m_load.begin(), m_load.end());
    ++*least;
    Worker *worker = m_workers.at(size_t(least - m_load.begin()));
    QMetaObject::invokeMethod(worker, [worker, index, input] { worker->start(index, input); }, Qt::QueuedConnection);
}

void AnalysisPool::drain()
{
    while (m_delivered < m_submitted)
        waitForDelivery();
}

void AnalysisPool::waitForDelivery()
{
    // A running loop, not processEvents(): only a loop that runs carries out deleteLater(),
    // and every DNS answer is handed over by an object that deletes itself so. Left undone,
    // they pile up in the event queue, which every later turn walks again.
    QEventLoop loop;
    m_waiting = &loop;
    loop.exec();
    m_waiting = nullptr;
}

void AnalysisPool::onDone(int worker, std::vector<Done> &batch)
{
    m_load.at(size_t(worker)) -= int(batch.size());
    for (Done &done : batch) {
        const qint64 index = done.index;
        m_ready.emplace(index, std::move(done));
    }
    // In input order: a report waits here until every earlier one has been delivered.
    for (auto it = m_ready.begin(); it != m_ready.end() && it->first == m_delivered; it = m_ready.begin()) {
        Done next = std::move(it->second);
        m_ready.erase(it);
        ++m_delivered;
        if (m_deliver)
            m_deliver(next);
        if (m_waiting)
            m_waiting->quit();
    }
}

} // namespace kensa
