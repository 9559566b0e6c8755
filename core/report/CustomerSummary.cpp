#include "core/report/CustomerSummary.h"

#include "core/checklist/ForgeryCheck.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/net/OrganizationalDomain.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace kensa {

namespace {

using Args = QList<QPair<QString, QString>>;

const QString Dash = QStringLiteral("-");

QString orDash(const QString &value)
{
    return value.isEmpty() ? Dash : value;
}

QString orgOf(const QString &domain)
{
    return OrganizationalDomain::system().orSelf(domain.toLower());
}

Finding sentence(const QString &key, const Args &args = {})
{
    return makeFinding(key, Severity::Info, args);
}

// A DKIM key, an SPF or a DMARC record that could not be fetched (DNS failure, time-out, offline
// without it in the snapshot): Kensa cannot decide, which is not the same as a failure.
bool unfetched(const QString &reason)
{
    static const QStringList keys = {
        QStringLiteral("dkim.key.not_in_snapshot"), QStringLiteral("dkim.key.dns_error"),
        QStringLiteral("spf.not_in_snapshot"),      QStringLiteral("spf.dns.error"),
        QStringLiteral("dmarc.not_in_snapshot"),    QStringLiteral("dmarc.dns_error"),
        QStringLiteral("arc.key.unavailable"),
    };
    return keys.contains(reason);
}

// A key that is no longer published: a rotation since delivery, when the receiver recorded a
// result for it.
bool keyGone(const QString &reason)
{
    return reason == u"dkim.key.not_found" || reason == u"dkim.key.revoked";
}

// One DKIM signature as the summary reads it: Kensa's result, or the receiver's when Kensa
// cannot decide now (key gone or not fetched).
struct Signature
{
    const DkimResult *dkim = nullptr;
    QString result;
    bool fromRecord = false;
    bool aligned = false;
    bool changed = false; // fails because the message was changed after signing
};

enum class ArcState { None, Pass, RecordedPass, Fail, Unverified };

// What the reasoning reads of a report, gathered once.
struct Facts
{
    const Report *report = nullptr;
    QString from;
    QString fromOrg;
    QString policy;            // the DMARC policy that applies ("" when no record)
    bool hasRecord = false;
    bool dmarcUnfetched = false;
    QString dmarc;             // Kensa's DMARC result
    QString dmarcRecorded;
    bool alignedPass = false;  // an aligned SPF or DKIM pass (Kensa's, else recorded)
    bool alignedFromRecord = false;
    QList<Signature> signatures;
    bool dkimUnfetched = false; // every signature waits for a key Kensa could not fetch
    QString spf;               // SPF as Kensa states it (own, else recorded)
    bool spfFromRecord = false;
    QString spfDomain;
    bool spfUnfetched = false;
    QString ip;
    bool forwarded = false;
    QString forwarder;         // the list or forwarder ("" when not named)
    SummaryEvidence forwarderEvidence;
    ArcState arc = ArcState::None;
    QString arcSealer;
    ForgeryCheck::Assessment forgery;
    QList<const ReceiverVerdict *> spamVerdicts;
};

QString shortened(QString text, int limit = 160)
{
    text = text.simplified();
    if (text.size() > limit)
        text = text.left(limit - 1) + QChar(0x2026);
    return text;
}

// The same for UTF-8 text, of which a long one is read only as far as the shortened text needs
// (a DKIM-Signature is several hundred bytes, of which 160 characters are shown). The start,
// decoded and simplified on its own, is the start of the whole so simplified, except for its
// last few characters (a word or a character cut short, white space at the cut): with four
// characters to spare, the first `limit - 1` are the whole's.
QString shortenedUtf8(QByteArrayView text, int limit = 160)
{
    const qsizetype enough = 2 * qsizetype(limit) + 16;
    if (text.size() > enough) {
        const QString start = QString::fromUtf8(text.first(enough)).simplified();
        if (start.size() >= limit + 4)
            return start.left(limit - 1) + QChar(0x2026);
    }
    return shortened(QString::fromUtf8(text), limit);
}

SummaryEvidence headerEvidence(const Report &r, int line)
{
    SummaryEvidence e;
    e.kind = SummaryEvidence::Kind::Header;
    e.line = line;
    for (const HeaderField &f : r.message.headers()) {
        if (f.line == line) {
            e.field = f.nameText();
            e.text = shortenedUtf8(f.unfoldedValue());
            break;
        }
    }
    return e;
}

void addHeader(QList<SummaryEvidence> &out, const Report &r, int line)
{
    if (line <= 0)
        return;
    const SummaryEvidence e = headerEvidence(r, line);
    if (!e.field.isEmpty() && !out.contains(e))
        out.append(e);
}

void addField(QList<SummaryEvidence> &out, const Report &r, QByteArrayView name)
{
    if (const HeaderField *f = r.message.field(name))
        addHeader(out, r, f->line);
}

QString answerText(const DnsAnswer &a)
{
    if (a.records.isEmpty())
        return dnsStatusName(a.status);
    QStringList parts;
    for (const DnsRecord &rec : a.records)
        parts << rec.presentation();
    return shortened(parts.join(QStringLiteral(" | ")), 240);
}

void addDns(QList<SummaryEvidence> &out, const Report &r, const QString &name, DnsType type)
{
    const QByteArray wanted = name.toLower().toUtf8();
    for (const DnsAnswer &a : r.dns) {
        if (a.question.name == wanted && a.question.type == type) {
            SummaryEvidence e;
            e.kind = SummaryEvidence::Kind::Dns;
            e.dnsName = name.toLower();
            e.dnsType = dnsTypeName(type);
            e.text = answerText(a);
            if (!out.contains(e))
                out.append(e);
            return;
        }
    }
}

int trustedAuthResultsLine(const Report &r)
{
    for (const AuthResultsField &f : r.authResults) {
        if (f.trusted && !f.isArc())
            return f.line;
    }
    return 0;
}

int boundaryLine(const Report &r)
{
    const HopTimeline &h = r.hops;
    if (h.boundaryIndex < 0 || h.boundaryIndex >= h.hops.size())
        return 0;
    return h.hops.at(h.boundaryIndex).hop.line;
}

// The list or forwarder: the List-Id's list, an ARC sealer other than the final receiver, a
// Resent-/X-Forwarded- field, else the host that handed the message to the receiver.
void findForwarder(Facts &f)
{
    const Report &r = *f.report;
    static const QRegularExpression listId(QStringLiteral("<([^>]+)>"));
    if (const HeaderField *list = r.message.field("List-Id")) {
        QString id = listId.match(list->displayValue).captured(1).trimmed();
        if (id.isEmpty())
            id = list->displayValue.trimmed();
        if (!id.isEmpty() && orgOf(id) != f.fromOrg) {
            f.forwarder = id;
            f.forwarderEvidence = headerEvidence(r, list->line);
            return;
        }
    }
    const QString receiverOrg = orgOf(r.receiverAuthservId);
    for (auto it = r.arc.instances.crbegin(); it != r.arc.instances.crend(); ++it) {
        const QString d = it->domain.toLower();
        if (!d.isEmpty() && orgOf(d) != receiverOrg && orgOf(d) != f.fromOrg) {
            f.forwarder = d;
            f.forwarderEvidence = headerEvidence(r, it->sealLine);
            return;
        }
    }
    for (const char *name : {"Resent-From", "Resent-Sender", "X-Forwarded-To", "X-Forwarded-For"}) {
        if (const HeaderField *field = r.message.field(name)) {
            f.forwarderEvidence = headerEvidence(r, field->line);
            break;
        }
    }
    const int boundary = r.hops.boundaryIndex;
    if (boundary >= 0 && boundary < r.hops.hops.size()) {
        const ReceivedHop &hop = r.hops.hops.at(boundary).hop;
        f.forwarder = !hop.fromReverse.isEmpty() ? hop.fromReverse : hop.fromHelo;
        if (f.forwarderEvidence.field.isEmpty())
            f.forwarderEvidence = headerEvidence(r, hop.line);
    }
}

void readArc(Facts &f)
{
    const Report &r = *f.report;
    const QString receiverOrg = orgOf(r.receiverAuthservId);
    for (const ArcInstanceResult &i : r.arc.instances) {
        const QString d = i.domain.toLower();
        if (!d.isEmpty() && (receiverOrg.isEmpty() || orgOf(d) != receiverOrg))
            f.arcSealer = d;
    }
    if (f.arcSealer.isEmpty())
        return;
    bool keyMissing = false;
    for (const ArcInstanceResult &i : r.arc.instances)
        keyMissing = keyMissing || unfetched(i.sealReason) || keyGone(i.sealReason) || unfetched(i.ams.reason)
                  || keyGone(i.ams.reason);
    if (r.arcChecked && r.arc.result == u"pass")
        f.arc = ArcState::Pass;
    else if ((keyMissing || r.arc.result == u"temperror" || !r.arcChecked) && r.arcRecorded == u"pass")
        f.arc = ArcState::RecordedPass;
    else if (keyMissing || r.arc.result == u"temperror" || !r.arcChecked)
        f.arc = ArcState::Unverified;
    else
        f.arc = ArcState::Fail;
}

Facts gather(const Report &r)
{
    Facts f;
    f.report = &r;
    const DmarcResult &d = r.dmarc;
    f.from = (d.fromDomain.isEmpty() ? r.summary.fromDomain : d.fromDomain).toLower();
    f.fromOrg = orgOf(f.from);
    f.hasRecord = r.dmarcChecked && d.record.valid;
    f.policy = d.policy;
    if (f.policy.isEmpty() && d.record.valid)
        f.policy = (d.recordDomain.compare(d.fromDomain, Qt::CaseInsensitive) != 0 && !d.record.subdomainPolicy.isEmpty())
            ? d.record.subdomainPolicy
            : d.record.policy;
    f.dmarc = r.dmarcChecked ? d.result : QString();
    f.dmarcRecorded = d.recorded;
    f.dmarcUnfetched = !r.dmarcChecked || unfetched(d.reason) || d.result == u"temperror";

    bool allUnfetched = !r.dkim.isEmpty();
    for (const DkimResult &k : r.dkim) {
        Signature s;
        s.dkim = &k;
        s.aligned = !k.domain.isEmpty() && orgOf(k.domain) == f.fromOrg;
        const bool undecided = !r.dkimChecked || unfetched(k.reason) || keyGone(k.reason) || k.result == u"temperror";
        if (undecided && !k.recorded.isEmpty()) {
            s.result = k.recorded;
            s.fromRecord = true;
            // A receiver that recorded a failure of a signature whose key was published then saw a
            // message changed after signing (a key that was missing gives permerror or neutral).
            s.changed = k.recorded == u"fail";
        } else {
            s.result = r.dkimChecked ? k.result : QString();
            s.changed = k.bodyHash == DkimResult::BodyHash::Mismatch || k.crypto == u"fail";
        }
        // A key that is gone is an answer; one that could not be fetched is none.
        allUnfetched = allUnfetched && (!r.dkimChecked || unfetched(k.reason) || k.result == u"temperror");
        f.signatures.append(s);
    }
    f.dkimUnfetched = allUnfetched;

    const bool ownSpfUndecided = !r.spfChecked || r.spf.result == u"temperror";
    if (!ownSpfUndecided) {
        f.spf = r.spf.result;
        f.spfDomain = QString::fromUtf8(r.spf.domain).toLower();
    } else if (!r.spfRecorded.isEmpty()) {
        f.spf = r.spfRecorded;
        f.spfFromRecord = true;
        f.spfDomain = d.spfDomain.toLower();
    }
    if (f.spfDomain.isEmpty())
        f.spfDomain = r.summary.returnPath.section(u'@', -1).toLower();
    f.spfUnfetched = r.spfChecked && (unfetched(r.spf.reason) || r.spf.result == u"temperror");
    f.ip = r.hops.boundaryIp.isEmpty() ? QString::fromLatin1(r.spf.ip) : r.hops.boundaryIp;

    if (r.dmarcChecked && d.result == u"pass") {
        f.alignedPass = true;
    } else if (f.dmarcUnfetched || r.dmarc.result == u"none" || !r.dkimChecked) {
        // Kensa cannot decide DMARC now (or the record is gone): the receiver's word stands.
        if (d.recorded == u"pass") {
            f.alignedPass = true;
            f.alignedFromRecord = true;
        }
    }

    const CheckResults checks = r.checkResults();
    f.forwarded = RequirementEngine::isForwarded(checks);
    readArc(f);
    if (f.forwarded)
        findForwarder(f);
    f.forgery = ForgeryCheck::assess(checks);
    for (const ReceiverVerdict &v : r.receiverVerdicts) {
        if (!v.trusted)
            continue;
        switch (v.verdict) {
        case ReceiverVerdict::Verdict::Junk:
        case ReceiverVerdict::Verdict::Quarantine:
        case ReceiverVerdict::Verdict::Reject:
        case ReceiverVerdict::Verdict::Tagged: {
            // One point per filter: of its fields, the one that says most (score, decoded hints).
            const auto weight = [](const ReceiverVerdict *x) {
                return (x->score ? 2 : 0) + (x->threshold ? 1 : 0) + int(x->findings.size()) * 4;
            };
            bool merged = false;
            for (const ReceiverVerdict *&seen : f.spamVerdicts) {
                if (seen->vendor == v.vendor) {
                    if (weight(&v) > weight(seen))
                        seen = &v;
                    merged = true;
                }
            }
            if (!merged)
                f.spamVerdicts.append(&v);
            break;
        }
        default:
            break;
        }
    }
    return f;
}

// ----- the technical sentences every point may cite

QString recordedWord(const QString &recorded)
{
    return orDash(recorded);
}

void addDkimTechnical(SummaryPoint &p, const Facts &f, const Signature &s)
{
    const DkimResult &k = *s.dkim;
    p.technical << sentence(QStringLiteral("summary.technical.dkim"),
                            {{QStringLiteral("domain"), orDash(k.domain)},
                             {QStringLiteral("selector"), orDash(k.selector)},
                             {QStringLiteral("result"), orDash(f.report->dkimChecked ? k.result : QString())},
                             {QStringLiteral("recorded"), recordedWord(k.recorded)}});
    if (!k.recordedReason.isEmpty() && s.fromRecord)
        p.technical << sentence(QStringLiteral("summary.technical.recorded_reason"),
                                {{QStringLiteral("reason"), shortened(k.recordedReason, 120)}});
    else if (!k.reason.isEmpty() && Explanations::hasText(k.reason))
        p.technical << makeFinding(k.reason, Severity::Info, k.reasonArgs);
    addHeader(p.evidence, *f.report, k.line);
    if (!k.keyName.isEmpty())
        addDns(p.evidence, *f.report, k.keyName, DnsType::TXT);
}

void addSpfTechnical(SummaryPoint &p, const Facts &f)
{
    const Report &r = *f.report;
    p.technical << sentence(QStringLiteral("summary.technical.spf"),
                            {{QStringLiteral("domain"), orDash(f.spfDomain)},
                             {QStringLiteral("ip"), orDash(f.ip)},
                             {QStringLiteral("result"), orDash(r.spfChecked ? r.spf.result : QString())},
                             {QStringLiteral("recorded"), recordedWord(r.spfRecorded)}});
    if (r.spfFromChecked && !r.spfFromReused)
        p.technical << sentence(QStringLiteral("summary.technical.spf_from"),
                                {{QStringLiteral("domain"), orDash(f.from)},
                                 {QStringLiteral("ip"), orDash(f.ip)},
                                 {QStringLiteral("result"), orDash(r.spfFrom.result)}});
    addHeader(p.evidence, r, boundaryLine(r));
    addField(p.evidence, r, "Return-Path");
    if (!f.spfDomain.isEmpty())
        addDns(p.evidence, r, f.spfDomain, DnsType::TXT);
}

void addDmarcTechnical(SummaryPoint &p, const Facts &f)
{
    const Report &r = *f.report;
    const DmarcResult &d = r.dmarc;
    QStringList aligned;
    if (d.spfAligned)
        aligned << QStringLiteral("spf:") + orDash(d.spfDomain);
    for (const QString &domain : d.alignedDkimDomains) {
        if (d.passingDkimDomains.contains(domain))
            aligned << QStringLiteral("dkim:") + domain;
    }
    p.technical << sentence(QStringLiteral("summary.technical.dmarc"),
                            {{QStringLiteral("domain"), orDash(f.from)},
                             {QStringLiteral("result"), orDash(f.dmarc)},
                             {QStringLiteral("policy"), orDash(f.policy)},
                             {QStringLiteral("aligned"), aligned.isEmpty() ? Dash : aligned.join(QStringLiteral(", "))},
                             {QStringLiteral("recorded"), recordedWord(f.dmarcRecorded)}});
    addHeader(p.evidence, r, trustedAuthResultsLine(r));
    addField(p.evidence, r, "From");
    const QString recordName = QStringLiteral("_dmarc.") + (d.recordDomain.isEmpty() ? f.from : d.recordDomain);
    addDns(p.evidence, r, recordName, DnsType::TXT);
}

void addArcTechnical(SummaryPoint &p, const Facts &f)
{
    const Report &r = *f.report;
    if (r.arc.instances.isEmpty())
        return;
    QStringList sealers;
    for (const ArcInstanceResult &i : r.arc.instances)
        sealers << QStringLiteral("i=%1 %2").arg(i.instance).arg(orDash(i.domain));
    p.technical << sentence(QStringLiteral("summary.technical.arc"),
                            {{QStringLiteral("sets"), QString::number(r.arc.instanceCount)},
                             {QStringLiteral("result"), orDash(r.arcChecked ? r.arc.result : QString())},
                             {QStringLiteral("recorded"), recordedWord(r.arcRecorded)},
                             {QStringLiteral("sealers"), sealers.join(QStringLiteral(", "))}});
    for (const ArcInstanceResult &i : r.arc.instances) {
        if (i.domain.toLower() == f.arcSealer)
            addHeader(p.evidence, r, i.sealLine);
    }
}

// ----- the points

SummaryPoint inconclusive(const Facts &f)
{
    const Report &r = *f.report;
    SummaryPoint p;
    p.kind = QStringLiteral("inconclusive");
    p.severity = Severity::Notice;
    p.customer << sentence(QStringLiteral("summary.inconclusive"), {{QStringLiteral("domain"), orDash(f.from)}});
    QStringList missing;
    for (const DnsAnswer &a : r.dns) {
        if (a.status == DnsStatus::Timeout || a.status == DnsStatus::ServFail || a.status == DnsStatus::Refused
            || a.status == DnsStatus::OtherError || a.status == DnsStatus::NotInSnapshot) {
            const QString item = QStringLiteral("%1 %2 (%3)").arg(dnsTypeName(a.question.type),
                                                                  QString::fromUtf8(a.question.name),
                                                                  dnsStatusName(a.status));
            if (!missing.contains(item) && missing.size() < 8)
                missing << item;
            SummaryEvidence e;
            e.kind = SummaryEvidence::Kind::Dns;
            e.dnsName = QString::fromUtf8(a.question.name);
            e.dnsType = dnsTypeName(a.question.type);
            e.text = answerText(a);
            if (!p.evidence.contains(e) && p.evidence.size() < 5)
                p.evidence.append(e);
        }
    }
    p.technical << sentence(QStringLiteral("summary.inconclusive.technical"),
                            {{QStringLiteral("answers"), missing.isEmpty() ? Dash : missing.join(QStringLiteral("; "))}});
    // What the receiver wrote at delivery is a fact of the message, shown but not concluded from.
    if (const int line = trustedAuthResultsLine(r)) {
        const SummaryEvidence e = headerEvidence(r, line);
        p.technical << sentence(QStringLiteral("summary.technical.recorded_at_delivery"),
                                {{QStringLiteral("field"), e.field},
                                 {QStringLiteral("line"), QString::number(line)},
                                 {QStringLiteral("results"), e.text}});
        addHeader(p.evidence, r, line);
    }
    return p;
}

SummaryPoint forged(const Facts &f)
{
    const Report &r = *f.report;
    SummaryPoint p;
    p.kind = QStringLiteral("forged");
    p.severity = Severity::Error;
    p.party = SummaryParty::NotTheSender;
    p.customer << sentence(QStringLiteral("summary.forged"), {{QStringLiteral("domain"), f.from}});
    p.technical << sentence(QStringLiteral("summary.forged.technical"),
                            {{QStringLiteral("domain"), f.from},
                             {QStringLiteral("policy"), f.forgery.policy},
                             {QStringLiteral("ip"), orDash(f.ip)}});
    addDmarcTechnical(p, f);
    addSpfTechnical(p, f);
    for (const Signature &s : f.signatures)
        addDkimTechnical(p, f, s);
    if (f.signatures.isEmpty())
        p.technical << sentence(QStringLiteral("summary.technical.no_dkim"));
    addField(p.evidence, r, "Reply-To");
    return p;
}

SummaryPoint forwarded(const Facts &f, const Signature *broken)
{
    SummaryPoint p;
    p.kind = QStringLiteral("forwarded");
    p.severity = f.alignedPass ? Severity::Notice : Severity::Warning;
    p.party = SummaryParty::Forwarder;
    const QString forwarder = orDash(f.forwarder);
    const Args args = {{QStringLiteral("forwarder"), forwarder}, {QStringLiteral("domain"), orDash(f.from)}};
    p.customer << sentence(broken ? QStringLiteral("summary.forwarded.changed") : QStringLiteral("summary.forwarded"), args);
    const Args sealer = {{QStringLiteral("forwarder"), f.arcSealer.isEmpty() ? forwarder : f.arcSealer}};
    switch (f.arc) {
    case ArcState::None:
        p.customer << sentence(QStringLiteral("summary.forwarded.no_arc"), {{QStringLiteral("forwarder"), forwarder}});
        break;
    case ArcState::Pass:
        p.customer << sentence(QStringLiteral("summary.forwarded.arc_pass"), sealer);
        break;
    case ArcState::RecordedPass:
        p.customer << sentence(QStringLiteral("summary.forwarded.arc_recorded_pass"), sealer);
        break;
    case ArcState::Fail:
        p.customer << sentence(QStringLiteral("summary.forwarded.arc_fail"), sealer);
        break;
    case ArcState::Unverified:
        p.customer << sentence(QStringLiteral("summary.forwarded.arc_unverified"), sealer);
        break;
    }
    if (f.alignedPass)
        p.customer << sentence(QStringLiteral("summary.forwarded.still_passes"), {{QStringLiteral("domain"), orDash(f.from)}});
    p.fix << sentence(QStringLiteral("summary.forwarded.fix"), {{QStringLiteral("forwarder"), forwarder}});
    p.technical << sentence(QStringLiteral("summary.forwarded.technical"),
                            {{QStringLiteral("forwarder"), forwarder},
                             {QStringLiteral("evidence"),
                              f.forwarderEvidence.field.isEmpty()
                                  ? Dash
                                  : QStringLiteral("%1: %2").arg(f.forwarderEvidence.field, f.forwarderEvidence.text)}});
    if (!f.forwarderEvidence.field.isEmpty() && !p.evidence.contains(f.forwarderEvidence))
        p.evidence.append(f.forwarderEvidence);
    if (broken)
        addDkimTechnical(p, f, *broken);
    addSpfTechnical(p, f);
    addArcTechnical(p, f);
    addDmarcTechnical(p, f);
    addField(p.evidence, *f.report, "Subject");
    return p;
}

SummaryPoint unaligned(const Facts &f, const QStringList &passing)
{
    const Report &r = *f.report;
    SummaryPoint p;
    const bool service = !r.sendingService.id.isEmpty();
    p.kind = service ? QStringLiteral("service_unaligned") : QStringLiteral("unaligned");
    p.severity = (f.policy == u"reject" || f.policy == u"quarantine") ? Severity::Error : Severity::Warning;
    if (service) {
        p.party = SummaryParty::SendingService;
        const Args args = {{QStringLiteral("service"), r.sendingService.name}, {QStringLiteral("domain"), orDash(f.from)}};
        p.customer << sentence(QStringLiteral("summary.service_unaligned"), args);
        p.fix << sentence(QStringLiteral("summary.service_unaligned.fix"), args);
        p.fixData = LocalText{r.sendingService.fix(QStringLiteral("en")), r.sendingService.fix(QStringLiteral("ja"))};
        p.technical << sentence(QStringLiteral("summary.service_unaligned.technical"),
                                {{QStringLiteral("service"), r.sendingService.name},
                                 {QStringLiteral("evidence"), r.sendingService.evidence.join(QStringLiteral("; "))}});
    } else {
        p.party = SummaryParty::SenderDomain;
        const Args args = {{QStringLiteral("others"), passing.join(QStringLiteral(", "))}, {QStringLiteral("domain"), orDash(f.from)}};
        p.customer << sentence(QStringLiteral("summary.unaligned"), args);
        p.fix << sentence(QStringLiteral("summary.unaligned.fix"), {{QStringLiteral("domain"), orDash(f.from)}});
    }
    if (f.policy == u"reject" || f.policy == u"quarantine")
        p.customer << sentence(QStringLiteral("summary.policy_enforced"), {{QStringLiteral("domain"), orDash(f.from)}});
    addDmarcTechnical(p, f);
    for (const Signature &s : f.signatures)
        addDkimTechnical(p, f, s);
    addSpfTechnical(p, f);
    return p;
}

SummaryPoint authFailed(const Facts &f, const Signature *broken)
{
    SummaryPoint p;
    p.party = SummaryParty::SenderDomain;
    const Args args = {{QStringLiteral("domain"), orDash(f.from)}};
    if (broken) {
        p.kind = QStringLiteral("signature_broken");
        p.severity = Severity::Warning;
        p.customer << sentence(QStringLiteral("summary.signature_broken"), args);
        p.fix << sentence(QStringLiteral("summary.signature_broken.fix"), args);
    } else {
        p.kind = QStringLiteral("auth_failed");
        p.severity = Severity::Warning;
        p.customer << sentence(QStringLiteral("summary.auth_failed"), args);
        p.fix << sentence(QStringLiteral("summary.auth_failed.fix"), args);
    }
    addDmarcTechnical(p, f);
    for (const Signature &s : f.signatures)
        addDkimTechnical(p, f, s);
    if (f.signatures.isEmpty())
        p.technical << sentence(QStringLiteral("summary.technical.no_dkim"));
    addSpfTechnical(p, f);
    return p;
}

SummaryPoint receiverSpam(const Facts &f, const ReceiverVerdict &v)
{
    const Report &r = *f.report;
    SummaryPoint p;
    p.kind = QStringLiteral("receiver_spam");
    p.severity = Severity::Warning;
    p.party = SummaryParty::SenderDomain;
    p.localArgs.insert(QStringLiteral("vendor"), v.vendorName.isEmpty() ? LocalText{v.vendor, v.vendor} : v.vendorName);
    const Args receiver = {{QStringLiteral("vendor"), QString()}};
    switch (v.verdict) {
    case ReceiverVerdict::Verdict::Quarantine:
        p.customer << sentence(QStringLiteral("summary.receiver_spam.quarantine"), receiver);
        break;
    case ReceiverVerdict::Verdict::Reject:
        p.customer << sentence(QStringLiteral("summary.receiver_spam.reject"), receiver);
        break;
    case ReceiverVerdict::Verdict::Tagged:
        p.customer << sentence(QStringLiteral("summary.receiver_spam.tagged"), receiver);
        break;
    default:
        p.customer << sentence(QStringLiteral("summary.receiver_spam.junk"), receiver);
        break;
    }
    if (v.score && v.threshold)
        p.customer << sentence(QStringLiteral("summary.receiver_spam.score"),
                               {{QStringLiteral("score"), QString::number(*v.score)},
                                {QStringLiteral("threshold"), QString::number(*v.threshold)}});
    // The decoded reason, in the customer's words where the data tells one.
    QSet<QString> hints;
    for (const Finding &h : v.findings)
        hints.insert(h.key);
    if (hints.contains(QStringLiteral("receiver.microsoft.blocked_sender"))
        || hints.contains(QStringLiteral("receiver.microsoft.blocked_policy"))
        || hints.contains(QStringLiteral("receiver.microsoft.spam_rule"))
        || hints.contains(QStringLiteral("receiver.microsoft.junk_not_filter"))) {
        p.party = SummaryParty::Recipient;
        p.customer << sentence(QStringLiteral("summary.receiver_spam.recipient_setting"));
        p.fix << sentence(QStringLiteral("summary.receiver_spam.recipient_fix"));
    } else if (hints.contains(QStringLiteral("receiver.microsoft.bulk"))) {
        p.customer << sentence(QStringLiteral("summary.receiver_spam.bulk"));
        p.fix << sentence(QStringLiteral("summary.receiver_spam.fix"));
    } else if (hints.contains(QStringLiteral("receiver.spamassassin.bayes_heaviest"))) {
        p.customer << sentence(QStringLiteral("summary.receiver_spam.content"));
        p.fix << sentence(QStringLiteral("summary.receiver_spam.fix"));
    } else if (hints.contains(QStringLiteral("receiver.microsoft.compauth_fail.explicit"))
               || hints.contains(QStringLiteral("receiver.microsoft.compauth_fail.implicit"))
               || hints.contains(QStringLiteral("receiver.microsoft.dmarc_oreject"))
               || hints.contains(QStringLiteral("receiver.google.dmarc_disposition"))) {
        p.customer << sentence(QStringLiteral("summary.receiver_spam.authentication"));
    } else {
        p.fix << sentence(QStringLiteral("summary.receiver_spam.fix"));
    }
    p.technical << sentence(QStringLiteral("summary.receiver_spam.technical"),
                            {{QStringLiteral("field"), v.field},
                             {QStringLiteral("line"), QString::number(v.line)},
                             {QStringLiteral("raw"), shortened(v.raw, 200)}});
    for (const Finding &h : v.findings) {
        if (Explanations::hasText(h.key))
            p.technical << h;
    }
    addHeader(p.evidence, r, v.line);
    return p;
}

SummaryPoint authPass(const Facts &f)
{
    const Report &r = *f.report;
    SummaryPoint p;
    p.kind = QStringLiteral("auth_pass");
    p.severity = Severity::Info;
    const Args args = {{QStringLiteral("domain"), orDash(f.from)}};
    if (f.alignedFromRecord) {
        p.customer << sentence(QStringLiteral("summary.auth_pass.recorded"), args);
    } else {
        const bool dkim = r.dmarc.dkimAligned;
        const bool spf = r.dmarc.spfAligned;
        p.customer << sentence(dkim && spf ? QStringLiteral("summary.auth_pass.both")
                                           : dkim ? QStringLiteral("summary.auth_pass.dkim")
                                                  : QStringLiteral("summary.auth_pass.spf"),
                               args);
    }
    addDmarcTechnical(p, f);
    for (const Signature &s : f.signatures) {
        if (s.aligned)
            addDkimTechnical(p, f, s);
    }
    addSpfTechnical(p, f);
    return p;
}

SummaryPoint policyPoint(const Facts &f)
{
    SummaryPoint p;
    const Args args = {{QStringLiteral("domain"), orDash(f.from)}};
    p.party = SummaryParty::SenderDomain;
    if (!f.hasRecord) {
        p.kind = QStringLiteral("no_dmarc");
        p.severity = Severity::Warning;
        p.customer << sentence(QStringLiteral("summary.no_dmarc"), args);
        p.fix << sentence(QStringLiteral("summary.no_dmarc.fix"), args);
    } else {
        p.kind = QStringLiteral("policy_none");
        p.severity = Severity::Notice;
        p.customer << sentence(QStringLiteral("summary.policy_none"), args);
        p.fix << sentence(QStringLiteral("summary.policy_none.fix"), args);
    }
    addDmarcTechnical(p, f);
    return p;
}

// The requirement rows that fail for the sender as the report's switches describe it, outside
// the groups an authentication point has explained already.
std::optional<SummaryPoint> requirementsPoint(const Facts &f, bool authExplained)
{
    const Report &r = *f.report;
    QStringList ids;
    LocalText titles;
    QList<int> lines;
    for (const RequirementResult &res : r.requirements) {
        if (!res.inScope || res.status != CheckStatus::Fail || ids.contains(res.id))
            continue;
        const RequirementRow *row = RequirementTable::builtin().row(res.id);
        if (!row)
            continue;
        if (authExplained && (row->group == u"authentication" || row->group == u"alignment" || row->group == u"forwarding"))
            continue;
        ids << res.id;
        titles.en += (titles.en.isEmpty() ? QString() : QStringLiteral("; ")) + row->title.en;
        titles.ja += (titles.ja.isEmpty() ? QString() : QStringLiteral("、")) + QStringLiteral("「%1」").arg(row->title.text(QStringLiteral("ja")));
        for (const Finding &e : res.outcome.evidence)
            lines << e.line;
    }
    if (ids.isEmpty())
        return std::nullopt;
    SummaryPoint p;
    p.kind = QStringLiteral("requirements_unmet");
    p.severity = Severity::Warning;
    p.party = SummaryParty::SenderDomain;
    p.localArgs.insert(QStringLiteral("rows"), titles);
    p.customer << sentence(QStringLiteral("summary.requirements_unmet"),
                           {{QStringLiteral("rows"), QString()}, {QStringLiteral("domain"), orDash(f.from)}});
    p.technical << sentence(QStringLiteral("summary.requirements_unmet.technical"),
                            {{QStringLiteral("ids"), ids.join(QStringLiteral(", "))}});
    for (int line : std::as_const(lines))
        addHeader(p.evidence, r, line);
    return p;
}

} // namespace

