#pragma once

#include "core/base/CheckOutcome.h"
#include "core/base/Finding.h"
#include "core/base/FindingCap.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kensa {

// The evidence of one format check: findings with a severity, capped per key, and the worst
// status (the first finding that made it so becomes the reason of a failing outcome).
class FormatEvidence
{
public:
    void fail(Finding finding) { add(std::move(finding), Severity::Error, CheckStatus::Fail); }
    void warn(Finding finding) { add(std::move(finding), Severity::Warning, CheckStatus::Warning); }
    void note(Finding finding) { add(std::move(finding), Severity::Info, CheckStatus::Pass); }
    // A finding of another parser, kept with its own severity.
    void keep(const Finding &finding, CheckStatus status)
    {
        add(finding, finding.severity, status);
    }

    CheckStatus status() const { return m_status; }
    int problems() const { return m_problems; }
    // The first finding that made the status what it is.
    const Finding *first() const { return m_first.key.isEmpty() ? nullptr : &m_first; }

    QList<Finding> take();

    // Pass: `okReason` with `okArgs`; otherwise the first problem's key and arguments.
    CheckOutcome outcome(const QString &check,
        const QString &okReason,
        const QList<QPair<QString, QString>> &okArgs);

private:
    void add(Finding finding, Severity severity, CheckStatus status);

    QList<Finding> m_findings;
    FindingCap m_cap;
    CheckStatus m_status = CheckStatus::Pass;
    Finding m_first;
    int m_problems = 0;
};

} // namespace kensa
