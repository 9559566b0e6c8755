#include "core/i18n/Localization.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsView.h"
#include "ui/MainWindow.h"
#include "ui/auth/ArcCard.h"
#include "ui/auth/AuthResultsBlock.h"
#include "ui/auth/AuthenticationView.h"
#include "ui/auth/DkimCard.h"
#include "ui/auth/DmarcCard.h"
#include "ui/auth/SpfCard.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/hops/HopsView.h"
#include "ui/message/HeadersView.h"
#include "ui/receiver/ReceiverCard.h"
#include "ui/receiver/ReceiverView.h"
#include "ui/style/ClipboardText.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace kensa;

// Copy where people expect it, offscreen, on the bundled samples with their DNS zone: Ctrl+C on
// a checklist cell copies the requirement, the provider's cell and why; the context menus of
// checklist cells, authentication cards, the receiver's card, hops and findings copy the item
// and the exact header field or DNS record behind it (disabled, with the reason, when there is
// none); Select All + Copy on the Headers tab copies the fields as written. The expected
// evidence lines are read here from the sample files themselves, not from Kensa's parser.
class TestCopyActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checklistCtrlC_data();
    void checklistCtrlC();
    void checklistSeveralCells();
    void contextMenu_data();
    void contextMenu();
    void evidenceLineDisabled_data();
    void evidenceLineDisabled();
    void headersSelectAllCopy();
    void headersMenu();
    void menuScreenshot_data();
    void menuScreenshot();

private:
    static QString sample(const QString &file)
    {
        return QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + file;
    }
    static bool open(MainWindow &window, const QString &file);
    // The header field starting on `line` of a sample, as written, line ends as "\n".
    static QString fieldOf(const QString &file, int line);
    // The menu a view shows for the item named `item` of kind `kind`.
    static QMenu *menuFor(MainWindow &window, const QString &kind, const QString &item);
    static QString clipboard() { return QGuiApplication::clipboard()->text(); }
};

void TestCopyActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCopyActions"));
    QSettings settings;
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.remove(QStringLiteral("dns/servers"));
    QVERIFY(QDir().mkpath(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots")));
}

void TestCopyActions::init()
{
    QSettings().setValue(
        QStringLiteral("dns/zoneFiles"), QStringList{sample(QStringLiteral("dmarc-fail.zone"))});
    QSettings().setValue(QStringLiteral("checklist/bulk"), false);
    QSettings().setValue(QStringLiteral("checklist/carriers"), false);
    Localization::apply(QStringLiteral("en"));
    QGuiApplication::clipboard()->clear();
}

bool TestCopyActions::open(MainWindow &window, const QString &file)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openFile(sample(file));
    return spy.wait(30000);
}

QString TestCopyActions::fieldOf(const QString &file, int line)
{
    QFile f(sample(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (line < 1 || line > lines.size())
        return {};
    QStringList out{QString::fromUtf8(lines.at(line - 1)).remove(u'\r')};
    for (qsizetype i = line;
         i < lines.size() && (lines.at(i).startsWith(' ') || lines.at(i).startsWith('\t'));
         ++i)
        out.append(QString::fromUtf8(lines.at(i)).remove(u'\r'));
    return out.join(u'\n');
}

QMenu *TestCopyActions::menuFor(MainWindow &window, const QString &kind, const QString &item)
{
    if (kind == u"checklist-cell") {
        ChecklistView *view = window.checklistView();
        const QModelIndex index
            = view->model()->cellIndex(item.section(u'/', 0, 0), item.section(u'/', 1, 1));
        view->matrix()->setCurrentIndex(index);
        return view->createCellMenu(index);
    }
    AuthenticationView *auth = window.authenticationView();
    if (kind == u"dkim-card")
        return ClipboardText::createCardMenu(auth->dkimCards().value(item.toInt()));
    if (kind == u"spf-card")
        return ClipboardText::createCardMenu(auth->spfCard());
    if (kind == u"dmarc-card")
        return ClipboardText::createCardMenu(auth->dmarcCard());
    if (kind == u"arc-card")
        return ClipboardText::createCardMenu(auth->arcCard());
    if (kind == u"auth-results")
        return ClipboardText::createCardMenu(auth->authResultsBlocks().value(item.toInt()));
    if (kind == u"receiver-card")
        return ClipboardText::createCardMenu(window.checklistView()->receiverCard());
    if (kind == u"receiver-field")
        return window.receiverView()->createItemMenu(window.receiverView()->tree()->topLevelItem(item.toInt()));
    if (kind == u"hop")
        return window.hopsView()->createHopMenu(item.toInt());
    if (kind == u"finding") {
        FindingsView *view = window.findingsView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(FindingsModel::KeyRole).toString() == item)
                return view->createFindingMenu(index);
        }
    }
    return nullptr;
}

