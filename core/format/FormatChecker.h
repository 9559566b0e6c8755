#pragma once

#include "core/base/CheckOutcome.h"
#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/message/MimePart.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// The message-format rules of RFC 5322 and of the providers' tables
// (../shared/reference/provider-requirements.md §3). Each rule becomes one CheckOutcome that the
// requirement rows bind to:
//
//   format.rfc5322            FMT-RFC5322: field syntax, lines <= 998 octets, no bare CR or LF,
//                             no NUL, Date and From present and valid, MIME structure, HELO an
//                             FQDN or address literal; Date more than 24 h from the boundary
//                             timestamp is a Warning (Kensa's choice: Yahoo's range is unpublished)
//   format.single_from.gmail  FMT-SINGLE-FROM, Gmail: exactly one From with exactly one mailbox,
//                             not empty, not a group, valid domain
//   format.single_from.rfc    FMT-SINGLE-FROM, RFC 5322 §3.6.2: one From field; several mailboxes
//                             only with a Sender field
//   format.single_instance    HDR-SINGLE-INSTANCE: RFC 5322 §3.6 at-most-once fields
//   format.message_id         HDR-MESSAGE-ID: one Message-ID "<left@right>", <= 500 characters
//   format.size_limits        HDR-SIZE-LIMITS: Gmail's header limits with Fail/Warning bands
//   format.encoding           HDR-ENCODING: 8-bit octets without SMTPUTF8 signs, malformed or
//                             undecodable encoded-words, encoded-words in an addr-spec
//   format.idn                FMT-IDN-UTS39: every internationalised domain at UTS #39 §5.2
//                             Highly Restrictive (ICU uspoof)
//   format.honest_identity    FMT-HONEST-IDENTITY: heuristics, Warning at most
//
// Only the fields present at the receiver boundary count: the top `receiverFieldCount` fields
// (added by the final receiver) are left out of the counts and sizes. The Received fields are
// read from `hops`, as the analysis parsed them, never parsed again here.
class FormatChecker
{
public:
    struct Input
    {
        const Message *message = nullptr;
        const MimePart *mime = nullptr;      // the MIME tree; null or ignored for headers only
        int receiverFieldCount = 0;          // top fields written by the final receiver
        const HopTimeline *hops = nullptr;   // the Received hops the analysis read; null: none
        QString boundaryHelo;                // HELO of the boundary hop, "" when unknown
        QDateTime boundaryTime;              // timestamp of the boundary hop, invalid if unknown
        QStringList authDomains;             // DKIM d= and the SPF MAIL FROM / HELO domain
        QString envelopeDomain;              // the Return-Path (MAIL FROM) domain
        // The message's bytes came from PasteNormalizer, which ends every line with CRLF: no
        // bare CR is left to look for (it reports the line endings it changed itself).
        bool normalised = false;
    };

    static QList<CheckOutcome> check(const Input &input);

    // The names FormatChecker produces, in the order above.
    static QStringList checkIds();

    // The link targets of the body (href of HTML anchors, bare http/https URLs of text parts),
    // as written, at most Limits' count. Never fetched.
    static QStringList bodyLinks(const MimePart &mime);
};

} // namespace kensa
