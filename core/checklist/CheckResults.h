#pragma once

#include "core/auth/arc/ArcResult.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dmarc/DmarcResult.h"
#include "core/auth/iprev/IprevResult.h"
#include "core/auth/spf/SpfResult.h"
#include "core/base/CheckOutcome.h"
#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/message/MessageSummary.h"
#include "core/unsubscribe/UnsubscribeResult.h"

#include <QList>
#include <QString>

namespace kensa {

// What RequirementEngine judges: the header fields it cites as evidence and the result of every
// check it reads. A check whose *Checked flag is false still waits for DNS; its rows are pending.
// Report::checkResults() fills it from a report.
struct CheckResults
{
    Message message;
    MessageSummary summary;
    QString receiverAuthservId; // the final receiver's authserv-id ("" when none)
    HopTimeline hops;
    QList<DkimResult> dkim;
    bool dkimChecked = false;
    // The instances (with the ARC-Seal d= of each) are known from parsing, before arcChecked.
    ArcResult arc;
    bool arcChecked = false;
    SpfResult spf;
    bool spfChecked = false;
    QString spfRecorded; // the trusted Authentication-Results spf= word
    // SPF of the header From domain for the same IP; spfFromReused when it is the envelope's.
    SpfResult spfFrom;
    bool spfFromChecked = false;
    bool spfFromReused = false;
    DmarcResult dmarc;
    bool dmarcChecked = false;
    IprevResult iprev;
    bool iprevChecked = false;
    QList<CheckOutcome> domainChecks; // infra.domain_exists, infra.domain_reply
    bool domainChecked = false;
    UnsubscribeResult unsubscribe;
    bool unsubscribeChecked = false;
    QList<CheckOutcome> format;
    bool formatChecked = false;
    // Kensa's DNS answers cannot be relied on (unreachable, or NXDOMAIN for everything): the
    // checks that need DNS are not judged and no provider verdict is given.
    bool dnsUnreliable = false;
    // The input is not an email message (Report::isMessage): no requirement is judged.
    bool isMessage = true;
};

} // namespace kensa