CustomerSummary CustomerSummary::fromReport(const Report &report)
{
    CustomerSummary s;
    const Facts f = gather(report);
    s.fromDomain = f.from;

    QList<SummaryPoint> receiver;
    for (const ReceiverVerdict *v : f.spamVerdicts)
        receiver << receiverSpam(f, *v);

    // Without the DMARC record, or without any way to check the signatures and the sending server,
    // nothing can be concluded: say so first, and only what the message itself records after it
    // (what the receiver recorded at delivery is shown in the technical block, not concluded from).
    const bool authUnknown = (f.signatures.isEmpty() || f.dkimUnfetched) && f.spfUnfetched;
    if ((f.dmarcUnfetched && !f.from.isEmpty()) || authUnknown) {
        s.conclusive = false;
        s.points << inconclusive(f) << receiver;
        return s;
    }

    const Signature *broken = nullptr;
    for (const Signature &sig : f.signatures) {
        if (sig.aligned && sig.result == u"fail" && sig.changed) {
            broken = &sig;
            break;
        }
    }
    QStringList passingOthers;
    for (const Signature &sig : f.signatures) {
        if (!sig.aligned && sig.result == u"pass" && !passingOthers.contains(sig.dkim->domain.toLower()))
            passingOthers << sig.dkim->domain.toLower();
    }
    if (f.spf == u"pass" && !f.spfDomain.isEmpty() && orgOf(f.spfDomain) != f.fromOrg && !passingOthers.contains(f.spfDomain))
        passingOthers << f.spfDomain;

    QList<SummaryPoint> auth;
    bool authExplained = true;
    if (f.forgery.likelyForged) {
        // Nothing to fix at the sender, and no advice for whoever forged it: the receiver's
        // verdict follows as a fact (only a recipient's own setting keeps its advice).
        for (SummaryPoint &p : receiver) {
            if (p.party == SummaryParty::Recipient)
                continue;
            p.party = SummaryParty::Nothing;
            p.fix.clear();
        }
        s.points << forged(f) << receiver;
        return s;
    }
    // A forwarder explains a failure, or a broken signature; when the sender's own signature
    // survived it, the pass is the story.
    if (f.forwarded && (broken || !f.alignedPass)) {
        auth << forwarded(f, broken);
        if (f.alignedPass)
            authExplained = false;
    } else if (!f.alignedPass && !passingOthers.isEmpty() && (!report.sendingService.id.isEmpty() || !broken)) {
        auth << unaligned(f, passingOthers);
    } else if (!f.alignedPass) {
        auth << authFailed(f, broken);
    } else {
        authExplained = false;
    }

    if (!auth.isEmpty() && !f.alignedPass) {
        // An authentication failure is the likeliest cause of a spam verdict: it comes first.
        s.points << auth << receiver;
    } else {
        // Authentication passes: the receiver's own verdict is the news, the pass explains that
        // the cause lies elsewhere.
        s.points << receiver << auth;
        // A forwarded point already says that the receiver still confirmed the sender.
        if (auth.isEmpty())
            s.points << authPass(f);
        if (f.policy.isEmpty() || f.policy == u"none")
            s.points << policyPoint(f);
    }
    if (const std::optional<SummaryPoint> rows = requirementsPoint(f, authExplained || f.forwarded))
        s.points << *rows;
    return s;
}