void TestCopyActions::checklistCtrlC_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("expected");

    // The requirement, the provider's word with its tag, why, each piece of evidence with
    // where it is.
    QTest::newRow("spf-softfail-gmail")
        << "dmarc-fail.eml"
        << "AUTH-SPF-PASS"
        << "gmail"
        << "SPF passes\n"
           "Gmail: Fail (bulk)\n"
           "Why: SPF gives softfail for the envelope domain bulk.example.org: the sending server "
           "is not authorised by its SPF record.\n"
           "Evidence: SPF re-evaluated now: softfail for bulk.example.org from 203.0.113.66. "
           "(Received, line 6)";
    QTest::newRow("dkim-two-signatures-yahoo")
        << "forwarded-list.eml"
        << "AUTH-DKIM-PASS"
        << "yahoo"
        << "DKIM signature verifies\n"
           "Yahoo: Warning (bulk)\n"
           "Why: The receiver recorded DKIM pass, but the key list2024._domainkey.list.example.org "
           "is no longer published. "
           "The signature was probably fine at delivery; keys are often rotated after sending.\n"
           "Evidence: DKIM signature d=list.example.org s=list2024: permerror now, recorded at "
           "delivery: pass. (DKIM-Signature, line 37)\n"
           "Evidence: DKIM signature d=example.com s=mail2024: permerror now, recorded at "
           "delivery: fail. (DKIM-Signature, line 68)";
}

void TestCopyActions::checklistCtrlC()
{
    QFETCH(QString, file);
    QFETCH(QString, row);
    QFETCH(QString, provider);
    QFETCH(QString, expected);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, file));
    ChecklistView *view = window.checklistView();
    QTableView *matrix = view->matrix();
    const QModelIndex index = view->model()->cellIndex(row, provider);
    QVERIFY(index.isValid());
    matrix->setFocus();
    matrix->setCurrentIndex(index);
    QTest::keySequence(matrix, QKeySequence::Copy);
    QCOMPARE(clipboard(), expected);
    // The HTML flavour: one table row for the cell, with its words escaped.
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY(html.startsWith(QStringLiteral("<table")));
    QCOMPARE(html.count(QStringLiteral("<tr>")), 2);
    QVERIFY(html.contains(view->model()->data(index).toString()));
}

