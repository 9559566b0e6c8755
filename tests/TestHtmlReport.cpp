#include "core/analysis/Analyzer.h"
#include "core/dns/ZoneResolver.h"
#include "core/i18n/Localization.h"
#include "core/report/HtmlReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kensa;

// The exported HTML report: its sections, that it loads nothing, that the body stays out unless
// asked for, that redaction reaches every recipient address, and that nothing taken from the
// message reaches the HTML unescaped.
class TestHtmlReport : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void sections_data();
    void sections();
    void noExternalReferences_data();
    void noExternalReferences();
    void body_data();
    void body();
    void redaction_data();
    void redaction();
    void escape_data();
    void escape();
    void messageTextIsEscaped_data();
    void messageTextIsEscaped();
    void insertedSectionFollowsTheVerdict();
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `name` under resources/samples (with its .zone when there is one) or tests/data/export.
Report analyse(const QString &name)
{
    const QString sample = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + name;
    const QString path = QFile::exists(sample) ? sample : QStringLiteral(KENSA_TEST_DATA_DIR "/export/") + name;
    AnalysisInput input;
    input.bytes = readFile(path);
    input.source.file = name;
    AnalysisOptions options;
    options.offline = true;
    options.now = 1715673600; // 2024-05-14, when the samples were sent
    QString zoneFile = path;
    zoneFile.replace(QStringLiteral(".eml"), QStringLiteral(".zone"));
    if (QFile::exists(zoneFile)) {
        auto zone = std::make_shared<ZoneResolver>();
        if (zone->loadFile(zoneFile))
            options.resolver = zone;
    }
    Report report = Analyzer::analyze(input, options);
    report.analysisTime = 1715673600;
    return report;
}

} // namespace

void TestHtmlReport::cleanup()
{
    Localization::apply(QStringLiteral("en"));
}

void TestHtmlReport::sections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("expected");

    const QStringList ids = {u"id=\"verdict\""_qs, u"id=\"message\""_qs, u"id=\"checklist\""_qs,
                             u"id=\"authentication\""_qs, u"id=\"hops\""_qs, u"id=\"dns\""_qs};
    QTest::newRow("newsletter-en") << "en" << "newsletter.eml"
                                   << ids + QStringList{u"Email authentication report"_qs, u"Provider requirements"_qs,
                                                        u"Recorded at delivery and re-verified now"_qs,
                                                        u"DNS answers used"_qs, u"s2024._domainkey.shop.example.com"_qs,
                                                        u"boundary"_qs, u"<html lang=\"en\">"_qs};
    QTest::newRow("newsletter-ja") << "ja" << "newsletter.eml"
                                   << ids + QStringList{u"送信ドメイン認証レポート"_qs, u"メールサービスの送信者要件"_qs,
                                                        u"配送時の記録と今回の再検証"_qs, u"使用した DNS の応答"_qs,
                                                        u"境界"_qs, u"適合"_qs, u"<html lang=\"ja\">"_qs};
    // RFC 9989 and RFC 7489 take different organisational domains here: both answers show.
    QTest::newRow("dmarc-rfc7489-en") << "en" << "newsletter.eml" << QStringList{u"Under RFC 7489"_qs};
    // The customer summary follows the verdict; a forged message gets no fix advice.
    QTest::newRow("summary-forged-en") << "en" << "dmarc-fail.eml"
                                       << QStringList{u"id=\"summary\""_qs, u"most likely not from bank.example.com"_qs,
                                                      u"Technical details (for the postmaster)"_qs};
    QTest::newRow("summary-forged-ja") << "ja" << "dmarc-fail.eml"
                                       << QStringList{u"id=\"summary\""_qs,
                                                      u"bank.example.com から送信されたものではない可能性が高いです"_qs};
    QTest::newRow("findings-and-receiver-en") << "en" << "hostile.eml"
                                              << QStringList{u"id=\"findings\""_qs, u"Findings"_qs, u"Fail"_qs};
}

void TestHtmlReport::sections()
{
    QFETCH(QString, language);
    QFETCH(QString, sample);
    QFETCH(QStringList, expected);
    Localization::apply(language);
    const QString html = HtmlReport::render(analyse(sample));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    for (const QString &text : std::as_const(expected))
        QVERIFY2(html.contains(text), qPrintable(text));
    // Nothing is left untranslated in the Japanese report's own headings.
    if (language == u"ja")
        QVERIFY(!html.contains(u"Provider requirements"));
}

