#include "core/auth/dkim/DkimVerifier.h"

namespace kensa {

QString DkimResult::bodyHashName(BodyHash b)
{
    switch (b) {
    case BodyHash::Match:
        return QStringLiteral("match");
    case BodyHash::Mismatch:
        return QStringLiteral("mismatch");
    case BodyHash::NotSupplied:
        return QStringLiteral("not_supplied");
    case BodyHash::NotChecked:
        break;
    }
    return {};
}

QDebug operator<<(QDebug dbg, const DkimResult &r)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "DkimResult(#" << r.index << " d=" << r.domain << " s=" << r.selector << ' ' << r.result
                  << ' ' << r.reason << ')';
    return dbg;
}

DkimVerifier::DkimVerifier(const Message &message, Options options)
    : m_options(options)
{
    DkimSignatureCheck::BodyHashes bodies(message.body());
    const QList<HeaderField> &headers = message.headers();
    for (const HeaderField &field : headers) {
        if (!field.hasName("DKIM-Signature"))
            continue;
        m_checks.append(DkimSignatureCheck(DkimSignature::parse(field),
            DkimSignature::Kind::Dkim,
            field,
            headers,
            m_options.headersOnly ? nullptr : &bodies));
    }
}

QList<DnsQuestion> DkimVerifier::keyQuestions() const
{
    QList<DnsQuestion> out;
    for (const DkimSignatureCheck &check : m_checks) {
        if (!check.needsKey())
            continue;
        const DnsQuestion q{check.signature().keyName(), DnsType::TXT};
        if (!out.contains(q))
            out.append(q);
    }
    return out;
}

void DkimVerifier::setAnswer(const DnsAnswer &answer)
{
    m_keys.setAnswer(answer);
}

QList<DkimResult> DkimVerifier::results() const
{
    QList<DkimResult> out;
    out.reserve(m_checks.size());
    for (const DkimSignatureCheck &check : m_checks) {
        DkimResult r = check.result(m_keys, m_options.now);
        r.index = int(out.size());
        out.append(r);
    }
    return out;
}

} // namespace kensa
