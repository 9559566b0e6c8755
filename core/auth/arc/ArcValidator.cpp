#include "core/auth/arc/ArcValidator.h"

#include "core/auth/dkim/DkimCanonicalizer.h"
#include "core/text/Idn.h"
#include "core/text/TagList.h"

namespace kensa {

namespace {

using Args = QList<QPair<QString, QString>>;

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QString number(qint64 n)
{
    return QString::number(n);
}

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 12)
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

DigestStream::Hash hashOf(DkimSignature::Algorithm algorithm)
{
    return algorithm == DkimSignature::Algorithm::RsaSha1 ? DigestStream::Hash::Sha1
                                                          : DigestStream::Hash::Sha256;
}

// RFC 6376 §3.2: tag-list = tag-spec *( ";" tag-spec ) [ ";" ]; only the last tag-spec may be
// empty, so ";;" is an error. TagList accepts it; ARC fields are read strictly. Returns the
// 1-based position of the empty tag-spec's ";", 0 when there is none.
int emptyTagSpec(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype semi = text.indexOf(';', start);
        if (semi < 0)
            break;
        if (TagList::stripWhiteSpace(text.sliced(start, semi - start)).isEmpty())
            return int(semi + 1);
        start = semi + 1;
    }
    return 0;
}

enum class Kind { Seal, Signature, Results };

// The i= of an ARC-Seal or ARC-Message-Signature (RFC 8617 §4.2.1: 1 to 50), or -1.
int tagInstance(const HeaderField &field)
{
    const Result<TagList> tags = TagList::parse(field.unfoldedValue());
    if (!tags || !tags->contains("i"))
        return -1;
    const QByteArray i = tags->value("i");
    if (!isDigits(i) || i.startsWith('0'))
        return -1;
    return int(i.toLongLong());
}

// The instance of an ARC-Authentication-Results, -1 when its "i=N;" prefix is broken.
int resultsInstance(const AuthResultsField &aar)
{
    for (const Finding &f : aar.findings) {
        if (f.key.startsWith(u"authres.arc."))
            return -1;
    }
    return aar.instance;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Seal:
        return QStringLiteral("ARC-Seal");
    case Kind::Signature:
        return QStringLiteral("ARC-Message-Signature");
    case Kind::Results:
        break;
    }
    return QStringLiteral("ARC-Authentication-Results");
}

} // namespace

QDebug operator<<(QDebug dbg, const ArcInstanceResult &r)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "ArcInstanceResult(i=" << r.instance << " d=" << r.domain
                  << " s=" << r.selector << " cv=" << r.cv << " seal=" << r.sealResult << ' '
                  << r.sealReason << " ams=" << r.ams.result << ' ' << r.ams.reason << ')';
    return dbg;
}

QDebug operator<<(QDebug dbg, const ArcResult &r)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "ArcResult(" << r.result << ' ' << r.reason << " failed=" << r.failedInstance
                  << " oldest_pass=" << r.oldestPass << " n=" << r.instanceCount << ')';
    return dbg;
}

QByteArray ArcValidator::Seal::keyName() const
{
    return selector.toLower() + "._domainkey." + domainAscii;
}

