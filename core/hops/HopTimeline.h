#pragma once

#include "core/base/Finding.h"
#include "core/hops/ReceivedHop.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kensa {

class Message;

// The Received hops in transit order with delays, and the trust boundary: the hop where the
// message entered the final receiver (DESIGN.md "Trust boundary").
struct HopTimeline
{
    struct Hop
    {
        ReceivedHop hop;
        int index = 0;              // 0 = oldest (transit order)
        qint64 delaySeconds = 0;    // since the previous hop
        bool hasDelay = false;      // false for the first hop or when a date is missing
        bool trusted = false;       // added at or above the boundary (by the final receiver)
        bool boundary = false;      // the hop that handed the message to the final receiver
        bool internal = false;      // both ends private, loopback or inside one host
        QString ipScope;            // scope of the connecting IP ("public", "private", ...)
    };

    QList<Hop> hops;                // oldest first
    int boundaryIndex = -1;         // index into hops, -1 when no boundary could be found
    QString boundaryIp;             // the IP SPF and iprev use
    QString boundaryHelo;
    // The rule that chose the boundary: "recorded_ip" (the client IP the receiver recorded),
    // "recipient_organisation" (the topmost hop received by the recipients' organisation from
    // outside it), "first_external_client" (the topmost public client from outside the receiver),
    // "same_organisation" (every public client is inside the receiver's organisation: the oldest
    // of them, where the message entered it); "" when there is no boundary.
    QString boundaryReason;
    qint64 totalSeconds = 0;        // first hop to last hop
    bool hasTotal = false;
    QList<Finding> findings;        // clock skew, missing boundary

    // `claimedIp` is the client IP the receiver recorded elsewhere (Authentication-Results
    // smtp.remote-ip / iprev policy.iprev, or Received-SPF client-ip), "" when none.
    // `orgDomain` maps a host name to its organisational domain ("" when it has none).
    // `recipientDomains` are the domains of Delivered-To, X-Original-To and To.
    static HopTimeline build(const QList<ReceivedHop> &newestFirst,
        const QString &receiverDomain,
        const QString &claimedIp,
        const std::function<QString(const QString &)> &orgDomain,
        const QStringList &recipientDomains = {});
};

} // namespace kensa
