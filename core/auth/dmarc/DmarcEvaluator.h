#pragma once

#include "core/auth/dmarc/DmarcResult.h"
#include "core/auth/dmarc/DmarcRecord.h"
#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kensa {

class OrganizationalDomain;

// DMARC for one message: declares the DNS questions it needs (the _dmarc names of the DNS
// Tree Walk for the From domain and for each identifier that must be compared with it, the
// From domain's MX for np=, whose NXDOMAIN says the domain does not exist), then computes the
// result from the answers. No DNS inside.
class DmarcEvaluator
{
public:
    struct Input
    {
        QStringList fromDomains;   // every address domain in From (several or none is a finding)
        QString spfResult;         // RFC 8601 word of SPF for the MAIL FROM (or HELO) identity
        QString spfDomain;         // that identity's domain
        bool spfFromRecord = false; // the SPF result is the receiver's, not Kensa's own
        QList<QPair<QString, QString>> dkim; // (d=, result) per signature
    };

    DmarcEvaluator(Input input, const OrganizationalDomain &psl);

    QList<DnsQuestion> questions() const;
    void setAnswer(const DnsAnswer &answer);
    DmarcResult result() const;

    // The names the Tree Walk asks for `domain`, most specific first (RFC 9989 §4.10: the name
    // itself, then from seven labels down to the top-level domain; at most eight).
    static QStringList treeWalk(const QString &domain);

private:
    struct Found
    {
        QString domain;
        DmarcRecord record;
    };
    enum class Lookup { Record, NoRecord, TempError, Missing };
    Lookup lookup(const QString &domain, DmarcRecord *record) const;
    QString orgDomain(const QString &domain, bool *temporary) const;

    Input m_input;
    const OrganizationalDomain &m_psl;
    QString m_from;
    const DnsAnswer *answer(const QString &name, DnsType type) const;
    DnsAnswerList m_answers;
};

} // namespace kensa