// ----- rendering

namespace {

QString translated(const QString &language, const char *source, const char *disambiguation = nullptr)
{
    return Localization::translate(language, "kensa::CustomerSummary", source, disambiguation);
}

QString sentences(const QList<Finding> &list, const SummaryPoint &point, const QString &language)
{
    QStringList out;
    for (Finding f : list) {
        for (auto &arg : f.args) {
            if (point.localArgs.contains(arg.first))
                arg.second = point.localArgs.value(arg.first).text(language);
        }
        out << Explanations::text(f, language);
    }
    // Japanese sentences end in 。 and need no space between them.
    return out.join(language == u"ja" ? QString() : QStringLiteral(" "));
}

} // namespace

QString CustomerSummary::customerText(const SummaryPoint &point, const QString &language)
{
    return sentences(point.customer, point, language);
}

QString CustomerSummary::fixText(const SummaryPoint &point, const QString &language)
{
    QString text = sentences(point.fix, point, language);
    const QString data = point.fixData.text(language);
    if (!data.isEmpty())
        text += (text.isEmpty() || language == u"ja" ? QString() : QStringLiteral(" ")) + data;
    return text;
}

QString CustomerSummary::technicalText(const SummaryPoint &point, const QString &language)
{
    QStringList out;
    for (const Finding &f : point.technical) {
        Finding g = f;
        for (auto &arg : g.args) {
            if (point.localArgs.contains(arg.first))
                arg.second = point.localArgs.value(arg.first).text(language);
        }
        out << Explanations::text(g, language);
    }
    return out.join(u'\n');
}

