#pragma once

#include "core/analysis/Analyzer.h"
#include "core/checklist/RequirementEngine.h"
#include "core/dns/DnsConfig.h"
#include "core/input/EvidenceBundle.h"
#include "core/input/InputLoader.h"
#include "core/report/Report.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <variant>

namespace kensa {

// Evidence bundles (core/input/EvidenceBundle) made from an analysis, and analysed again: the
// bundle's message, with the DNS answers of its snapshot only (no live query at all), at the time
// the saved analysis judged signature expiry, with the checklist switches it was judged with.
// Core/input reads the format; this layer knows the analysis (DNS, the checklist) around it.
class EvidenceAnalysis
{
public:
    // The version written into the bundles this build saves.
    static QString kensaVersion();

    // The bundle of one analysed message: `input` as the analysis read it, `report` its result
    // (the DNS answers it used and its time), `options` those it ran with (offline, the trusted
    // authserv-id), and the checklist switches that change its verdicts.
    static EvidenceBundle bundle(const AnalysisInput &input,
                                 const Report &report,
                                 const RequirementOptions &checklist,
                                 const QStringList &providers,
                                 const AnalysisOptions &options,
                                 const QDateTime &savedAt);

    // The bundle's message as an input to save again: with the source of the original input (its
    // file name, mbox position, origin and size), not the bundle's.
    static AnalysisInput originalInput(const LoadedInput &loaded);

    // What the bundle's analysis asks DNS: its snapshot, offline. `name` labels the snapshot in
    // messages (the bundle's file name).
    static DnsConfig dnsConfig(const EvidenceBundle &bundle, const QString &name);
    // The analysis options of the bundle (time, trusted authserv-id, offline) around `resolver`.
    static AnalysisOptions options(const EvidenceBundle &bundle, std::shared_ptr<Resolver> resolver, int timeoutMs);
    static RequirementOptions checklist(const EvidenceBundle &bundle);

    // The whole analysis of a loaded bundle on the calling thread, the checklist included and
    // restricted to the bundle's providers (for kensa-cli and tests; the GUI runs the Analyzer).
    static std::variant<Report, DnsConfigError> analyze(const LoadedInput &loaded, int timeoutMs = 20000);
};

} // namespace kensa
