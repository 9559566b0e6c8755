#include "core/auth/dkim/DkimVerifier.h"

#include "core/auth/dkim/DkimCanonicalizer.h"

#include <QDateTime>

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

DigestStream::Hash hashOf(DkimSignature::Algorithm algorithm)
{
    return algorithm == DkimSignature::Algorithm::RsaSha1 ? DigestStream::Hash::Sha1 : DigestStream::Hash::Sha256;
}

// RFC 6376 §3.5: clocks drift; a signature "from the future" by less than this is not worth a note.
constexpr qint64 ClockSkewSeconds = 300;

} // namespace

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
    : m_message(message)
    , m_options(options)
{
    struct BodyKey
    {
        DkimSignature::Canon canon;
        DigestStream::Hash hash;
        qint64 limit;
        DkimCanonicalizer::BodyResult result;
    };
    QList<BodyKey> bodies; // a message rarely has more than two distinct body hashes to compute

    const QList<HeaderField> &headers = m_message.headers();
    int index = 0;
    for (const HeaderField &field : headers) {
        if (!field.hasName("DKIM-Signature"))
            continue;
        State state;
        state.field = &field;
        state.signature = DkimSignature::parse(field);
        const DkimSignature &sig = state.signature;
        DkimResult &r = state.partial;
        r.index = index++;
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

        if (sig.isValid()) {
            const DigestStream::Hash hash = hashOf(sig.algorithm);
            if (m_options.headersOnly) {
                r.bodyHash = DkimResult::BodyHash::NotSupplied;
            } else {
                const BodyKey *cached = nullptr;
                for (const BodyKey &b : std::as_const(bodies)) {
                    if (b.canon == sig.bodyCanon && b.hash == hash && b.limit == sig.bodyLength)
                        cached = &b;
                }
                if (!cached) {
                    bodies.append({sig.bodyCanon, hash, sig.bodyLength,
                                   DkimCanonicalizer::body(m_message.body(), sig.bodyCanon, hash, sig.bodyLength)});
                    cached = &bodies.last();
                }
                r.computedBodyHash = cached->result.hash.toBase64();
                r.canonicalBodyLength = cached->result.canonicalLength;
                state.bodyMatches = cached->result.hash == sig.bodyHash;
                r.bodyHash = state.bodyMatches ? DkimResult::BodyHash::Match : DkimResult::BodyHash::Mismatch;
                if (sig.bodyLength >= 0 && cached->result.canonicalLength > sig.bodyLength) {
                    r.findings.append(makeFinding(QStringLiteral("dkim.body.beyond_length"),
                                                  Severity::Warning,
                                                  {{QStringLiteral("length"), QString::number(sig.bodyLength)},
                                                   {QStringLiteral("extra"),
                                                    QString::number(cached->result.canonicalLength - sig.bodyLength)}},
                                                  field.line,
                                                  field.nameText()));
                }
                if (sig.bodyLength >= 0 && cached->result.canonicalLength < sig.bodyLength)
                    state.bodyMatches = false; // RFC 6376 §3.5 l=: longer than the body: the hash cannot match
            }

            // The data hash: the h= fields (RFC 6376 §5.4.2), then this field with b= empty.
            DigestStream digest(hash);
            const QList<const HeaderField *> chosen = DkimCanonicalizer::selectHeaders(headers, sig.signedHeaders, &field);
            for (qsizetype i = 0; i < chosen.size(); ++i) {
                if (!chosen.at(i))
                    continue;
                r.signedHeadersPresent.append(latin1(sig.signedHeaders.at(i)));
                digest.add(DkimCanonicalizer::header(*chosen.at(i), sig.headerCanon));
            }
            digest.add(DkimCanonicalizer::signatureHeader(field, sig.headerCanon));
            state.dataHash = digest.finish();
        }
        m_states.append(std::move(state));
    }
}

QList<DnsQuestion> DkimVerifier::keyQuestions() const
{
    QList<DnsQuestion> out;
    for (const State &s : m_states) {
        if (!s.signature.isValid())
            continue;
        const DnsQuestion q{s.signature.keyName(), DnsType::TXT};
        if (!out.contains(q))
            out.append(q);
    }
    return out;
}

void DkimVerifier::setAnswer(const DnsAnswer &answer)
{
    m_answers.insert(answer.question.name, answer);
}

QList<DkimResult> DkimVerifier::results() const
{
    QList<DkimResult> out;
    out.reserve(m_states.size());
    for (const State &s : m_states)
        out.append(finish(s));
    return out;
}

