#include "core/dns/DnsConfig.h"
#include "core/i18n/Localization.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/checklist/RequirementDetail.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kensa;

namespace {

const QString Sample = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
const QString SampleZone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");
const QString OtherZone = QStringLiteral(KENSA_SOURCE_DIR "/tests/zones/other.example.zone");
const QString DmarcFail = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.eml");
const QString DmarcFailZone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.zone");

DnsConfig offlineWith(const QStringList &zones)
{
    DnsConfig config;
    config.offline = true;
    config.zoneFiles = zones;
    return config;
}

} // namespace

// The window's states between "nothing loaded" and "a message fully analysed", and re-analysis
// (issue 18, items 1 and 2), offscreen, with screenshots at 1280×800 in both languages.
class TestDeskStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void notMessage_data();
    void notMessage();
    void checkingThenUnreachable();
    void reanalyseAfterDnsChange();
    void f5Reanalyses();
    void cancelStopsAndSaysSo();
    void detailAdvice_data();
    void detailAdvice();
    void statusBarSaysDnsOnce_data();
    void statusBarSaysDnsOnce();
    void closeClearsTheMessage();
    void cleanupTestCase();

private:
    static QString screenshotDir();
    static void shoot(QWidget &window, const QString &name);
    // The texts of the status bar's visible labels.
    static QStringList statusTexts(MainWindow &window);
    // A DNS configuration that asks a server that never answers.
    DnsConfig silentDns(int timeoutMs) const;
    // A loopback UDP port where nobody answers: every DNS question times out.
    int m_silentSocket = -1;
    quint16 m_silentPort = 0;
};

void TestDeskStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDeskStates"));
    QVERIFY(QDir().mkpath(screenshotDir()));
    m_silentSocket = ::socket(AF_INET, SOCK_DGRAM, 0);
    QVERIFY(m_silentSocket >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(m_silentSocket, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(m_silentSocket, reinterpret_cast<sockaddr *>(&address), &length), 0);
    m_silentPort = ntohs(address.sin_port);
}

void TestDeskStates::cleanupTestCase()
{
    if (m_silentSocket >= 0)
        ::close(m_silentSocket);
}

void TestDeskStates::init()
{
    Localization::apply(QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("dns/offline"), true);
    QSettings().remove(QStringLiteral("dns/servers"));
    QSettings().remove(QStringLiteral("dns/zoneFiles"));
}

QString TestDeskStates::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

void TestDeskStates::shoot(QWidget &window, const QString &name)
{
    QVERIFY(window.grab().save(screenshotDir() + u'/' + name + QStringLiteral("-en.png")));
    Localization::apply(QStringLiteral("ja"));
    QTest::qWait(100); // the relayouts the new texts ask for
    QVERIFY(window.grab().save(screenshotDir() + u'/' + name + QStringLiteral("-ja.png")));
    Localization::apply(QStringLiteral("en"));
    QTest::qWait(100);
}

void TestDeskStates::notMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("pasted");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty-file") << QByteArray() << false << QStringLiteral("input is empty");
    QTest::newRow("png-renamed-eml") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24) << false
                                     << QStringLiteral("PNG file");
    QTest::newRow("chat-sentence") << QByteArray("hey, did you get the invoice I sent yesterday? thanks!") << true
                                   << QStringLiteral("not a header field");
}

void TestDeskStates::notMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, pasted);
    QFETCH(QString, says);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openBytes(bytes, pasted ? QString() : QStringLiteral("photo.eml"), pasted);
    QVERIFY(shown.wait(30000));
    ChecklistView *checklist = window.checklistView();
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::NotMessage);
    QCOMPARE(checklist->headlineText(), QStringLiteral("This is not an email message, so nothing is judged."));
    // What the input is and what to do, in words, whole: nothing stands below the banner, so
    // it is open and offers no "More".
    const QString detail = checklist->bannerDetailText();
    QVERIFY2(detail.contains(says), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral(".eml")), qPrintable(detail));
    auto *detailLabel = checklist->findChild<QLabel *>(QStringLiteral("checklistBannerDetail"));
    QVERIFY(detailLabel && detailLabel->isVisible());
    QCOMPARE(detailLabel->text(), detail);
    QVERIFY(detailLabel->height() >= detailLabel->heightForWidth(detailLabel->width()));
    QVERIFY(!checklist->isBannerExpandable());
    // No verdict word, no table of fails.
    QVERIFY(!checklist->headlineText().contains(QStringLiteral("Spam")));
    QVERIFY(checklist->results().isEmpty());
    QVERIFY(!checklist->matrix()->isVisible());
    QVERIFY(checklist->providerVerdictText(QStringLiteral("gmail")).isEmpty());
    shoot(window, QStringLiteral("state-not-message-") + QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(checklist->headlineText(), QStringLiteral("This is not an email message, so nothing is judged."));
}

