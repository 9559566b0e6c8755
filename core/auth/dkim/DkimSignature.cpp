#include "core/auth/dkim/DkimSignature.h"

#include "core/text/Base64.h"
#include "core/text/Idn.h"
#include "core/text/TagList.h"

#include <array>

namespace kensa {

namespace {

// Decimal tag values (l=, t=, x=). RFC 6376 allows up to 76 digits (l=) and 12 (t=, x=);
// values past qint64 saturate, which keeps every comparison meaningful.
qint64 toNumber(QByteArrayView v)
{
    qint64 n = 0;
    for (char c : v) {
        if (n > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max();
        n = n * 10 + (c - '0');
    }
    return n;
}

// RFC 6376 §2.11 dkim-quoted-printable: "=XX" hex escapes, FWS ignored.
QByteArray decodeDkimQuotedPrintable(QByteArrayView v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '=' && i + 2 < v.size()) {
            bool ok = false;
            const int value = v.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (ok) {
                out.append(char(value));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

Result<QByteArray> base64Value(const QByteArray &stripped)
{
    std::optional<QByteArray> decoded = Base64::decode(stripped);
    if (!decoded)
        return ParseError{QStringLiteral("dkim.tag.syntax")};
    return std::move(*decoded);
}

} // namespace

QByteArray DkimSignature::asciiDomain(const QByteArray &domain)
{
    // Plain ASCII names skip the IDNA machinery.
    bool plain = !domain.isEmpty() && !domain.contains("xn--") && !domain.contains("XN--");
    for (char c : domain) {
        plain = plain
            && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_');
    }
    if (plain)
        return domain.toLower();
    return Idn::toAscii(QString::fromUtf8(domain)).toLatin1();
}

bool DkimSignature::isDecimal(QByteArrayView value, qsizetype maxDigits)
{
    if (value.isEmpty() || (maxDigits >= 0 && value.size() > maxDigits))
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArray DkimSignature::keyName() const
{
    return selector.toLower() + "._domainkey." + domainAscii;
}

QString DkimSignature::algorithmName() const
{
    return QString::fromLatin1(algorithmText);
}

QString DkimSignature::canonName() const
{
    const auto name = [](Canon c) { return c == Canon::Relaxed ? QStringLiteral("relaxed") : QStringLiteral("simple"); };
    return name(headerCanon) + u'/' + name(bodyCanon);
}

DkimSignature DkimSignature::parse(const HeaderField &field, Kind kind)
{
    DkimSignature sig;
    const auto fail = [&sig](const char *key, QList<QPair<QString, QString>> args = {}) {
        if (sig.error.isEmpty()) {
            sig.error = QString::fromLatin1(key);
            sig.errorArgs = std::move(args);
        }
    };
    const Result<TagList> parsed = TagList::parse(field.unfoldedValue());
    if (!parsed) {
        fail(parsed.error().key == u"tag.duplicate" ? "dkim.tag.duplicate" : "dkim.tag.list_syntax",
             {{QStringLiteral("position"), QString::number(parsed.error().column)}});
        return sig;
    }
    const TagList &tags = *parsed;

    // RFC 6376 §3.5 required tags; RFC 8617 §4.1.2: the AMS has i= instead of v=.
    const QList<const char *> required = kind == Kind::Dkim
                                             ? QList<const char *>{"v", "a", "b", "bh", "d", "h", "s"}
                                             : QList<const char *>{"i", "a", "b", "bh", "d", "h", "s"};
    for (const char *tag : required) {
        if (!tags.contains(tag))
            fail("dkim.tag.missing", {{QStringLiteral("tag"), QString::fromLatin1(tag)}});
    }

    sig.version = tags.value("v");
    if (kind == Kind::Dkim && tags.contains("v") && sig.version != "1")
        fail("dkim.version", {{QStringLiteral("version"), QString::fromLatin1(sig.version)}});
    if (kind == Kind::ArcMessageSignature) {
        const QByteArray i = tags.value("i");
        if (isDecimal(i))
            sig.instance = int(qMin<qint64>(toNumber(i), 1000));
        else if (tags.contains("i"))
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("i")}});
    }

    sig.algorithmText = tags.value("a").toLower();
    if (sig.algorithmText == "rsa-sha256")
        sig.algorithm = Algorithm::RsaSha256;
    else if (sig.algorithmText == "rsa-sha1")
        sig.algorithm = Algorithm::RsaSha1;
    else if (sig.algorithmText == "ed25519-sha256")
        sig.algorithm = Algorithm::Ed25519Sha256;
    else if (tags.contains("a"))
        fail("dkim.algorithm.unknown", {{QStringLiteral("algorithm"), QString::fromLatin1(sig.algorithmText)}});

    sig.canonText = tags.value("c").toLower();
    // An AMS without c= is relaxed/relaxed: ARC uses relaxed canonicalisation (as dkimpy and the
    // ValiMail suite's ams_fields_c_na read it); DKIM's default stays simple/simple.
    if (kind == Kind::ArcMessageSignature && !tags.contains("c")) {
        sig.headerCanon = Canon::Relaxed;
        sig.bodyCanon = Canon::Relaxed;
    }
    if (!sig.canonText.isEmpty()) {
        const QList<QByteArray> parts = sig.canonText.split('/');
        const auto canon = [&](const QByteArray &word, Canon *out) {
            if (word == "simple")
                *out = Canon::Simple;
            else if (word == "relaxed")
                *out = Canon::Relaxed;
            else
                fail("dkim.canonicalization.unknown", {{QStringLiteral("c"), QString::fromLatin1(sig.canonText)}});
        };
        if (parts.size() > 2) {
            fail("dkim.canonicalization.unknown", {{QStringLiteral("c"), QString::fromLatin1(sig.canonText)}});
        } else {
            canon(parts.at(0), &sig.headerCanon);
            // RFC 6376 §3.5: "relaxed" alone means relaxed/simple.
            if (parts.size() == 2)
                canon(parts.at(1), &sig.bodyCanon);
        }
    }

    sig.domain = tags.value("d");
    sig.domainAscii = asciiDomain(sig.domain);
    if (tags.contains("d") && (sig.domain.isEmpty() || sig.domainAscii.isEmpty()))
        fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("d")}});
    sig.selector = tags.value("s");
    if (tags.contains("s") && sig.selector.isEmpty())
        fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("s")}});

    if (kind == Kind::Dkim) {
        sig.identity = tags.contains("i") ? decodeDkimQuotedPrintable(tags.value("i")) : "@" + sig.domain;
        // RFC 6376 §3.5 i=: the domain part must be d= or a subdomain of it.
        const qsizetype at = sig.identity.lastIndexOf('@');
        const QByteArray idDomain = at < 0 ? QByteArray() : asciiDomain(sig.identity.mid(at + 1));
        if (tags.contains("i") && !sig.domainAscii.isEmpty()
            && (at < 0 || (idDomain != sig.domainAscii && !idDomain.endsWith("." + sig.domainAscii)))) {
            fail("dkim.identity_mismatch", {{QStringLiteral("i"), QString::fromUtf8(sig.identity)},
                                            {QStringLiteral("d"), QString::fromUtf8(sig.domain)}});
        }
    }

    // The h= names one by one, as split(':') would give them, without the intermediate list.
    const QByteArray h = tags.value("h");
    for (QByteArrayView rest = h;;) {
        const qsizetype colon = rest.indexOf(':');
        QByteArray name = TagList::stripWhiteSpace(colon < 0 ? rest : rest.first(colon)).toLower();
        if (!name.isEmpty())
            sig.signedHeaders.append(std::move(name));
        if (colon < 0)
            break;
        rest = rest.sliced(colon + 1);
    }
    // RFC 6376 §5.4: From must be signed. RFC 8617 makes no such rule for the AMS (the ValiMail
    // suite's ams_fields_h_empty passes with an empty h=).
    if (kind == Kind::Dkim && tags.contains("h") && !sig.signedHeaders.contains("from"))
        fail("dkim.from_not_signed");

    if (tags.contains("l")) {
        const QByteArray l = tags.value("l");
        if (!isDecimal(l))
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("l")}});
        else
            sig.bodyLength = toNumber(l);
    }
    if (tags.contains("q")) {
        // RFC 6376 §3.5 q=: unrecognised methods are ignored; dns/txt must be among them.
        bool dns = false;
        for (const QByteArray &q : tags.value("q").split(':'))
            dns = dns || TagList::stripWhiteSpace(q).toLower() == "dns/txt";
        if (!dns)
            fail("dkim.query_method", {{QStringLiteral("q"), QString::fromLatin1(tags.value("q"))}});
    }
    if (tags.contains("t")) {
        if (!isDecimal(tags.value("t")))
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("t")}});
        else
            sig.timestamp = toNumber(tags.value("t"));
    }
    if (tags.contains("x")) {
        if (!isDecimal(tags.value("x")))
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("x")}});
        else
            sig.expiry = toNumber(tags.value("x"));
    }
    if (sig.timestamp >= 0 && sig.expiry >= 0 && sig.expiry < sig.timestamp)
        fail("dkim.expiry_before_timestamp");

    sig.copiedHeaders = tags.value("z");
    if (tags.contains("b")) {
        const Result<QByteArray> b = base64Value(TagList::stripWhiteSpace(tags.value("b")));
        if (!b || b->isEmpty())
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("b")}});
        else
            sig.signature = *b;
    }
    if (tags.contains("bh")) {
        sig.bodyHashText = TagList::stripWhiteSpace(tags.value("bh"));
        const Result<QByteArray> bh = base64Value(sig.bodyHashText);
        if (!bh || bh->isEmpty())
            fail("dkim.tag.syntax", {{QStringLiteral("tag"), QStringLiteral("bh")}});
        else
            sig.bodyHash = *bh;
    }
    return sig;
}

} // namespace kensa
