#include "core/analysis/Analyzer.h"
#include "core/dns/ZoneResolver.h"
#include "core/i18n/Localization.h"
#include "core/report/CustomerSummary.h"
#include "core/report/ReportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace kensa;

// The customer summary (issue 15 item 1): each kind of message gives its most likely reason
// first, in English and in Japanese, whatever language the application shows; a forged From
// gets no advice and turns the checklist's honesty row amber; missing DNS answers give no cause.
class TestCustomerSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstReason_data();
    void firstReason();
    void honestyRowWarnsForAForgedFrom_data();
    void honestyRowWarnsForAForgedFrom();
    void otherLanguageThanTheInstalledOne();
    void jsonCarriesTheSummary();
    void markdownAndPlainText();

private:
    static Report analyse(const QString &file, const QStringList &zones, const QString &now);
};

namespace {

const QString Samples = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/");
const QString Data = QStringLiteral(KENSA_TEST_DATA_DIR "/summary/");

QStringList sampleZones()
{
    return {Samples + QStringLiteral("dmarc-fail.zone"), Samples + QStringLiteral("newsletter.zone")};
}

} // namespace

void TestCustomerSummary::initTestCase()
{
    Localization::apply(QStringLiteral("en"));
}

Report TestCustomerSummary::analyse(const QString &file, const QStringList &zones, const QString &now)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    AnalysisInput input;
    input.bytes = f.readAll();
    input.source.file = file;
    AnalysisOptions options;
    options.offline = true;
    options.now = QDateTime::fromString(now, Qt::ISODate).toSecsSinceEpoch();
    if (!zones.isEmpty()) {
        auto zone = std::make_shared<ZoneResolver>();
        for (const QString &z : zones) {
            if (!zone->loadFile(z))
                return {};
        }
        options.resolver = zone;
    }
    return Analyzer::analyze(input, options);
}

void TestCustomerSummary::firstReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("english");  // a part of the first point's customer text
    QTest::addColumn<QString>("japanese");
    QTest::addColumn<QString>("party");

    QTest::newRow("forged-quarantine-sample")
        << Samples + QStringLiteral("dmarc-fail.eml") << sampleZones() << "forged"
        << "This email is most likely not from bank.example.com."
        << "このメールは bank.example.com から送信されたものではない可能性が高いです。" << "not_the_sender";
    QTest::newRow("forged-reject")
        << Data + QStringLiteral("forged-reject.eml") << QStringList{Data + QStringLiteral("summary.zone")} << "forged"
        << "This email is most likely not from example.co.jp." << "このメールは削除していただき" << "not_the_sender";
    // The receiver's spam verdict on a forged message follows it, without advice to the forger.
    QTest::newRow("forwarded-by-list")
        << Samples + QStringLiteral("forwarded-list.eml") << sampleZones() << "forwarded"
        << "through users.list.example.org, a mailing list or forwarding service, which changed it on the way"
        << "メーリングリストまたは転送サービスである users.list.example.org を経由して届いており" << "forwarder";
    QTest::newRow("service-signed")
        << Data + QStringLiteral("service-signed.eml") << QStringList{Data + QStringLiteral("summary.zone")}
        << "service_unaligned" << "sent through SendGrid on behalf of example.org"
        << "このメールは example.org の依頼で SendGrid から送信されておりますが" << "sending_service";
    QTest::newRow("clean")
        << Samples + QStringLiteral("newsletter.eml") << sampleZones() << "auth_pass"
        << "This email passes the sender checks: it carries a valid signature of shop.example.com"
        << "このメールは送信元の確認に成功しております。shop.example.com の有効な電子署名があり" << "nothing";
    QTest::newRow("receiver-said-spam")
        << Data + QStringLiteral("receiver-spam.eml") << QStringList{Data + QStringLiteral("summary.zone")}
        << "receiver_spam" << "The spam filter of the receiving server (SpamAssassin) marked this email as spam."
        << "受信サーバーの迷惑メールフィルター（SpamAssassin）が、このメールを迷惑メールと判定しております。"
        << "sender_domain";
    QTest::newRow("dns-unreachable")
        << Samples + QStringLiteral("newsletter.eml") << QStringList() << "inconclusive"
        << "so it cannot say yet why this email was treated as it was"
        << "このメールがこのように扱われた原因は、現時点ではお答えできません。" << "nothing";
}

