#include "core/hops/ReceivedParser.h"

#include "core/base/Limits.h"
#include "core/message/DateTime.h"
#include "core/message/FieldLexer.h"
#include "core/net/IpAddress.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace kensa {

namespace {

// Finding arguments quote input; long garbage is cut to this many characters.
constexpr qsizetype MaxArgChars = 80;
// Comment text interpreted per comment (the rest is kept raw only).
constexpr qsizetype MaxCommentChars = 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// QByteArrayView has no left()/mid() before Qt 6.8.
QByteArrayView viewMid(QByteArrayView v, qsizetype pos, qsizetype length = -1)
{
    pos = std::clamp<qsizetype>(pos, 0, v.size());
    if (length < 0 || length > v.size() - pos)
        length = v.size() - pos;
    return v.sliced(pos, length);
}

QString argText(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(viewMid(bytes, 0, MaxArgChars * 4)).simplified();
    if (text.size() > MaxArgChars)
        text = text.left(MaxArgChars) + QChar(0x2026);
    return text;
}

// ---------------------------------------------------------------------------------------------
// The field

struct Token
{
    enum class Kind { Word, Comment, Semicolon };
    Kind kind;
    qsizetype begin; // first byte in the unfolded value
    qsizetype end; // one past the last byte
    bool closed = true;
    bool tooDeep = false;
};

enum class Clause { None, From, By, Via, With, Id, For, Tls, EnvelopeFrom, Count };

Clause clauseOf(QByteArrayView word)
{
    struct Keyword
    {
        const char *word;
        Clause clause;
    };
    static const Keyword keywords[] = {{"from", Clause::From},
        {"by", Clause::By},
        {"via", Clause::Via},
        {"with", Clause::With},
        {"id", Clause::Id},
        {"for", Clause::For},
        {"tls", Clause::Tls},
        {"envelope-from", Clause::EnvelopeFrom}}; // Haraka, without parentheses
    for (const Keyword &keyword : keywords) {
        if (word.compare(QByteArrayView(keyword.word), Qt::CaseInsensitive) == 0)
            return keyword.clause;
    }
    return Clause::None;
}

// What a "from" comment says about the client.
struct ClientInfo
{
    QString reverse;
    bool reverseSeen = false; // a name or "unknown" was given
    QString ip;
    QString helo;
    bool heloSeen = false;
    QString user;
};

QString stripRootDot(QString name)
{
    if (name.endsWith(u'.') && name.size() > 1)
        name.chop(1);
    return name;
}

bool looksLikeHost(QStringView word)
{
    if (word.isEmpty() || word.size() > 255)
        return false;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

// "mx.example.net" but not a version like "qmail-ldap-1.03": the last label has a letter.
bool looksLikeDomain(QStringView word)
{
    if (!looksLikeHost(word) || !word.contains(u'.'))
        return false;
    QStringView last = word.endsWith(u'.') ? word.chopped(1) : word;
    last = last.mid(last.lastIndexOf(u'.') + 1);
    return std::any_of(last.begin(), last.end(), [](QChar c) { return c.isLetter(); });
}

QString unbracket(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'<') && text.endsWith(u'>') && text.size() >= 2)
        text = text.mid(1, text.size() - 2);
    return text;
}