ArcValidator::Seal ArcValidator::parseSeal(const HeaderField &field)
{
    Seal seal;
    seal.field = &field;
    const auto fail = [&seal](const char *key, Args args = {}) {
        if (seal.error.isEmpty()) {
            seal.error = QString::fromLatin1(key);
            seal.errorArgs = std::move(args);
        }
    };
    const Result<TagList> parsed = TagList::parse(field.unfoldedValue());
    if (!parsed) {
        fail(parsed.error().key == u"tag.duplicate" ? "arc.seal.tag.duplicate"
                                                    : "arc.seal.tag_list_syntax",
            {{QStringLiteral("position"), number(parsed.error().column)}});
        return seal;
    }
    if (const int position = emptyTagSpec(field.unfoldedValue()))
        fail("arc.seal.tag_list_syntax", {{QStringLiteral("position"), number(position)}});
    const TagList &tags = *parsed;
    // RFC 8617 §4.1.3: required tags of the ARC-Seal.
    for (const char *tag : {"i", "a", "b", "cv", "d", "s"}) {
        if (!tags.contains(tag))
            fail("arc.seal.tag.missing", {{QStringLiteral("tag"), QString::fromLatin1(tag)}});
    }
    // RFC 8617 §4.1.3: the seal signs the ARC sets, never a header list; h= is an error.
    if (tags.contains("h"))
        fail("arc.seal.h_present");

    const QByteArray i = tags.value("i");
    if (isDigits(i) && !i.startsWith('0'))
        seal.instance = int(i.toLongLong());
    else if (tags.contains("i"))
        fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("i")}});

    seal.algorithmText = tags.value("a");
    if (seal.algorithmText == "rsa-sha256")
        seal.algorithm = DkimSignature::Algorithm::RsaSha256;
    else if (seal.algorithmText == "ed25519-sha256")
        seal.algorithm = DkimSignature::Algorithm::Ed25519Sha256;
    else if (seal.algorithmText == "rsa-sha1")
        fail("arc.seal.algorithm.rsa_sha1"); // RFC 8301 §3.1, RFC 8617 §4.1.3
    else if (tags.contains("a"))
        fail("arc.seal.algorithm.unknown",
            {{QStringLiteral("algorithm"), latin1(seal.algorithmText)}});

    seal.cv = tags.value("cv");
    if (tags.contains("cv") && seal.cv != "none" && seal.cv != "pass" && seal.cv != "fail")
        fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("cv")}});

    seal.domain = tags.value("d");
    bool plain = !seal.domain.isEmpty();
    for (char c : seal.domain)
        plain = plain
            && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_');
    seal.domainAscii
        = plain ? seal.domain.toLower() : Idn::toAscii(QString::fromUtf8(seal.domain)).toLatin1();
    if (tags.contains("d") && seal.domainAscii.isEmpty())
        fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("d")}});
    seal.selector = tags.value("s");
    if (tags.contains("s") && seal.selector.isEmpty())
        fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("s")}});

    if (tags.contains("t")) {
        if (isDigits(tags.value("t")))
            seal.timestamp = tags.value("t").toLongLong();
        else
            fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("t")}});
    }
    if (tags.contains("b")) {
        const QByteArray stripped = TagList::stripWhiteSpace(tags.value("b"));
        auto decoded
            = QByteArray::fromBase64Encoding(stripped, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("b")}});
        else
            seal.signature = decoded.decoded;
    }
    return seal;
}

