#include "core/message/AddressParser.h"

#include "core/text/Charset.h"
#include "core/message/EncodedWordDecoder.h"
#include "core/text/Idn.h"
#include "core/base/FindingCap.h"
#include "core/base/Limits.h"

#include <QByteArray>
#include <QStringDecoder>

#include <array>

namespace kensa {

namespace {

// Finding arguments quote at most this much of an address or domain.
constexpr qsizetype MaxQuotedLength = 200;

// RFC 5322 §3.2.3 atext, with RFC 6532 §3.2 UTF8-non-ascii.
bool isAtext(char16_t c)
{
    if (c >= 0x80)
        return true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

// RFC 5322 §3.4.1: dot-atom-text = 1*atext *("." 1*atext)
bool isDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."_qs))
        return false;
    for (const QChar c : text) {
        if (c != u'.' && !isAtext(c.unicode()))
            return false;
    }
    return true;
}

// True for a domain that was written as an RFC 5321 §4.1.3 address literal.
bool isAddressLiteral(const QString &domain)
{
    if (domain.startsWith(u"IPv6:", Qt::CaseInsensitive))
        return true;
    if (!isDotAtom(domain))
        return true;
    const QStringList parts = domain.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        for (const QChar c : part) {
            if (!c.isDigit())
                return false;
        }
    }
    return true;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 2047 §2 token characters ("." allowed, as in "ANSI_X3.4-1968").
bool isTokenChar(char c)
{
    return c > ' ' && c < 0x7f && !QByteArrayView("()<>@,;:\"/[]?=").contains(c);
}

// Raw ISO-2022-JP in a header (Japanese mail still has it): JIS X 0208 byte pairs may be
// specials (";3" is 山, "K\\" is 本), so an escape sequence and the run it shifts in are skipped
// whole, up to the next escape or whitespace (which no pair contains). Escapes as in RFC 1468.
// Returns `pos` when no escape sequence starts there.
qsizetype skipIso2022Jp(QByteArrayView value, qsizetype pos)
{
    if (value[pos] != '\x1b')
        return pos;
    const QByteArrayView rest = value.sliced(pos + 1);
    if (rest.startsWith("(B") || rest.startsWith("(J") || rest.startsWith("(I"))
        return pos + 3;
    qsizetype p = pos;
    if (rest.startsWith("$B") || rest.startsWith("$@"))
        p += 3;
    else if (rest.startsWith("$(D"))
        p += 4;
    else
        return pos;
    while (p < value.size() && value[p] != '\x1b' && !isWhitespace(value[p]))
        ++p;
    return p;
}

// RFC 5322 §3.2.3 specials
bool isSpecial(char c)
{
    return QByteArrayView("()<>[]:;@\\,.\"").contains(c);
}

QString shortened(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return text;
    return text.first(MaxQuotedLength) + QChar(0x2026);
}

enum class TokenKind { End, Atom, Quoted, Comment, Literal, Special };

enum class Unbalanced : unsigned { Quote = 1, Comment = 2, Angle = 4 };

QString unbalancedName(Unbalanced what)
{
    switch (what) {
    case Unbalanced::Quote:
        return QStringLiteral("quote");
    case Unbalanced::Comment:
        return QStringLiteral("comment");
    case Unbalanced::Angle:
        break;
    }
    return QStringLiteral("angle");
}

struct Token
{
    TokenKind kind = TokenKind::End;
    char special = 0;
    qsizetype start = 0; // first byte of the token
    qsizetype end = 0; // one past the token
    qsizetype innerStart = 0; // quoted string, comment, literal: inside the delimiters
    qsizetype innerEnd = 0;
    bool spaceBefore = false; // whitespace between this token and the previous one
};

// Findings of one parse, with positions as 1-based characters.
class Diagnostics
{
public:
    explicit Diagnostics(QByteArrayView value)
        : m_value(value)
    { }

    void add(const QString &key, Severity severity, const QString &name, const QString &value)
    {
        Finding finding = makeFinding(key, severity, {{name, value}});
        for (const Finding &f : std::as_const(m_findings)) {
            if (f == finding)
                return;
        }
        m_cap.add(m_findings, std::move(finding));
    }

