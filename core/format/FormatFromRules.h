#pragma once

#include "core/base/CheckOutcome.h"

namespace kensa {

struct FormatContext;

// The rules on the author: one From with one mailbox (Gmail's reading and RFC 5322 §3.6.2),
// and the display name and Subject heuristics of format.honest_identity.
class FormatFromRules
{
public:
    static CheckOutcome singleFromGmail(const FormatContext &ctx); // format.single_from.gmail
    static CheckOutcome singleFromRfc(const FormatContext &ctx); // format.single_from.rfc
    static CheckOutcome honestIdentity(const FormatContext &ctx); // format.honest_identity
};

} // namespace kensa
