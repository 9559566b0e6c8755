#include "core/analysis/AnalysisPool.h"
#include "core/dns/CachingResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace kensa;

// AnalysisPool runs a batch's analyses at once on several threads. These tests drive it with a
// resolver whose answers come late and out of order, and check what a batch user relies on:
// reports come out in input order, each is the report of its own message, one question asked
// by many messages goes upstream once, the number of messages in flight stays within its bound,
// and every message keeps its own DNS budget against a server that never answers.
class TestAnalysisPool : public QObject
{
    Q_OBJECT

private slots:
    void deliversInInputOrder();
    void sharesQuestionsAcrossMessages();
    void boundsMessagesInFlight();
    void silentServerKeepsEachBudget();
};

namespace {

// Answers NXDOMAIN after a delay chosen per name (or never), counting the questions it gets and
// the most it held unanswered at once. Called from the analysis threads; answers on the thread
// of the context given.
class SlowResolver : public Resolver
{
public:
    std::function<int(const QByteArray &name)> delayMs = [](const QByteArray &) { return 1; };
    bool silent = false;

    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_asked[question.name];
            ++m_pending;
            m_mostPending = qMax(m_mostPending, m_pending);
        }
        if (silent)
            return;
        const int delay = delayMs(question.name);
        QMetaObject::invokeMethod(context, [this, context, question, callback, delay] {
            QTimer::singleShot(delay, context, [this, question, callback] {
                {
                    QMutexLocker lock(&m_mutex);
                    --m_pending;
                }
                DnsAnswer answer;
                answer.question = question;
                answer.status = DnsStatus::NxDomain;
                answer.source = QStringLiteral("zone");
                callback(answer);
            });
        }, Qt::QueuedConnection);
    }
    QString description() const override { return QStringLiteral("slow test resolver"); }

    int asked(const QByteArray &name) const
    {
        QMutexLocker lock(&m_mutex);
        return m_asked.value(name);
    }
    int mostPending() const
    {
        QMutexLocker lock(&m_mutex);
        return m_mostPending;
    }

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, int> m_asked;
    int m_pending = 0;
    int m_mostPending = 0;
};

// Message `n`: From its own domain, signed (as far as the key question goes) by `signer`.
AnalysisInput message(int n, const QByteArray &signer)
{
    const QByteArray domain = "s" + QByteArray::number(n) + ".pool.example";
    AnalysisInput input;
    input.bytes = "From: Sender " + QByteArray::number(n) + " <info@" + domain + ">\r\n"
                  "To: user@receiver.example\r\n"
                  "Subject: message " + QByteArray::number(n) + "\r\n"
                  "Date: Wed, 01 Jan 2025 12:00:00 +0000\r\n"
                  "Message-ID: <" + QByteArray::number(n) + "@" + domain + ">\r\n"
                  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + signer + "; s=sel;\r\n"
                  " h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\r\n"
                  "\r\n"
                  "Body " + QByteArray::number(n) + "\r\n";
    input.source.file = QStringLiteral("message-%1.eml").arg(n);
    input.source.origin = QStringLiteral("file");
    return input;
}

struct Batch
{
    QList<AnalysisPool::Done> delivered;
    int finishedOnWorkers = 0;
};

// Runs `count` messages through a pool over `upstream` (with the batch's shared cache above it).
Batch run(const std::shared_ptr<Resolver> &upstream, int count, int jobs, int inFlight, int budgetMs,
          const std::function<QByteArray(int)> &signer)
{
    auto shared = std::make_shared<CachingResolver>(upstream, CachingResolver::Sources::KeepSource);
    AnalysisPool::Settings settings;
    settings.analysis.resolver = shared;
    settings.analysis.now = 1735732800;
    settings.analysis.timeoutMs = budgetMs;
    settings.jobs = jobs;
    settings.inFlight = inFlight;
    Batch batch;
    QAtomicInt finished = 0;
    {
        AnalysisPool pool(
            settings,
            [&finished](AnalysisPool::Done &done) {
                finished.fetchAndAddRelaxed(1);
                done.rendered = done.report.source.file.toUtf8();
            },
            [&batch](AnalysisPool::Done &done) { batch.delivered.append(done); });
        for (int n = 0; n < count; ++n)
            pool.submit(message(n, signer(n)));
        pool.drain();
    }
    batch.finishedOnWorkers = finished.loadRelaxed();
    return batch;
}

} // namespace

