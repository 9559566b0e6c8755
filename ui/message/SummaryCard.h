#pragma once

#include "core/report/Report.h"

#include <QFrame>

class QLabel;
class QGridLayout;
class QToolButton;

namespace kensa {

// The card at the top of an analysis: who sent what, when, how large, and how it was read.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear();

    // For tests: the value shown for a row ("from", "to", "subject", "date", "message_id",
    // "size", "input").
    QString valueText(const QString &row) const;
    QString labelText(const QString &row) const;

    // Collapsed: one line (subject, sender, date) so the tabs keep the height on a small
    // screen; expanded: every row. The choice persists.
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    QToolButton *expandButton() const { return m_toggle; }
    // For tests: the one line shown while collapsed.
    QString briefText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRow(const QString &id);
    void updateValues();
    void updateExpansion();

    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_brief = nullptr;
    QToolButton *m_toggle = nullptr;
    bool m_expanded = false;
    QList<QPair<QString, QPair<QLabel *, QLabel *>>> m_rows;
    Report m_report;
    bool m_hasReport = false;
};

} // namespace kensa
