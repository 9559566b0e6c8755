#include "ui/receiver/ReceiverText.h"

#include "core/i18n/Localization.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kensa {

QString ReceiverText::verdictWord(ReceiverVerdict::Verdict verdict)
{
    switch (verdict) {
    case ReceiverVerdict::Verdict::Inbox:
        //: The receiver delivered the message to the inbox (badge of the receiver's verdict)
        return tr("Inbox", "receiver verdict");
    case ReceiverVerdict::Verdict::Junk:
        //: The receiver delivered the message to the junk / spam folder (badge)
        return tr("Junk folder", "receiver verdict");
    case ReceiverVerdict::Verdict::Quarantine:
        //: The receiver held the message in quarantine (badge)
        return tr("Quarantined", "receiver verdict");
    case ReceiverVerdict::Verdict::Reject:
        //: The receiver refused the message (badge)
        return tr("Rejected", "receiver verdict");
    case ReceiverVerdict::Verdict::Tagged:
        //: The receiver marked the message as spam (subject tag, X-Spam-Flag) and left the folder to the mailbox (badge)
        return tr("Tagged as spam", "receiver verdict");
    case ReceiverVerdict::Verdict::None:
        //: The field says the filter made no decision (skipped, switched off) (badge)
        return tr("No verdict", "receiver verdict");
    case ReceiverVerdict::Verdict::Unknown:
        break;
    }
    //: The field names no decision (badge)
    return tr("Not stated", "receiver verdict");
}

StatusStyle::Tone ReceiverText::tone(ReceiverVerdict::Verdict verdict)
{
    switch (verdict) {
    case ReceiverVerdict::Verdict::Inbox:
        return StatusStyle::Tone::Good;
    case ReceiverVerdict::Verdict::Junk:
    case ReceiverVerdict::Verdict::Tagged:
    case ReceiverVerdict::Verdict::Quarantine:
        return StatusStyle::Tone::Risk;
    case ReceiverVerdict::Verdict::Reject:
        return StatusStyle::Tone::Bad;
    case ReceiverVerdict::Verdict::None:
    case ReceiverVerdict::Verdict::Unknown:
        break;
    }
    return StatusStyle::Tone::Unknown;
}

QString ReceiverText::vendorName(const ReceiverVerdict &verdict)
{
    const QString name = verdict.vendorName.text(Localization::current());
    return name.isEmpty() ? verdict.vendor : name;
}

QString ReceiverText::decisionSentence(const ReceiverVerdict &verdict)
{
    const QString vendor = vendorName(verdict);
    if (!verdict.trusted)
        //: %1: a field name (X-Spam-Status), %2: the verdict word it claims ("Junk folder")
        return tr("A field written before the message reached the receiving server (%1, an earlier hop) claims \"%2\"; "
                  "it is not the receiver's decision.")
            .arg(verdict.field, verdictWord(verdict.verdict));
    switch (verdict.verdict) {
    case ReceiverVerdict::Verdict::Inbox:
        return tr("%1 delivered this message to the inbox.").arg(vendor);
    case ReceiverVerdict::Verdict::Junk:
        return tr("%1 put this message in the junk folder.").arg(vendor);
    case ReceiverVerdict::Verdict::Quarantine:
        return tr("%1 held this message in quarantine.").arg(vendor);
    case ReceiverVerdict::Verdict::Reject:
        return tr("%1 refused this message.").arg(vendor);
    case ReceiverVerdict::Verdict::Tagged:
        return tr("%1 marked this message as spam; which folder it lands in is up to the mailbox.").arg(vendor);
    case ReceiverVerdict::Verdict::None:
        return tr("%1 says its filter made no spam decision for this message.").arg(vendor);
    case ReceiverVerdict::Verdict::Unknown:
        break;
    }
    return tr("%1 wrote this field, but it names no decision.").arg(vendor);
}

QString ReceiverText::number(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.'))) {
        const bool dot = text.endsWith(u'.');
        text.chop(1);
        if (dot)
            break;
    }
    return text == u"-0" ? QStringLiteral("0") : text;
}

QString ReceiverText::weightText(double weight)
{
    return weight > 0 ? u'+' + number(weight) : number(weight);
}

QString ReceiverText::scoreText(const ReceiverVerdict &verdict)
{
    if (!verdict.score)
        return {};
    if (verdict.threshold)
        return tr("Score %1 against a threshold of %2.").arg(number(*verdict.score), number(*verdict.threshold));
    return tr("Score %1; the field gives no threshold.").arg(number(*verdict.score));
}

QString ReceiverText::scoreCell(const ReceiverVerdict &verdict)
{
    if (!verdict.score)
        return {};
    if (verdict.threshold)
        //: Score against threshold in a table cell ("7.2 / 5")
        return tr("%1 / %2", "score / threshold").arg(number(*verdict.score), number(*verdict.threshold));
    return number(*verdict.score);
}

QString ReceiverText::trustWord(bool trusted)
{
    //: Who wrote the verdict field: the final receiving server (trusted) or a server before it (a claim)
    return trusted ? tr("Receiving server (trusted)") : tr("Claim (earlier hop)");
}

QString ReceiverText::rulesText(const QList<ReceiverRule> &rules)
{
    QStringList parts;
    for (const ReceiverRule &rule : rules)
        parts.append(rule.weight
                         //: A rule and its weight ("BAYES_99 (+3.5)")
                         ? tr("%1 (%2)", "rule name, weight").arg(rule.name, weightText(*rule.weight))
                         : rule.name);
    //: Separator between rule names
    return parts.join(tr(", ", "rule list"));
}

const ReceiverVerdict *ReceiverText::primary(const QList<ReceiverVerdict> &verdicts)
{
    return primaryReceiverVerdict(verdicts);
}

QList<ReceiverRule> ReceiverText::topRules(const ReceiverVerdict &verdict, int count)
{
    // With weights: the rules that moved the score, largest first (a zero weight moved nothing).
    // Without any (SpamAssassin's tests without points): the field's own order.
    QList<ReceiverRule> rules;
    for (const ReceiverRule &rule : verdict.rules) {
        if (rule.weight && *rule.weight != 0)
            rules.append(rule);
    }
    if (rules.isEmpty()) {
        const bool weighted = std::any_of(verdict.rules.cbegin(), verdict.rules.cend(),
                                          [](const ReceiverRule &r) { return r.weight.has_value(); });
        if (!weighted)
            rules = verdict.rules;
    }
    std::stable_sort(rules.begin(), rules.end(), [](const ReceiverRule &a, const ReceiverRule &b) {
        return (a.weight ? std::abs(*a.weight) : 0) > (b.weight ? std::abs(*b.weight) : 0);
    });
    if (rules.size() > count)
        rules.resize(count);
    return rules;
}

} // namespace kensa
