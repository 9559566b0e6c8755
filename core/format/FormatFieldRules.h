#pragma once

#include "core/base/CheckOutcome.h"

namespace kensa {

struct FormatContext;

// The rules on single fields and their sizes: RFC 5322 §3.6 at-most-once fields, the
// Message-ID, and Gmail's header size limits.
class FormatFieldRules
{
public:
    static CheckOutcome singleInstance(const FormatContext &ctx); // format.single_instance
    static CheckOutcome messageId(const FormatContext &ctx); // format.message_id
    static CheckOutcome sizeLimits(const FormatContext &ctx); // format.size_limits
};

} // namespace kensa
