#include "core/analysis/Analyzer.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/dns/DnsConfig.h"
#include "core/i18n/Localization.h"
#include "core/report/ReportJson.h"
#include "core/report/TextReport.h"

#include <QtTest>

using namespace kensa;

// The Japanese carriers' spoofed-sender rejection (../shared/reference/japan-carriers.md): SPF of
// the header From domain for the IP that delivered the message, beside the envelope SPF, and the
// checklist rows of docomo, au and SoftBank judged from it. The messages and their zone
// (tests/data/carriers) were written here: an envelope domain whose SPF lists the sending server,
// and header From domains without SPF, with SPF that does not list it, and with SPF that does.
class TestCarrierSpoofing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerFromSpf_data();
    void headerFromSpf();
    void carrierRows_data();
    void carrierRows();
    void verdicts_data();
    void verdicts();
    void mailboxProvidersIgnoreTheCarrierRows();
    void textReportShowsBothTraces();

private:
    static Report analyze(const QString &name);
    static const RequirementResult *result(const Report &report, const QString &id, const QString &provider);
};

namespace {

const QString DataDir = QStringLiteral(KENSA_SOURCE_DIR "/tests/data/carriers/");

} // namespace

void TestCarrierSpoofing::initTestCase()
{
    Localization::apply(QStringLiteral("en"));
}

Report TestCarrierSpoofing::analyze(const QString &name)
{
    DnsConfig config;
    config.offline = true;
    config.zoneFiles = {DataDir + QStringLiteral("carriers.zone")};
    const auto chain = DnsSetup::build(config);
    if (!std::holds_alternative<ResolverChain>(chain))
        return {};
    AnalysisOptions options;
    options.resolver = std::get<ResolverChain>(chain).resolver;
    options.offline = true;
    options.now = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QFile file(DataDir + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    AnalysisInput input;
    input.bytes = file.readAll();
    input.source.file = name;
    return Analyzer::analyze(input, options);
}

const RequirementResult *TestCarrierSpoofing::result(const Report &report, const QString &id, const QString &provider)
{
    for (const RequirementResult &r : report.requirements) {
        if (r.id == id && r.provider == provider)
            return &r;
    }
    return nullptr;
}

void TestCarrierSpoofing::headerFromSpf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("envelope"); // the envelope SPF result
    QTest::addColumn<QString>("from");     // the header From SPF result; "" when not evaluated
    QTest::addColumn<QString>("fromDomain");
    QTest::addColumn<bool>("reused");
    QTest::newRow("from-no-spf") << "from-no-spf.eml" << "pass" << "none" << "no-spf.example" << false;
    QTest::newRow("from-not-listed") << "from-not-listed.eml" << "pass" << "fail" << "not-listed.example" << false;
    QTest::newRow("from-softfail") << "from-softfail.eml" << "pass" << "softfail" << "soft.example" << false;
    QTest::newRow("from-permerror") << "from-permerror.eml" << "pass" << "permerror" << "broken.example" << false;
    QTest::newRow("from-pass") << "from-pass.eml" << "pass" << "pass" << "with-spf.example" << false;
    QTest::newRow("envelope-no-spf") << "envelope-no-spf.eml" << "none" << "pass" << "with-spf.example" << false;
    // The same domain is evaluated once, and the report says so.
    QTest::newRow("same-domain") << "same-domain.eml" << "pass" << "pass" << "mail.sender.example" << true;
    // The forwarder's IP is not in either record.
    QTest::newRow("forwarded") << "forwarded.eml" << "fail" << "fail" << "with-spf.example" << false;
    QTest::newRow("no-from") << "no-from.eml" << "pass" << "" << "" << false;
    QTest::newRow("no-received") << "no-received.eml" << "" << "" << "" << false;
}

