#pragma once

#include "core/auth/arc/ArcResult.h"
#include "ui/auth/VerdictCard.h"

class QTableWidget;

namespace kensa {

// The ARC chain as a diagram of its sets, oldest first: who sealed, with which cv, whether the
// seal and the message signature still verify, and what that intermediary saw on arrival
// (SPF, DKIM, DMARC before it forwarded), told in plain words.
class ArcCard : public VerdictCard
{
    Q_OBJECT

public:
    ArcCard(const ArcResult &result, const QString &recorded, const QString &recordedBy, QWidget *parent = nullptr);

    const ArcResult &result() const { return m_result; }
    QTableWidget *chain() const { return m_chain; }

protected:
    void retranslateUi() override;

private:
    ArcResult m_result;
    QString m_recorded;
    QString m_recordedBy;
    QTableWidget *m_chain = nullptr;
};

} // namespace kensa
