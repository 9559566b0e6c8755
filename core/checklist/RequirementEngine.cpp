#include "core/checklist/RequirementEngine.h"

#include "core/checklist/ForgeryCheck.h"
#include "core/net/OrganizationalDomain.h"

#include <QRegularExpression>

namespace kensa {

QStringList RequirementEngine::checkIds()
{
    return {
        // Authentication and alignment
        QStringLiteral("auth.spf_or_dkim"),
        QStringLiteral("auth.spf_pass"),
        QStringLiteral("auth.dkim_pass"),
        QStringLiteral("auth.dkim_pass.own_domain"),
        QStringLiteral("auth.dkim_pass.all_aligned"),
        QStringLiteral("auth.dkim_key_size"),
        QStringLiteral("auth.dmarc_record"),
        QStringLiteral("auth.dmarc_aligned.org"),
        QStringLiteral("auth.dmarc_pass"),
        QStringLiteral("auth.both_aligned"),
        QStringLiteral("auth.dmarc_enforce"),
        QStringLiteral("arc.forwarder"),
        // The Japanese carriers' spoofed-sender filters
        QStringLiteral("carrier.spf_from"),
        QStringLiteral("carrier.spf_from_and_envelope"),
        QStringLiteral("carrier.filter_setting"),
        // Infrastructure
        QStringLiteral("infra.iprev"),
        QStringLiteral("infra.tls"),
        QStringLiteral("infra.domain_exists"),
        QStringLiteral("infra.domain_reply"),
        QStringLiteral("infra.streams"),
        // Format
        QStringLiteral("format.rfc5322"),
        QStringLiteral("format.single_from.gmail"),
        QStringLiteral("format.single_from.rfc"),
        QStringLiteral("format.single_instance"),
        QStringLiteral("format.message_id"),
        QStringLiteral("format.size_limits"),
        QStringLiteral("format.encoding"),
        QStringLiteral("format.idn"),
        QStringLiteral("format.provider_spoof"),
        QStringLiteral("format.honest_identity"),
        // Unsubscribe
        QStringLiteral("unsub.one_click.rfc8058"),
        QStringLiteral("unsub.one_click.yahoo"),
        QStringLiteral("unsub.one_click.any"),
        QStringLiteral("unsub.body_link"),
        QStringLiteral("unsub.honor"),
        // Practices a single message cannot show
        QStringLiteral("rep.spam_rate"),
        QStringLiteral("prac.consent"),
        QStringLiteral("prac.smtp_replies"),
    };
}

namespace {

using Args = QList<QPair<QString, QString>>;

QString orgOf(const QString &domain)
{
    return OrganizationalDomain::system().orSelf(domain);
}

// The evidence line of a check: the header field it read, pointing into the raw source.
Finding evidence(const QString &key, const Args &args, const QString &header = {}, int line = 0)
{
    return makeFinding(key, Severity::Info, args, line, header);
}

const HeaderField *boundaryReceived(const CheckResults &checks)
{
    if (checks.hops.boundaryIndex < 0 || checks.hops.boundaryIndex >= checks.hops.hops.size())
        return nullptr;
    const int line = checks.hops.hops.at(checks.hops.boundaryIndex).hop.line;
    for (const HeaderField &f : checks.message.headers()) {
        if (f.line == line)
            return &f;
    }
    return nullptr;
}

// SPF as Kensa can state it: re-evaluated when a sending IP was known, else as the receiver
// recorded it in its trusted Authentication-Results.
struct SpfView
{
    QString result; // RFC 8601 word, "" when unknown
    QString domain;
    bool recorded = false;
};

SpfView spfView(const CheckResults &checks)
{
    SpfView v;
    const bool ownUndecided = checks.spfChecked && checks.spf.result == u"temperror";
    if (checks.spfChecked && !(ownUndecided && !checks.spfRecorded.isEmpty())) {
        v.result = checks.spf.result;
        v.domain = QString::fromUtf8(checks.spf.domain).toLower();
    } else if (!checks.spfRecorded.isEmpty()) {
        v.result = checks.spfRecorded;
        v.domain = checks.dmarc.spfDomain.toLower();
        v.recorded = true;
    }
    if (v.domain.isEmpty())
        v.domain = checks.summary.returnPath.section(u'@', -1).toLower();
    return v;
}

// The DMARC policy that applies to the From domain: the evaluator names it when DMARC fails;
// otherwise p= of the From domain's own record, sp= (else p=) of an organisational one.
QString appliedPolicy(const DmarcResult &d)
{
    if (!d.policy.isEmpty())
        return d.policy;
    if (!d.record.valid)
        return {};
    if (d.recordDomain.compare(d.fromDomain, Qt::CaseInsensitive) != 0 && !d.record.subdomainPolicy.isEmpty())
        return d.record.subdomainPolicy;
    return d.record.policy;
}

Finding spfEvidence(const CheckResults &checks, const SpfView &spf)
{
    const HeaderField *received = boundaryReceived(checks);
    return evidence(spf.recorded ? QStringLiteral("requirements.evidence.spf_recorded")
                                 : QStringLiteral("requirements.evidence.spf"),
                    {{QStringLiteral("result"), spf.result.isEmpty() ? QStringLiteral("-") : spf.result},
                     {QStringLiteral("domain"), spf.domain.isEmpty() ? QStringLiteral("-") : spf.domain},
                     {QStringLiteral("ip"), checks.hops.boundaryIp.isEmpty() ? QString::fromLatin1(checks.spf.ip)
                                                                             : checks.hops.boundaryIp}},
                    received ? QStringLiteral("Received") : QString(), received ? received->line : 0);
}

QList<Finding> dkimEvidence(const CheckResults &checks)
{
    QList<Finding> out;
    for (const DkimResult &d : checks.dkim) {
        out << evidence(QStringLiteral("requirements.evidence.dkim"),
                        {{QStringLiteral("d"), d.domain},
                         {QStringLiteral("s"), d.selector},
                         {QStringLiteral("result"), d.result},
                         {QStringLiteral("recorded"), d.recorded.isEmpty() ? QStringLiteral("-") : d.recorded}},
                        QStringLiteral("DKIM-Signature"), d.line);
    }
    return out;
}

Finding dmarcEvidence(const CheckResults &checks)
{
    const HeaderField *from = checks.message.field("From");
    return evidence(QStringLiteral("requirements.evidence.dmarc"),
                    {{QStringLiteral("domain"), checks.dmarc.fromDomain.isEmpty() ? checks.summary.fromDomain
                                                                                  : checks.dmarc.fromDomain},
                     {QStringLiteral("result"), checks.dmarc.result.isEmpty() ? QStringLiteral("-") : checks.dmarc.result},
                     {QStringLiteral("policy"), appliedPolicy(checks.dmarc).isEmpty() ? QStringLiteral("-") : appliedPolicy(checks.dmarc)},
                     {QStringLiteral("record"), checks.dmarc.recordDomain.isEmpty() ? QStringLiteral("-")
                                                                                    : QStringLiteral("_dmarc.") + checks.dmarc.recordDomain}},
                    QStringLiteral("From"), from ? from->line : 0);
}

bool dkimPasses(const DkimResult &d)
{
    return d.result == u"pass";
}

bool dkimUndecided(const DkimResult &d)
{
    return d.result == u"temperror";
}

// A signature whose key has gone since delivery while the receiver recorded a pass.
bool dkimKeyGoneSinceDelivery(const DkimResult &d)
{
    return d.recorded == u"pass" && !dkimPasses(d)
        && (d.reason == u"dkim.key.not_found" || d.reason == u"dkim.key.revoked");
}

CheckOutcome pendingOutcome(const QString &check)
{
    CheckOutcome o = makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.pending"));
    o.pending = true;
    return o;
}

CheckOutcome dkimPass(const CheckResults &checks, const QString &check)
{
    if (!checks.dkimChecked)
        return pendingOutcome(check);
    const QList<Finding> ev = dkimEvidence(checks);
    if (checks.dkim.isEmpty())
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dkim.unsigned"), {}, ev);
    const QString fromOrg = orgOf(checks.summary.fromDomain);
    QStringList passing;
    QStringList passingOwn;
    int aligned = 0;
    QString alignedFailing;
    for (const DkimResult &d : checks.dkim) {
        const bool own = !fromOrg.isEmpty() && orgOf(d.domain) == fromOrg;
        if (own)
            ++aligned;
        if (dkimPasses(d)) {
            passing << d.domain;
            if (own)
                passingOwn << d.domain;
        } else if (own && alignedFailing.isEmpty()) {
            alignedFailing = d.domain;
        }
    }
    if (passing.isEmpty()) {
        for (const DkimResult &d : checks.dkim) {
            if (dkimKeyGoneSinceDelivery(d))
                return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.dkim.key_gone"),
                                   {{QStringLiteral("d"), d.domain}, {QStringLiteral("s"), d.selector}}, ev);
        }
        bool undecided = false;
        for (const DkimResult &d : checks.dkim)
            undecided = undecided || dkimUndecided(d);
        if (undecided)
            return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dkim.temperror"), {}, ev);
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dkim.fails"),
                           {{QStringLiteral("count"), QString::number(checks.dkim.size())}}, ev);
    }
    if (check == u"auth.dkim_pass.own_domain" && passingOwn.isEmpty()) {
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.dkim.third_party"),
                           {{QStringLiteral("d"), passing.first()}, {QStringLiteral("from"), checks.summary.fromDomain}}, ev);
    }
    if (check == u"auth.dkim_pass.all_aligned" && aligned > 1 && !alignedFailing.isEmpty()) {
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.dkim.aligned_one_fails"),
                           {{QStringLiteral("d"), alignedFailing}}, ev);
    }
    return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.dkim.pass"),
                       {{QStringLiteral("domains"), passing.join(QStringLiteral(", "))}}, ev);
}