    void syntax(qsizetype offset)
    {
        const QString key = QStringLiteral("address.syntax");
        // Past the cap the finding is only counted; skip counting characters for nothing.
        if (!m_cap.hasRoom(key)) {
            m_cap.admit(key);
            return;
        }
        add(key,
            Severity::Warning,
            QStringLiteral("position"),
            QString::number(characterPosition(offset)));
    }

    void unbalanced(Unbalanced what)
    {
        // One report per kind: a field of ">>>>" is one problem, not ten million.
        const auto bit = static_cast<unsigned>(what);
        if ((m_unbalanced & bit) != 0)
            return;
        m_unbalanced |= bit;
        // One key per kind, so each reads as a whole sentence in every language.
        add(QStringLiteral("address.unbalanced.") + unbalancedName(what),
            Severity::Warning,
            QStringLiteral("what"),
            unbalancedName(what));
    }

    QList<Finding> takeFindings()
    {
        m_cap.flush(m_findings);
        return std::move(m_findings);
    }

private:
    // Characters are code points when the value is UTF-8 (RFC 6532), bytes otherwise.
    qsizetype characterPosition(qsizetype offset)
    {
        if (m_utf8 < 0) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString ignored = decoder(m_value);
            m_utf8 = decoder.hasError() ? 0 : 1;
        }
        if (m_utf8 == 0)
            return offset + 1;
        // Errors come in increasing order, so counting on from the last one keeps this linear.
        if (offset < m_countedBytes) {
            m_countedBytes = 0;
            m_countedChars = 0;
        }
        for (; m_countedBytes < offset && m_countedBytes < m_value.size(); ++m_countedBytes) {
            if ((static_cast<unsigned char>(m_value[m_countedBytes]) & 0xc0) != 0x80)
                ++m_countedChars;
        }
        return m_countedChars + 1;
    }

    QByteArrayView m_value;
    QList<Finding> m_findings;
    FindingCap m_cap;
    int m_utf8 = -1;
    unsigned m_unbalanced = 0; // Unbalanced bits already reported
    qsizetype m_countedBytes = 0;
    qsizetype m_countedChars = 0;
};

// RFC 5322 §3.2 lexical tokens, one at a time (a 10 MB field is never held as a token list).
class Lexer
{
public:
    Lexer(QByteArrayView value, Diagnostics &diagnostics)
        : m_value(value)
        , m_diagnostics(diagnostics)
    { }

    const Token &peek()
    {
        if (!m_hasPeeked) {
            m_peeked = lex();
            m_hasPeeked = true;
        }
        return m_peeked;
    }

    Token next()
    {
        peek();
        m_hasPeeked = false;
        return m_peeked;
    }

    QByteArrayView bytes(qsizetype start, qsizetype end) const
    {
        return m_value.sliced(start, end - start);
    }

    // The inside of a quoted string, comment or literal with quoted-pairs undone
    // (RFC 5322 §3.2.1).
    QByteArray inner(const Token &token) const
    {
        QByteArray out;
        out.reserve(token.innerEnd - token.innerStart);
        for (qsizetype i = token.innerStart; i < token.innerEnd; ++i) {
            if (const qsizetype skipped = skipIso2022Jp(m_value, i); skipped != i) {
                const qsizetype end = qMin(skipped, token.innerEnd);
                out.append(m_value.sliced(i, end - i));
                i = end - 1;
                continue;
            }
            if (m_value[i] == '\\' && i + 1 < token.innerEnd)
                ++i;
            out.append(m_value[i]);
        }
        return out;
    }

private:
    Token lex();
    qsizetype skipDelimited(qsizetype pos, char close, bool nests, bool *closed) const;
    qsizetype encodedWordEnd(qsizetype pos) const;