void TestDeskStates::checkingThenUnreachable()
{
    // A DNS server that never answers: first "Checking… (n of m DNS answers)" with nothing
    // judged, then the verdict is unreliable and the DNS rows cannot be verified.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(silentDns(1000));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    ChecklistView *checklist = window.checklistView();
    QTRY_VERIFY_WITH_TIMEOUT(checklist->bannerState() == ChecklistView::BannerState::Checking
                                 && checklist->headlineText().contains(QStringLiteral("DNS answer")),
                             10000);
    QVERIFY2(checklist->headlineText().startsWith(QStringLiteral("Checking… (0 of ")), qPrintable(checklist->headlineText()));
    QCOMPARE(checklist->bannerDetailText(), QStringLiteral("Nothing is judged until every DNS answer is in."));
    // Nothing judged: no verdict word in the banner, no provider's line.
    QVERIFY(!checklist->headlineText().contains(QStringLiteral("Spam")));
    for (QLabel *label : checklist->banner()->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"verdict"))
            QVERIFY2(!label->isVisible(), qPrintable(label->objectName()));
    }
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(!window.resultStatusText().contains(QStringLiteral("Analysed")));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/state-checking-en.png")));
    Localization::apply(QStringLiteral("ja"));
    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/state-checking-ja.png")));
    Localization::apply(QStringLiteral("en"));
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.currentReport().dnsUnreliable, QStringLiteral("dns.unreachable"));
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::DnsUnreliable);
    QCOMPARE(checklist->headlineText(), QStringLiteral("The verdict is unreliable: Kensa's DNS cannot be reached."));
    QVERIFY2(checklist->bannerDetailText().startsWith(QStringLiteral("Kensa's DNS is unreachable:")),
             qPrintable(checklist->bannerDetailText()));
    // No confident red or green: DNS rows are not failed, no provider gets a verdict.
    for (const RequirementResult &r : checklist->results()) {
        if (RequirementEngine::needsDns(r.outcome.check))
            QVERIFY2(r.status != CheckStatus::Fail && r.status != CheckStatus::Warning, qPrintable(r.id));
    }
    for (QLabel *label : checklist->banner()->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"verdict"))
            QVERIFY2(!label->isVisible(), qPrintable(label->objectName()));
    }
    // The long reason is elided on the banner's second line, and "More" shows it whole.
    QVERIFY(checklist->isBannerExpandable());
    checklist->bannerMoreButton()->click();
    QVERIFY(checklist->isBannerExpanded());
    auto *detailLabel = checklist->findChild<QLabel *>(QStringLiteral("checklistBannerDetail"));
    QCOMPARE(detailLabel->text(), checklist->bannerDetailText());
    QTest::qWait(100);
    QTRY_VERIFY(detailLabel->height() >= detailLabel->heightForWidth(detailLabel->width()));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/state-dns-unreachable-more-en.png")));
    checklist->bannerMoreButton()->click();
    QVERIFY(!checklist->isBannerExpanded());
    QVERIFY2(window.resultStatusText().contains(QStringLiteral("Analysed at ")), qPrintable(window.resultStatusText()));
    QVERIFY2(window.resultStatusText().contains(QStringLiteral("with DNS: 127.0.0.1:")), qPrintable(window.resultStatusText()));
    shoot(window, QStringLiteral("state-dns-unreachable"));
}

void TestDeskStates::reanalyseAfterDnsChange()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(offlineWith({SampleZone}));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    QVERIFY(shown.wait(30000));
    QVERIFY(!window.currentReport().dkim.isEmpty());
    QCOMPARE(window.currentReport().dkim.first().result, QStringLiteral("pass"));
    QVERIFY(window.resultStatusText().contains(QStringLiteral("offline, 1 zone file")));
    const QString before = window.checklistView()->providerVerdictText(QStringLiteral("gmail"));

    // Another zone file, without the sample's key: the open message is analysed again.
    window.applyDnsConfig(offlineWith({OtherZone}));
    QVERIFY(shown.wait(30000));
    QVERIFY(window.currentReport().dkim.first().result != u"pass");
    QVERIFY(window.checklistView()->providerVerdictText(QStringLiteral("gmail")) != before);
    QVERIFY(window.resultStatusText().contains(QStringLiteral("offline, 1 zone file")));
}

void TestDeskStates::f5Reanalyses()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(offlineWith({SampleZone}));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    QVERIFY(!window.reanalyseAction()->isEnabled());
    window.openFile(Sample);
    QVERIFY(shown.wait(30000));
    QVERIFY(window.reanalyseAction()->isEnabled());
    QCOMPARE(window.reanalyseAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(window.currentReport().dkim.first().result, QStringLiteral("pass"));
}

