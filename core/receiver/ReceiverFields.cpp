#include "core/receiver/ReceiverFields.h"

#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/receiver/GoogleFields.h"
#include "core/receiver/JapanIspFields.h"
#include "core/receiver/MicrosoftFields.h"
#include "core/receiver/OpaqueFields.h"
#include "core/receiver/RspamdFields.h"
#include "core/receiver/SpamAssassinFields.h"

#include <algorithm>

namespace kensa {

namespace {

// One reader per vendor (or family of fields); each lives in its own file of this folder.
const ReceiverReader readers[] = {
    &MicrosoftFields::read,
    &GoogleFields::read,
    &OpaqueFields::readApple,
    &OpaqueFields::readYahoo,
    &SpamAssassinFields::read,
    &RspamdFields::read,
    &JapanIspFields::read,
};

} // namespace

std::function<bool(int)> ReceiverFields::trustRule(const HopTimeline &hops)
{
    int limit = 0;
    if (hops.boundaryIndex >= 0 && hops.boundaryIndex < hops.hops.size())
        limit = hops.hops.at(hops.boundaryIndex).hop.line;
    else if (!hops.hops.isEmpty())
        limit = hops.hops.constLast().hop.line; // the newest hop is the topmost Received
    return [limit](int line) { return limit > 0 && line > 0 && line < limit; };
}

QList<ReceiverVerdict> ReceiverFields::read(const Message &message, const HopTimeline &hops,
    const ReceiverCatalog &catalog)
{
    const ReceiverContext context{message, catalog, trustRule(hops)};
    QList<ReceiverVerdict> out;
    for (ReceiverReader reader : readers) {
        out += reader(context);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const ReceiverVerdict &a, const ReceiverVerdict &b) { return a.line < b.line; });
    return out;
}

} // namespace kensa