void TestCustomerSummary::firstReason()
{
    QFETCH(QString, file);
    QFETCH(QStringList, zones);
    QFETCH(QString, kind);
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    QFETCH(QString, party);

    const Report report = analyse(file, zones, QStringLiteral("2026-12-01T12:00:00Z"));
    QVERIFY(report.dmarcChecked || kind == u"inconclusive");
    const CustomerSummary summary = CustomerSummary::fromReport(report);
    QVERIFY(!summary.points.isEmpty());
    const SummaryPoint &first = summary.points.first();
    QCOMPARE(first.kind, kind);
    QCOMPARE(CustomerSummary::partyName(first.party), party);
    QCOMPARE(summary.conclusive, kind != u"inconclusive");

    const QString en = CustomerSummary::customerText(first, QStringLiteral("en"));
    const QString ja = CustomerSummary::customerText(first, QStringLiteral("ja"));
    QVERIFY2(en.contains(english), qPrintable(en));
    QVERIFY2(ja.contains(japanese), qPrintable(ja));

    // The customer's register has no RFC numbers and no raw result words; the technical block
    // has them.
    static const QRegularExpression raw(QStringLiteral("RFC ?\\d|\\b(pass|fail|softfail|permerror|temperror|neutral)\\b|p=|d="));
    for (const SummaryPoint &p : summary.points) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const QString text = CustomerSummary::customerText(p, language) + CustomerSummary::fixText(p, language);
            QVERIFY2(!raw.match(text).hasMatch(), qPrintable(p.kind + u": "_qs + text));
            QVERIFY2(!text.contains(u"summary."), qPrintable(text)); // every key has its sentence
            QVERIFY2(!CustomerSummary::technicalText(p, language).contains(u"summary."), qPrintable(p.kind));
        }
    }
    // Every evidence line points at a header field that is there, or at a DNS answer used.
    for (const SummaryPoint &p : summary.points) {
        for (const SummaryEvidence &e : p.evidence) {
            if (e.kind == SummaryEvidence::Kind::Header) {
                bool found = false;
                for (const HeaderField &h : report.message.headers())
                    found = found || (h.line == e.line && h.nameText() == e.field);
                QVERIFY2(found, qPrintable(QStringLiteral("%1 line %2").arg(e.field).arg(e.line)));
            } else {
                bool found = false;
                for (const DnsAnswer &a : report.dns)
                    found = found || QString::fromUtf8(a.question.name) == e.dnsName;
                QVERIFY2(found, qPrintable(e.dnsName));
            }
        }
    }
    QVERIFY(!first.evidence.isEmpty());

    if (kind == u"forged") {
        // Nothing to fix, and no advice to whoever forged it: no point has a fix or a party.
        for (const SummaryPoint &p : summary.points) {
            QVERIFY2(p.fix.isEmpty() && p.fixData.isEmpty(), qPrintable(p.kind));
            QVERIFY(p.party == SummaryParty::NotTheSender || p.party == SummaryParty::Nothing);
            QVERIFY(CustomerSummary::fixText(p, QStringLiteral("en")).isEmpty());
        }
    }
    if (kind == u"service_unaligned") {
        // The setting to change, from services.json, in each language.
        QVERIFY(CustomerSummary::fixText(first, QStringLiteral("en")).contains(u"Domain Authentication"));
        QVERIFY(CustomerSummary::fixText(first, QStringLiteral("ja")).contains(u"Sender Authentication"));
    }
    if (kind == u"forwarded") {
        // Whether the list sealed ARC and what became of the seal.
        QVERIFY2(en.contains(u"list.example.org added its own seal (ARC)"), qPrintable(en));
        QVERIFY2(en.contains(u"found it intact at delivery"), qPrintable(en));
    }
    if (kind == u"inconclusive") {
        // Only the receiver's recorded results follow, never a cause.
        for (const SummaryPoint &p : summary.points)
            QVERIFY(p.kind == u"inconclusive" || p.kind == u"receiver_spam");
    }
}

void TestCustomerSummary::honestyRowWarnsForAForgedFrom_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QString>("status");
    QTest::newRow("forged-quarantine-sample") << Samples + QStringLiteral("dmarc-fail.eml") << sampleZones() << "warning";
    QTest::newRow("forged-reject") << Data + QStringLiteral("forged-reject.eml")
                                   << QStringList{Data + QStringLiteral("summary.zone")} << "warning";
    QTest::newRow("service-signed-is-not-forged") << Data + QStringLiteral("service-signed.eml")
                                                  << QStringList{Data + QStringLiteral("summary.zone")} << "pass";
    QTest::newRow("clean") << Samples + QStringLiteral("newsletter.eml") << sampleZones() << "pass";
    QTest::newRow("forwarded-is-not-forged") << Samples + QStringLiteral("forwarded-list.eml") << sampleZones() << "pass";
    QTest::newRow("dns-unreachable-is-not-forged") << Samples + QStringLiteral("dmarc-fail.eml") << QStringList() << "pass";
}

