#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The data flows one way (../shared/DESIGN.md, "Inside core/ and ui/"): every
// #include "core/…", "ui/…" or "app/…" in core/, ui/ and app/ must be allowed by the layers
// table below. A folder may always include its own files.
class TestLayering : public QObject
{
    Q_OBJECT

public:
    // Why `includer` (a path from the repository root) may not include `included`; empty when it may.
    static QString violation(const QString &includer, const QString &included);

private slots:
    void rule_data();
    void rule();
    void everyIncludeFollowsTheLayers();

private:
    static QString coreFolder(const QString &path);
};

namespace {

// The folders of core/, lowest layer first, each with the folders it may include.
// Two readings of DESIGN.md's table, written in the README: i18n (Explanations, Localization)
// needs only base, so it sits below report, whose JSON and text writers turn keys into
// sentences; and unsubscribe reads sender's marketing signals (the bulk-mail header names of
// services.json), so within their shared row sender comes first.
const QHash<QString, QStringList> &coreLayers()
{
    static const QStringList checks = {u"base"_qs, u"text"_qs, u"net"_qs, u"message"_qs, u"dns"_qs,
                                       u"auth/results"_qs, u"auth/dkim"_qs, u"auth/arc"_qs, u"auth/spf"_qs,
                                       u"auth/dmarc"_qs, u"auth/iprev"_qs, u"hops"_qs};
    static const QStringList evaluators = checks
        + QStringList{u"format"_qs, u"unsubscribe"_qs, u"sender"_qs, u"receiver"_qs};
    static const QHash<QString, QStringList> layers = {
        {u"base"_qs, {}},
        {u"text"_qs, {u"base"_qs}},
        {u"net"_qs, {u"base"_qs, u"text"_qs}},
        {u"message"_qs, {u"base"_qs, u"text"_qs, u"net"_qs}},
        {u"input"_qs, {u"base"_qs, u"text"_qs, u"message"_qs}},
        {u"dns"_qs, {u"base"_qs, u"net"_qs}},
        {u"auth/results"_qs, {u"base"_qs, u"text"_qs, u"message"_qs}},
        {u"auth/dkim"_qs, {u"base"_qs, u"text"_qs, u"message"_qs, u"dns"_qs}},
        {u"auth/arc"_qs, {u"base"_qs, u"text"_qs, u"message"_qs, u"dns"_qs, u"auth/dkim"_qs, u"auth/results"_qs}},
        {u"auth/spf"_qs, {u"base"_qs, u"text"_qs, u"net"_qs, u"message"_qs, u"dns"_qs}},
        {u"auth/dmarc"_qs, {u"base"_qs, u"text"_qs, u"net"_qs, u"message"_qs, u"dns"_qs}},
        {u"auth/iprev"_qs, {u"base"_qs, u"text"_qs, u"net"_qs, u"message"_qs, u"dns"_qs}},
        {u"hops"_qs, {u"base"_qs, u"text"_qs, u"net"_qs, u"message"_qs, u"auth/results"_qs}},
        {u"format"_qs, checks},
        {u"unsubscribe"_qs, checks + QStringList{u"sender"_qs}}, // the marketing signals
        {u"sender"_qs, checks},
        {u"receiver"_qs, checks},
        {u"checklist"_qs, evaluators},
        {u"i18n"_qs, {u"base"_qs}},
        {u"report"_qs, evaluators + QStringList{u"input"_qs, u"checklist"_qs, u"i18n"_qs}},
        {u"analysis"_qs, evaluators + QStringList{u"input"_qs, u"checklist"_qs, u"i18n"_qs, u"report"_qs}},
    };
    return layers;
}

bool isResultHeader(const QString &included)
{
    // A result type lives in its own header (DkimResult.h, SpfResult.h, AuthResultsField.h ...);
    // the hop timeline and the checklist's inputs are values too.
    static const QRegularExpression resultHeader(QStringLiteral("/[A-Za-z]+(Result|Results|ResultsField)\\.h$"));
    return resultHeader.match(included).hasMatch() || included == u"core/hops/HopTimeline.h";
}

// The folders whose classes evaluate something (parsers, verifiers, checkers, the engine).
bool isCheck(const QString &folder)
{
    return folder.startsWith(u"auth/") || folder == u"hops" || folder == u"format" || folder == u"unsubscribe"
        || folder == u"sender" || folder == u"receiver" || folder == u"checklist";
}

// What ui/ may include of core/: the report and what it is made of, the analysis that makes it,
// the texts, the checklist's tables; never a parser, an evaluator or a resolver.
bool uiMayInclude(const QString &included, const QString &folder)
{
    static const QStringList folders = {u"base"_qs, u"report"_qs, u"i18n"_qs, u"analysis"_qs, u"checklist"_qs};
    static const QStringList files = {u"core/dns/DnsConfig.h"_qs, u"core/dns/DnsTypes.h"_qs,
                                      u"core/message/Message.h"_qs, u"core/message/HeaderField.h"_qs,
                                      u"core/message/MimePart.h"_qs};
    return folders.contains(folder) || files.contains(included) || isResultHeader(included);
}

} // namespace

