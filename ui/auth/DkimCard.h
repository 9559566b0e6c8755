#pragma once

#include "core/auth/dkim/DkimResult.h"

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
    // The finding that explains why the receiver's verdict and Kensa's differ.
    void setDifference(const Finding &difference);
    QString differenceText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DkimResult m_result;
    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_verdicts = nullptr;
    QLabel *m_difference = nullptr;
    Finding m_differenceFinding;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace kensa