CheckOutcome dkimKeySize(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.dkim_key_size");
    if (!checks.dkimChecked)
        return pendingOutcome(check);
    const QList<Finding> ev = dkimEvidence(checks);
    int smallest = 0;
    QString smallestSig;
    bool any = false;
    for (const DkimResult &d : checks.dkim) {
        if (d.keyType == u"ed25519") {
            any = true;
            continue;
        }
        if (d.keyBits <= 0)
            continue;
        any = true;
        if (smallest == 0 || d.keyBits < smallest) {
            smallest = d.keyBits;
            smallestSig = d.selector + QStringLiteral("._domainkey.") + d.domain;
        }
    }
    if (!any) {
        return checks.dkim.isEmpty()
            ? makeOutcome(check, CheckStatus::NotApplicable, QStringLiteral("requirements.key.no_signature"), {}, ev)
            : makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.key.not_fetched"), {}, ev);
    }
    const Args args{{QStringLiteral("bits"), QString::number(smallest)}, {QStringLiteral("key"), smallestSig}};
    if (smallest == 0)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.key.ed25519"), {}, ev);
    if (smallest < 1024)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.key.too_small"), args, ev);
    if (smallest < 2048)
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.key.1024"), args, ev);
    return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.key.ok"), args, ev);
}

CheckOutcome spfOrDkim(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.spf_or_dkim");
    if (!checks.dkimChecked)
        return pendingOutcome(check);
    const SpfView spf = spfView(checks);
    QList<Finding> ev = dkimEvidence(checks);
    ev.prepend(spfEvidence(checks, spf));
    for (const DkimResult &d : checks.dkim) {
        if (dkimPasses(d))
            return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.spf_or_dkim.dkim"),
                               {{QStringLiteral("d"), d.domain}}, ev);
    }
    if (spf.result == u"pass")
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.spf_or_dkim.spf"),
                           {{QStringLiteral("domain"), spf.domain}}, ev);
    bool undecided = spf.result.isEmpty() || spf.result == u"temperror";
    for (const DkimResult &d : checks.dkim)
        undecided = undecided || dkimUndecided(d);
    if (undecided)
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.spf_or_dkim.unknown"), {}, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.spf_or_dkim.fail"),
                       {{QStringLiteral("spf"), spf.result}}, ev);
}

CheckOutcome spfPass(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.spf_pass");
    if (!checks.dkimChecked) // SPF is evaluated in the same round as the DKIM keys
        return pendingOutcome(check);
    const SpfView spf = spfView(checks);
    QList<Finding> ev{spfEvidence(checks, spf)};
    ev += checks.spf.findings;
    const Args args{{QStringLiteral("result"), spf.result}, {QStringLiteral("domain"), spf.domain}};
    if (spf.result.isEmpty())
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.spf.no_ip"), {}, ev);
    if (spf.result == u"pass")
        return makeOutcome(check, CheckStatus::Pass, spf.recorded ? QStringLiteral("requirements.spf.pass_recorded")
                                                                  : QStringLiteral("requirements.spf.pass"), args, ev);
    if (spf.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.spf.temperror"), args, ev);
    if (spf.result == u"none")
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.spf.none"), args, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.spf.fails"), args, ev);
}

