#include "core/i18n/Localization.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/hops/HopsView.h"
#include "ui/message/HeadersView.h"
#include "ui/message/SummaryCard.h"
#include "ui/style/DateText.h"
#include "ui/style/StatusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

using namespace kensa;

// The window at 1280×800, the smallest screen it is designed for, in both languages: the
// summary card on one line, at least 16 checklist rows in sight, nothing clipped, columns that
// fit their headers after a language switch; dates in the reader's time zone (the test runs
// with TZ=Asia/Tokyo) beside the text as written; status colours readable on a dark palette.
class TestDeskLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void localDates_data();
    void localDates();
    void datesInEveryView();
    void summaryCollapses_data();
    void summaryCollapses();
    void checklistRowsInSight_data();
    void checklistRowsInSight();
    void bannerCompact_data();
    void bannerCompact();
    void columnsFitAfterLanguageSwitch_data();
    void columnsFitAfterLanguageSwitch();
    void welcomeAndDialogUnclipped_data();
    void welcomeAndDialogUnclipped();
    void statusContrast_data();
    void statusContrast();
    void darkScreens_data();
    void darkScreens();

private:
    static QString screenshotDir();
    static bool open(MainWindow &window, const QString &sample);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QStringList unfitColumns(QWidget *root);
};

void TestDeskLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDeskLayout"));
    QVERIFY(QDir().mkpath(screenshotDir()));
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.setValue(QStringLiteral("checklist/bulk"), false);
    // Every sample's DNS snapshot sits beside it; offline, they answer as the receiver's DNS did.
    const QDir samples(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples"));
    QStringList zones;
    for (const QString &zone : samples.entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name))
        zones << samples.filePath(zone);
    settings.setValue(QStringLiteral("dns/zoneFiles"), zones);
    // The time zone the dates must be shown in (set through the test's environment).
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 9 * 3600);
}

void TestDeskLayout::init()
{
    Localization::apply(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("summary/expanded"));
}

void TestDeskLayout::cleanup()
{
    Localization::apply(QStringLiteral("en"));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QString TestDeskLayout::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

bool TestDeskLayout::open(MainWindow &window, const QString &sample)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + sample);
    if (!spy.wait(30000))
        return false;
    QTest::qWait(100); // the queued relayouts (row heights, column widths)
    return true;
}

QPalette TestDeskLayout::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

// A dark palette as desktops set it (Breeze Dark, GNOME's dark style): light text on grey.
QPalette TestDeskLayout::darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

void TestDeskLayout::localDates_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc-to-jst") << QDateTime(QDate(2026, 12, 5), QTime(4, 4), QTimeZone(0))
                                << QStringLiteral("Sat, 5 Dec 2026 04:04:00 +0000")
                                << QStringLiteral("2026-12-05 13:04 JST (Sat, 5 Dec 2026 04:04:00 +0000)");
    QTest::newRow("next-day-in-tokyo")
        << QDateTime(QDate(2026, 12, 5), QTime(20, 30), QTimeZone(-5 * 3600))
        << QStringLiteral("Sat, 5 Dec 2026 20:30:00 -0500") << QStringLiteral("2026-12-06 10:30 JST (Sat, 5 Dec 2026 20:30:00 -0500)");
    QTest::newRow("already-jst") << QDateTime(QDate(2024, 5, 14), QTime(10, 15, 2), QTimeZone(9 * 3600))
                                 << QStringLiteral("Tue, 14 May 2024 10:15:02 +0900")
                                 << QStringLiteral("2024-05-14 10:15 JST (Tue, 14 May 2024 10:15:02 +0900)");
    QTest::newRow("unreadable-shown-as-written") << QDateTime() << QStringLiteral("yesterday at noon")
                                                 << QStringLiteral("yesterday at noon");
}

void TestDeskLayout::localDates()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, original);
    QFETCH(QString, expected);
    QCOMPARE(DateText::withOriginal(when, original), expected);
}

