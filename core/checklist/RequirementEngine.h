#pragma once

#include "core/base/CheckOutcome.h"
#include "core/checklist/CheckResults.h"
#include "core/checklist/RequirementResult.h"
#include "core/checklist/RequirementTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// How the user describes the sender; mirrors the checklist's switches and kensa-cli's flags.
struct RequirementOptions
{
    bool bulk = false;           // the sender sends 5,000 or more a day
    enum class Marketing { Auto, Yes, No };
    Marketing marketing = Marketing::Auto; // Auto: decided from the message's signals
};

// Judges check results against the requirement tables. A pure function of its inputs, so the UI
// can re-run it when a switch changes or when more DNS answers have arrived.
class RequirementEngine
{
public:
    // Every check id a requirement cell may name (see RequirementEngine.cpp for their rules).
    static QStringList checkIds();

    // Whether the check's outcome rests on DNS answers (keys, records, reverse names).
    static bool needsDns(const QString &check);

    // The outcome of every check (pending ones marked). With checks.dnsUnreliable, a failure or
    // warning of a check that needs DNS is NotVerifiable (requirements.dns_unreliable).
    static QList<CheckOutcome> outcomes(const CheckResults &checks);

    // One result per row and provider, rows in table order, providers in table order; none for
    // input that is not a message.
    static QList<RequirementResult> evaluate(const CheckResults &checks,
                                             const RequirementTable &table,
                                             const RequirementOptions &options);

    // The likely outcome at `provider` given its results (rows in scope only).
    static ProviderVerdict verdict(const CheckResults &checks,
                                   const QList<RequirementResult> &results,
                                   const QString &provider);

    // Whether the message counts as subscribed/marketing mail under these options.
    static bool isMarketing(const CheckResults &checks, const RequirementOptions &options);
    // Whether the message went through an intermediary (ARC sets, List-Id, a forwarder).
    static bool isForwarded(const CheckResults &checks);
};

} // namespace kensa