// The Japanese carriers' spoofed-sender filters (docomo なりすましメールの拒否設定, au なりすまし
// 規制, SoftBank なりすましメール拒否; ../shared/reference/japan-carriers.md): SPF of the header
// From domain for the IP that delivered the message (the envelope domain when there is no From
// field); au's "high" level asks the envelope domain to pass as well (`andEnvelope`). A result
// other than pass is judged spoofed, except temperror, which cannot be judged from here.
CheckOutcome carrierSpf(const CheckResults &checks, bool andEnvelope)
{
    const QString check = andEnvelope ? QStringLiteral("carrier.spf_from_and_envelope") : QStringLiteral("carrier.spf_from");
    if (!checks.dkimChecked) // SPF is evaluated in the same round as the DKIM keys
        return pendingOutcome(check);
    const HeaderField *fromField = checks.message.field("From");
    const QString ip = checks.hops.boundaryIp.isEmpty() ? QString::fromLatin1(checks.spf.ip) : checks.hops.boundaryIp;
    struct Identity
    {
        bool headerFrom = false;
        QString result;
        QString domain;
    };
    QList<Identity> identities;
    QList<Finding> ev;
    if (fromField) {
        if (checks.summary.fromDomain.isEmpty())
            return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.carrier.no_from_domain"), {},
                               {evidence(QStringLiteral("requirements.evidence.spf_from"),
                                         {{QStringLiteral("result"), QStringLiteral("-")},
                                          {QStringLiteral("domain"), QStringLiteral("-")},
                                          {QStringLiteral("ip"), ip.isEmpty() ? QStringLiteral("-") : ip}},
                                         QStringLiteral("From"), fromField->line)});
        const QString domain = checks.summary.fromDomain.toLower();
        identities.append({true, checks.spfFromChecked ? checks.spfFrom.result : QString(), domain});
        ev << evidence(checks.spfFromReused ? QStringLiteral("requirements.evidence.spf_from_reused")
                                            : QStringLiteral("requirements.evidence.spf_from"),
                       {{QStringLiteral("result"), checks.spfFromChecked ? checks.spfFrom.result : QStringLiteral("-")},
                        {QStringLiteral("domain"), domain},
                        {QStringLiteral("ip"), ip.isEmpty() ? QStringLiteral("-") : ip}},
                       QStringLiteral("From"), fromField->line);
        ev += checks.spfFrom.findings;
    }
    if (!fromField || andEnvelope) {
        // Kensa's own evaluation only: a recorded result says nothing about the header From.
        identities.append({false, checks.spfChecked ? checks.spf.result : QString(),
                           QString::fromUtf8(checks.spf.domain).toLower()});
        if (identities.last().domain.isEmpty())
            identities.last().domain = checks.summary.returnPath.section(u'@', -1).toLower();
        ev << spfEvidence(checks, SpfView{identities.last().result, identities.last().domain, false});
    }
    if (ip.isEmpty() || (!checks.spfChecked && !checks.spfFromChecked))
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.carrier.no_ip"), {}, ev);
    const Identity *failing = nullptr;
    bool undecided = false;
    for (const Identity &identity : std::as_const(identities)) {
        if (identity.result == u"pass")
            continue;
        if (identity.result.isEmpty() || identity.result == u"temperror") {
            undecided = true;
            continue;
        }
        if (!failing)
            failing = &identity;
    }
    if (failing) {
        const Args args{{QStringLiteral("domain"), failing->domain},
                        {QStringLiteral("ip"), ip},
                        {QStringLiteral("result"), failing->result}};
        if (RequirementEngine::isForwarded(checks))
            return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.carrier.forwarded"), args, ev);
        QString key;
        if (!failing->headerFrom)
            key = fromField ? QStringLiteral("requirements.carrier.envelope_fails")
                            : QStringLiteral("requirements.carrier.no_from_envelope_fails");
        else if (failing->result == u"none")
            key = QStringLiteral("requirements.carrier.from_none");
        else if (failing->result == u"permerror")
            key = QStringLiteral("requirements.carrier.from_error");
        else
            key = QStringLiteral("requirements.carrier.from_not_listed");
        return makeOutcome(check, CheckStatus::Fail, key, args, ev);
    }
    if (undecided)
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.carrier.temperror"),
                           {{QStringLiteral("ip"), ip}}, ev);
    const Args args{{QStringLiteral("domain"), identities.first().domain},
                    {QStringLiteral("ip"), ip},
                    {QStringLiteral("envelope"), identities.last().domain}};
    if (!fromField)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.carrier.no_from_envelope_pass"), args, ev);
    return makeOutcome(check, CheckStatus::Pass,
                       andEnvelope && identities.size() > 1 && !checks.spfFromReused
                           ? QStringLiteral("requirements.carrier.pass_both")
                           : QStringLiteral("requirements.carrier.pass"),
                       args, ev);
}