ArcValidator::ArcValidator(const Message &message, Options options)
    : m_message(message)
    , m_options(options)
{
    const QList<HeaderField> &headers = m_message.headers();
    QHash<int, Set> sets;
    QHash<const HeaderField *, AuthResultsField> parsedResults;
    const auto structureError = [this](const char *key, Args args, int instance = 0) {
        if (m_structureError.isEmpty()) {
            m_structureError = QString::fromLatin1(key);
            m_structureArgs = std::move(args);
            m_structureInstance = instance;
        }
    };

    // RFC 8617 §5.2 step 1 and 3: collect the ARC fields and group them by instance.
    for (const HeaderField &field : headers) {
        Kind kind;
        if (field.hasName("ARC-Seal"))
            kind = Kind::Seal;
        else if (field.hasName("ARC-Message-Signature"))
            kind = Kind::Signature;
        else if (field.hasName("ARC-Authentication-Results"))
            kind = Kind::Results;
        else
            continue;
        ++m_fieldCount;
        int instance = -1;
        if (kind == Kind::Results) {
            const AuthResultsField aar = AuthResultsParser::parse(field);
            instance = resultsInstance(aar);
            parsedResults.insert(&field, aar);
        } else {
            instance = tagInstance(field);
        }
        if (instance > MaxInstances) {
            structureError("arc.too_many_instances",
                {{QStringLiteral("field"), kindName(kind)},
                    {QStringLiteral("line"), number(field.line)},
                    {QStringLiteral("limit"), number(MaxInstances)}});
            continue;
        }
        if (instance < 1) {
            structureError("arc.instance.invalid",
                {{QStringLiteral("field"), kindName(kind)},
                    {QStringLiteral("line"), number(field.line)}});
            continue;
        }
        m_highest = qMax(m_highest, instance);
        Set &set = sets[instance];
        QList<const HeaderField *> &list = kind == Kind::Seal ? set.seals
            : kind == Kind::Signature                         ? set.signatures
                                                              : set.results;
        list.append(&field);
    }
    if (m_fieldCount == 0)
        return;

    // RFC 8617 §4.2.1, §5.2 step 3: every set 1..N complete, one field of each kind.
    for (int i = 1; i <= m_highest; ++i) {
        const Set set = sets.value(i);
        const QList<QPair<Kind, const QList<const HeaderField *> *>> kinds
            = {{Kind::Seal, &set.seals},
                {Kind::Signature, &set.signatures},
                {Kind::Results, &set.results}};
        for (const auto &[kind, list] : kinds) {
            if (list->isEmpty())
                structureError("arc.instance.missing",
                    {{QStringLiteral("field"), kindName(kind)},
                        {QStringLiteral("instance"), number(i)}},
                    i);
            else if (list->size() > 1)
                structureError("arc.instance.duplicate",
                    {{QStringLiteral("field"), kindName(kind)},
                        {QStringLiteral("instance"), number(i)}},
                    i);
        }
    }

    struct BodyKey
    {
        DkimSignature::Canon canon;
        DigestStream::Hash hash;
        qint64 limit;
        QByteArray hashValue;
        qint64 canonicalLength;
    };
    QList<BodyKey> bodies;

    for (int i = 1; i <= m_highest; ++i) {
        const Set set = sets.value(i);
        Instance in;
        ArcInstanceResult &r = in.partial;
        r.instance = i;
        if (!set.seals.isEmpty()) {
            in.seal = parseSeal(*set.seals.constFirst());
            r.sealLine = set.seals.constFirst()->line;
            r.domain = QString::fromUtf8(in.seal.domain);
            r.selector = QString::fromUtf8(in.seal.selector);
            r.algorithm = latin1(in.seal.algorithmText);
            r.cv = latin1(in.seal.cv).toLower();
            r.timestamp = in.seal.timestamp;
            r.sealKeyName = QString::fromUtf8(in.seal.keyName());
        }
        if (!set.results.isEmpty()) {
            r.aarLine = set.results.constFirst()->line;
            r.aar = parsedResults.value(set.results.constFirst());
        }
        if (!set.signatures.isEmpty()) {
            const HeaderField &field = *set.signatures.constFirst();
            in.ams = DkimSignature::parse(field, DkimSignature::Kind::ArcMessageSignature);
            if (const int position = emptyTagSpec(field.unfoldedValue());
                position && in.ams.isValid()) {
                in.ams.error = QStringLiteral("dkim.tag.list_syntax");
                in.ams.errorArgs = {{QStringLiteral("position"), number(position)}};
            }
            const DkimSignature &sig = in.ams;
            DkimResult &a = r.ams;
            r.amsLine = field.line;
            a.index = i - 1;
            a.line = field.line;
            a.domain = QString::fromUtf8(sig.domain);
            a.selector = QString::fromUtf8(sig.selector);
            a.algorithm = latin1(sig.algorithmText);
            a.canonicalization = sig.canonName();
            for (const QByteArray &h : sig.signedHeaders)
                a.signedHeaders.append(latin1(h));
            a.bodyLength = sig.bodyLength;
            a.timestamp = sig.timestamp;
            a.expiry = sig.expiry;
            a.claimedBodyHash = sig.bodyHashText;
            a.keyName = QString::fromUtf8(sig.keyName());
            // RFC 8617 §4.1.2: the AMS must not sign ARC-Seal fields.
            in.amsSignsSeal = sig.signedHeaders.contains("arc-seal");
            if (sig.isValid()) {
                const DigestStream::Hash hash = hashOf(sig.algorithm);
                if (m_options.headersOnly) {
                    a.bodyHash = DkimResult::BodyHash::NotSupplied;
                } else {
                    const BodyKey *cached = nullptr;
                    for (const BodyKey &b : std::as_const(bodies)) {
                        if (b.canon == sig.bodyCanon && b.hash == hash && b.limit == sig.bodyLength)
                            cached = &b;
                    }
                    if (!cached) {
                        const auto body = DkimCanonicalizer::body(
                            m_message.body(), sig.bodyCanon, hash, sig.bodyLength);
                        bodies.append(
                            {sig.bodyCanon, hash, sig.bodyLength, body.hash, body.canonicalLength});
                        cached = &bodies.last();
                    }
                    a.computedBodyHash = cached->hashValue.toBase64();
                    a.canonicalBodyLength = cached->canonicalLength;
                    in.bodyMatches = cached->hashValue == sig.bodyHash
                        && !(sig.bodyLength >= 0 && cached->canonicalLength < sig.bodyLength);
                    a.bodyHash = cached->hashValue == sig.bodyHash ? DkimResult::BodyHash::Match
                                                                   : DkimResult::BodyHash::Mismatch;
                }
                DigestStream digest(hash);
                const QList<const HeaderField *> chosen
                    = DkimCanonicalizer::selectHeaders(headers, sig.signedHeaders, &field);
                for (qsizetype k = 0; k < chosen.size(); ++k) {
                    if (!chosen.at(k))
                        continue;
                    a.signedHeadersPresent.append(latin1(sig.signedHeaders.at(k)));
                    digest.add(DkimCanonicalizer::header(*chosen.at(k), sig.headerCanon));
                }
                digest.add(DkimCanonicalizer::signatureHeader(field, sig.headerCanon));
                in.amsHash = digest.finish();
            }
        }
        m_instances.append(std::move(in));
    }

    // RFC 8617 §5.1.1: each seal signs the ARC sets 1..i, in instance order, within a set
    // AAR, AMS, AS, relaxed; its own b= emptied and no CRLF after it.
    if (m_structureError.isEmpty()) {
        for (int i = 1; i <= m_highest; ++i) {
            Instance &in = m_instances[i - 1];
            if (!in.seal.error.isEmpty())
                continue;
            DigestStream digest(hashOf(in.seal.algorithm));
            for (int k = 1; k <= i; ++k) {
                const Set &set = sets[k];
                digest.add(DkimCanonicalizer::header(
                    *set.results.constFirst(), DkimSignature::Canon::Relaxed));
                digest.add(DkimCanonicalizer::header(
                    *set.signatures.constFirst(), DkimSignature::Canon::Relaxed));
                if (k < i)
                    digest.add(DkimCanonicalizer::header(
                        *set.seals.constFirst(), DkimSignature::Canon::Relaxed));
                else
                    digest.add(DkimCanonicalizer::signatureHeader(
                        *set.seals.constFirst(), DkimSignature::Canon::Relaxed));
            }
            in.sealHash = digest.finish();
        }
    }
}

