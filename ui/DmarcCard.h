#pragma once

#include "core/DmarcEvaluator.h"
#include "ui/VerdictCard.h"

namespace kensa {

// DMARC for the From domain: the verdict, the receiver's verdict beside Kensa's, the policy
// that applies, which identifiers are aligned, and the RFC 7489 answer.
class DmarcCard : public VerdictCard
{
    Q_OBJECT

public:
    explicit DmarcCard(const DmarcResult &result, QWidget *parent = nullptr);

    const DmarcResult &result() const { return m_result; }

protected:
    void retranslateUi() override;

private:
    DmarcResult m_result;
};

} // namespace kensa
