#pragma once

#include "core/unsubscribe/UnsubscribeResult.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/base/Finding.h"
#include "core/message/Message.h"
#include "core/message/MimePart.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kensa {

class OrganizationalDomain;

// Reads the List-Unsubscribe / List-Unsubscribe-Post fields and the body of a message. No DNS,
// no network: DKIM results come from DkimVerifier, alignment from the PSL.
class UnsubscribeChecker
{
public:
    // `mime` is the message's MIME tree (ignored for headers-only input); `fromDomain` the
    // A-label domain of the single From mailbox ("" when there is none).
    static UnsubscribeResult check(const Message &message,
                                   const MimePart &mime,
                                   const QList<DkimResult> &dkim,
                                   const QString &fromDomain,
                                   const OrganizationalDomain &psl);
};

} // namespace kensa