QString CustomerSummary::partyText(const SummaryPoint &point, const QString &fromDomain, const QString &language)
{
    const QString domain = orDash(fromDomain);
    switch (point.party) {
    case SummaryParty::Nothing:
        return {};
    case SummaryParty::SenderDomain:
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Who can fix it: the administrator of %1.")).arg(domain);
    case SummaryParty::SendingService:
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Who can fix it: the administrator of %1, in the settings of the sending service.")).arg(domain);
    case SummaryParty::Forwarder:
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Who can fix it: the administrator of the mailing list or forwarding service."));
    case SummaryParty::Recipient:
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Who can fix it: the recipient or the administrator of the recipient's mail."));
    case SummaryParty::NotTheSender:
        // The customer sentence says it: there is nothing to fix, and no one to advise.
        return {};
    }
    return {};
}

QString CustomerSummary::evidenceLabel(const SummaryEvidence &evidence, const QString &language)
{
    if (evidence.kind == SummaryEvidence::Kind::Dns)
        //: Evidence of a summary point: a DNS answer; %1 the record type, %2 the name
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "DNS answer: %1 %2")).arg(evidence.dnsType, evidence.dnsName);
    //: Evidence of a summary point: a header field of the message and its line
    return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "%1 header, line %2")).arg(evidence.field).arg(evidence.line);
}

