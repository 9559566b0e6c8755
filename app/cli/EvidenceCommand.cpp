#include "app/cli/EvidenceCommand.h"

#include "core/i18n/Explanations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace kensa {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)
};

QString utc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

bool EvidenceCommand::analyse(const LoadedInput &loaded, int timeoutMs, bool json, QList<Report> &reports, QTextStream &err)
{
    if (!loaded.evidence || loaded.messages.isEmpty())
        return false;
    const auto analysed = EvidenceAnalysis::analyze(loaded, timeoutMs);
    if (const auto *bad = std::get_if<DnsConfigError>(&analysed)) {
        const QString reason = Explanations::text(makeFinding(bad->error.key, Severity::Error));
        err << Cli::tr("kensa-cli: %1: the DNS snapshot of the evidence bundle cannot be read, line %2: %3")
                   .arg(loaded.name)
                   .arg(bad->error.line)
                   .arg(reason)
            << '\n';
        return false;
    }
    const Report &report = std::get<Report>(analysed);
    if (json) {
        err << Cli::tr("kensa-cli: %1: from an evidence bundle saved at %2 by Kensa %3: analysed offline with its DNS answers only, as at %4.")
                   .arg(loaded.name,
                        utc(loaded.evidence->savedAt),
                        loaded.evidence->kensaVersion,
                        utc(QDateTime::fromSecsSinceEpoch(report.analysisTime, Qt::UTC)))
            << '\n';
    }
    reports.append(report);
    ++m_count;
    if (!m_first) {
        // Saved again, the bundle keeps its account of the original input.
        const AnalysisInput input = EvidenceAnalysis::originalInput(loaded);
        m_first = Saved{input, report, EvidenceAnalysis::checklist(*loaded.evidence),
                        loaded.evidence->providers,
                        EvidenceAnalysis::options(*loaded.evidence, nullptr, timeoutMs)};
    }
    return true;
}

void EvidenceCommand::add(const AnalysisInput &input,
                          const Report &report,
                          const RequirementOptions &checklist,
                          const QStringList &providers,
                          const AnalysisOptions &options)
{
    ++m_count;
    if (!m_first)
        m_first = Saved{input, report, checklist, providers, options};
}

bool EvidenceCommand::save(const QString &path, QTextStream &err, bool *usageError)
{
    *usageError = false;
    if (m_count != 1 || !m_first) {
        *usageError = m_count > 1;
        err << Cli::tr("kensa-cli: --save-evidence saves the evidence of one message, but %n message(s) were analysed.",
                       nullptr,
                       m_count)
            << '\n';
        return false;
    }
    const Saved &s = *m_first;
    const EvidenceBundle bundle = EvidenceAnalysis::bundle(s.input, s.report, s.checklist, s.providers, s.options,
                                                           QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle.write()) < 0 || !file.commit()) {
        err << Cli::tr("kensa-cli: cannot write the evidence bundle %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return false;
    }
    return true;
}

} // namespace kensa