void TestHtmlReport::noExternalReferences_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("includeBody");
    QTest::newRow("newsletter") << "newsletter.eml" << false;
    // The newsletter's HTML part links to web pages and images: as text, never as references.
    QTest::newRow("newsletter-with-body") << "newsletter.eml" << true;
    QTest::newRow("hostile-with-body") << "hostile.eml" << true;
    QTest::newRow("forwarded-list") << "forwarded-list.eml" << false;
}

void TestHtmlReport::noExternalReferences()
{
    QFETCH(QString, sample);
    QFETCH(bool, includeBody);
    HtmlReportOptions options;
    options.includeBody = includeBody;
    const QString html = HtmlReport::render(analyse(sample), options);
    static const QRegularExpression reference(QStringLiteral("\\b(src|href|srcset|action|data|poster)\\s*="),
                                              QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!html.contains(reference), qPrintable(reference.match(html).captured()));
    for (const char *forbidden : {"<script", "@import", "url(", "<link", "<img", "<iframe", "<object", "<embed",
                                  "<base", "<meta http-equiv", "<svg", "<form"})
        QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
}

void TestHtmlReport::body_data()
{
    QTest::addColumn<bool>("includeBody");
    QTest::newRow("excluded-by-default") << false;
    QTest::newRow("included-when-asked") << true;
}

void TestHtmlReport::body()
{
    QFETCH(bool, includeBody);
    const Report report = analyse(QStringLiteral("hostile.eml"));
    HtmlReportOptions options;
    QCOMPARE(options.includeBody, false);
    options.includeBody = includeBody;
    const QString html = HtmlReport::render(report, options);
    QCOMPARE(html.contains(u"BODY-MARKER-7Q3"), includeBody);
    QCOMPARE(html.contains(u"the private body text"), includeBody);
    QCOMPARE(html.contains(u"id=\"body\""), includeBody);
    // The body's own markup is text too.
    if (includeBody)
        QVERIFY(html.contains(u"&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"));
    // The default render (no options at all) leaves it out as well.
    QVERIFY(!HtmlReport::render(report).contains(u"BODY-MARKER-7Q3"));
}

void TestHtmlReport::redaction_data()
{
    QTest::addColumn<bool>("redact");
    QTest::addColumn<bool>("domains");
    QTest::addColumn<bool>("includeBody");
    QTest::newRow("not-asked") << false << false << false;
    QTest::newRow("local-parts") << true << false << false;
    QTest::newRow("local-parts-with-body") << true << false << true;
    QTest::newRow("local-parts-and-domains") << true << true << true;
}

void TestHtmlReport::redaction()
{
    QFETCH(bool, redact);
    QFETCH(bool, domains);
    QFETCH(bool, includeBody);
    for (const QString &language : Localization::languages()) {
        Localization::apply(language);
        HtmlReportOptions options;
        options.redactRecipients = redact;
        options.redactRecipientDomains = domains;
        options.includeBody = includeBody;
        const QString html = HtmlReport::render(analyse(QStringLiteral("hostile.eml")), options);
        // To (twice), Cc, Delivered-To, the Received for clause, the VERP Return-Path, the body.
        for (const QString &local : {u"alice.recipient"_qs, u"bob.second"_qs, u"carol.third"_qs})
            QVERIFY2(html.contains(local, Qt::CaseInsensitive) == !redact, qPrintable(language + u' ' + local));
        // The sender is no recipient.
        QVERIFY(html.contains(u"mallory@evil.example"));
        if (redact && !domains) {
            QVERIFY(html.contains(u"***@example.jp"));
            QVERIFY(html.contains(u"***@example.org"));
            QVERIFY(html.contains(u"bounce+***=example.jp@evil.example"));
        }
        if (domains) {
            QVERIFY(html.contains(u"***@***"));
            QVERIFY(!html.contains(u"@example.org"));
        }
    }
}