// Removes nested comments from a comment's content: "rev [ip] (may be forged)" -> "rev [ip]".
QString withoutNested(QStringView content)
{
    QString out;
    int depth = 0;
    for (const QChar c : content) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

bool isTlsProtocol(const QString &upper)
{
    // RFC 3848 and RFC 6531 §3.7.3 (the S forms); SMTPS and HTTPS as Gmail and Yahoo write them.
    static const char *const words[] = {"ESMTPS",
        "ESMTPSA",
        "LMTPS",
        "LMTPSA",
        "UTF8SMTPS",
        "UTF8SMTPSA",
        "UTF8LMTPS",
        "UTF8LMTPSA",
        "SMTPS",
        "HTTPS"};
    for (const char *word : words) {
        if (upper == QLatin1StringView(word))
            return true;
    }
    return false;
}

// Protocols that say the hop was not encrypted (RFC 3848, RFC 6531 and the words MTAs write
// for them: "Microsoft SMTP Server" without a TLS comment, "Microsoft SMTPSVC", "IBM ESMTP SMTP
// Gateway", fetchmail's POP3, Exim's "local").
bool isPlainProtocolWord(const QString &upper)
{
    static const char *const words[] = {"SMTP",
        "ESMTP",
        "ESMTPA",
        "LMTP",
        "LMTPA",
        "UTF8SMTP",
        "UTF8SMTPA",
        "UTF8LMTP",
        "UTF8LMTPA",
        "SMTPSVC",
        "HTTP",
        "LOCAL",
        "SUBMISSION",
        "POP3",
        "IMAP"};
    for (const char *word : words) {
        if (upper == QLatin1StringView(word))
            return true;
    }
    return false;
}

bool isAuthProtocol(const QString &upper)
{
    // RFC 3848: ESMTPA, ESMTPSA, LMTPA, LMTPSA; RFC 6531 UTF8 forms.
    static const char *const words[] = {"ESMTPA",
        "ESMTPSA",
        "LMTPA",
        "LMTPSA",
        "UTF8SMTPA",
        "UTF8SMTPSA",
        "UTF8LMTPA",
        "UTF8LMTPSA"};
    for (const char *word : words) {
        if (upper == QLatin1StringView(word))
            return true;
    }
    return false;
}

bool startsWithTlsVersion(QStringView word)
{
    return (word.startsWith(u"TLS", Qt::CaseInsensitive)
               || word.startsWith(u"SSL", Qt::CaseInsensitive))
        && word.size() > 3;
}

class FieldReader
{
public:
    explicit FieldReader(const HeaderField &field)
        : m_field(field)
        , m_lex(field.line, field.nameLength)
    { }

    ReceivedHop read();

private:
    void lex();
    qsizetype chooseDate(bool *noSemicolon) const;
    void readClauses(qsizetype tokenEnd);
    void interpretComment(const Token &token, Clause context);
    static QStringList commentWords(const QString &content);
    bool tlsComment(const Token &token);
    bool interpretTls(const QStringList &words, const QString &content);
    ClientInfo clientInfo(const QString &content, bool *recognised);
    void finishFrom();
    qsizetype tlsPhraseLength(qsizetype i, qsizetype tokenEnd) const;
    HopTls tlsOf();
    QString ipFrom(const QString &word);

    QByteArrayView bytes(const Token &t) const
    {
        return viewMid(m_lex.value(), t.begin, t.end - t.begin);
    }
    QString text(const Token &t) const { return QString::fromUtf8(bytes(t)); }
    QString commentContent(const Token &t) const
    {
        const qsizetype end = t.closed ? t.end - 1 : t.end;
        return QString::fromUtf8(
            viewMid(m_lex.value(), t.begin + 1, std::min(end - t.begin - 1, MaxCommentChars)));
    }
    void report(const QString &key,
        Severity severity,
        QList<QPair<QString, QString>> args = {},
        qsizetype pos = -1);
    void markPartial(qsizetype pos)
    {
        if (m_partialAt < 0)
            m_partialAt = pos;
    }

    const HeaderField &m_field;
    FieldLexer m_lex; // the value, unfolded and cut at MaxFieldBytes
    QList<Token> m_tokens;
    ReceivedHop m_hop;
    QList<Finding> m_findings;
    qsizetype m_partialAt = -1;
    bool m_structural = false; // a problem that makes the hop Partial
    bool m_badIpReported = false;

    QString m_fromWord;
    qsizetype m_fromWordAt = -1;
    QString m_fromLiteral; // "from HOST [IP]" without parentheses (ZoneMTA, m-FILTER, RFC 6376)
    bool m_tlsSeen = false; // a TLS comment, clause or phrase
    QStringList m_withWords;
    QStringList m_viaWords;
    ClientInfo m_client;
    bool m_recognised = false; // a clause or a known comment was read
};

void FieldReader::report(
    const QString &key, Severity severity, QList<QPair<QString, QString>> args, qsizetype pos)
{
    const int line = m_lex.locate(args, pos);
    m_findings.append(
        makeFinding(key, severity, std::move(args), line, QStringLiteral("Received")));
}

void FieldReader::lex()
{
    const qsizetype n = m_lex.size();
    bool controlReported = false;
    bool strayReported = false;
    bool tooDeepReported = false;
    qsizetype i = 0;
    while (i < n) {
        const char c = m_lex.at(i);
        if (FieldLexer::isControl(c)) {
            if (!controlReported) {
                report(QStringLiteral("received.control_char"), Severity::Warning, {}, i);
                controlReported = true;
                m_structural = true;
            }
            ++i;
        } else if (FieldLexer::isWsp(c)) {
            ++i;
        } else if (c == '(') {
            const FieldLexer::Comment comment = m_lex.comment(i, ReceivedParser::MaxCommentDepth);
            Token t{Token::Kind::Comment, i, comment.end};
            t.tooDeep = comment.tooDeep;
            if (!comment.closed) {
                // A comment cut by MaxFieldBytes is already reported as received.too_long.
                if (!m_lex.cut())
                    report(QStringLiteral("received.comment.unclosed"), Severity::Notice, {}, i);
                m_structural = true;
                // Keep the date readable: the comment runs to the last ";" if there is one.
                const qsizetype semicolon = m_lex.value().lastIndexOf(';');
                t.end = semicolon > i ? semicolon : n;
                t.closed = false;
            }
            if (t.tooDeep && !tooDeepReported) {
                tooDeepReported = true;
                report(QStringLiteral("received.comment.too_deep"),
                    Severity::Warning,
                    {{QStringLiteral("limit"), QString::number(ReceivedParser::MaxCommentDepth)}},
                    i);
                m_structural = true;
            }
            m_tokens.append(t);
            i = std::min(t.end, n);
        } else if (c == ')') {
            if (!strayReported)
                report(QStringLiteral("received.comment.stray_close"), Severity::Notice, {}, i);
            strayReported = true;
            m_structural = true;
            ++i;
        } else if (c == ';') {
            m_tokens.append({Token::Kind::Semicolon, i, i + 1});
            ++i;
        } else {
            qsizetype j = i;
            const QByteArray &v = m_lex.value();
            while (j < n && !FieldLexer::isWsp(v.at(j)) && !FieldLexer::isControl(v.at(j))
                && v.at(j) != '(' && v.at(j) != ')' && v.at(j) != ';')
                ++j;
            m_tokens.append({Token::Kind::Word, i, j});
            i = j;
        }
    }
}

// Index of the token where the date starts (after a ";"), or m_tokens.size() when there is none.
qsizetype FieldReader::chooseDate(bool *noSemicolon) const
{
    *noSemicolon = false;
    // RFC 5321 §4.4: ";" date-time ends the stamp. The last ";" that has a word after it.
    bool wordAfter = false;
    for (qsizetype i = m_tokens.size() - 1; i >= 0; --i) {
        const Token::Kind kind = m_tokens.at(i).kind;
        if (kind == Token::Kind::Semicolon && wordAfter)
            return i;
        wordAfter = wordAfter || kind == Token::Kind::Word;
    }
    // No ";": a date written straight after the clauses ("... id X 2024-05-14 08:02:03 +0000 UTC"
    // from SendGrid's filterdrecv, or "... id X Tue, 14 May 2024 ...").
    for (qsizetype i = 1; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).kind != Token::Kind::Word)
            continue;
        const QByteArrayView w = bytes(m_tokens.at(i));
        const bool iso = w.size() == 10 && isDigit(w.at(0)) && isDigit(w.at(3)) && w.at(4) == '-'
            && w.at(7) == '-';
        const bool weekday
            = w.size() == 4 && w.endsWith(',') && DateTime::weekday(viewMid(w, 0, 3)) > 0;
        if (iso || weekday) {
            *noSemicolon = true;
            return i;
        }
    }
    for (qsizetype i = m_tokens.size() - 1; i >= 0; --i) {
        if (m_tokens.at(i).kind == Token::Kind::Semicolon)
            return i;
    }
    return m_tokens.size();
}

