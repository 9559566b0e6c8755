#include "core/analysis/Analyzer.h"
#include "core/dns/ZoneResolver.h"
#include "core/i18n/Localization.h"
#include "core/report/HtmlReport.h"
#include "ui/MainWindow.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ReportExport.h"
#include "ui/export/ReportPrinter.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kensa;

// The PDF made from the HTML report, read back with poppler's pdftotext (the text, Japanese
// included, must be embedded and extractable) and rendered with pdftoppm to PNGs under
// tests/screenshots/ in the build folder, to be looked at; the export formats; the Export dialog.
class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pdfText_data();
    void pdfText();
    void writeFormats_data();
    void writeFormats();
    void exportDialog_data();
    void exportDialog();

private:
    static QString screenshots();
    static QString run(const QString &program, const QStringList &args, int *exitCode);

    QTemporaryDir m_dir;
};

namespace {

Report newsletter()
{
    QFile file(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    AnalysisInput input;
    input.bytes = file.readAll();
    input.source.file = QStringLiteral("newsletter.eml");
    AnalysisOptions options;
    options.offline = true;
    options.now = 1715673600;
    auto zone = std::make_shared<ZoneResolver>();
    if (zone->loadFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone")))
        options.resolver = zone;
    Report report = Analyzer::analyze(input, options);
    report.analysisTime = 1715673600;
    return report;
}

} // namespace

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPdfExport"));
    QSettings().clear();
    QVERIFY(QDir().mkpath(screenshots()));
}

void TestPdfExport::cleanup()
{
    Localization::apply(QStringLiteral("en"));
}

QString TestPdfExport::screenshots()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

QString TestPdfExport::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    *exitCode = -1;
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return {};
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestPdfExport::pdfText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << "en"
                        << QStringList{u"Email authentication report"_qs, u"Spring sale: 20% off everything"_qs,
                                       u"Provider requirements"_qs, u"DNS answers used"_qs, u"198.51.100.25"_qs,
                                       u"_dmarc.shop.example.com"_qs, u"Page 1 of"_qs};
    // 日, 文, 米, 大, 用 and 長 share their glyph with a CJK radical in Noto Sans CJK: they must
    // come back as the ideographs.
    QTest::newRow("ja") << "ja"
                        << QStringList{u"送信ドメイン認証レポート"_qs, u"解析日時"_qs, u"メール本文を含めていません"_qs,
                                       u"メールサービスの送信者要件"_qs, u"使用した DNS の応答"_qs, u"Yahoo（米国）"_qs,
                                       u"大量送信者"_qs, u"利用者"_qs, u"行の長さ"_qs, u"Spring sale: 20% off everything"_qs,
                                       u"198.51.100.25"_qs, u"1 / "_qs};
}

void TestPdfExport::pdfText()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftotext.isEmpty() || pdftoppm.isEmpty())
        QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed; scripts/setup.sh installs it");
    Localization::apply(language);
    const QString html = HtmlReport::render(newsletter());
    const QString path = m_dir.filePath(u"report-"_qs + language + u".pdf"_qs);
    QString error;
    QVERIFY2(ReportPrinter::writePdf(html, ReportExport::title(), path, &error), qPrintable(error));

    int code = 0;
    const QString info = run(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(info.contains(u"(A4)"), qPrintable(info));
    QVERIFY2(info.contains(u"Title:") && info.contains(ReportExport::title()), qPrintable(info));

    QString text = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &code);
    QCOMPARE(code, 0);
    // Ligatures (ﬀ) and line breaks are the layout's, not the text's.
    text = text.normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &line : std::as_const(expected))
        QVERIFY2(text.contains(line.normalized(QString::NormalizationForm_KC)), qPrintable(line));
    const QString raw = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &code);
    for (const QChar c : raw)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(u"a radical in place of an ideograph: "_qs + c));

    // The first pages as PNGs, for a person to look at.
    const QString prefix = screenshots() + u"/report-pdf-"_qs + language;
    run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"), QStringLiteral("1"),
                   QStringLiteral("-l"), QStringLiteral("3"), path, prefix},
        &code);
    QCOMPARE(code, 0);
    QImage first(prefix + u"-01.png"_qs);
    if (first.isNull())
        first = QImage(prefix + u"-1.png"_qs);
    QVERIFY(!first.isNull());
    // A4 at 80 dpi.
    QCOMPARE(first.width(), 662);
    QCOMPARE(first.height(), 936);
}

