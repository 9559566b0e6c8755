#include "core/checklist/ForgeryCheck.h"

#include "core/checklist/RequirementEngine.h"
#include "core/net/OrganizationalDomain.h"
#include "core/sender/SendingServices.h"

namespace kensa {

namespace {

QString orgOf(const QString &domain)
{
    return OrganizationalDomain::system().orSelf(domain.toLower());
}

bool alignedWith(const QString &domain, const QString &fromOrg)
{
    return !domain.isEmpty() && orgOf(domain) == fromOrg;
}

} // namespace

ForgeryCheck::Assessment ForgeryCheck::assess(const CheckResults &checks)
{
    Assessment a;
    const DmarcResult &d = checks.dmarc;
    a.fromDomain = d.fromDomain.isEmpty() ? checks.summary.fromDomain : d.fromDomain;
    a.ip = checks.hops.boundaryIp.isEmpty() ? QString::fromLatin1(checks.spf.ip) : checks.hops.boundaryIp;
    a.envelopeDomain = QString::fromUtf8(checks.spf.domain).toLower();
    a.spfResult = checks.spfChecked ? checks.spf.result : QString();
    a.spfFromResult = checks.spfFromChecked ? checks.spfFrom.result : QString();
    if (a.fromDomain.isEmpty() || !checks.dmarcChecked || !checks.dkimChecked)
        return a;
    // DMARC must fail now, by Kensa's own evaluation (a temperror decides nothing), and the
    // receiver must not have recorded a pass.
    if (d.result != u"fail" || d.recorded == u"pass")
        return a;
    if (d.policy != u"reject" && d.policy != u"quarantine")
        return a;
    if (d.spfAligned || d.dkimAligned)
        return a;
    const QString fromOrg = orgOf(a.fromDomain);
    // A signature of the From domain's own that passed at delivery, or that fails only because
    // the message was changed (or its key cannot be fetched now), speaks for a real message that
    // was altered, not for a forgery.
    for (const DkimResult &sig : checks.dkim) {
        if (!alignedWith(sig.domain, fromOrg))
            continue;
        if (sig.recorded == u"pass" || sig.result == u"pass" || sig.result == u"temperror")
            return a;
        if (sig.bodyHash == DkimResult::BodyHash::Mismatch || sig.crypto == u"fail")
            return a;
    }
    // The path: SPF must have been judged, and not in the From domain's favour.
    if (!checks.spfChecked || checks.spf.result == u"temperror")
        return a;
    if (checks.spf.result == u"pass" && alignedWith(a.envelopeDomain, fromOrg))
        return a;
    if (checks.spfFromChecked && (checks.spfFrom.result == u"pass" || checks.spfFrom.result == u"temperror"))
        return a;
    if (checks.iprevChecked && checks.iprev.forwardConfirmed && alignedWith(checks.iprev.confirmedName, fromOrg))
        return a;
    // A list or forwarder in the path explains a failure without any forgery, and so does a
    // sending service that sends under its own domains (the customer's settings at the service).
    if (RequirementEngine::isForwarded(checks))
        return a;
    SendingServices::Evidence service;
    service.returnPath = checks.summary.returnPath.section(u'@', -1);
    service.fromDomain = checks.summary.fromDomain;
    for (const DkimResult &sig : checks.dkim)
        service.dkimDomains << sig.domain;
    if (!SendingServices::recognise(checks.message, service, checks.hops).id.isEmpty())
        return a;
    a.likelyForged = true;
    a.policy = d.policy;
    return a;
}

} // namespace kensa