void TestCarrierSpoofing::headerFromSpf()
{
    QFETCH(QString, file);
    QFETCH(QString, envelope);
    QFETCH(QString, from);
    QFETCH(QString, fromDomain);
    QFETCH(bool, reused);
    const Report report = analyze(file);
    QCOMPARE(report.spfChecked, !envelope.isEmpty());
    if (report.spfChecked)
        QCOMPARE(report.spf.result, envelope);
    QCOMPARE(report.spfFromChecked, !from.isEmpty());
    QCOMPARE(report.spfFromReused, reused);
    const QJsonObject json = ReportJson::toJson(report);
    QVERIFY(json.contains(u"spf_from"));
    if (from.isEmpty()) {
        QVERIFY(json.value(u"spf_from").isNull());
        return;
    }
    QCOMPARE(report.spfFrom.result, from);
    QCOMPARE(QString::fromUtf8(report.spfFrom.domain), fromDomain);
    QCOMPARE(report.spfFrom.ip, report.spf.ip);
    QVERIFY(!report.spfFrom.trace.isEmpty());
    // The "spf" object's shape, with its own scope; the envelope's object keeps its scope.
    const QJsonObject spfFrom = json.value(u"spf_from").toObject();
    const QJsonObject spf = json.value(u"spf").toObject();
    for (auto it = spf.constBegin(); it != spf.constEnd(); ++it)
        QVERIFY2(spfFrom.contains(it.key()), qPrintable(it.key()));
    QCOMPARE(spfFrom.value(u"scope").toString(), QStringLiteral("from"));
    QCOMPARE(spf.value(u"scope").toString(), QStringLiteral("mailfrom"));
    QCOMPARE(spfFrom.value(u"result").toString(), from);
    QCOMPARE(spfFrom.value(u"domain").toString(), fromDomain);
    QCOMPARE(spfFrom.value(u"reused").toBool(), reused);
    if (!reused)
        QCOMPARE(spfFrom.value(u"mailfrom").toString(), QStringLiteral("postmaster@") + fromDomain);
    // Each TXT question is asked once, though both SPF evaluations may need it.
    QSet<QString> asked;
    for (const DnsAnswer &a : report.dns) {
        if (a.question.type != DnsType::TXT)
            continue;
        const QString key = QString::fromLatin1(a.question.name) + u' ' + QString::number(int(a.question.type));
        QVERIFY2(!asked.contains(key), qPrintable(key));
        asked.insert(key);
    }
}

void TestCarrierSpoofing::carrierRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    const QStringList all{QStringLiteral("docomo"), QStringLiteral("au"), QStringLiteral("softbank")};
    const auto rows = [&](const char *file, const char *status, const char *reason) {
        for (const QString &p : all)
            QTest::addRow("%s-%s", file, qPrintable(p)) << QString::fromLatin1(file) << p << QString::fromLatin1(status)
                                                        << QString::fromLatin1(reason);
    };
    // The envelope passes at every one of them; only the header From differs.
    rows("from-no-spf.eml", "fail", "requirements.carrier.from_none");
    rows("from-not-listed.eml", "fail", "requirements.carrier.from_not_listed");
    rows("from-softfail.eml", "fail", "requirements.carrier.from_not_listed");
    rows("from-permerror.eml", "fail", "requirements.carrier.from_error");
    rows("forwarded.eml", "fail", "requirements.carrier.forwarded");
    rows("same-domain.eml", "pass", "requirements.carrier.pass");
    rows("no-from.eml", "pass", "requirements.carrier.no_from_envelope_pass");
    rows("no-received.eml", "not_verifiable", "requirements.carrier.no_ip");
    QTest::newRow("from-pass-docomo") << "from-pass.eml" << "docomo" << "pass" << "requirements.carrier.pass";
    QTest::newRow("from-pass-softbank") << "from-pass.eml" << "softbank" << "pass" << "requirements.carrier.pass";
    QTest::newRow("from-pass-au") << "from-pass.eml" << "au" << "pass" << "requirements.carrier.pass_both";
    // au's high level asks the envelope domain too; docomo and SoftBank read the header From.
    QTest::newRow("envelope-no-spf-docomo") << "envelope-no-spf.eml" << "docomo" << "pass" << "requirements.carrier.pass";
    QTest::newRow("envelope-no-spf-softbank") << "envelope-no-spf.eml" << "softbank" << "pass" << "requirements.carrier.pass";
    QTest::newRow("envelope-no-spf-au") << "envelope-no-spf.eml" << "au" << "fail" << "requirements.carrier.envelope_fails";
}