QString TestLayering::coreFolder(const QString &path)
{
    // core/auth/dkim/DkimVerifier.h -> auth/dkim; core/report/Report.h -> report
    QStringList parts = path.split(u'/');
    if (parts.size() < 3 || parts.first() != u"core")
        return {};
    parts.removeFirst();
    parts.removeLast();
    if (parts.first() == u"auth" && parts.size() >= 2)
        return parts.mid(0, 2).join(u'/');
    return parts.first();
}

QString TestLayering::violation(const QString &includer, const QString &included)
{
    const QString fromTop = includer.section(u'/', 0, 0);
    const QString toTop = included.section(u'/', 0, 0);
    if (fromTop == u"app")
        return {};
    if (toTop == u"app")
        return QStringLiteral("only app/ includes app/");
    if (fromTop == u"ui") {
        if (toTop == u"ui")
            return {};
        const QString folder = coreFolder(included);
        return uiMayInclude(included, folder)
            ? QString()
            : QStringLiteral("ui/ reads the report, never core/%1 directly").arg(folder);
    }
    if (fromTop != u"core")
        return QStringLiteral("not a source folder");
    if (toTop == u"ui")
        return QStringLiteral("core/ never includes widgets");
    const QString from = coreFolder(includer);
    const QString to = coreFolder(included);
    if (!coreLayers().contains(from))
        return QStringLiteral("core/%1 is not in the layers table").arg(from);
    if (!coreLayers().contains(to))
        return QStringLiteral("core/%1 is not in the layers table").arg(to);
    if (includer == u"core/report/Report.h" && isCheck(to) && !isResultHeader(included))
        return QStringLiteral("Report.h holds results, never an evaluator (%1)").arg(included);
    if (from == to || coreLayers().value(from).contains(to))
        return {};
    return QStringLiteral("core/%1 may not include core/%2").arg(from, to);
}

