#pragma once

#include "core/base/CheckOutcome.h"
#include "core/dns/DnsTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// Whether the envelope and header domains exist and can take replies
// (../shared/reference/provider-requirements.md INFRA-DOMAIN-EXISTS):
//   infra.domain_exists  Yahoo: the MAIL FROM and From domains exist; NXDOMAIN fails, a null MX
//                        (RFC 7505) fails, SERVFAIL or no answer cannot be judged. Yahoo asks
//                        for the SOA; the MX answer's code tells the same (RFC 8020), and the MX
//                        is asked anyway, so Kensa asks one question where Yahoo asks two
//   infra.domain_reply   Outlook.com: From and Reply-To domains have an MX, or an address that
//                        serves as implicit MX (RFC 5321 §5.1); neither is a warning
// Like the other checks it only names its DNS questions and reads the answers.
class DomainExistence
{
public:
    DomainExistence(const QString &mailFromDomain, const QString &fromDomain, const QStringList &replyToDomains);

    // What is still to ask given the answers so far: MX, then addresses where MX left replies
    // (or existence) open. Empty when everything is known.
    QList<DnsQuestion> questions() const;
    void setAnswer(const DnsAnswer &answer);
    QList<CheckOutcome> outcomes() const; // infra.domain_exists, infra.domain_reply

private:
    const DnsAnswer *answer(const QString &domain, DnsType type) const;
    CheckOutcome existence() const;
    CheckOutcome replies() const;

    QString m_mailFrom;
    QString m_from;
    QStringList m_replyTo;
    QList<DnsAnswer> m_answers;
};

} // namespace kensa
