#pragma once

#include "core/auth/dmarc/DmarcEvaluator.h"
#include "core/base/Finding.h"
#include "core/base/Limits.h"
#include "core/checklist/RequirementEngine.h"
#include "core/input/InputLoader.h"
#include "core/report/Report.h"
#include "core/dns/Resolver.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace kensa {

class DkimVerifier;

// How an analysis asks DNS and what "now" is.
struct AnalysisOptions
{
    // Where DNS answers come from; null means no DNS at all (every question answers
    // NotInSnapshot, as offline mode without a snapshot).
    std::shared_ptr<Resolver> resolver;
    bool offline = false;
    qint64 now = 0;               // seconds since the epoch; 0 = the current time
    // The DNS budget: every round of questions, from the first one asked to the last answer.
    int timeoutMs = Limits::DefaultDnsBudgetMs;
    // The receiver's authserv-id whose Authentication-Results are trusted; empty = the one of
    // the topmost Authentication-Results field (DESIGN.md "Trust boundary").
    QString trustedAuthservId;
    // How the checklist the report ends with judges the sender (bulk, marketing).
    RequirementOptions checklist;
};

// Runs the checks on one message. Lives in its own QThread in the GUI (DNS answers arrive
// through its event loop); results stream out as findingReady() and end with finished().
class Analyzer : public QObject
{
    Q_OBJECT

public:
    explicit Analyzer(QObject *parent = nullptr);
    ~Analyzer() override;

    // Call on a thread that ran analyses, as it ends (QThread::finished, direct): gives back what
    // OpenSSL keeps for the thread. Left to OpenSSL's own thread-exit hook, a worker's error
    // state is now and then still held when the process ends (LeakSanitizer reports it).
    static void threadEnds();
    // Loads the built-in tables every analysis reads (the requirement table, the receiver
    // catalog, the sending services, the public suffix list, OpenSSL's digests). Each is loaded
    // once a process, the first time it is used, and that took about 10 ms of the first
    // analysis. kensa-cli calls this on a thread of its own as it starts, so that the loading
    // overlaps its own start-up; an analysis that needs a table still being loaded waits for it.
    static void loadTables();

    void setOptions(const AnalysisOptions &options);
    const AnalysisOptions &options() const { return m_options; }

    // Called during finished(), by a receiver on the analyzer's thread that keeps the report:
    // the report itself, moved out rather than copied (the analyzer drops it once finished()
    // returns). Receivers connected after the one that takes it see an empty report, so only a
    // sole receiver may take it (AnalysisPool's workers, analyze()).
    Report takeFinishedReport();

    // The whole analysis of one message on the calling thread, waiting for DNS in a local event
    // loop. For kensa-cli and tests; the GUI uses run() and the signals.
    static Report analyze(const AnalysisInput &input, const AnalysisOptions &options = {});

public slots:
    // Reads and splits a file (an mbox gives several messages); emits loaded() or loadFailed().
    void load(const QString &path);
    void loadBytes(const QByteArray &data, const QString &name, bool pasted);
    void run(const kensa::AnalysisInput &input);
    // Ends the analyses asked for so far without a result. Safe from any thread: it only counts
    // the request, and the worker drops the job and stops its deadline on its own thread.
    void cancel();

signals:
    void loaded(const kensa::LoadedInput &input);
    void loadFailed(const QString &path, const QString &reasonKey);
    void started(const kensa::SourceInfo &source);
    void findingReady(const kensa::Finding &finding);
    // DNS answers received of questions asked so far, over all rounds (a round may ask more).
    void progress(int done, int total);
    // The report so far, after each round of DNS answers (checks still waiting have their
    // *Checked flag false); the checklist re-evaluates on it, so results appear progressively.
    void reportUpdated(const kensa::Report &report);
    void finished(const kensa::Report &report);

private:
    struct Job;
    void startDns();
    void onAnswer(quint64 jobId, const DnsAnswer &answer);
    void noteAnswerLimits(const DnsAnswer &answer);
    void orderRound();
    void onDeadline();
    void advance();
    void finishDkim();
    void finishArc();
    void checkReturnPath(Report &report);
    void prepareSpf(Job &job);
    void finishSpf();
    void finishSpfFrom();
    void finishDomains();
    void finishDmarc(Report &report, const DmarcEvaluator &dmarc);
    void checkFormat(Job &job);
    void readReceivers(Job &job);
    static DmarcEvaluator::Input dmarcInput(const Report &report);
    bool needsRootCheck(const Job &job) const;
    void judgeDns(Job &job);
    void complete();
    void emitFinished(Report &report);
    bool isCancelled() const;
    void dropCancelledJob(quint64 cancelRequest);

    AnalysisOptions m_options;
    std::unique_ptr<Job> m_job;
    // The report finished() is passing (takeFinishedReport()), null outside it.
    Report *m_finishing = nullptr;
    quint64 m_nextJobId = 1;
    QTimer *m_deadline = nullptr;
    // cancel() calls so far; a job started before the last one is cancelled.
    std::atomic<quint64> m_cancelRequests = 0;
    // The last cancel() whose drop has run here (on the worker's thread). A run() that finds a
    // later request was asked for before that cancel(), whose drop is queued behind it, and
    // does nothing.
    quint64 m_cancelsDropped = 0;
};

} // namespace kensa
