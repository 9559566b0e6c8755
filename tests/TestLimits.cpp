#include "LoopbackUdp.h"
#include "core/analysis/Analyzer.h"
#include "core/base/Limits.h"
#include "core/dns/LdnsResolver.h"
#include "core/dns/ZoneResolver.h"
#include "core/i18n/Explanations.h"
#include "core/input/InputLoader.h"
#include "core/report/ReportJson.h"
#include "core/report/TextReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <optional>


using namespace kensa;

// Every input that grows has a limit in core/base/Limits.h. Each row builds an input just over
// one limit from the sample newsletter (signed, with its DNS zone) and checks that the limit's
// finding is reported and that the rest of the analysis still ran. The last test points
// LdnsResolver at a loopback server that never answers: the analysis ends within its DNS
// budget, and every verdict that needed DNS is temperror.
class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void limit_data();
    void limit();
    void mboxMessages();
    void silentServerKeepsTheBudget();

private:
    QByteArray m_message; // resources/samples/newsletter.eml
    QByteArray m_zone;    // resources/samples/newsletter.zone
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The message with `fields` (each ending in CRLF) inserted at the top of the header section
// (`top`) or just above the empty line that ends it.
QByteArray withFields(const QByteArray &message, const QByteArray &fields, bool top)
{
    if (top)
        return fields + message;
    const qsizetype end = message.indexOf("\r\n\r\n");
    return message.left(end + 2) + fields + message.mid(end + 2);
}

QByteArray repeated(int count, const std::function<QByteArray(int)> &field)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += field(i);
    return out;
}

// The header section of the message over a new body.
QByteArray withBody(const QByteArray &message, const QByteArray &contentType, const QByteArray &body)
{
    QByteArray header = message.left(message.indexOf("\r\n\r\n") + 2);
    // Drop the sample's own Content-Type (folded over two lines) for the new one.
    const qsizetype start = header.indexOf("\r\nContent-Type: multipart/alternative;") + 2;
    const qsizetype end = header.indexOf("\r\n", header.indexOf("\r\n", start) + 2) + 2;
    header = header.left(start) + "Content-Type: " + contentType + "\r\n" + header.mid(end);
    return header + "\r\n" + body;
}

QByteArray nestedMultipart(int depth)
{
    QByteArray body = "text\r\n";
    for (int level = depth; level >= 1; --level) {
        const QByteArray boundary = "b" + QByteArray::number(level);
        const QByteArray inner = level == depth ? "Content-Type: text/plain\r\n\r\n" + body
                                                : "Content-Type: multipart/mixed; boundary=\"b"
                + QByteArray::number(level + 1) + "\"\r\n\r\n" + body;
        body = "--" + boundary + "\r\n" + inner + "\r\n--" + boundary + "--\r\n";
    }
    return body;
}

QByteArray manyParts(int parts)
{
    QByteArray body;
    for (int i = 0; i < parts; ++i)
        body += "--p\r\nContent-Type: text/plain\r\n\r\npart " + QByteArray::number(i) + "\r\n";
    return body + "--p--\r\n";
}

// The sample's DKIM-Signature field, as written.
QByteArray dkimField(const QByteArray &message)
{
    const qsizetype start = message.indexOf("DKIM-Signature:");
    qsizetype end = message.indexOf("\r\n", start);
    while (message.at(end + 2) == ' ' || message.at(end + 2) == '\t')
        end = message.indexOf("\r\n", end + 2);
    return message.mid(start, end + 2 - start);
}

QByteArray arcSet(int instance)
{
    const QByteArray i = QByteArray::number(instance);
    return "ARC-Seal: i=" + i + "; cv=pass; a=rsa-sha256; d=relay.example.org; s=arc; b=AAAA\r\n"
        + "ARC-Message-Signature: i=" + i
        + "; a=rsa-sha256; c=relaxed/relaxed; d=relay.example.org; s=arc; h=from; bh=AAAA; b=AAAA\r\n"
        + "ARC-Authentication-Results: i=" + i + "; relay.example.org; spf=pass\r\n";
}

// A value of `bytes` characters folded into lines of 900.
QByteArray foldedValue(qsizetype bytes)
{
    QByteArray out;
    while (out.size() < bytes)
        out += (out.isEmpty() ? " " : "\r\n ") + QByteArray(900, 'x');
    return out;
}

// The sample's SPF record replaced by `record` (its envelope domain is bounce.shop.example.com).
QByteArray withSpf(const QByteArray &zone, const QByteArray &record)
{
    QByteArray out = zone;
    out.replace("bounce.shop.example.com. IN TXT \"v=spf1 ip4:198.51.100.0/24 -all\"",
                "bounce.shop.example.com. IN TXT \"" + record + "\"");
    return out;
}