QString FieldReader::ipFrom(const QString &word)
{
    const QString ip = IpAddress::normalize(word, true);
    if (ip.isEmpty() && !m_badIpReported) {
        m_badIpReported = true;
        m_structural = true;
        report(QStringLiteral("received.bad_ip"),
            Severity::Notice,
            {{QStringLiteral("ip"), argText(word.toUtf8())}});
    }
    return ip;
}

bool FieldReader::interpretTls(const QStringList &words, const QString &content)
{
    bool found = false;
    if (!words.isEmpty() && words.first().compare(u"using", Qt::CaseInsensitive) == 0) {
        // Postfix: "using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) ..."
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (m_hop.tlsVersion.isEmpty() && startsWithTlsVersion(words.at(i)))
                m_hop.tlsVersion = words.at(i);
            if (words.at(i).compare(u"cipher", Qt::CaseInsensitive) == 0 && i + 1 < words.size()
                && m_hop.tlsCipher.isEmpty())
                m_hop.tlsCipher = words.at(i + 1);
        }
        found = true;
    }
    for (const QString &word : words) {
        // Sendmail, Gmail, Exchange: "version=TLS1_3 cipher=... bits=256/256"
        if (word.startsWith(u"version=", Qt::CaseInsensitive)) {
            if (m_hop.tlsVersion.isEmpty())
                m_hop.tlsVersion = word.mid(8);
            found = true;
        } else if (word.startsWith(u"cipher=", Qt::CaseInsensitive)) {
            if (m_hop.tlsCipher.isEmpty())
                m_hop.tlsCipher = word.mid(7);
            found = true;
        }
    }
    if (!found && words.size() == 1 && startsWithTlsVersion(words.first())) {
        // Exim: "(TLS1.3)", "(TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)"; Exchange: "(TLS)"
        const QStringList parts = words.first().split(u':');
        if (m_hop.tlsVersion.isEmpty())
            m_hop.tlsVersion = parts.first();
        if (parts.size() > 1 && m_hop.tlsCipher.isEmpty())
            m_hop.tlsCipher = parts.at(1);
        found = true;
    } else if (!found && words.size() == 1
        && words.first().compare(u"TLS", Qt::CaseInsensitive) == 0) {
        found = true;
    }
    if (!found) {
        static const char16_t *const tlsPhrases[] = {u"Google Transport Security",
            u"No client certificate requested",
            u"Client did not present a certificate",
            u"Client CN "};
        for (const char16_t *phrase : tlsPhrases) {
            if (content.startsWith(QStringView(phrase), Qt::CaseInsensitive))
                found = true;
        }
    }
    if (found)
        m_tlsSeen = true;
    return found;
}