void TestCopyActions::checklistSeveralCells()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, QStringLiteral("dmarc-fail.eml")));
    ChecklistView *view = window.checklistView();
    QTableView *matrix = view->matrix();
    const QModelIndex spf
        = view->model()->cellIndex(QStringLiteral("AUTH-SPF-PASS"), QStringLiteral("gmail"));
    const QModelIndex dmarc
        = view->model()->cellIndex(QStringLiteral("AUTH-DMARC-RECORD"), QStringLiteral("yahoo"));
    matrix->setFocus();
    matrix->selectionModel()->select(dmarc, QItemSelectionModel::Select);
    matrix->selectionModel()->select(spf, QItemSelectionModel::Select);
    QTest::keySequence(matrix, QKeySequence::Copy);
    // One block per cell, in the matrix's order (SPF's row comes first), a blank line between.
    const QStringList blocks = clipboard().split(QStringLiteral("\n\n"));
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0), view->copyItem({spf}).text);
    QCOMPARE(blocks.at(1), view->copyItem({dmarc}).text);
    QVERIFY(blocks.at(1).contains(QStringLiteral("\nYahoo: Pass (bulk)\n")));
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->html().count(QStringLiteral("<tr>")), 3);

    // The menu on a cell of the selection copies the selection; on another cell, that cell.
    std::unique_ptr<QMenu> inSelection(view->createCellMenu(spf));
    inSelection->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QCOMPARE(clipboard().split(QStringLiteral("\n\n")).size(), 2);
    std::unique_ptr<QMenu> outside(view->createCellMenu(
        view->model()->cellIndex(QStringLiteral("AUTH-SPF-PASS"), QStringLiteral("apple"))));
    outside->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QCOMPARE(clipboard().split(QStringLiteral("\n\n")).size(), 1);
    QVERIFY(clipboard().contains(QStringLiteral("\nApple iCloud: ")));
}

void TestCopyActions::contextMenu_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("firstLine"); // of "Copy"
    QTest::addColumn<QString>(
        "evidenceLine"); // of "Copy evidence line"; "line:N" reads the field from the file

    QTest::newRow("checklist-cell-from-field") << "dmarc-fail.eml"
                                               << "checklist-cell"
                                               << "AUTH-DMARC-RECORD/gmail"
                                               << "DMARC record published"
                                               << "line:16";
    QTest::newRow("checklist-cell-dns-records")
        << "dmarc-fail.eml"
        << "checklist-cell"
        << "INFRA-DOMAIN-EXISTS/gmail"
        << "Sender domains exist and accept replies"
        << "bulk.example.org. 3600 IN MX 10 mx.bulk.example.org.\nbank.example.com. 3600 IN MX 10 "
           "mx.bank.example.com.";
    QTest::newRow("checklist-cell-two-dkim-signatures") << "forwarded-list.eml"
                                                        << "checklist-cell"
                                                        << "AUTH-DKIM-PASS/gmail"
                                                        << "DKIM signature verifies"
                                                        << "line:37+line:68";
    QTest::newRow("dkim-card")
        << "forwarded-list.eml"
        << "dkim-card"
        << "0"
        << "Permanent error · Signature 1 by list.example.org (selector list2024, rsa-sha256)"
        << "line:37";
    QTest::newRow("spf-card-record")
        << "dmarc-fail.eml"
        << "spf-card"
        << ""
        << "Soft fail · SPF for bulk.example.org, sent from 203.0.113.66"
        << "bulk.example.org. 3600 IN TXT \"v=spf1 ip4:192.0.2.128/25 ~all\"";
    QTest::newRow("dmarc-card-record")
        << "dmarc-fail.eml"
        << "dmarc-card"
        << ""
        << "Fail · DMARC for bank.example.com (policy published at _dmarc.bank.example.com)"
        << "_dmarc.bank.example.com. 3600 IN TXT \"v=DMARC1; p=quarantine; sp=quarantine; "
           "rua=mailto:dmarc@bank.example.com\"";
    QTest::newRow("arc-card-failed-seal") << "forwarded-list.eml"
                                          << "arc-card"
                                          << ""
                                          << "Fail · ARC chain of 2 sets"
                                          << "line:2";
    QTest::newRow("authentication-results")
        << "dmarc-fail.eml"
        << "auth-results"
        << "0"
        << "Trusted · Authentication-Results by mx.example.net (line 10)"
        << "line:10";
    QTest::newRow("receiver-card")
        << "dmarc-fail.eml"
        << "receiver-card"
        << ""
        << "Claims only · Receiver's verdict: the receiving server wrote no verdict field"
        << "line:14";
    QTest::newRow("receiver-tab-field")
        << "dmarc-fail.eml" << "receiver-field" << "0" << "X-Spam-Status" << "line:14";
    QTest::newRow("hop-boundary")
        << "dmarc-fail.eml"
        << "hop"
        << "0"
        << "Hop 1 of 2 · Trusted (added by the receiver) · Boundary: entered the receiver here · "
           "Non-public address (documentation range)"
        << "line:6";
    QTest::newRow("hop-newest")
        << "dmarc-fail.eml"
        << "hop"
        << "1"
        << "Hop 2 of 2 · Trusted (added by the receiver) · Non-public address (documentation range)"
        << "line:3";
    QTest::newRow("finding-with-line")
        << "forwarded-list.eml"
        << "finding"
        << "unsub.post.missing"
        << "Notice (line 83): List-Unsubscribe: List-Unsubscribe has an https: link, but there is "
           "no List-Unsubscribe-Post field, so one-click unsubscribe (RFC 8058) is not offered. "
           "Gmail and Yahoo require it for bulk marketing mail."
        << "line:83";
}

