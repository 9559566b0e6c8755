#include "core/i18n/Localization.h"
#include "ui/AboutDialog.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/MainWindow.h"
#include "ui/PasteDialog.h"
#include "ui/auth/AuthenticationView.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace kensa;

// Every screen the user can reach, offscreen, in both languages and at the two window sizes
// the layout is designed for: the welcome page, each tab with the samples opened offline with
// their DNS zones, the menus and the dialogs (DNS settings, paste, about). The PNGs go to
// tests/screenshots/ in the build folder, to be looked at; the test itself fails on what a
// look would catch mechanically: an English label left in the Japanese window.
class TestScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabs_data();
    void tabs();
    void dialogs_data();
    void dialogs();

private:
    static QString dir();
    static bool save(QWidget *widget, const QString &name);
    static bool open(MainWindow &window, const QString &sample);
    static QStringList englishLabels(QWidget *root);
};

void TestScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestScreens"));
    QVERIFY(QDir().mkpath(dir()));
    QSettings settings;
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.remove(QStringLiteral("dns/servers"));
    settings.setValue(QStringLiteral("checklist/bulk"), false);
}

void TestScreens::init()
{
    // Each sample's DNS snapshot sits beside it; offline, they answer as the receiver's DNS did.
    const QDir samples(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples"));
    QStringList zones;
    for (const QString &zone : samples.entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name))
        zones << samples.filePath(zone);
    QSettings().setValue(QStringLiteral("dns/zoneFiles"), zones);
    Localization::apply(QStringLiteral("en"));
}

QString TestScreens::dir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

bool TestScreens::save(QWidget *widget, const QString &name)
{
    return widget->grab().save(dir() + u'/' + name + QStringLiteral(".png"));
}

bool TestScreens::open(MainWindow &window, const QString &sample)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + sample);
    return spy.wait(30000);
}

// Visible labels whose text is English words only (three letters or more, no Japanese): in
// the Japanese window these are untranslated strings. Message content (subjects, addresses,
// header values, tokens in parentheses) contains other characters or is not in a QLabel title.
QStringList TestScreens::englishLabels(QWidget *root)
{
    static const QRegularExpression words(QStringLiteral("^[A-Za-z][a-z]+( [a-z]+){1,}[.:]?$"));
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root))
            continue;
        const QString text = label->text().trimmed();
        if (words.match(text).hasMatch())
            found << text;
    }
    return found;
}

void TestScreens::tabs_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    const QStringList samples{QStringLiteral("newsletter.eml"), QStringLiteral("dmarc-fail.eml"),
                              QStringLiteral("forwarded-list.eml"), QStringLiteral("japanese-iso2022jp.eml")};
    for (const QString &sample : samples)
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")})
            for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)})
                QTest::newRow(qPrintable(QFileInfo(sample).baseName() + u'-' + language + u'-'
                                         + QString::number(size.width())))
                    << sample << language << size;
}

void TestScreens::tabs()
{
    QFETCH(QString, sample);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QString suffix = language + u'-' + QString::number(size.width()) + u'x' + QString::number(size.height());
    const QString base = QFileInfo(sample).baseName();

    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QTest::qWait(50);
    if (sample == u"newsletter.eml") {
        QTest::qWait(200); // the relayout after the language switch
        QVERIFY(save(&window, u"welcome-"_qs + suffix));
    }
    QVERIFY(open(window, sample));

    QTabWidget *tabs = window.tabs();
    QStringList english;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        QVERIFY(save(&window, base + u"-tab"_qs + QString::number(i) + u'-' + suffix));
        // No page may force the window wider than the screen it was designed for.
        QVERIFY2(window.width() <= size.width(), qPrintable(tabs->tabText(i) + u' ' + QString::number(window.width())));
        if (language == u"ja")
            english << englishLabels(tabs->widget(i));
    }
    // The authentication page scrolls: its whole content once.
    QVERIFY(save(window.authenticationView()->widget(), base + u"-auth-full-"_qs + suffix));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | ")));
    window.setLanguage(QStringLiteral("en"));
}

void TestScreens::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestScreens::dialogs()
{
    QFETCH(QString, language);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QTest::qWait(50);

    // The menus, opened one by one.
    for (QAction *action : window.menuBar()->actions()) {
        QMenu *menu = action->menu();
        if (!menu)
            continue;
        menu->popup(QPoint(0, 0));
        QTest::qWait(50);
        QVERIFY(save(menu, u"menu-"_qs + QString::number(window.menuBar()->actions().indexOf(action)) + u'-'
                               + language));
        menu->hide();
    }

    DnsSettingsDialog dns(&window);
    dns.setConfig(DnsSettingsDialog::loadSettings());
    dns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dns));
    QVERIFY(save(&dns, u"dialog-dns-"_qs + language));
    dns.hide();

    PasteDialog paste(&window);
    paste.show();
    QVERIFY(QTest::qWaitForWindowExposed(&paste));
    QVERIFY(save(&paste, u"dialog-paste-"_qs + language));
    paste.setText(QStringLiteral("From: a@example.jp\nSubject: test\n\nbody\n"));
    QTest::qWait(20);
    QVERIFY(save(&paste, u"dialog-paste-filled-"_qs + language));
    paste.hide();

    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QVERIFY(save(&about, u"dialog-about-"_qs + language));
    about.hide();
    if (language == u"ja") {
        for (QWidget *dialog : std::initializer_list<QWidget *>{&dns, &paste, &about}) {
            const QStringList english = englishLabels(dialog);
            QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | ")));
        }
    }
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestScreens)
#include "TestScreens.moc"