QString CustomerSummary::kindLabel(const QString &kind, const QString &language)
{
    static const struct
    {
        const char *kind;
        const char *label;
    } labels[] = {
        {"inconclusive", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Cannot conclude (inconclusive)")},
        {"forged", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Probably forged (forged)")},
        {"forwarded", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Forwarded on the way (forwarded)")},
        {"service_unaligned", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "The sending service signs with its own domain (service_unaligned)")},
        {"unaligned", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Passes, but not aligned with the From domain (unaligned)")},
        {"signature_broken", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "The signature no longer matches (signature_broken)")},
        {"auth_failed", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Authentication failed (auth_failed)")},
        {"receiver_spam", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "The receiving server's spam verdict (receiver_spam)")},
        {"auth_pass", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Authentication passes (auth_pass)")},
        {"no_dmarc", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "No DMARC record (no_dmarc)")},
        {"policy_none", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "DMARC policy p=none (policy_none)")},
        {"requirements_unmet", QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Unmet sender requirements (requirements_unmet)")},
    };
    for (const auto &entry : labels) {
        if (kind == QLatin1StringView(entry.kind))
            return translated(language, entry.label);
    }
    return kind;
}

QString CustomerSummary::heading(const QString &which, const QString &language)
{
    if (which == u"technical")
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Technical details (for the postmaster)"));
    if (which == u"evidence")
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Evidence"));
    if (which == u"empty")
        return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "The analysis has not finished yet."));
    return translated(language, QT_TRANSLATE_NOOP("kensa::CustomerSummary", "Summary"));
}

