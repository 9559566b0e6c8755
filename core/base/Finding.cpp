#include "core/base/Finding.h"

namespace kensa {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Notice:
        return QStringLiteral("notice");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString Finding::arg(const QString &name) const
{
    for (const auto &[argName, value] : args) {
        if (argName == name)
            return value;
    }
    return {};
}

Finding makeFinding(const QString &key,
                    Severity severity,
                    QList<QPair<QString, QString>> args,
                    int line,
                    const QString &header)
{
    return Finding{key, severity, std::move(args), line, header};
}

QDebug operator<<(QDebug dbg, const Finding &finding)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Finding(" << finding.key << ' ' << severityName(finding.severity);
    for (const auto &[name, value] : finding.args)
        dbg.nospace() << ' ' << name << '=' << value;
    if (finding.line > 0)
        dbg.nospace() << " line " << finding.line;
    if (!finding.header.isEmpty())
        dbg.nospace() << " header " << finding.header;
    dbg.nospace() << ')';
    return dbg;
}

} // namespace kensa
