#include "core/receiver/ReceiverResult.h"

namespace kensa {

namespace {

int strength(ReceiverVerdict::Verdict v)
{
    switch (v) {
    case ReceiverVerdict::Verdict::Reject:
        return 5;
    case ReceiverVerdict::Verdict::Quarantine:
        return 4;
    case ReceiverVerdict::Verdict::Junk:
        return 3;
    case ReceiverVerdict::Verdict::Tagged:
        return 2;
    case ReceiverVerdict::Verdict::Inbox:
        return 1;
    case ReceiverVerdict::Verdict::None:
    case ReceiverVerdict::Verdict::Unknown:
        break;
    }
    return 0;
}

} // namespace

const ReceiverVerdict *primaryReceiverVerdict(const QList<ReceiverVerdict> &verdicts)
{
    const auto detail = [](const ReceiverVerdict &v) { return (v.score ? 2 : 0) + (v.rules.isEmpty() ? 0 : 1); };
    const ReceiverVerdict *best = nullptr;
    for (const ReceiverVerdict &v : verdicts) {
        if (!v.trusted || strength(v.verdict) == 0)
            continue;
        if (!best || strength(v.verdict) > strength(best->verdict)
            || (strength(v.verdict) == strength(best->verdict) && detail(v) > detail(*best)))
            best = &v;
    }
    return best;
}

QString verdictName(ReceiverVerdict::Verdict verdict)
{
    switch (verdict) {
    case ReceiverVerdict::Verdict::Unknown: return {};
    case ReceiverVerdict::Verdict::Inbox: return QStringLiteral("inbox");
    case ReceiverVerdict::Verdict::Junk: return QStringLiteral("junk");
    case ReceiverVerdict::Verdict::Quarantine: return QStringLiteral("quarantine");
    case ReceiverVerdict::Verdict::Reject: return QStringLiteral("reject");
    case ReceiverVerdict::Verdict::Tagged: return QStringLiteral("tagged");
    case ReceiverVerdict::Verdict::None: return QStringLiteral("none");
    }
    return {};
}

QDebug operator<<(QDebug dbg, const ReceiverVerdict &verdict)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "ReceiverVerdict(" << verdict.vendor << ' ' << verdict.field << " line "
                  << verdict.line << (verdict.trusted ? " trusted " : " claim ")
                  << verdictName(verdict.verdict);
    if (verdict.score)
        dbg << " score " << *verdict.score;
    if (verdict.threshold)
        dbg << '/' << *verdict.threshold;
    dbg << " tokens " << verdict.decoded.size() << " rules " << verdict.rules.size()
        << " undocumented " << verdict.undocumented << ')';
    return dbg;
}

} // namespace kensa
