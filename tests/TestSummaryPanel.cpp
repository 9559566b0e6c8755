#include "core/i18n/Localization.h"
#include "ui/MainWindow.h"
#include "ui/message/HeaderTableModel.h"
#include "ui/message/HeadersView.h"
#include "ui/summary/SummaryPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace kensa;

// The summary panel in the real window (issue 15 item 1): each sample opened offline gives its
// first reason in the chosen language, clicking an evidence link selects that header line in
// the Headers tab (or shows the DNS answer), and the buttons put the summary on the clipboard.
// Screenshots at 1280×800 in English and Japanese land in the build's screenshots folder.
class TestSummaryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstReason_data();
    void firstReason();
    void evidenceLinks();
    void copies_data();
    void copies();
    void screenshots_data();
    void screenshots();

private:
    // A window at 1280×800 whose DNS answers come from `zones` only, with `file` open.
    static bool open(MainWindow &window, const QString &file);
    static void useZones(const QStringList &zones);
    // Clicks the first link of the summary whose target starts with `scheme`; false if none.
    static bool clickLink(SummaryPanel *panel, const QString &scheme, QString *target = nullptr);
    static QString screenshotDir() { return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"); }
};

namespace {

const QString Samples = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/");
const QString Data = QStringLiteral(KENSA_TEST_DATA_DIR "/summary/");

// The samples' own snapshots, as the window's sample opens them.
QStringList sampleZones()
{
    return {Samples + QStringLiteral("dmarc-fail.zone"), Samples + QStringLiteral("newsletter.zone")};
}

enum { HeadersTabIndex = 5 };

} // namespace

void TestSummaryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSummaryPanel"));
    QVERIFY(QDir().mkpath(screenshotDir()));
    QSettings().setValue(QStringLiteral("checklist/carriers"), false);
}

void TestSummaryPanel::init()
{
    Localization::apply(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("summary/language"));
    useZones(sampleZones());
}

void TestSummaryPanel::useZones(const QStringList &zones)
{
    // Never ask DNS: offline, answers from the zone files only.
    QSettings settings;
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.remove(QStringLiteral("dns/servers"));
    settings.setValue(QStringLiteral("dns/zoneFiles"), zones);
}

bool TestSummaryPanel::open(MainWindow &window, const QString &file)
{
    window.resize(1280, 800);
    window.show();
    // The dock starts closed on a screen under 1600 px wide (the offscreen one is); open it.
    window.findChild<QDockWidget *>(QStringLiteral("summaryDock"))->show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(file);
    return shown.wait(30000);
}

bool TestSummaryPanel::clickLink(SummaryPanel *panel, const QString &scheme, QString *target)
{
    QTextBrowser *browser = panel->browser();
    // The window may still be applying its saved layout (the dock's width) when the analysis is
    // shown; a click aimed before the last resize lands where the link no longer is.
    QSize settled;
    for (int i = 0; i < 40 && browser->viewport()->size() != settled; ++i) {
        settled = browser->viewport()->size();
        QTest::qWait(50);
    }
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (!fragment.isValid() || !href.startsWith(scheme))
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect rect = browser->cursorRect(cursor);
            const QPoint point(rect.left() + 2, rect.center().y());
            if (target)
                *target = href;
            QTest::mouseMove(browser->viewport(), point);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

void TestSummaryPanel::firstReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("dns");       // false: no zone files, nothing can be looked up
    QTest::addColumn<QString>("ui");      // the program's language
    QTest::addColumn<QString>("summary"); // the summary's language chooser ("" follows the UI)
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");    // a part of the first point as shown

    const QString forged = Samples + QStringLiteral("dmarc-fail.eml");
    const QString list = Samples + QStringLiteral("forwarded-list.eml");
    const QString service = Data + QStringLiteral("service-signed.eml");
    const QString clean = Samples + QStringLiteral("newsletter.eml");
    const QString spam = Data + QStringLiteral("receiver-spam.eml");
    QTest::newRow("forged-en") << forged << true << "en" << "" << "forged"
                               << "This email is most likely not from bank.example.com.";
    QTest::newRow("forged-ja") << forged << true << "ja" << "" << "forged"
                               << "このメールは bank.example.com から送信されたものではない可能性が高いです。";
    QTest::newRow("forwarded-en") << list << true << "en" << "" << "forwarded"
                                  << "which changed it on the way";
    QTest::newRow("forwarded-ja") << list << true << "ja" << "" << "forwarded"
                                  << "その途中で内容（件名やフッターなど）が変更されております";
    QTest::newRow("service-signed-en") << service << true << "en" << "" << "service_unaligned"
                                       << "This email was sent through SendGrid on behalf of example.org";
    QTest::newRow("service-signed-ja") << service << true << "ja" << "" << "service_unaligned"
                                       << "このメールは example.org の依頼で SendGrid から送信されておりますが";
    QTest::newRow("clean-en") << clean << true << "en" << "" << "auth_pass" << "This email passes the sender checks";
    QTest::newRow("clean-ja") << clean << true << "ja" << "" << "auth_pass" << "このメールは送信元の確認に成功しております。";
    QTest::newRow("receiver-spam-en") << spam << true << "en" << "" << "receiver_spam"
                                      << "The spam filter of the receiving server (SpamAssassin) marked this email as spam.";
    QTest::newRow("dns-unreachable-ja") << clean << false << "ja" << "" << "inconclusive"
                                        << "現時点ではお答えできません";
    // A Japanese helpdesk answering an English customer, and the other way round.
    QTest::newRow("ja-program-en-summary") << forged << true << "ja" << "en" << "forged"
                                           << "This email is most likely not from bank.example.com.";
    QTest::newRow("en-program-ja-summary") << service << true << "en" << "ja" << "service_unaligned"
                                           << "SendGrid の「Settings > Sender Authentication」";
}

