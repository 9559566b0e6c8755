#pragma once

#include "core/receiver/ReceiverCatalog.h"
#include "core/receiver/ReceiverResult.h"

#include <QList>

#include <functional>

namespace kensa {

class Message;
struct HopTimeline;

// What a vendor's reader gets: the message, the data, and where the trust boundary is.
struct ReceiverContext
{
    const Message &message;
    const ReceiverCatalog &catalog;
    // True for a field at `line` written on the final receiver's side of the trust boundary.
    std::function<bool(int line)> trusted;
};

// A vendor's reader: every verdict field of that vendor in the message, decoded, top first.
// Readers set `trusted` with context.trusted(field line) and add helpdesk hints (receiver.*
// findings) where a combination of their fields is telling.
using ReceiverReader = QList<ReceiverVerdict> (*)(const ReceiverContext &context);

// Every receiver's verdict field of a message (DESIGN.md "receiver_verdicts"), top first.
class ReceiverFields
{
public:
    static QList<ReceiverVerdict> read(const Message &message, const HopTimeline &hops,
        const ReceiverCatalog &catalog = ReceiverCatalog::builtin());

    // The rule for `trusted`: above the Received field of the boundary hop (the hop where the
    // message entered the final receiver); without a boundary, above the topmost Received
    // field; with no Received field at all, nothing can be placed, so nothing is trusted.
    static std::function<bool(int)> trustRule(const HopTimeline &hops);
};

} // namespace kensa
