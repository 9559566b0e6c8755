#include "core/auth/arc/ArcValidator.h"

#include "core/auth/dkim/DkimCanonicalizer.h"
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

// i= and t= of ARC fields: at most 12 digits, as RFC 6376 §3.5 allows for t=.
bool isDigits(QByteArrayView v)
{
    return DkimSignature::isDecimal(v, 12);
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

ArcValidator::Seal ArcValidator::parseSeal(const HeaderField &field)
{
    Seal out;
    DkimSignature &seal = out.signature;
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
        return out;
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

    out.cv = tags.value("cv");
    if (tags.contains("cv") && out.cv != "none" && out.cv != "pass" && out.cv != "fail")
        fail("arc.seal.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("cv")}});

    seal.domain = tags.value("d");
    seal.domainAscii = DkimSignature::asciiDomain(seal.domain);
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
    return out;
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

    DkimSignatureCheck::BodyHashes bodies(m_message.body());
    for (int i = 1; i <= m_highest; ++i) {
        const Set set = sets.value(i);
        Instance in;
        ArcInstanceResult &r = in.partial;
        r.instance = i;
        if (!set.seals.isEmpty()) {
            in.seal = parseSeal(*set.seals.constFirst());
            const DkimSignature &seal = in.seal.signature;
            r.sealLine = set.seals.constFirst()->line;
            r.domain = QString::fromUtf8(seal.domain);
            r.selector = QString::fromUtf8(seal.selector);
            r.algorithm = latin1(seal.algorithmText);
            r.cv = latin1(in.seal.cv).toLower();
            r.timestamp = seal.timestamp;
            r.sealKeyName = QString::fromUtf8(seal.keyName());
        }
        if (!set.results.isEmpty()) {
            r.aarLine = set.results.constFirst()->line;
            r.aar = parsedResults.value(set.results.constFirst());
        }
        if (!set.signatures.isEmpty()) {
            const HeaderField &field = *set.signatures.constFirst();
            DkimSignature ams
                = DkimSignature::parse(field, DkimSignature::Kind::ArcMessageSignature);
            if (const int position = emptyTagSpec(field.unfoldedValue());
                position && ams.isValid()) {
                ams.error = QStringLiteral("dkim.tag.list_syntax");
                ams.errorArgs = {{QStringLiteral("position"), number(position)}};
            }
            r.amsLine = field.line;
            // RFC 8617 §4.1.2: the AMS must not sign ARC-Seal fields.
            in.amsSignsSeal = ams.signedHeaders.contains("arc-seal");
            in.ams.emplace(ams,
                DkimSignature::Kind::ArcMessageSignature,
                field,
                headers,
                m_options.headersOnly ? nullptr : &bodies);
        }
        m_instances.append(std::move(in));
    }

    // RFC 8617 §5.1.1: each seal signs the ARC sets 1..i, in instance order, within a set
    // AAR, AMS, AS, relaxed; its own b= emptied and no CRLF after it.
    if (m_structureError.isEmpty()) {
        for (int i = 1; i <= m_highest; ++i) {
            Instance &in = m_instances[i - 1];
            const DkimSignature &seal = in.seal.signature;
            if (!seal.isValid())
                continue;
            DigestStream digest(DkimSignatureCheck::digestOf(seal.algorithm));
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
            in.sealCheck.emplace(seal, *sets[i].seals.constFirst(), digest.finish());
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
        if (in.ams && in.ams->needsKey())
            add(in.ams->signature().keyName());
        if (in.sealCheck)
            add(in.sealCheck->signature().keyName());
    }
    return out;
}

void ArcValidator::setAnswer(const DnsAnswer &answer)
{
    m_keys.setAnswer(answer);
}

DkimResult ArcValidator::finishAms(const Instance &in) const
{
    if (!in.ams)
        return {};
    DkimResult r;
    if (in.amsSignsSeal && in.ams->signature().isValid()) {
        r = in.ams->prepared();
        r.result = QStringLiteral("permerror");
        r.reason = QStringLiteral("arc.ams.signs_seal");
    } else {
        r = in.ams->result(m_keys, m_options.now);
    }
    r.index = in.partial.instance - 1;
    return r;
}

void ArcValidator::finishSeal(const Instance &in, ArcInstanceResult &out) const
{
    const DkimSignature &seal = in.seal.signature;
    if (out.sealLine == 0)
        return;
    if (!seal.isValid()) {
        out.sealResult = QStringLiteral("permerror");
        out.sealReason = seal.error;
        out.sealReasonArgs = seal.errorArgs;
        return;
    }
    if (!in.sealCheck)
        return; // the chain's structure is broken: nothing defined to verify
    // The seal is checked like a DKIM signature over the ARC sets; its own words for the outcome.
    const DkimResult r = in.sealCheck->result(m_keys, m_options.now);
    out.sealResult = r.result;
    if (r.result == u"pass") {
        out.sealReason = QStringLiteral("arc.seal.pass");
    } else if (r.reason == u"dkim.signature_mismatch") {
        out.sealReason = QStringLiteral("arc.seal.signature_mismatch");
    } else {
        out.sealReason = r.reason;
        out.sealReasonArgs = r.reasonArgs;
    }
    if (r.result == u"pass" || r.result == u"fail")
        out.sealKeyBits = r.keyBits;
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
    // Steps 4 and 6: the newest AMS, then every seal, newest first. A signature whose key could
    // not be fetched (DNS failure, timeout, offline and not in the snapshot) is temperror in the
    // shared check, as for DKIM: the chain is then temperror, not fail, unless another signature
    // fails outright.
    int unavailable = 0; // the newest instance with a key that could not be fetched
    QString unavailableField;
    const auto keyUnavailable = [&](int instance, const QString &field) {
        if (unavailable == 0) {
            unavailable = instance;
            unavailableField = field;
        }
    };
    const ArcInstanceResult &newest = r.instances.constLast();
    if (newest.ams.result == u"temperror") {
        keyUnavailable(m_highest, QStringLiteral("ARC-Message-Signature"));
    } else if (newest.ams.result != u"pass") {
        return fail(QStringLiteral("arc.ams.failed"),
            {{QStringLiteral("instance"), number(m_highest)},
                {QStringLiteral("result"), newest.ams.result}},
            m_highest);
    }
    for (int i = m_highest; i >= 1; --i) {
        const ArcInstanceResult &in = r.instances.at(i - 1);
        if (in.sealResult == u"temperror") {
            keyUnavailable(i, QStringLiteral("ARC-Seal"));
        } else if (in.sealResult != u"pass") {
            return fail(QStringLiteral("arc.seal.failed"),
                {{QStringLiteral("instance"), number(i)},
                    {QStringLiteral("result"), in.sealResult}},
                i);
        }
    }
    if (unavailable > 0) {
        r.result = QStringLiteral("temperror");
        r.reason = QStringLiteral("arc.key.unavailable");
        r.reasonArgs = {{QStringLiteral("field"), unavailableField}, {QStringLiteral("instance"), number(unavailable)}};
        return r;
    }
    r.result = QStringLiteral("pass");
    r.reason = QStringLiteral("arc.pass");
    r.reasonArgs = {{QStringLiteral("count"), number(m_highest)},
        {QStringLiteral("oldest_pass"), number(r.oldestPass)}};
    return r;
}

} // namespace kensa