void TestDeskStates::cancelStopsAndSaysSo()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(silentDns(5000));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    ChecklistView *checklist = window.checklistView();
    QTRY_VERIFY_WITH_TIMEOUT(checklist->bannerState() == ChecklistView::BannerState::Checking, 10000);
    auto *button = window.findChild<QToolButton *>(QStringLiteral("cancelAnalysisButton"));
    QVERIFY(button && button->isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isBusy());
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::Cancelled);
    QCOMPARE(checklist->headlineText(), QStringLiteral("The analysis was cancelled, so nothing is judged."));
    QVERIFY(checklist->bannerDetailText().contains(QStringLiteral("View > Re-analyse (F5)")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
    QVERIFY(status->text().startsWith(QStringLiteral("Analysis cancelled.")));
    QVERIFY(!button->isVisible());
    shoot(window, QStringLiteral("state-cancelled"));
    // Nothing arrives afterwards: the analysis stopped.
    QVERIFY(!shown.wait(7000));
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::Cancelled);
}

DnsConfig TestDeskStates::silentDns(int timeoutMs) const
{
    DnsConfig config;
    config.servers = {QStringLiteral("127.0.0.1:%1").arg(m_silentPort)};
    config.timeoutMs = timeoutMs;
    config.tries = 1;
    return config;
}

QStringList TestDeskStates::statusTexts(MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

void TestDeskStates::detailAdvice_data()
{
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("absent");
    // The sample's own zone: DMARC has no record, a real failure, and the fix is advised.
    QTest::newRow("verified-fail-advises") << false << QStringLiteral("How to fix it")
                                           << QStringLiteral("Why it cannot be verified");
    // Kensa's DNS is unreachable: nothing about the record is known, so no "start with p=none".
    QTest::newRow("unreachable-no-advice") << true << QStringLiteral("Why it cannot be verified")
                                           << QStringLiteral("Start with p=none");
}

// The detail of a DNS row gives advice only when the data it assumes is there.
void TestDeskStates::detailAdvice()
{
    QFETCH(bool, unreachable);
    QFETCH(QString, heading);
    QFETCH(QString, absent);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(unreachable ? silentDns(500) : offlineWith({DmarcFailZone}));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(DmarcFail);
    QVERIFY(shown.wait(30000));
    ChecklistView *checklist = window.checklistView();
    checklist->selectCell(QStringLiteral("AUTH-DMARC-RECORD"), QStringLiteral("gmail"));
    const QString text = checklist->detail()->toPlainText();
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY2(!text.contains(absent), qPrintable(text));
    if (unreachable) {
        QVERIFY2(!text.contains(QStringLiteral("How to fix it")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kensa's DNS is unreachable")), qPrintable(text));
    }
    shoot(window, QStringLiteral("state-detail-") + QString::fromLatin1(QTest::currentDataTag()));
}

void TestDeskStates::statusBarSaysDnsOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dns");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("DNS");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("DNS");
}

// The status bar names the DNS once: "Analysed at … with DNS: …" beside the result, brackets
// balanced and not nested in Japanese.
void TestDeskStates::statusBarSaysDnsOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, dns);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    window.applyDnsConfig(offlineWith({SampleZone}));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    QVERIFY(shown.wait(30000));
    const QString all = statusTexts(window).join(u'\n');
    QCOMPARE(all.count(dns), 1);
    QCOMPARE(all.count(u'('), all.count(u')'));
    QCOMPARE(all.count(u'（'), all.count(u'）'));
    QVERIFY2(!all.contains(QStringLiteral("））")) && !all.contains(QStringLiteral("))")), qPrintable(all));
    const QString expected = language == u"ja" ? QStringLiteral("、DNS：オフライン（ゾーンファイル 1 件）")
                                               : QStringLiteral(" with DNS: offline, 1 zone file");
    QVERIFY2(window.resultStatusText().endsWith(expected), qPrintable(window.resultStatusText()));
    QVERIFY(window.statusBar()->grab().save(screenshotDir() + QStringLiteral("/status-bar-") + language + QStringLiteral(".png")));
}

// File > Close Message leaves nothing of the message: the welcome page, no "Analysed at …",
// nothing to re-analyse.
void TestDeskStates::closeClearsTheMessage()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.applyDnsConfig(offlineWith({SampleZone}));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    QVERIFY(shown.wait(30000));
    QVERIFY(window.resultStatusText().startsWith(QStringLiteral("Analysed at ")));
    QVERIFY(window.reanalyseAction()->isEnabled());
    QTest::keySequence(&window, QKeySequence::Close);
    QVERIFY2(!window.resultStatusText().contains(QStringLiteral("Analysed")), qPrintable(window.resultStatusText()));
    QCOMPARE(window.resultStatusText(), QStringLiteral("DNS: offline, 1 zone file"));
    QVERIFY(!window.reanalyseAction()->isEnabled());
    QCOMPARE(window.checklistView()->bannerState(), ChecklistView::BannerState::Empty);
    QVERIFY(!window.checklistView()->isVisible());
    QVERIFY(window.currentReport().findings.isEmpty());
    // F5 has nothing to analyse again.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.isBusy());
    QVERIFY(!shown.wait(500));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/state-closed-en.png")));
}

QTEST_MAIN(TestDeskStates)
#include "TestDeskStates.moc"