void TestDeskLayout::datesInEveryView()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    // Date: Tue, 14 May 2024 08:02:00 +0000 is 17:02 in Tokyo.
    const QString expected = QStringLiteral("2024-05-14 17:02 JST (Tue, 14 May 2024 08:02:00 +0000)");
    QCOMPARE(window.summaryCard()->valueText(QStringLiteral("date")), expected);
    QVERIFY2(window.summaryCard()->briefText().contains(QStringLiteral("2024-05-14 17:02 JST")),
             qPrintable(window.summaryCard()->briefText()));

    QAbstractItemModel *headers = window.headersView()->table()->model();
    bool dateRow = false;
    int receivedWithLocalTime = 0;
    for (int row = 0; row < headers->rowCount(); ++row) {
        const QString name = headers->index(row, 1).data().toString();
        if (name == u"Date") {
            QCOMPARE(headers->index(row, 2).data().toString(), expected);
            dateRow = true;
        } else if (name == u"Received"
                   && headers->index(row, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral(" JST"))) {
            ++receivedWithLocalTime;
        }
    }
    QVERIFY(dateRow);
    QVERIFY(receivedWithLocalTime >= 2);

    // Hops: each readable date in JST with the receiver's text beside it.
    auto *table = window.hopsView()->findChild<QTableWidget *>();
    QVERIFY(table);
    int dateColumn = -1;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == u"Date")
            dateColumn = column;
    }
    QVERIFY(dateColumn >= 0);
    QVERIFY(table->rowCount() >= 2);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, dateColumn)->text();
        QVERIFY2(text.contains(QStringLiteral(" JST (")) && text.endsWith(u')'), qPrintable(text));
    }
}

void TestDeskLayout::summaryCollapses_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestDeskLayout::summaryCollapses()
{
    QFETCH(QString, language);
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setLanguage(language);
        QVERIFY(open(window, QStringLiteral("forwarded-list.eml")));
        SummaryCard *card = window.summaryCard();
        QVERIFY(!card->isExpanded());
        // One line: the card is as tall as its title line (the subject's larger font) and margins.
        QLabel *title = card->findChild<QLabel *>(QStringLiteral("summaryTitle"));
        QVERIFY(title);
        QVERIFY2(card->height() <= title->fontMetrics().height() + 24, qPrintable(QString::number(card->height())));
        QVERIFY(!card->findChild<QLabel *>(QStringLiteral("toValue"))->isVisible());
        QVERIFY(card->briefText().contains(QStringLiteral("@")));
        QVERIFY(!card->expandButton()->toolTip().isEmpty());
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/summary-collapsed-") + language + QStringLiteral(".png")));

        const int collapsed = card->height();
        card->expandButton()->click();
        QTest::qWait(50);
        QVERIFY(card->isExpanded());
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("toValue"))->isVisible());
        QVERIFY(card->height() > collapsed + 3 * card->fontMetrics().height());
        // The subject stays on the toggle's line, as tall as its text (no gap under it).
        QVERIFY2(title->geometry().bottom() <= card->expandButton()->geometry().bottom() + title->fontMetrics().height(),
                 qPrintable(QStringLiteral("title %1, toggle %2").arg(title->geometry().bottom()).arg(card->expandButton()->geometry().bottom())));
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/summary-expanded-") + language + QStringLiteral(".png")));
    }
    // Remembered: the next window opens expanded, and collapsing is remembered too.
    MainWindow again;
    QVERIFY(again.summaryCard()->isExpanded());
    again.summaryCard()->expandButton()->click();
    QVERIFY(!again.summaryCard()->isExpanded());
    QCOMPARE(QSettings().value(QStringLiteral("summary/expanded")).toBool(), false);
}

void TestDeskLayout::checklistRowsInSight_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("carriers");
    const QStringList samples{QStringLiteral("newsletter.eml"), QStringLiteral("dmarc-fail.eml"),
                              QStringLiteral("forwarded-list.eml"), QStringLiteral("japanese-iso2022jp.eml")};
    for (const QString &sample : samples)
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")})
            for (bool carriers : {false, true})
                QTest::newRow(qPrintable(QFileInfo(sample).baseName() + u'-' + language + (carriers ? u"-carriers"_qs : QString())))
                    << sample << language << carriers;
}