Report analyse(const QByteArray &message, const QByteArray &zone, int budgetMs = 20000)
{
    auto resolver = std::make_shared<ZoneResolver>();
    if (!resolver->loadText(zone, QStringLiteral("limits.zone")))
        return {};
    AnalysisInput input;
    input.bytes = message;
    input.source.file = QStringLiteral("limits.eml");
    AnalysisOptions options;
    options.resolver = resolver;
    options.offline = true;
    options.timeoutMs = budgetMs;
    return Analyzer::analyze(input, options);
}

const Finding *findingOf(const Report &report, const QString &key)
{
    for (const Finding &f : report.findings) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// The finding of `key`, or a verdict whose reason it is (SPF and ARC tell a limit as the reason
// of their result): its sentence.
std::optional<Finding> limitOf(const Report &report, const QString &key)
{
    if (const Finding *f = findingOf(report, key))
        return *f;
    if (report.spf.reason == key)
        return Finding{key, Severity::Info, report.spf.reasonArgs, 0, {}};
    if (report.arc.reason == key)
        return Finding{key, Severity::Info, report.arc.reasonArgs, 0, {}};
    return std::nullopt;
}

} // namespace

void TestLimits::initTestCase()
{
    m_message = readFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml"));
    m_zone = readFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone"));
    QVERIFY(!m_message.isEmpty());
    QVERIFY(!m_zone.isEmpty());
    if (!m_message.contains("\r\n"))
        m_message.replace("\n", "\r\n");
    // The sample as it is: everything passes, no limit is reached.
    const Report report = analyse(m_message, m_zone);
    QCOMPARE(report.dkim.size(), 1);
    QCOMPARE(report.dkim.first().result, u"pass"_qs);
    QCOMPARE(report.spf.result, u"pass"_qs);
    QCOMPARE(report.dmarc.result, u"pass"_qs);
    QCOMPARE(report.dnsBudgetExhausted, false);
}

// Rows: the input just over one limit, the finding it must give, and a verdict that must still
// be there: "dkim", "spf" or "dmarc" = that result is pass.
void TestLimits::limit_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("stillPasses");

    const QByteArray &m = m_message;
    const QByteArray &z = m_zone;

    QTest::newRow("header-fields-10001")
        << withFields(m, repeated(Limits::MaxHeaderFields + 1, [](int i) {
               return "X-Filler-" + QByteArray::number(i) + ": x\r\n";
           }), false)
        << z << u"message.header.too_many"_qs << u"dkim"_qs;
    QTest::newRow("header-field-300k")
        << withFields(m, "X-Long:" + foldedValue(300 * 1024) + "\r\n", false)
        << z << u"message.header.value_too_long"_qs << u"dkim"_qs;
    QTest::newRow("mime-depth-33")
        << withBody(m, "multipart/mixed; boundary=\"b1\"", nestedMultipart(Limits::MaxMimeDepth + 1))
        << z << u"mime.depth.exceeded"_qs << u"spf"_qs;
    QTest::newRow("mime-parts-1001")
        << withBody(m, "multipart/mixed; boundary=\"p\"", manyParts(Limits::MaxMimeParts + 1))
        << z << u"mime.parts.exceeded"_qs << u"spf"_qs;
    QTest::newRow("dkim-signatures-51")
        << withFields(m, repeated(Limits::MaxDkimSignatures, [&m](int) { return dkimField(m); }), true)
        << z << u"dkim.limit.signatures"_qs << u"dmarc"_qs;
    QTest::newRow("arc-sets-60")
        << withFields(m, repeated(60, [](int i) { return arcSet(61 - i); }), true)
        << z << u"arc.too_many_instances"_qs << u"dkim"_qs;
    QTest::newRow("received-101")
        << withFields(m, repeated(Limits::MaxReceivedHops + 1, [](int i) {
               return "Received: from relay" + QByteArray::number(i)
                   + ".example.org by relay.example.org; Mon, 13 May 2024 10:00:00 +0000\r\n";
           }), false)
        << z << u"received.too_many"_qs << u"spf"_qs;
    QTest::newRow("authentication-results-101")
        << withFields(m, repeated(Limits::MaxAuthResultsFields + 1, [](int i) {
               return "Authentication-Results: other" + QByteArray::number(i) + ".example.org; none\r\n";
           }), false)
        << z << u"authres.too_many_fields"_qs << u"dkim"_qs;
    QTest::newRow("receiver-verdict-field-70k")
        << withFields(m, "X-Microsoft-Antispam: BCL:0;" + foldedValue(70 * 1024) + "\r\n", true)
        << z << u"receiver.field.too_long"_qs << u"dmarc"_qs;

    // SPF (RFC 7208 §4.6.4): an include chain 12 deep from the zone is over the 10-lookup limit
    // (every include counts, so the chain cannot recurse deeper); 3 void lookups are over 2.
    QByteArray chain = withSpf(z, "v=spf1 include:l1.example.org -all");
    for (int i = 1; i <= 12; ++i) {
        chain += "l" + QByteArray::number(i) + ".example.org. IN TXT \"v=spf1 "
            + (i < 12 ? "include:l" + QByteArray::number(i + 1) + ".example.org" : QByteArray("ip4:198.51.100.0/24"))
            + " -all\"\n";
    }
    QTest::newRow("spf-include-chain-12") << m << chain << u"spf.limit.lookups"_qs << u"dkim"_qs;
    QTest::newRow("spf-void-lookups-3")
        << m
        << withSpf(z, "v=spf1 a:n1.example.org a:n2.example.org a:n3.example.org ip4:198.51.100.0/24 -all")
        << u"spf.limit.void"_qs << u"dkim"_qs;

    // DNS answers: a 20,000-byte TXT record beside the SPF record (dropped, SPF still passes),
    // and 300 MX records for the From domain.
    QByteArray hugeTxt = "bounce.shop.example.com. IN TXT (";
    for (int i = 0; i < 80; ++i)
        hugeTxt += " \"" + QByteArray(250, 'a' + i % 26) + "\"";
    QTest::newRow("dns-txt-20000-bytes") << m << z + hugeTxt + " )\n" << u"dns.answer.text_too_long"_qs
                                         << u"spf"_qs;
    QByteArray manyMx = z;
    for (int i = 0; i < 300; ++i)
        manyMx += "shop.example.com. IN MX 20 mx" + QByteArray::number(i) + ".shop.example.com.\n";
    QTest::newRow("dns-records-300") << m << manyMx << u"dns.answer.too_many_records"_qs << u"spf"_qs;
}

