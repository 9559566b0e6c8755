#include "core/analysis/EvidenceAnalysis.h"
#include "core/checklist/RequirementTable.h"
#include "core/dns/DnsConfig.h"
#include "core/i18n/Localization.h"
#include "core/input/EvidenceBundle.h"
#include "core/input/InputLoader.h"
#include "core/report/ReportJson.h"
#include "core/text/ZipArchive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kensa;

namespace {

const QString Samples = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The report as JSON without the fields that must differ between an analysis and its replay
// from a bundle: source.file (the bundle's path), source.origin (the bundle is a file),
// source.index (the bundle holds one message), source.normalised ("evidence_bundle" added in
// front), the source of each DNS answer ("live" or "zone" before, always "zone" from the
// bundle's snapshot) and the order of the DNS answers (the order they arrived in, which live
// DNS does not keep from one run to the next). Everything else, every verdict and every text,
// must be identical.
QJsonObject comparable(const Report &report)
{
    QJsonObject json = ReportJson::toJson(report);
    QJsonObject source = json.value(u"source").toObject();
    QJsonArray normalised = source.value(u"normalised").toArray();
    if (!normalised.isEmpty() && normalised.first() == u"evidence_bundle"_qs)
        normalised.removeFirst();
    source.insert(u"normalised", normalised);
    source.remove(u"file");
    source.remove(u"origin");
    source.remove(u"index");
    json.insert(u"source", source);
    QList<QJsonObject> answers;
    for (const QJsonValue v : json.value(u"dns").toArray()) {
        QJsonObject answer = v.toObject();
        answer.remove(u"source");
        answers.append(answer);
    }
    const auto key = [](const QJsonObject &a) { return a.value(u"name").toString() + u' ' + a.value(u"type").toString(); };
    std::stable_sort(answers.begin(), answers.end(), [&key](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
    QJsonArray dns;
    for (const QJsonObject &answer : answers)
        dns.append(answer);
    json.insert(u"dns", dns);
    return json;
}

// The first difference of two JSON values, as a path, for a readable failure.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path = QStringLiteral("$"))
{
    if (a == b)
        return {};
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString d = firstDifference(x.value(key), y.value(key), path + u'.' + key);
            if (!d.isEmpty())
                return d;
        }
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i) {
            const QString d = firstDifference(a.toArray().at(i), b.toArray().at(i), path + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
    }
    return path + u": "_qs + QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)).left(300)
           + u" vs "_qs + QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)).left(300);
}

// An analysis as kensa-cli makes it: the message, DNS from `config`, the checklist judged with
// `checklist` for `providers`.
Report analyse(const AnalysisInput &input, const DnsConfig &config, const RequirementOptions &checklist,
               const QStringList &providers, qint64 now = 0)
{
    const auto chain = DnsSetup::build(config);
    if (!std::holds_alternative<ResolverChain>(chain))
        return {};
    AnalysisOptions options;
    options.resolver = std::get<ResolverChain>(chain).resolver;
    options.offline = config.offline;
    options.now = now;
    Report report = Analyzer::analyze(input, options);
    QList<RequirementResult> results =
        RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), checklist);
    if (!providers.isEmpty())
        results.removeIf([&providers](const RequirementResult &r) { return !providers.contains(r.provider); });
    report.requirements = results;
    return report;
}

DnsConfig zoneConfig(const QByteArray &zone)
{
    DnsConfig config;
    config.offline = true;
    if (!zone.isEmpty())
        config.zoneTexts.append({QStringLiteral("test.zone"), zone});
    return config;
}

AnalysisInput fileInput(const QString &path)
{
    const LoadedInput loaded = InputLoader::load(readAll(path), path, PasteNormalizer::Origin::File);
    return loaded.messages.value(0);
}

} // namespace

// Evidence bundles: the manifest both ways, the bundles that cannot be read, and the round trip
// that matters: an analysis saved, then replayed offline from the bundle alone, gives the same
// verdicts, even after the keys in DNS have changed.
class TestEvidenceBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestRoundTrip();
    void detection_data();
    void detection();
    void unreadable_data();
    void unreadable();
    void roundTrip_data();
    void roundTrip();
    void liveDnsRoundTrip();
    void commandLine();