void TestDeskLayout::checklistRowsInSight()
{
    QFETCH(QString, sample);
    QFETCH(QString, language);
    QFETCH(bool, carriers);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    // The carriers' three columns narrow the requirement titles and the other providers' cells.
    window.checklistView()->setCarriersShown(carriers);
    QVERIFY(open(window, sample));
    QCOMPARE(window.tabs()->currentWidget(), window.checklistView());
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rows-%1-%2%3.png")
                                   .arg(QFileInfo(sample).baseName(), language, carriers ? u"-carriers"_qs : QString())));
    QTableView *matrix = window.checklistView()->matrix();
    const int viewport = matrix->viewport()->height();
    int rows = 0;
    int whole = 0;
    for (int row = 0; row < matrix->model()->rowCount(); ++row) {
        if (matrix->isRowHidden(row))
            continue;
        ++rows;
        const int top = matrix->rowViewportPosition(row);
        if (top >= 0 && top + matrix->rowHeight(row) <= viewport)
            ++whole;
    }
    QVERIFY2(whole >= qMin(16, rows),
             qPrintable(QStringLiteral("%1 of %2 rows in sight, viewport %3 px").arg(whole).arg(rows).arg(viewport)));
}

void TestDeskLayout::bannerCompact_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    const QStringList samples{QStringLiteral("dmarc-fail.eml"), QStringLiteral("newsletter.eml"),
                              QStringLiteral("forwarded-list.eml")};
    for (const QString &sample : samples)
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")})
            for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2-%3").arg(QFileInfo(sample).baseName(), language).arg(size.width())))
                    << sample << language << size;
}

// The banner is as high as its headline and one line under it, no taller (no empty band) and
// no text cut: what does not fit is elided to the width, and then "More" shows it whole.
void TestDeskLayout::bannerCompact()
{
    QFETCH(QString, sample);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    window.checklistView()->setCarriersShown(true);
    QVERIFY(open(window, sample));
    ChecklistView *checklist = window.checklistView();
    QCOMPARE(checklist->bannerState(), ChecklistView::BannerState::Verdict);
    QFrame *banner = checklist->banner();
    auto *headline = banner->findChild<QLabel *>(QStringLiteral("checklistHeadline"));
    QVERIFY(headline);
    const QString tag = QStringLiteral("%1-%2-%3").arg(QFileInfo(sample).baseName(), language).arg(size.width());
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/banner-") + tag + QStringLiteral(".png")));

    // Every text label shown: its text on one line within its width, its line not cut.
    const auto shownLabels = [banner] {
        QList<QLabel *> labels;
        for (QLabel *label : banner->findChildren<QLabel *>()) {
            const QString name = label->objectName();
            const bool text = name == u"checklistHeadline" || name == u"checklistBannerDetail" || name.startsWith(u"verdictReason_");
            if (text && label->isVisible() && !label->text().isEmpty())
                labels << label;
        }
        return labels;
    };
    const QList<QLabel *> closed = shownLabels();
    QVERIFY(closed.contains(headline));
    QVERIFY2(closed.size() <= 2, qPrintable(QString::number(closed.size())));
    int textHeight = 0;
    for (QLabel *label : closed) {
        const QFontMetrics fm = label->fontMetrics();
        QVERIFY2(fm.horizontalAdvance(label->text()) <= label->contentsRect().width(),
                 qPrintable(label->objectName() + u": "_qs + label->text()));
        QVERIFY2(label->height() >= fm.height(), qPrintable(label->objectName()));
        QVERIFY2(banner->contentsRect().contains(label->geometry()), qPrintable(label->objectName()));
        // What is elided says so in its tooltip.
        QVERIFY(label->toolTip().isEmpty() || label->text().endsWith(u'…'));
        textHeight += label->height();
    }
    // Compact: two lines and the margins, nothing more (no empty band).
    QVERIFY2(banner->height() <= textHeight + 24, qPrintable(QStringLiteral("banner %1, text %2").arg(banner->height()).arg(textHeight)));
    QCOMPARE(checklist->isBannerExpandable(), checklist->isBannerElided());

    if (!checklist->isBannerExpandable())
        return;
    // "More" shows every line whole, wrapped; "Less" returns to the compact height.
    const int compact = banner->height();
    checklist->bannerMoreButton()->click();
    QTest::qWait(50);
    QVERIFY(checklist->isBannerExpanded());
    QCOMPARE(headline->text(), checklist->headlineText());
    const QList<QLabel *> open = shownLabels();
    QVERIFY(open.size() >= closed.size());
    for (QLabel *label : open) {
        QVERIFY2(label->toolTip().isEmpty(), qPrintable(label->objectName()));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1: %2 < %3").arg(label->objectName()).arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY2(banner->contentsRect().contains(label->geometry()), qPrintable(label->objectName()));
    }
    for (const QString &provider : {QStringLiteral("gmail"), QStringLiteral("docomo")}) {
        const QString verdict = checklist->providerVerdictText(provider);
        QVERIFY(!verdict.isEmpty());
    }
    QVERIFY(banner->height() > compact);
    QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/banner-") + tag + QStringLiteral("-more.png")));
    checklist->bannerMoreButton()->click();
    QTest::qWait(50);
    QVERIFY(!checklist->isBannerExpanded());
    QCOMPARE(banner->height(), compact);
}

