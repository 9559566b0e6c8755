#include "core/analysis/Analyzer.h"
#include "core/dns/ZoneResolver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace kensa;

namespace {

// The sample newsletter's zone, answering after 0-2 ms; DMARC questions answer only after a
// minute, so an analysis is still waiting for DNS whenever a test cancels it.
class SlowResolver : public Resolver
{
public:
    explicit SlowResolver(std::shared_ptr<Resolver> zone)
        : m_zone(std::move(zone))
    { }
    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        const int delay = question.name.startsWith("_dmarc.")
            ? 60000
            : int(QRandomGenerator::global()->bounded(3));
        QTimer::singleShot(
            delay, context, [zone = m_zone, question, context, callback = std::move(callback)] {
                zone->resolve(question, context, callback);
            });
    }
    QString description() const override { return QStringLiteral("slow zone"); }

private:
    std::shared_ptr<Resolver> m_zone;
};

AnalysisInput newsletter()
{
    QFile file(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    AnalysisInput input;
    input.bytes = file.readAll();
    input.source.file = QStringLiteral("newsletter.eml");
    return input;
}

std::shared_ptr<Resolver> newsletterZone()
{
    auto zone = std::make_shared<ZoneResolver>();
    if (!zone->loadFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone")))
        return nullptr;
    return zone;
}

} // namespace

// The Analyzer as the GUI runs it: a worker object in its own thread, driven by queued calls.
class TestAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cancelFromAnotherThread_data();
    void cancelFromAnotherThread();
    void cancelStopsARunAskedBeforeIt_data();
    void cancelStopsARunAskedBeforeIt();
    void progressCountsEveryAnswer();
    void streamedFindingsAreInTheReport_data();
    void streamedFindingsAreInTheReport();

private:
    void runOnWorker(const std::function<void()> &call)
    {
        QMetaObject::invokeMethod(m_analyzer, call, Qt::BlockingQueuedConnection);
    }

    // Runs one analysis on the worker and waits for its report, queued to this thread (a
    // QSignalSpy on the worker would miss a report that comes before its wait() starts).
    bool runToEnd(const AnalysisInput &input, Report *report)
    {
        bool done = false;
        const auto connection = connect(m_analyzer, &Analyzer::finished, this, [&](const Report &r) {
            *report = r;
            done = true;
        });
        QMetaObject::invokeMethod(
            m_analyzer, [analyzer = m_analyzer, input] { analyzer->run(input); }, Qt::QueuedConnection);
        const bool finished = QTest::qWaitFor([&] { return done; }, 30000);
        disconnect(connection);
        return finished;
    }

    QThread m_thread;
    Analyzer *m_analyzer = nullptr;
};

void TestAnalyzer::init()
{
    m_analyzer = new Analyzer;
    m_analyzer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_analyzer, &QObject::deleteLater);
    m_thread.start();
}

void TestAnalyzer::cleanup()
{
    m_thread.quit();
    QVERIFY(m_thread.wait(10000));
    m_analyzer = nullptr;
}

void TestAnalyzer::cancelFromAnotherThread_data()
{
    QTest::addColumn<int>("waitUs"); // the main thread's pause between run and cancel
    QTest::addColumn<bool>("waitForDns"); // cancel only once the first DNS answer has arrived
    QTest::newRow("before-the-run-starts") << 0 << false;
    QTest::newRow("while-parsing-or-asking") << 500 << false;
    QTest::newRow("while-keys-and-spf-answer") << 2000 << false;
    QTest::newRow("after-the-first-answer") << 0 << true;
}