CheckOutcome dmarcRecord(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.dmarc_record");
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    const QList<Finding> ev{dmarcEvidence(checks)};
    const DmarcResult &d = checks.dmarc;
    if (d.fromDomain.isEmpty() && checks.summary.fromDomain.isEmpty())
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.no_from"), {}, ev);
    const QString policy = appliedPolicy(d);
    const Args args{{QStringLiteral("domain"), d.recordDomain}, {QStringLiteral("policy"), policy},
                    {QStringLiteral("from"), d.fromDomain.isEmpty() ? checks.summary.fromDomain : d.fromDomain}};
    if (d.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.temperror"), args, ev);
    if ((d.recordDomain.isEmpty() || d.result == u"none") && (d.recorded == u"pass" || d.recorded == u"fail")) {
        // The receiver found a record at delivery (pass and fail need one) where Kensa's DNS finds
        // none: the record was removed since, or Kensa's DNS is wrong. Neither is trusted blindly,
        // and no advice to publish a first record is given for a domain that had one.
        Args disagree = args;
        disagree.append({QStringLiteral("recorded"), d.recorded});
        disagree.append({QStringLiteral("recorded_policy"),
                         d.recordedPolicy.isEmpty() ? QString() : QStringLiteral(" (p=%1)").arg(d.recordedPolicy)});
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.dns_disagrees"), disagree, ev);
    }
    if (d.recordDomain.isEmpty() || d.result == u"none")
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.no_record"), args, ev);
    if (d.result == u"permerror" || policy.isEmpty())
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.invalid_record"), args, ev);
    return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.dmarc.record"), args, ev);
}

CheckOutcome dmarcAlignedOrg(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.dmarc_aligned.org");
    if (RequirementEngine::isForwarded(checks))
        return makeOutcome(check, CheckStatus::NotApplicable, QStringLiteral("requirements.aligned.forwarded"));
    if (!checks.dkimChecked)
        return pendingOutcome(check);
    const QString fromOrg = orgOf(checks.summary.fromDomain);
    const SpfView spf = spfView(checks);
    QList<Finding> ev = dkimEvidence(checks);
    ev.prepend(spfEvidence(checks, spf));
    if (fromOrg.isEmpty())
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.no_from"), {}, ev);
    const QString from = checks.summary.fromDomain;
    // Gmail compares organisational domains, and enforces the domain's DMARC record on top
    // (provider-requirements.md, AUTH-DMARC-ALIGNED): both must hold.
    QString spfOrgAligned;
    if (spf.result == u"pass" && orgOf(spf.domain) == fromOrg)
        spfOrgAligned = spf.domain;
    QString dkimOrgAligned;
    for (const DkimResult &d : checks.dkim) {
        if (dkimPasses(d) && orgOf(d.domain) == fromOrg) {
            dkimOrgAligned = d.domain;
            break;
        }
    }
    if (spfOrgAligned.isEmpty() && dkimOrgAligned.isEmpty())
        return makeOutcome(check,
            CheckStatus::Fail,
            QStringLiteral("requirements.aligned.none"),
            {{QStringLiteral("from"), from}},
            ev);
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    const DmarcResult &d = checks.dmarc;
    ev.append(dmarcEvidence(checks));
    // Name the identifier DMARC itself aligned, when it did.
    const bool bySpf = !spfOrgAligned.isEmpty()
        && (d.spfAligned || dkimOrgAligned.isEmpty() || d.result != u"pass");
    const Args aligned{{QStringLiteral("domain"), bySpf ? spfOrgAligned : dkimOrgAligned},
        {QStringLiteral("from"), from}};
    const QString alignedKey = bySpf ? QStringLiteral("requirements.aligned.spf")
                                     : QStringLiteral("requirements.aligned.dkim");
    // No record (or an unusable one): the default relaxed alignment is the organisational one;
    // the missing record is a row of its own.
    if (d.result != u"fail" && d.result != u"temperror")
        return makeOutcome(check, CheckStatus::Pass, alignedKey, aligned, ev);
    if (d.result == u"temperror")
        return makeOutcome(check,
            CheckStatus::NotVerifiable,
            QStringLiteral("requirements.dmarc.temperror"),
            {},
            ev);
    // DMARC fails although a domain of the From organisation passes: the record's strict mode
    // asks for the exact From domain (RFC 7489 §3.1), and Gmail applies the policy.
    QStringList strict;
    if (d.record.strictSpf && !spfOrgAligned.isEmpty()
        && spfOrgAligned.compare(from, Qt::CaseInsensitive) != 0)
        strict << QStringLiteral("aspf=s");
    if (d.record.strictDkim && !dkimOrgAligned.isEmpty()
        && dkimOrgAligned.compare(from, Qt::CaseInsensitive) != 0)
        strict << QStringLiteral("adkim=s");
    if (!strict.isEmpty()) {
        return makeOutcome(check,
            CheckStatus::Fail,
            QStringLiteral("requirements.aligned.strict"),
            {{QStringLiteral("from"), from},
                {QStringLiteral("domain"),
                    spfOrgAligned.isEmpty() ? dkimOrgAligned : spfOrgAligned},
                {QStringLiteral("modes"), strict.join(QStringLiteral(", "))},
                {QStringLiteral("policy"),
                    appliedPolicy(d).isEmpty() ? QStringLiteral("-") : appliedPolicy(d)}},
            ev);
    }
    return makeOutcome(check,
        CheckStatus::Fail,
        QStringLiteral("requirements.dmarc.fails"),
        {{QStringLiteral("from"), from},
            {QStringLiteral("policy"),
                appliedPolicy(d).isEmpty() ? QStringLiteral("-") : appliedPolicy(d)}},
        ev);
}

CheckOutcome dmarcPass(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.dmarc_pass");
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    QList<Finding> ev{dmarcEvidence(checks)};
    ev += dkimEvidence(checks);
    const DmarcResult &d = checks.dmarc;
    const Args args{{QStringLiteral("from"), d.fromDomain.isEmpty() ? checks.summary.fromDomain : d.fromDomain},
                    {QStringLiteral("policy"), appliedPolicy(d).isEmpty() ? QStringLiteral("-") : appliedPolicy(d)}};
    // Passing only through SPF whose record ends in ~all: forwarding breaks SPF, and a spoofer
    // is only soft-failed, so the pass is at risk.
    if (d.result == u"pass" && !d.dkimAligned && checks.spfChecked && checks.spf.record.contains("~all"))
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.dmarc.spf_softall"),
                           {{QStringLiteral("from"), d.fromDomain}, {QStringLiteral("domain"), d.spfDomain}}, ev);
    if (d.result == u"pass")
        return makeOutcome(check, CheckStatus::Pass,
                           d.spfAligned ? QStringLiteral("requirements.dmarc.pass_spf") : QStringLiteral("requirements.dmarc.pass_dkim"),
                           {{QStringLiteral("from"), d.fromDomain},
                            {QStringLiteral("domain"), d.spfAligned ? d.spfDomain : d.alignedDkimDomains.value(0)}}, ev);
    if (d.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.temperror"), args, ev);
    if (d.result == u"none")
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.none"), args, ev);
    if (d.result == u"permerror")
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.invalid_record"), args, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.fails"), args, ev);
}

CheckOutcome bothAligned(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.both_aligned");
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    const QList<Finding> ev{dmarcEvidence(checks)};
    const DmarcResult &d = checks.dmarc;
    if (d.spfAligned && d.dkimAligned)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.both.pass"), {}, ev);
    const QString missing = d.spfAligned ? QStringLiteral("DKIM") : (d.dkimAligned ? QStringLiteral("SPF") : QStringLiteral("SPF, DKIM"));
    return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.both.missing"),
                       {{QStringLiteral("missing"), missing}}, ev);
}

CheckOutcome dmarcEnforce(const CheckResults &checks)
{
    const QString check = QStringLiteral("auth.dmarc_enforce");
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    const QList<Finding> ev{dmarcEvidence(checks)};
    const DmarcResult &d = checks.dmarc;
    if (d.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.temperror"), {}, ev);
    const QString policy = appliedPolicy(d);
    if (d.recordDomain.isEmpty() || policy.isEmpty())
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.dmarc.no_record"),
                           {{QStringLiteral("from"), d.fromDomain.isEmpty() ? checks.summary.fromDomain : d.fromDomain}}, ev);
    const Args args{{QStringLiteral("policy"), policy}};
    if (policy == u"none")
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.enforce.none"), args, ev);
    return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.enforce.ok"), args, ev);
}

