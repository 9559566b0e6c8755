#include "core/hops/HopTimeline.h"

#include "core/hops/ReceivedParser.h"
#include "core/net/IpAddress.h"

namespace kensa {

namespace {

// A receiver adds Received fields as the message moves inside it; those hops name its own hosts
// in "by", or are the receiver's internal hops without a "from" part (Gmail's "by 2002:...").
bool isInternalAddress(const QString &ip)
{
    const IpScope scope = IpAddress::scopeOf(ip);
    return scope == IpScope::Private || scope == IpScope::Loopback || scope == IpScope::LinkLocal
           || scope == IpScope::Cgnat;
}

QString hostOf(const ReceivedHop &hop)
{
    return !hop.fromReverse.isEmpty() ? hop.fromReverse : hop.fromHelo;
}

} // namespace

HopTimeline HopTimeline::build(const QList<ReceivedHop> &newestFirst,
                               const QString &receiverDomain,
                               const QString &claimedIp,
                               const std::function<QString(const QString &)> &orgDomain)
{
    HopTimeline t;
    const qsizetype n = newestFirst.size();
    for (qsizetype i = n - 1; i >= 0; --i) {
        Hop h;
        h.hop = newestFirst.at(i);
        h.index = int(t.hops.size());
        h.ipScope = h.hop.fromIp.isEmpty() ? QString() : ipScopeName(IpAddress::scopeOf(h.hop.fromIp));
        h.internal = (!h.hop.fromIp.isEmpty() && isInternalAddress(h.hop.fromIp))
                     || (h.hop.fromIp.isEmpty() && h.hop.fromHelo.isEmpty() && h.hop.fromReverse.isEmpty());
        if (!t.hops.isEmpty()) {
            const int delay = ReceivedParser::delaySeconds(t.hops.last().hop, h.hop);
            if (delay != ReceivedParser::UnknownDelay) {
                h.delaySeconds = delay;
                h.hasDelay = true;
                if (delay < 0) {
                    // RFC 5322 dates come from each relay's own clock; a hop "before" its
                    // predecessor means one of the clocks is wrong.
                    t.findings.append(makeFinding(QStringLiteral("hops.clock_skew"),
                                                  Severity::Notice,
                                                  {{QStringLiteral("line"), QString::number(h.hop.line)},
                                                   {QStringLiteral("seconds"), QString::number(-delay)}},
                                                  h.hop.line,
                                                  QStringLiteral("Received")));
                }
            }
        }
        t.hops.append(h);
    }
    if (t.hops.size() >= 2) {
        const int total = ReceivedParser::delaySeconds(t.hops.first().hop, t.hops.last().hop);
        if (total != ReceivedParser::UnknownDelay) {
            t.totalSeconds = total;
            t.hasTotal = true;
        }
    }
    if (t.hops.isEmpty())
        return t;

    // The boundary: walking down from the newest hop, the first hop received by the receiver's
    // organisation whose client is outside it. The receiver's organisation is that of its
    // authserv-id, else that of the newest hop's "by" host.
    const QString receiverOrg = !receiverDomain.isEmpty()
                                    ? orgDomain(receiverDomain)
                                    : orgDomain(t.hops.last().hop.by);
    const auto insideReceiver = [&](const QString &host) {
        if (host.isEmpty() || receiverOrg.isEmpty())
            return false;
        const QString org = orgDomain(host);
        return !org.isEmpty() && org.compare(receiverOrg, Qt::CaseInsensitive) == 0;
    };

    // First choice: the hop whose client IP the receiver recorded in its own results.
    if (!claimedIp.isEmpty()) {
        const QString ip = IpAddress::normalize(claimedIp, true);
        for (qsizetype i = t.hops.size() - 1; i >= 0; --i) {
            if (!ip.isEmpty() && t.hops.at(i).hop.fromIp == ip) {
                t.boundaryIndex = int(i);
                t.boundaryReason = QStringLiteral("recorded_ip");
                break;
            }
        }
    }
    if (t.boundaryIndex < 0) {
        for (qsizetype i = t.hops.size() - 1; i >= 0; --i) {
            const Hop &h = t.hops.at(i);
            if (h.internal)
                continue;
            const bool byReceiver = insideReceiver(h.hop.by) || receiverOrg.isEmpty()
                                    || h.hop.by.isEmpty() || IpAddress::scopeOf(h.hop.by) != IpScope::Invalid;
            if (!byReceiver)
                break; // above here nobody is the receiver: give up rather than guess
            if (!insideReceiver(hostOf(h.hop))) {
                t.boundaryIndex = int(i);
                t.boundaryReason = QStringLiteral("first_external_client");
                break;
            }
        }
    }
    if (t.boundaryIndex < 0) {
        t.findings.append(makeFinding(QStringLiteral("hops.no_boundary"), Severity::Notice));
        return t;
    }
    for (qsizetype i = t.boundaryIndex; i < t.hops.size(); ++i)
        t.hops[i].trusted = true;
    Hop &b = t.hops[t.boundaryIndex];
    b.boundary = true;
    t.boundaryIp = b.hop.fromIp;
    t.boundaryHelo = b.hop.fromHelo;
    return t;
}

} // namespace kensa
