#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/auth/ArcCard.h"
#include "ui/auth/AuthResultsBlock.h"
#include "ui/auth/AuthenticationView.h"
#include "ui/auth/DkimCard.h"
#include "ui/auth/DmarcCard.h"
#include "ui/auth/SpfCard.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/FindingsView.h"
#include "ui/message/HeadersView.h"
#include "ui/hops/HopsView.h"
#include "ui/MainWindow.h"
#include "ui/message/RawSourceView.h"
#include "ui/style/StatusStyle.h"
#include "ui/message/SummaryCard.h"
#include "ui/triage/TriageModel.h"
#include "ui/triage/TriagePanel.h"

#include "MsgWriter.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <QFile>

using namespace kensa;

// The real window, offscreen: a file dropped on it, the summary card, live language switching,
// screenshots in both languages under the build folder.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dropFileShowsSummary();
    void switchLanguageAtRunTime();
    void pastedTextIsAnalysed();
    void mboxIsOfferedAsList();
    void unreadableFileKeepsWindow();
    void sampleVerifiesOfflineWithItsZone();
    void dnsSettingsArePersisted();
    void authenticationResultsAreShownWithTrust();
    void hopsAreShownAsTimelineAndTable();
    void hopsShowWhatCouldNotBeRead();
    void findingsAreListedBySeverity();
    void progressFollowsDnsAnswers();
    void outlookMsgOpensAsHeadersOnly();
    void openDialogOffersWhatKensaReads();

private:
    static QString screenshotDir();
    static bool waitForAnalysis(MainWindow &window);
    static void drop(QWidget *target, QMimeData *mime);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(screenshotDir()));
    // The tests never ask DNS outside the loopback network: offline, no zone files.
    QSettings().setValue(QStringLiteral("dns/offline"), true);
    QSettings().remove(QStringLiteral("dns/servers"));
    QSettings().remove(QStringLiteral("dns/zoneFiles"));
}

void TestMainWindow::init()
{
    Localization::apply(QStringLiteral("en"));
}

QString TestMainWindow::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

bool TestMainWindow::waitForAnalysis(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    return spy.wait(30000);
}

void TestMainWindow::drop(QWidget *target, QMimeData *mime)
{
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestMainWindow::dropFileShowsSummary()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/invoice.eml"))});
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    drop(&window, &mime);
    QVERIFY(spy.wait(30000));

    SummaryCard *card = window.summaryCard();
    QCOMPARE(card->valueText(QStringLiteral("from")), QStringLiteral("山田太郎 <yamada@example.jp>"));
    QCOMPARE(card->valueText(QStringLiteral("subject")), QStringLiteral("請求書のご案内"));
    QCOMPARE(card->valueText(QStringLiteral("to")), QStringLiteral("support@example.net"));
    QCOMPARE(card->valueText(QStringLiteral("message_id")), QStringLiteral("<20261123100000.1234@example.jp>"));
    QVERIFY(card->valueText(QStringLiteral("size")).contains(QStringLiteral("10 header fields")));
    QCOMPARE(window.headersView()->table()->model()->rowCount(), 10);
    QVERIFY(window.rawSourceView()->toPlainText().contains(QStringLiteral("お世話になっております")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("請求書のご案内")));
}

void TestMainWindow::switchLanguageAtRunTime()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/invoice.eml"));
    QVERIFY(waitForAnalysis(window));

    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Overview"));
    QCOMPARE(window.summaryCard()->labelText(QStringLiteral("from")), QStringLiteral("From"));
    const QString englishMenu = window.menuBar()->actions().first()->text();
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/mainwindow-en.png")));

    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(50);
    QCOMPARE(Localization::current(), QStringLiteral("ja"));
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("概要"));
    QCOMPARE(window.tabs()->tabText(5), QStringLiteral("ヘッダー"));
    QCOMPARE(window.summaryCard()->labelText(QStringLiteral("from")), QStringLiteral("差出人"));
    QVERIFY(window.menuBar()->actions().first()->text() != englishMenu);
    QVERIFY(window.summaryCard()->valueText(QStringLiteral("size")).contains(QStringLiteral("ヘッダー")));
    QVERIFY(window.summaryCard()->valueText(QStringLiteral("size")).contains(QStringLiteral("バイト")));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/mainwindow-ja.png")));

    // The choice is remembered for the next start.
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));

    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Overview"));
    QCOMPARE(window.menuBar()->actions().first()->text(), englishMenu);
}

