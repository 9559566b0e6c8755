#include "core/analysis/Analyzer.h"
#include "core/checklist/RequirementEngine.h"
#include "core/dns/Resolver.h"
#include "core/input/InputLoader.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kensa;

namespace {

// Answers every question alike after a delay, as a broken or lying DNS server would: the root
// zone's SOA (the empty name) may be answered differently, as a resolver that works would.
class UniformResolver : public Resolver
{
public:
    UniformResolver(DnsStatus status, DnsStatus rootStatus, int delayMs = 0)
        : m_status(status)
        , m_rootStatus(rootStatus)
        , m_delayMs(delayMs)
    {
    }
    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        DnsAnswer answer;
        answer.question = question;
        answer.status = question.name.isEmpty() ? m_rootStatus : m_status;
        answer.rcode = answer.status == DnsStatus::NxDomain ? 3 : (answer.status == DnsStatus::ServFail ? 2 : 0);
        if (answer.status == DnsStatus::NoError) {
            DnsRecord soa;
            soa.type = DnsType::SOA;
            soa.target = "a.root-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400";
            answer.records.append(soa);
        }
        answer.source = QStringLiteral("live");
        QTimer::singleShot(m_delayMs, context, [callback = std::move(callback), answer] { callback(answer); });
    }
    QString description() const override { return QStringLiteral("test"); }

private:
    DnsStatus m_status;
    DnsStatus m_rootStatus;
    int m_delayMs;
};

// A message whose final receiver (mx.google.com) recorded DMARC pass with p=QUARANTINE.
const QByteArray RecordedQuarantine =
    "Authentication-Results: mx.google.com;\r\n"
    "       dkim=none;\r\n"
    "       spf=pass (google.com: domain of a@shop.example designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@shop.example;\r\n"
    "       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from=shop.example\r\n"
    "Received: from mail.shop.example (mail.shop.example [192.0.2.1])\r\n"
    "        by mx.google.com with ESMTPS id abc123\r\n"
    "        for <b@gmail.com>; Mon, 30 Nov 2026 10:00:00 +0000\r\n"
    "Return-Path: <a@shop.example>\r\n"
    "From: Shop <a@shop.example>\r\n"
    "To: b@gmail.com\r\n"
    "Subject: Your order\r\n"
    "Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <order-1@shop.example>\r\n"
    "\r\n"
    "Thank you for your order.\r\n";

AnalysisInput input(const QByteArray &bytes, PasteNormalizer::Origin origin = PasteNormalizer::Origin::File)
{
    const LoadedInput loaded = InputLoader::load(bytes, QStringLiteral("test.eml"), origin);
    return loaded.messages.value(0);
}

AnalysisOptions live(std::shared_ptr<Resolver> resolver)
{
    AnalysisOptions options;
    options.resolver = std::move(resolver);
    options.offline = false;
    options.now = 1796000000;
    options.timeoutMs = 5000;
    return options;
}

bool hasFinding(const Report &report, const QString &key)
{
    for (const Finding &f : report.findings) {
        if (f.key == key)
            return true;
    }
    return false;
}

} // namespace

// Input that is not a message gets no verdict, and DNS that cannot be relied on judges nothing
// that needs it (issue 18, item 1).
class TestHonestStates : public QObject
{
    Q_OBJECT

private slots:
    void notMessage_data();
    void notMessage();
    void messageIsMessage();
    void dnsReliability_data();
    void dnsReliability();
    void receiverSawRecordDnsSaysNone();
    void progressWhileAnswersAreOutstanding();
};

void TestHonestStates::notMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("pasted");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty-file") << QByteArray() << false << QStringLiteral("input.empty");
    QTest::newRow("png-renamed-eml") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24) << false
                                     << QStringLiteral("input.binary");
    QTest::newRow("chat-sentence-pasted") << QByteArray("hey, did you get the invoice I sent yesterday? thanks!") << true
                                          << QStringLiteral("message.no_headers");
    QTest::newRow("chat-with-colon") << QByteArray("Re: lunch tomorrow\nsure, see you at noon\n") << true
                                     << QStringLiteral("input.no_message_fields");
}

void TestHonestStates::notMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, pasted);
    QFETCH(QString, reason);
    const Report report = Analyzer::analyze(
        input(bytes, pasted ? PasteNormalizer::Origin::Paste : PasteNormalizer::Origin::File),
        live(std::make_shared<UniformResolver>(DnsStatus::NoError, DnsStatus::NoError)));
    QVERIFY(!report.isMessage);
    QCOMPARE(report.notMessageReason, reason);
    QVERIFY(hasFinding(report, reason));
    QVERIFY(report.requirements.isEmpty());
    QVERIFY(report.dns.isEmpty()); // nothing was asked
    QVERIFY(RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), {}).isEmpty());
}

void TestHonestStates::messageIsMessage()
{
    const Report report = Analyzer::analyze(input(RecordedQuarantine),
                                            live(std::make_shared<UniformResolver>(DnsStatus::NoData, DnsStatus::NoError)));
    QVERIFY(report.isMessage);
    QVERIFY(report.notMessageReason.isEmpty());
    QVERIFY(!report.requirements.isEmpty());
}

