#include "core/base/CheckOutcome.h"

namespace kensa {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::NotVerifiable:
        return QStringLiteral("not_verifiable");
    case CheckStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<CheckStatus> checkStatusFromName(const QString &name)
{
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Warning,
                          CheckStatus::NotVerifiable, CheckStatus::NotApplicable}) {
        if (checkStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

int checkStatusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return 0;
    case CheckStatus::NotApplicable:
        return 1;
    case CheckStatus::NotVerifiable:
        return 2;
    case CheckStatus::Warning:
        return 3;
    case CheckStatus::Fail:
        return 4;
    }
    return 0;
}

CheckStatus worseStatus(CheckStatus a, CheckStatus b)
{
    return checkStatusRank(a) >= checkStatusRank(b) ? a : b;
}

CheckOutcome makeOutcome(const QString &check,
                         CheckStatus status,
                         const QString &reason,
                         QList<QPair<QString, QString>> reasonArgs,
                         QList<Finding> evidence)
{
    CheckOutcome outcome;
    outcome.check = check;
    outcome.status = status;
    outcome.reason = reason;
    outcome.reasonArgs = std::move(reasonArgs);
    outcome.evidence = std::move(evidence);
    return outcome;
}

QDebug operator<<(QDebug dbg, const CheckOutcome &outcome)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "CheckOutcome(" << outcome.check << ' ' << checkStatusName(outcome.status)
                  << ' ' << outcome.reason << (outcome.pending ? " pending" : "") << ')';
    return dbg;
}

} // namespace kensa