CheckOutcome arcForwarder(const CheckResults &checks)
{
    const QString check = QStringLiteral("arc.forwarder");
    if (!RequirementEngine::isForwarded(checks))
        return makeOutcome(check, CheckStatus::NotApplicable, QStringLiteral("requirements.arc.direct"));
    if (!checks.arcChecked)
        return pendingOutcome(check);
    QList<Finding> ev;
    for (const HeaderField &f : checks.message.headers()) {
        if (f.hasName("ARC-Seal"))
            ev << evidence(QStringLiteral("requirements.evidence.field"), {{QStringLiteral("field"), f.nameText()}},
                           f.nameText(), f.line);
    }
    ev += checks.arc.findings;
    const Args args{{QStringLiteral("count"), QString::number(checks.arc.instanceCount)}};
    if (checks.arc.result == u"pass")
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.arc.pass"), args, ev);
    if (checks.arc.result == u"none" || checks.arc.instanceCount == 0)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.arc.missing"), args, ev);
    // A key that could not be fetched (offline, DNS failure) says nothing about the chain.
    if (checks.arc.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.arc.temperror"), args, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.arc.fails"), args, ev);
}

CheckOutcome iprev(const CheckResults &checks)
{
    const QString check = QStringLiteral("infra.iprev");
    const HeaderField *received = boundaryReceived(checks);
    QList<Finding> ev;
    if (received)
        ev << evidence(QStringLiteral("requirements.evidence.boundary"), {{QStringLiteral("ip"), checks.hops.boundaryIp}},
                       QStringLiteral("Received"), received->line);
    if (checks.hops.boundaryIp.isEmpty())
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.iprev.no_ip"), {}, ev);
    if (!checks.iprevChecked)
        return pendingOutcome(check);
    const IprevResult &r = checks.iprev;
    ev += r.findings;
    const Args args{{QStringLiteral("ip"), r.ip},
                    {QStringLiteral("name"), r.confirmedName.isEmpty() ? r.ptr.value(0) : r.confirmedName}};
    if (r.result == u"pass") {
        if (r.generic)
            return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.iprev.generic"), args, ev);
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.iprev.pass"), args, ev);
    }
    if (r.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.iprev.temperror"), args, ev);
    if (r.ptr.isEmpty())
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.iprev.no_ptr"), args, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.iprev.not_confirmed"), args, ev);
}

CheckOutcome tls(const CheckResults &checks)
{
    const QString check = QStringLiteral("infra.tls");
    if (checks.hops.boundaryIndex < 0)
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.tls.no_boundary"));
    const ReceivedHop &hop = checks.hops.hops.at(checks.hops.boundaryIndex).hop;
    const QList<Finding> ev{evidence(QStringLiteral("requirements.evidence.field"), {{QStringLiteral("field"), QStringLiteral("Received")}},
                                     QStringLiteral("Received"), hop.line)};
    // The hop's one TLS fact (ReceivedParser), the same that the JSON report and the Hops tab show.
    if (hop.tls == HopTls::Encrypted)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.tls.pass"),
                           {{QStringLiteral("with"), hop.with.isEmpty() ? hop.tlsVersion : hop.with}}, ev);
    if (hop.tls == HopTls::Plain)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.tls.plain"),
                           {{QStringLiteral("with"), hop.with.isEmpty() ? hop.via : hop.with}}, ev);
    return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.tls.unknown"),
                       {{QStringLiteral("with"), hop.with.isEmpty() ? QStringLiteral("-") : hop.with}}, ev);
}

CheckOutcome streams(const CheckResults &checks)
{
    QStringList dkim;
    for (const DkimResult &d : checks.dkim)
        dkim << d.domain + u'/' + d.selector;
    return makeOutcome(QStringLiteral("infra.streams"), CheckStatus::NotVerifiable, QStringLiteral("requirements.streams"),
                       {{QStringLiteral("ip"), checks.hops.boundaryIp.isEmpty() ? QStringLiteral("-") : checks.hops.boundaryIp},
                        {QStringLiteral("dkim"), dkim.isEmpty() ? QStringLiteral("-") : dkim.join(QStringLiteral(", "))},
                        {QStringLiteral("from"), checks.summary.fromDomain.isEmpty() ? QStringLiteral("-") : checks.summary.fromDomain},
                        {QStringLiteral("mailfrom"), checks.summary.returnPath.isEmpty() ? QStringLiteral("<>") : checks.summary.returnPath}});
}

// Consumer domains of the four providers: mail From them must come through them.
const QStringList &providerDomains()
{
    static const QStringList domains{
        QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.co.uk"), QStringLiteral("ymail.com"), QStringLiteral("aol.com"),
        QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com"),
        QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"), QStringLiteral("live.com"),
        QStringLiteral("msn.com")};
    return domains;
}

CheckOutcome providerSpoof(const CheckResults &checks)
{
    const QString check = QStringLiteral("format.provider_spoof");
    const QString from = checks.summary.fromDomain.toLower();
    const HeaderField *field = checks.message.field("From");
    QList<Finding> ev;
    if (field)
        ev << evidence(QStringLiteral("requirements.evidence.field"), {{QStringLiteral("field"), QStringLiteral("From")}},
                       QStringLiteral("From"), field->line);
    if (from.isEmpty())
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.no_from"), {}, ev);
    if (!providerDomains().contains(from))
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.spoof.not_provider"),
                           {{QStringLiteral("from"), from}}, ev);
    if (!checks.dmarcChecked)
        return pendingOutcome(check);
    ev << dmarcEvidence(checks);
    if (checks.dmarc.result == u"pass")
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.spoof.authenticated"),
                           {{QStringLiteral("from"), from}}, ev);
    if (checks.dmarc.result == u"temperror")
        return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.dmarc.temperror"), {}, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.spoof.fails"),
                       {{QStringLiteral("from"), from}, {QStringLiteral("policy"), appliedPolicy(checks.dmarc).isEmpty() ? QStringLiteral("-") : appliedPolicy(checks.dmarc)}}, ev);
}

QList<Finding> unsubscribeEvidence(const CheckResults &checks)
{
    QList<Finding> ev;
    for (const HeaderField &f : checks.message.headers()) {
        if (f.hasName("List-Unsubscribe") || f.hasName("List-Unsubscribe-Post"))
            ev << evidence(QStringLiteral("requirements.evidence.field"), {{QStringLiteral("field"), f.nameText()}},
                           f.nameText(), f.line);
    }
    ev += checks.unsubscribe.findings;
    return ev;
}