ClientInfo FieldReader::clientInfo(const QString &content, bool *recognised)
{
    ClientInfo info;
    *recognised = false;
    QStringList words = withoutNested(content).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first().compare(u"from", Qt::CaseInsensitive) == 0)
        words.removeFirst();
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (word.endsWith(u','))
            word.chop(1);
        const QString lower = word.toLower();
        if (lower.startsWith(u"helo=")) { // Exim
            info.helo = word.mid(5);
            info.heloSeen = true;
        } else if (lower == u"account" && i + 1 < words.size()) {
            // CommuniGate Pro: "([192.0.2.5] account user@example.it HELO name)"
            info.user = words.at(++i);
        } else if (lower.startsWith(u"ident=")) {
            info.user = word.mid(6);
        } else if (lower.startsWith(u"port=")) {
            continue;
        } else if (lower == u"helo" || lower == u"ehlo") { // qmail, Yahoo
            // qmail writes "(HELO )" when the client gave an empty name.
            info.helo = i + 1 < words.size() ? words.at(++i) : QString();
            info.heloSeen = true;
        } else if (word.startsWith(u'"')) {
            // ZMailer (vger.kernel.org): ([IP]:PORT "EHLO name" rhost-flags-OK-OK-OK-OK)
            QStringList quoted{word.mid(1)};
            while (!quoted.last().endsWith(u'"') && i + 1 < words.size())
                quoted.append(words.at(++i));
            if (quoted.last().endsWith(u'"'))
                quoted.last().chop(1);
            quoted.removeAll(QString());
            if (!quoted.isEmpty()
                && (quoted.first().compare(u"EHLO", Qt::CaseInsensitive) == 0
                    || quoted.first().compare(u"HELO", Qt::CaseInsensitive) == 0)) {
                info.helo = quoted.size() > 1 ? quoted.at(1) : QString();
                info.heloSeen = true;
            } else {
                continue;
            }
        } else if (lower.startsWith(u"rhost-flags-")) {
            // ZMailer's verdicts on the reverse name; not a host.
        } else if (lower == u"[local]" || lower == u"[unix" || lower == u"socket]") {
            // OpenSMTPD "(localhost [local])", Cyrus "([unix socket])": a local connection, no IP
        } else if (word.startsWith(u'[')) {
            if (info.ip.isEmpty())
                info.ip = ipFrom(word);
        } else if (lower == u"unknown") {
            info.reverseSeen = true;
        } else if (word.contains(u'@')) {
            // Sendmail "user@host [ip]", qmail "user@192.0.2.1"
            const qsizetype at = word.lastIndexOf(u'@');
            info.user = word.left(at);
            const QString host = word.mid(at + 1);
            const QString ip = IpAddress::normalize(host, true);
            if (!ip.isEmpty()) {
                if (info.ip.isEmpty())
                    info.ip = ip;
            } else if (host.compare(u"unknown", Qt::CaseInsensitive) == 0) {
                info.reverseSeen = true;
            } else if (!info.reverseSeen) {
                info.reverse = stripRootDot(host);
                info.reverseSeen = true;
            }
        } else if (const QString ip = IpAddress::normalize(word, true);
                   !ip.isEmpty() && (word.contains(u'.') || word.contains(u':'))) {
            if (info.ip.isEmpty())
                info.ip = ip; // Exchange, qmail: "(192.0.2.1)"
        } else if (looksLikeHost(word) && !info.reverseSeen) {
            info.reverse = stripRootDot(word);
            info.reverseSeen = true;
        } else {
            continue;
        }
        *recognised = true;
    }
    return info;
}

QStringList FieldReader::commentWords(const QString &content)
{
    QStringList words = content.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.endsWith(u','))
            word.chop(1);
    }
    return words;
}

bool FieldReader::tlsComment(const Token &token)
{
    if (token.tooDeep)
        return false;
    const QString content = commentContent(token).simplified();
    const QStringList words = commentWords(content);
    return !words.isEmpty() && interpretTls(words, content);
}

