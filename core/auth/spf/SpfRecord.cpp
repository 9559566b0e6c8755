#include "core/auth/spf/SpfRecord.h"

#include "core/net/IpAddress.h"

namespace kensa {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

// RFC 7208 §12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
bool isName(const QByteArray &name)
{
    if (name.isEmpty() || !isAlpha(name.at(0)))
        return false;
    for (char c : name) {
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT)
int cidrLength(const QByteArray &digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3)
        return -1;
    for (char c : digits) {
        if (!isDigit(c))
            return -1;
    }
    if (digits.size() > 1 && digits.at(0) == '0')
        return -1;
    const int value = digits.toInt();
    return value <= max ? value : -1;
}

bool allDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(const QByteArray &label)
{
    if (label.isEmpty() || !isAlnum(label.front()) || !isAlnum(label.back()))
        return false;
    bool alpha = false;
    bool dash = false;
    for (char c : label) {
        if (c == '-')
            dash = true;
        else if (isAlpha(c))
            alpha = true;
        else if (!isDigit(c))
            return false;
    }
    return alpha || dash;
}

ParseError error(const char *key, qsizetype offset)
{
    return ParseError{QString::fromLatin1(key), 1, int(offset + 1), offset};
}

} // namespace

QByteArray SpfTerm::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return QByteArrayLiteral("all");
    case Kind::Include:
        return QByteArrayLiteral("include");
    case Kind::A:
        return QByteArrayLiteral("a");
    case Kind::Mx:
        return QByteArrayLiteral("mx");
    case Kind::Ptr:
        return QByteArrayLiteral("ptr");
    case Kind::Ip4:
        return QByteArrayLiteral("ip4");
    case Kind::Ip6:
        return QByteArrayLiteral("ip6");
    case Kind::Exists:
        return QByteArrayLiteral("exists");
    case Kind::Redirect:
        return QByteArrayLiteral("redirect");
    case Kind::Explanation:
        return QByteArrayLiteral("exp");
    case Kind::Unknown:
        break;
    }
    return QByteArrayLiteral("unknown");
}

bool SpfRecord::isSpfRecord(const QByteArray &text)
{
    return text.size() >= 6 && text.first(6).toLower() == "v=spf1"
        && (text.size() == 6 || text.at(6) == ' ');
}

qsizetype SpfRecord::macroStringError(const QByteArray &text, bool explain)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == ' ' && explain)
            continue;
        if (c != '%') {
            // macro-literal = %x21-24 / %x26-7E
            if (c < 0x21 || c > 0x7e)
                return i;
            continue;
        }
        if (i + 1 >= text.size())
            return i;
        const char n = text.at(i + 1);
        if (n == '%' || n == '_' || n == '-') {
            ++i;
            continue;
        }
        if (n != '{')
            return i;
        // "%{" macro-letter transformers *delimiter "}"
        qsizetype j = i + 2;
        if (j >= text.size())
            return i;
        const char letter = char(QChar::toLower(uchar(text.at(j))));
        static const QByteArray letters("slodiphv");
        static const QByteArray explainLetters("crt");
        if (!letters.contains(letter) && !(explain && explainLetters.contains(letter)))
            return j;
        ++j;
        qsizetype digitsStart = j;
        while (j < text.size() && isDigit(text.at(j)))
            ++j;
        // RFC 7208 §7.3: a DIGIT transformer must be nonzero.
        if (j > digitsStart && text.mid(digitsStart, j - digitsStart).toLongLong() == 0
            && text.at(digitsStart) == '0')
            return digitsStart;
        if (j < text.size() && (text.at(j) == 'r' || text.at(j) == 'R'))
            ++j;
        static const QByteArray delimiters(".-+,/_=");
        while (j < text.size() && delimiters.contains(text.at(j)))
            ++j;
        if (j >= text.size() || text.at(j) != '}')
            return j < text.size() ? j : i;
        i = j;
    }
    return -1;
}

