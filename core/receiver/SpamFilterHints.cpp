#include "core/receiver/SpamFilterHints.h"

#include <QStringList>

namespace kensa {

void addLookupBlockedHints(ReceiverVerdict &verdict)
{
    QStringList dnsbl;
    QStringList uribl;
    for (const ReceiverRule &rule : std::as_const(verdict.rules)) {
        if (rule.family == u"dnsbl_blocked" && !dnsbl.contains(rule.name))
            dnsbl.append(rule.name);
        else if (rule.family == u"uribl_blocked" && !uribl.contains(rule.name))
            uribl.append(rule.name);
    }
    if (!dnsbl.isEmpty()) {
        verdict.findings.append(makeFinding(QStringLiteral("receiver.dnsbl.lookup_blocked"), Severity::Notice,
            {{QStringLiteral("rules"), dnsbl.join(QStringLiteral(", "))}}, verdict.line, verdict.field));
    }
    if (!uribl.isEmpty()) {
        verdict.findings.append(makeFinding(QStringLiteral("receiver.uribl.lookup_blocked"), Severity::Notice,
            {{QStringLiteral("rules"), uribl.join(QStringLiteral(", "))}}, verdict.line, verdict.field));
    }
}

const ReceiverRule *heaviestRule(const QList<ReceiverRule> &rules)
{
    const ReceiverRule *best = nullptr;
    for (const ReceiverRule &rule : rules) {
        if (rule.weight && *rule.weight > 0 && (!best || *rule.weight > *best->weight))
            best = &rule;
    }
    return best;
}

QString scoreText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace kensa
