#include "core/i18n/Localization.h"
#include "ui/AboutDialog.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/HelpWindow.h"
#include "ui/MainWindow.h"
#include "ui/PasteDialog.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/hops/HopsView.h"
#include "ui/message/HeadersView.h"
#include "ui/message/RawSourceView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QWindow>

using namespace kensa;

// The window by keyboard and for assistive technology: tabs switch from any view (a table must
// not keep Ctrl+Tab), F1 opens the bundled help in the UI's language, every action has its
// standard key and a status tip, every control a name, and the boundary hop is told by an icon
// and a word, not by colour alone.
class TestKeyboardHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsSwitchFromAnyView_data();
    void tabsSwitchFromAnyView();
    void actionsHaveStandardKeys_data();
    void actionsHaveStandardKeys();
    void everyActionHasATip();
    void helpOpensWithF1_data();
    void helpOpensWithF1();
    void helpFollowsTheLanguage();
    void helpLoadsNothingOutside();
    void helpPagesHaveTheSameSections();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void boundaryHopIsMarkedByIconAndWord_data();
    void boundaryHopIsMarkedByIconAndWord();

private:
    static QString screenshotDir();
    static bool openSample(MainWindow &window);
    static QWidget *focusTarget(MainWindow &window, const QString &view);
    static QStringList unnamedControls(QWidget *root);
    static QList<QAction *> allActions(MainWindow &window);
};

void TestKeyboardHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestKeyboardHelp"));
    QSettings().setValue(QStringLiteral("dns/offline"), true);
    QSettings().remove(QStringLiteral("dns/servers"));
    QSettings().remove(QStringLiteral("dns/zoneFiles"));
    QVERIFY(QDir().mkpath(screenshotDir()));
}

void TestKeyboardHelp::init()
{
    Localization::apply(QStringLiteral("en"));
}

QString TestKeyboardHelp::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

bool TestKeyboardHelp::openSample(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openSample();
    return spy.wait(30000);
}

// The widget that takes the keyboard focus in a view of the window.
QWidget *TestKeyboardHelp::focusTarget(MainWindow &window, const QString &view)
{
    QTabWidget *tabs = window.tabs();
    if (view == u"checklist") {
        tabs->setCurrentWidget(window.checklistView());
        return window.checklistView()->matrix();
    }
    if (view == u"headers") {
        tabs->setCurrentWidget(window.headersView());
        return window.headersView()->table();
    }
    if (view == u"raw") {
        tabs->setCurrentWidget(window.rawSourceView());
        return window.rawSourceView();
    }
    if (view == u"hops-table") {
        tabs->setCurrentWidget(window.hopsView());
        window.hopsView()->showTable(true);
        return window.hopsView()->table();
    }
    if (view == u"tab-bar") {
        tabs->setCurrentWidget(window.checklistView());
        return tabs->tabBar();
    }
    return nullptr;
}

void TestKeyboardHelp::tabsSwitchFromAnyView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("step");

    const int ctrl = int(Qt::ControlModifier);
    const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("checklist-ctrl-tab") << u"checklist"_qs << int(Qt::Key_Tab) << ctrl << 1;
    QTest::newRow("checklist-ctrl-pgdown") << u"checklist"_qs << int(Qt::Key_PageDown) << ctrl << 1;
    QTest::newRow("checklist-ctrl-shift-tab") << u"checklist"_qs << int(Qt::Key_Backtab) << ctrlShift << -1;
    QTest::newRow("checklist-ctrl-pgup") << u"checklist"_qs << int(Qt::Key_PageUp) << ctrl << -1;
    QTest::newRow("headers-ctrl-tab") << u"headers"_qs << int(Qt::Key_Tab) << ctrl << 1;
    QTest::newRow("headers-ctrl-pgup") << u"headers"_qs << int(Qt::Key_PageUp) << ctrl << -1;
    QTest::newRow("hops-table-ctrl-pgdown") << u"hops-table"_qs << int(Qt::Key_PageDown) << ctrl << 1;
    QTest::newRow("raw-ctrl-tab-wraps") << u"raw"_qs << int(Qt::Key_Tab) << ctrl << 1;
    QTest::newRow("raw-ctrl-shift-tab") << u"raw"_qs << int(Qt::Key_Backtab) << ctrlShift << -1;
    QTest::newRow("tab-bar-ctrl-tab") << u"tab-bar"_qs << int(Qt::Key_Tab) << ctrl << 1;
}

