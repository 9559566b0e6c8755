#pragma once

#include "core/receiver/ReceiverFields.h"

#include <QList>
#include <QString>

namespace kensa {

// Microsoft 365 / Exchange Online / Outlook.com: X-Forefront-Antispam-Report,
// X-MS-Exchange-Organization-SCL, X-Microsoft-Antispam, X-Microsoft-Antispam-Mailbox-Delivery and
// Microsoft's Authentication-Results (no authserv-id, compauth=), decoded with
// resources/receivers/microsoft.json. Helpdesk hints (receiver.microsoft.* findings) are given for
// fields on the receiver's side of the trust boundary only:
//   receiver.microsoft.junk_not_filter     {sfv, scl}     junk folder although the filter said not spam
//   receiver.microsoft.scl_bypass          {}             SCL -1: spam filtering skipped
//   receiver.microsoft.bypass_rule         {}             SFV:SKN: a mail flow rule skipped filtering
//   receiver.microsoft.allowed_policy      {}             SFV:SKA: allowed senders of an anti-spam policy
//   receiver.microsoft.safe_sender         {}             SFV:SFE: the user's Safe Senders list
//   receiver.microsoft.ip_allow            {ip}           SFV:SKI / IPV:CAL: IP Allow List
//   receiver.microsoft.blocked_sender      {}             SFV:BLK: the user's Blocked Senders list
//   receiver.microsoft.blocked_policy      {}             SFV:SKB: blocked senders of an anti-spam policy
//   receiver.microsoft.spam_rule           {}             SFV:SKS: a mail flow rule marked it as spam
//   receiver.microsoft.bulk                {bcl, threshold}  BCL at or above the default threshold
//   receiver.microsoft.compauth_fail.explicit / .implicit / .admin / .intra_org / .other  {reason}
//   receiver.microsoft.dmarc_oreject       {from}         DMARC p=reject overridden: marked as spam
class MicrosoftFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context);

    // Microsoft's "TOKEN:value;TOKEN:value;" list, in field order: token and value, trimmed; a
    // part without ':' is a token with an empty value. Empty parts are skipped.
    static QList<QPair<QString, QString>> splitTokens(const QString &value);

    // True when the boundary hop's Received field was written by Microsoft's servers (by
    // *.outlook.com or *.office365.com): Microsoft is then the final receiver, and its verdict
    // fields are its own wherever Exchange placed them in the header section.
    static bool receivedByMicrosoft(const ReceiverContext &context);

    // The default thresholds Microsoft documents: SCL 5 and above is spam (Junk Email folder),
    // BCL 7 and above is bulk for the default anti-spam policy.
    static constexpr double SclThreshold = 5;
    static constexpr double BclThreshold = 7;
};

} // namespace kensa
