#pragma once

#include "core/base/CheckOutcome.h"
#include "core/checklist/RequirementTable.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kensa {

struct Report;

// One cell of the checklist: a requirement row judged for one provider.
struct RequirementResult
{
    QString id;             // row id, as in the reference
    QString provider;       // "gmail" "yahoo" "apple" "outlook"
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

// How the user describes the sender; mirrors the checklist's switches and kensa-cli's flags.
struct RequirementOptions
{
    bool bulk = false;           // the sender sends 5,000 or more a day
    enum class Marketing { Auto, Yes, No };
    Marketing marketing = Marketing::Auto; // Auto: decided from the message's signals
};

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

// Judges a Report against the requirement tables. A pure function of its inputs, so the UI can
// re-run it when a switch changes or when more DNS answers have arrived.
class RequirementEngine
{
public:
    // Every check id a requirement cell may name (see RequirementEngine.cpp for their rules).
    static QStringList checkIds();

    // The outcome of every check for this report (pending ones marked).
    static QList<CheckOutcome> outcomes(const Report &report);

    // One result per row and provider, rows in table order, providers in table order.
    static QList<RequirementResult> evaluate(const Report &report,
                                             const RequirementTable &table,
                                             const RequirementOptions &options);

    // The likely outcome at `provider` given its results (rows in scope only).
    static ProviderVerdict verdict(const Report &report,
                                   const QList<RequirementResult> &results,
                                   const QString &provider);

    // Whether the message counts as subscribed/marketing mail under these options.
    static bool isMarketing(const Report &report, const RequirementOptions &options);
    // Whether the message went through an intermediary (ARC sets, List-Id, a forwarder).
    static bool isForwarded(const Report &report);
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::RequirementResult)
