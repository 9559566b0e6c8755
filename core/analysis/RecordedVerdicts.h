#pragma once

#include "core/auth/arc/ArcResult.h"
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
    // Puts the arc result of the first trusted field that has one next to `arc` (sets
    // `recorded` / `recordedBy`), and returns the finding for a difference: none when both
    // agree; arc.recorded.unverifiable (a Notice) when a key could not be fetched now, which
    // says nothing about the message; arc.recorded.differs (a Warning) otherwise.
    static QList<Finding> matchArc(const ArcResult &arc,
                                   const QList<AuthResultsField> &fields,
                                   QString &recorded,
                                   QString &recordedBy);
};

} // namespace kensa