void TestKeyboardHelp::tabsSwitchFromAnyView()
{
    QFETCH(QString, view);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, step);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openSample(window));
    QWidget *target = focusTarget(window, view);
    QVERIFY(target);
    target->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(target->hasFocus());

    QTabWidget *tabs = window.tabs();
    const int before = tabs->currentIndex();
    const int expected = (before + step + tabs->count()) % tabs->count();
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(tabs->currentIndex(), expected);
}

void TestKeyboardHelp::actionsHaveStandardKeys_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("standard");

    QTest::newRow("open") << u"openAction"_qs << int(QKeySequence::Open);
    QTest::newRow("paste") << u"pasteAction"_qs << int(QKeySequence::Paste);
    QTest::newRow("save-snapshot") << u"saveSnapshotAction"_qs << int(QKeySequence::Save);
    QTest::newRow("close") << u"closeAction"_qs << int(QKeySequence::Close);
    QTest::newRow("quit") << u"quitAction"_qs << int(QKeySequence::Quit);
    QTest::newRow("help") << u"helpContentsAction"_qs << int(QKeySequence::HelpContents);
    QTest::newRow("next-tab") << u"nextTabAction"_qs << int(QKeySequence::NextChild);
    QTest::newRow("previous-tab") << u"previousTabAction"_qs << int(QKeySequence::PreviousChild);
}

void TestKeyboardHelp::actionsHaveStandardKeys()
{
    QFETCH(QString, action);
    QFETCH(int, standard);
    MainWindow window;
    auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::StandardKey(standard)))
        QVERIFY2(found->shortcuts().contains(key), qPrintable(key.toString()));
}

QList<QAction *> TestKeyboardHelp::allActions(MainWindow &window)
{
    QList<QAction *> out;
    QList<QAction *> todo = window.menuBar()->actions() + window.actions();
    while (!todo.isEmpty()) {
        QAction *action = todo.takeFirst();
        if (action->menu())
            todo += action->menu()->actions();
        else if (!action->isSeparator() && !out.contains(action))
            out << action;
    }
    return out;
}

void TestKeyboardHelp::everyActionHasATip()
{
    for (const QString &language : {u"en"_qs, u"ja"_qs}) {
        MainWindow window;
        window.setLanguage(language);
        const QList<QAction *> actions = allActions(window);
        QVERIFY(actions.size() >= 15);
        QStringList missing;
        for (QAction *action : actions) {
            if (action->statusTip().isEmpty() || action->toolTip().isEmpty() || action->text().isEmpty())
                missing << language + u": "_qs + action->text();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u" | ")));
    }
}

void TestKeyboardHelp::helpOpensWithF1_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // The tabs by their names on screen, the badges, and each program's menu names.
    QTest::newRow("en") << u"en"_qs
                        << QStringList{u"Kensa Help"_qs, u"Checklist"_qs, u"Receiver's verdict"_qs, u"Raw source"_qs,
                                       u"Can't tell"_qs, u"Show original"_qs, u"View message source"_qs,
                                       u"Internet headers"_qs, u"View raw message"_qs,
                                       u"View > Message > Raw Source"_qs, u"View > Message Source"_qs, u"Ctrl+U"_qs};
    QTest::newRow("ja") << u"ja"_qs
                        << QStringList{u"Kensa ヘルプ"_qs, u"チェックリスト"_qs, u"受信サーバーの判定"_qs, u"配送経路"_qs,
                                       u"適合"_qs, u"不適合"_qs, u"要注意"_qs, u"判定不能"_qs, u"対象外"_qs,
                                       u"「メッセージのソースを表示」"_qs, u"「ファイル > プロパティ」"_qs,
                                       u"「インターネット ヘッダー」"_qs, u"View raw message"_qs,
                                       u"「表示 > メッセージ > ソースを表示」"_qs, u"「表示 > メッセージのソース」"_qs,
                                       u"Show original"_qs};
}

void TestKeyboardHelp::helpOpensWithF1()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setLanguage(language);
    QVERIFY(openSample(window));
    QWidget *table = focusTarget(window, u"checklist"_qs);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(!window.helpWindow());

    QTest::keyClick(table, Qt::Key_F1);
    HelpWindow *help = window.helpWindow();
    QVERIFY(help);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QCOMPARE(help->language(), language);
    const QString text = help->browser()->toPlainText();
    for (const QString &words : expected)
        QVERIFY2(text.contains(words), qPrintable(words));
    // The keyboard section lists the keys of this window, as this platform names them.
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                    QKeySequence(QKeySequence::HelpContents)})
        QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)), qPrintable(key.toString()));
    QVERIFY(!text.contains(u"kensa:shortcuts"_qs));

    help->resize(1280, 800);
    QTest::qWait(50);
    QVERIFY(help->grab().save(screenshotDir() + u"/help-top-"_qs + language + u"-1280x800.png"_qs));
    help->showSection(u"source"_qs);
    QTest::qWait(50);
    QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
    QVERIFY(help->grab().save(screenshotDir() + u"/help-source-"_qs + language + u"-1280x800.png"_qs));
    help->showSection(u"keyboard"_qs);
    QTest::qWait(50);
    QVERIFY(help->grab().save(screenshotDir() + u"/help-keyboard-"_qs + language + u"-1280x800.png"_qs));

    // F1 again shows the same window.
    help->hide();
    window.windowHandle()->requestActivate();
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.helpWindow(), help);
    QVERIFY(help->isVisible());
}