    QByteArrayView m_value;
    Diagnostics &m_diagnostics;
    qsizetype m_pos = 0;
    Token m_peeked;
    bool m_hasPeeked = false;
};

// From just inside an opening delimiter to just past the closing one (or the end).
qsizetype Lexer::skipDelimited(qsizetype pos, char close, bool nests, bool *closed) const
{
    int depth = 1;
    const qsizetype size = m_value.size();
    while (pos < size) {
        if (const qsizetype shifted = skipIso2022Jp(m_value, pos); shifted != pos) {
            pos = shifted;
            continue;
        }
        const char c = m_value[pos];
        if (c == '\\') {
            pos += 2;
            continue;
        }
        ++pos;
        if (nests && c == '(') {
            ++depth;
        } else if (c == close && --depth == 0) {
            *closed = true;
            return pos;
        }
    }
    *closed = false;
    return size;
}

// Real mailers put specials inside encoded-words of display names ("=?utf-8?Q?Doe,_J?=");
// such a word stays one atom. Returns one past its "?=", or -1.
qsizetype Lexer::encodedWordEnd(qsizetype pos) const
{
    const qsizetype size = m_value.size();
    if (pos + 1 >= size || m_value[pos] != '=' || m_value[pos + 1] != '?')
        return -1;
    qsizetype p = pos + 2;
    for (int part = 0; part < 3; ++part) {
        const qsizetype partStart = p;
        while (p < size
            && (part == 2 ? m_value[p] != '?' && !isWhitespace(m_value[p])
                          : isTokenChar(m_value[p]))) {
            ++p;
        }
        if (p >= size || m_value[p] != '?')
            return -1;
        // charset non-empty, encoding exactly one character
        if ((part == 0 && p == partStart) || (part == 1 && p != partStart + 1))
            return -1;
        ++p;
    }
    return (p < size && m_value[p] == '=') ? p + 1 : -1;
}

Token Lexer::lex()
{
    Token token;
    const qsizetype size = m_value.size();
    while (m_pos < size && isWhitespace(m_value[m_pos])) {
        ++m_pos;
        token.spaceBefore = true;
    }
    token.start = m_pos;
    if (m_pos >= size) {
        token.end = m_pos;
        return token;
    }
    const char c = m_value[m_pos];
    bool closed = true;
    switch (c) {
    case '(':
        token.kind = TokenKind::Comment;
        token.innerStart = m_pos + 1;
        m_pos = skipDelimited(m_pos + 1, ')', true, &closed);
        token.innerEnd = closed ? m_pos - 1 : m_pos;
        if (!closed)
            m_diagnostics.unbalanced(Unbalanced::Comment);
        break;
    case '"':
        token.kind = TokenKind::Quoted;
        token.innerStart = m_pos + 1;
        m_pos = skipDelimited(m_pos + 1, '"', false, &closed);
        token.innerEnd = closed ? m_pos - 1 : m_pos;
        if (!closed)
            m_diagnostics.unbalanced(Unbalanced::Quote);
        break;
    case '[':
        token.kind = TokenKind::Literal;
        token.innerStart = m_pos + 1;
        m_pos = skipDelimited(m_pos + 1, ']', false, &closed);
        token.innerEnd = closed ? m_pos - 1 : m_pos;
        if (!closed)
            m_diagnostics.syntax(token.start);
        break;
    default:
        if (isSpecial(c)) {
            token.kind = TokenKind::Special;
            token.special = c;
            ++m_pos;
            break;
        }
        token.kind = TokenKind::Atom;
        if (const qsizetype wordEnd = encodedWordEnd(m_pos); wordEnd > 0)
            m_pos = wordEnd;
        while (m_pos < size && !isWhitespace(m_value[m_pos]) && !isSpecial(m_value[m_pos])) {
            const qsizetype shifted = skipIso2022Jp(m_value, m_pos);
            m_pos = shifted != m_pos ? shifted : m_pos + 1;
        }
        break;
    }
    token.end = m_pos;
    return token;
}

// Words read before it is known whether they are a display name (RFC 5322 §3.2.5 phrase) or
// a local part (§3.4.1, obs-local-part §4.4).
struct Phrase
{
    QByteArray display; // words joined by one space, quoted strings unquoted
    QByteArray local; // words and dots as one local part
    qsizetype spacedAt = -1; // a word that followed another without a dot (not a local part)
    int words = 0;
    bool lastWasDot = false;
    bool separated = false; // whitespace or a comment since the last word

    bool isEmpty() const { return words == 0 && display.isEmpty(); }

    void addWord(const Token &token, const QByteArray &bytes)
    {
        const bool space = separated || token.spaceBefore;
        if (!display.isEmpty() && space)
            display += ' ';
        display += bytes;
        if (words > 0 && !lastWasDot) {
            if (spacedAt < 0)
                spacedAt = token.start;
            local += ' ';
        }
        local += bytes;
        ++words;
        lastWasDot = false;
        separated = false;
    }