void TestAnalysisPool::deliversInInputOrder()
{
    // The first messages' answers come last: the analyses end in the reverse order.
    constexpr int Count = 24;
    auto slow = std::make_shared<SlowResolver>();
    slow->delayMs = [](const QByteArray &name) {
        const qsizetype s = name.indexOf(".s");
        const int n = s >= 0 ? name.mid(s + 2, name.indexOf('.', s + 2) - s - 2).toInt() : 0;
        return (Count - n) * 4;
    };
    const Batch batch = run(slow, Count, 3, Count, 20000, [](int n) { return "s" + QByteArray::number(n) + ".pool.example"; });
    QCOMPARE(batch.delivered.size(), Count);
    QCOMPARE(batch.finishedOnWorkers, Count);
    for (int n = 0; n < Count; ++n) {
        const AnalysisPool::Done &done = batch.delivered.at(n);
        QCOMPARE(done.index, qint64(n));
        QCOMPARE(done.report.source.file, QStringLiteral("message-%1.eml").arg(n));
        QCOMPARE(done.rendered, QStringLiteral("message-%1.eml").arg(n).toUtf8());
        QCOMPARE(done.report.summary.fromDomain, QStringLiteral("s%1.pool.example").arg(n));
        QVERIFY(done.report.dkimChecked);
        QVERIFY(!done.report.dnsBudgetExhausted);
    }
}

void TestAnalysisPool::sharesQuestionsAcrossMessages()
{
    // Forty messages signed by one domain: its key is asked upstream once, while the analyses
    // run at once, and each report still lists the answer under the source it came from.
    auto slow = std::make_shared<SlowResolver>();
    slow->delayMs = [](const QByteArray &) { return 30; };
    const Batch batch = run(slow, 40, 2, 40, 20000, [](int) { return QByteArray("esp.pool.example"); });
    QCOMPARE(batch.delivered.size(), 40);
    QCOMPARE(slow->asked("sel._domainkey.esp.pool.example"), 1);
    for (const AnalysisPool::Done &done : batch.delivered) {
        bool sawKey = false;
        for (const DnsAnswer &answer : done.report.dns) {
            if (answer.question.name == "sel._domainkey.esp.pool.example") {
                sawKey = true;
                QCOMPARE(answer.source, QStringLiteral("zone"));
            }
        }
        QVERIFY2(sawKey, qPrintable(done.report.source.file));
    }
}

void TestAnalysisPool::boundsMessagesInFlight()
{
    // Every message asks its own names. What one message asks in all its rounds bounds what it
    // has unanswered at once; with at most 3 messages in flight, the questions waiting at once
    // stay within 3 times that, while 30 messages let in at once exceed it.
    const auto ownSigner = [](int n) { return "s" + QByteArray::number(n) + ".pool.example"; };
    const Batch alone = run(std::make_shared<SlowResolver>(), 1, 1, 1, 20000, ownSigner);
    QCOMPARE(alone.delivered.size(), 1);
    const int perMessage = int(alone.delivered.first().report.dns.size());
    QVERIFY(perMessage > 0);

    auto bounded = std::make_shared<SlowResolver>();
    bounded->delayMs = [](const QByteArray &) { return 50; };
    QCOMPARE(run(bounded, 30, 2, 3, 20000, ownSigner).delivered.size(), 30);
    QVERIFY2(bounded->mostPending() <= 3 * perMessage,
             qPrintable(QStringLiteral("%1 waiting, %2 a message").arg(bounded->mostPending()).arg(perMessage)));

    auto open = std::make_shared<SlowResolver>();
    open->delayMs = [](const QByteArray &) { return 50; };
    QCOMPARE(run(open, 30, 2, 30, 20000, ownSigner).delivered.size(), 30);
    QVERIFY2(open->mostPending() > 3 * perMessage,
             qPrintable(QStringLiteral("%1 waiting, %2 a message").arg(open->mostPending()).arg(perMessage)));
}

void TestAnalysisPool::silentServerKeepsEachBudget()
{
    // Nothing ever answers: every message ends at its own budget with temperror, none is lost.
    auto silent = std::make_shared<SlowResolver>();
    silent->silent = true;
    const Batch batch = run(silent, 8, 2, 8, 300, [](int n) { return "s" + QByteArray::number(n) + ".pool.example"; });
    QCOMPARE(batch.delivered.size(), 8);
    for (const AnalysisPool::Done &done : batch.delivered) {
        QVERIFY(done.report.dnsBudgetExhausted);
        QVERIFY(done.report.dnsUnanswered > 0);
        QCOMPARE(done.report.dnsBudgetMs, 300);
    }
}

QTEST_GUILESS_MAIN(TestAnalysisPool)
#include "TestAnalysisPool.moc"
