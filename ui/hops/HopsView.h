#pragma once

#include "core/report/Report.h"

#include <QWidget>

class QButtonGroup;
class QFrame;
class QLabel;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace kensa {

// The Hops tab: the Received fields as a journey from the sender (top) to the recipient
// (bottom), one box per hop with the delay since the previous one, the trust boundary
// highlighted; a toggle shows the same hops as a table.
class HopsView : public QWidget
{
    Q_OBJECT

public:
    explicit HopsView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    int hopCount() const;
    QTableWidget *table() const { return m_table; }

    // For tests and screenshots.
    QList<QFrame *> hopBoxes() const;     // oldest first; a box has the property "boundary"
    QString summaryText() const;
    QString findingsText() const;
    void showTable(bool table);
    bool isTableShown() const;
    // The context menu of hop `index` (oldest first), from its box or its table row: Copy (the
    // hop as the box shows it), Copy evidence line (its Received field). The caller owns it.
    QMenu *createHopMenu(int index);
    // "2 s", "3 min 5 s", "1 h 2 min", in the user's language; negative durations keep the sign.
    static QString durationText(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildTimeline();
    void fillTable();
    QFrame *makeHopBox(const HopTimeline::Hop &hop);
    QWidget *makeDelayRow(const HopTimeline::Hop &hop, qint64 longest);

    HopTimeline m_hops;
    bool m_hasReport = false;
    QLabel *m_summary = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_toggle = nullptr;
    QToolButton *m_timelineButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QButtonGroup *m_toggleGroup = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_timeline = nullptr;
    QVBoxLayout *m_timelineLayout = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace kensa