void TestCopyActions::contextMenu()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, item);
    QFETCH(QString, firstLine);
    QFETCH(QString, evidenceLine);
    if (evidenceLine.startsWith(u"line:")) {
        QStringList fields;
        for (const QString &part : evidenceLine.split(u'+'))
            fields.append(fieldOf(file, part.mid(5).toInt()));
        evidenceLine = fields.join(u'\n');
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, file));
    std::unique_ptr<QMenu> menu(menuFor(window, kind, item));
    QVERIFY(menu);
    QAction *copy = menu->findChild<QAction *>(QStringLiteral("copyAction"));
    QAction *line = menu->findChild<QAction *>(QStringLiteral("copyEvidenceLineAction"));
    QVERIFY(copy && line);
    QCOMPARE(copy->text(), QStringLiteral("Copy"));
    QCOMPARE(line->text(), QStringLiteral("Copy evidence line"));
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QCOMPARE(clipboard().section(u'\n', 0, 0), firstLine);
    QVERIFY(line->isEnabled());
    line->trigger();
    QCOMPARE(clipboard(), evidenceLine);
}

void TestCopyActions::evidenceLineDisabled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("reason");

    QTest::newRow("checklist-cell-without-evidence")
        << "dmarc-fail.eml"
        << "checklist-cell"
        << "AUTH-DKIM-PASS/gmail"
        << "This item points to no header field of the message and to no DNS record.";
    QTest::newRow("dmarc-card-no-record") << "forwarded-list.eml"
                                          << "dmarc-card"
                                          << ""
                                          << "The DNS answer for _dmarc.example.com (TXT) held no "
                                             "record (NXDOMAIN): there is nothing to copy.";
}

void TestCopyActions::evidenceLineDisabled()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, item);
    QFETCH(QString, reason);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, file));
    std::unique_ptr<QMenu> menu(menuFor(window, kind, item));
    QVERIFY(menu);
    QAction *line = menu->findChild<QAction *>(QStringLiteral("copyEvidenceLineAction"));
    QVERIFY(line);
    QVERIFY(!line->isEnabled());
    QCOMPARE(line->statusTip(), reason);
    QCOMPARE(line->toolTip(), reason);
    // "Copy" still copies the item.
    menu->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QVERIFY(!clipboard().isEmpty());
}

namespace {

// A folded field, an encoded-word and a field whose name the filter finds.
const QByteArray HeadersMessage = "Received: from a.example.org (a.example.org [192.0.2.1])\r\n"
                                  "\tby mx.example.net; Tue, 14 May 2024 03:41:17 +0000\r\n"
                                  "From: =?UTF-8?B?5bGx55Sw?= <taro@example.org>\r\n"
                                  "Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\n"
                                  "Message-ID: <1@example.org>\r\n"
                                  "\r\n"
                                  "body\r\n";

} // namespace