void TestHtmlReport::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markup") << "<script>alert(1)</script>" << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("ampersand") << "Tom & Jerry" << "Tom &amp; Jerry";
    QTest::newRow("entity-stays-text") << "&lt;" << "&amp;lt;";
    QTest::newRow("double-quote") << "a\"b" << "a&quot;b";
    QTest::newRow("single-quote") << "O'Brien" << "O&#39;Brien";
    QTest::newRow("rlo") << u"abc\u202Egpj.exe"_qs << "abc[U+202E]gpj.exe";
    QTest::newRow("lro-pdf") << u"\u202Dx\u202C"_qs << "[U+202D]x[U+202C]";
    QTest::newRow("isolates") << u"\u2066\u2067\u2068\u2069"_qs << "[U+2066][U+2067][U+2068][U+2069]";
    QTest::newRow("marks") << u"\u200E\u200F\u061C"_qs << "[U+200E][U+200F][U+061C]";
    QTest::newRow("controls") << u"a\u0000b\u001Bc\u007F"_qs << "a[U+0000]b[U+001B]c[U+007F]";
    // QString::toUcs4() already turns a lone surrogate into U+FFFD, which is harmless.
    QTest::newRow("lone-surrogate") << QString(QChar(0xD800)) << u"\uFFFD"_qs;
    QTest::newRow("japanese-kept") << u"請求書（至急）"_qs << u"請求書（至急）"_qs;
    QTest::newRow("emoji-kept") << u"\U0001F600"_qs << u"\U0001F600"_qs;
    QTest::newRow("tab-and-newline-kept") << "a\tb\nc" << "a\tb\nc";
}

void TestHtmlReport::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(HtmlReport::escape(text), expected);
}

void TestHtmlReport::messageTextIsEscaped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("includeBody");
    QTest::newRow("en") << "en" << false;
    QTest::newRow("en-with-body") << "en" << true;
    QTest::newRow("ja") << "ja" << false;
}

void TestHtmlReport::messageTextIsEscaped()
{
    QFETCH(QString, language);
    QFETCH(bool, includeBody);
    Localization::apply(language);
    HtmlReportOptions options;
    options.includeBody = includeBody;
    const QString html = HtmlReport::render(analyse(QStringLiteral("hostile.eml")), options);
    // Nothing raw: the markup, the quotes of the display names, the ampersand, the overrides.
    for (const QString &raw : {u"<script"_qs, u"alert(1)</"_qs, u"\\\"the boss\\\""_qs, u"O'Brien"_qs, u"Tom & Jerry"_qs,
                               u"\"quoted\""_qs, u"'single'"_qs, u"& \""_qs, QString(QChar(0x202E)), QString(QChar(0x202D))})
        QVERIFY2(!html.contains(raw), qPrintable(raw));
    // ... and each of them is there, escaped or as its code point.
    for (const QString &escaped : {u"&lt;script&gt;alert(1)&lt;/script&gt;"_qs, u"\\&quot;the boss\\&quot;"_qs,
                                   u"O&#39;Brien"_qs, u"Tom &amp; Jerry"_qs, u"&#39;single&#39;"_qs,
                                   u"[U+202E]gpj.exe"_qs, u"[U+202D]abc"_qs, u"Payroll [U+202E]fdp.exe"_qs})
        QVERIFY2(html.contains(escaped), qPrintable(escaped));
    // Outside Kensa's own tags no markup is left: every < of the message became &lt;.
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<!--[^>]*-->|</?[a-zA-Z0-9]+(\\s+[a-z-]+=\"[^\"<>]*\")*\\s*>|<!DOCTYPE html>")));
    QVERIFY2(!text.contains(u'<'), qPrintable(text.mid(text.indexOf(u'<'), 80)));
    QVERIFY2(!text.contains(u'>'), qPrintable(text.mid(text.indexOf(u'>') - 40, 80)));
}

void TestHtmlReport::insertedSectionFollowsTheVerdict()
{
    HtmlReportOptions options;
    options.afterVerdictHtml = QStringLiteral("<h2 id=\"summary\">Summary</h2>\n");
    const QString html = HtmlReport::render(analyse(QStringLiteral("newsletter.eml")), options);
    const qsizetype verdict = html.indexOf(u"id=\"verdict\"");
    const qsizetype mark = html.indexOf(HtmlReport::afterVerdictMark());
    const qsizetype summary = html.indexOf(u"id=\"summary\"");
    const qsizetype message = html.indexOf(u"id=\"message\"");
    QVERIFY(verdict >= 0);
    QVERIFY(verdict < mark);
    QVERIFY(mark < summary);
    QVERIFY(summary < message);
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "TestHtmlReport.moc"