void TestAnalyzer::cancelFromAnotherThread()
{
    // The GUI cancels from its own thread while DNS answers arrive in the analyzer's thread: no
    // timer of the worker may be touched from outside ("Timers cannot be stopped from another
    // thread"), the job must be gone with its deadline stopped, nothing may be reported after
    // the cancel, and the analyzer must still work afterwards.
    QFETCH(int, waitUs);
    QFETCH(bool, waitForDns);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("thread")));
    const std::shared_ptr<Resolver> zone = newsletterZone();
    QVERIFY(zone);
    AnalysisOptions options;
    options.resolver = std::make_shared<SlowResolver>(zone);
    options.offline = true;
    options.timeoutMs = 120000;
    runOnWorker([&] { m_analyzer->setOptions(options); });
    const AnalysisInput input = newsletter();
    QVERIFY(!input.bytes.isEmpty());

    int signalsAfterCancel = 0;
    bool cancelled = false;
    int answers = 0;
    const auto count = [&] {
        if (cancelled)
            ++signalsAfterCancel;
    };
    connect(m_analyzer, &Analyzer::progress, this, [&](int done) {
        answers = done;
        count();
    });
    connect(m_analyzer, &Analyzer::reportUpdated, this, count);
    connect(m_analyzer, &Analyzer::findingReady, this, count);
    connect(m_analyzer, &Analyzer::finished, this, count);

    for (int i = 0; i < 100; ++i) {
        cancelled = false;
        answers = 0;
        QMetaObject::invokeMethod(
            m_analyzer,
            [analyzer = m_analyzer, input] { analyzer->run(input); },
            Qt::QueuedConnection);
        if (waitForDns)
            QTRY_VERIFY_WITH_TIMEOUT(answers > 0, 10000);
        else if (waitUs > 0)
            QThread::usleep(QRandomGenerator::global()->bounded(waitUs));
        m_analyzer->cancel(); // from this thread, as MainWindow does
        // What the worker emitted before the cancel was processed still arrives; receive it.
        runOnWorker([] {});
        QCoreApplication::processEvents();
        cancelled = true;
        bool deadlineActive = true;
        runOnWorker([&] { deadlineActive = m_analyzer->findChild<QTimer *>()->isActive(); });
        QVERIFY2(!deadlineActive,
            qPrintable(QStringLiteral("round %1: the deadline of a cancelled analysis still runs")
                           .arg(i)));
        // Answers still in flight come back to a cancelled analysis: nothing more is reported.
        QTest::qWait(5);
        runOnWorker([] {});
        QCoreApplication::processEvents();
        QCOMPARE(signalsAfterCancel, 0);
    }
    disconnect(m_analyzer, nullptr, this, nullptr);

    // The same analyzer then runs a whole analysis.
    options.resolver = zone;
    runOnWorker([&] { m_analyzer->setOptions(options); });
    Report report;
    QVERIFY(runToEnd(input, &report));
    QCOMPARE(report.dkim.size(), 1);
    QCOMPARE(report.dkim.first().result, QStringLiteral("pass"));
    QCOMPARE(report.dmarc.result, QStringLiteral("pass"));
}

void TestAnalyzer::cancelStopsARunAskedBeforeIt_data()
{
    QTest::addColumn<bool>("message");
    QTest::newRow("no-message") << false;
    QTest::newRow("message-waiting-for-dns") << true;
}