void TestCopyActions::headersSelectAllCopy()
{
    HeadersView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMessage(Message::parse(HeadersMessage));
    QTableView *table = view.table();
    table->setFocus();
    QTest::keySequence(table, QKeySequence::SelectAll);
    QTest::keySequence(table, QKeySequence::Copy);
    // As written, folding kept, one field after the other.
    QCOMPARE(clipboard(),
        QStringLiteral("Received: from a.example.org (a.example.org [192.0.2.1])\n"
                       "\tby mx.example.net; Tue, 14 May 2024 03:41:17 +0000\n"
                       "From: =?UTF-8?B?5bGx55Sw?= <taro@example.org>\n"
                       "Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n"
                       "Message-ID: <1@example.org>"));
    // What the filter leaves: only those fields.
    view.findChild<QLineEdit *>(QStringLiteral("headerFilter"))
        ->setText(QStringLiteral("example.org"));
    QTest::keySequence(table, QKeySequence::SelectAll);
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(clipboard(),
        QStringLiteral("Received: from a.example.org (a.example.org [192.0.2.1])\n"
                       "\tby mx.example.net; Tue, 14 May 2024 03:41:17 +0000\n"
                       "From: =?UTF-8?B?5bGx55Sw?= <taro@example.org>\n"
                       "Message-ID: <1@example.org>"));
}

void TestCopyActions::headersMenu()
{
    HeadersView view;
    view.setMessage(Message::parse(HeadersMessage));
    QTableView *table = view.table();
    const QModelIndex subject = table->model()->index(2, 0);
    table->selectionModel()->select(
        subject, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    std::unique_ptr<QMenu> menu(view.createHeaderMenu(subject));
    const QStringList names{QStringLiteral("copyAction"),
        QStringLiteral("copyValueAction"),
        QStringLiteral("copyAllHeadersAction")};
    for (const QString &name : names)
        QVERIFY2(menu->findChild<QAction *>(name), qPrintable(name));
    menu->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QCOMPARE(clipboard(), QStringLiteral("Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?="));
    // The value as the table shows it: decoded.
    menu->findChild<QAction *>(QStringLiteral("copyValueAction"))->trigger();
    QCOMPARE(clipboard(), QStringLiteral("テスト"));
    menu->findChild<QAction *>(QStringLiteral("copyAllHeadersAction"))->trigger();
    QCOMPARE(clipboard().count(u'\n'), 4);
    QVERIFY(clipboard().startsWith(QStringLiteral("Received: from a.example.org")));
    QVERIFY(clipboard().endsWith(QStringLiteral("Message-ID: <1@example.org>")));
}

void TestCopyActions::menuScreenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("en") << "en"
                        << "Copy"
                        << "Copy evidence line";
    QTest::newRow("ja") << "ja"
                        << "コピー"
                        << "根拠の行をコピー";
}

void TestCopyActions::menuScreenshot()
{
    QFETCH(QString, language);
    QFETCH(QString, copy);
    QFETCH(QString, evidence);
    Localization::apply(language);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(open(window, QStringLiteral("dmarc-fail.eml")));
    ChecklistView *view = window.checklistView();
    const QModelIndex index
        = view->model()->cellIndex(QStringLiteral("AUTH-DKIM-PASS"), QStringLiteral("gmail"));
    view->matrix()->setCurrentIndex(index);
    std::unique_ptr<QMenu> menu(view->createCellMenu(index));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("copyAction"))->text(), copy);
    QCOMPARE(
        menu->findChild<QAction *>(QStringLiteral("copyEvidenceLineAction"))->text(), evidence);
    menu->popup(
        view->matrix()->viewport()->mapToGlobal(view->matrix()->visualRect(index).center()));
    QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
    const QString path = QCoreApplication::applicationDirPath()
        + QStringLiteral("/screenshots/copy-menu-%1.png").arg(language);
    QVERIFY(menu->grab().save(path));
    menu->hide();
}

QTEST_MAIN(TestCopyActions)
#include "TestCopyActions.moc"