void TestKeyboardHelp::helpFollowsTheLanguage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showHelp();
    HelpWindow *help = window.helpWindow();
    QVERIFY(help);
    QVERIFY(help->browser()->toPlainText().contains(u"Getting started"_qs));
    window.setLanguage(u"ja"_qs);
    QTRY_COMPARE(help->language(), u"ja"_qs);
    QTRY_COMPARE(help->windowTitle(), u"Kensa ヘルプ"_qs);
    // The keyboard table follows too: the commands by their Japanese menu names.
    QTRY_VERIFY(help->browser()->toPlainText().contains(u"目次"_qs));
    const QString text = help->browser()->toPlainText();
    QVERIFY(text.contains(u"はじめに"_qs));
    QVERIFY(text.contains(u"開く"_qs));
    QVERIFY(!text.contains(u"Getting started"_qs));
    window.setLanguage(u"en"_qs);
    QTRY_VERIFY(help->browser()->toPlainText().contains(u"Getting started"_qs));
    QTRY_VERIFY(help->browser()->toPlainText().contains(u"Next Tab"_qs));
}

void TestKeyboardHelp::helpLoadsNothingOutside()
{
    HelpWindow help;
    HelpBrowser *browser = help.browser();
    QVERIFY(!browser->openExternalLinks());
    QVERIFY(!browser->openLinks());
    // Only the program's own resources load, whatever a page would ask for.
    QVERIFY(browser->loadResource(QTextDocument::HtmlResource, HelpWindow::pageUrl(u"en"_qs)).isValid());
    QVERIFY(browser->loadResource(QTextDocument::HtmlResource, HelpWindow::pageUrl(u"ja"_qs)).isValid());
    QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(u"http://127.0.0.1/logo.png"_qs)).isValid());
    QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(u"https://example.com/logo.png"_qs)).isValid());
    const QString local = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
    QVERIFY(QFile::exists(local));
    QVERIFY(!browser->loadResource(QTextDocument::HtmlResource, QUrl::fromLocalFile(local)).isValid());
    QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(u"logo.png"_qs)).isValid());

    // A link out of the page changes nothing; a link to a section scrolls to it.
    help.resize(800, 600);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    const QString before = browser->toHtml();
    emit browser->anchorClicked(QUrl(u"https://example.com/"_qs));
    emit browser->anchorClicked(QUrl::fromLocalFile(local));
    QCOMPARE(browser->toHtml(), before);
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    emit browser->anchorClicked(QUrl(u"#badges"_qs));
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    QCOMPARE(browser->toHtml(), before);
}

// Both pages: the same sections, every link to a section of the page, nothing outside.
void TestKeyboardHelp::helpPagesHaveTheSameSections()
{
    static const QRegularExpression nameRe(QStringLiteral("<a name=\"([^\"]+)\""));
    static const QRegularExpression hrefRe(QStringLiteral("href=\"([^\"]*)\""));
    static const QRegularExpression srcRe(QStringLiteral("(src|background)\\s*="), QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QStringList> anchors;
    for (const QString &language : {u"en"_qs, u"ja"_qs}) {
        QFile file(HelpWindow::pageUrl(language).toString().mid(3));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"<!-- kensa:shortcuts -->"_qs));
        QVERIFY2(!srcRe.match(html).hasMatch(), "the help page loads nothing, not even a picture");
        QStringList names;
        for (const QRegularExpressionMatch &m : nameRe.globalMatch(html))
            names << m.captured(1);
        for (const QRegularExpressionMatch &m : hrefRe.globalMatch(html)) {
            const QString href = m.captured(1);
            QVERIFY2(href.startsWith(u'#') && names.contains(href.mid(1)), qPrintable(language + u": "_qs + href));
        }
        anchors.insert(language, names);
    }
    QVERIFY(anchors.value(u"en"_qs).size() >= 6);
    QCOMPARE(anchors.value(u"ja"_qs), anchors.value(u"en"_qs));
}

