#pragma once

#include "core/report/Report.h"

#include <QFrame>

class QLabel;
class QGridLayout;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRow(const QString &id);
    void updateValues();

    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QList<QPair<QString, QPair<QLabel *, QLabel *>>> m_rows;
    Report m_report;
    bool m_hasReport = false;
};

} // namespace kensa
