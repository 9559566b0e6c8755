#include "core/i18n/Localization.h"
#include "core/checklist/RequirementTable.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/MainWindow.h"
#include "ui/message/RawSourceView.h"
#include "ui/checklist/RequirementDetail.h"
#include "ui/style/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace kensa;

// The Checklist tab on real messages, offscreen: cells' status and colour per provider, the bulk
// and marketing switches re-evaluating, the detail pane with its evidence, live language
// switching, and screenshots at 1280×800 and 1920×1080 in both languages.
class TestChecklistView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newsletterIsJudged();
    void resultsAppearProgressively();
    void bulkSwitchChangesScope();
    void marketingSwitchChangesScope();
    void dmarcFailureIsRed();
    void detailShowsExplanationAndEvidence();
    void languageSwitchRerenders();
    void carriersSwitch();
    void screenshots_data();
    void screenshots();

private:
    static QString screenshotDir();
    static bool open(MainWindow &window, const QString &file);
    static QVariant cell(MainWindow &window, const QString &row, const QString &provider, int role);
    static CheckStatus status(MainWindow &window, const QString &row, const QString &provider);
};

void TestChecklistView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestChecklistView"));
    QVERIFY(QDir().mkpath(screenshotDir()));
    // Never ask DNS outside the loopback network: offline; the samples bring their zone.
    QSettings settings;
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.remove(QStringLiteral("dns/servers"));
    settings.remove(QStringLiteral("dns/zoneFiles"));
    QVERIFY(RequirementTable::builtin().rows().size() >= 28);
}

void TestChecklistView::init()
{
    // A sample's DNS snapshot sits beside it (dmarc-fail.zone): offline, it answers as the
    // receiver's DNS did. The window reads the DNS settings when it is built.
    QSettings().setValue(QStringLiteral("dns/zoneFiles"),
                         QStringList{QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.zone")});
    Localization::apply(QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("checklist/bulk"), false);
    QSettings().setValue(QStringLiteral("checklist/carriers"), false);
}

QString TestChecklistView::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

// Opens a message (with its sample zone when one exists) and waits for the final report.
bool TestChecklistView::open(MainWindow &window, const QString &file)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    if (file == u"newsletter.eml")
        window.openSample(); // newsletter.eml with newsletter.zone, offline
    else
        window.openFile(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + file);
    return spy.wait(30000);
}

QVariant TestChecklistView::cell(MainWindow &window, const QString &row, const QString &provider, int role)
{
    ChecklistModel *model = window.checklistView()->model();
    const QModelIndex index = model->cellIndex(row, provider);
    return index.isValid() ? model->data(index, role) : QVariant();
}

CheckStatus TestChecklistView::status(MainWindow &window, const QString &row, const QString &provider)
{
    const QVariant value = cell(window, row, provider, ChecklistModel::StatusRole);
    return value.isValid() ? CheckStatus(value.toInt()) : CheckStatus(-1);
}

void TestChecklistView::newsletterIsJudged()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(2); // the next message still opens on the checklist
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    QCOMPARE(window.tabs()->currentWidget(), view);
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Checklist"));
    QVERIFY(!view->isChecking());

    // Seven groups as spanning rows, one row per requirement, a column per provider.
    const RequirementTable &table = RequirementTable::builtin();
    ChecklistModel *model = view->model();
    QCOMPARE(model->rowCount(), int(table.rows().size() + table.groups().size()));
    QCOMPARE(model->columnCount(), int(table.providers().size()) + 1);
    QVERIFY(model->isGroupRow(0));
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Authentication"));
    QCOMPARE(view->matrix()->columnSpan(0, 0), model->columnCount());
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Gmail"));

    // The sample passes SPF, DKIM and DMARC with its zone.
    QCOMPARE(status(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("gmail")), CheckStatus::Pass);
    QCOMPARE(cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("gmail"), Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(StatusStyle::Tone::Good));
    QCOMPARE(cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("gmail"), Qt::DisplayRole).toString(),
             QStringLiteral("Pass"));
    QVERIFY(!cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("gmail"), Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("gmail"), Qt::ToolTipRole).toString().isEmpty());
    // Apple states no such rule; Outlook.com only recommends it.
    QCOMPARE(status(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("apple")), CheckStatus::NotApplicable);
    QCOMPARE(cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("apple"), Qt::DisplayRole).toString(),
             QStringLiteral("N/A"));
    QCOMPARE(cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("apple"), Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(StatusStyle::Tone::Neutral));
    QCOMPARE(cell(window, QStringLiteral("AUTH-SPF-OR-DKIM"), QStringLiteral("outlook"), ChecklistModel::TagRole).toString(),
             QStringLiteral("recommended"));
    // One message cannot show the spam rate.
    QCOMPARE(status(window, QStringLiteral("REP-SPAM-RATE"), QStringLiteral("gmail")), CheckStatus::NotVerifiable);
    QCOMPARE(cell(window, QStringLiteral("REP-SPAM-RATE"), QStringLiteral("gmail"), Qt::DisplayRole).toString(),
             QStringLiteral("Can't tell"));
    QCOMPARE(cell(window, QStringLiteral("REP-SPAM-RATE"), QStringLiteral("gmail"), Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(StatusStyle::Tone::Unknown));

    // The banner names a provider and its outcome; every provider has its line.
    QVERIFY(!view->headlineText().isEmpty());
    for (const QString &provider : table.providers())
        QVERIFY2(!view->providerVerdictText(provider).isEmpty(), qPrintable(provider));
    // The list headers make it look like marketing mail.
    QVERIFY2(view->marketingSignalsText().contains(QStringLiteral("List-Unsubscribe")), qPrintable(view->marketingSignalsText()));

    // Nothing scrolls sideways in the matrix.
    QTest::qWait(50);
    QHeaderView *header = view->matrix()->horizontalHeader();
    QVERIFY(header->length() <= view->matrix()->viewport()->width());
}

