#include "core/format/FormatEvidence.h"


namespace kensa {

QList<Finding> FormatEvidence::take()
{
    m_cap.flush(m_findings);
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
    m_cap.add(m_findings, std::move(finding));
}

} // namespace kensa