void TestAnalyzer::cancelStopsARunAskedBeforeIt()
{
    // The GUI asks for run() and then cancel() while the worker is still busy: the run, when it
    // comes, must say nothing at all (no start, no finding, no report), whether it would end
    // inside run() (input that is no message) or wait for DNS. Its caller has moved on; a
    // signal now would be taken for the next analysis's.
    QFETCH(bool, message);
    const std::shared_ptr<Resolver> zone = newsletterZone();
    QVERIFY(zone);
    AnalysisOptions options;
    options.resolver = zone;
    options.offline = true;
    runOnWorker([&] { m_analyzer->setOptions(options); });
    AnalysisInput input = newsletter();
    if (!message)
        input.bytes = "this is not a message at all\n";
    input.source.file = QStringLiteral("first");
    QObject receiver; // the connections end with it, whatever fails
    int signalsSeen = 0;
    const auto count = [&signalsSeen] { ++signalsSeen; };
    connect(m_analyzer, &Analyzer::started, &receiver, count);
    connect(m_analyzer, &Analyzer::findingReady, &receiver, count);
    connect(m_analyzer, &Analyzer::progress, &receiver, count);
    connect(m_analyzer, &Analyzer::reportUpdated, &receiver, count);
    connect(m_analyzer, &Analyzer::finished, &receiver, count);
    QSemaphore busy;
    QMetaObject::invokeMethod(m_analyzer, [&busy] { busy.acquire(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, input] { analyzer->run(input); }, Qt::QueuedConnection);
    m_analyzer->cancel();
    busy.release();
    runOnWorker([] {});
    QTest::qWait(20); // zone answers would be queued back by now
    runOnWorker([] {});
    QCoreApplication::processEvents();
    QCOMPARE(signalsSeen, 0);

    // A run asked for after the cancel goes on.
    input.source.file = QStringLiteral("second");
    Report report;
    QVERIFY(runToEnd(input, &report));
    QCOMPARE(report.source.file, QStringLiteral("second"));
    QCOMPARE(report.isMessage, message);
}

void TestAnalyzer::progressCountsEveryAnswer()
{
    // Progress counts DNS answers received of questions asked over all rounds (keys, SPF's
    // includes, DMARC's tree walk, iprev), so it never runs backwards and ends with every answer.
    AnalysisOptions options;
    options.resolver = newsletterZone();
    options.offline = true;
    QVERIFY(options.resolver);
    runOnWorker([&] { m_analyzer->setOptions(options); });
    QList<QPair<int, int>> steps;
    connect(m_analyzer, &Analyzer::progress, this, [&](int done, int total) {
        steps.append({done, total});
    });
    Report report;
    QVERIFY(runToEnd(newsletter(), &report));
    QVERIFY(report.dmarcChecked);
    QVERIFY(steps.size() > 3);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
        QVERIFY(steps.at(i).second >= steps.at(i - 1).second);
        QVERIFY(steps.at(i).first <= steps.at(i).second);
    }
    // More than one round was asked, and the last step counts every answer of the transcript.
    QVERIFY(steps.last().second > steps.first().second);
    QCOMPARE(steps.last().first, int(report.dns.size()));
    QCOMPARE(steps.last().second, int(report.dns.size()));
}

void TestAnalyzer::streamedFindingsAreInTheReport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const auto sample = [](const char *name) {
        QFile file(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTest::newRow("newsletter") << sample("newsletter.eml");
    QTest::newRow("forwarded-list") << sample("forwarded-list.eml");
    QTest::newRow("japanese") << sample("japanese-iso2022jp.eml");
    // Two From fields and no Date (format failures with evidence), an older hop dated an hour
    // after the newer one (clock skew, a hop finding), no sending IP (SPF not evaluated).
    QTest::newRow("format-hops-and-spf-findings") << QByteArray(
        "Received: from relay.example.net by mx.example.org; Mon, 1 Jan 2024 10:00:00 +0000\r\n"
        "Received: from client.example.com by relay.example.net; Mon, 1 Jan 2024 11:00:00 +0000\r\n"
        "From: a@example.com\r\n"
        "From: b@example.com\r\n"
        "To: c@example.org\r\n"
        "Subject: streamed findings\r\n"
        "\r\n"
        "Body.\r\n");
}

void TestAnalyzer::streamedFindingsAreInTheReport()
{
    // The findings list shows what streams in while the analysis runs, then the report's
    // findings: nothing may appear and then vanish.
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    AnalysisInput input;
    input.bytes = bytes;
    input.source.file = QString::fromLatin1(QTest::currentDataTag());
    AnalysisOptions options;
    options.resolver = newsletterZone();
    options.offline = true;
    runOnWorker([&] { m_analyzer->setOptions(options); });
    QList<Finding> streamed;
    connect(m_analyzer, &Analyzer::findingReady, this, [&](const Finding &f) { streamed.append(f); });
    Report report;
    QVERIFY(runToEnd(input, &report));
    QVERIFY(!streamed.isEmpty());
    for (const Finding &f : std::as_const(streamed))
        QVERIFY2(report.findings.contains(f), qPrintable(f.key));
}

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "TestAnalyzer.moc"
