#include "core/base/FindingCap.h"

namespace kensa {

bool FindingCap::admit(const QString &key)
{
    const int n = ++m_counts[key];
    if (n == m_limit + 1)
        m_over.append(key);
    return n <= m_limit;
}

bool FindingCap::add(QList<Finding> &out, Finding finding)
{
    if (!admit(finding.key))
        return false;
    out.append(std::move(finding));
    return true;
}

void FindingCap::flush(QList<Finding> &out, int line, const QString &header)
{
    for (const QString &key : std::as_const(m_over)) {
        out.append(makeFinding(QStringLiteral("message.findings.more"),
            Severity::Info,
            {{QStringLiteral("key"), key},
                {QStringLiteral("count"), QString::number(m_counts.value(key) - m_limit)}},
            line,
            header));
    }
    m_counts.clear();
    m_over.clear();
}

void FindingCap::apply(QList<Finding> &findings, int limit)
{
    FindingCap cap(limit);
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (Finding &finding : findings)
        cap.add(kept, std::move(finding));
    cap.flush(kept);
    findings = std::move(kept);
}

} // namespace kensa
