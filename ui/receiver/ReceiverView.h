#pragma once

#include "core/report/Report.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kensa {

// The Receiver's verdict tab: every spam-verdict field of the message, decoded. A tree lists
// the fields (receiver, trusted or claim, verdict, score against threshold) with their tokens
// and rules; the pane beside it shows the selected field, token or rule with its documented
// meaning ("undocumented" when the vendor publishes none), the source of that meaning as text
// (never opened; it can be copied) and the raw field text.
class ReceiverView : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear();

    // For tests and screenshots.
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;
    QString detailText() const;  // the pane's text as shown
    QString sourceText() const;  // the documentation address shown for the selection
    QString rawText() const;
    QToolButton *copySourceButton() const { return m_copySource; }
    // Selects the field at `index` (in the report's order), or one of its tokens or rules.
    void selectField(int index);
    void selectToken(int field, const QString &token);
    void selectRule(int field, const QString &rule);
    // The context menu of a tree row (it becomes the current one): Copy (the pane's title and
    // text), Copy evidence line (the verdict field as written). The caller owns it.
    QMenu *createItemMenu(QTreeWidgetItem *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum ItemKind { FieldItem = 1, TokenItem, RulesItem, RuleItem };

    void retranslateUi();
    void rebuild();
    void showDetail(QTreeWidgetItem *item);
    QTreeWidgetItem *fieldItem(int index) const;

    QList<ReceiverVerdict> m_verdicts;
    Message m_message; // the fields whose lines "Copy evidence line" copies
    bool m_checked = false;
    bool m_hasReport = false;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_source = nullptr;
    QToolButton *m_copySource = nullptr;
    QLabel *m_rawLabel = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace kensa