void TestCustomerSummary::honestyRowWarnsForAForgedFrom()
{
    QFETCH(QString, file);
    QFETCH(QStringList, zones);
    QFETCH(QString, status);
    const Report report = analyse(file, zones, QStringLiteral("2026-12-01T12:00:00Z"));
    int rows = 0;
    for (const RequirementResult &r : report.requirements) {
        if (r.id != u"FMT-HONEST-IDENTITY" || r.status == CheckStatus::NotApplicable)
            continue;
        ++rows;
        QCOMPARE(checkStatusName(r.outcome.status), status);
        if (status == u"warning") {
            QCOMPARE(r.outcome.reason, QStringLiteral("format.identity.forged_from"));
            QCOMPARE(checkStatusName(r.status), status);
            QVERIFY(!r.outcome.evidence.isEmpty());
            QCOMPARE(r.outcome.evidence.first().header, QStringLiteral("From"));
        }
    }
    QVERIFY(rows > 0);
}

void TestCustomerSummary::otherLanguageThanTheInstalledOne()
{
    // A Japanese helpdesk answering an English customer, and the other way round: the summary's
    // language does not follow the installed catalogue, and the installed one stays untouched.
    const Report report = analyse(Samples + QStringLiteral("dmarc-fail.eml"), sampleZones(), QStringLiteral("2026-12-01T12:00:00Z"));
    const CustomerSummary summary = CustomerSummary::fromReport(report);
    for (const char *installed : {"en", "ja"}) {
        Localization::apply(QString::fromLatin1(installed));
        const QString en = CustomerSummary::render(summary, QStringLiteral("en"), CustomerSummary::Format::PlainText);
        const QString ja = CustomerSummary::render(summary, QStringLiteral("ja"), CustomerSummary::Format::PlainText);
        QVERIFY2(en.startsWith(u"Summary\n"), qPrintable(en));
        QVERIFY2(en.contains(u"Technical details (for the postmaster)"), qPrintable(en));
        QVERIFY2(ja.startsWith(u"要約\n"), qPrintable(ja));
        QVERIFY2(ja.contains(u"技術情報（メール管理者向け）"), qPrintable(ja));
        QVERIFY(ja.contains(u"なりすまし"));
        QCOMPARE(Localization::current(), QString::fromLatin1(installed));
    }
    Localization::apply(QStringLiteral("en"));
}

void TestCustomerSummary::jsonCarriesTheSummary()
{
    const Report report = analyse(Data + QStringLiteral("service-signed.eml"), {Data + QStringLiteral("summary.zone")},
                                  QStringLiteral("2026-12-01T12:00:00Z"));
    const QJsonObject json = ReportJson::toJson(report);
    const QJsonObject summary = json.value(u"summary").toObject();
    QCOMPARE(summary.value(u"first_reason").toString(), QStringLiteral("service_unaligned"));
    QCOMPARE(summary.value(u"conclusive").toBool(), true);
    const QJsonObject first = summary.value(u"points").toArray().first().toObject();
    QCOMPARE(first.value(u"party").toString(), QStringLiteral("sending_service"));
    QVERIFY(first.value(u"customer_text").toString().contains(u"SendGrid"));
    QCOMPARE(first.value(u"customer").toArray().first().toObject().value(u"key").toString(),
             QStringLiteral("summary.service_unaligned"));
    bool dkimLine = false;
    for (const QJsonValue &e : first.value(u"evidence").toArray())
        dkimLine = dkimLine || (e.toObject().value(u"field").toString() == u"DKIM-Signature" && e.toObject().value(u"line").toInt() > 0);
    QVERIFY(dkimLine);
    // Existing members keep their names.
    for (const char *name : {"schema", "dkim", "spf", "dmarc", "requirements", "findings"})
        QVERIFY2(json.contains(QLatin1String(name)), name);
}

void TestCustomerSummary::markdownAndPlainText()
{
    const Report report = analyse(Samples + QStringLiteral("forwarded-list.eml"), sampleZones(), QStringLiteral("2026-12-01T12:00:00Z"));
    const CustomerSummary summary = CustomerSummary::fromReport(report);
    const QString md = CustomerSummary::render(summary, QStringLiteral("en"), CustomerSummary::Format::Markdown);
    QVERIFY2(md.startsWith(u"## Summary\n\n1. "), qPrintable(md));
    QVERIFY(md.contains(u"## Technical details (for the postmaster)"));
    QVERIFY(md.contains(u"   - List-Id header, line 82: `"));
    const QString plain = CustomerSummary::render(summary, QStringLiteral("en"), CustomerSummary::Format::PlainText);
    QVERIFY(!plain.contains(u"##"));
    QVERIFY(plain.contains(u"   > List-Id header, line 82: "));
    // The customer text comes before the technical block.
    QVERIFY(plain.indexOf(u"Who can fix it") < plain.indexOf(u"Technical details"));
}

QTEST_GUILESS_MAIN(TestCustomerSummary)
#include "TestCustomerSummary.moc"
