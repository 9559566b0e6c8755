#pragma once

#include "core/receiver/ReceiverResult.h"

namespace kensa {

// Helpdesk hints shared by the rule-based filters (SpamAssassin, rspamd): a rule of the data's
// family "dnsbl_blocked" or "uribl_blocked" means the receiver's query to a DNS list was refused,
// which says nothing about the sender. Adds receiver.dnsbl.lookup_blocked and
// receiver.uribl.lookup_blocked to `verdict` (one finding per family, the rules named).
void addLookupBlockedHints(ReceiverVerdict &verdict);

// The rule with the largest positive weight, or nullptr when no rule has one.
const ReceiverRule *heaviestRule(const QList<ReceiverRule> &rules);

// A score or weight as the filters write it ("7.1", "-0.5", "3"), C locale, no exponent.
QString scoreText(double value);

} // namespace kensa