// The controls that take input or the focus and carry neither a visible text nor a name.
QStringList TestKeyboardHelp::unnamedControls(QWidget *root)
{
    QStringList out;
    const auto insidePart = [](QWidget *w) {
        // The parts Qt builds inside a composite control are named by that control.
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QLineEdit *>(p))
                return true;
        }
        return false;
    };
    QSet<QWidget *> buddies;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            buddies.insert(label->buddy());
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // Qt's own parts (the menu bar's overflow button) are named by Qt.
        if (insidePart(w) || w->objectName().startsWith(u"qt_") || qobject_cast<QScrollBar *>(w)
            || qobject_cast<QHeaderView *>(w))
            continue;
        bool interactive = false;
        bool visibleText = false;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // The corner button of a table view is Qt's and selects all.
            if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue;
            interactive = true;
            visibleText = !button->text().isEmpty();
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            interactive = true;
            for (int i = 0; i < bar->count(); ++i)
                visibleText = visibleText || !bar->tabText(i).isEmpty();
        } else if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                   || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                   || qobject_cast<QTextEdit *>(w)) {
            interactive = true;
            visibleText = buddies.contains(w);
        }
        if (interactive && !visibleText && w->accessibleName().isEmpty()) {
            QString path = QString::fromLatin1(w->metaObject()->className());
            for (QObject *p = w->parent(); p && p != root; p = p->parent()) {
                if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
                    path = p->objectName() + u'/' + path;
            }
            out << path + u" \""_qs + w->objectName() + u'"';
        }
    }
    return out;
}

void TestKeyboardHelp::everyControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("ja") << u"ja"_qs;
}

void TestKeyboardHelp::everyControlHasAName()
{
    QFETCH(QString, language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QVERIFY(openSample(window));
    // Every page once, so that the widgets built on demand exist.
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QTest::qWait(10);
    }
    window.hopsView()->showTable(true);
    window.showHelp();

    QStringList missing = unnamedControls(&window);
    DnsSettingsDialog dns(&window);
    dns.setConfig(DnsSettingsDialog::loadSettings());
    PasteDialog paste(&window);
    AboutDialog about(&window);
    for (QWidget *dialog : std::initializer_list<QWidget *>{&dns, &paste, &about})
        missing += unnamedControls(dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n")));
}

void TestKeyboardHelp::boundaryHopIsMarkedByIconAndWord_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::newRow("en") << u"en"_qs << u"Boundary"_qs;
    QTest::newRow("ja") << u"ja"_qs << u"境界"_qs;
}

void TestKeyboardHelp::boundaryHopIsMarkedByIconAndWord()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QVERIFY(openSample(window));
    HopsView *hops = window.hopsView();
    window.tabs()->setCurrentWidget(hops);
    hops->showTable(false);
    QTest::qWait(50);

    int boundaries = 0;
    const QList<QFrame *> boxes = hops->hopBoxes();
    QVERIFY(boxes.size() >= 2);
    for (QFrame *box : boxes) {
        const bool boundary = box->property("boundary").toBool();
        auto *icon = box->findChild<QLabel *>(u"hopBoundaryIcon"_qs);
        auto *badge = box->findChild<QLabel *>(u"hopBoundary"_qs);
        QCOMPARE(icon != nullptr, boundary);
        QCOMPARE(badge != nullptr, boundary);
        if (!boundary)
            continue;
        ++boundaries;
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(icon->isVisible());
        QVERIFY2(badge->text().contains(word, Qt::CaseInsensitive), qPrintable(badge->text()));
        QVERIFY(icon->accessibleName().contains(word, Qt::CaseInsensitive));
    }
    QCOMPARE(boundaries, 1);
    QVERIFY(window.grab().save(screenshotDir() + u"/hops-boundary-"_qs + language + u"-1280x800.png"_qs));

    hops->showTable(true);
    QTableWidget *table = hops->table();
    const int trustColumn = table->columnCount() - 1;
    int marked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool boundary = boxes.at(row)->property("boundary").toBool();
        QCOMPARE(!table->item(row, 0)->icon().isNull(), boundary);
        QCOMPARE(table->item(row, trustColumn)->text().contains(word, Qt::CaseInsensitive), boundary);
        marked += boundary ? 1 : 0;
    }
    QCOMPARE(marked, 1);
    QTest::qWait(50);
    QVERIFY(window.grab().save(screenshotDir() + u"/hops-boundary-table-"_qs + language + u"-1280x800.png"_qs));
}

QTEST_MAIN(TestKeyboardHelp)
#include "TestKeyboardHelp.moc"
