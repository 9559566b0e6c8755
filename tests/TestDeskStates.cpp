#include "core/dns/DnsConfig.h"
#include "core/i18n/Localization.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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
    void cleanupTestCase();

private:
    static QString screenshotDir();
    static void shoot(QWidget &window, const QString &name);
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
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(screenshotDir() + u'/' + name + QStringLiteral("-ja.png")));
    Localization::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
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
    const QString headline = checklist->headlineText();
    QVERIFY2(headline.startsWith(QStringLiteral("This is not an email message:")), qPrintable(headline));
    QVERIFY2(headline.contains(says), qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral(".eml")), qPrintable(headline));
    // No verdict word, no table of fails.
    QVERIFY(!headline.contains(QStringLiteral("Spam")));
    QVERIFY(checklist->results().isEmpty());
    QVERIFY(!checklist->matrix()->isVisible());
    QVERIFY(checklist->providerVerdictText(QStringLiteral("gmail")).isEmpty());
    shoot(window, QStringLiteral("state-not-message-") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(checklist->headlineText().startsWith(QStringLiteral("This is not an email message:")));
}

void TestDeskStates::checkingThenUnreachable()
{
    // A DNS server that never answers: first "Checking… (n of m DNS answers)" with nothing
    // judged, then the verdict is unreliable and the DNS rows cannot be verified.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DnsConfig config;
    config.servers = {QStringLiteral("127.0.0.1:%1").arg(m_silentPort)};
    config.timeoutMs = 1000;
    config.tries = 1;
    window.applyDnsConfig(config);
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    ChecklistView *checklist = window.checklistView();
    QTRY_VERIFY_WITH_TIMEOUT(checklist->bannerState() == ChecklistView::BannerState::Checking
                                 && checklist->headlineText().contains(QStringLiteral("DNS answer")),
                             10000);
    QVERIFY2(checklist->headlineText().startsWith(QStringLiteral("Checking… (0 of ")), qPrintable(checklist->headlineText()));
    QVERIFY(!checklist->headlineText().contains(QStringLiteral("Spam")));
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/state-checking-en.png")));
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.currentReport().dnsUnreliable, QStringLiteral("dns.unreachable"));
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::DnsUnreliable);
    QVERIFY2(checklist->headlineText().startsWith(QStringLiteral("The verdict is unreliable:")), qPrintable(checklist->headlineText()));
    for (const RequirementResult &r : checklist->results()) {
        if (RequirementEngine::needsDns(r.outcome.check))
            QVERIFY2(r.status != CheckStatus::Fail && r.status != CheckStatus::Warning, qPrintable(r.id));
    }
    QVERIFY2(window.resultStatusText().contains(QStringLiteral("DNS server 127.0.0.1:")), qPrintable(window.resultStatusText()));
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
    DnsConfig config;
    config.servers = {QStringLiteral("127.0.0.1:%1").arg(m_silentPort)};
    config.timeoutMs = 5000;
    config.tries = 1;
    window.applyDnsConfig(config);
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(Sample);
    ChecklistView *checklist = window.checklistView();
    QTRY_VERIFY_WITH_TIMEOUT(checklist->bannerState() == ChecklistView::BannerState::Checking, 10000);
    auto *button = window.findChild<QToolButton *>(QStringLiteral("cancelAnalysisButton"));
    QVERIFY(button && button->isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isBusy());
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::Cancelled);
    QVERIFY(checklist->headlineText().contains(QStringLiteral("cancelled")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
    QVERIFY(status->text().startsWith(QStringLiteral("Analysis cancelled.")));
    QVERIFY(!button->isVisible());
    shoot(window, QStringLiteral("state-cancelled"));
    // Nothing arrives afterwards: the analysis stopped.
    QVERIFY(!shown.wait(7000));
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::Cancelled);
}

QTEST_MAIN(TestDeskStates)
#include "TestDeskStates.moc"