    void addDot(const Token &token)
    {
        if (!display.isEmpty() && token.spaceBefore)
            display += ' ';
        display += '.';
        local += '.';
        lastWasDot = true;
        separated = false;
    }
};

struct Domain
{
    QByteArray bytes;
    bool literal = false;
};

class Parser
{
public:
    explicit Parser(QByteArrayView value)
        : m_diagnostics(value)
        , m_lexer(value, m_diagnostics)
    { }

    AddressList parseList();

private:
    void parseElement(bool inGroup, const QString &group);
    void parseGroup(const Phrase &phrase);
    void parseAngleAddr(
        const Phrase &phrase, QByteArrayList comments, const QString &group, bool inGroup);
    void parseAddrSpec(
        const Phrase &phrase, QByteArrayList comments, const QString &group, bool inGroup);
    Domain parseDomain();
    void skipRoute();
    void finishElement(bool inGroup, QByteArrayList *comments);
    void recover(bool inGroup);
    bool isElementEnd(const Token &token, bool inGroup) const;
    void addMailbox(const QByteArray &local,
        const Domain &domain,
        const QString &displayName,
        const QString &group);
    void stopAtLimit();
    QString decodePhrase(const QByteArray &bytes);
    QString commentName(const QByteArrayList &comments);

    Diagnostics m_diagnostics;
    Lexer m_lexer;
    AddressList m_out;
    bool m_full = false; // Limits::MaxAddresses reached
};

// Limits::MaxAddresses mailboxes (or groups) are kept; the rest of the field is not parsed.
void Parser::stopAtLimit()
{
    m_diagnostics.add(QStringLiteral("address.too_many"),
        Severity::Warning,
        QStringLiteral("limit"),
        QString::number(Limits::MaxAddresses));
    m_full = true;
}

QString Parser::decodePhrase(const QByteArray &bytes)
{
    // Encoded-word problems are reported once, by the header decoding of the whole field.
    return EncodedWordDecoder::decode(bytes).text.trimmed();
}

// "user@example.com (John Doe)": the comment is the only name there is.
QString Parser::commentName(const QByteArrayList &comments)
{
    QByteArray joined;
    for (const QByteArray &comment : comments) {
        const QByteArray trimmed = comment.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += ' ';
        joined += trimmed;
    }
    return joined.isEmpty() ? QString() : decodePhrase(joined);
}

bool Parser::isElementEnd(const Token &token, bool inGroup) const
{
    if (token.kind == TokenKind::End)
        return true;
    if (token.kind != TokenKind::Special)
        return false;
    return token.special == ',' || (inGroup && token.special == ';');
}

// Skips to the next element separator without consuming it.
void Parser::recover(bool inGroup)
{
    while (!isElementEnd(m_lexer.peek(), inGroup))
        m_lexer.next();
}

// After a mailbox: comments, then a separator; anything else is reported and skipped.
void Parser::finishElement(bool inGroup, QByteArrayList *comments)
{
    for (;;) {
        const Token &token = m_lexer.peek();
        if (isElementEnd(token, inGroup))
            return;
        if (token.kind == TokenKind::Comment) {
            if (comments != nullptr)
                comments->append(m_lexer.inner(token));
            m_lexer.next();
            continue;
        }
        if (token.kind == TokenKind::Special && token.special == '>') {
            m_diagnostics.unbalanced(Unbalanced::Angle);
            m_lexer.next();
            continue;
        }
        if (token.kind == TokenKind::Special && token.special == ';' && !inGroup)
            return;
        m_diagnostics.syntax(token.start);
        recover(inGroup);
        return;
    }
}

void Parser::addMailbox(
    const QByteArray &local, const Domain &domain, const QString &displayName, const QString &group)
{
    if (m_out.mailboxes.size() >= Limits::MaxAddresses) {
        stopAtLimit();
        return;
    }
    Mailbox mailbox;
    mailbox.displayName = displayName;
    // RFC 6532 §3.2: raw 8-bit local parts and domains are UTF-8.
    mailbox.localPart = Charset::decodeUnlabelled(local);
    mailbox.domain = Charset::decodeUnlabelled(domain.bytes).trimmed();
    mailbox.group = group;
    if (mailbox.domain.isEmpty()) {
        m_diagnostics.add(QStringLiteral("address.no_domain"),
            Severity::Warning,
            QStringLiteral("address"),
            shortened(mailbox.address()));
    } else if (domain.literal) {
        // RFC 5321 §4.1.3 address literals are not domain names: no A-label form.
        mailbox.domainUnicode = mailbox.domain;
    } else {
        mailbox.domainAscii = Idn::toAscii(mailbox.domain);
        mailbox.domainUnicode = Idn::toUnicode(mailbox.domain);
        if (mailbox.domainAscii.isEmpty()) {
            m_diagnostics.add(QStringLiteral("address.bad_idn"),
                Severity::Warning,
                QStringLiteral("domain"),
                shortened(mailbox.domain));
        }
    }
    m_out.mailboxes.append(std::move(mailbox));
}

// RFC 5322 §3.4.1 domain = dot-atom / domain-literal / obs-domain
Domain Parser::parseDomain()
{
    Domain domain;
    while (m_lexer.peek().kind == TokenKind::Comment)
        m_lexer.next();
    if (m_lexer.peek().kind == TokenKind::Literal) {
        const Token token = m_lexer.next();
        domain.bytes = m_lexer.inner(token).trimmed();
        domain.literal = true;
        return domain;
    }
    bool expectAtom = true;
    for (;;) {
        const Token &token = m_lexer.peek();
        if (token.kind == TokenKind::Atom && expectAtom) {
            domain.bytes += m_lexer.bytes(token.start, token.end);
            expectAtom = false;
        } else if (token.kind == TokenKind::Special && token.special == '.') {
            domain.bytes += '.';
            expectAtom = true;
        } else if (token.kind == TokenKind::Comment && expectAtom && !domain.bytes.isEmpty()) {
            // obs-domain: CFWS around the dots
        } else {
            return domain;
        }
        m_lexer.next();
    }
}

// RFC 5322 §4.4 obs-route = obs-domain-list ":"; the route is read and dropped.
void Parser::skipRoute()
{
    for (;;) {
        const Token &token = m_lexer.peek();
        if (token.kind == TokenKind::Comment
            || (token.kind == TokenKind::Special && token.special == ',')) {
            m_lexer.next();
        } else if (token.kind == TokenKind::Special && token.special == '@') {
            m_lexer.next();
            parseDomain();
        } else if (token.kind == TokenKind::Special && token.special == ':') {
            m_lexer.next();
            return;
        } else {
            m_diagnostics.syntax(token.start);
            return;
        }
    }
}

// RFC 5322 §3.4 angle-addr = [CFWS] "<" addr-spec ">" [CFWS] / obs-angle-addr
void Parser::parseAngleAddr(
    const Phrase &phrase, QByteArrayList comments, const QString &group, bool inGroup)
{
    const Token open = m_lexer.next();
    while (m_lexer.peek().kind == TokenKind::Comment)
        comments.append(m_lexer.inner(m_lexer.next()));
    if (m_lexer.peek().kind == TokenKind::Special && m_lexer.peek().special == '@')
        skipRoute();

    Phrase local;
    Domain domain;
    for (;;) {
        const Token &token = m_lexer.peek();
        if (token.kind == TokenKind::Atom || token.kind == TokenKind::Quoted) {
            const Token word = m_lexer.next();
            local.addWord(word,
                word.kind == TokenKind::Quoted ? m_lexer.inner(word)
                                               : m_lexer.bytes(word.start, word.end).toByteArray());
        } else if (token.kind == TokenKind::Special && token.special == '.') {
            local.addDot(m_lexer.next());
        } else if (token.kind == TokenKind::Comment) {
            m_lexer.next();
            local.separated = true;
        } else if (token.kind == TokenKind::Special && token.special == '@') {
            m_lexer.next();
            domain = parseDomain();
            while (m_lexer.peek().kind == TokenKind::Comment)
                m_lexer.next();
            break;
        } else {
            break;
        }
    }
    if (local.spacedAt >= 0)
        m_diagnostics.syntax(local.spacedAt);

    const Token &close = m_lexer.peek();
    if (close.kind == TokenKind::Special && close.special == '>') {
        m_lexer.next();
    } else if (close.kind == TokenKind::End || isElementEnd(close, inGroup)) {
        m_diagnostics.unbalanced(Unbalanced::Angle);
    } else {
        m_diagnostics.syntax(close.start);
        while (!isElementEnd(m_lexer.peek(), inGroup)
            && !(m_lexer.peek().kind == TokenKind::Special && m_lexer.peek().special == '>')) {
            m_lexer.next();
        }
        if (m_lexer.peek().kind == TokenKind::Special && m_lexer.peek().special == '>')
            m_lexer.next();
    }
    finishElement(inGroup, &comments);

    if (local.isEmpty() && domain.bytes.isEmpty()) {
        // "<>" is the null reverse-path, not a mailbox (RFC 5321 §4.1.2).
        m_diagnostics.syntax(open.start);
        return;
    }
    QString name = decodePhrase(phrase.display);
    if (name.isEmpty())
        name = commentName(comments);
    addMailbox(local.local, domain, name, group);
}

// RFC 5322 §3.4.1 addr-spec without angle brackets; the words read so far are the local part.
void Parser::parseAddrSpec(
    const Phrase &phrase, QByteArrayList comments, const QString &group, bool inGroup)
{
    const Token at = m_lexer.next();
    if (phrase.spacedAt >= 0)
        m_diagnostics.syntax(phrase.spacedAt);
    const Domain domain = parseDomain();
    QByteArrayList trailing;
    finishElement(inGroup, &trailing);
    if (phrase.isEmpty() && domain.bytes.isEmpty()) {
        m_diagnostics.syntax(at.start);
        return;
    }
    // The comment after the address names it; one before it is the fallback.
    QString name = commentName(trailing);
    if (name.isEmpty())
        name = commentName(comments);
    addMailbox(phrase.local, domain, name, group);
}

// RFC 5322 §3.4 group = display-name ":" [group-list] ";" [CFWS]
void Parser::parseGroup(const Phrase &phrase)
{
    m_lexer.next(); // ":"
    if (m_out.groups.size() >= Limits::MaxAddresses) {
        stopAtLimit();
        return;
    }
    const QString name = decodePhrase(phrase.display);
    m_out.groups.append(name);
    while (!m_full) {
        const Token &token = m_lexer.peek();
        if (token.kind == TokenKind::End)
            return; // "undisclosed-recipients:" without ";" is common and harmless
        if (token.kind == TokenKind::Special && token.special == ',') {
            m_lexer.next();
            continue;
        }
        if (token.kind == TokenKind::Special && token.special == ';') {
            m_lexer.next();
            return;
        }
        parseElement(true, name);
    }
}

// One mailbox or group of an address-list; empty elements are tolerated (RFC 5322 §4.4).
void Parser::parseElement(bool inGroup, const QString &group)
{
    Phrase phrase;
    QByteArrayList comments;
    for (;;) {
        const Token &token = m_lexer.peek();
        switch (token.kind) {
        case TokenKind::End:
            break;
        case TokenKind::Comment:
            comments.append(m_lexer.inner(token));
            phrase.separated = true;
            m_lexer.next();
            continue;
        case TokenKind::Atom:
            phrase.addWord(token, m_lexer.bytes(token.start, token.end).toByteArray());
            m_lexer.next();
            continue;
        case TokenKind::Quoted:
            phrase.addWord(token, m_lexer.inner(token));
            m_lexer.next();
            continue;
        case TokenKind::Literal:
            m_diagnostics.syntax(token.start);
            recover(inGroup);
            return;
        case TokenKind::Special:
            switch (token.special) {
            case '.':
                phrase.addDot(token);
                m_lexer.next();
                continue;
            case '<':
                parseAngleAddr(phrase, comments, group, inGroup);
                return;
            case '@':
                parseAddrSpec(phrase, comments, group, inGroup);
                return;
            case ':':
                if (!inGroup) {
                    parseGroup(phrase);
                    return;
                }
                m_diagnostics.syntax(token.start);
                recover(inGroup);
                return;
            case ',':
            case ';':
                break;
            case '>':
                m_diagnostics.unbalanced(Unbalanced::Angle);
                m_lexer.next();
                continue;
            case ')':
                m_diagnostics.unbalanced(Unbalanced::Comment);
                m_lexer.next();
                continue;
            default:
                m_diagnostics.syntax(token.start);
                recover(inGroup);
                return;
            }
            break;
        }
        break; // the end, "," or ";": the element is complete
    }
    // Words without "@": "undisclosed-recipients", a bare local name.
    if (!phrase.isEmpty())
        addMailbox(phrase.local, {}, QString(), group);
}

AddressList Parser::parseList()
{
    while (!m_full) {
        const Token &token = m_lexer.peek();
        if (token.kind == TokenKind::End)
            break;
        if (token.kind == TokenKind::Special && token.special == ',') {
            m_lexer.next();
            continue;
        }
        if (token.kind == TokenKind::Special && token.special == ';') {
            // A ";" outside a group: people type it between addresses.
            m_diagnostics.syntax(token.start);
            m_lexer.next();
            continue;
        }
        parseElement(false, QString());
    }
    QList<Finding> findings = m_diagnostics.takeFindings();
    for (Finding &f : findings)
        m_out.findings.append(std::move(f));
    return std::move(m_out);
}

} // namespace

