#include "core/sender/DomainExistence.h"

namespace kensa {

namespace {

bool isNullMx(const DnsAnswer &mx)
{
    // RFC 7505 §3: a single MX record with preference 0 and the exchange ".".
    return mx.status == DnsStatus::NoError && mx.records.size() == 1 && mx.records.first().preference == 0
        && (mx.records.first().target.isEmpty() || mx.records.first().target == ".");
}

bool undecided(const DnsAnswer *answer)
{
    return !answer || answer->status == DnsStatus::Timeout || answer->status == DnsStatus::ServFail
        || answer->status == DnsStatus::Refused || answer->status == DnsStatus::OtherError
        || answer->status == DnsStatus::NotInSnapshot;
}

Finding dnsEvidence(const QString &domain, DnsType type, const DnsAnswer *answer)
{
    return makeFinding(QStringLiteral("requirements.evidence.dns"), Severity::Info,
                       {{QStringLiteral("name"), domain},
                        {QStringLiteral("type"), dnsTypeName(type)},
                        {QStringLiteral("status"), answer ? dnsStatusName(answer->status) : QStringLiteral("-")}});
}

} // namespace

DomainExistence::DomainExistence(const QString &mailFromDomain, const QString &fromDomain, const QStringList &replyToDomains)
    : m_mailFrom(mailFromDomain.toLower())
    , m_from(fromDomain.toLower())
{
    for (const QString &d : replyToDomains) {
        const QString lower = d.toLower();
        if (!lower.isEmpty() && lower != m_from && !m_replyTo.contains(lower) && m_replyTo.size() < 5)
            m_replyTo << lower;
    }
}

QList<DnsQuestion> DomainExistence::questions() const
{
    // MX first. Its answer's code also says whether the name exists: NXDOMAIN is about the name,
    // whatever type was asked (RFC 8020 §2), so the SOA question Yahoo asks would only repeat it.
    // An address only for a domain whose MX answer leaves replies open: the name exists without
    // MX records (RFC 5321 §5.1: the address is the implicit MX), or the MX question got no
    // usable answer, in which case the address answer also settles existence. MX records, a
    // null MX or NXDOMAIN settle everything without one. Questions already answered are not
    // asked again, so the analysis asks this after each round until it is empty.
    QList<DnsQuestion> out;
    const auto add = [this, &out](const QString &domain, DnsType type) {
        const DnsQuestion q{domain.toUtf8(), type};
        if (!domain.isEmpty() && !out.contains(q) && !answer(domain, type))
            out.append(q);
    };
    for (const QString &d : {m_mailFrom, m_from})
        add(d, DnsType::MX);
    for (const QString &d : QStringList{m_from} + m_replyTo) {
        add(d, DnsType::MX);
        const DnsAnswer *mx = answer(d, DnsType::MX);
        if (mx && (mx->status == DnsStatus::NoData || undecided(mx))) {
            add(d, DnsType::A);
            add(d, DnsType::AAAA);
        }
    }
    const DnsAnswer *mailFromMx = answer(m_mailFrom, DnsType::MX);
    if (mailFromMx && undecided(mailFromMx))
        add(m_mailFrom, DnsType::A);
    return out;
}

void DomainExistence::setAnswer(const DnsAnswer &answer)
{
    m_answers.append(answer);
}

const DnsAnswer *DomainExistence::answer(const QString &domain, DnsType type) const
{
    const DnsQuestion q{domain.toUtf8(), type};
    for (const DnsAnswer &a : m_answers) {
        if (a.question == q)
            return &a;
    }
    return nullptr;
}

QList<CheckOutcome> DomainExistence::outcomes() const
{
    return {existence(), replies()};
}

CheckOutcome DomainExistence::existence() const
{
    const QString id = QStringLiteral("infra.domain_exists");
    QStringList domains;
    for (const QString &d : {m_mailFrom, m_from}) {
        if (!d.isEmpty() && !domains.contains(d))
            domains << d;
    }
    if (domains.isEmpty())
        return makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("requirements.domain.none"));
    QList<Finding> evidence;
    QString missing;
    QString nullMx;
    QString unknown;
    for (const QString &d : std::as_const(domains)) {
        // The first answer with a decided code says whether the name exists: MX, then the
        // addresses asked when MX had none.
        const DnsAnswer *decided = nullptr;
        for (const DnsType type : {DnsType::MX, DnsType::A, DnsType::AAAA}) {
            const DnsAnswer *a = answer(d, type);
            if (a)
                evidence << dnsEvidence(d, type, a);
            else if (type == DnsType::MX)
                evidence << dnsEvidence(d, type, nullptr);
            if (!decided && !undecided(a))
                decided = a;
        }
        const DnsAnswer *mx = answer(d, DnsType::MX);
        if (decided && decided->status == DnsStatus::NxDomain) {
            if (missing.isEmpty())
                missing = d;
        } else if (mx && isNullMx(*mx)) {
            if (nullMx.isEmpty())
                nullMx = d;
        } else if (!decided && unknown.isEmpty()) {
            unknown = d;
        }
    }
    if (!missing.isEmpty())
        return makeOutcome(id, CheckStatus::Fail, QStringLiteral("requirements.domain.nxdomain"),
                           {{QStringLiteral("domain"), missing}}, evidence);
    if (!nullMx.isEmpty())
        return makeOutcome(id, CheckStatus::Fail, QStringLiteral("requirements.domain.null_mx"),
                           {{QStringLiteral("domain"), nullMx}}, evidence);
    if (!unknown.isEmpty())
        return makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("requirements.domain.unknown"),
                           {{QStringLiteral("domain"), unknown}}, evidence);
    return makeOutcome(id, CheckStatus::Pass, QStringLiteral("requirements.domain.exists"),
                       {{QStringLiteral("domains"), domains.join(QStringLiteral(", "))}}, evidence);
}

