#pragma once

#include "core/checklist/CheckResults.h"

#include <QString>

namespace kensa {

// Whether the header From is most likely forged (issue 15): the From domain asks receivers to
// quarantine or reject mail that fails DMARC, nothing aligned with it passes (no DKIM signature
// of its own, no SPF pass of its own), the message came from no server the domain authorises
// (SPF of the From domain does not pass for the delivering IP, whose reverse name is not the
// domain's either) and no forwarder or list stands in the path to explain the failure. A verdict
// that needs a DNS answer Kensa does not have is never "forged". The checklist's honesty row and
// the customer summary read the same answer.
class ForgeryCheck
{
public:
    struct Assessment
    {
        bool likelyForged = false;
        QString fromDomain;
        QString policy;         // "reject" or "quarantine" when likelyForged
        QString ip;             // the delivering IP ("" when unknown)
        QString envelopeDomain; // the domain SPF judged ("" for none)
        QString spfResult;      // SPF for the envelope domain ("" when not evaluated)
        QString spfFromResult;  // SPF for the From domain from the same IP ("" when not evaluated)
    };

    static Assessment assess(const CheckResults &checks);
};

} // namespace kensa
