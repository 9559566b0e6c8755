#pragma once

#include "core/receiver/ReceiverFields.h"

namespace kensa {

// rspamd's fields (resources/receivers/rspamd.json): X-Spamd-Result (spam or not, score against
// threshold, every symbol with its weight and options), X-Rspamd-Action, X-Spamd-Bar,
// X-Rspamd-Server and X-Rspamd-Queue-Id; any other X-Rspamd-* field is shown raw, undocumented.
class RspamdFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context);
};

} // namespace kensa
