#pragma once

#include "core/base/Finding.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kensa {

// iprev (RFC 8601 §3) for the IP that delivered the message: its PTR names, the forward
// lookup of each, and whether one resolves back to the IP. Also whether the name looks
// generic (dynamic pools, the IP's digits in it), which receivers penalise, and whether the
// HELO name matches.
struct IprevResult
{
    QString ip;
    QStringList ptr;              // the PTR names, lower case, no trailing dot
    QString confirmedName;        // the first name that resolves back to the IP
    bool forwardConfirmed = false;
    bool generic = false;         // the confirmed (or first) name looks like a dynamic pool
    QString helo;
    bool heloMatches = false;     // HELO equals the confirmed name
    QString result;               // pass fail temperror permerror
    QString reason;               // iprev.* key
    QList<QPair<QString, QString>> reasonArgs;
    QList<Finding> findings;
};

} // namespace kensa