void TestCarrierSpoofing::carrierRows()
{
    QFETCH(QString, file);
    QFETCH(QString, provider);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const Report report = analyze(file);
    const RequirementResult *r = result(report, QStringLiteral("JP-SPOOF-SPF-FROM"), provider);
    QVERIFY(r);
    QCOMPARE(checkStatusName(r->status), status);
    QCOMPARE(r->reason, reason);
    QVERIFY(r->inScope);
    QVERIFY(!r->outcome.evidence.isEmpty() || status == u"not_verifiable");
    // Whether the subscriber switched the filter on is never a pass.
    const RequirementResult *setting = result(report, QStringLiteral("JP-SPOOF-FILTER-ON"), provider);
    QVERIFY(setting);
    QCOMPARE(setting->status, CheckStatus::NotVerifiable);
    QCOMPARE(setting->reason, QStringLiteral("requirements.carrier.filter_setting"));
}

void TestCarrierSpoofing::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::newRow("from-no-spf-docomo") << "from-no-spf.eml" << "docomo" << "reject" << "requirements.verdict.carrier_reject";
    QTest::newRow("from-no-spf-gmail") << "from-no-spf.eml" << "gmail" << "inbox" << "requirements.verdict.inbox";
    // A pass at the filter is no promise of the inbox: the other filters are unknown.
    QTest::newRow("from-pass-softbank") << "from-pass.eml" << "softbank" << "uncertain" << "requirements.verdict.carrier_pass";
    QTest::newRow("no-received-au") << "no-received.eml" << "au" << "uncertain" << "requirements.verdict.carrier_unknown";
    QTest::newRow("envelope-no-spf-au") << "envelope-no-spf.eml" << "au" << "reject" << "requirements.verdict.carrier_reject";
    QTest::newRow("envelope-no-spf-docomo") << "envelope-no-spf.eml" << "docomo" << "uncertain" << "requirements.verdict.carrier_pass";
}

void TestCarrierSpoofing::verdicts()
{
    QFETCH(QString, file);
    QFETCH(QString, provider);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    const Report report = analyze(file);
    const ProviderVerdict v = RequirementEngine::verdict(report.checkResults(), report.requirements, provider);
    QCOMPARE(verdictOutcomeName(v.outcome), outcome);
    QCOMPARE(v.reason, reason);
}

// The carriers' rows are "not stated" for the mailbox providers and the other rows for the
// carriers, so the header From SPF changes nothing in the Gmail, Yahoo, Apple and Outlook.com
// columns.
void TestCarrierSpoofing::mailboxProvidersIgnoreTheCarrierRows()
{
    const Report failing = analyze(QStringLiteral("from-no-spf.eml"));
    const Report passing = analyze(QStringLiteral("from-pass.eml"));
    const RequirementTable &table = RequirementTable::builtin();
    for (const QString &provider : table.providers()) {
        const bool carrier = table.providerGroup(provider) == u"carrier";
        for (const RequirementRow &row : table.rows()) {
            const RequirementResult *a = result(failing, row.id, provider);
            const RequirementResult *b = result(passing, row.id, provider);
            QVERIFY(a && b);
            if ((row.group == u"carriers") != carrier) {
                QCOMPARE(a->status, CheckStatus::NotApplicable);
                QVERIFY(!a->inScope);
            } else if (!carrier) {
                QCOMPARE(a->status, b->status);
            }
        }
    }
}

void TestCarrierSpoofing::textReportShowsBothTraces()
{
    const QString text = TextReport::render(analyze(QStringLiteral("from-not-listed.eml")));
    QVERIFY2(text.contains(QStringLiteral("SPF of the header From domain:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not-listed.example from 192.0.2.10: fail")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mail.sender.example from 192.0.2.10: pass")), qPrintable(text));
    // The header From trace: the record and the term that decided.
    QVERIFY2(text.contains(QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Subscribers of docomo who switched on spoofed-sender rejection")), qPrintable(text));
    const QString same = TextReport::render(analyze(QStringLiteral("same-domain.eml")));
    QVERIFY2(same.contains(QStringLiteral("the SPF result above stands for both")), qPrintable(same));
}

QTEST_GUILESS_MAIN(TestCarrierSpoofing)
#include "TestCarrierSpoofing.moc"
