#pragma once

#include "core/auth/dmarc/DmarcResult.h"
#include "core/sender/SendingServiceResult.h"
#include "ui/auth/VerdictCard.h"

class QLabel;

namespace kensa {

// DMARC for the From domain: the verdict, the receiver's verdict beside Kensa's, the policy
// that applies, which identifiers are aligned, and the RFC 7489 answer.
class DmarcCard : public VerdictCard
{
    Q_OBJECT

public:
    explicit DmarcCard(const DmarcResult &result, QWidget *parent = nullptr);

    const DmarcResult &result() const { return m_result; }
    // The sending service behind the message, whose own fix is shown when DMARC fails or the
    // Return-Path is another organisation's.
    void setSendingService(const SendingServiceResult &service, const QString &returnPathAlignment);
    QString fixText() const;

protected:
    void retranslateUi() override;

private:
    static QString resultWord(const QString &result);
    static QString dispositionWord(const QString &disposition);

    DmarcResult m_result;
    SendingServiceResult m_service;
    QString m_returnPathAlignment;
    QLabel *m_fix = nullptr;
};

} // namespace kensa