void TestSummaryPanel::firstReason()
{
    QFETCH(QString, file);
    QFETCH(bool, dns);
    QFETCH(QString, ui);
    QFETCH(QString, summary);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    useZones(dns ? (file.startsWith(Data) ? QStringList{Data + QStringLiteral("summary.zone")} : sampleZones()) : QStringList());
    Localization::apply(ui);
    MainWindow window;
    QVERIFY(open(window, file));
    SummaryPanel *panel = window.summaryPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    if (!summary.isEmpty())
        panel->languageBox()->setCurrentIndex(panel->languageBox()->findData(summary));
    QCOMPARE(panel->language(), summary.isEmpty() ? ui : summary);
    QVERIFY(!panel->summary().points.isEmpty());
    QCOMPARE(panel->summary().points.first().kind, kind);
    const QString shown = panel->browser()->toPlainText();
    QVERIFY2(shown.contains(text), qPrintable(shown));
    // The customer text comes first, the technical block below it.
    const QString technical = CustomerSummary::heading(QStringLiteral("technical"), panel->language());
    QVERIFY(shown.indexOf(text) < shown.indexOf(technical));
    // The program's texts stay in the program's language.
    QCOMPARE(panel->copyButton()->text(), ui == u"ja" ? QStringLiteral("コピー(&C)") : QStringLiteral("&Copy"));
}

void TestSummaryPanel::evidenceLinks()
{
    useZones({Data + QStringLiteral("summary.zone")});
    MainWindow window;
    QVERIFY(open(window, Data + QStringLiteral("service-signed.eml")));
    SummaryPanel *panel = window.summaryPanel();
    window.tabs()->setCurrentIndex(0);

    // A header line: the Headers tab opens with that field selected.
    QString target;
    QVERIFY(clickLink(panel, QStringLiteral("line:"), &target));
    const int line = target.mid(5).toInt();
    QVERIFY(line > 0);
    QTRY_COMPARE(window.tabs()->currentIndex(), int(HeadersTabIndex));
    QTableView *table = window.headersView()->table();
    const QModelIndexList selected = table->selectionModel()->selectedRows(HeaderTableModel::LineColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toInt(), line);

    // A DNS answer: shown below the summary.
    QVERIFY(!panel->dnsAnswerView()->isVisible());
    QVERIFY(clickLink(panel, QStringLiteral("dns:"), &target));
    QTRY_VERIFY(panel->dnsAnswerView()->isVisible());
    QVERIFY2(panel->dnsAnswerView()->toPlainText().contains(u"_dmarc.example.org"), qPrintable(panel->dnsAnswerView()->toPlainText()));
    QVERIFY(panel->dnsAnswerView()->toPlainText().contains(u"p=quarantine"));
}

void TestSummaryPanel::copies_data()
{
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("start");
    QTest::newRow("plain-en") << false << "en" << "Summary\n";
    QTest::newRow("plain-ja") << false << "ja" << "要約\n";
    QTest::newRow("markdown-en") << true << "en" << "## Summary\n\n1. This email is most likely not from bank.example.com.";
    QTest::newRow("markdown-ja") << true << "ja" << "## 要約\n\n1. このメールは bank.example.com から";
}

void TestSummaryPanel::copies()
{
    QFETCH(bool, markdown);
    QFETCH(QString, language);
    QFETCH(QString, start);
    MainWindow window;
    QVERIFY(open(window, Samples + QStringLiteral("dmarc-fail.eml")));
    SummaryPanel *panel = window.summaryPanel();
    panel->languageBox()->setCurrentIndex(panel->languageBox()->findData(language));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(markdown ? panel->copyMarkdownButton() : panel->copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(start), qPrintable(copied.left(200)));
    QCOMPARE(copied, markdown ? panel->markdown() : panel->plainText());
    QVERIFY(copied.contains(CustomerSummary::heading(QStringLiteral("technical"), language)));
    if (markdown)
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("text/markdown")));
}

void TestSummaryPanel::screenshots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("forwarded-en") << Samples + QStringLiteral("forwarded-list.eml") << "en";
    QTest::newRow("forwarded-ja") << Samples + QStringLiteral("forwarded-list.eml") << "ja";
    QTest::newRow("forged-en") << Samples + QStringLiteral("dmarc-fail.eml") << "en";
    QTest::newRow("forged-ja") << Samples + QStringLiteral("dmarc-fail.eml") << "ja";
    QTest::newRow("service-ja") << Data + QStringLiteral("service-signed.eml") << "ja";
}

void TestSummaryPanel::screenshots()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    Localization::apply(language);
    if (file.startsWith(Data))
        useZones({Data + QStringLiteral("summary.zone")});
    MainWindow window;
    QVERIFY(open(window, file));
    QCOMPARE(window.size(), QSize(1280, 800));
    const QString name = screenshotDir() + QStringLiteral("/summary-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(window.grab().save(name));
    // The dock keeps a readable width beside the checklist.
    QVERIFY2(window.summaryPanel()->width() >= 300, qPrintable(QString::number(window.summaryPanel()->width())));
}

QTEST_MAIN(TestSummaryPanel)
#include "TestSummaryPanel.moc"