QString CustomerSummary::render(const CustomerSummary &summary, const QString &language, Format format)
{
    const bool md = format == Format::Markdown;
    QString out;
    const auto headingLine = [&](const QString &text) {
        out += md ? QStringLiteral("## ") + text + QStringLiteral("\n\n") : text + u'\n' + QString(text.size() * (language == u"ja" ? 2 : 1), u'=') + QStringLiteral("\n\n");
    };
    headingLine(heading(QStringLiteral("customer"), language));
    if (summary.points.isEmpty())
        out += heading(QStringLiteral("empty"), language) + u'\n';
    for (qsizetype i = 0; i < summary.points.size(); ++i) {
        const SummaryPoint &p = summary.points.at(i);
        out += QStringLiteral("%1. ").arg(i + 1) + customerText(p, language) + u'\n';
        const QString party = partyText(p, summary.fromDomain, language);
        const QString fix = fixText(p, language);
        const QString indent = QStringLiteral("   ");
        if (!party.isEmpty())
            out += indent + party + u'\n';
        if (!fix.isEmpty())
            out += indent + fix + u'\n';
        out += u'\n';
    }
    headingLine(heading(QStringLiteral("technical"), language));
    for (qsizetype i = 0; i < summary.points.size(); ++i) {
        const SummaryPoint &p = summary.points.at(i);
        const QStringList lines = technicalText(p, language).split(u'\n', Qt::SkipEmptyParts);
        out += md ? QStringLiteral("%1. **%2**\n").arg(i + 1).arg(kindLabel(p.kind, language))
                  : QStringLiteral("%1. %2\n").arg(i + 1).arg(kindLabel(p.kind, language));
        for (const QString &line : lines)
            out += (md ? QStringLiteral("   - ") : QStringLiteral("   ")) + line + u'\n';
        for (const SummaryEvidence &e : p.evidence) {
            const QString label = evidenceLabel(e, language);
            if (md)
                out += QStringLiteral("   - %1: `%2`\n").arg(label, QString(e.text).replace(u'`', u'\''));
            else
                out += QStringLiteral("   > %1: %2\n").arg(label, e.text);
        }
        out += u'\n';
    }
    return out;
}