QList<DnsQuestion> ArcValidator::keyQuestions() const
{
    QList<DnsQuestion> out;
    const auto add = [&out](const QByteArray &name) {
        const DnsQuestion q{name, DnsType::TXT};
        if (!out.contains(q))
            out.append(q);
    };
    for (const Instance &in : m_instances) {
        if (in.ams.isValid() && !in.amsHash.isEmpty())
            add(in.ams.keyName());
        if (!in.sealHash.isEmpty())
            add(in.seal.keyName());
    }
    return out;
}

void ArcValidator::setAnswer(const DnsAnswer &answer)
{
    m_answers.insert(answer.question.name, answer);
}

ArcValidator::KeyCheck ArcValidator::key(
    const QByteArray &name, DkimSignature::Algorithm algorithm) const
{
    KeyCheck out;
    const auto conclude = [&out](const char *result, const char *reason, Args args = {}) {
        out.key = nullptr;
        out.result = QString::fromLatin1(result);
        out.reason = QString::fromLatin1(reason);
        out.args = std::move(args);
        return out;
    };
    const QString nameText = QString::fromUtf8(name);
    const auto it = m_answers.constFind(name);
    if (it == m_answers.cend())
        return conclude("temperror",
            "dkim.key.dns_error",
            {{QStringLiteral("status"), dnsStatusName(DnsStatus::Timeout)}});
    out.status = it->status;
    switch (it->status) {
    case DnsStatus::NoError:
        break;
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        return conclude("permerror", "dkim.key.not_found", {{QStringLiteral("name"), nameText}});
    case DnsStatus::NotInSnapshot:
        return conclude(
            "temperror", "dkim.key.not_in_snapshot", {{QStringLiteral("name"), nameText}});
    case DnsStatus::ServFail:
    case DnsStatus::Refused:
    case DnsStatus::OtherError:
    case DnsStatus::Timeout:
        return conclude("temperror",
            "dkim.key.dns_error",
            {{QStringLiteral("status"), dnsStatusName(it->status)}});
    }
    // RFC 6376 §3.6.2.2: with several records, the first usable key.
    const DkimKey *first = nullptr;
    for (const DnsRecord &record : it->records) {
        const QByteArray text = record.joinedText();
        auto k = m_keys.find(text);
        if (k == m_keys.end())
            k = m_keys.insert(text, DkimKey::parseCached(text));
        if (!first)
            first = &k.value();
        if (k->isUsable()) {
            out.key = &k.value();
            break;
        }
    }
    if (!out.key) {
        if (!first)
            return conclude(
                "permerror", "dkim.key.not_found", {{QStringLiteral("name"), nameText}});
        out.result = QStringLiteral("permerror");
        out.reason = first->error();
        out.args = first->errorArgs();
        return out;
    }
    const DkimKey *key = out.key;
    const bool ed25519 = algorithm == DkimSignature::Algorithm::Ed25519Sha256;
    if ((ed25519 && key->type() != DkimKey::Type::Ed25519)
        || (!ed25519 && key->type() != DkimKey::Type::Rsa))
        return conclude("permerror",
            "dkim.key.type_mismatch",
            {{QStringLiteral("algorithm"),
                 ed25519 ? QStringLiteral("ed25519-sha256") : QStringLiteral("rsa-sha256")},
                {QStringLiteral("type"), key->typeName()}});
    const QByteArray hashName = algorithm == DkimSignature::Algorithm::RsaSha1 ? "sha1" : "sha256";
    if (!key->allowsHash(hashName))
        return conclude(
            "permerror", "dkim.key.hash_excluded", {{QStringLiteral("hash"), latin1(hashName)}});
    // RFC 8301 §3.2: RSA keys under 1024 bits must not be accepted.
    if (key->type() == DkimKey::Type::Rsa && key->bits() < 1024)
        return conclude(
            "permerror", "dkim.key.too_small", {{QStringLiteral("bits"), number(key->bits())}});
    out.key = key;
    return out;
}