QString Mailbox::address() const
{
    if (localPart.isEmpty() && domain.isEmpty())
        return {};
    // RFC 5322 §3.4.1: a local part that is not a dot-atom is written as a quoted-string.
    QString local = localPart;
    if (!isDotAtom(local)) {
        local.replace(u'\\', u"\\\\"_qs);
        local.replace(u'"', u"\\\""_qs);
        local = u'"' + local + u'"';
    }
    if (domain.isEmpty())
        return local;
    if (isAddressLiteral(domain))
        return local + u"@["_qs + domain + u']';
    return local + u'@' + domain;
}

QString Mailbox::display() const
{
    return displayName.isEmpty() ? address() : displayName + u" <"_qs + address() + u'>';
}

QDebug operator<<(QDebug dbg, const Mailbox &mailbox)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Mailbox(" << mailbox.display() << ')';
    return dbg;
}

namespace {

// The lists parsed last on this thread, with the values they came from. One analysis asks for
// the From field's addresses four times (the summary, the format checks, their From and IDN
// rules) and for the To field's twice; the answer depends on the value alone, so a repeat
// takes the kept list (shared, not copied) after comparing the bytes. Short values only, so
// a look-up stays a handful of comparisons.
class RecentLists
{
public:
    static constexpr qsizetype MaxValueBytes = 512;