void TestChecklistView::resultsAppearProgressively()
{
    // The analyzer sends the report after each round of DNS answers: the checklist shows it with
    // the checks still waiting marked, and a progress line until the final report.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ChecklistView *view = window.checklistView();
    struct Snapshot
    {
        bool checking;
        QString progress;
        int pendingCells;
    };
    QList<Snapshot> snapshots;
    connect(view, &ChecklistView::resultsChanged, this, [&] {
        int pending = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 1; column < view->model()->columnCount(); ++column)
                pending += view->model()->index(row, column).data(ChecklistModel::PendingRole).toBool() ? 1 : 0;
        }
        snapshots.append({view->isChecking(), view->progressText(), pending});
        if (snapshots.size() == 1)
            window.grab().save(screenshotDir() + QStringLiteral("/checklist-checking-en.png"));
    });
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    QVERIFY(snapshots.size() >= 2);
    // Before the DNS answers: checking, with cells waiting and "n of m" done.
    QVERIFY(snapshots.first().checking);
    QVERIFY(snapshots.first().pendingCells > 0);
    QVERIFY2(snapshots.first().progress.contains(QStringLiteral(" of ")), qPrintable(snapshots.first().progress));
    // The final report: nothing waits, the progress line is gone.
    QVERIFY(!snapshots.last().checking);
    QCOMPARE(snapshots.last().pendingCells, 0);
    QVERIFY(!view->isChecking());
}

void TestChecklistView::bulkSwitchChangesScope()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    const QString row = QStringLiteral("AUTH-SPF-PASS");
    const QString gmail = QStringLiteral("gmail");
    QVERIFY(!view->bulkSwitch()->isChecked());

    // A bulk rule for a sender not marked bulk: evaluated, shown lighter, tagged.
    QCOMPARE(status(window, row, gmail), CheckStatus::Pass);
    QCOMPARE(cell(window, row, gmail, ChecklistModel::InScopeRole).toBool(), false);
    QCOMPARE(cell(window, row, gmail, ChecklistModel::TagRole).toString(), QStringLiteral("bulk"));
    const QColor faded = cell(window, row, gmail, Qt::BackgroundRole).value<QColor>();
    QVERIFY(faded != StatusStyle::background(StatusStyle::Tone::Good));
    QCOMPARE(faded, ChecklistModel::cellBackground(CheckStatus::Pass, false));

    view->bulkSwitch()->setChecked(true);
    QVERIFY(view->options().bulk);
    QCOMPARE(status(window, row, gmail), CheckStatus::Pass);
    QCOMPARE(cell(window, row, gmail, ChecklistModel::InScopeRole).toBool(), true);
    QCOMPARE(cell(window, row, gmail, ChecklistModel::TagRole).toString(), QString());
    QCOMPARE(cell(window, row, gmail, Qt::BackgroundRole).value<QColor>(), StatusStyle::background(StatusStyle::Tone::Good));
    QCOMPARE(QSettings().value(QStringLiteral("checklist/bulk")).toBool(), true);

    // The next window starts with the switch as it was left.
    MainWindow second;
    QVERIFY(second.checklistView()->bulkSwitch()->isChecked());
    QVERIFY(second.checklistView()->options().bulk);
    view->bulkSwitch()->setChecked(false);
    QCOMPARE(cell(window, row, gmail, ChecklistModel::InScopeRole).toBool(), false);
}