DkimResult ArcValidator::finishAms(const Instance &in) const
{
    DkimResult r = in.partial.ams;
    const DkimSignature &sig = in.ams;
    const auto conclude = [&r](const char *result, const char *reason, Args args = {}) {
        r.result = QString::fromLatin1(result);
        r.reason = QString::fromLatin1(reason);
        r.reasonArgs = std::move(args);
        return r;
    };
    if (in.partial.amsLine == 0)
        return r;
    if (!sig.isValid()) {
        r.result = QStringLiteral("permerror");
        r.reason = sig.error;
        r.reasonArgs = sig.errorArgs;
        return r;
    }
    if (in.amsSignsSeal)
        return conclude("permerror", "arc.ams.signs_seal");
    // RFC 6376 §3.5 x=
    if (sig.expiry >= 0 && m_options.now > sig.expiry)
        return conclude(
            "permerror", "dkim.expired", {{QStringLiteral("expiry"), number(sig.expiry)}});
    // RFC 8301 §3.1
    if (sig.algorithm == DkimSignature::Algorithm::RsaSha1)
        return conclude("permerror", "dkim.algorithm.rsa_sha1");
    const KeyCheck check = key(sig.keyName(), sig.algorithm);
    r.keyDnsStatus = check.status;
    if (!check.key) {
        r.result = check.result;
        r.reason = check.reason;
        r.reasonArgs = check.args;
        return r;
    }
    r.keyRecord = check.key->record();
    r.keyType = check.key->typeName();
    r.keyBits = check.key->bits();
    r.keyTesting = check.key->testing();
    const bool signatureOk
        = DkimCanonicalizer::verify(*check.key, sig.algorithm, in.amsHash, sig.signature);
    const bool bodyOk = r.bodyHash == DkimResult::BodyHash::NotSupplied || in.bodyMatches;
    r.crypto = signatureOk && bodyOk ? QStringLiteral("pass") : QStringLiteral("fail");
    // RFC 6376 §3.5 l=, §6.1.3: a body shorter than l= is not the body that was signed.
    if (sig.bodyLength >= 0 && r.canonicalBodyLength >= 0 && r.canonicalBodyLength < sig.bodyLength)
        return conclude("fail",
            "dkim.body.shorter_than_length",
            {{QStringLiteral("length"), number(sig.bodyLength)},
                {QStringLiteral("body"), number(r.canonicalBodyLength)}});
    if (r.bodyHash == DkimResult::BodyHash::Mismatch || !bodyOk)
        return conclude("fail", "dkim.body_hash_mismatch");
    if (!signatureOk)
        return conclude("fail", "dkim.signature_mismatch");
    if (r.bodyHash == DkimResult::BodyHash::NotSupplied)
        return conclude("pass", "dkim.pass_headers_only");
    return conclude("pass", "dkim.pass");
}

