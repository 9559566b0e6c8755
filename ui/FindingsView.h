#pragma once

#include "core/base/Finding.h"
#include "core/report/Report.h"

#include <QTreeView>

class QMenu;

namespace kensa {

class FindingsModel;

// The findings of an analysis in the user's language, most severe first; activating one that
// has a line shows that line in the raw source.
class FindingsView : public QTreeView
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    FindingsModel *findingsModel() const { return m_model; }
    void setFindings(const QList<Finding> &findings);
    // The findings of a finished analysis, with the message and DNS answers their evidence
    // lines are copied from.
    void setReport(const Report &report);
    // An analysis has started; its findings arrive one by one through addFinding().
    void startStreaming();
    void addFinding(const Finding &finding);
    void clearFindings();

    // A finding as text ("Warning (line 12): DKIM-Signature: ..."), for Ctrl+C and "Copy".
    QString findingText(const QModelIndex &index) const;
    // The context menu of a finding: Copy, Copy evidence line. The caller owns it.
    QMenu *createFindingMenu(const QModelIndex &index);

signals:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    FindingsModel *m_model = nullptr;
    Message m_message;
    QList<DnsAnswer> m_dns;
};

} // namespace kensa
