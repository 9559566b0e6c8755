#pragma once

#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/sender/SendingServiceResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// Which service sent a message, read only from the sender's side (issue 13 item 5): the hops
// below the trust boundary and before any hop into a mailbox provider's receiver, the header
// fields that stand below the boundary's Received field, the Return-Path and the DKIM d=.
// What a receiver, a list or a consumer mailbox leaves behind names no service: the rules are
// data in resources/senders/services.json.
class SendingServices
{
public:
    struct Evidence
    {
        QString returnPath;        // the Return-Path domain ("" for <> or none)
        QString fromDomain;        // the From domain ("" when not exactly one)
        QStringList dkimDomains;   // d= of the DKIM-Signatures, top first
    };

    // The best match for a message, or an empty result.
    static SendingServiceResult recognise(const Message &message, const Evidence &evidence,
                                          const HopTimeline &hops);
    // The fix text in `language` ("en" or "ja"; English when the language has none).
    static QString fix(const QString &id, const QString &language);
    static QStringList ids();
};

} // namespace kensa