void ArcValidator::finishSeal(const Instance &in, ArcInstanceResult &out) const
{
    const Seal &seal = in.seal;
    if (out.sealLine == 0)
        return;
    if (!seal.error.isEmpty()) {
        out.sealResult = QStringLiteral("permerror");
        out.sealReason = seal.error;
        out.sealReasonArgs = seal.errorArgs;
        return;
    }
    if (in.sealHash.isEmpty())
        return; // the chain's structure is broken: nothing defined to verify
    const KeyCheck check = key(seal.keyName(), seal.algorithm);
    if (!check.key) {
        out.sealResult = check.result;
        out.sealReason = check.reason;
        out.sealReasonArgs = check.args;
        return;
    }
    out.sealKeyBits = check.key->bits();
    if (DkimCanonicalizer::verify(*check.key, seal.algorithm, in.sealHash, seal.signature)) {
        out.sealResult = QStringLiteral("pass");
        out.sealReason = QStringLiteral("arc.seal.pass");
    } else {
        out.sealResult = QStringLiteral("fail");
        out.sealReason = QStringLiteral("arc.seal.signature_mismatch");
    }
}

ArcResult ArcValidator::result() const
{
    ArcResult r;
    r.instanceCount = m_highest;
    if (m_fieldCount == 0) {
        r.result = QStringLiteral("none");
        r.reason = QStringLiteral("arc.none");
        return r;
    }
    for (const Instance &in : m_instances) {
        ArcInstanceResult out = in.partial;
        out.ams = finishAms(in);
        finishSeal(in, out);
        r.instances.append(out);
    }
    // Oldest instance from which every AMS up to the newest passes.
    for (int i = int(r.instances.size()); i >= 1 && r.instances.at(i - 1).ams.result == u"pass";
         --i)
        r.oldestPass = i;

    const auto fail = [&r](const QString &reason, Args args, int instance) {
        r.result = QStringLiteral("fail");
        r.reason = reason;
        r.reasonArgs = std::move(args);
        r.failedInstance = instance;
        return r;
    };
    if (!m_structureError.isEmpty())
        return fail(m_structureError, m_structureArgs, m_structureInstance);

    // RFC 8617 §5.2 steps 2 and 3: a sealer that recorded cv=fail ends the chain; i=1 says
    // none, every later instance pass.
    for (int i = m_highest; i >= 1; --i) {
        const ArcInstanceResult &in = r.instances.at(i - 1);
        if (in.cv == u"fail")
            return fail(
                QStringLiteral("arc.cv.fail"), {{QStringLiteral("instance"), number(i)}}, i);
    }
    for (int i = m_highest; i >= 1; --i) {
        const ArcInstanceResult &in = r.instances.at(i - 1);
        const QString expected = i == 1 ? QStringLiteral("none") : QStringLiteral("pass");
        if (in.sealResult != u"permerror" && in.cv != expected) {
            return fail(QStringLiteral("arc.cv.invalid"),
                {{QStringLiteral("instance"), number(i)},
                    {QStringLiteral("cv"), in.cv},
                    {QStringLiteral("expected"), expected}},
                i);
        }
    }
    // Step 4: the newest AMS must verify.
    const ArcInstanceResult &newest = r.instances.constLast();
    if (newest.ams.result != u"pass") {
        return fail(QStringLiteral("arc.ams.failed"),
            {{QStringLiteral("instance"), number(m_highest)},
                {QStringLiteral("result"), newest.ams.result}},
            m_highest);
    }
    // Step 6: every seal, newest first.
    for (int i = m_highest; i >= 1; --i) {
        const ArcInstanceResult &in = r.instances.at(i - 1);
        if (in.sealResult != u"pass") {
            return fail(QStringLiteral("arc.seal.failed"),
                {{QStringLiteral("instance"), number(i)},
                    {QStringLiteral("result"), in.sealResult}},
                i);
        }
    }
    r.result = QStringLiteral("pass");
    r.reason = QStringLiteral("arc.pass");
    r.reasonArgs = {{QStringLiteral("count"), number(m_highest)},
        {QStringLiteral("oldest_pass"), number(r.oldestPass)}};
    return r;
}

} // namespace kensa
