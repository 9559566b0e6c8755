#pragma once

#include "core/analysis/Analyzer.h"
#include "core/base/Limits.h"
#include "core/report/Report.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QEventLoop;
class QThread;

namespace kensa {

// Many analyses at once, for a batch (kensa-cli over many files or an mbox). The CPU work is
// spread over `jobs` worker threads, each running several Analyzers whose DNS rounds overlap.
// Every analysis asks the same resolver, so a batch shares one cache and one set of questions
// on the wire (a second question for a name waits on the first answer; CachingResolver), while
// each keeps its own DNS budget, counted from its own start. Reports are delivered in the order
// the inputs were submitted; a worker hands them back a few at a time, or as it runs out of
// work. Memory stays bounded: submit() waits while `inFlight` messages are submitted and not yet
// delivered.
//
// Used from one thread, which runs its event loop while submit() and drain() wait (reports come
// back through it); `deliver` runs on that thread, inside submit() or drain().
class AnalysisPool : public QObject
{
    Q_OBJECT

public:
    struct Done
    {
        qint64 index = 0; // 0-based, in the order submitted
        AnalysisInput input;
        Report report;
        QByteArray rendered; // what `finish` made of the report, if anything
    };
    // Runs on a worker thread after each analysis, before delivery (the checklist, the printed
    // form), so that this work is spread over the cores too. Called from several threads at once.
    // A report that `deliver` will not need is best emptied here: it is then freed on the thread
    // that built it, not handed to the delivering thread to free.
    using Finish = std::function<void(Done &)>;
    using Deliver = std::function<void(Done &)>;

    struct Settings
    {
        AnalysisOptions analysis;
        int jobs = 0; // worker threads; 0 = one per core
        int inFlight = Limits::MaxMessagesInFlight;
    };

    AnalysisPool(const Settings &settings, Finish finish, Deliver deliver);
    ~AnalysisPool() override;

    AnalysisPool(const AnalysisPool &) = delete;
    AnalysisPool &operator=(const AnalysisPool &) = delete;

    // Queues one analysis; first waits (running the event loop) while `inFlight` are outstanding.
    void submit(const AnalysisInput &input);
    // Waits until every submitted analysis has been delivered.
    void drain();

private:
    class Worker;
    void onDone(int worker, std::vector<Done> &batch);
    void waitForDelivery();

    Settings m_settings;
    Deliver m_deliver;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<Worker *> m_workers;   // each lives on its thread, deleted when it ends
    std::vector<int> m_load;           // analyses given to each worker and not yet done
    std::map<qint64, Done> m_ready;    // done, waiting for an earlier one
    QEventLoop *m_waiting = nullptr;   // the loop submit() or drain() runs while it waits
    qint64 m_submitted = 0;
    qint64 m_delivered = 0;
};

} // namespace kensa