DkimResult DkimVerifier::finish(const State &state) const
{
    DkimResult r = state.partial;
    const DkimSignature &sig = state.signature;
    const auto conclude = [&r](const char *result, const char *reason, QList<QPair<QString, QString>> args = {}) {
        r.result = QString::fromLatin1(result);
        r.reason = QString::fromLatin1(reason);
        r.reasonArgs = std::move(args);
        return r;
    };
    if (!sig.isValid()) {
        r.result = QStringLiteral("permerror");
        r.reason = sig.error;
        r.reasonArgs = sig.errorArgs;
        return r;
    }
    // RFC 6376 §3.5 x=: signatures past their expiry must be considered invalid.
    if (sig.expiry >= 0 && m_options.now > sig.expiry)
        return conclude("permerror", "dkim.expired", {{QStringLiteral("expiry"), dateText(sig.expiry)}});
    if (sig.timestamp > m_options.now + ClockSkewSeconds) {
        r.findings.append(makeFinding(QStringLiteral("dkim.timestamp.future"), Severity::Notice,
                                      {{QStringLiteral("timestamp"), dateText(sig.timestamp)}}, r.line,
                                      QStringLiteral("DKIM-Signature")));
    }

    const auto answerIt = m_answers.constFind(sig.keyName());
    if (answerIt == m_answers.cend())
        return conclude("temperror", "dkim.key.dns_error", {{QStringLiteral("status"), dnsStatusName(DnsStatus::Timeout)}});
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
        return conclude("temperror", "dkim.key.not_in_snapshot", {{QStringLiteral("name"), r.keyName}});
    case DnsStatus::ServFail:
    case DnsStatus::Refused:
    case DnsStatus::OtherError:
    case DnsStatus::Timeout:
        return conclude("temperror", "dkim.key.dns_error", {{QStringLiteral("status"), dnsStatusName(answer.status)}});
    }

    // RFC 6376 §3.6.2.2: with several records, use the first one that is a usable key.
    const DkimKey *key = nullptr;
    const DkimKey *firstKey = nullptr;
    for (const DnsRecord &record : answer.records) {
        const QByteArray text = record.joinedText();
        auto it = m_keys.find(text);
        if (it == m_keys.end())
            it = m_keys.insert(text, DkimKey::parseCached(text));
        if (!firstKey)
            firstKey = &it.value();
        if (it->isUsable()) {
            key = &it.value();
            break;
        }
    }
    if (!key) {
        if (!firstKey)
            return conclude("permerror", "dkim.key.not_found", {{QStringLiteral("name"), r.keyName}});
        r.keyRecord = firstKey->record();
        r.result = QStringLiteral("permerror");
        r.reason = firstKey->error();
        r.reasonArgs = firstKey->errorArgs();
        return r;
    }
    r.keyRecord = key->record();
    r.keyType = key->typeName();
    r.keyBits = key->bits();
    r.keyTesting = key->testing();

    const bool ed25519 = sig.algorithm == DkimSignature::Algorithm::Ed25519Sha256;
    if ((ed25519 && key->type() != DkimKey::Type::Ed25519) || (!ed25519 && key->type() != DkimKey::Type::Rsa))
        return conclude("permerror", "dkim.key.type_mismatch", {{QStringLiteral("algorithm"), r.algorithm}, {QStringLiteral("type"), r.keyType}});
    const QByteArray hashName = sig.algorithm == DkimSignature::Algorithm::RsaSha1 ? "sha1" : "sha256";
    if (!key->allowsHash(hashName))
        return conclude("permerror", "dkim.key.hash_excluded", {{QStringLiteral("hash"), latin1(hashName)}});
    if (key->strict()) {
        // RFC 6376 §3.6.1 t=s: the i= domain must be exactly d=.
        const QByteArray idDomain = sig.identity.mid(sig.identity.lastIndexOf('@') + 1).toLower();
        if (idDomain != sig.domain.toLower())
            return conclude("permerror", "dkim.key.strict_subdomain", {{QStringLiteral("i"), r.identity}});
    }

    const bool signatureOk = DkimCanonicalizer::verify(*key, sig.algorithm, state.dataHash, sig.signature);
    const bool bodyOk = r.bodyHash == DkimResult::BodyHash::NotSupplied || state.bodyMatches;
    r.crypto = signatureOk && bodyOk ? QStringLiteral("pass") : QStringLiteral("fail");

    if (key->testing()) {
        r.findings.append(makeFinding(QStringLiteral("dkim.key.testing"), Severity::Notice, {{QStringLiteral("name"), r.keyName}},
                                      r.line, QStringLiteral("DKIM-Signature")));
    }
    // RFC 8301 §3.1 and §3.2: rsa-sha1 and RSA keys under 1024 bits must not be accepted.
    if (sig.algorithm == DkimSignature::Algorithm::RsaSha1)
        return conclude("permerror", "dkim.algorithm.rsa_sha1");
    if (key->type() == DkimKey::Type::Rsa && key->bits() < 1024)
        return conclude("permerror", "dkim.key.too_small", {{QStringLiteral("bits"), QString::number(key->bits())}});
    if (key->type() == DkimKey::Type::Rsa && key->bits() < 2048) {
        r.findings.append(makeFinding(QStringLiteral("dkim.key.weak"), Severity::Warning, {{QStringLiteral("bits"), QString::number(key->bits())}},
                                      r.line, QStringLiteral("DKIM-Signature")));
    }

    // RFC 6376 §3.5 l=, §6.1.3: a body shorter than l= is not the body that was signed.
    if (sig.bodyLength >= 0 && r.canonicalBodyLength >= 0 && r.canonicalBodyLength < sig.bodyLength)
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
