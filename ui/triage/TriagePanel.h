#pragma once

#include "core/analysis/Analyzer.h"
#include "core/checklist/RequirementEngine.h"
#include "core/dns/DnsConfig.h"
#include "core/report/Report.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kensa {

class CompareDialog;
class TriageFilter;
class TriageModel;
class TriageRunner;

// The mailbox list: every message of an mbox (or of several files opened together) with its
// date, From, Subject and each provider's verdict, filled as the background analyses finish;
// "only failing" and a text filter; Compare for two selected messages.
class TriagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TriagePanel(QWidget *parent = nullptr);

    // Lists the messages and starts analysing them with the DNS `config`.
    void setInput(const LoadedInput &input, const DnsConfig &config);
    void clear();
    // A report made elsewhere (the main window's analysis of the selected message).
    void takeReport(const Report &report);
    void setOptions(const RequirementOptions &options, bool carriersShown);
    // The selected message's row in the list as loaded (0-based), -1 when none.
    int currentRow() const;
    void selectRow(int row);
    // Opens the compare view of two rows (in the list as loaded); false when either is unfinished.
    bool compareRows(int first, int second);

    TriageModel *model() const { return m_model; }
    TriageFilter *filter() const { return m_filter; }
    TriageRunner *runner() const { return m_runner; }
    QTableView *view() const { return m_view; }
    QCheckBox *onlyFailingSwitch() const { return m_onlyFailing; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *compareButton() const { return m_compare; }
    CompareDialog *compareDialog() const;
    QString statusText() const;

signals:
    // The user selected the message of `row` (the list as loaded, 0-based).
    void messageSelected(int row);
    // Every message of the list has its report.
    void allChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void updateCompareButton();
    void updateColumns();
    void compareSelected();
    QList<int> selectedRows() const;
    QString titleOf(int row) const;

    TriageModel *m_model = nullptr;
    TriageFilter *m_filter = nullptr;
    TriageRunner *m_runner = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_onlyFailing = nullptr;
    QPushButton *m_compare = nullptr;
    QTableView *m_view = nullptr;
    QPointer<CompareDialog> m_compareDialog;
    QString m_stoppedReason;
    int m_fileCount = 0;
};

} // namespace kensa