QString CustomerSummary::partyName(SummaryParty party)
{
    switch (party) {
    case SummaryParty::Nothing:
        return QStringLiteral("nothing");
    case SummaryParty::SenderDomain:
        return QStringLiteral("sender_domain");
    case SummaryParty::SendingService:
        return QStringLiteral("sending_service");
    case SummaryParty::Forwarder:
        return QStringLiteral("forwarder");
    case SummaryParty::Recipient:
        return QStringLiteral("recipient");
    case SummaryParty::NotTheSender:
        return QStringLiteral("not_the_sender");
    }
    return {};
}

// Written member by member in the order a QJsonObject keeps its keys (sorted), as the summary
// was first printed: building the object for every report cost more than writing it.
void CustomerSummary::writeJson(JsonWriter &w, const CustomerSummary &summary, const QString &language)
{
    using namespace Qt::Literals::StringLiterals;
    const auto findings = [&w](const QList<Finding> &list) {
        w.beginArray();
        for (const Finding &f : list) {
            w.beginObject();
            w.key("args"_L1);
            w.stringMap(f.args);
            w.field("key"_L1, f.key);
            w.endObject();
        }
        w.endArray();
    };
    w.beginObject();
    w.field("conclusive"_L1, summary.conclusive);
    w.key("first_reason"_L1);
    if (summary.points.isEmpty())
        w.null();
    else
        w.value(summary.points.first().kind);
    w.key("from_domain"_L1);
    w.textOrNull(summary.fromDomain);
    w.field("language"_L1, language);
    w.key("points"_L1);
    w.beginArray();
    for (const SummaryPoint &p : summary.points) {
        w.beginObject();
        w.key("customer"_L1);
        findings(p.customer);
        w.field("customer_text"_L1, customerText(p, language));
        w.key("evidence"_L1);
        w.beginArray();
        for (const SummaryEvidence &e : p.evidence) {
            w.beginObject();
            if (e.kind == SummaryEvidence::Kind::Dns) {
                w.field("kind"_L1, "dns"_L1);
                w.field("name"_L1, e.dnsName);
                w.field("text"_L1, e.text);
                w.field("type"_L1, e.dnsType);
            } else {
                w.field("field"_L1, e.field);
                w.field("kind"_L1, "header"_L1);
                w.field("line"_L1, e.line);
                w.field("text"_L1, e.text);
            }
            w.endObject();
        }
        w.endArray();
        w.key("fix"_L1);
        findings(p.fix);
        w.key("fix_text"_L1);
        w.textOrNull(fixText(p, language));
        w.field("kind"_L1, p.kind);
        w.field("party"_L1, partyName(p.party));
        w.field("party_text"_L1, orDash(partyText(p, summary.fromDomain, language)));
        w.field("severity"_L1, severityName(p.severity));
        w.key("technical"_L1);
        findings(p.technical);
        w.field("technical_text"_L1, technicalText(p, language));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QDebug operator<<(QDebug dbg, const CustomerSummary &summary)
{
    QDebugStateSaver saver(dbg);
    QStringList kinds;
    for (const SummaryPoint &p : summary.points)
        kinds << p.kind;
    dbg.nospace() << "CustomerSummary(" << summary.fromDomain << ", " << (summary.conclusive ? "conclusive" : "inconclusive")
                  << ": " << kinds.join(QStringLiteral(", ")) << ')';
    return dbg;
}

} // namespace kensa