void TestChecklistView::marketingSwitchChangesScope()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    view->bulkSwitch()->setChecked(true);
    const QString row = QStringLiteral("UNSUB-ONECLICK");
    const QString yahoo = QStringLiteral("yahoo");
    // Automatic: the newsletter's headers mark it as marketing mail, so the rule counts.
    QCOMPARE(view->marketingSwitch()->currentIndex(), 0);
    QCOMPARE(cell(window, row, yahoo, ChecklistModel::InScopeRole).toBool(), true);
    // Transactional by the user's word: the one-click rule no longer counts, but is still shown.
    view->marketingSwitch()->setCurrentIndex(view->marketingSwitch()->findData(int(RequirementOptions::Marketing::No)));
    QCOMPARE(view->options().marketing, RequirementOptions::Marketing::No);
    QCOMPARE(cell(window, row, yahoo, ChecklistModel::InScopeRole).toBool(), false);
    QCOMPARE(cell(window, row, yahoo, ChecklistModel::TagRole).toString(), QStringLiteral("marketing"));
    QVERIFY(cell(window, row, yahoo, ChecklistModel::StatusRole).isValid());
    view->bulkSwitch()->setChecked(false);
}

void TestChecklistView::dmarcFailureIsRed()
{
    // A phishing message: the receiver recorded dmarc=fail with p=quarantine, no DKIM signature.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(open(window, QStringLiteral("dmarc-fail.eml")));
    ChecklistView *view = window.checklistView();
    QCOMPARE(window.tabs()->currentWidget(), view);
    const QString gmail = QStringLiteral("gmail");
    // Not signed at all: DKIM fails for every provider, a bulk rule, red once the sender is bulk.
    view->bulkSwitch()->setChecked(true);
    QCOMPARE(status(window, QStringLiteral("AUTH-DKIM-PASS"), gmail), CheckStatus::Fail);
    QCOMPARE(cell(window, QStringLiteral("AUTH-DKIM-PASS"), gmail, Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(StatusStyle::Tone::Bad));
    QCOMPARE(cell(window, QStringLiteral("AUTH-DKIM-PASS"), gmail, Qt::DisplayRole).toString(), QStringLiteral("Fail"));
    QCOMPARE(status(window, QStringLiteral("AUTH-DKIM-PASS"), QStringLiteral("outlook")), CheckStatus::Fail);
    // DMARC fails under the bank's p=quarantine (from its zone): red for Yahoo.
    QCOMPARE(status(window, QStringLiteral("AUTH-DMARC-ALIGNED"), QStringLiteral("yahoo")), CheckStatus::Fail);
    QCOMPARE(cell(window, QStringLiteral("AUTH-DMARC-ALIGNED"), QStringLiteral("yahoo"), Qt::BackgroundRole).value<QColor>(),
             StatusStyle::background(StatusStyle::Tone::Bad));
    QCOMPARE(status(window, QStringLiteral("AUTH-DMARC-RECORD"), gmail), CheckStatus::Pass);
    QCOMPARE(status(window, QStringLiteral("INFRA-TLS"), gmail), CheckStatus::Fail);
    QCOMPARE(status(window, QStringLiteral("AUTH-DKIM-KEY-1024"), gmail), CheckStatus::NotApplicable);
    // Unauthenticated: Gmail and Yahoo refuse it (the headline); the others follow p=quarantine.
    QCOMPARE(view->headlineText(), QStringLiteral("Gmail, Yahoo would most likely reject this message: neither SPF nor DKIM passes."));
    QVERIFY2(view->providerVerdictText(QStringLiteral("outlook")).contains(QStringLiteral("p=quarantine")),
             qPrintable(view->providerVerdictText(QStringLiteral("outlook"))));
    QVERIFY2(!view->providerVerdictText(gmail).startsWith(QStringLiteral("Inbox")), qPrintable(view->providerVerdictText(gmail)));
    view->bulkSwitch()->setChecked(false);
}

void TestChecklistView::detailShowsExplanationAndEvidence()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    RequirementDetail *detail = view->detail();
    const RequirementRow *row = RequirementTable::builtin().row(QStringLiteral("AUTH-DKIM-PASS"));
    QVERIFY(row);

    view->selectCell(row->id, QStringLiteral("gmail"));
    QCOMPARE(detail->rowId(), row->id);
    QCOMPARE(detail->providers(), QStringList{QStringLiteral("gmail")});
    QCOMPARE(detail->explanationText(), row->explanation.en);
    const QString text = detail->toPlainText();
    QVERIFY(text.contains(row->explanation.en));
    QVERIFY(text.contains(row->fix.en));
    QVERIFY(text.contains(QStringLiteral("Required of bulk senders")));
    QVERIFY(text.contains(RequirementTable::builtin().source(QStringLiteral("G1")).title.en));
    // The evidence is the signature that verified, pointing at its line; recorded vs now.
    QVERIFY(!detail->evidence().isEmpty());
    QVERIFY(text.contains(detail->evidenceTexts().first()));
    QVERIFY(text.contains(QStringLiteral("Recorded at delivery and verified again now")));

    // A click on the evidence shows its lines in the raw source.
    const auto withLine = std::find_if(detail->evidence().cbegin(), detail->evidence().cend(), [](const Finding &f) {
        return f.line > 0;
    });
    QVERIFY(withLine != detail->evidence().cend());
    const Finding first = *withLine;
    QSignalSpy lines(view, &ChecklistView::lineActivated);
    // As a click on its link in the pane does.
    emit detail->anchorClicked(QUrl(QStringLiteral("kensa-evidence:%1").arg(withLine - detail->evidence().cbegin())));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().at(0).toInt(), first.line);
    QCOMPARE(window.tabs()->currentWidget(), window.rawSourceView());
    QCOMPARE(window.rawSourceView()->textCursor().selectionStart(),
             window.rawSourceView()->document()->findBlockByNumber(first.line - 1).position());

    // The row's title shows the rule of every provider in view (the carriers are switched off).
    window.tabs()->setCurrentWidget(view);
    view->selectCell(row->id);
    const QStringList mailbox{QStringLiteral("gmail"), QStringLiteral("yahoo"), QStringLiteral("apple"), QStringLiteral("outlook")};
    QCOMPARE(detail->providers(), mailbox);
    view->setCarriersShown(true);
    view->selectCell(row->id);
    QCOMPARE(detail->providers(), RequirementTable::builtin().providers());
    view->setCarriersShown(false);
}

