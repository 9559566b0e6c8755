#pragma once

#include "core/DkimResult.h"

#include <QFrame>

class QLabel;

namespace kensa {

// One DKIM signature: the verdict in colour, icon and words, both verdicts (recorded by the
// receiver, re-verified now), the key, what was signed, and an explanation to paste to a customer.
class DkimCard : public QFrame
{
    Q_OBJECT

public:
    explicit DkimCard(const DkimResult &result, QWidget *parent = nullptr);

    const DkimResult &result() const { return m_result; }
    QString statusText() const;
    QColor statusColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DkimResult m_result;
    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_verdicts = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace kensa
