#pragma once

#include "core/DmarcEvaluator.h"

#include <QFrame>

class QLabel;

namespace kensa {

// DMARC for the From domain: the verdict in colour and words, the receiver's verdict beside
// Kensa's, the policy that applies, which identifiers are aligned, and the RFC 7489 answer.
class DmarcCard : public QFrame
{
    Q_OBJECT

public:
    explicit DmarcCard(const DmarcResult &result, QWidget *parent = nullptr);

    const DmarcResult &result() const { return m_result; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DmarcResult m_result;
    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_verdicts = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace kensa