bool SpfRecord::isValidDomainSpec(const QByteArray &text)
{
    if (text.isEmpty() || macroStringError(text, false) >= 0)
        return false;
    // domain-end = ( "." toplabel [ "." ] ) / macro-expand: find where the last token starts.
    qsizetype lastExpand = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '%')
            continue;
        const qsizetype end = text.at(i + 1) == '{' ? text.indexOf('}', i) : i + 1;
        if (end == text.size() - 1)
            lastExpand = i;
        i = end;
    }
    if (lastExpand >= 0)
        return true;
    QByteArray body = text;
    if (body.endsWith('.'))
        body.chop(1);
    const qsizetype dot = body.lastIndexOf('.');
    if (dot < 0)
        return false;
    return isTopLabel(body.mid(dot + 1));
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> out;
    for (const SpfTerm &t : m_terms) {
        if (t.isMechanism())
            out.append(t);
    }
    return out;
}

Result<SpfRecord> SpfRecord::parse(const QByteArray &text)
{
    if (!isSpfRecord(text))
        return error("spf.syntax.version", 0);
    SpfRecord record;
    record.m_text = text;
    // RFC 7208 §3.1: records are 7-bit ASCII; terms are separated by spaces only (§4.6.1).
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != ' ' && (c < 0x21 || c > 0x7e))
            return error("spf.syntax.character", i);
    }
    qsizetype pos = 6;
    while (pos < text.size()) {
        if (text.at(pos) == ' ') {
            ++pos;
            continue;
        }
        qsizetype end = text.indexOf(' ', pos);
        if (end < 0)
            end = text.size();
        SpfTerm term;
        term.text = text.mid(pos, end - pos);
        term.offset = pos;
        const QByteArray &t = term.text;
        const qsizetype at = pos;
        pos = end;

        const qsizetype eq = t.indexOf('=');
        if (eq >= 0 && isName(t.first(eq))) {
            term.name = t.first(eq);
            const QByteArray lower = term.name.toLower();
            term.domainSpec = t.mid(eq + 1);
            if (lower == "redirect" || lower == "exp") {
                term.kind
                    = lower == "redirect" ? SpfTerm::Kind::Redirect : SpfTerm::Kind::Explanation;
                term.name = lower;
                if (!isValidDomainSpec(term.domainSpec))
                    return error("spf.syntax.domain_spec", at + eq + 1);
                std::optional<SpfTerm> &slot = term.kind == SpfTerm::Kind::Redirect
                    ? record.m_redirect
                    : record.m_explanation;
                // RFC 7208 §6: redirect and exp appear at most once each.
                if (slot)
                    return error("spf.syntax.duplicate_modifier", at);
                slot = term;
            } else {
                term.kind = SpfTerm::Kind::Unknown;
                // RFC 7208 §6.3: unknown modifiers are ignored, but must still be well-formed.
                const qsizetype bad = macroStringError(term.domainSpec, false);
                if (bad >= 0)
                    return error("spf.syntax.macro", at + eq + 1 + bad);
            }
            record.m_terms.append(term);
            continue;
        }
        if (eq >= 0 && (eq == 0 || t.indexOf(':') < 0 || t.indexOf(':') > eq))
            return error("spf.syntax.modifier", at);

        qsizetype i = 0;
        if (t.at(0) == '+' || t.at(0) == '-' || t.at(0) == '~' || t.at(0) == '?') {
            term.qualifier = t.at(0);
            i = 1;
        }
        qsizetype nameEnd = i;
        while (nameEnd < t.size() && t.at(nameEnd) != ':' && t.at(nameEnd) != '/')
            ++nameEnd;
        term.name = t.mid(i, nameEnd - i).toLower();
        const QByteArray rest = t.mid(nameEnd); // ":..." or "/..." or empty
        const qsizetype restAt = at + nameEnd;
        static const QList<QPair<QByteArray, SpfTerm::Kind>> kinds = {
            {"all", SpfTerm::Kind::All},
            {"include", SpfTerm::Kind::Include},
            {"a", SpfTerm::Kind::A},
            {"mx", SpfTerm::Kind::Mx},
            {"ptr", SpfTerm::Kind::Ptr},
            {"ip4", SpfTerm::Kind::Ip4},
            {"ip6", SpfTerm::Kind::Ip6},
            {"exists", SpfTerm::Kind::Exists},
        };
        bool known = false;
        for (const auto &[n, k] : kinds) {
            if (n == term.name) {
                term.kind = k;
                known = true;
            }
        }
        if (!known)
            return error("spf.syntax.unknown_mechanism", at);

        switch (term.kind) {
        case SpfTerm::Kind::All:
            if (!rest.isEmpty())
                return error("spf.syntax.mechanism", restAt);
            break;
        case SpfTerm::Kind::Include:
        case SpfTerm::Kind::Exists:
        case SpfTerm::Kind::Ptr:
            if (term.kind == SpfTerm::Kind::Ptr && rest.isEmpty())
                break;
            if (!rest.startsWith(':'))
                return error("spf.syntax.mechanism", restAt);
            term.domainSpec = rest.mid(1);
            if (!isValidDomainSpec(term.domainSpec))
                return error("spf.syntax.domain_spec", restAt + 1);
            break;
        case SpfTerm::Kind::A:
        case SpfTerm::Kind::Mx: {
            // [ ":" domain-spec ] [ dual-cidr-length ], the CIDR lengths taken from the end.
            QByteArray spec = rest;
            const qsizetype dbl = spec.lastIndexOf("//");
            if (dbl >= 0 && (allDigits(spec.mid(dbl + 2)) || dbl + 2 == spec.size())) {
                term.cidr6 = cidrLength(spec.mid(dbl + 2), 128);
                if (term.cidr6 < 0)
                    return error("spf.syntax.cidr", restAt + dbl);
                spec.truncate(dbl);
            }
            const qsizetype slash = spec.lastIndexOf('/');
            if (slash >= 0
                && (allDigits(spec.mid(slash + 1)) || slash + 1 == spec.size()
                    || !spec.startsWith(':'))) {
                term.cidr4 = cidrLength(spec.mid(slash + 1), 32);
                if (term.cidr4 < 0)
                    return error("spf.syntax.cidr", restAt + slash);
                spec.truncate(slash);
            }
            if (spec.isEmpty())
                break;
            if (!spec.startsWith(':'))
                return error("spf.syntax.mechanism", restAt);
            term.domainSpec = spec.mid(1);
            if (!isValidDomainSpec(term.domainSpec))
                return error("spf.syntax.domain_spec", restAt + 1);
            break;
        }
        case SpfTerm::Kind::Ip4:
        case SpfTerm::Kind::Ip6: {
            const bool v4 = term.kind == SpfTerm::Kind::Ip4;
            if (!rest.startsWith(':'))
                return error("spf.syntax.mechanism", restAt);
            QByteArray addr = rest.mid(1);
            const qsizetype slash = addr.indexOf('/');
            if (slash >= 0) {
                const int len = cidrLength(addr.mid(slash + 1), v4 ? 32 : 128);
                if (len < 0)
                    return error("spf.syntax.cidr", restAt + 1 + slash);
                (v4 ? term.cidr4 : term.cidr6) = len;
                addr.truncate(slash);
            }
            const auto parsed = v4 ? IpAddress::parseIp4(addr) : IpAddress::parseIp6(addr);
            if (!parsed)
                return error(v4 ? "spf.syntax.ip4" : "spf.syntax.ip6", restAt + 1);
            term.address = *parsed;
            break;
        }
        case SpfTerm::Kind::Redirect:
        case SpfTerm::Kind::Explanation:
        case SpfTerm::Kind::Unknown:
            break;
        }
        record.m_terms.append(term);
    }
    return record;
}

QDebug operator<<(QDebug dbg, const SpfTerm &term)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "SpfTerm(" << term.text << " @" << term.offset << ')';
    return dbg;
}

QDebug operator<<(QDebug dbg, const SpfRecord &record)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "SpfRecord(" << record.text() << ')';
    return dbg;
}

} // namespace kensa
