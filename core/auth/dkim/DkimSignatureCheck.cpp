#include "core/auth/dkim/DkimSignatureCheck.h"

#include <QDateTime>

#include <optional>

namespace kensa {

namespace {

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QString dateText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// RFC 6376 §3.5: clocks drift; a signature "from the future" by less than this is not worth a note.
constexpr qint64 ClockSkewSeconds = 300;

} // namespace

DkimCanonicalizer::BodyResult DkimSignatureCheck::BodyHashes::hash(
    DkimSignature::Canon canon, DigestStream::Hash hash, qint64 limit)
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.canon == canon && e.hash == hash && e.limit == limit)
            return e.result;
    }
    m_entries.append({canon, hash, limit, DkimCanonicalizer::body(m_body, canon, hash, limit)});
    return m_entries.constLast().result;
}

void DkimSignatureCheck::KeyRecords::setAnswer(const DnsAnswer &answer)
{
    if (answer.question.type == DnsType::TXT)
        m_answers.insert(answer);
}

DkimKey DkimSignatureCheck::KeyRecords::parsed(const QByteArray &record) const
{
    for (const auto &[text, key] : std::as_const(m_parsed)) {
        if (text == record)
            return key;
    }
    m_parsed.append({record, DkimKey::parseCached(record)});
    return m_parsed.constLast().second;
}

DigestStream::Hash DkimSignatureCheck::digestOf(DkimSignature::Algorithm algorithm)
{
    return algorithm == DkimSignature::Algorithm::RsaSha1 ? DigestStream::Hash::Sha1
                                                          : DigestStream::Hash::Sha256;
}

DkimSignatureCheck::DkimSignatureCheck(const DkimSignature &signature,
    DkimSignature::Kind kind,
    const HeaderField &field,
    const QList<HeaderField> &headers,
    BodyHashes *bodies)
    : DkimSignatureCheck(signature, field, QByteArray())
{
    m_fieldName = kind == DkimSignature::Kind::Dkim ? QStringLiteral("DKIM-Signature")
                                                    : QStringLiteral("ARC-Message-Signature");
    const DkimSignature &sig = m_signature;
    if (!sig.isValid())
        return;
    DkimResult &r = m_prepared;
    const DigestStream::Hash hash = digestOf(sig.algorithm);
    if (!bodies) {
        r.bodyHash = DkimResult::BodyHash::NotSupplied;
    } else {
        const DkimCanonicalizer::BodyResult body
            = bodies->hash(sig.bodyCanon, hash, sig.bodyLength);
        r.computedBodyHash = body.hash.toBase64();
        r.canonicalBodyLength = body.canonicalLength;
        r.bodyHash = body.hash == sig.bodyHash ? DkimResult::BodyHash::Match
                                               : DkimResult::BodyHash::Mismatch;
        if (sig.bodyLength >= 0 && body.canonicalLength > sig.bodyLength) {
            r.findings.append(makeFinding(QStringLiteral("dkim.body.beyond_length"),
                Severity::Warning,
                {{QStringLiteral("length"), QString::number(sig.bodyLength)},
                    {QStringLiteral("extra"),
                        QString::number(body.canonicalLength - sig.bodyLength)}},
                field.line,
                field.nameText()));
        }
    }

    // The data hash: the h= fields (RFC 6376 §5.4.2), then this field with b= empty (§3.7).
    DigestStream digest(hash);
    const QList<const HeaderField *> chosen
        = DkimCanonicalizer::selectHeaders(headers, sig.signedHeaders, &field);
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (!chosen.at(i))
            continue;
        r.signedHeadersPresent.append(latin1(sig.signedHeaders.at(i)));
        digest.add(DkimCanonicalizer::header(*chosen.at(i), sig.headerCanon));
    }
    digest.add(DkimCanonicalizer::signatureHeader(field, sig.headerCanon));
    m_dataHash = digest.finish();
}

