#include "core/format/FormatEvidence.h"

#include "core/base/Limits.h"

namespace kensa {

QList<Finding> FormatEvidence::take()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > Limits::MaxFindingsPerKey) {
            m_findings.append(makeFinding(QStringLiteral("message.findings.more"),
                Severity::Info,
                {{QStringLiteral("key"), it.key()},
                    {QStringLiteral("count"),
                        QString::number(it.value() - Limits::MaxFindingsPerKey)}}));
        }
    }
    m_counts.clear();
    return std::move(m_findings);
}

CheckOutcome FormatEvidence::outcome(
    const QString &check, const QString &okReason, const QList<QPair<QString, QString>> &okArgs)
{
    const CheckStatus status = m_status;
    if (status == CheckStatus::Pass)
        return makeOutcome(check, status, okReason, okArgs, take());
    const Finding first = *this->first();
    return makeOutcome(check, status, first.key, first.args, take());
}

void FormatEvidence::add(Finding finding, Severity severity, CheckStatus status)
{
    if (status != CheckStatus::Pass) {
        ++m_problems;
        if (checkStatusRank(status) > checkStatusRank(m_status)) {
            m_status = status;
            m_first = finding;
        }
    }
    finding.severity = severity;
    if (++m_counts[finding.key] <= Limits::MaxFindingsPerKey)
        m_findings.append(std::move(finding));
}

} // namespace kensa