CheckOutcome DomainExistence::replies() const
{
    const QString id = QStringLiteral("infra.domain_reply");
    const QStringList domains = m_from.isEmpty() ? m_replyTo : QStringList{m_from} + m_replyTo;
    if (domains.isEmpty())
        return makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("requirements.domain.none"));
    QList<Finding> evidence;
    for (const QString &d : domains) {
        const DnsAnswer *mx = answer(d, DnsType::MX);
        const DnsAnswer *a = answer(d, DnsType::A);
        const DnsAnswer *aaaa = answer(d, DnsType::AAAA);
        evidence << dnsEvidence(d, DnsType::MX, mx);
        if (mx && isNullMx(*mx))
            return makeOutcome(id, CheckStatus::Warning, QStringLiteral("requirements.domain.reply_null_mx"),
                               {{QStringLiteral("domain"), d}}, evidence);
        if (mx && mx->status == DnsStatus::NoError)
            continue;
        if (mx && mx->status == DnsStatus::NxDomain)
            return makeOutcome(id, CheckStatus::Warning, QStringLiteral("requirements.domain.no_reply"),
                               {{QStringLiteral("domain"), d}}, evidence);
        evidence << dnsEvidence(d, DnsType::A, a) << dnsEvidence(d, DnsType::AAAA, aaaa);
        if ((a && a->status == DnsStatus::NoError) || (aaaa && aaaa->status == DnsStatus::NoError))
            continue;
        // NXDOMAIN for an address settles it even when MX got no usable answer: the name is not
        // there.
        if ((a && a->status == DnsStatus::NxDomain) || (aaaa && aaaa->status == DnsStatus::NxDomain))
            return makeOutcome(id, CheckStatus::Warning, QStringLiteral("requirements.domain.no_reply"),
                               {{QStringLiteral("domain"), d}}, evidence);
        if (undecided(mx) || (undecided(a) && undecided(aaaa)))
            return makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("requirements.domain.unknown"),
                               {{QStringLiteral("domain"), d}}, evidence);
        return makeOutcome(id, CheckStatus::Warning, QStringLiteral("requirements.domain.no_reply"),
                           {{QStringLiteral("domain"), d}}, evidence);
    }
    return makeOutcome(id, CheckStatus::Pass, QStringLiteral("requirements.domain.reply_ok"),
                       {{QStringLiteral("domains"), domains.join(QStringLiteral(", "))}}, evidence);
}

} // namespace kensa