void TestPdfExport::writeFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html") << int(ExportDialog::Format::Html) << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << int(ExportDialog::Format::Pdf) << QByteArray("%PDF-");
    QTest::newRow("json") << int(ExportDialog::Format::Json) << QByteArray("{");
}

void TestPdfExport::writeFormats()
{
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    const Report report = newsletter();
    const auto f = ExportDialog::Format(format);
    const QString path = m_dir.filePath(ReportExport::suggestedName(report, f));
    QVERIFY(path.endsWith(u"newsletter-report."_qs + ExportDialog::suffix(f)));
    QString error;
    QVERIFY2(ReportExport::write(report, f, {}, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(start));
    if (f == ExportDialog::Format::Json)
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"schema").toInt(), 1);
    // A folder that does not exist: an error, no file.
    QVERIFY(!ReportExport::write(report, f, {}, m_dir.filePath(u"missing/report"_qs), &error));
    QVERIFY(!error.isEmpty());
}

void TestPdfExport::exportDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << "en" << "Export Report";
    QTest::newRow("ja") << "ja" << u"レポートの書き出し"_qs;
}

void TestPdfExport::exportDialog()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openSample();
    QVERIFY(shown.wait(30000));
    QAction *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    QAction *printAction = window.findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(printAction && printAction->isEnabled());
    QVERIFY(printAction->shortcuts().contains(QKeySequence(QKeySequence::Print)));

    // The body box starts unticked even when the last export included the body.
    QSettings().setValue(QStringLiteral("export/includeBody"), true);
    ExportDialog dialog(&window);
    QCOMPARE(dialog.windowTitle(), title);
    auto *body = dialog.findChild<QCheckBox *>(QStringLiteral("includeBody"));
    auto *redact = dialog.findChild<QCheckBox *>(QStringLiteral("redactRecipients"));
    QVERIFY(body && redact);
    QVERIFY(!body->isChecked());
    QCOMPARE(dialog.options().includeBody, false);
    redact->setChecked(true);
    QCOMPARE(dialog.options().redactRecipients, true);
    // JSON is the whole analysis: the HTML and PDF choices do not apply.
    dialog.findChild<QRadioButton *>(QStringLiteral("formatJson"))->setChecked(true);
    QCOMPARE(dialog.format(), ExportDialog::Format::Json);
    QVERIFY(!body->isEnabled());
    QVERIFY(!redact->isEnabled());
    dialog.findChild<QRadioButton *>(QStringLiteral("formatPdf"))->setChecked(true);
    QVERIFY(body->isEnabled());
    dialog.saveSettings();
    {
        ExportDialog again(&window);
        QCOMPARE(again.format(), ExportDialog::Format::Pdf);
        QCOMPARE(again.options().redactRecipients, true);
        QCOMPARE(again.options().includeBody, false);
    }

    // The screenshot: the dialog over the window at 1280x800, as a user sees it.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(100);
    QImage screen = window.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(screen.size(), QSize(1280, 800));
    const QImage box = dialog.grab().toImage();
    QVERIFY(box.width() < 1280 && box.height() < 800);
    {
        QPainter painter(&screen);
        painter.fillRect(screen.rect(), QColor(0, 0, 0, 60));
        const QPoint at((screen.width() - box.width()) / 2, (screen.height() - box.height()) / 2);
        // The offscreen platform draws no window frame: a plain title bar stands in for it.
        const int bar = 26;
        const QRect frame(at - QPoint(1, bar + 1), box.size() + QSize(1, bar + 1));
        painter.fillRect(frame, QColor(0xe8, 0xe8, 0xe8));
        painter.setPen(QColor(0x80, 0x80, 0x80));
        painter.drawRect(frame);
        painter.setPen(Qt::black);
        painter.drawText(QRect(at - QPoint(0, bar), QSize(box.width(), bar)), Qt::AlignCenter, dialog.windowTitle());
        painter.drawImage(at, box);
    }
    QVERIFY(screen.save(screenshots() + u"/export-dialog-"_qs + language + u"-1280x800.png"_qs));
}

QTEST_MAIN(TestPdfExport)
#include "TestPdfExport.moc"
