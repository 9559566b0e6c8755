#pragma once

#include "core/base/CheckOutcome.h"
#include "core/checklist/RequirementTable.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kensa {

// One cell of the checklist: a requirement row judged for one provider.
struct RequirementResult
{
    QString id;             // row id, as in the reference
    QString provider;       // "gmail" "yahoo" "apple" "outlook" "docomo" "au" "softbank"
    Applicability applies = Applicability::NotStated;
    // Whether the rule applies to this sender as the switches describe it (a bulk rule for a
    // sender not marked bulk, a marketing rule for a transactional message: false). Such rows
    // are still evaluated and shown, never hidden.
    bool inScope = true;
    CheckStatus status = CheckStatus::NotVerifiable;
    bool pending = false;   // waits for DNS answers
    // Why, as an explanation key with arguments (the check's, or the engine's own for
    // requirements.not_stated / requirements.removed / requirements.not_marketing ...).
    QString reason;
    QList<QPair<QString, QString>> reasonArgs;
    CheckOutcome outcome;   // the check that decided, with its evidence

    bool operator==(const RequirementResult &) const = default;
};

QDebug operator<<(QDebug dbg, const RequirementResult &result);

// Whether two provider ids are the same. The cells of a table share its provider strings, so a
// match is mostly told by the data at once, and a mismatch by the length or the first letter
// ("gmail", "yahoo", "apple") before any text is compared: a report's verdicts compare some
// 1,500 cells with a provider.
inline bool sameProvider(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    if (a.constData() == b.constData() || a.isEmpty())
        return true;
    return a.front() == b.front() && a == b;
}

// What a provider would most likely do with the message, in one sentence for the banner.
struct ProviderVerdict
{
    enum class Outcome { Inbox, Spam, Reject, Uncertain };
    QString provider;
    Outcome outcome = Outcome::Uncertain;
    QString reason;          // explanation key (requirements.verdict.*) with arguments
    QList<QPair<QString, QString>> reasonArgs;
    QStringList decidingRows; // the row ids behind it, worst first

    bool operator==(const ProviderVerdict &) const = default;
};

QString verdictOutcomeName(ProviderVerdict::Outcome outcome); // "inbox" "spam" "reject" "uncertain"

} // namespace kensa

Q_DECLARE_METATYPE(kensa::RequirementResult)