void TestLimits::limit()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, zone);
    QFETCH(QString, key);
    QFETCH(QString, stillPasses);

    QElapsedTimer timer;
    timer.start();
    const Report report = analyse(message, zone);
    // Over a limit the work stops at it: no row takes long.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));

    const std::optional<Finding> finding = limitOf(report, key);
    QVERIFY2(finding, qPrintable(key + u" not in "_qs + report.spf.reason + u" "_qs + report.arc.reason));
    // The finding has its sentence (not the bare key).
    QVERIFY(Explanations::hasText(key));
    QVERIFY(!Explanations::text(*finding).contains(key));

    // The analysis ran to its end: every check concluded, the checklist was built.
    QVERIFY(report.dkimChecked);
    QVERIFY(report.arcChecked);
    QVERIFY(report.dmarcChecked);
    QVERIFY(report.formatChecked);
    QVERIFY(!report.requirements.isEmpty());
    QVERIFY(!report.dnsBudgetExhausted);
    if (stillPasses == u"dkim") {
        QVERIFY(!report.dkim.isEmpty());
        QCOMPARE(report.dkim.last().result, u"pass"_qs);
    } else if (stillPasses == u"spf") {
        QCOMPARE(report.spf.result, u"pass"_qs);
    } else {
        QCOMPARE(report.dmarc.result, u"pass"_qs);
    }

    // What each limit leaves behind.
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row.startsWith(u"header-fields")) {
        QCOMPARE(report.message.headers().size(), Limits::MaxHeaderFields);
    } else if (row.startsWith(u"dkim-signatures")) {
        QCOMPARE(report.dkim.size(), Limits::MaxDkimSignatures + 1);
        for (int i = 0; i < Limits::MaxDkimSignatures; ++i)
            QCOMPARE(report.dkim.at(i).result, u"pass"_qs);
        QCOMPARE(report.dkim.last().result, u"policy"_qs);
        QCOMPARE(report.dkim.last().reason, u"dkim.limit.not_verified"_qs);
        QCOMPARE(report.dkim.last().domain, u"shop.example.com"_qs);
    } else if (row.startsWith(u"arc-sets")) {
        QCOMPARE(report.arc.result, u"fail"_qs);
    } else if (row.startsWith(u"received")) {
        QCOMPARE(report.hops.hops.size(), Limits::MaxReceivedHops);
    } else if (row.startsWith(u"spf-")) {
        QCOMPARE(report.spf.result, u"permerror"_qs);
    } else if (row.startsWith(u"dns-records")) {
        for (const DnsAnswer &a : report.dns)
            QVERIFY(a.records.size() <= Limits::MaxDnsAnswerRecords);
    }
}