void TestDeskLayout::columnsFitAfterLanguageSwitch_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("en-to-ja") << QStringLiteral("en") << QStringLiteral("ja");
    QTest::newRow("ja-to-en") << QStringLiteral("ja") << QStringLiteral("en");
}

// Visible columns of every visible table or tree under `root` whose header text does not fit.
QStringList TestDeskLayout::unfitColumns(QWidget *root)
{
    QStringList unfit;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->header();
        if (!header || header->isHidden())
            continue;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            // The text and a little of the style's margins.
            const int needed = header->fontMetrics().horizontalAdvance(text) + 4;
            if (header->sectionSize(column) < needed)
                unfit << QStringLiteral("%1 \"%2\": %3 < %4")
                             .arg(view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                                               : view->objectName(),
                                  text)
                             .arg(header->sectionSize(column))
                             .arg(needed);
        }
    }
    return unfit;
}

void TestDeskLayout::columnsFitAfterLanguageSwitch()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(first);
    QVERIFY(open(window, QStringLiteral("forwarded-list.eml")));
    window.setLanguage(second);
    QTest::qWait(100);
    QTabWidget *tabs = window.tabs();
    QStringList unfit;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        for (const QString &column : unfitColumns(tabs->widget(i)))
            unfit << tabs->tabText(i) + QStringLiteral(": ") + column;
    }
    QVERIFY2(unfit.isEmpty(), qPrintable(unfit.join(u'\n')));
}

void TestDeskLayout::welcomeAndDialogUnclipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestDeskLayout::welcomeAndDialogUnclipped()
{
    QFETCH(QString, language);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QTest::qWait(100);
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome && welcome->isVisible());
    // Every label and button shows its whole text: as wide and as tall as it needs.
    for (QLabel *label : welcome->findChildren<QLabel *>()) {
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed, qPrintable(label->text()));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        QVERIFY(welcome->rect().contains(label->geometry()));
    }
    for (QPushButton *button : welcome->findChildren<QPushButton *>()) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY(welcome->rect().contains(button->geometry()));
    }

    DnsSettingsDialog dns(&window);
    dns.setConfig(DnsSettingsDialog::loadSettings());
    dns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dns));
    auto *servers = dns.findChild<QLineEdit *>(QStringLiteral("dnsServerList"));
    QVERIFY(servers);
    QVERIFY(!servers->placeholderText().isEmpty());
    // The line edit's frame and text margins take a few pixels on either side.
    const int room = servers->contentsRect().width() - servers->textMargins().left() - servers->textMargins().right() - 8;
    QVERIFY2(servers->fontMetrics().horizontalAdvance(servers->placeholderText()) <= room,
             qPrintable(QStringLiteral("%1 > %2").arg(servers->fontMetrics().horizontalAdvance(servers->placeholderText())).arg(room)));
    QVERIFY(dns.grab().save(screenshotDir() + QStringLiteral("/layout-dialog-dns-") + language + QStringLiteral(".png")));
}

