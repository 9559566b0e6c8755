#pragma once

#include "core/base/Finding.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace kensa {

// The display status of a requirement row (DESIGN.md "Verdicts"): green, red, amber, grey, and
// "does not apply".
enum class CheckStatus { Pass, Fail, Warning, NotVerifiable, NotApplicable };

// "pass", "fail", "warning", "not_verifiable", "not_applicable" (the JSON words).
QString checkStatusName(CheckStatus status);
std::optional<CheckStatus> checkStatusFromName(const QString &name);

// Orders statuses from best to worst for combining several into one: Pass < NotApplicable <
// NotVerifiable < Warning < Fail.
int checkStatusRank(CheckStatus status);
CheckStatus worseStatus(CheckStatus a, CheckStatus b);

// The outcome of one named check ("auth.spf_pass", "format.single_instance", ...) that requirement
// rows are bound to. `reason` is an explanation key saying why in a sentence a helpdesk person
// can read; `evidence` holds the findings it used (their `header` and `line` point into the raw
// source).
struct CheckOutcome
{
    QString check;
    CheckStatus status = CheckStatus::NotVerifiable;
    QString reason;
    QList<QPair<QString, QString>> reasonArgs;
    QList<Finding> evidence;
    bool pending = false; // the check waits for DNS answers still on their way

    bool operator==(const CheckOutcome &) const = default;
};

CheckOutcome makeOutcome(const QString &check,
                         CheckStatus status,
                         const QString &reason,
                         QList<QPair<QString, QString>> reasonArgs = {},
                         QList<Finding> evidence = {});

QDebug operator<<(QDebug dbg, const CheckOutcome &outcome);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::CheckOutcome)
