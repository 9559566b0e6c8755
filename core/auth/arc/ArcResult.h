#pragma once

#include "core/auth/dkim/DkimResult.h"
#include "core/auth/results/AuthResultsField.h"
#include "core/base/Finding.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace kensa {

// One ARC set (RFC 8617 §4.1): what its ARC-Seal says, whether the seal and the
// ARC-Message-Signature verify, and the ARC-Authentication-Results taken apart.
struct ArcInstanceResult
{
    int instance = 0; // i=
    int sealLine = 0; // lines of the three fields, 0 when the field is missing
    int amsLine = 0;
    int aarLine = 0;

    QString domain; // ARC-Seal d= (the sealer)
    QString selector; // ARC-Seal s=
    QString algorithm; // ARC-Seal a=
    QString cv; // ARC-Seal cv= as written, lower case ("" when absent)
    qint64 timestamp = -1; // ARC-Seal t=

    QString sealResult; // pass, fail, permerror, temperror; "" when not evaluated
    QString sealReason; // arc.seal.* or dkim.key.* key
    QList<QPair<QString, QString>> sealReasonArgs;
    QString sealKeyName; // s._domainkey.d of the seal
    int sealKeyBits = 0;

    DkimResult ams; // the ARC-Message-Signature, verified like a DKIM-Signature
    AuthResultsField aar; // the ARC-Authentication-Results

    bool operator==(const ArcInstanceResult &) const = default;
};

// The chain as a whole (RFC 8617 §5.2).
struct ArcResult
{
    QString result; // "pass", "fail" or "none" (RFC 8617 cv values), or "temperror" when a key
                    // could not be fetched and nothing else fails
    QString reason; // arc.* key
    QList<QPair<QString, QString>> reasonArgs;
    int failedInstance = 0; // the instance that made the chain fail, 0 when none did
    int oldestPass = 0; // oldest instance from which every AMS up to the newest passes;
        // 0 when the newest AMS fails or there is no chain
    int instanceCount = 0; // highest instance seen (N)
    QList<ArcInstanceResult> instances; // instance 1 first; empty when the structure is unusable
    QList<Finding> findings;

    bool operator==(const ArcResult &) const = default;
};

QDebug operator<<(QDebug dbg, const ArcInstanceResult &instance);
QDebug operator<<(QDebug dbg, const ArcResult &result);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::ArcInstanceResult)
Q_DECLARE_METATYPE(kensa::ArcResult)
