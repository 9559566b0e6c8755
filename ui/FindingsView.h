#pragma once

#include "core/base/Finding.h"

#include <QTreeView>

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
    // An analysis has started; its findings arrive one by one through addFinding().
    void startStreaming();
    void addFinding(const Finding &finding);
    void clearFindings();

signals:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    FindingsModel *m_model = nullptr;
};

} // namespace kensa
