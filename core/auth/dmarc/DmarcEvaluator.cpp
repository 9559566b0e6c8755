#include "core/auth/dmarc/DmarcEvaluator.h"

#include "core/text/Idn.h"
#include "core/net/OrganizationalDomain.h"

namespace kensa {

namespace {

QString normalized(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    if (Idn::isInternationalised(d)) {
        const QString ascii = Idn::toAscii(d);
        if (!ascii.isEmpty())
            d = ascii;
    }
    return d;
}

QString dmarcName(const QString &domain)
{
    return QStringLiteral("_dmarc.") + domain;
}

// One policy level less strict (RFC 9989 t=y: the Domain Owner is testing).
QString lessStrict(const QString &policy)
{
    if (policy == u"reject")
        return QStringLiteral("quarantine");
    return QStringLiteral("none");
}

} // namespace

DmarcEvaluator::DmarcEvaluator(Input input, const OrganizationalDomain &psl)
    : m_input(std::move(input))
    , m_psl(psl)
{
    if (!m_input.fromDomains.isEmpty())
        m_from = normalized(m_input.fromDomains.first());
    m_input.spfDomain = normalized(m_input.spfDomain);
    for (auto &[d, result] : m_input.dkim)
        d = normalized(d);
}

QStringList DmarcEvaluator::treeWalk(const QString &domain)
{
    QStringList names;
    if (domain.isEmpty())
        return names;
    names << domain;
    const QStringList labels = domain.split(u'.', Qt::SkipEmptyParts);
    const qsizetype start = labels.size() > 7 ? 7 : labels.size() - 1;
    for (qsizetype n = start; n >= 1; --n)
        names << labels.mid(labels.size() - n).join(u'.');
    return names;
}

QList<DnsQuestion> DmarcEvaluator::questions() const
{
    QList<DnsQuestion> out;
    if (m_from.isEmpty())
        return out;
    auto add = [&](const QString &name, DnsType type) {
        const DnsQuestion q{name.toUtf8(), type};
        if (!out.contains(q))
            out.append(q);
    };
    QStringList domains{m_from};
    if (m_input.spfResult == u"pass" && !m_input.spfDomain.isEmpty())
        domains << m_input.spfDomain;
    for (const auto &[d, result] : m_input.dkim) {
        if (result == u"pass" && !d.isEmpty())
            domains << d;
    }
    for (const QString &domain : std::as_const(domains)) {
        for (const QString &name : treeWalk(domain))
            add(dmarcName(name), DnsType::TXT);
    }
    // RFC 7489 §6.6.3: the organisational domain's record from the Public Suffix List.
    const QString org7489 = m_psl.of(m_from);
    if (!org7489.isEmpty())
        add(dmarcName(org7489), DnsType::TXT);
    // np= applies when the From domain does not exist: an NXDOMAIN answer to a question of any
    // type for it (RFC 9989 takes the meaning of RFC 8020). MX is the question the domain checks
    // ask anyway (DomainExistence), so an analysis has its answer at hand.
    add(m_from, DnsType::MX);
    return out;
}

void DmarcEvaluator::setAnswer(const DnsAnswer &answer)
{
    m_answers.insert(answer);
}

const DnsAnswer *DmarcEvaluator::answer(const QString &name, DnsType type) const
{
    return m_answers.find({name.toUtf8(), type});
}

DmarcEvaluator::Lookup DmarcEvaluator::lookup(const QString &domain, DmarcRecord *record) const
{
    const DnsAnswer *it = answer(dmarcName(domain), DnsType::TXT);
    if (!it)
        return Lookup::Missing;
    switch (it->status) {
    case DnsStatus::NoError: {
        QList<DmarcRecord> records;
        for (const DnsRecord &r : it->records) {
            const QByteArray text = r.joinedText();
            if (DmarcRecord::looksLikeDmarc(text))
                records.append(DmarcRecord::parse(text));
        }
        // RFC 9989 §4.10: more than one record at a name is no record at that name.
        if (records.size() != 1 || !records.first().valid)
            return Lookup::NoRecord;
        *record = records.first();
        return Lookup::Record;
    }
    case DnsStatus::NoData:
    case DnsStatus::NxDomain:
        return Lookup::NoRecord;
    default:
        return Lookup::TempError;
    }
}

QString DmarcEvaluator::orgDomain(const QString &domain, bool *temporary) const
{
    // RFC 9989 §4.10.2: walk up; psd=n names the organisational domain, psd=y makes the name one
    // label below it the organisational domain; otherwise the record with the fewest labels.
    const QStringList walk = treeWalk(domain);
    const QStringList labels = domain.split(u'.', Qt::SkipEmptyParts);
    QString fewest;
    for (const QString &name : walk) {
        DmarcRecord record;
        const Lookup l = lookup(name, &record);
        if (l == Lookup::TempError || l == Lookup::Missing) {
            *temporary = true;
            continue;
        }
        if (l != Lookup::Record)
            continue;
        if (record.psd == u"n")
            return name;
        if (record.psd == u"y") {
            const qsizetype n = name.count(u'.') + 2; // one label more than the PSD
            return n >= labels.size() ? domain : labels.mid(labels.size() - n).join(u'.');
        }
        fewest = name;
    }
    return fewest.isEmpty() ? domain : fewest;
}

DmarcResult DmarcEvaluator::result() const
{
    DmarcResult r;
    r.fromDomain = m_from;
    r.spfDomain = m_input.spfDomain;
    r.spfResult = m_input.spfResult;
    r.spfFromRecord = m_input.spfFromRecord;
    auto conclude = [&](const char *result, const char *reason, QList<QPair<QString, QString>> args = {}) {
        r.result = QString::fromLatin1(result);
        r.reason = QString::fromLatin1(reason);
        r.reasonArgs = std::move(args);
        return r;
    };
    if (m_input.fromDomains.isEmpty())
        return conclude("none", "dmarc.from.missing");
    if (m_input.fromDomains.size() > 1) {
        r.findings.append(makeFinding(QStringLiteral("dmarc.from.multiple"), Severity::Warning,
                                      {{QStringLiteral("count"), QString::number(m_input.fromDomains.size())},
                                       {QStringLiteral("domain"), m_from}}));
    }

    // Policy discovery (RFC 9989 §4.10.1): the From domain, then up the tree.
    bool found = false;
    for (const QString &name : treeWalk(m_from)) {
        DmarcRecord record;
        const Lookup l = lookup(name, &record);
        if (l == Lookup::Record) {
            r.record = record;
            r.recordDomain = name;
            found = true;
            break;
        }
        if (l == Lookup::TempError || l == Lookup::Missing) {
            const DnsAnswer *it = answer(dmarcName(name), DnsType::TXT);
            if (it && it->status == DnsStatus::NotInSnapshot)
                return conclude("temperror", "dmarc.not_in_snapshot", {{QStringLiteral("name"), dmarcName(name)}});
            return conclude("temperror", "dmarc.dns_error",
                            {{QStringLiteral("name"), dmarcName(name)},
                             {QStringLiteral("status"), !it ? QStringLiteral("TIMEOUT") : dnsStatusName(it->status)}});
        }
    }
    r.findings += r.record.findings;

    bool temporary = false;
    r.orgDomain = orgDomain(m_from, &temporary);
    const DnsAnswer *fromMx = answer(m_from, DnsType::MX);
    r.nonexistentDomain = fromMx && fromMx->status == DnsStatus::NxDomain;

    // Identifier alignment (RFC 9989 §4.4): strict is the same name, relaxed the same
    // organisational domain.
    QHash<QString, QString> orgCache{{m_from, r.orgDomain}};
    auto orgOf = [&](const QString &d) {
        if (!orgCache.contains(d))
            orgCache.insert(d, orgDomain(d, &temporary));
        return orgCache.value(d);
    };
    auto aligned = [&](const QString &d, bool strict) {
        if (d.isEmpty())
            return false;
        return strict ? d == m_from : orgOf(d) == r.orgDomain;
    };
    r.spfAligned = m_input.spfResult == u"pass" && aligned(m_input.spfDomain, r.record.strictSpf);
    for (const auto &[d, result] : m_input.dkim) {
        if (result != u"pass")
            continue;
        r.passingDkimDomains << d;
        if (aligned(d, r.record.strictDkim)) {
            r.dkimAligned = true;
            r.alignedDkimDomains << d;
        }
    }

    // RFC 7489 beside it: organisational domain from the Public Suffix List.
    r.rfc7489OrgDomain = m_psl.of(m_from);
    {
        DmarcRecord record7489;
        bool has = lookup(m_from, &record7489) == Lookup::Record;
        if (!has && !r.rfc7489OrgDomain.isEmpty() && r.rfc7489OrgDomain != m_from)
            has = lookup(r.rfc7489OrgDomain, &record7489) == Lookup::Record;
        if (!has) {
            r.rfc7489Result = QStringLiteral("none");
        } else {
            const QString org = r.rfc7489OrgDomain.isEmpty() ? m_from : r.rfc7489OrgDomain;
            auto aligned7489 = [&](const QString &d, bool strict) {
                if (d.isEmpty())
                    return false;
                if (strict)
                    return d == m_from;
                const QString o = m_psl.of(d);
                return (o.isEmpty() ? d : o) == org;
            };
            bool pass = m_input.spfResult == u"pass" && aligned7489(m_input.spfDomain, record7489.strictSpf);
            for (const auto &[d, result] : m_input.dkim)
                pass = pass || (result == u"pass" && aligned7489(d, record7489.strictDkim));
            r.rfc7489Result = pass ? QStringLiteral("pass") : QStringLiteral("fail");
        }
    }

    if (!found) {
        r.disposition = QStringLiteral("none");
        conclude("none", "dmarc.none", {{QStringLiteral("domain"), m_from}});
    } else if (r.spfAligned || r.dkimAligned) {
        r.disposition = QStringLiteral("none");
        const QString via = r.dkimAligned && r.spfAligned ? QStringLiteral("DKIM, SPF")
                            : r.dkimAligned              ? QStringLiteral("DKIM")
                                                         : QStringLiteral("SPF");
        conclude("pass", "dmarc.pass", {{QStringLiteral("domain"), m_from}, {QStringLiteral("via"), via}});
    } else {
        // The policy that applies (RFC 9989 §4.7): p for the domain that published it, np for a
        // From domain that does not exist, sp for other subdomains.
        r.policy = r.record.policy;
        r.policySource = QStringLiteral("p");
        if (r.recordDomain != m_from) {
            if (r.nonexistentDomain && !r.record.nonexistentPolicy.isEmpty()) {
                r.policy = r.record.nonexistentPolicy;
                r.policySource = QStringLiteral("np");
            } else if (!r.record.subdomainPolicy.isEmpty()) {
                r.policy = r.record.subdomainPolicy;
                r.policySource = QStringLiteral("sp");
            }
        }
        r.disposition = r.record.testing ? lessStrict(r.policy) : r.policy;
        conclude("fail", r.spfAligned || !r.passingDkimDomains.isEmpty() || m_input.spfResult == u"pass"
                             ? "dmarc.fail.not_aligned"
                             : "dmarc.fail.nothing_passed",
                 {{QStringLiteral("domain"), m_from}, {QStringLiteral("policy"), r.policy}});
        if (r.record.testing) {
            r.findings.append(makeFinding(QStringLiteral("dmarc.testing"), Severity::Notice,
                                          {{QStringLiteral("policy"), r.policy},
                                           {QStringLiteral("disposition"), r.disposition}}));
        }
    }
    if (r.rfc7489Result != r.result || (!r.rfc7489OrgDomain.isEmpty() && r.rfc7489OrgDomain != r.orgDomain)) {
        r.findings.append(makeFinding(QStringLiteral("dmarc.rfc7489_differs"), Severity::Notice,
                                      {{QStringLiteral("org"), r.orgDomain},
                                       {QStringLiteral("org7489"), r.rfc7489OrgDomain.isEmpty() ? m_from : r.rfc7489OrgDomain},
                                       {QStringLiteral("result"), r.result},
                                       {QStringLiteral("result7489"), r.rfc7489Result}}));
    }
    if (temporary && r.result != u"temperror") {
        r.findings.append(makeFinding(QStringLiteral("dmarc.org_incomplete"), Severity::Notice,
                                      {{QStringLiteral("domain"), m_from}}));
    }
    return r;
}

} // namespace kensa