private:
    QTemporaryDir m_dir;
};

void TestEvidenceBundle::initTestCase()
{
    Localization::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestEvidenceBundle::manifestRoundTrip()
{
    EvidenceBundle b;
    b.kensaVersion = QStringLiteral("9.8.7");
    b.savedAt = QDateTime(QDate(2026, 12, 5), QTime(7, 40, 12), Qt::UTC);
    b.analysisTime = 1715673723;
    b.message = QByteArray("From: a@example.com\r\n\r\nbody\r\n");
    b.messageEntry = QStringLiteral("original-headers.txt");
    b.headersOnly = true;
    b.origin = QStringLiteral("paste");
    b.sourceFile = QStringLiteral("持ち込み.msg");
    b.sourceIndex = 3;
    b.originalSize = 40960;
    b.normalised = QStringList{QStringLiteral("outlook_msg_headers"), QStringLiteral("lf_to_crlf")};
    b.findings = {makeFinding(QStringLiteral("input.msg.headers_only"), Severity::Notice,
                              {{QStringLiteral("forms"), QStringLiteral("text, HTML")}})};
    b.dnsSnapshot = QByteArray("; kensa-dns-snapshot 1\n. 0 IN SOA a. b. 1 2 3 4 5\n");
    b.dnsAnswers = 0;
    b.wasOffline = true;
    b.bulk = true;
    b.mailKind = QStringLiteral("transactional");
    b.providers = QStringList{QStringLiteral("gmail"), QStringLiteral("docomo")};
    b.trustedAuthservId = QStringLiteral("mx.example.net");

    const QByteArray zip = b.write();
    Finding problem;
    const std::optional<EvidenceBundle> read = EvidenceBundle::read(zip, &problem);
    QVERIFY2(read.has_value(), qPrintable(problem.key));
    QCOMPARE(*read, b);
    // The manifest is the first entry, so that `unzip -l` shows what the file is at once.
    QCOMPARE(ZipArchive::read(zip, nullptr)->first().name, QStringLiteral("kensa-manifest.json"));
}

void TestEvidenceBundle::detection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("evidence");

    EvidenceBundle b;
    b.savedAt = QDateTime::currentDateTimeUtc();
    b.analysisTime = 1715673723;
    b.message = QByteArray("From: a@example.com\r\n\r\nx\r\n");
    const QByteArray bundle = b.write();
    const QByteArray otherZip = ZipArchive::write({{QStringLiteral("report.docx"), QByteArray("x")}}, b.savedAt);
    QTest::newRow("bundle-named-kensa") << bundle << "case.kensa" << true;
    QTest::newRow("bundle-by-content-any-name") << bundle << "attachment.bin" << true;
    QTest::newRow("bundle-on-stdin") << bundle << "-" << true;
    QTest::newRow("upper-case-suffix-garbage") << QByteArray("hello") << "CASE.KENSA" << true;
    QTest::newRow("other-zip-is-not-a-bundle") << otherZip << "files.zip" << false;
    QTest::newRow("message-is-not-a-bundle") << QByteArray("From: a@example.com\r\n\r\nkensa-manifest.json\r\n")
                                             << "m.eml" << false;
}

void TestEvidenceBundle::detection()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(bool, evidence);
    const LoadedInput loaded = InputLoader::load(data, name, PasteNormalizer::Origin::File);
    QCOMPARE(loaded.isEvidence, evidence);
}

