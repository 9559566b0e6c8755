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
    const std::function<QString(const QString &)> &orgDomain,
    const QStringList &recipientDomains)
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

    // The boundary, the hop that handed the message to the final receiver. Rules in order:
    //   recorded_ip: the hop whose client IP the receiver recorded in its own results;
    //   recipient_organisation: when no trusted Authentication-Results names the receiver, the
    //     topmost hop received by a host of the recipients' organisation (Delivered-To,
    //     X-Original-To, To) from a public client outside it;
    //   first_external_client: the topmost public client outside the receiver's organisation
    //     (that of its authserv-id, else of the newest hop's "by" host), the receiver's own
    //     relays (client and "by" in one organisation) skipped;
    //   same_organisation: when every public client is inside that organisation (Yahoo to
    //     Yahoo), the oldest of them, where the message entered the receiver's servers.
    // A client that authenticated (ESMTPA, ESMTPSA) is the sender submitting its own mail, never
    // a hand-over between organisations. Only the hops above a choice are written by the receiver,
    // so every rule takes the topmost match and never looks below it for evidence.
    const auto orgOf = [&](const QString &host) {
        if (host.isEmpty() || IpAddress::scopeOf(host) != IpScope::Invalid || host.startsWith(u'['))
            return QString();
        return orgDomain(host).toLower();
    };
    const auto isPublic = [](const QString &ip) {
        const IpScope scope = IpAddress::scopeOf(ip);
        // Documentation ranges stand for public addresses in examples and anonymised mail, the
        // benchmarking ranges for them in test networks (a sending system's lab, a load test).
        return scope == IpScope::Public || scope == IpScope::Documentation || scope == IpScope::Benchmarking;
    };
    const QString receiverOrg
        = !receiverDomain.isEmpty() ? orgOf(receiverDomain) : orgOf(t.hops.last().hop.by);
    const auto choose = [&t](qsizetype i, const QString &rule) {
        t.boundaryIndex = int(i);
        t.boundaryReason = rule;
    };

    if (!claimedIp.isEmpty()) {
        const QString ip = IpAddress::normalize(claimedIp, true);
        for (qsizetype i = t.hops.size() - 1; i >= 0 && !ip.isEmpty(); --i) {
            if (t.hops.at(i).hop.fromIp == ip) {
                choose(i, QStringLiteral("recorded_ip"));
                break;
            }
        }
    }

    QStringList recipientOrgs;
    for (const QString &domain : recipientDomains) {
        const QString o = orgOf(domain);
        if (!o.isEmpty() && !recipientOrgs.contains(o))
            recipientOrgs << o;
    }
    // Only when no trusted Authentication-Results names the receiver: To names a list's own
    // server as readily as the final mailbox.
    const bool byRecipients = receiverDomain.isEmpty() && !recipientOrgs.isEmpty();
    for (qsizetype i = t.hops.size() - 1; i >= 0 && t.boundaryIndex < 0 && byRecipients; --i) {
        const ReceivedHop &hop = t.hops.at(i).hop;
        if (hop.authenticated || hop.fromIp.isEmpty() || !isPublic(hop.fromIp))
            continue;
        if (recipientOrgs.contains(orgOf(hop.by)) && !recipientOrgs.contains(orgOf(hostOf(hop))))
            choose(i, QStringLiteral("recipient_organisation"));
    }

    qsizetype oldestInside = -1;
    for (qsizetype i = t.hops.size() - 1; i >= 0 && t.boundaryIndex < 0; --i) {
        const ReceivedHop &hop = t.hops.at(i).hop;
        if (hop.fromIp.isEmpty() || !isPublic(hop.fromIp))
            continue;
        const QString from = orgOf(hostOf(hop));
        const bool inside = !from.isEmpty() && (from == orgOf(hop.by) || from == receiverOrg);
        if (inside) {
            oldestInside = i;
        } else if (hop.authenticated && oldestInside >= 0) {
            choose(oldestInside, QStringLiteral("same_organisation"));
        } else if (!hop.authenticated) {
            choose(i, QStringLiteral("first_external_client"));
        }
    }
    if (t.boundaryIndex < 0 && oldestInside >= 0)
        choose(oldestInside, QStringLiteral("same_organisation"));
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
