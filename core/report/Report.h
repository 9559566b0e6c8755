#pragma once

#include "core/auth/arc/ArcResult.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dmarc/DmarcResult.h"
#include "core/auth/iprev/IprevResult.h"
#include "core/auth/results/AuthResultsField.h"
#include "core/auth/spf/SpfResult.h"
#include "core/base/CheckOutcome.h"
#include "core/base/Finding.h"
#include "core/checklist/CheckResults.h"
#include "core/checklist/RequirementResult.h"
#include "core/dns/DnsTypes.h"
#include "core/hops/HopTimeline.h"
#include "core/input/SourceInfo.h"
#include "core/message/Message.h"
#include "core/message/MessageSummary.h"
#include "core/message/MimePart.h"
#include "core/receiver/ReceiverResult.h"
#include "core/sender/SendingServiceResult.h"
#include "core/unsubscribe/UnsubscribeResult.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kensa {

// Everything one analysis found. A value: the UI and kensa-cli read only this.
struct Report
{
    SourceInfo source;
    // False when the input is not an email message at all (empty, a binary file such as an image
    // renamed .eml, text without a header section of a message): no check runs and no provider
    // is judged. notMessageReason is the key of the finding that says what the input is.
    bool isMessage = true;
    QString notMessageReason;
    MessageSummary summary;
    Message message;
    MimePart mime;              // the MIME tree; meaningful when hasBody()
    QList<Finding> findings;
    // Every Authentication-Results and ARC-Authentication-Results field, top first; `trusted`
    // marks those the final receiver wrote.
    QList<AuthResultsField> authResults;
    QString receiverAuthservId; // the authserv-id taken as the final receiver's ("" when none)
    // One per DKIM-Signature, top first. Until dkimChecked (and arc until arcChecked) they hold
    // what parsing alone tells (d=, s=, the ARC-Seal d=), with temperror for the verdicts.
    QList<DkimResult> dkim;
    bool dkimChecked = false;   // false until the DKIM check has run
    ArcResult arc;
    bool arcChecked = false;
    QString arcRecorded;        // the trusted Authentication-Results arc= word
    QString arcRecordedBy;
    HopTimeline hops;
    IprevResult iprev;
    bool iprevChecked = false;           // the Received hops, oldest first, with the trust boundary
    SpfResult spf;
    bool spfChecked = false;    // SPF was evaluated (false also when no sending IP is known)
    QString spfRecorded;        // the trusted Authentication-Results spf= word
    QString spfRecordedBy;
    // SPF of the header From domain for the same IP (check_host with postmaster@<from-domain>),
    // as the Japanese carriers' spoofed-sender filters judge it. spfFromReused: the From domain
    // is the envelope domain, so spfFrom is the envelope result, not a second evaluation.
    SpfResult spfFrom;
    bool spfFromChecked = false;
    bool spfFromReused = false;
    DmarcResult dmarc;
    bool dmarcChecked = false;
    // Return-Path vs From (DMARC's SPF identity): "exact", "organizational", "different", or
    // "" for a bounce (null Return-Path) or no From domain.
    QString returnPathAlignment;
    SendingServiceResult sendingService;
    // The existence of the MAIL FROM and From domains (NXDOMAIN, null MX, MX or address for replies),
    // as outcomes of infra.domain_exists and infra.domain_reply.
    QList<CheckOutcome> domainChecks;
    bool domainChecked = false;
    UnsubscribeResult unsubscribe;
    bool unsubscribeChecked = false;
    // What the receivers wrote about their own spam decision (core/receiver), top first.
    QList<ReceiverVerdict> receiverVerdicts;
    bool receiverChecked = false;
    QList<CheckOutcome> format;  // FormatChecker's outcomes, in FormatChecker::checkIds() order
    bool formatChecked = false;
    // The checklist with the default switches (not bulk, marketing decided from the message);
    // the UI re-evaluates it with RequirementEngine when the user changes the switches.
    QList<RequirementResult> requirements;
    QList<DnsAnswer> dns;       // every DNS answer the analysis used, in arrival order
    // The DNS budget of the analysis (AnalysisOptions::timeoutMs; 0 before an analysis ran),
    // whether it ran out before every question was answered, and how many were not.
    int dnsBudgetMs = 0;
    bool dnsBudgetExhausted = false;
    int dnsUnanswered = 0;
    // Empty while Kensa's DNS answers can be relied on; otherwise the key of the finding that
    // says why not: "dns.unreachable" (every question timed out or failed) or
    // "dns.nxdomain_everywhere" (every name answered NXDOMAIN, the root zone's own included).
    // The checks that need DNS are then not judged.
    QString dnsUnreliable;
    qint64 analysisTime = 0;    // "now" of the analysis, seconds since the epoch

    bool hasBody() const { return !message.headersOnly(); }

    // What RequirementEngine reads of this report.
    CheckResults checkResults() const;
};

QDebug operator<<(QDebug dbg, const Report &report);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::Report)