void TestEvidenceBundle::unreadable_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("arg"); // "name=value" of the finding, or ""

    const QDateTime now = QDateTime::currentDateTimeUtc();
    EvidenceBundle b;
    b.savedAt = now;
    b.analysisTime = 1715673723;
    b.message = QByteArray("From: a@example.com\r\n\r\nx\r\n");
    const QByteArray good = b.write();
    const QList<ZipEntry> entries = *ZipArchive::read(good, nullptr);
    const auto withManifest = [&](const QByteArray &manifest) {
        QList<ZipEntry> e = entries;
        e[0].data = manifest;
        return ZipArchive::write(e, now);
    };
    const auto patched = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray manifest = entries.first().data;
        manifest.replace(from, to);
        return withManifest(manifest);
    };

    QTest::newRow("not-a-zip") << QByteArray("From: a@example.com\r\n") << "zip.not_zip" << "";
    QTest::newRow("truncated") << good.left(good.size() - 30) << "zip.truncated" << "";
    QByteArray flipped = good;
    flipped[good.indexOf("From: a@example.com") + 2] = 'X';
    QTest::newRow("message-changed-after-saving") << flipped << "zip.crc_mismatch" << "entry=original.eml";
    QTest::newRow("no-manifest") << ZipArchive::write(entries.mid(1), now) << "evidence.no_manifest" << "";
    QTest::newRow("manifest-not-json") << withManifest("{ not json") << "evidence.bad_manifest" << "field=JSON";
    QTest::newRow("manifest-other-format") << patched("\"kensa-evidence\"", "\"something-else\"")
                                           << "evidence.bad_manifest" << "field=format";
    QTest::newRow("manifest-newer-format") << patched("\"format_version\": 1", "\"format_version\": 2")
                                           << "evidence.newer_format" << "";
    QTest::newRow("manifest-no-time") << patched("\"analysis_time_s\"", "\"analysis_time_x\"")
                                      << "evidence.bad_manifest" << "field=analysis_time_s";
    QTest::newRow("manifest-names-missing-entry") << patched("\"original.eml\"", "\"mail.eml\"")
                                                  << "evidence.missing_entry" << "entry=mail.eml";
    // Names are only looked up: a manifest that names ../ finds nothing and reads nothing.
    QTest::newRow("manifest-names-parent-path") << patched("\"dns-answers.zone\"", "\"../../etc/passwd\"")
                                                << "evidence.missing_entry" << "entry=../../etc/passwd";
    QTest::newRow("manifest-names-itself") << patched("\"dns-answers.zone\"", "\"kensa-manifest.json\"")
                                           << "evidence.missing_entry" << "entry=kensa-manifest.json";
    QTest::newRow("entry-named-parent-path")
        << ZipArchive::write(entries + QList<ZipEntry>{{QStringLiteral("../evil"), QByteArray("x")}}, now)
        << "zip.bad_name" << "entry=../evil";
}

void TestEvidenceBundle::unreadable()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, key);
    QFETCH(QString, arg);
    const LoadedInput loaded = InputLoader::load(data, QStringLiteral("bad.kensa"), PasteNormalizer::Origin::File);
    QVERIFY(loaded.isEvidence);
    QVERIFY(!loaded.evidence.has_value());
    QVERIFY(loaded.messages.isEmpty());
    QCOMPARE(loaded.findings.size(), 1);
    QCOMPARE(loaded.findings.first().key, key);
    QCOMPARE(loaded.findings.first().severity, Severity::Error);
    if (!arg.isEmpty())
        QCOMPARE(loaded.findings.first().arg(arg.section(u'=', 0, 0)), arg.section(u'=', 1));
}

void TestEvidenceBundle::roundTrip_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("bulk");
    QTest::addColumn<int>("marketing");
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<QString>("rotatedKey"); // a DKIM key name in `zone` to rotate, or ""

    QTest::newRow("newsletter-keys-from-zone") << "newsletter.eml" << "newsletter.zone" << false
                                               << int(RequirementOptions::Marketing::Auto) << QStringList()
                                               << "s2024._domainkey.shop.example.com.";
    QTest::newRow("newsletter-bulk-marketing-two-providers")
        << "newsletter.eml" << "newsletter.zone" << true << int(RequirementOptions::Marketing::Yes)
        << QStringList{QStringLiteral("gmail"), QStringLiteral("docomo")} << "s2024._domainkey.shop.example.com.";
    QTest::newRow("dmarc-fail-transactional") << "dmarc-fail.eml" << "dmarc-fail.zone" << false
                                              << int(RequirementOptions::Marketing::No) << QStringList() << "";
    QTest::newRow("forwarded-list-no-zone") << "forwarded-list.eml" << "" << false
                                            << int(RequirementOptions::Marketing::Auto) << QStringList() << "";
    QTest::newRow("headers-only-no-zone") << "headers-only.eml" << "" << false
                                          << int(RequirementOptions::Marketing::Auto) << QStringList() << "";
}

