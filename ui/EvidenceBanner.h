#pragma once

#include "core/analysis/EvidenceAnalysis.h"

#include <QFrame>

#include <optional>

class QAction;
class QLabel;

namespace kensa {

// Evidence bundles (.kensa) in the main window: File > Save Evidence… and, above the result, the
// banner that says a result comes from a bundle, when it was saved, and that it was analysed
// offline at the bundle's time. The window hands it each loaded input and each finished report;
// it keeps the open bundle's time and switches for the analysis.
class EvidenceBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EvidenceBanner(QWidget *parent = nullptr);

    QAction *saveAction() const { return m_saveAction; }

    // A loaded input. A bundle: its DNS (its snapshot only, offline) for the analysis, and its
    // time and checklist switches kept for it. A bundle that cannot be read: a warning that
    // says why. Anything else forgets the previous bundle.
    std::optional<DnsConfig> takeLoaded(const LoadedInput &input);
    // The open bundle's checklist switches, when one is open.
    std::optional<RequirementOptions> checklistOptions() const;
    // Pins an analysis of the open bundle to its recorded time (and trusted authserv-id).
    void applyTo(AnalysisOptions &options) const;
    // A finished report (or none after Close): the banner when it came from a bundle, and
    // whether there is anything to save.
    void showReport(const Report &report, bool shown);

    // File > Save Evidence…: asks where, then writes the bundle of `report` (the analysis of the
    // message of `loaded` it was made from). The status line to show, or "" when cancelled.
    QString save(QWidget *window, const LoadedInput &loaded, const Report &report,
                 const RequirementOptions &checklist, bool offline);
    // Writes without asking (save() after the dialog; tests).
    static bool write(const QString &path, const LoadedInput &loaded, const Report &report,
                      const RequirementOptions &checklist, bool offline, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    QAction *m_saveAction = nullptr;
    std::optional<EvidenceBundle> m_bundle; // the bundle being analysed or shown
    Report m_shown;                          // the report on screen (for the banner's times)
};

} // namespace kensa