void TestHonestStates::dnsReliability_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rootStatus");
    QTest::addColumn<QString>("unreliable");
    QTest::newRow("servfail-everything") << int(DnsStatus::ServFail) << int(DnsStatus::ServFail) << QStringLiteral("dns.unreachable");
    QTest::newRow("timeout-everything") << int(DnsStatus::Timeout) << int(DnsStatus::Timeout) << QStringLiteral("dns.unreachable");
    QTest::newRow("refused-everything") << int(DnsStatus::Refused) << int(DnsStatus::Refused) << QStringLiteral("dns.unreachable");
    QTest::newRow("nxdomain-everything-root-too") << int(DnsStatus::NxDomain) << int(DnsStatus::NxDomain)
                                                  << QStringLiteral("dns.nxdomain_everywhere");
    // Made-up domains everywhere, but the root answers: the DNS works, the domains do not exist.
    QTest::newRow("nxdomain-but-root-answers") << int(DnsStatus::NxDomain) << int(DnsStatus::NoError) << QString();
    QTest::newRow("nodata-everywhere") << int(DnsStatus::NoData) << int(DnsStatus::NoError) << QString();
}

void TestHonestStates::dnsReliability()
{
    QFETCH(int, status);
    QFETCH(int, rootStatus);
    QFETCH(QString, unreliable);
    const Report report = Analyzer::analyze(
        input(RecordedQuarantine),
        live(std::make_shared<UniformResolver>(DnsStatus(status), DnsStatus(rootStatus))));
    QCOMPARE(report.dnsUnreliable, unreliable);
    QCOMPARE(hasFinding(report, QStringLiteral("dns.unreachable")), unreliable == u"dns.unreachable");
    QCOMPARE(hasFinding(report, QStringLiteral("dns.nxdomain_everywhere")), unreliable == u"dns.nxdomain_everywhere");
    const CheckResults checks = report.checkResults();
    if (unreliable.isEmpty())
        return;
    // No confident red for what needs DNS, and no verdict for any provider.
    for (const RequirementResult &r : report.requirements) {
        if (RequirementEngine::needsDns(r.outcome.check) && r.applies != Applicability::NotStated
            && r.applies != Applicability::Removed && r.status != CheckStatus::NotApplicable) {
            QVERIFY2(r.status != CheckStatus::Fail && r.status != CheckStatus::Warning,
                     qPrintable(r.id + u' ' + r.provider + u' ' + r.reason));
        }
    }
    for (const QString &provider : RequirementTable::builtin().providers()) {
        const ProviderVerdict v = RequirementEngine::verdict(checks, report.requirements, provider);
        QCOMPARE(v.outcome, ProviderVerdict::Outcome::Uncertain);
        QCOMPARE(v.reason, QStringLiteral("requirements.verdict.dns_unreliable"));
    }
}

void TestHonestStates::receiverSawRecordDnsSaysNone()
{
    // Kensa's DNS answers NXDOMAIN for _dmarc.shop.example while the receiver recorded
    // dmarc=pass (p=QUARANTINE): the row is not a failure with "start with p=none" advice, but
    // says the DNS answer disagrees with what the receiver saw.
    const Report report = Analyzer::analyze(input(RecordedQuarantine),
                                            live(std::make_shared<UniformResolver>(DnsStatus::NxDomain, DnsStatus::NoError)));
    QVERIFY(report.dnsUnreliable.isEmpty());
    QCOMPARE(report.dmarc.recordedPolicy, QStringLiteral("quarantine"));
    QVERIFY(hasFinding(report, QStringLiteral("dmarc.recorded.record_missing")));
    bool seen = false;
    for (const RequirementResult &r : report.requirements) {
        if (r.id != u"AUTH-DMARC-RECORD" || r.status == CheckStatus::NotApplicable)
            continue;
        seen = true;
        QCOMPARE(r.status, CheckStatus::NotVerifiable);
        QCOMPARE(r.reason, QStringLiteral("requirements.dmarc.dns_disagrees"));
    }
    QVERIFY(seen);
}

void TestHonestStates::progressWhileAnswersAreOutstanding()
{
    // A resolver that answers after 150 ms: the reports before the last answer are incomplete,
    // and progress() counts answers received of those asked.
    Analyzer analyzer;
    analyzer.setOptions(live(std::make_shared<UniformResolver>(DnsStatus::NoData, DnsStatus::NoError, 150)));
    QList<QPair<int, int>> steps;
    connect(&analyzer, &Analyzer::progress, &analyzer, [&steps](int done, int total) { steps.append({done, total}); });
    QSignalSpy finished(&analyzer, &Analyzer::finished);
    analyzer.run(input(RecordedQuarantine));
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.first().first, 0);
    QVERIFY(steps.first().second > 0);
    QVERIFY(finished.isEmpty()); // still waiting for DNS
    QVERIFY(finished.wait(10000));
    QCOMPARE(steps.last().first, steps.last().second);
}

QTEST_GUILESS_MAIN(TestHonestStates)
#include "TestHonestStates.moc"