void TestDeskLayout::statusContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("tone");
    const QList<QPair<const char *, StatusStyle::Tone>> tones = {{"good", StatusStyle::Tone::Good},
                                                                 {"bad", StatusStyle::Tone::Bad},
                                                                 {"risk", StatusStyle::Tone::Risk},
                                                                 {"unknown", StatusStyle::Tone::Unknown},
                                                                 {"neutral", StatusStyle::Tone::Neutral}};
    for (bool dark : {false, true})
        for (const auto &[name, tone] : tones)
            QTest::newRow(qPrintable(QString::fromLatin1(dark ? "dark-" : "light-") + QString::fromLatin1(name)))
                << dark << int(tone);
}

void TestDeskLayout::statusContrast()
{
    QFETCH(bool, dark);
    QFETCH(int, tone);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QCOMPARE(StatusStyle::isDark(palette), dark);
    const auto t = StatusStyle::Tone(tone);
    const double badge = StatusStyle::contrast(StatusStyle::foreground(t, palette), StatusStyle::background(t, palette));
    QVERIFY2(badge >= 4.5, qPrintable(QString::number(badge)));
    // The badge stands out of the card it sits on (palette(base)) by its tint or its border.
    QVERIFY(StatusStyle::background(t, palette) != palette.color(QPalette::Base));
    // Secondary text on the base and on a tone's tint (faded checklist cells, tags).
    const double muted = StatusStyle::contrast(StatusStyle::muted(palette), palette.color(QPalette::Base));
    QVERIFY2(muted >= 4.5, qPrintable(QString::number(muted)));
    const double mutedOnTint = StatusStyle::contrast(StatusStyle::muted(palette), StatusStyle::background(t, palette));
    QVERIFY2(mutedOnTint >= 4.5, qPrintable(QString::number(mutedOnTint)));
    // The palette's own text on the tint (the checklist's row titles, a card's text).
    const double text = StatusStyle::contrast(palette.color(QPalette::Text), StatusStyle::background(t, palette));
    QVERIFY2(text >= 4.5, qPrintable(QString::number(text)));
}

void TestDeskLayout::darkScreens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// With a dark application palette, the checklist and the overview are drawn dark: the cards,
// the banner and the matrix take the palette's colours, not white. Screenshots to look at.
void TestDeskLayout::darkScreens()
{
    QFETCH(QString, language);
    QApplication::setPalette(darkPalette());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QVERIFY(open(window, QStringLiteral("dmarc-fail.eml")));
    const auto lightShare = [](const QImage &image) {
        qint64 light = 0;
        qint64 all = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                ++all;
                if (qGray(image.pixel(x, y)) > 200)
                    ++light;
            }
        }
        return double(light) / double(all);
    };
    for (int tab : {0, 1}) {
        window.tabs()->setCurrentIndex(tab);
        QTest::qWait(100);
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(screenshotDir() + QStringLiteral("/dark-tab%1-%2.png").arg(tab).arg(language)));
        // Light text on dark surfaces: only a few pixels are light.
        QVERIFY2(lightShare(image) < 0.08, qPrintable(QString::number(lightShare(image))));
        QVERIFY(lightShare(window.summaryCard()->grab().toImage()) < 0.15);
    }
    QVERIFY(lightShare(window.checklistView()->matrix()->viewport()->grab().toImage()) < 0.15);
}

QTEST_MAIN(TestDeskLayout)
#include "TestDeskLayout.moc"
