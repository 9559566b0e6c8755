#pragma once

#include "core/analysis/EvidenceAnalysis.h"

#include <QList>
#include <QString>

#include <optional>

class QTextStream;

namespace kensa {

// kensa-cli and evidence bundles (.kensa):
//   kensa-cli FILE.kensa            analyses the bundle's message offline, with its DNS snapshot
//                                   only, at its recorded time and with its checklist switches
//   --save-evidence FILE            writes the bundle of the one message analysed
// The main loop hands every loaded input and every analysis here; this class keeps what a
// bundle needs.
class EvidenceCommand
{
public:
    // Takes over an input InputLoader took for a bundle: appends its report, or prints why it
    // cannot be read (InputLoader's finding is printed by the caller) and returns false.
    // With --json the offline note goes to standard error; the text report carries it.
    bool analyse(const LoadedInput &loaded, int timeoutMs, bool json, QList<Report> &reports, QTextStream &err);

    // One analysis of an ordinary input, with the switches it was judged with.
    void add(const AnalysisInput &input,
             const Report &report,
             const RequirementOptions &checklist,
             const QStringList &providers,
             const AnalysisOptions &options);

    // --save-evidence: false (with a message on `err`) when there is not exactly one analysed
    // message or the file cannot be written. `usageError` tells the two apart.
    bool save(const QString &path, QTextStream &err, bool *usageError);

private:
    struct Saved
    {
        AnalysisInput input;
        Report report;
        RequirementOptions checklist;
        QStringList providers;
        AnalysisOptions options;
    };
    std::optional<Saved> m_first;
    int m_count = 0;
};

} // namespace kensa
