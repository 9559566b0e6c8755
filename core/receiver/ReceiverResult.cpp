#include "core/receiver/ReceiverResult.h"

namespace kensa {

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