CheckOutcome oneClick(const CheckResults &checks, const QString &check)
{
    if (!checks.unsubscribeChecked || !checks.dkimChecked)
        return pendingOutcome(check);
    const UnsubscribeResult &u = checks.unsubscribe;
    const QList<Finding> ev = unsubscribeEvidence(checks);
    const bool rfc8058 = u.oneClick && u.dkimCovered;
    const bool bodyLink = u.bodyLink == UnsubscribeResult::BodyLink::Found;
    if (check == u"unsub.one_click.any") {
        if (!u.uris.isEmpty())
            return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.unsub.header"), {}, ev);
        if (bodyLink)
            return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.unsub.body_link"), {}, ev);
        if (u.bodyLink == UnsubscribeResult::BodyLink::NotChecked)
            return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.unsub.no_header_no_body"), {}, ev);
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.nothing"), {}, ev);
    }
    if (rfc8058)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.unsub.one_click"),
                           {{QStringLiteral("d"), u.coveringDomain}}, ev);
    if (check == u"unsub.one_click.yahoo" && u.mailto)
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.unsub.mailto_accepted"), {}, ev);
    if (!u.listUnsubscribe)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.no_header"), {}, ev);
    if (!u.https)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.no_https"), {}, ev);
    if (!u.postValid)
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.no_post"), {}, ev);
    if (u.oneClick && u.dkimCoveredUnaligned)
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.unsub.unaligned"),
                           {{QStringLiteral("d"), u.unalignedCoveringDomain}}, ev);
    return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.not_signed"), {}, ev);
}

CheckOutcome bodyLink(const CheckResults &checks)
{
    const QString check = QStringLiteral("unsub.body_link");
    if (!checks.unsubscribeChecked)
        return pendingOutcome(check);
    const UnsubscribeResult &u = checks.unsubscribe;
    QList<Finding> ev;
    if (u.bodyLinkLine > 0)
        ev << evidence(QStringLiteral("requirements.evidence.body_link"),
                       {{QStringLiteral("text"), u.bodyLinkText},
                        {QStringLiteral("uri"), u.bodyLinkUri.isEmpty() ? QStringLiteral("-") : u.bodyLinkUri}},
                       QString(), u.bodyLinkLine);
    switch (u.bodyLink) {
    case UnsubscribeResult::BodyLink::Found:
        return makeOutcome(check, CheckStatus::Pass, QStringLiteral("requirements.unsub.body_found"),
                           {{QStringLiteral("text"), u.bodyLinkText}}, ev);
    case UnsubscribeResult::BodyLink::Hidden:
        return makeOutcome(check, CheckStatus::Warning, QStringLiteral("requirements.unsub.body_hidden"),
                           {{QStringLiteral("text"), u.bodyLinkText}}, ev);
    case UnsubscribeResult::BodyLink::NotFound:
        return makeOutcome(check, CheckStatus::Fail, QStringLiteral("requirements.unsub.body_missing"), {}, ev);
    case UnsubscribeResult::BodyLink::NotChecked:
        break;
    }
    return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.unsub.headers_only"), {}, ev);
}

CheckOutcome fromList(const QList<CheckOutcome> &list, bool checked, const QString &check)
{
    if (!checked)
        return pendingOutcome(check);
    for (const CheckOutcome &o : list) {
        if (o.check == check)
            return o;
    }
    return makeOutcome(check, CheckStatus::NotVerifiable, QStringLiteral("requirements.check.not_run"));
}

// format.honest_identity: the format heuristics, and a From that is most likely forged (a sender
// name that is not the sender's is the plainest dishonest identity there is). Warning at most,
// as the row says: Kensa infers a forgery, it cannot prove one.
CheckOutcome honestIdentity(const CheckResults &checks)
{
    CheckOutcome o = fromList(checks.format, checks.formatChecked, QStringLiteral("format.honest_identity"));
    const ForgeryCheck::Assessment forged = ForgeryCheck::assess(checks);
    if (!forged.likelyForged)
        return o;
    const HeaderField *from = checks.message.field("From");
    const Args args = {{QStringLiteral("domain"), forged.fromDomain}, {QStringLiteral("policy"), forged.policy}};
    o.status = worseStatus(o.status == CheckStatus::NotApplicable ? CheckStatus::Pass : o.status, CheckStatus::Warning);
    o.reason = QStringLiteral("format.identity.forged_from");
    o.reasonArgs = args;
    o.pending = false;
    o.evidence.prepend(evidence(QStringLiteral("format.identity.forged_from"), args, QStringLiteral("From"), from ? from->line : 0));
    return o;
}

} // namespace

bool RequirementEngine::needsDns(const QString &check)
{
    return check.startsWith(u"auth.") || check == u"arc.forwarder" || check == u"carrier.spf_from"
        || check == u"carrier.spf_from_and_envelope" || check == u"infra.iprev"
        || check == u"infra.domain_exists" || check == u"infra.domain_reply"
        || check == u"format.provider_spoof" || check == u"unsub.one_click.rfc8058"
        || check == u"unsub.one_click.yahoo" || check == u"unsub.one_click.any";
}

QList<CheckOutcome> RequirementEngine::outcomes(const CheckResults &checks)
{
    QList<CheckOutcome> out;
    out << spfOrDkim(checks) << spfPass(checks) << dkimPass(checks, QStringLiteral("auth.dkim_pass"))
        << dkimPass(checks, QStringLiteral("auth.dkim_pass.own_domain"))
        << dkimPass(checks, QStringLiteral("auth.dkim_pass.all_aligned")) << dkimKeySize(checks)
        << dmarcRecord(checks) << dmarcAlignedOrg(checks) << dmarcPass(checks) << bothAligned(checks)
        << dmarcEnforce(checks) << arcForwarder(checks);
    out << carrierSpf(checks, false) << carrierSpf(checks, true)
        << makeOutcome(QStringLiteral("carrier.filter_setting"), CheckStatus::NotVerifiable,
                       QStringLiteral("requirements.carrier.filter_setting"));
    out << iprev(checks) << tls(checks)
        << fromList(checks.domainChecks, checks.domainChecked, QStringLiteral("infra.domain_exists"))
        << fromList(checks.domainChecks, checks.domainChecked, QStringLiteral("infra.domain_reply"))
        << streams(checks);
    for (const QString &id : {QStringLiteral("format.rfc5322"), QStringLiteral("format.single_from.gmail"),
                              QStringLiteral("format.single_from.rfc"), QStringLiteral("format.single_instance"),
                              QStringLiteral("format.message_id"), QStringLiteral("format.size_limits"),
                              QStringLiteral("format.encoding"), QStringLiteral("format.idn")})
        out << fromList(checks.format, checks.formatChecked, id);
    out << providerSpoof(checks) << honestIdentity(checks);
    out << oneClick(checks, QStringLiteral("unsub.one_click.rfc8058"))
        << oneClick(checks, QStringLiteral("unsub.one_click.yahoo"))
        << oneClick(checks, QStringLiteral("unsub.one_click.any")) << bodyLink(checks);
    out << makeOutcome(QStringLiteral("unsub.honor"), CheckStatus::NotVerifiable, QStringLiteral("requirements.unsub.honor"))
        << makeOutcome(QStringLiteral("rep.spam_rate"), CheckStatus::NotVerifiable, QStringLiteral("requirements.spam_rate"))
        << makeOutcome(QStringLiteral("prac.consent"), CheckStatus::NotVerifiable, QStringLiteral("requirements.consent"))
        << makeOutcome(QStringLiteral("prac.smtp_replies"), CheckStatus::NotVerifiable, QStringLiteral("requirements.smtp_replies"));
    if (checks.dnsUnreliable) {
        // A failure or warning that rests on DNS answers Kensa cannot rely on is not a finding
        // about the sender; what the receiver recorded (a pass taken from its trusted
        // Authentication-Results) stays.
        for (CheckOutcome &o : out) {
            if (!o.pending && needsDns(o.check) && (o.status == CheckStatus::Fail || o.status == CheckStatus::Warning)) {
                o.status = CheckStatus::NotVerifiable;
                o.reason = QStringLiteral("requirements.dns_unreliable");
                o.reasonArgs = {};
            }
        }
    }
    return out;
}