    const AddressList *find(QByteArrayView value) const
    {
        for (const Entry &e : m_entries) {
            if (e.set && QByteArrayView(e.value) == value)
                return &e.list;
        }
        return nullptr;
    }

    void keep(QByteArrayView value, const AddressList &list)
    {
        Entry &e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        e.value = value.toByteArray();
        e.list = list;
        e.set = true;
    }

private:
    struct Entry
    {
        QByteArray value;
        AddressList list;
        bool set = false;
    };
    std::array<Entry, 6> m_entries;
    std::size_t m_next = 0;
};

} // namespace

AddressList AddressParser::parseList(QByteArrayView value)
{
    if (value.size() > RecentLists::MaxValueBytes)
        return Parser(value).parseList();
    thread_local RecentLists recent;
    if (const AddressList *kept = recent.find(value))
        return *kept;
    AddressList list = Parser(value).parseList();
    recent.keep(value, list);
    return list;
}

AddressList AddressParser::parseReturnPath(QByteArrayView value)
{
    // RFC 5321 §4.1.2: Reverse-path = Path / "<>"
    Diagnostics diagnostics(value);
    Lexer lexer(value, diagnostics);
    auto skipComments = [&lexer] {
        while (lexer.peek().kind == TokenKind::Comment)
            lexer.next();
    };
    skipComments();
    if (lexer.peek().kind == TokenKind::Special && lexer.peek().special == '<') {
        lexer.next();
        skipComments();
        if (lexer.peek().kind == TokenKind::Special && lexer.peek().special == '>') {
            lexer.next();
            skipComments();
            AddressList list;
            list.nullPath = true;
            if (lexer.peek().kind != TokenKind::End)
                diagnostics.syntax(lexer.peek().start);
            list.findings = diagnostics.takeFindings();
            return list;
        }
    }
    return Parser(value).parseList();
}

} // namespace kensa