void FieldReader::interpretComment(const Token &token, Clause context)
{
    if (token.tooDeep)
        return;
    const QString content = commentContent(token).simplified();
    const QStringList words = commentWords(content);
    if (words.isEmpty())
        return;
    const QString first = words.first().toLower();

    if (interpretTls(words, content)) {
        m_recognised = true;
        return;
    }
    // Postfix: "(Authenticated sender: user)"; Sendmail: "(authenticated bits=0)",
    // "(authenticated as user)"
    if (first == u"authenticated") {
        m_hop.authenticated = true;
        if (words.size() > 2
            && (words.at(1).compare(u"sender:", Qt::CaseInsensitive) == 0
                || words.at(1).compare(u"as", Qt::CaseInsensitive) == 0
                || words.at(1).compare(u"user", Qt::CaseInsensitive) == 0))
            m_hop.fromUser = words.at(2);
        m_recognised = true;
        return;
    }
    // Exim "(envelope-from <x>)", qmail "(envelope-sender <x>)"
    if (first == u"envelope-from" || first == u"envelope-sender") {
        if (words.size() > 1)
            m_hop.envelopeFrom = unbracket(words.at(1));
        m_recognised = true;
        return;
    }
    // qmail: "(qmail 12345 invoked from network)", "(qmail 1234 invoked by uid 89)"
    if (first == u"qmail") {
        if (m_hop.software.isEmpty())
            m_hop.software = QStringLiteral("qmail");
        m_recognised = true;
        return;
    }
    switch (context) {
    case Clause::None:
        // Sendmail without a HELO: "(from root@localhost) by ..."
        if (first != u"from")
            return;
        [[fallthrough]];
    case Clause::From: {
        bool recognised = false;
        const ClientInfo info = clientInfo(content, &recognised);
        if (!recognised)
            return;
        m_recognised = true;
        if (!m_client.ip.isEmpty() || m_client.reverseSeen || m_client.heloSeen) {
            // A second comment (Exim's envelope is handled above): only fill the gaps.
            if (m_client.ip.isEmpty())
                m_client.ip = info.ip;
            if (!m_client.heloSeen && info.heloSeen) {
                m_client.helo = info.helo;
                m_client.heloSeen = true;
            }
            if (m_client.user.isEmpty())
                m_client.user = info.user;
            return;
        }
        m_client = info;
        return;
    }
    case Clause::By: {
        QString ip;
        for (const QString &word : words) {
            const QString candidate = IpAddress::normalize(word, true);
            if (!candidate.isEmpty() && (word.contains(u'.') || word.contains(u':'))) {
                ip = candidate;
                break;
            }
        }
        if (!ip.isEmpty()) {
            if (m_hop.byIp.isEmpty())
                m_hop.byIp = ip;
        } else if (!(words.size() == 1 && looksLikeDomain(words.first()))
            && m_hop.software.isEmpty()) {
            m_hop.software = content; // "Postfix", "8.15.2/8.15.2", "Oracle Communications ..."
        }
        m_recognised = true;
        return;
    }
    default:
        // "(Exim 4.96)" after Exim's tls clause, product names after with/id
        if (m_hop.software.isEmpty() && (first == u"exim" || context == Clause::Tls)) {
            m_hop.software = content;
            m_recognised = true;
        }
        return;
    }
}

void FieldReader::readClauses(qsizetype tokenEnd)
{
    Clause clause = Clause::None;
    int values = 0;
    QStringList withWords;
    QStringList viaWords;
    bool seen[int(Clause::Count)] = {};
    bool duplicate = false;
    const auto isKeyword = [this, tokenEnd](qsizetype i) {
        return i < tokenEnd && m_tokens.at(i).kind == Token::Kind::Word
            && clauseOf(bytes(m_tokens.at(i))) != Clause::None;
    };
    const auto clientSeen = [this] {
        return !m_client.ip.isEmpty() || m_client.reverseSeen || m_client.heloSeen;
    };

    for (qsizetype i = 0; i < tokenEnd; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == Token::Kind::Comment) {
            interpretComment(t, clause);
            continue;
        }
        if (t.kind == Token::Kind::Semicolon) {
            // OpenSMTPD ends every clause with ";": "from localhost (localhost [local]);
            // by localhost (OpenSMTPD) with ESMTPA id 1e2a9eaa; for <x>; date"
            if (!isKeyword(i + 1))
                markPartial(t.begin);
            continue;
        }
        const QByteArrayView word = bytes(t);
        // Hotmail: "by BAY004-MC4F56.hotmail.com over TLS secured channel with Microsoft SMTPSVC"
        if (const qsizetype phrase = tlsPhraseLength(i, tokenEnd); phrase > 0) {
            m_tlsSeen = true;
            m_recognised = true;
            i += phrase - 1;
            continue;
        }
        const Clause keyword = clauseOf(word);
        if (keyword == Clause::From && seen[int(Clause::From)] && i + 1 < tokenEnd
            && m_tokens.at(i + 1).kind == Token::Kind::Word && bytes(m_tokens.at(i + 1)).startsWith('<')) {
            // IBM and Lotus gateways: "... for <rcpt@example.net> from <sender@example.com>;"
            if (m_hop.envelopeFrom.isEmpty())
                m_hop.envelopeFrom = unbracket(text(m_tokens.at(i + 1)));
            clause = Clause::None;
            values = 1;
            ++i;
            continue;
        }
        if (keyword != Clause::None) {
            // A clause without its value ("from by x"): report, go on with the next one. A
            // "from" whose only value is its comment ("from (unknown [192.0.2.4]) by") is read.
            if (clause != Clause::None && values == 0 && !(clause == Clause::From && clientSeen()))
                markPartial(t.begin);
            clause = keyword;
            values = 0;
            duplicate = seen[int(keyword)];
            if (duplicate)
                markPartial(t.begin);
            seen[int(keyword)] = true;
            m_recognised = true;
            continue;
        }
        ++values;
        if (clause == Clause::None || duplicate) {
            markPartial(t.begin);
            continue;
        }
        const QString value = text(t);
        const bool firstValue = values == 1;
        switch (clause) {
        case Clause::From:
            if (firstValue) {
                m_fromWord = value;
                m_fromWordAt = t.begin;
            } else if (values == 2 && value.startsWith(u'[') && value.endsWith(u']')
                && m_fromLiteral.isEmpty()) {
                // "from client1.football.example.com [192.0.2.1] by ..." (RFC 6376 §3.5's
                // example, ZoneMTA, m-FILTER, Lotus Notes, fetchmail): the address without
                // parentheses.
                m_fromLiteral = value;
            } else {
                markPartial(t.begin);
            }
            break;
        case Clause::By:
            if (firstValue)
                m_hop.by = value;
            else
                markPartial(t.begin);
            break;
        case Clause::Id:
            if (firstValue)
                m_hop.id = value;
            else
                markPartial(t.begin);
            break;
        case Clause::For:
            if (firstValue)
                m_hop.forRecipient = unbracket(value);
            else
                markPartial(t.begin);
            break;
        case Clause::EnvelopeFrom:
            if (firstValue && m_hop.envelopeFrom.isEmpty())
                m_hop.envelopeFrom = unbracket(value);
            else if (!firstValue)
                markPartial(t.begin);
            break;
        case Clause::Tls: // Exim: "tls TLS_AES_256_GCM_SHA384"
            if (firstValue) {
                m_tlsSeen = true;
                if (m_hop.tlsCipher.isEmpty())
                    m_hop.tlsCipher = value;
            } else {
                markPartial(t.begin);
            }
            break;
        case Clause::With:
            withWords.append(value); // "Microsoft SMTP Server"
            break;
        case Clause::Via:
            viaWords.append(value); // "Frontend Transport"
            break;
        case Clause::None:
        case Clause::Count:
            break;
        }
    }
    if (clause != Clause::None && values == 0)
        markPartial(tokenEnd > 0 ? m_tokens.at(tokenEnd - 1).begin : 0);
    m_hop.with = withWords.join(u' ');
    m_hop.via = viaWords.join(u' ');
    const QString upper = m_hop.with.toUpper();
    if (isAuthProtocol(upper))
        m_hop.authenticated = true;
    m_withWords = withWords;
    m_viaWords = viaWords;
}

