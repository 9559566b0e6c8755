#include "core/i18n/Localization.h"
#include "ui/EvidenceBanner.h"
#include "ui/MainWindow.h"
#include "ui/triage/TriageModel.h"
#include "ui/triage/TriagePanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kensa;

// File > Save Evidence… on the real window, offscreen, and the bundle dropped back on it: the
// same verdicts, judged at the saved time with the bundle's DNS answers only, and a banner that
// says so. Screenshots at 1280×800 in English and Japanese under the build folder.
class TestEvidenceWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndReopen();
    void savesTheMailboxRowShown();
    void openDialogAcceptsBundles();

private:
    // Triggers Save Evidence… and answers its file dialog with `path`.
    static void saveThroughDialog(MainWindow &window, const QString &path);
    static QString screenshotDir() { return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"); }
    QTemporaryDir m_dir;
};

void TestEvidenceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestEvidenceWindow"));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(screenshotDir()));
    // Never live DNS in tests: offline, no zone files. The sample brings its own zone.
    QSettings().setValue(QStringLiteral("dns/offline"), true);
    QSettings().remove(QStringLiteral("dns/servers"));
    QSettings().remove(QStringLiteral("dns/zoneFiles"));
    QSettings().setValue(QStringLiteral("lastDirectory"), m_dir.path());
    Localization::apply(QStringLiteral("en"));
}

void TestEvidenceWindow::saveThroughDialog(MainWindow &window, const QString &path)
{
    // The save dialog is modal: answer it with a file name as soon as it appears.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&path, &poll] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            // A dialog still filling its directory model can put its suggested name back over
            // another one: accept only once it holds the path (the tests save under the name
            // the dialog suggests, so it does at once).
            dialog->selectFile(path);
            if (dialog->selectedFiles().value(0) != path)
                return;
            poll.stop();
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
        }
    });
    poll.start(20);
    window.findChild<QAction *>(QStringLiteral("saveEvidenceAction"))->trigger();
    poll.stop();
}

void TestEvidenceWindow::saveAndReopen()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openSample();
    QVERIFY(shown.wait(30000));
    const Report first = window.currentReport();
    QCOMPARE(first.dkim.value(0).result, QStringLiteral("pass")); // the key came from the sample's zone
    QVERIFY(!window.evidenceBanner()->isVisible());

    auto *save = window.findChild<QAction *>(QStringLiteral("saveEvidenceAction"));
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        inFileMenu = inFileMenu || (menu->menu() && menu->menu()->actions().contains(save));
    QVERIFY(inFileMenu);

    const QString path = m_dir.filePath(QStringLiteral("newsletter.kensa"));
    saveThroughDialog(window, path);
    QVERIFY(QFile::exists(path));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusText"))->text().contains(u"newsletter.kensa"));

    // Dropped back on the window, as a colleague would open it; dropped with another message,
    // the bundle is still replayed alone (offline), not listed with the other one.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(KENSA_TEST_DATA_DIR "/ui/invoice.eml")), QUrl::fromLocalFile(path)});
    const QPointF pos(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(shown.wait(30000));

    const Report again = window.currentReport();
    QCOMPARE(again.source.file, path);
    QCOMPARE(again.source.normalised.value(0), QStringLiteral("evidence_bundle"));
    QCOMPARE(again.analysisTime, first.analysisTime);
    QCOMPARE(again.dkim, first.dkim);
    QCOMPARE(again.arc, first.arc);
    // SPF keeps the DNS answers it used, which name where they came from (the sample's zone,
    // then the bundle's snapshot); everything else must be the same.
    SpfResult spfAgain = again.spf;
    SpfResult spfFirst = first.spf;
    spfAgain.answers.clear();
    spfFirst.answers.clear();
    QCOMPARE(spfAgain, spfFirst);
    QCOMPARE(again.spf.answers.size(), first.spf.answers.size());
    QCOMPARE(again.dmarc.result, first.dmarc.result);
    QCOMPARE(again.dmarc.policy, first.dmarc.policy);
    QCOMPARE(again.requirements, first.requirements);
    QCOMPARE(again.findings, first.findings);
    for (const DnsAnswer &answer : again.dns)
        QVERIFY(answer.source != u"live");

    EvidenceBanner *banner = window.evidenceBanner();
    QVERIFY(banner->isVisible());
    const auto bannerText = [banner] { return banner->findChild<QLabel *>(QStringLiteral("evidenceBannerText"))->text(); };
    QVERIFY(bannerText().contains(u"evidence bundle saved at"));
    QVERIFY(bannerText().contains(u"offline"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("dnsStatus"))->text().contains(u"offline"));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/evidence-reopened-en.png")));

    window.setLanguage(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    QVERIFY(bannerText().contains(u"エビデンスファイル"));
    QCOMPARE(save->text(), QStringLiteral("エビデンスを保存(&E)…"));
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/evidence-reopened-ja.png")));
    window.setLanguage(QStringLiteral("en"));

    // An ordinary message afterwards is analysed at the current time again, with no banner.
    window.openSample();
    QVERIFY(shown.wait(30000));
    QVERIFY(!banner->isVisible());
    QVERIFY(window.currentReport().analysisTime >= first.analysisTime);
    QVERIFY(!window.currentReport().source.evidenceSavedAt.isValid());
}

// In a mailbox, the bundle holds the message of the row on screen, not the first one.
void TestEvidenceWindow::savesTheMailboxRowShown()
{
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openFile(QStringLiteral(KENSA_TEST_DATA_DIR "/mbox/three.mbox"));
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(window.triagePanel()->model()->finishedCount(), 3, 30000);
    window.triagePanel()->selectRow(2);
    QCOMPARE(window.currentReport().source.index, 2);
    const QString subject = window.currentReport().summary.subject;

    // The name the dialog suggests: the mailbox's, whichever row is saved.
    const QString path = m_dir.filePath(QStringLiteral("three.kensa"));
    saveThroughDialog(window, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const LoadedInput loaded = InputLoader::load(file.readAll(), path, PasteNormalizer::Origin::File);
    QVERIFY(loaded.evidence.has_value());
    QCOMPARE(loaded.evidence->sourceIndex, 2);
    QCOMPARE(loaded.evidence->sourceFile, QStringLiteral("three.mbox"));

    window.openFile(path);
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.currentReport().summary.subject, subject);
    QVERIFY(!window.triagePanel()->isVisibleTo(&window));
}

void TestEvidenceWindow::openDialogAcceptsBundles()
{
    const QString filter = MainWindow::openFileFilter();
    QVERIFY(filter.section(QStringLiteral(";;"), 0, 0).contains(u"*.kensa"));
    QVERIFY(filter.contains(u"Kensa evidence bundles (*.kensa)"));
}

QTEST_MAIN(TestEvidenceWindow)
#include "TestEvidenceWindow.moc"
