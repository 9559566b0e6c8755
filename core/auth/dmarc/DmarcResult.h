#pragma once

#include "core/auth/dmarc/DmarcRecord.h"
#include "core/base/Finding.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kensa {

// What DMARC concluded (DESIGN.md "Decisions": RFC 9989, with the RFC 7489 answer beside it).
struct DmarcResult
{
    QString fromDomain;          // A-label, lower case
    QString orgDomain;           // by the DNS Tree Walk (RFC 9989 §4.10.2)
    QString recordDomain;        // where the policy record was found ("" when none)
    DmarcRecord record;
    QString policy;              // the policy that applies: p, sp or np
    QString policySource;        // "p", "sp" or "np"
    QString result;              // RFC 8601: pass fail none temperror permerror
    QString reason;              // explanation key
    QList<QPair<QString, QString>> reasonArgs;
    bool spfAligned = false;
    bool dkimAligned = false;
    QString spfDomain;           // the SPF identity compared (MAIL FROM or HELO domain)
    QString spfResult;
    bool spfFromRecord = false;
    QStringList alignedDkimDomains;
    QStringList passingDkimDomains;
    QString disposition;         // none | quarantine | reject (what a receiver would do)
    bool nonexistentDomain = false;
    // RFC 7489 (libpsl organisational domain) for comparison.
    QString rfc7489OrgDomain;
    QString rfc7489Result;
    QString recorded;            // the trusted Authentication-Results dmarc= word, "" when none
    QString recordedBy;
    // The policy the receiver saw, from the comment of its dmarc= result ("p=QUARANTINE"), lower
    // case; "" when it wrote none.
    QString recordedPolicy;
    QList<Finding> findings;
};

} // namespace kensa