// The number of tokens from `i` that spell "over TLS secured channel" (Hotmail), 0 when they don't.
qsizetype FieldReader::tlsPhraseLength(qsizetype i, qsizetype tokenEnd) const
{
    static const char *const phrase[] = {"over", "TLS", "secured", "channel"};
    qsizetype n = 0;
    for (const char *word : phrase) {
        if (i + n >= tokenEnd || m_tokens.at(i + n).kind != Token::Kind::Word
            || bytes(m_tokens.at(i + n)).compare(QByteArrayView(word), Qt::CaseInsensitive) != 0)
            break;
        ++n;
    }
    return n >= 2 ? n : 0; // "over TLS" is enough
}

// The one TLS fact of the hop, from the protocol words and what the comments said.
HopTls FieldReader::tlsOf()
{
    const QStringList &withWords = m_withWords;
    const QStringList &viaWords = m_viaWords;
    bool plain = false;
    for (qsizetype i = 0; i < withWords.size(); ++i) {
        const QString upper = withWords.at(i).toUpper();
        // Cisco IronPort: "with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256"
        const QStringList parts = withWords.at(i).split(u'/');
        if (parts.size() >= 2 && parts.at(1).compare(u"TLS", Qt::CaseInsensitive) == 0) {
            if (parts.size() > 2 && m_hop.tlsCipher.isEmpty())
                m_hop.tlsCipher = parts.at(2);
            m_tlsSeen = true;
        } else if (upper == u"ENCRYPTED" && i + 1 < withWords.size()) {
            // MessageLabs: "with AES128-SHA encrypted SMTP"
            if (i > 0 && m_hop.tlsCipher.isEmpty())
                m_hop.tlsCipher = withWords.at(i - 1);
            m_tlsSeen = true;
        } else if (isTlsProtocol(upper)) {
            m_tlsSeen = true;
        } else if (isPlainProtocolWord(upper)) {
            plain = true;
        }
    }
    // Yahoo webmail: "by web82107.mail.mud.yahoo.com via HTTP", no "with"
    if (withWords.isEmpty() && viaWords.size() == 1) {
        const QString upper = viaWords.first().toUpper();
        if (isTlsProtocol(upper))
            m_tlsSeen = true;
        else if (isPlainProtocolWord(upper))
            plain = true;
    }
    if (m_tlsSeen)
        return HopTls::Encrypted;
    return plain ? HopTls::Plain : HopTls::Unknown;
}

