#pragma once

#include "core/base/Finding.h"

#include <QTreeWidget>

namespace kensa {

// The findings of an analysis in the user's language, most severe first; activating one that
// has a line shows that line in the raw source.
class FindingsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void addFinding(const Finding &finding);
    void clearFindings();

signals:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    QList<Finding> m_findings;
};

} // namespace kensa
