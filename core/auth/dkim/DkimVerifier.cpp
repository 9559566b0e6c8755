#include "core/auth/dkim/DkimVerifier.h"

#include "core/base/Limits.h"

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
        // Beyond Limits::MaxDkimSignatures a signature is only parsed (its tags are listed),
        // never hashed nor asked a key for.
        if (m_checks.size() >= Limits::MaxDkimSignatures) {
            m_checks.append(DkimSignatureCheck(DkimSignature::parse(field), field, QByteArray()));
            continue;
        }
        m_checks.append(DkimSignatureCheck(DkimSignature::parse(field),
            DkimSignature::Kind::Dkim,
            field,
            headers,
            m_options.headersOnly ? nullptr : &bodies));
    }
}

DkimResult DkimVerifier::notVerified(const DkimSignatureCheck &check, int index, int count)
{
    // RFC 8601 §2.7.1 "policy": signed, but a local policy (here the work limit) kept the
    // signature from being accepted; the finding on the first of them says how many.
    DkimResult r = check.prepared();
    r.index = index;
    r.result = QStringLiteral("policy");
    r.reason = QStringLiteral("dkim.limit.not_verified");
    r.reasonArgs = {{QStringLiteral("limit"), QString::number(Limits::MaxDkimSignatures)}};
    if (index == Limits::MaxDkimSignatures) {
        r.findings.append(makeFinding(QStringLiteral("dkim.limit.signatures"),
            Severity::Warning,
            {{QStringLiteral("count"), QString::number(count)},
                {QStringLiteral("limit"), QString::number(Limits::MaxDkimSignatures)}},
            r.line,
            QStringLiteral("DKIM-Signature")));
    }
    return r;
}

QList<DnsQuestion> DkimVerifier::keyQuestions() const
{
    QList<DnsQuestion> out;
    for (qsizetype i = 0; i < qMin<qsizetype>(m_checks.size(), Limits::MaxDkimSignatures); ++i) {
        const DkimSignatureCheck &check = m_checks.at(i);
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
        if (out.size() >= Limits::MaxDkimSignatures) {
            out.append(notVerified(check, int(out.size()), int(m_checks.size())));
            continue;
        }
        DkimResult r = check.result(m_keys, m_options.now);
        r.index = int(out.size());
        out.append(r);
    }
    return out;
}

} // namespace kensa