void TestLayering::rule_data()
{
    QTest::addColumn<QString>("includer");
    QTest::addColumn<QString>("included");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("same-folder") << "core/auth/dkim/DkimVerifier.cpp" << "core/auth/dkim/DkimKey.h" << true;
    QTest::newRow("down-to-base") << "core/message/Message.h" << "core/base/Finding.h" << true;
    QTest::newRow("unsubscribe-reads-marketing-signals") << "core/unsubscribe/UnsubscribeChecker.cpp" << "core/sender/MarketingSignals.h" << true;
    QTest::newRow("sender-not-up-to-unsubscribe") << "core/sender/MarketingSignals.cpp" << "core/unsubscribe/UnsubscribeChecker.h" << false;
    QTest::newRow("arc-uses-dkim") << "core/auth/arc/ArcValidator.h" << "core/auth/dkim/DkimResult.h" << true;
    QTest::newRow("report-reads-results") << "core/report/Report.h" << "core/auth/spf/SpfResult.h" << true;
    QTest::newRow("analysis-uses-all") << "core/analysis/Analyzer.cpp" << "core/report/Report.h" << true;
    QTest::newRow("ui-reads-report") << "ui/MainWindow.cpp" << "core/report/Report.h" << true;
    QTest::newRow("ui-reads-a-result-header") << "ui/auth/DkimCard.cpp" << "core/auth/dkim/DkimResult.h" << true;
    QTest::newRow("app-uses-anything") << "app/cli/CliMain.cpp" << "core/auth/spf/SpfEvaluator.h" << true;

    QTest::newRow("base-up-to-message") << "core/base/Finding.h" << "core/message/Message.h" << false;
    QTest::newRow("dkim-up-to-report") << "core/auth/dkim/DkimVerifier.cpp" << "core/report/Report.h" << false;
    QTest::newRow("iprev-sideways-to-spf") << "core/auth/iprev/IprevChecker.cpp" << "core/auth/spf/SpfRecord.h" << false;
    QTest::newRow("checklist-up-to-report") << "core/checklist/RequirementEngine.cpp" << "core/report/Report.h" << false;
    QTest::newRow("sender-up-to-report") << "core/sender/SendingServices.cpp" << "core/report/Report.h" << false;
    QTest::newRow("input-up-to-report") << "core/input/InputLoader.h" << "core/report/Report.h" << false;
    QTest::newRow("i18n-up-to-report") << "core/i18n/Explanations.cpp" << "core/report/Report.h" << false;
    QTest::newRow("report-header-to-an-evaluator") << "core/report/Report.h" << "core/auth/spf/SpfEvaluator.h" << false;
    QTest::newRow("report-source-to-an-evaluator") << "core/report/ReportJson.cpp" << "core/auth/spf/SpfEvaluator.h" << true;
    QTest::newRow("core-to-ui") << "core/report/Report.h" << "ui/MainWindow.h" << false;
    QTest::newRow("core-to-app") << "core/analysis/Analyzer.cpp" << "app/cli/DkimBenchmark.h" << false;
    QTest::newRow("ui-to-a-parser") << "ui/auth/SpfCard.cpp" << "core/auth/spf/SpfRecord.h" << false;
    QTest::newRow("ui-to-a-resolver") << "ui/MainWindow.cpp" << "core/dns/LdnsResolver.h" << false;
    QTest::newRow("ui-to-app") << "ui/MainWindow.cpp" << "app/cli/CliTools.h" << false;
    QTest::newRow("unknown-folder") << "core/nowhere/X.h" << "core/base/Finding.h" << false;
}

void TestLayering::rule()
{
    QFETCH(QString, includer);
    QFETCH(QString, included);
    QFETCH(bool, allowed);
    const QString why = violation(includer, included);
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why.isEmpty() ? QStringLiteral("allowed") : why));
}

void TestLayering::everyIncludeFollowsTheLayers()
{
    const QDir root(QStringLiteral(KENSA_SOURCE_DIR));
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"((?:core|ui|app)/[^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList problems;
    int includes = 0;
    for (const char *top : {"core", "ui", "app"}) {
        QDirIterator it(root.filePath(QLatin1String(top)), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            QFile file(root.filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &m : include.globalMatch(text)) {
                ++includes;
                const QString included = m.captured(1);
                const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
                if (!QFile::exists(root.filePath(included)))
                    problems.append(QStringLiteral("%1:%2: %3 does not exist").arg(path).arg(line).arg(included));
                else if (const QString why = violation(path, included); !why.isEmpty())
                    problems.append(QStringLiteral("%1:%2: %3 (%4)").arg(path).arg(line).arg(included, why));
            }
        }
    }
    QVERIFY2(includes > 300, qPrintable(QString::number(includes)));
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 includes run against the layers (listed above)").arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