// The carriers' columns are a switch: off, their columns and rows are out of view and their
// verdicts out of the banner; on, the newsletter (From domain without SPF) fails their row, and
// their verdict stands under the headline, never as it.
void TestChecklistView::carriersSwitch()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    ChecklistModel *model = view->model();
    const int docomo = model->columnOf(QStringLiteral("docomo"));
    const int carrierRow = model->rowOf(QStringLiteral("JP-SPOOF-SPF-FROM"));
    QVERIFY(docomo > 0 && carrierRow > 0);
    QVERIFY(!view->carriersShown());
    QVERIFY(view->matrix()->isColumnHidden(docomo));
    QVERIFY(view->matrix()->isRowHidden(carrierRow));
    QVERIFY(!view->matrix()->isColumnHidden(model->columnOf(QStringLiteral("gmail"))));
    QVERIFY(!view->matrix()->isRowHidden(model->rowOf(QStringLiteral("AUTH-SPF-PASS"))));
    QVERIFY(!view->headlineText().contains(QStringLiteral("docomo")));

    view->carriersSwitch()->click();
    QVERIFY(view->carriersShown());
    QVERIFY(!view->matrix()->isColumnHidden(docomo));
    QVERIFY(!view->matrix()->isRowHidden(carrierRow));
    for (const char *provider : {"docomo", "au", "softbank"}) {
        QCOMPARE(status(window, QStringLiteral("JP-SPOOF-SPF-FROM"), QString::fromLatin1(provider)), CheckStatus::Fail);
        QCOMPARE(status(window, QStringLiteral("JP-SPOOF-FILTER-ON"), QString::fromLatin1(provider)), CheckStatus::NotVerifiable);
        QVERIFY2(view->providerVerdictText(QString::fromLatin1(provider)).contains(QStringLiteral("spoofed-sender rejection")),
                 qPrintable(view->providerVerdictText(QString::fromLatin1(provider))));
    }
    QCOMPARE(status(window, QStringLiteral("JP-SPOOF-SPF-FROM"), QStringLiteral("gmail")), CheckStatus::NotApplicable);
    // Gmail's inbox verdict keeps the headline.
    QVERIFY2(view->headlineText().startsWith(QStringLiteral("Gmail")), qPrintable(view->headlineText()));
    QVERIFY(view->matrix()->horizontalHeader()->length() <= view->matrix()->viewport()->width());
    QVERIFY(QSettings().value(QStringLiteral("checklist/carriers")).toBool());
    view->carriersSwitch()->click();
    QVERIFY(view->matrix()->isColumnHidden(docomo));
}

