#pragma once

#include "core/message/Message.h"

#include <QByteArrayView>
#include <QStringList>

namespace kensa {

// The signs that a message is subscribed or marketing mail: "list-unsubscribe", "list-id",
// "precedence" (bulk or list), "feedback-id", "esp" (a header field a bulk-mail service adds,
// named in resources/senders/services.json "bulk_headers").
class MarketingSignals
{
public:
    // `listUnsubscribe`: the message has a List-Unsubscribe field (the unsubscribe check reads it).
    static QStringList of(const Message &message, bool listUnsubscribe);
    // A field name of services.json "bulk_headers", case-insensitive.
    static bool isBulkHeader(QByteArrayView name);
};

} // namespace kensa