bool RequirementEngine::isMarketing(const CheckResults &checks, const RequirementOptions &options)
{
    switch (options.marketing) {
    case RequirementOptions::Marketing::Yes:
        return true;
    case RequirementOptions::Marketing::No:
        return false;
    case RequirementOptions::Marketing::Auto:
        break;
    }
    return checks.unsubscribe.looksMarketing;
}

bool RequirementEngine::isForwarded(const CheckResults &checks)
{
    const Message &m = checks.message;
    if (m.field("X-Forwarded-To") || m.field("X-Forwarded-For") || m.field("Resent-From") || m.field("Resent-Sender"))
        return true;
    // An ARC set sealed by someone other than the final receiver (Gmail and Microsoft seal what
    // they receive themselves; that says nothing about an intermediary).
    const QString receiverOrg = orgOf(checks.receiverAuthservId);
    for (const ArcInstanceResult &instance : checks.arc.instances) {
        const QString d = instance.domain.toLower();
        if (!d.isEmpty() && (receiverOrg.isEmpty() || orgOf(d) != receiverOrg))
            return true;
    }
    // A mailing list: List-Id names a list outside the From domain's organisation (a newsletter's
    // own List-Id does not make it list mail).
    if (const HeaderField *listId = m.field("List-Id")) {
        static const QRegularExpression id(QStringLiteral("<([^>]+)>"));
        QString list = id.match(listId->displayValue).captured(1).toLower();
        if (list.isEmpty())
            list = listId->displayValue.trimmed().toLower();
        const QString fromOrg = orgOf(checks.summary.fromDomain);
        if (!list.isEmpty() && (fromOrg.isEmpty() || (orgOf(list) != fromOrg && !list.endsWith(u'.' + fromOrg))))
            return true;
    }
    return false;
}

QList<RequirementResult> RequirementEngine::evaluate(const CheckResults &checks,
                                                     const RequirementTable &table,
                                                     const RequirementOptions &options)
{
    if (!checks.isMessage)
        return {};
    const QList<CheckOutcome> all = outcomes(checks);
    // Where each cell's check sits in `all`, by the cell's place in the table. outcomes() lists
    // its checks in one order, so the places found for one report hold for the next: each thread
    // keeps them, and every use still compares the ids, so a wrong guess (another table, a
    // check added) only costs a search. Hashing the some 200 ids of every report cost more than
    // the rest of this function.
    thread_local QList<qsizetype> places;
    const auto find = [&all](const QString &check, qsizetype &place) -> const CheckOutcome * {
        if (place >= 0 && place < all.size() && all.at(place).check == check)
            return &all.at(place);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).check == check) {
                place = i;
                return &all.at(i);
            }
        }
        return nullptr;
    };
    const bool marketing = isMarketing(checks, options);
    QList<RequirementResult> results;
    qsizetype cells = 0;
    for (const RequirementRow &row : table.rows())
        cells += row.cells.size();
    results.reserve(cells);
    if (places.size() < cells)
        places.resize(cells, -1);
    qsizetype *place = places.data();
    for (const RequirementRow &row : table.rows()) {
        const bool marketingRow = row.scope == u"marketing";
        for (const RequirementCell &cell : row.cells) {
            const CheckOutcome *found = find(cell.check, *place++);
            CheckOutcome outcome = found ? *found
                                         : makeOutcome(cell.check, CheckStatus::NotVerifiable, QStringLiteral("requirements.check.unknown"),
                                                       {{QStringLiteral("check"), cell.check}});
            // Where the table or the message sets the check aside, the cell does not apply and
            // says why without the check's arguments: built so from the start, not built with
            // them and cleared (some 120 cells a report).
            QString setAside;
            if (cell.applies == Applicability::NotStated)
                setAside = QStringLiteral("requirements.not_stated");
            else if (cell.applies == Applicability::Removed)
                setAside = QStringLiteral("requirements.removed");
            else if (marketingRow && !marketing)
                setAside = QStringLiteral("requirements.not_marketing");
            // Built in one piece: some 200 cells a report, and assigning each member of a
            // default-constructed result cost a call apiece.
            if (!setAside.isNull()) {
                results.append(RequirementResult{.id = row.id,
                                                 .provider = cell.provider,
                                                 .applies = cell.applies,
                                                 .inScope = false,
                                                 .status = CheckStatus::NotApplicable,
                                                 .pending = false,
                                                 .reason = std::move(setAside),
                                                 .reasonArgs = {},
                                                 .outcome = std::move(outcome)});
                continue;
            }
            const bool capped = (cell.applies == Applicability::Recommended || cell.capWarning)
                                && outcome.status == CheckStatus::Fail;
            results.append(RequirementResult{.id = row.id,
                                             .provider = cell.provider,
                                             .applies = cell.applies,
                                             .inScope = cell.applies != Applicability::Bulk || options.bulk,
                                             .status = capped ? CheckStatus::Warning : outcome.status,
                                             .pending = outcome.pending,
                                             .reason = outcome.reason,
                                             .reasonArgs = outcome.reasonArgs,
                                             .outcome = std::move(outcome)});
        }
    }
    return results;
}