// Which of the names is the HELO and which the reverse name depends on the MTA (see the header).
void FieldReader::finishFrom()
{
    const bool exim = m_hop.software.startsWith(u"Exim", Qt::CaseInsensitive);
    const bool local = m_hop.with.startsWith(u"local", Qt::CaseInsensitive);
    m_hop.fromIp = m_client.ip;
    if (m_hop.fromIp.isEmpty() && !m_fromLiteral.isEmpty())
        m_hop.fromIp = ipFrom(m_fromLiteral);
    m_hop.fromUser = m_hop.fromUser.isEmpty() ? m_client.user : m_hop.fromUser;
    if (m_client.reverseSeen)
        m_hop.fromReverse = m_client.reverse;
    if (m_fromWord.isEmpty()) {
        if (m_client.heloSeen)
            m_hop.fromHelo = m_client.helo;
        return;
    }
    const QString wordIp
        = (m_fromWord.startsWith(u'[') || m_fromWord.front().isDigit() || m_fromWord.contains(u':'))
        ? IpAddress::normalize(m_fromWord, true)
        : QString();
    if (local && wordIp.isEmpty() && !m_fromWord.contains(u'.')) {
        // Exim: "from www-data by host with local"
        if (m_hop.fromUser.isEmpty())
            m_hop.fromUser = m_fromWord;
        return;
    }
    if (m_client.heloSeen || exim) {
        // Exim writes the verified name or [ip] first and the HELO as helo=; qmail and Yahoo the
        // reverse name first and the HELO as "(HELO x)".
        m_hop.fromHelo
            = m_client.heloSeen ? m_client.helo : (wordIp.isEmpty() ? m_fromWord : QString());
        if (!wordIp.isEmpty()) {
            if (m_hop.fromIp.isEmpty())
                m_hop.fromIp = wordIp;
        } else if (m_fromWord.compare(u"unknown", Qt::CaseInsensitive) != 0
            && !m_client.reverseSeen) {
            m_hop.fromReverse = stripRootDot(m_fromWord);
        }
        return;
    }
    if (m_hop.fromIp.isEmpty() && !wordIp.isEmpty()) {
        m_hop.fromIp = wordIp; // "from 192.0.2.1 by ..." / "from [192.0.2.1] by ..."
        return;
    }
    if (!m_fromLiteral.isEmpty()) {
        // "from foo [127.0.0.1]", "from unknown [192.0.2.41]": the name is the HELO, if any.
        if (wordIp.isEmpty() && m_fromWord.compare(u"unknown", Qt::CaseInsensitive) != 0)
            m_hop.fromHelo = m_fromWord;
        return;
    }
    if (m_fromWord.startsWith(u'[') && wordIp.isEmpty())
        ipFrom(m_fromWord);
    m_hop.fromHelo = m_fromWord;
}