void TestMainWindow::pastedTextIsAnalysed()
{
    MainWindow window;
    window.show();
    QFile file(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/invoice.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // A paste arrives as text with LF line endings.
    const QString text = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QMimeData mime;
    mime.setText(text);
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    drop(&window, &mime);
    QVERIFY(spy.wait(30000));
    const Report &report = window.currentReport();
    QCOMPARE(report.source.origin, QStringLiteral("paste"));
    QVERIFY(report.source.normalised.contains(QStringLiteral("lf_to_crlf")));
    QCOMPARE(report.summary.subject, QStringLiteral("請求書のご案内"));
    QVERIFY(window.summaryCard()->valueText(QStringLiteral("input")).contains(QStringLiteral("Pasted text")));
}

void TestMainWindow::mboxIsOfferedAsList()
{
    QByteArray mbox;
    for (int i = 1; i <= 3; ++i) {
        mbox += "From sender@example.com Mon Nov 23 10:00:00 2026\n";
        mbox += "From: sender@example.com\nSubject: message " + QByteArray::number(i) + "\n\nbody\n\n";
    }
    const QString path = m_dir.filePath(QStringLiteral("three.mbox"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(mbox);
    f.close();

    MainWindow window;
    window.show();
    window.openFile(path);
    QVERIFY(waitForAnalysis(window));
    TriagePanel *list = window.triagePanel();
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(list->isVisibleTo(&window));
    QCOMPARE(window.currentReport().summary.subject, QStringLiteral("message 1"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->finishedCount(), 3, 30000);
    list->selectRow(2);
    QCOMPARE(window.currentReport().summary.subject, QStringLiteral("message 3"));
    QCOMPARE(window.currentReport().source.index, 2);
}

void TestMainWindow::unreadableFileKeepsWindow()
{
    MainWindow window;
    window.show();
    window.openFile(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/invoice.eml"));
    QVERIFY(waitForAnalysis(window));
    // The warning box is modal; close it as soon as it appears.
    QTimer::singleShot(0, [] {
        QTimer *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                box->close();
                poll->deleteLater();
            }
        });
        poll->start(20);
    });
    window.openFile(m_dir.filePath(QStringLiteral("missing.eml")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    // The analysis on screen is still the previous one.
    QCOMPARE(window.currentReport().summary.subject, QStringLiteral("請求書のご案内"));
}

void TestMainWindow::sampleVerifiesOfflineWithItsZone()
{
    // The bundled sample carries its key in a bundled zone: offline, its signature passes.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openSample();
    QVERIFY(spy.wait(30000));
    const Report &report = window.currentReport();
    QCOMPARE(report.dkim.size(), 1);
    QCOMPARE(report.dkim.first().result, QStringLiteral("pass"));
    QVERIFY(std::any_of(report.dns.cbegin(), report.dns.cend(), [](const DnsAnswer &a) {
        return a.question.name == "s2024._domainkey.shop.example.com" && a.source == u"zone" && a.status == DnsStatus::NoError;
    }));
    QVERIFY(report.dmarcChecked);
    QCOMPARE(report.dmarc.result, QStringLiteral("pass"));
    QVERIFY(window.authenticationView()->dmarcCard());
    QCOMPARE(window.authenticationView()->dmarcCard()->result().result, QStringLiteral("pass"));
    QVERIFY(report.spfChecked);
    QCOMPARE(report.spf.result, QStringLiteral("pass"));
    QCOMPARE(QString::fromLatin1(report.spf.ip), QStringLiteral("198.51.100.25"));
    QVERIFY(window.authenticationView()->spfCard());
    QVERIFY(window.authenticationView()->arcCard());
    QCOMPARE(window.authenticationView()->arcCard()->result().result, QStringLiteral("pass"));
    QCOMPARE(window.authenticationView()->arcCard()->chain()->rowCount(), 1);
    QCOMPARE(window.authenticationView()->dkimCards().size(), 1);
    QCOMPARE(window.authenticationView()->dkimCards().first()->statusColor(), StatusStyle::background(StatusStyle::Tone::Good));
    auto *dnsStatus = window.findChild<QLabel *>(QStringLiteral("dnsStatus"));
    QVERIFY(dnsStatus);
    QVERIFY(dnsStatus->text().contains(QStringLiteral("offline")));
    window.tabs()->setCurrentWidget(window.authenticationView());
    QTest::qWait(200);
    QCOMPARE(window.authenticationView()->authResultsBlocks().size(), report.authResults.size());
    QVERIFY(window.authenticationView()->authResultsBlocks().first()->isVisible());
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/authentication-en.png")));
    QVERIFY(window.authenticationView()->widget()->grab().save(screenshotDir() + QStringLiteral("/authentication-full-en.png")));
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(200); // let the menu bar and the status bar lay out the new texts
    QVERIFY(dnsStatus->text().contains(QStringLiteral("オフライン")));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/authentication-ja.png")));
    window.setLanguage(QStringLiteral("en"));
}

void TestMainWindow::dnsSettingsArePersisted()
{
    DnsSettingsDialog dialog;
    DnsConfig config;
    config.servers = {QStringLiteral("127.0.0.1:5353"), QStringLiteral("[::1]:53")};
    config.timeoutMs = 5000;
    dialog.setConfig(config);
    const DnsConfig read = dialog.config();
    QCOMPARE(read.servers, config.servers);
    QCOMPARE(read.offline, false);
    QCOMPARE(read.timeoutMs, 5000);

    // A server that is not an IP address is refused with the dialog still open.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    auto *serverList = dialog.findChild<QLineEdit *>(QStringLiteral("dnsServerList"));
    QVERIFY(serverList);
    serverList->setText(QStringLiteral("dns.example.net"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    const DnsConfig saved = DnsSettingsDialog::loadSettings();
    DnsSettingsDialog::saveSettings(config);
    QCOMPARE(DnsSettingsDialog::loadSettings().servers, config.servers);
    DnsSettingsDialog::saveSettings(saved);
    QCOMPARE(DnsSettingsDialog::loadSettings().offline, true);
}

void TestMainWindow::authenticationResultsAreShownWithTrust()
{
    // A list message: the receiver's own field is trusted, the list server's is a claim, and
    // offline the signatures cannot be checked again, which the cards say next to the recorded
    // verdicts.
    MainWindow window;
    window.resize(1280, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/forwarded-list.eml"));
    QVERIFY(waitForAnalysis(window));
    const QList<AuthResultsBlock *> blocks = window.authenticationView()->authResultsBlocks();
    QCOMPARE(blocks.size(), window.currentReport().authResults.size());
    QVERIFY(blocks.size() >= 3);
    int trusted = 0;
    for (AuthResultsBlock *block : blocks) {
        if (block->field().trusted) {
            ++trusted;
            QCOMPARE(block->trustText(), QStringLiteral("Trusted"));
            QCOMPARE(block->field().authservId, QStringLiteral("mx.example.net"));
        } else if (!block->field().isArc()) {
            QCOMPARE(block->trustText(), QStringLiteral("Claim"));
        }
    }
    QCOMPARE(trusted, 1);
    const QList<DkimCard *> cards = window.authenticationView()->dkimCards();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.first()->result().recorded, QStringLiteral("pass"));
    QCOMPARE(cards.first()->result().recordedBy, QStringLiteral("mx.example.net"));
    QCOMPARE(cards.first()->result().result, QStringLiteral("temperror"));
    QVERIFY(cards.first()->differenceText().contains(QStringLiteral("could not check the signature again")));
    window.tabs()->setCurrentWidget(window.authenticationView());
    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/authresults-en.png")));
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(200);
    QCOMPARE(blocks.first()->field().trusted ? blocks.first()->trustText() : QStringLiteral("信頼"), QStringLiteral("信頼"));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/authresults-ja.png")));
    window.setLanguage(QStringLiteral("en"));
}

void TestMainWindow::hopsAreShownAsTimelineAndTable()
{
    // Ten relays from an application server on a private network to Gmail's mailbox servers; the
    // Exchange Online front end's clock is 18 s behind the Exim relay before it.
    MainWindow window;
    window.resize(1280, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/ten-hops.eml"));
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(window.tabs()->tabText(2), QStringLiteral("Authentication"));
    QCOMPARE(window.tabs()->tabText(3), QStringLiteral("Receiver's verdict"));
    QCOMPARE(window.tabs()->tabText(4), QStringLiteral("Hops"));
    QCOMPARE(window.tabs()->tabText(5), QStringLiteral("Headers"));
    window.tabs()->setCurrentWidget(window.hopsView());
    HopsView *view = window.hopsView();
    QCOMPARE(window.tabs()->currentWidget(), view);
    QCOMPARE(view->hopCount(), 10);
    QCOMPARE(view->summaryText(), QStringLiteral("10 hops, delivered in 1 h 5 min from the first to the last."));
    QVERIFY(view->findingsText().contains(QStringLiteral("18 seconds before")));

    // The boundary: Gmail's MX receiving from Exchange Online Protection.
    const HopTimeline &hops = window.currentReport().hops;
    QCOMPARE(hops.boundaryIndex, 7);
    QCOMPARE(hops.boundaryIp, QStringLiteral("40.107.20.100"));
    const QList<QFrame *> boxes = view->hopBoxes();
    QCOMPARE(boxes.size(), 10);
    for (QFrame *box : boxes) {
        const bool boundary = box->property("index").toInt() == 7;
        QCOMPARE(box->property("boundary").toBool(), boundary);
        QCOMPARE(box->findChild<QLabel *>(QStringLiteral("hopBoundary")) != nullptr, boundary);
        QCOMPARE(box->findChild<QLabel *>(QStringLiteral("hopTrust"))->text(),
                 box->property("index").toInt() >= 7 ? QStringLiteral("Trusted (added by the receiver)")
                                                     : QStringLiteral("Claimed by the sender"));
    }
    QVERIFY(boxes.at(7)->findChild<QLabel *>(QStringLiteral("hopBoundaryNote"))->text().contains(QStringLiteral("40.107.20.100")));
    QVERIFY(boxes.at(0)->findChild<QLabel *>(QStringLiteral("hopInternal")));
    QCOMPARE(boxes.at(2)->findChild<QLabel *>(QStringLiteral("hopTls"))->text(), QStringLiteral("Encrypted (TLSv1.3)"));
    QVERIFY(!boxes.at(0)->findChild<QLabel *>(QStringLiteral("hopTls")));
    QCOMPARE(HopsView::durationText(2), QStringLiteral("2 s"));
    QCOMPARE(HopsView::durationText(185), QStringLiteral("3 min 5 s"));
    QCOMPARE(HopsView::durationText(3725), QStringLiteral("1 h 2 min"));

    QTableWidget *table = view->table();
    QCOMPARE(table->rowCount(), 10);
    QCOMPARE(table->columnCount(), 9);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("10.20.30.40"));
    QCOMPARE(table->item(7, 8)->text(), QStringLiteral("Trusted, boundary")); // the boundary hop says so in words
    QCOMPARE(table->item(4, 7)->text(), QStringLiteral("−18 s"));

    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/hops-en.png")));
    view->showTable(true);
    QVERIFY(view->isTableShown());
    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/hops-table-en.png")));
    view->showTable(false);
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(200);
    QCOMPARE(view->hopBoxes().size(), 10);
    QVERIFY(view->hopBoxes().at(7)->property("boundary").toBool());
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/hops-ja.png")));
    window.setLanguage(QStringLiteral("en"));

    // A message that never travelled over SMTP says so instead of showing an empty timeline.
    window.openBytes("From: a@example.com\r\nTo: b@example.net\r\nSubject: draft\r\n\r\nHello\r\n", QStringLiteral("draft.eml"), true);
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(view->hopCount(), 0);
    QCOMPARE(view->table()->rowCount(), 0);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("hopsEmpty"))->isVisibleTo(view));
}

void TestMainWindow::hopsShowWhatCouldNotBeRead()
{
    // Line 1: a relay that named no host after "by" (spam kits write "by  (Postfix)"); line 3: not
    // a Received field at all. Each box says so with the field's line and the parser's reasons.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openBytes("Received: from [192.0.2.5] (account a@example.it HELO x.example.net)\r\n"
                     "\tby  (Postfix) with ESMTPA id 24hEA8; Tue, 14 May 2024 13:09:41 +0100\r\n"
                     "Received: this is not what it should be\r\n"
                     "From: a@example.it\r\nTo: b@example.net\r\nSubject: hops\r\n\r\nHello\r\n",
                     QStringLiteral("hops.eml"), false);
    QVERIFY(waitForAnalysis(window));
    HopsView *view = window.hopsView();
    const QList<QFrame *> boxes = view->hopBoxes();
    QCOMPARE(boxes.size(), 2);
    // Oldest first: the unreadable field (line 3), then the partial one (line 1).
    const auto label = [&boxes](int box, const char *name) {
        const QLabel *found = boxes.at(box)->findChild<QLabel *>(QLatin1StringView(name));
        return found ? found->text() : QStringLiteral("(no label %1)").arg(QLatin1StringView(name));
    };
    QCOMPARE(label(0, "hopStatus"), QStringLiteral("Could not be read (line 3)"));
    QVERIFY2(label(0, "hopFindings").contains(QStringLiteral("line 3 could not be read")), qPrintable(label(0, "hopFindings")));
    QCOMPARE(label(1, "hopStatus"), QStringLiteral("Read in part (line 1)"));
    QVERIFY2(label(1, "hopFindings").contains(QStringLiteral("could only be read in part")), qPrintable(label(1, "hopFindings")));
    QVERIFY(!view->table()->item(1, 0)->toolTip().isEmpty());
    // Both reasons also reach the report's findings, where the CLI and the JSON read them.
    QStringList keys;
    for (const Finding &f : window.currentReport().findings)
        keys << f.key;
    QVERIFY(keys.contains(QStringLiteral("received.partial")));
    QVERIFY(keys.contains(QStringLiteral("received.unreadable")));
}

void TestMainWindow::findingsAreListedBySeverity()
{
    // A forwarded headers-only paste: findings of three severities, some with a line, some
    // with a header field, most severe first and otherwise in the order they were found.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/headers-only.eml"));
    QVERIFY(waitForAnalysis(window));
    QList<Finding> expected = window.currentReport().findings;
    std::stable_sort(expected.begin(), expected.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    QVERIFY(expected.size() >= 5);
    QVERIFY(expected.first().severity == Severity::Warning);
    QVERIFY(expected.last().severity == Severity::Info);

    FindingsView *view = window.findingsView();
    const QAbstractItemModel *model = view->model();
    QCOMPARE(view->selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(!view->rootIsDecorated());
    QCOMPARE(model->columnCount(), 3);
    // The texts as the user reads them, in each language.
    const auto checkRows = [&](bool japanese) {
        const QStringList headers = japanese ? QStringList{QStringLiteral("重要度"), QStringLiteral("場所"), QStringLiteral("所見")}
                                             : QStringList{QStringLiteral("Severity"), QStringLiteral("Where"), QStringLiteral("Finding")};
        for (int column = 0; column < 3; ++column)
            QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), headers.at(column));
        QCOMPARE(model->rowCount(), expected.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            const Finding &f = expected.at(row);
            QCOMPARE(model->index(row, 0).data().toString(), Explanations::severityText(f.severity));
            QVERIFY(!model->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
            const QString where = japanese ? QStringLiteral("%1 行目") : QStringLiteral("line %1");
            QCOMPARE(model->index(row, 1).data().toString(), f.line > 0 ? where.arg(f.line) : QString());
            QString text = Explanations::text(f);
            if (!f.header.isEmpty())
                text = f.header + (japanese ? QStringLiteral("：") : QStringLiteral(": ")) + text;
            QCOMPARE(model->index(row, 2).data().toString(), text);
            QCOMPARE(model->index(row, 2).data(Qt::ToolTipRole).toString(), text);
            QVERIFY(model->flags(model->index(row, 0)) & Qt::ItemIsSelectable);
        }
    };
    checkRows(false);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("line 20"));
    QCOMPARE(model->index(0, 2).data().toString().left(16), QStringLiteral("DKIM-Signature: "));

    // Enter on a finding with a line shows that line in the raw source; one without does nothing.
    window.tabs()->setCurrentIndex(1);
    QSignalSpy lines(view, &FindingsView::lineActivated);
    const int withoutLine = int(std::find_if(expected.cbegin(), expected.cend(), [](const Finding &f) { return f.line == 0; })
                                - expected.cbegin());
    view->setFocus();
    view->setCurrentIndex(model->index(withoutLine, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(lines.count(), 0);
    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/findings-en.png")));
    view->setCurrentIndex(model->index(0, 0));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.first().first().toInt(), 20);
    QCOMPARE(window.tabs()->currentWidget(), window.rawSourceView());

    // The language switch retranslates every row in place.
    window.tabs()->setCurrentIndex(1);
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(200);
    checkRows(true);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/findings-ja.png")));
    window.setLanguage(QStringLiteral("en"));
    QTest::qWait(50);
    checkRows(false);

    // No findings: one row that says so and cannot be selected.
    FindingsView empty;
    empty.setFindings({});
    QCOMPARE(empty.model()->rowCount(), 1);
    QCOMPARE(empty.model()->index(0, 2).data().toString(),
             QStringLiteral("Kensa found no problems while reading this message."));
    QVERIFY(!empty.model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!(empty.model()->flags(empty.model()->index(0, 0)) & Qt::ItemIsSelectable));

    // Findings added one by one land in severity order without disturbing the rows before.
    empty.addFinding(makeFinding(QStringLiteral("message.headers_only"), Severity::Notice));
    empty.addFinding(makeFinding(QStringLiteral("sender.service"), Severity::Info, {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("evidence"), QStringLiteral("Y")}}));
    empty.addFinding(makeFinding(QStringLiteral("input.empty"), Severity::Error));
    QCOMPARE(empty.model()->rowCount(), 3);
    QCOMPARE(empty.model()->index(0, 0).data().toString(), Explanations::severityText(Severity::Error));
    QCOMPARE(empty.model()->index(1, 0).data().toString(), Explanations::severityText(Severity::Notice));
    QCOMPARE(empty.model()->index(2, 0).data().toString(), Explanations::severityText(Severity::Info));
    empty.clearFindings();
    QCOMPARE(empty.model()->rowCount(), 1);
}

void TestMainWindow::progressFollowsDnsAnswers()
{
    // The bundled sample against its zone: the status bar counts DNS answers received of
    // questions asked over the rounds (keys and SPF, DMARC's tree walk, iprev), the bar follows
    // them and is full when the report is shown; the findings stream into the Overview list.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
    QVERIFY(bar);
    QVERIFY(status);
    struct Step
    {
        int value, maximum;
        QString status;
    };
    QList<Step> steps;
    connect(bar, &QProgressBar::valueChanged, &window, [&](int value) { steps.append({value, bar->maximum(), status->text()}); });
    int streamed = 0;
    connect(window.findingsView()->model(), &QAbstractItemModel::rowsInserted, &window, [&] { ++streamed; });
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openSample();
    QVERIFY(shown.wait(30000));
    const int answers = int(window.currentReport().dns.size());
    QVERIFY(answers > 3);
    QVERIFY(steps.size() > 3);
    // The bar moved through the answers and ended full.
    QCOMPARE(steps.last().value, steps.last().maximum);
    QVERIFY(std::any_of(steps.cbegin(), steps.cend(), [](const Step &s) { return s.value > 0 && s.value < s.maximum; }));
    QVERIFY(std::any_of(steps.cbegin(), steps.cend(), [&](const Step &s) {
        return s.status == QStringLiteral("Analysing… %1 of %2 DNS answers received").arg(answers).arg(answers);
    }));
    QVERIFY(!bar->isVisible());
    QVERIFY(streamed > 0);
    QCOMPARE(window.findingsView()->model()->rowCount(), int(window.currentReport().findings.size()));
    QCOMPARE(status->text(), QStringLiteral("%1 findings").arg(window.currentReport().findings.size()));
}

void TestMainWindow::outlookMsgOpensAsHeadersOnly()
{
    // A .msg written here: the window reads its transport headers and says so.
    const QByteArray headers = "From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <yamada@example.jp>\r\nTo: support@example.net\r\n"
                               "Subject: =?UTF-8?B?6KuL5rGC5pu4?=\r\nDate: Mon, 23 Nov 2026 10:00:00 +0900\r\n"
                               "Message-ID: <outlook@example.jp>\r\n";
    const QByteArray msg = msgwriter::write(msgwriter::storage(
        {}, {msgwriter::stream(msgwriter::propertyStream(0x007D, 0x001F), msgwriter::utf16(QString::fromLatin1(headers))),
             msgwriter::stream(msgwriter::propertyStream(0x1000, 0x001F), msgwriter::utf16(u"本文"_qs))}));
    const QString path = m_dir.filePath(QStringLiteral("from-outlook.msg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(msg);
    file.close();

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QVERIFY(waitForAnalysis(window));
    SummaryCard *card = window.summaryCard();
    QCOMPARE(card->valueText(QStringLiteral("subject")), QStringLiteral("請求書"));
    QVERIFY2(card->valueText(QStringLiteral("input")).contains(u"Outlook .msg: its Internet headers only"_qs),
             qPrintable(card->valueText(QStringLiteral("input"))));
    QCOMPARE(window.headersView()->table()->model()->rowCount(), 5);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/outlook-msg-en.png")));
    Localization::apply(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    QVERIFY(card->valueText(QStringLiteral("input")).contains(u"インターネットヘッダーのみ"_qs));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/outlook-msg-ja.png")));
}

void TestMainWindow::openDialogOffersWhatKensaReads()
{
    const QString filter = MainWindow::openFileFilter();
    for (const char *pattern : {"*.eml", "*.msg", "*.mbox", "*.txt"})
        QVERIFY2(filter.contains(QLatin1String(pattern)), pattern);
    QVERIFY(!filter.contains(u"(*)"_qs)); // no "All files": nothing Kensa cannot read
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
