#pragma once

#include "core/base/CheckOutcome.h"

namespace kensa {

struct FormatContext;

// The message-level rules of RFC 5322: field syntax, lines, bare CR, Date, From present and
// readable, the boundary HELO, MIME structure.
class FormatHeaderRules
{
public:
    static CheckOutcome rfc5322(const FormatContext &ctx); // format.rfc5322
};

} // namespace kensa