ReceivedHop FieldReader::read()
{
    m_hop.raw = m_field.raw;
    m_hop.line = m_field.line;
    m_lex.setFolded(m_field.rawValue(), ReceivedParser::MaxFieldBytes);
    if (m_lex.cut()) {
        report(QStringLiteral("received.too_long"),
            Severity::Warning,
            {{QStringLiteral("length"), QString::number(m_lex.fullLength())},
                {QStringLiteral("limit"), QString::number(ReceivedParser::MaxFieldBytes)}});
        m_structural = true;
    }
    lex();

    bool noSemicolon = false;
    const qsizetype dateToken = chooseDate(&noSemicolon);
    readClauses(dateToken);
    finishFrom();

    bool dateOk = false;
    if (dateToken < m_tokens.size()) {
        const bool afterSemicolon = m_tokens.at(dateToken).kind == Token::Kind::Semicolon;
        qsizetype begin
            = afterSemicolon ? m_tokens.at(dateToken).end : m_tokens.at(dateToken).begin;
        qsizetype end = m_lex.size();
        bool dateWord = false;
        for (qsizetype i = afterSemicolon ? dateToken + 1 : dateToken; i < m_tokens.size(); ++i) {
            const Token &t = m_tokens.at(i);
            if (t.kind == Token::Kind::Semicolon) {
                end = t.begin;
                break;
            }
            if (t.kind == Token::Kind::Comment) {
                // IBM: "...; (version=TLSv1/SSLv3 cipher=AES128-GCM-SHA256 bits=128/128) Wed, 8 Mar"
                if (tlsComment(t) && !dateWord)
                    begin = t.end;
                continue;
            }
            if (dateWord && clauseOf(bytes(t)) == Clause::Id) {
                // Courier: "...; Sat, 11 Dec 2010 12:19:59 +0900 id 0EFECD52.4D02EDDF.0000C65A"
                end = t.begin;
                if (i + 1 < m_tokens.size() && m_tokens.at(i + 1).kind == Token::Kind::Word
                    && m_hop.id.isEmpty())
                    m_hop.id = text(m_tokens.at(i + 1));
                break;
            }
            dateWord = true;
        }
        const QByteArrayView dateBytes = viewMid(m_lex.value(), begin, end - begin).trimmed();
        m_hop.dateText = QString::fromUtf8(dateBytes);
        if (noSemicolon)
            report(QStringLiteral("received.no_semicolon"),
                Severity::Notice,
                {},
                m_tokens.at(dateToken).begin);
        if (dateBytes.isEmpty()) {
            report(QStringLiteral("received.no_date"), Severity::Notice);
        } else {
            const Result<ParsedDate> date = DateTime::parse(dateBytes);
            const QList<QPair<QString, QString>> args{{QStringLiteral("date"), argText(dateBytes)}};
            if (date) {
                dateOk = true;
                m_hop.timestamp = date->dateTime;
                if (date->zoneMissing)
                    report(QStringLiteral("received.date.no_zone"), Severity::Notice, args);
                else if (date->lenient)
                    report(QStringLiteral("received.date.lenient"), Severity::Info, args);
            } else {
                report(QStringLiteral("received.bad_date"), Severity::Warning, args);
            }
        }
    } else {
        report(QStringLiteral("received.no_date"), Severity::Notice);
    }

    m_hop.tls = tlsOf();

    const bool anything = m_recognised || dateOk;
    if (!anything) {
        // Keep only what explains the bytes; "no date" and friends are implied.
        QList<Finding> kept;
        for (const Finding &f : std::as_const(m_findings)) {
            if (f.key.startsWith(u"received.comment.") || f.key == u"received.too_long"
                || f.key == u"received.control_char")
                kept.append(f);
        }
        m_findings = kept;
        m_findings.prepend(makeFinding(QStringLiteral("received.unreadable"),
            Severity::Warning,
            {{QStringLiteral("line"), QString::number(m_field.line)}},
            m_field.line,
            QStringLiteral("Received")));
        ReceivedHop unreadable;
        unreadable.raw = m_hop.raw;
        unreadable.line = m_hop.line;
        unreadable.dateText = m_hop.dateText;
        unreadable.status = HopStatus::Unreadable;
        unreadable.findings = m_findings;
        return unreadable;
    }
    if (!m_recognised && m_partialAt < 0)
        markPartial(0);
    if (m_partialAt >= 0) {
        report(QStringLiteral("received.partial"), Severity::Notice, {}, m_partialAt);
        // The summary comes first: it is what a reader needs to know.
        m_findings.prepend(m_findings.takeLast());
    }
    const bool partial = m_partialAt >= 0 || m_structural || !dateOk;
    m_hop.status = partial ? HopStatus::Partial : HopStatus::Ok;
    m_hop.findings = m_findings;
    return m_hop;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString hopStatusName(HopStatus status)
{
    switch (status) {
    case HopStatus::Ok:
        return QStringLiteral("ok");
    case HopStatus::Partial:
        return QStringLiteral("partial");
    case HopStatus::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

QDebug operator<<(QDebug dbg, const ReceivedHop &hop)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "ReceivedHop(line " << hop.line << ' ' << hopStatusName(hop.status);
    if (!hop.fromHelo.isEmpty() || !hop.fromReverse.isEmpty() || !hop.fromIp.isEmpty())
        dbg << " from " << hop.fromHelo << " (" << hop.fromReverse << " [" << hop.fromIp << "])";
    if (!hop.fromUser.isEmpty())
        dbg << " user " << hop.fromUser;
    if (!hop.by.isEmpty())
        dbg << " by " << hop.by;
    if (!hop.with.isEmpty())
        dbg << " with " << hop.with;
    if (!hop.id.isEmpty())
        dbg << " id " << hop.id;
    if (!hop.forRecipient.isEmpty())
        dbg << " for " << hop.forRecipient;
    if (hop.tls == HopTls::Encrypted)
        dbg << " tls " << hop.tlsVersion << ' ' << hop.tlsCipher;
    else if (hop.tls == HopTls::Plain)
        dbg << " plain";
    dbg << "; " << hop.timestamp.toUTC().toString(Qt::ISODate);
    for (const Finding &finding : hop.findings)
        dbg << ' ' << finding.key;
    dbg << ')';
    return dbg;
}

ReceivedHop ReceivedParser::parse(const HeaderField &field)
{
    return FieldReader(field).read();
}

QList<ReceivedHop> ReceivedParser::parseAll(const Message &message)
{
    QList<ReceivedHop> hops;
    const QList<const HeaderField *> fields = message.fields("Received");
    for (const HeaderField *field : fields) {
        if (hops.size() >= Limits::MaxReceivedHops)
            break;
        hops.append(parse(*field));
    }
    // RFC 5321 §6.3: so many Received fields mean a mail loop; the oldest are left unread, and
    // the oldest hop read says so.
    if (fields.size() > hops.size()) {
        ReceivedHop &oldest = hops.last();
        oldest.findings.append(makeFinding(QStringLiteral("received.too_many"),
            Severity::Warning,
            {{QStringLiteral("count"), QString::number(fields.size())},
                {QStringLiteral("limit"), QString::number(Limits::MaxReceivedHops)}},
            oldest.line,
            QStringLiteral("Received")));
    }
    return hops;
}

QString ReceivedParser::canonicalTlsVersion(QStringView text)
{
    QString s = text.trimmed().toString().toUpper();
    s.remove(u' ');
    s.replace(u'_', u'.');
    if (s.startsWith(u"TLSV") || s.startsWith(u"SSLV"))
        s.remove(3, 1);
    if (s == u"TLS1.3")
        return QStringLiteral("TLSv1.3");
    if (s == u"TLS1.2")
        return QStringLiteral("TLSv1.2");
    if (s == u"TLS1.1")
        return QStringLiteral("TLSv1.1");
    if (s == u"TLS1" || s == u"TLS1.0")
        return QStringLiteral("TLSv1");
    if (s == u"SSL3" || s == u"SSL3.0")
        return QStringLiteral("SSLv3");
    return {};
}

int ReceivedParser::delaySeconds(const ReceivedHop &older, const ReceivedHop &newer)
{
    if (!older.timestamp.isValid() || !newer.timestamp.isValid())
        return UnknownDelay;
    const qint64 seconds = older.timestamp.secsTo(newer.timestamp);
    return int(std::clamp<qint64>(
        seconds, std::numeric_limits<int>::min() + 1, std::numeric_limits<int>::max()));
}

} // namespace kensa
