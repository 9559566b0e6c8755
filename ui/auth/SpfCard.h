#pragma once

#include "core/auth/spf/SpfResult.h"
#include "ui/auth/VerdictCard.h"

namespace kensa {

// SPF re-evaluated for the IP that delivered the message: the verdict beside the receiver's,
// the record, the mechanism that decided, the lookup count and the whole evaluation trace.
class SpfCard : public VerdictCard
{
    Q_OBJECT

public:
    SpfCard(const SpfResult &result, const QString &recorded, const QString &recordedBy, QWidget *parent = nullptr);

    const SpfResult &result() const { return m_result; }

protected:
    void retranslateUi() override;

private:
    SpfResult m_result;
    QString m_recorded;
    QString m_recordedBy;
};

} // namespace kensa