void TestEvidenceBundle::roundTrip()
{
    QFETCH(QString, message);
    QFETCH(QString, zone);
    QFETCH(bool, bulk);
    QFETCH(int, marketing);
    QFETCH(QStringList, providers);
    QFETCH(QString, rotatedKey);

    RequirementOptions checklist;
    checklist.bulk = bulk;
    checklist.marketing = RequirementOptions::Marketing(marketing);
    const QByteArray zoneText = zone.isEmpty() ? QByteArray() : readAll(Samples + zone);
    const AnalysisInput input = fileInput(Samples + message);
    QVERIFY(!input.bytes.isEmpty());
    const DnsConfig config = zoneConfig(zoneText);
    const Report original = analyse(input, config, checklist, providers);
    QVERIFY(original.analysisTime > 0);

    AnalysisOptions options;
    options.offline = true;
    const EvidenceBundle saved = EvidenceAnalysis::bundle(input, original, checklist, providers, options,
                                                          QDateTime::currentDateTimeUtc());
    QCOMPARE(saved.headersOnly, !original.hasBody());
    QCOMPARE(saved.messageEntry, saved.headersOnly ? QStringLiteral("original-headers.txt") : QStringLiteral("original.eml"));
    QCOMPARE(saved.sourceFile, message); // the file name only, not the folders
    const QString path = m_dir.filePath(QFileInfo(message).completeBaseName() + QStringLiteral(".kensa"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(saved.write()) > 0);
    }

    // Keys rotate after the analysis: the same message checked against today's DNS differs.
    if (!rotatedKey.isEmpty()) {
        QByteArray rotated = zoneText;
        const qsizetype at = rotated.indexOf(rotatedKey.toUtf8());
        QVERIFY(at >= 0);
        const qsizetype key = rotated.indexOf("p=", at);
        QVERIFY(key > at);
        rotated[key + 40] = rotated[key + 40] == 'A' ? 'B' : 'A';
        const Report today = analyse(input, zoneConfig(rotated), checklist, providers);
        QVERIFY(!firstDifference(comparable(today), comparable(original)).isEmpty());
        QVERIFY(today.dkim.first().result != original.dkim.first().result);
    }

    // Reopened with no zone at all, offline: only the bundle answers.
    const LoadedInput loaded = InputLoader::load(readAll(path), path, PasteNormalizer::Origin::File);
    QVERIFY(loaded.evidence.has_value());
    QCOMPARE(loaded.messages.size(), 1);
    const auto replay = EvidenceAnalysis::analyze(loaded);
    QVERIFY(std::holds_alternative<Report>(replay));
    const Report &again = std::get<Report>(replay);
    QCOMPARE(again.analysisTime, original.analysisTime);
    QCOMPARE(again.source.evidenceSavedAt, saved.savedAt);
    QCOMPARE(again.source.evidenceVersion, EvidenceAnalysis::kensaVersion());
    QCOMPARE(again.source.normalised.value(0), QStringLiteral("evidence_bundle"));
    for (const DnsAnswer &answer : again.dns)
        QVERIFY2(answer.source != u"live", answer.question.name.constData());
    QCOMPARE(again.dns.size(), original.dns.size());
    const QString difference = firstDifference(comparable(original), comparable(again));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(again.requirements, original.requirements);
}

