#pragma once

#include "core/auth/dkim/DkimResult.h"
#include "core/auth/results/AuthResultsField.h"
#include "core/base/Finding.h"
#include "core/input/SourceInfo.h"

#include <QList>

namespace kensa {

// Recorded vs re-verified (DESIGN.md "Decisions"): puts next to each of Kensa's own verdicts
// what the receiver wrote in its trusted Authentication-Results, and explains a difference.
class RecordedVerdicts
{
public:
    // Matches every DKIM signature to a dkim result of the trusted fields: first by header.b
    // (RFC 6008: a prefix of the signature's b= value, unique even for two signatures of one
    // domain), then by header.d with header.s or header.i when given, each recorded result used
    // once. Sets recorded / recordedReason / recordedBy, and returns one finding per difference
    // with its likely cause.
    static QList<Finding> matchDkim(QList<DkimResult> &results,
                                    const QList<AuthResultsField> &fields,
                                    const SourceInfo &source);
};

} // namespace kensa