QString verdictOutcomeName(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        return QStringLiteral("inbox");
    case ProviderVerdict::Outcome::Spam:
        return QStringLiteral("spam");
    case ProviderVerdict::Outcome::Reject:
        return QStringLiteral("reject");
    case ProviderVerdict::Outcome::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

ProviderVerdict RequirementEngine::verdict(const CheckResults &checks,
                                           const QList<RequirementResult> &results,
                                           const QString &provider)
{
    ProviderVerdict v;
    v.provider = provider;
    const QString name = RequirementTable::builtin().providerName(provider).en;
    if (checks.dnsUnreliable) {
        v.outcome = ProviderVerdict::Outcome::Uncertain;
        v.reason = QStringLiteral("requirements.verdict.dns_unreliable");
        v.reasonArgs = {{QStringLiteral("provider"), name}};
        return v;
    }
    if (RequirementTable::builtin().providerGroup(provider) == u"carrier") {
        // A carrier's spoofed-sender filter is a switch of each subscriber: a failing row tells
        // what happens when it is on, a passing one only that this filter lets the mail through.
        QStringList failing;
        QStringList unknown;
        bool pending = false;
        for (const RequirementResult &r : results) {
            if (!r.inScope || !sameProvider(r.provider, provider))
                continue;
            pending = pending || r.pending;
            if (r.status == CheckStatus::Fail)
                failing << r.id;
            else if (r.status == CheckStatus::NotVerifiable && !r.pending && RequirementTable::builtin().row(r.id)
                     && RequirementTable::builtin().row(r.id)->verifiable != u"no")
                unknown << r.id;
        }
        v.decidingRows = failing + unknown;
        v.reasonArgs = {{QStringLiteral("provider"), name}};
        if (!failing.isEmpty()) {
            v.outcome = ProviderVerdict::Outcome::Reject;
            v.reason = QStringLiteral("requirements.verdict.carrier_reject");
        } else if (pending) {
            v.reason = QStringLiteral("requirements.verdict.pending");
        } else if (!unknown.isEmpty()) {
            v.reason = QStringLiteral("requirements.verdict.carrier_unknown");
        } else {
            v.reason = QStringLiteral("requirements.verdict.carrier_pass");
        }
        return v;
    }
    QStringList failing;
    QStringList warnings;
    QStringList unknown;
    bool pending = false;
    int required = 0;
    for (const RequirementResult &r : results) {
        if (!r.inScope || !sameProvider(r.provider, provider))
            continue;
        pending = pending || r.pending;
        if (r.applies == Applicability::All || r.applies == Applicability::Bulk)
            ++required;
        if (r.applies == Applicability::Recommended)
            continue;
        if (r.status == CheckStatus::Fail)
            failing << r.id;
        else if (r.status == CheckStatus::Warning)
            warnings << r.id;
        else if (r.status == CheckStatus::NotVerifiable && !r.pending
                 && RequirementTable::builtin().row(r.id) && RequirementTable::builtin().row(r.id)->verifiable != u"no")
            unknown << r.id;
    }
    v.decidingRows = failing + warnings;
    const DmarcResult &d = checks.dmarc;
    const bool dmarcFails = checks.dmarcChecked && d.result == u"fail";
    const QString policy = appliedPolicy(d);
    if (dmarcFails && policy == u"reject") {
        v.outcome = ProviderVerdict::Outcome::Reject;
        v.reason = QStringLiteral("requirements.verdict.dmarc_reject");
        v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("from"), d.fromDomain}};
        v.decidingRows.prepend(QStringLiteral("AUTH-DMARC-ALIGNED"));
        return v;
    }
    // Mail that passes neither SPF nor DKIM is refused outright (Gmail 550 5.7.26), whatever
    // the DMARC policy; a quarantine policy then sends the rest to spam.
    if (failing.contains(QStringLiteral("AUTH-SPF-OR-DKIM"))) {
        v.outcome = ProviderVerdict::Outcome::Reject;
        v.reason = QStringLiteral("requirements.verdict.unauthenticated");
        v.reasonArgs = {{QStringLiteral("provider"), name}};
        return v;
    }
    if (dmarcFails && policy == u"quarantine") {
        v.outcome = ProviderVerdict::Outcome::Spam;
        v.reason = QStringLiteral("requirements.verdict.dmarc_quarantine");
        v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("from"), d.fromDomain}};
        v.decidingRows.prepend(QStringLiteral("AUTH-DMARC-ALIGNED"));
        return v;
    }
    if (required == 0) {
        // Apple states its rules for bulk senders only: nothing to judge a small sender by.
        v.outcome = ProviderVerdict::Outcome::Uncertain;
        v.reason = QStringLiteral("requirements.verdict.bulk_only");
        v.reasonArgs = {{QStringLiteral("provider"), name}};
        return v;
    }
    if (!failing.isEmpty()) {
        v.outcome = ProviderVerdict::Outcome::Spam;
        v.reason = QStringLiteral("requirements.verdict.failures");
        v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("count"), QString::number(failing.size())}};
        return v;
    }
    if (pending) {
        v.outcome = ProviderVerdict::Outcome::Uncertain;
        v.reason = QStringLiteral("requirements.verdict.pending");
        v.reasonArgs = {{QStringLiteral("provider"), name}};
        return v;
    }
    if (dmarcFails) {
        v.outcome = ProviderVerdict::Outcome::Uncertain;
        v.reason = QStringLiteral("requirements.verdict.dmarc_none");
        v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("from"), d.fromDomain}};
        v.decidingRows.prepend(QStringLiteral("AUTH-DMARC-ALIGNED"));
        return v;
    }
    if (!unknown.isEmpty()) {
        v.outcome = ProviderVerdict::Outcome::Uncertain;
        v.reason = QStringLiteral("requirements.verdict.unknown");
        v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("count"), QString::number(unknown.size())}};
        v.decidingRows += unknown;
        return v;
    }
    v.outcome = ProviderVerdict::Outcome::Inbox;
    v.reason = warnings.isEmpty() ? QStringLiteral("requirements.verdict.inbox")
                                  : QStringLiteral("requirements.verdict.inbox_warnings");
    v.reasonArgs = {{QStringLiteral("provider"), name}, {QStringLiteral("count"), QString::number(warnings.size())}};
    return v;
}

QDebug operator<<(QDebug dbg, const RequirementResult &result)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "RequirementResult(" << result.id << ' ' << result.provider << ' '
                  << checkStatusName(result.status) << ' ' << result.reason << ')';
    return dbg;
}

} // namespace kensa