// An analysis that asked a real DNS server (the nsd fixture on loopback), saved and replayed
// offline: the live answers, positive and negative, come back from the snapshot alone.
void TestEvidenceBundle::liveDnsRoundTrip()
{
    const QString portFile = qEnvironmentVariable("KENSA_DNS_PORT_FILE");
    QVERIFY2(!portFile.isEmpty(), "run through ctest: the nsd fixture writes its port to KENSA_DNS_PORT_FILE");
    const QString port = QString::fromLatin1(readAll(portFile)).trimmed();
    QVERIFY(!port.isEmpty());
    DnsConfig live;
    live.servers = QStringList{QStringLiteral("127.0.0.1:") + port};
    live.offline = false;
    const AnalysisInput input = fileInput(QStringLiteral(KENSA_TEST_DATA_DIR "/evidence/kensa-test-live.eml"));
    const Report original = analyse(input, live, {}, {});
    QVERIFY(original.spfChecked);
    QCOMPARE(original.spf.result, QStringLiteral("pass")); // kensa.test allows 192.0.2.0/24
    QVERIFY(std::any_of(original.dns.cbegin(), original.dns.cend(), [](const DnsAnswer &a) { return a.source == u"live"; }));

    AnalysisOptions options;
    const QByteArray zip = EvidenceAnalysis::bundle(input, original, {}, {}, options, QDateTime::currentDateTimeUtc()).write();
    const LoadedInput loaded = InputLoader::load(zip, QStringLiteral("live.kensa"), PasteNormalizer::Origin::File);
    QVERIFY(loaded.evidence.has_value());
    QCOMPARE(loaded.evidence->wasOffline, false);
    const auto replay = EvidenceAnalysis::analyze(loaded);
    QVERIFY(std::holds_alternative<Report>(replay));
    const Report &again = std::get<Report>(replay);
    const QString difference = firstDifference(comparable(original), comparable(again));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// kensa-cli --save-evidence, then kensa-cli FILE.kensa: the same JSON report (minus the fields
// named in comparable()), the text report says where the result comes from, and a damaged
// bundle is an unreadable input (exit code 3) with a reason.
void TestEvidenceBundle::commandLine()
{
    const QString bundle = m_dir.filePath(QStringLiteral("cli.kensa"));
    QProcess save;
    save.start(QStringLiteral(KENSA_CLI),
               {QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--offline"),
                QStringLiteral("--zone"), Samples + QStringLiteral("newsletter.zone"), QStringLiteral("--bulk"),
                QStringLiteral("--save-evidence"), bundle, Samples + QStringLiteral("newsletter.eml")});
    QVERIFY(save.waitForFinished(60000));
    QCOMPARE(save.exitCode(), 0);
    const QJsonObject before = QJsonDocument::fromJson(save.readAllStandardOutput()).object();
    QVERIFY(!before.isEmpty());

    QProcess open;
    open.start(QStringLiteral(KENSA_CLI), {QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"), bundle});
    QVERIFY(open.waitForFinished(60000));
    QCOMPARE(open.exitCode(), 0);
    const QJsonObject after = QJsonDocument::fromJson(open.readAllStandardOutput()).object();
    QVERIFY(QString::fromUtf8(open.readAllStandardError()).contains(u"from an evidence bundle saved at"));
    const auto strip = [](QJsonObject json) {
        QJsonObject source = json.value(u"source").toObject();
        for (const char *field : {"file", "origin", "index", "normalised"})
            source.remove(QLatin1StringView(field));
        json.insert(u"source", source);
        return json;
    };
    // --bulk was recorded: a replay without it judges the bulk-sender rows as before.
    const QString difference = firstDifference(strip(before), strip(after));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(after.value(u"source").toObject().value(u"normalised").toArray().first().toString(), QStringLiteral("evidence_bundle"));

    QProcess text;
    text.start(QStringLiteral(KENSA_CLI), {QStringLiteral("--lang"), QStringLiteral("ja"), bundle});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(u"エビデンスファイル"));

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.kensa"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(readAll(bundle).left(500));
    }
    QProcess bad;
    bad.start(QStringLiteral(KENSA_CLI), {QStringLiteral("--lang"), QStringLiteral("en"), damaged});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 3);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(u"cut short"));

    QProcess two;
    two.start(QStringLiteral(KENSA_CLI),
              {QStringLiteral("--offline"), QStringLiteral("--save-evidence"), m_dir.filePath(QStringLiteral("two.kensa")),
               Samples + QStringLiteral("newsletter.eml"), Samples + QStringLiteral("dmarc-fail.eml")});
    QVERIFY(two.waitForFinished(60000));
    QCOMPARE(two.exitCode(), 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("two.kensa"))));
}

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "TestEvidenceBundle.moc"