void TestLimits::mboxMessages()
{
    // One more message than an mbox is read for: the first Limits::MaxMboxMessages are kept,
    // the finding says so, and the first of them analyses as usual.
    QByteArray mbox;
    mbox.reserve(qsizetype(Limits::MaxMboxMessages + 1) * 64);
    for (int i = 0; i <= Limits::MaxMboxMessages; ++i) {
        mbox += "From sender@example.org Mon May 13 10:00:00 2024\nFrom: a@example.org\nSubject: "
            + QByteArray::number(i) + "\n\nbody\n\n";
    }
    const LoadedInput loaded = InputLoader::load(mbox, QStringLiteral("many.mbox"),
                                                 PasteNormalizer::Origin::File,
                                                 InputLoader::MboxMode::Force);
    QCOMPARE(loaded.messages.size(), Limits::MaxMboxMessages);
    bool reported = false;
    for (const Finding &f : loaded.findings)
        reported = reported || f.key == u"mbox.too_many";
    QVERIFY(reported);
    AnalysisOptions options;
    options.offline = true;
    const Report first = Analyzer::analyze(loaded.messages.first(), options);
    QCOMPARE(first.summary.fromDomain, u"example.org"_qs);
    QVERIFY(first.dmarcChecked);
}

void TestLimits::silentServerKeepsTheBudget()
{
    LoopbackUdp server; // takes every query and never answers
    QVERIFY(server.port() != 0);
    // Each query would wait 3 s twice: far longer than the budget of 2 s.
    auto resolver = std::make_shared<LdnsResolver>(QStringList{u"127.0.0.1:%1"_qs.arg(server.port())});
    resolver->setTimeoutMs(3000);
    resolver->setTries(2);

    AnalysisInput input;
    input.bytes = m_message;
    input.source.file = QStringLiteral("newsletter.eml");
    AnalysisOptions options;
    options.resolver = resolver;
    options.timeoutMs = 2000;

    QElapsedTimer timer;
    timer.start();
    const Report report = Analyzer::analyze(input, options);
    const qint64 elapsed = timer.elapsed();
    // The budget plus a margin for the checks after it (a loaded 2-core machine).
    QVERIFY2(elapsed >= 1900 && elapsed < 2000 + 1500, qPrintable(QString::number(elapsed)));
    QVERIFY2(!server.receive().isEmpty(), "the questions reached the silent server");

    QCOMPARE(report.dnsBudgetMs, 2000);
    QVERIFY(report.dnsBudgetExhausted);
    QVERIFY(report.dnsUnanswered > 0);
    const Finding *exhausted = findingOf(report, u"dns.budget.exhausted"_qs);
    QVERIFY(exhausted);
    QVERIFY(Explanations::text(*exhausted).contains(u"2 s"_qs));

    // Every verdict that needed DNS is temperror, never pass or fail.
    QVERIFY(!report.dkim.isEmpty());
    for (const DkimResult &d : report.dkim)
        QCOMPARE(d.result, u"temperror"_qs);
    QVERIFY(report.spfChecked);
    QCOMPARE(report.spf.result, u"temperror"_qs);
    QCOMPARE(report.spf.reason, u"spf.dns.unanswered"_qs);
    QCOMPARE(report.dmarc.result, u"temperror"_qs);
    QVERIFY(report.iprevChecked);
    QCOMPARE(report.iprev.result, u"temperror"_qs);
    QVERIFY(report.arc.result != u"pass" && report.arc.result != u"fail");
    // The checks without DNS still ran.
    QVERIFY(report.formatChecked);
    QVERIFY(report.unsubscribeChecked);
    QVERIFY(!report.hops.hops.isEmpty());

    // The report says it: JSON fields and a line of the text report.
    const QJsonObject json = ReportJson::toJson(report);
    const QJsonObject budget = json.value(u"dns_budget").toObject();
    QCOMPARE(budget.value(u"seconds").toDouble(), 2.0);
    QCOMPARE(budget.value(u"exhausted").toBool(), true);
    QCOMPARE(budget.value(u"unanswered").toInt(), report.dnsUnanswered);
    QVERIFY(TextReport::render(report).contains(u"The budget of 2 s ran out"_qs));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "TestLimits.moc"
