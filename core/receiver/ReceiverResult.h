#pragma once

#include "core/base/Finding.h"
#include "core/base/LocalText.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kensa {

// One token of a receiver's field with what its vendor documents about it. `documented` is
// false when the vendor publishes no meaning for the token or for this value: then `meaning` is
// empty and the UI shows the raw text marked "undocumented" (never an invented meaning).
struct DecodedToken
{
    QString token;      // as the vendor names it: "SCL", "SFV", "BCL", "dest", "score", ...
    QString value;      // as written
    LocalText label;    // what the token is ("Spam confidence level"), from the data
    LocalText meaning;  // what this value means, from the data; empty when not documented
    QString source;     // the documentation page (URL) the meaning comes from
    bool documented = false;

    bool operator==(const DecodedToken &) const = default;
};

// One rule or symbol a filter reports (SpamAssassin tests, rspamd symbols).
struct ReceiverRule
{
    QString name;                 // "BAYES_99", "DKIM_VALID_AU", "R_SPF_ALLOW"
    std::optional<double> weight; // points, when the field gives them
    QString options;              // rspamd's options in braces, as written
    QString family;               // the data's family ("bayes", "dnsbl", "spf", ...), "" when none
    LocalText familyLabel;        // that family's name, from the data
    LocalText meaning;            // empty when the rule is not in the data (undocumented)
    QString source;
    bool documented = false;

    bool operator==(const ReceiverRule &) const = default;
};

// What one receiver's field says about its own decision (DESIGN.md "receiver_verdicts").
struct ReceiverVerdict
{
    enum class Verdict {
        Unknown,    // the field names no decision (JSON null)
        Inbox,      // delivered to the inbox / judged not spam
        Junk,       // delivered to the junk or spam folder
        Quarantine, // held by the receiver
        Reject,     // refused (seen in a returned copy)
        Tagged,     // marked as spam (subject tag, X-Spam-Flag) with the folder left to the mailbox
        None,       // the field says no verdict was made (filter off, skipped)
    };

    QString vendor;     // "microsoft", "google", "yahoo", "apple", "spamassassin", "rspamd",
                        // "ocn", "biglobe", "nfilter", "subject_tag", ...
    LocalText vendorName; // "Microsoft 365 / Outlook.com", from the data
    QString field;      // the field name as written ("Subject" for a subject tag)
    LocalText fieldMeaning; // what the field is, from the data
    QString fieldSource;    // the documentation page of the field
    QString raw;        // the value, unfolded
    int line = 0;       // line of the field in the message
    // Written on the receiver's side of the trust boundary (above the boundary hop's Received),
    // so it is the final receiver's own verdict; false: an earlier hop's field, a claim.
    bool trusted = false;
    Verdict verdict = Verdict::Unknown;
    std::optional<double> score;
    std::optional<double> threshold;
    QList<DecodedToken> decoded;    // in field order
    QList<ReceiverRule> rules;      // in field order
    QStringList undocumented;       // tokens (or token=value) whose meaning is not published
    QList<Finding> findings;        // receiver.* keys: malformed parts, helpdesk hints

    bool operator==(const ReceiverVerdict &) const = default;
};

// "inbox" "junk" "quarantine" "reject" "tagged" "none"; "" for Unknown (JSON null).
QString verdictName(ReceiverVerdict::Verdict verdict);
QDebug operator<<(QDebug dbg, const ReceiverVerdict &verdict);

// The receiver's own decision that leads: of the trusted fields that state one, the strongest
// (reject, quarantine, junk, tagged, inbox), and among equals the one that says most (a score,
// then rules). Null when no trusted field states a decision.
const ReceiverVerdict *primaryReceiverVerdict(const QList<ReceiverVerdict> &verdicts);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::ReceiverVerdict)