DkimSignatureCheck::DkimSignatureCheck(
    const DkimSignature &signature, const HeaderField &field, const QByteArray &dataHash)
    : m_signature(signature)
    , m_dataHash(dataHash)
    , m_fieldName(field.nameText())
{
    const DkimSignature &sig = m_signature;
    DkimResult &r = m_prepared;
    r.line = field.line;
    r.domain = QString::fromUtf8(sig.domain);
    r.selector = QString::fromUtf8(sig.selector);
    r.algorithm = latin1(sig.algorithmText);
    r.canonicalization = sig.canonName();
    r.identity = QString::fromUtf8(sig.identity);
    for (const QByteArray &h : sig.signedHeaders)
        r.signedHeaders.append(latin1(h));
    r.bodyLength = sig.bodyLength;
    r.timestamp = sig.timestamp;
    r.expiry = sig.expiry;
    r.claimedBodyHash = sig.bodyHashText;
    r.signatureValue = sig.signature.toBase64();
    r.keyName = QString::fromUtf8(sig.keyName());
}

DkimResult DkimSignatureCheck::result(const KeyRecords &keys, qint64 now) const
{
    DkimResult r = m_prepared;
    const DkimSignature &sig = m_signature;
    const auto conclude
        = [&r](const char *result, const char *reason, QList<QPair<QString, QString>> args = {}) {
              r.result = QString::fromLatin1(result);
              r.reason = QString::fromLatin1(reason);
              r.reasonArgs = std::move(args);
              return r;
          };
    const auto note =
        [&r, this](const char *key, Severity severity, const QString &name, const QString &value) {
            r.findings.append(makeFinding(
                QString::fromLatin1(key), severity, {{name, value}}, r.line, m_fieldName));
        };
    if (!sig.isValid()) {
        r.result = QStringLiteral("permerror");
        r.reason = sig.error;
        r.reasonArgs = sig.errorArgs;
        return r;
    }
    // RFC 6376 §3.5 x=: signatures past their expiry must be considered invalid.
    if (sig.expiry >= 0 && now > sig.expiry)
        return conclude(
            "permerror", "dkim.expired", {{QStringLiteral("expiry"), dateText(sig.expiry)}});
    if (sig.timestamp > now + ClockSkewSeconds)
        note("dkim.timestamp.future",
            Severity::Notice,
            QStringLiteral("timestamp"),
            dateText(sig.timestamp));

    const DnsAnswer *answerIt = keys.m_answers.find({sig.keyName(), DnsType::TXT});
    if (!answerIt)
        return conclude("temperror",
            "dkim.key.dns_error",
            {{QStringLiteral("status"), dnsStatusName(DnsStatus::Timeout)}});
    const DnsAnswer &answer = *answerIt;
    r.keyDnsStatus = answer.status;
    switch (answer.status) {
    case DnsStatus::NoError:
        break;
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        // RFC 6376 §6.1.2: no key record is a permanent failure.
        return conclude("permerror", "dkim.key.not_found", {{QStringLiteral("name"), r.keyName}});
    case DnsStatus::NotInSnapshot:
        return conclude(
            "temperror", "dkim.key.not_in_snapshot", {{QStringLiteral("name"), r.keyName}});
    case DnsStatus::ServFail:
    case DnsStatus::Refused:
    case DnsStatus::OtherError:
    case DnsStatus::Timeout:
        return conclude("temperror",
            "dkim.key.dns_error",
            {{QStringLiteral("status"), dnsStatusName(answer.status)}});
    }

    // RFC 6376 §3.6.2.2: with several records, use the first one that is a usable key.
    std::optional<DkimKey> found;
    std::optional<DkimKey> first;
    for (const DnsRecord &record : answer.records) {
        DkimKey parsed = keys.parsed(record.joinedText());
        if (!first)
            first = parsed;
        if (parsed.isUsable()) {
            found = std::move(parsed);
            break;
        }
    }
    if (!found) {
        if (!first)
            return conclude(
                "permerror", "dkim.key.not_found", {{QStringLiteral("name"), r.keyName}});
        r.keyRecord = first->record();
        r.result = QStringLiteral("permerror");
        r.reason = first->error();
        r.reasonArgs = first->errorArgs();
        return r;
    }
    const DkimKey &key = *found;
    r.keyRecord = key.record();
    r.keyType = key.typeName();
    r.keyBits = key.bits();
    r.keyTesting = key.testing();

    const bool ed25519 = sig.algorithm == DkimSignature::Algorithm::Ed25519Sha256;
    if ((ed25519 && key.type() != DkimKey::Type::Ed25519)
        || (!ed25519 && key.type() != DkimKey::Type::Rsa))
        return conclude("permerror",
            "dkim.key.type_mismatch",
            {{QStringLiteral("algorithm"), r.algorithm}, {QStringLiteral("type"), r.keyType}});
    const QByteArray hashName
        = sig.algorithm == DkimSignature::Algorithm::RsaSha1 ? "sha1" : "sha256";
    if (!key.allowsHash(hashName))
        return conclude(
            "permerror", "dkim.key.hash_excluded", {{QStringLiteral("hash"), latin1(hashName)}});
    // RFC 6376 §3.6.1 t=s: the i= domain must be exactly d=. ARC signatures carry no i= identity.
    if (key.strict() && !sig.identity.isEmpty()) {
        const QByteArray idDomain = sig.identity.mid(sig.identity.lastIndexOf('@') + 1).toLower();
        if (idDomain != sig.domain.toLower())
            return conclude(
                "permerror", "dkim.key.strict_subdomain", {{QStringLiteral("i"), r.identity}});
    }

    // RFC 6376 §3.5 l=, §6.1.3: a body shorter than l= is not the body that was signed.
    const bool shorterThanLength = sig.bodyLength >= 0 && r.canonicalBodyLength >= 0
        && r.canonicalBodyLength < sig.bodyLength;
    const bool signatureOk
        = DkimCanonicalizer::verify(key, sig.algorithm, m_dataHash, sig.signature);
    const bool bodyOk = r.bodyHash != DkimResult::BodyHash::Mismatch && !shorterThanLength;
    r.crypto = signatureOk && bodyOk ? QStringLiteral("pass") : QStringLiteral("fail");

    if (key.testing())
        note("dkim.key.testing", Severity::Notice, QStringLiteral("name"), r.keyName);
    // RFC 8301 §3.1 and §3.2: rsa-sha1 and RSA keys under 1024 bits must not be accepted.
    if (sig.algorithm == DkimSignature::Algorithm::RsaSha1)
        return conclude("permerror", "dkim.algorithm.rsa_sha1");
    if (key.type() == DkimKey::Type::Rsa && key.bits() < 1024)
        return conclude("permerror",
            "dkim.key.too_small",
            {{QStringLiteral("bits"), QString::number(key.bits())}});
    if (key.type() == DkimKey::Type::Rsa && key.bits() < 2048)
        note("dkim.key.weak",
            Severity::Warning,
            QStringLiteral("bits"),
            QString::number(key.bits()));

    if (shorterThanLength)
        return conclude("fail",
            "dkim.body.shorter_than_length",
            {{QStringLiteral("length"), QString::number(sig.bodyLength)},
                {QStringLiteral("body"), QString::number(r.canonicalBodyLength)}});
    if (r.bodyHash == DkimResult::BodyHash::Mismatch)
        return conclude("fail", "dkim.body_hash_mismatch");
    if (!signatureOk)
        return conclude("fail", "dkim.signature_mismatch");
    if (r.bodyHash == DkimResult::BodyHash::NotSupplied)
        return conclude("pass", "dkim.pass_headers_only");
    return conclude("pass", "dkim.pass");
}

} // namespace kensa