void TestChecklistView::languageSwitchRerenders()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(open(window, QStringLiteral("newsletter.eml")));
    ChecklistView *view = window.checklistView();
    ChecklistModel *model = view->model();
    const RequirementRow *row = RequirementTable::builtin().row(QStringLiteral("AUTH-SPF-OR-DKIM"));
    view->selectCell(row->id, QStringLiteral("gmail"));
    const QString englishHeadline = view->headlineText();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Requirement"));

    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(50);
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("チェックリスト"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("要件"));
    QCOMPARE(model->data(model->index(0, 0)).toString(), RequirementTable::builtin().groups().first().title.ja);
    QCOMPARE(model->data(model->index(model->rowOf(row->id), 0)).toString(), row->title.ja);
    QCOMPARE(cell(window, row->id, QStringLiteral("gmail"), Qt::DisplayRole).toString(), QStringLiteral("適合"));
    QCOMPARE(view->bulkSwitch()->text(), QStringLiteral("大量送信者（1 日 5,000 通以上）"));
    QVERIFY(view->headlineText() != englishHeadline);
    QCOMPARE(view->detail()->explanationText(), row->explanation.ja);
    QVERIFY(view->detail()->toPlainText().contains(row->explanation.ja));

    window.setLanguage(QStringLiteral("en"));
    QTest::qWait(50);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Requirement"));
    QCOMPARE(view->headlineText(), englishHeadline);
}

void TestChecklistView::screenshots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("carriers");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QTest::newRow(qPrintable(u"newsletter-1280-"_qs + language))
            << QStringLiteral("newsletter.eml") << language << QSize(1280, 800) << u"checklist-1280x800-"_qs + language << false;
        QTest::newRow(qPrintable(u"newsletter-1920-"_qs + language))
            << QStringLiteral("newsletter.eml") << language << QSize(1920, 1080) << u"checklist-1920x1080-"_qs + language << false;
        QTest::newRow(qPrintable(u"dmarc-fail-1280-"_qs + language))
            << QStringLiteral("dmarc-fail.eml") << language << QSize(1280, 800) << u"checklist-dmarc-fail-1280x800-"_qs + language << false;
        QTest::newRow(qPrintable(u"dmarc-fail-1920-"_qs + language))
            << QStringLiteral("dmarc-fail.eml") << language << QSize(1920, 1080) << u"checklist-dmarc-fail-1920x1080-"_qs + language << false;
        // The Japanese carriers' columns beside the four providers, at the smallest size.
        QTest::newRow(qPrintable(u"newsletter-carriers-1280-"_qs + language))
            << QStringLiteral("newsletter.eml") << language << QSize(1280, 800) << u"checklist-carriers-1280x800-"_qs + language << true;
        QTest::newRow(qPrintable(u"newsletter-carriers-1920-"_qs + language))
            << QStringLiteral("newsletter.eml") << language << QSize(1920, 1080) << u"checklist-carriers-1920x1080-"_qs + language << true;
    }
}

void TestChecklistView::screenshots()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, name);
    QFETCH(bool, carriers);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    ChecklistView *view = window.checklistView();
    view->setCarriersShown(carriers);
    QVERIFY(open(window, file));
    if (carriers)
        view->selectCell(QStringLiteral("JP-SPOOF-SPF-FROM"), QStringLiteral("docomo"));
    else
        view->selectCell(QStringLiteral("AUTH-DMARC-ALIGNED"), QStringLiteral("gmail"));
    QTest::qWait(100);
    // Every provider column in view, no sideways scrolling.
    QVERIFY(view->matrix()->horizontalHeader()->length() <= view->matrix()->viewport()->width());
    QVERIFY(!view->matrix()->horizontalScrollBar()->isVisible());
    QVERIFY(window.grab().save(screenshotDir() + u'/' + name + QStringLiteral(".png")));
    window.setLanguage(QStringLiteral("en"));
    view->setCarriersShown(false);
}

QTEST_MAIN(TestChecklistView)
#include "TestChecklistView.moc"
