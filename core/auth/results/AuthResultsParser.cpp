#include "core/auth/results/AuthResultsParser.h"

#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/message/FieldLexer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace kensa {

namespace {

// Finding arguments quote input; long garbage is cut to this many characters.
constexpr qsizetype MaxArgChars = 80;
// Comment text kept for display per method.
constexpr qsizetype MaxCommentChars = 1024;
// Digits read as a number (instance, versions); longer runs are not numbers we accept.
constexpr qsizetype MaxNumberDigits = 9;

bool isWsp(char c)
{
    return FieldLexer::isWsp(c);
}

bool isControl(char c)
{
    return FieldLexer::isControl(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNonAscii(char c)
{
    return static_cast<unsigned char>(c) >= 0x80;
}

// RFC 5321 Keyword (Ldh-str), leniently with "_" as some receivers write it.
bool isKeywordChar(char c)
{
    return isAlnum(c) || c == '-' || c == '_';
}

// RFC 2045 §5.1 tspecials.
bool isTspecial(char c)
{
    return QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

// RFC 2045 token; UTF-8 is allowed in values since RFC 8616 (EAI).
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return isNonAscii(c) || (u > 0x20 && u < 0x7f && !isTspecial(c));
}

// RFC 5322 §3.2.3 atext.
bool isAtext(char c)
{
    return isAlnum(c) || isNonAscii(c) || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// RFC 5322 dot-atom-text.
bool isDotAtom(QByteArrayView s)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.')
        return false;
    char previous = 0;
    for (const char c : s) {
        if (c == '.' ? previous == '.' : !isAtext(c))
            return false;
        previous = c;
    }
    return true;
}

// RFC 5321 Domain (sub-domain *("." sub-domain)); U-labels allowed (RFC 8616), "_" tolerated.
bool isDomainName(QByteArrayView s)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.' || s.front() == '-')
        return false;
    char previous = 0;
    for (const char c : s) {
        if (c == '.' ? previous == '.' || previous == '-'
                     : !(isAlnum(c) || isNonAscii(c) || c == '-' || c == '_'))
            return false;
        previous = c;
    }
    return previous != '-';
}

// RFC 8601 §2.2 pvalue without CFWS: value / [ [ local-part ] "@" ] domain-name.
bool isPvalue(QByteArrayView s)
{
    const qsizetype at = s.lastIndexOf('@');
    if (at < 0)
        return isToken(s);
    const QByteArrayView local = s.first(at);
    return (local.isEmpty() || isDotAtom(local)) && isDomainName(s.sliced(at + 1));
}

QString argText(QByteArrayView bytes)
{
    QString text
        = QString::fromUtf8(bytes.first(std::min(bytes.size(), MaxArgChars * 4))).simplified();
    if (text.size() > MaxArgChars)
        text = text.left(MaxArgChars) + QChar(0x2026);
    return text;
}

QString lower(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toLower();
}

// The result words of RFC 8601 §2.7, and what the IANA registry adds per method.
struct MethodEntry
{
    const char16_t *method;
    const char16_t *const *extraResults; // nullptr-terminated
};

const char16_t *const coreResults[] = {u"pass",
    u"fail",
    u"softfail",
    u"neutral",
    u"none",
    u"policy",
    u"temperror",
    u"permerror",
    nullptr};
const char16_t *const noExtras[] = {nullptr};
// RFC 6577 deprecated "hardfail" for SPF and Sender ID; old receivers still write it.
const char16_t *const spfExtras[] = {u"hardfail", nullptr};
// RFC 5617 §5.4 (ADSP, historic).
const char16_t *const adspExtras[] = {u"unknown", u"discard", u"nxdomain", nullptr};
// RFC 7293 §5.2 (RRVS).
const char16_t *const rrvsExtras[] = {u"unknown", nullptr};
// BIMI (draft-brand-indicators-for-message-identification), written by Gmail, Yahoo, Apple.
const char16_t *const bimiExtras[] = {u"declined", u"skipped", nullptr};

// IANA "Email Authentication Methods" (RFC 8601 §6.2 and the RFCs that added to it).
const MethodEntry methods[] = {
    {u"arc", noExtras}, // RFC 8617
    {u"auth", noExtras}, // RFC 8601 §2.7.4
    {u"bimi", bimiExtras},
    {u"dkim", noExtras}, // RFC 8601 §2.7.1
    {u"dkim-adsp", adspExtras},
    {u"dkim-atps", noExtras}, // RFC 6541
    {u"dmarc", noExtras}, // RFC 7489
    {u"dnswl", noExtras}, // RFC 8904
    {u"domainkeys", noExtras}, // RFC 4870 (historic)
    {u"iprev", noExtras}, // RFC 8601 §2.7.3
    {u"rrvs", rrvsExtras},
    {u"sender-id", spfExtras}, // RFC 4406 (historic)
    {u"smime", noExtras}, // RFC 7281
    {u"spf", spfExtras}, // RFC 7208
    {u"vbr", noExtras}, // RFC 6212
};

const MethodEntry *methodEntry(QStringView method)
{
    for (const MethodEntry &entry : methods) {
        if (method.compare(QStringView(entry.method), Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

bool inList(const char16_t *const *list, QStringView word)
{
    for (; *list; ++list) {
        if (word.compare(QStringView(*list), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RFC 8601 §2.3: smtp, header, body, policy.
bool isKnownPtype(QStringView ptype)
{
    return ptype == u"smtp" || ptype == u"header" || ptype == u"body" || ptype == u"policy";
}

// Keys that say the field breaks the RFC 8601 grammar.
bool isNonconformingKey(QStringView key)
{
    static const char16_t *const keys[] = {u"authres.empty",
        u"authres.control_char",
        u"authres.comment.unclosed",
        u"authres.quote.unclosed",
        u"authres.syntax",
        u"authres.no_authserv_id",
        u"authres.no_results",
        u"authres.missing_semicolon",
        u"authres.trailing_semicolon",
        u"authres.method.no_result",
        u"authres.property.no_ptype",
        u"authres.reason.misplaced",
        u"authres.value.bad_char",
        u"authres.arc.no_instance",
        u"authres.arc.bad_instance"};
    return std::any_of(std::begin(keys), std::end(keys), [key](const char16_t *k) {
        return key == QStringView(k);
    });
}

class FieldReader
{
public:
    FieldReader(QString fieldName, int line, int nameLength)
        : m_lex(line, nameLength)
    {
        m_out.fieldName = std::move(fieldName);
        m_out.line = line;
    }

    // `value` is the folded value (after the colon); folds are removed here and remembered so
    // that findings can name the physical line and column.
    void setFoldedValue(QByteArrayView value);
    void setUnfoldedValue(QByteArrayView value);
    AuthResultsField read(QByteArray raw);

private:
    enum class Step { Next, NewMethod };

    bool atEnd() const { return m_pos >= m_lex.size(); }
    char peek() const { return m_lex.at(m_pos); }
    QByteArrayView slice(qsizetype begin, qsizetype end) const
    {
        return m_lex.slice(begin, end);
    }

    void skipCfws();
    void readComment();
    QString readQuoted();
    QByteArrayView readKeyword();
    QByteArrayView readRun(bool stopAtMethodChars);
    int readNumber(bool *ok);
    void skipWord();
    void skipToSemicolon();
    bool looksLikeMethodAt(qsizetype pos);
    bool looksLikePropspecAt(qsizetype pos);

    void readArcInstance();
    void readPayload();
    void readResults(bool expectSemicolonFirst);
    bool readNone();
    Step readMethod();
    Step readProperties(AuthResultsMethod &method, bool takeComment = true);
    QString readValue(bool pvalue);

    void report(const QString &key,
        Severity severity,
        QList<QPair<QString, QString>> args = {},
        qsizetype pos = -1);
    void syntax(qsizetype begin, qsizetype end)
    {
        begin = std::clamp<qsizetype>(begin, 0, m_lex.size());
        end = std::clamp<qsizetype>(end, begin, m_lex.size());
        report(QStringLiteral("authres.syntax"),
            Severity::Notice,
            {{QStringLiteral("text"), argText(slice(begin, end))}},
            begin);
    }

    AuthResultsField m_out;
    FieldLexer m_lex; // the value, unfolded and cut at MaxFieldBytes
    qsizetype m_pos = 0;
    QString *m_commentSink = nullptr; // receives the next comment's text when empty
    bool m_recovered = false; // an unclosed comment or quote already ended at a ";"
    bool m_controlReported = false;
    bool m_tooDeepReported = false;
    QSet<QPair<QString, qsizetype>> m_reportedAt; // (key, offset): re-reading after a rewind
    FindingCap m_cap;
};

void FieldReader::setFoldedValue(QByteArrayView value)
{
    m_lex.setFolded(value, AuthResultsParser::MaxFieldBytes);
}

void FieldReader::setUnfoldedValue(QByteArrayView value)
{
    m_lex.setUnfolded(value, AuthResultsParser::MaxFieldBytes);
}

void FieldReader::report(
    const QString &key, Severity severity, QList<QPair<QString, QString>> args, qsizetype pos)
{
    if (isNonconformingKey(key))
        m_out.nonconforming = true;
    // A rewind (a result found without its ";") reads some bytes twice; report them once.
    if (pos >= 0) {
        const QPair<QString, qsizetype> at{key, pos};
        if (m_reportedAt.contains(at))
            return;
        m_reportedAt.insert(at);
    }
    if (!m_cap.admit(key))
        return;
    const int line = m_lex.locate(args, pos);
    m_out.findings.append(makeFinding(key, severity, std::move(args), line, m_out.fieldName));
}

void FieldReader::skipCfws()
{
    while (!atEnd()) {
        const char c = peek();
        if (isWsp(c)) {
            ++m_pos;
        } else if (isControl(c)) {
            if (!m_controlReported)
                report(QStringLiteral("authres.control_char"), Severity::Warning, {}, m_pos);
            m_controlReported = true;
            ++m_pos;
        } else if (c == '(') {
            readComment();
        } else {
            break;
        }
    }
}

// RFC 5322 §3.2.2 comment: nested, with quoted-pairs.
void FieldReader::readComment()
{
    const qsizetype begin = m_pos;
    const FieldLexer::Comment comment = m_lex.comment(begin, AuthResultsParser::MaxCommentDepth);
    if (comment.tooDeep && !m_tooDeepReported) {
        m_tooDeepReported = true;
        report(QStringLiteral("authres.comment.too_deep"),
            Severity::Warning,
            {{QStringLiteral("limit"), QString::number(AuthResultsParser::MaxCommentDepth)}},
            begin);
    }
    if (comment.closed) {
        if (m_commentSink && m_commentSink->isEmpty() && !comment.tooDeep) {
            const QByteArrayView inner
                = slice(begin + 1, std::min(comment.end - 1, begin + 1 + MaxCommentChars * 4));
            QString text = QString::fromUtf8(inner).simplified();
            *m_commentSink = text.left(MaxCommentChars);
        }
        m_pos = comment.end;
        return;
    }
    // A comment cut by MaxFieldBytes is reported as authres.too_long.
    if (!m_lex.cut())
        report(QStringLiteral("authres.comment.unclosed"), Severity::Notice, {}, begin);
    // Recover once at the next ";" so that the following results stay readable; a second
    // unclosed comment runs to the end (each attempt scans to the end: this keeps it linear).
    const qsizetype semicolon = m_recovered ? -1 : m_lex.value().indexOf(';', begin);
    m_recovered = true;
    m_pos = semicolon > begin ? semicolon : m_lex.size();
}

// RFC 5322 §3.2.4 quoted-string; returns the content without quotes and escapes.
QString FieldReader::readQuoted()
{
    const qsizetype begin = m_pos;
    const FieldLexer::Quoted quoted = m_lex.quoted(begin);
    if (quoted.closed) {
        m_pos = quoted.end;
        return QString::fromUtf8(quoted.content);
    }
    if (!m_lex.cut())
        report(QStringLiteral("authres.quote.unclosed"), Severity::Notice, {}, begin);
    const qsizetype semicolon = m_recovered ? -1 : m_lex.value().indexOf(';', begin);
    m_recovered = true;
    if (semicolon > begin) {
        m_pos = semicolon;
        return QString::fromUtf8(slice(begin + 1, semicolon)).trimmed();
    }
    m_pos = m_lex.size();
    return QString::fromUtf8(quoted.content);
}

QByteArrayView FieldReader::readKeyword()
{
    const qsizetype begin = m_pos;
    while (!atEnd() && isKeywordChar(peek()))
        ++m_pos;
    return slice(begin, m_pos);
}

// A run of value characters, up to white space, a comment, ";" or a quote. The authserv-id also
// stops at "=" and "/" so that a field starting with a method can be told apart.
QByteArrayView FieldReader::readRun(bool stopAtMethodChars)
{
    const qsizetype begin = m_pos;
    while (!atEnd()) {
        const char c = peek();
        if (isWsp(c) || isControl(c) || c == '(' || c == ')' || c == ';' || c == '"')
            break;
        if (stopAtMethodChars && (c == '=' || c == '/'))
            break;
        ++m_pos;
    }
    return slice(begin, m_pos);
}

int FieldReader::readNumber(bool *ok)
{
    const qsizetype begin = m_pos;
    while (!atEnd() && isDigit(peek()))
        ++m_pos;
    const qsizetype digits = m_pos - begin;
    *ok = digits > 0 && digits <= MaxNumberDigits;
    return *ok ? slice(begin, m_pos).toInt() : -1;
}

// Skips one unreadable word (at least one byte, so that every loop advances).
void FieldReader::skipWord()
{
    const qsizetype begin = m_pos;
    if (peek() == '"') {
        readQuoted();
    } else {
        readRun(false);
        if (m_pos == begin && !atEnd())
            ++m_pos;
    }
}

// Skips to the next ";" (not past it), honouring comments and quoted strings.
void FieldReader::skipToSemicolon()
{
    while (!atEnd() && peek() != ';') {
        if (peek() == '(')
            readComment();
        else if (peek() == '"')
            readQuoted();
        else
            ++m_pos;
    }
}

// Whether a methodspec ("keyword [CFWS] =" or "keyword [CFWS] /") starts at `pos`. Leaves
// m_pos unchanged.
bool FieldReader::looksLikeMethodAt(qsizetype pos)
{
    const qsizetype saved = m_pos;
    const bool recovered = m_recovered;
    QString *sink = std::exchange(m_commentSink, nullptr);
    m_pos = pos;
    const bool keyword = !readKeyword().isEmpty();
    if (keyword)
        skipCfws();
    const bool method = keyword && (peek() == '=' || peek() == '/');
    m_pos = saved;
    m_commentSink = sink;
    m_recovered = recovered;
    return method;
}

// Whether "ptype [CFWS] . [CFWS] property [CFWS] =" starts at `pos`. Leaves m_pos unchanged.
bool FieldReader::looksLikePropspecAt(qsizetype pos)
{
    const qsizetype saved = m_pos;
    const bool recovered = m_recovered;
    QString *sink = std::exchange(m_commentSink, nullptr);
    m_pos = pos;
    bool propspec = false;
    if (!readKeyword().isEmpty()) {
        skipCfws();
        if (peek() == '.') {
            ++m_pos;
            skipCfws();
            if (!readKeyword().isEmpty()) {
                skipCfws();
                propspec = peek() == '=';
            }
        }
    }
    m_pos = saved;
    m_commentSink = sink;
    m_recovered = recovered;
    return propspec;
}

// RFC 8617 §4.1.1: arc-info = instance [CFWS] ";" authres-payload; instance = [CFWS] "i" [CFWS]
// "=" [CFWS] 1*2DIGIT.
void FieldReader::readArcInstance()
{
    skipCfws();
    const qsizetype begin = m_pos;
    if (peek() == 'i' || peek() == 'I') {
        ++m_pos;
        skipCfws();
        if (peek() == '=') {
            ++m_pos;
            skipCfws();
            const qsizetype digitsAt = m_pos;
            bool ok = false;
            const int value = readNumber(&ok);
            if (!ok || value < 1 || value > AuthResultsParser::MaxArcInstance) {
                readRun(false);
                report(QStringLiteral("authres.arc.bad_instance"),
                    Severity::Warning,
                    {{QStringLiteral("instance"), argText(slice(digitsAt, m_pos))}});
            }
            m_out.instance = ok ? value : -1;
            skipCfws();
            if (peek() != ';') {
                const qsizetype junk = m_pos;
                skipToSemicolon();
                syntax(junk, m_pos);
            }
            if (peek() == ';')
                ++m_pos;
            return;
        }
    }
    m_pos = begin;
    report(QStringLiteral("authres.arc.no_instance"), Severity::Warning);
}

// RFC 8601 §2.2: authres-payload = [CFWS] authserv-id [ CFWS authres-version ]
//                                  ( no-result / 1*resinfo ) [CFWS] CRLF
void FieldReader::readPayload()
{
    skipCfws();
    if (atEnd()) {
        report(m_out.isArc() && m_out.instance >= 0 ? QStringLiteral("authres.no_results")
                                                    : QStringLiteral("authres.empty"),
            Severity::Warning);
        return;
    }
    const qsizetype idAt = m_pos;
    if (peek() == '"') {
        m_out.authservId = readQuoted();
    } else if (peek() != ';') {
        const QByteArrayView word = readRun(true);
        if (looksLikeMethodAt(idAt)) {
            // Microsoft writes "spf=pass ...; dkim=pass ..." with no authserv-id at all.
            report(QStringLiteral("authres.no_authserv_id"), Severity::Notice);
            m_pos = idAt;
            readResults(false);
            return;
        }
        if (word.isEmpty()) {
            skipWord();
            syntax(idAt, m_pos);
        } else {
            m_out.authservId = QString::fromUtf8(word);
            if (!isToken(word))
                report(QStringLiteral("authres.value.bad_char"),
                    Severity::Info,
                    {{QStringLiteral("value"), argText(word)}},
                    idAt);
        }
    }
    if (m_out.authservId.isEmpty() && peek() == ';')
        report(QStringLiteral("authres.no_authserv_id"), Severity::Notice);

    const qsizetype afterId = m_pos;
    skipCfws();
    if (m_pos > afterId && isDigit(peek())) {
        const qsizetype versionAt = m_pos;
        bool ok = false;
        const int version = readNumber(&ok);
        if (ok && (atEnd() || isWsp(peek()) || peek() == '(' || peek() == ';')) {
            m_out.version = version;
            if (version != 1)
                report(QStringLiteral("authres.version.unknown"),
                    Severity::Warning,
                    {{QStringLiteral("version"), QString::number(version)}});
        } else {
            m_pos = versionAt;
        }
        skipCfws();
    }
    readResults(true);
}

// ( no-result / 1*resinfo ), leniently: results without ";" before them, empty ones, garbage
// between them (skipped to the next ";").
void FieldReader::readResults(bool expectSemicolonFirst)
{
    bool expectSemicolon = expectSemicolonFirst;
    while (true) {
        skipCfws();
        if (atEnd())
            break;
        if (peek() == ';') {
            const qsizetype semicolonAt = m_pos;
            ++m_pos;
            skipCfws();
            if (atEnd() || peek() == ';') {
                report(
                    QStringLiteral("authres.trailing_semicolon"), Severity::Info, {}, semicolonAt);
                continue;
            }
            if (m_out.methods.isEmpty() && !m_out.noResult && readNone())
                continue;
        } else if (expectSemicolon) {
            if (!looksLikeMethodAt(m_pos)) {
                const qsizetype junk = m_pos;
                skipToSemicolon();
                syntax(junk, m_pos);
                continue;
            }
            report(QStringLiteral("authres.missing_semicolon"), Severity::Notice, {}, m_pos);
        }
        expectSemicolon = true;
        if (m_out.noResult) {
            // RFC 8601 §2.2: "none" stands alone; what follows is read anyway.
            syntax(m_pos, std::min(m_pos + MaxArgChars, m_lex.size()));
        }
        // A result found without its ";" makes the next one start there, not at a ";".
        Step step = Step::NewMethod;
        while (step == Step::NewMethod) {
            if (m_out.methods.size() >= AuthResultsParser::MaxMethods) {
                report(QStringLiteral("authres.too_many_methods"),
                    Severity::Warning,
                    {{QStringLiteral("limit"), QString::number(AuthResultsParser::MaxMethods)}});
                m_pos = m_lex.size();
                break;
            }
            step = readMethod();
        }
    }
    if (m_out.methods.isEmpty() && !m_out.noResult)
        report(QStringLiteral("authres.no_results"), Severity::Notice);
}

// no-result = [CFWS] ";" [CFWS] "none" (the ";" is already read). Leaves m_pos alone when the
// word is a method named "none..." instead.
bool FieldReader::readNone()
{
    const qsizetype begin = m_pos;
    const QByteArrayView word = readKeyword();
    if (word.compare("none", Qt::CaseInsensitive) != 0) {
        m_pos = begin;
        return false;
    }
    const qsizetype after = m_pos;
    skipCfws();
    if (peek() == '=' || peek() == '/') {
        m_pos = begin;
        return false;
    }
    m_pos = after;
    m_out.noResult = true;
    return true;
}

// resinfo after its ";": methodspec [ CFWS reasonspec ] [ CFWS 1*propspec ]
// methodspec = [CFWS] method [CFWS] "=" [CFWS] result
// method = Keyword [ [CFWS] "/" [CFWS] method-version ]
FieldReader::Step FieldReader::readMethod()
{
    skipCfws();
    const qsizetype begin = m_pos;
    const QByteArrayView name = readKeyword();
    if (name.isEmpty()) {
        skipToSemicolon();
        syntax(begin, m_pos);
        return Step::Next;
    }
    AuthResultsMethod method;
    method.method = lower(name);
    method.line = m_lex.lineAt(begin);
    skipCfws();
    if (peek() == '/') {
        ++m_pos;
        skipCfws();
        const qsizetype versionAt = m_pos;
        bool ok = false;
        method.version = readNumber(&ok);
        if (!ok) {
            skipWord();
            syntax(versionAt, m_pos);
        } else if (method.version != 1) {
            report(QStringLiteral("authres.method.version.unknown"),
                Severity::Notice,
                {{QStringLiteral("method"), method.method},
                    {QStringLiteral("version"), QString::number(method.version)}});
        }
        skipCfws();
    }
    if (peek() != '=') {
        report(QStringLiteral("authres.method.no_result"),
            Severity::Notice,
            {{QStringLiteral("method"), method.method}},
            begin);
        skipToSemicolon();
        return Step::Next;
    }
    ++m_pos;
    skipCfws();
    const qsizetype resultAt = m_pos;
    const QByteArrayView result = readKeyword();
    if (result.isEmpty()) {
        report(QStringLiteral("authres.method.no_result"),
            Severity::Notice,
            {{QStringLiteral("method"), method.method}},
            begin);
        skipToSemicolon();
        return Step::Next;
    }
    // Amazon SES: "spf=pass (...) client-ip=192.0.2.1; envelope-from=a@example.com; helo=x.example;"
    // puts the SPF details after ";" without a ptype. A "result" that runs on into an address,
    // an IP or a domain is such a property of the previous result, not a method.
    if (method.version < 0 && !m_out.methods.isEmpty() && !atEnd()
        && QByteArrayView(".@:/+=[]%").contains(peek())) {
        m_pos = resultAt;
        report(QStringLiteral("authres.property.no_ptype"),
            Severity::Info,
            {{QStringLiteral("property"), argText(name)}},
            begin);
        AuthResultsMethod &previous = m_out.methods.last();
        previous.properties.append({QString(), method.method, readValue(true)});
        return readProperties(previous, false);
    }
    method.result = lower(result);

    if (const MethodEntry *entry = methodEntry(method.method)) {
        if (!inList(coreResults, method.result) && !inList(entry->extraResults, method.result))
            report(QStringLiteral("authres.unknown_result"),
                Severity::Notice,
                {{QStringLiteral("method"), method.method},
                    {QStringLiteral("result"), argText(result)}},
                resultAt);
    } else {
        report(QStringLiteral("authres.unknown_method"),
            Severity::Info,
            {{QStringLiteral("method"), argText(name)}},
            begin);
    }

    const Step step = readProperties(method);
    m_out.methods.append(std::move(method));
    return step;
}

// [ CFWS reasonspec ] [ CFWS 1*propspec ], up to the next ";" or the end.
// propspec = ptype [CFWS] "." [CFWS] property [CFWS] "=" pvalue
FieldReader::Step FieldReader::readProperties(AuthResultsMethod &method, bool takeComment)
{
    m_commentSink = takeComment ? &method.comment : nullptr;
    while (true) {
        skipCfws();
        m_commentSink = nullptr;
        if (atEnd() || peek() == ';')
            return Step::Next;
        const qsizetype wordAt = m_pos;
        const QByteArrayView word = readKeyword();
        if (word.isEmpty()) {
            skipWord();
            syntax(wordAt, m_pos);
            continue;
        }
        skipCfws();
        if (peek() == '.') {
            ++m_pos;
            skipCfws();
            const qsizetype propertyAt = m_pos;
            const QByteArrayView property = readKeyword();
            skipCfws();
            if (property.isEmpty() || peek() != '=') {
                if (m_pos == propertyAt)
                    skipWord();
                syntax(wordAt, m_pos);
                continue;
            }
            ++m_pos;
            AuthResultsProperty prop{lower(word), lower(property), readValue(true)};
            if (!isKnownPtype(prop.ptype))
                report(QStringLiteral("authres.unknown_ptype"),
                    Severity::Info,
                    {{QStringLiteral("ptype"), argText(word)},
                        {QStringLiteral("method"), method.method}},
                    wordAt);
            method.properties.append(std::move(prop));
            continue;
        }
        if (peek() != '=') {
            // A stray word: an unquoted reason with spaces, a missing "=", ...
            syntax(wordAt, wordAt + word.size());
            continue;
        }
        ++m_pos;
        if (word.compare("reason", Qt::CaseInsensitive) == 0) {
            const QString reason = readValue(false);
            if (!method.reason.isNull() || !method.properties.isEmpty())
                report(QStringLiteral("authres.reason.misplaced"),
                    Severity::Info,
                    {{QStringLiteral("method"), method.method}},
                    wordAt);
            if (method.reason.isNull())
                method.reason = reason.isNull() ? QStringLiteral("") : reason;
            continue;
        }
        // "spf=pass smtp.mailfrom=a dkim=pass ...": a registered method and one of its results
        // start a new result whose ";" is missing.
        const qsizetype valueAt = m_pos;
        skipCfws();
        const QByteArrayView next = readKeyword();
        const bool ends = atEnd() || isWsp(peek()) || peek() == '(' || peek() == ';';
        const QString name = lower(word);
        if (ends && !next.isEmpty() && methodEntry(name)
            && AuthResultsParser::isKnownResult(name, lower(next))) {
            report(QStringLiteral("authres.missing_semicolon"), Severity::Notice, {}, wordAt);
            m_pos = wordAt;
            return Step::NewMethod;
        }
        // Microsoft: "dmarc=pass action=none header.from=..." (a property without a ptype).
        m_pos = valueAt;
        report(QStringLiteral("authres.property.no_ptype"),
            Severity::Info,
            {{QStringLiteral("property"), argText(word)}},
            wordAt);
        method.properties.append({QString(), name, readValue(true)});
    }
}

// reason: value = token / quoted-string (RFC 2045). pvalue: value or [local-part] "@" domain-name.
// Unquoted values with characters a token may not hold (Gmail's header.b with "/") are read
// whole and reported.
QString FieldReader::readValue(bool pvalue)
{
    const qsizetype equalsAt = m_pos;
    skipCfws();
    const qsizetype begin = m_pos;
    // "header.d= header.s=x": the value is missing, the next property is not it.
    if (begin > equalsAt && looksLikePropspecAt(begin)) {
        syntax(equalsAt - 1, begin);
        return QStringLiteral("");
    }
    if (peek() == '"') {
        const QString quoted = readQuoted();
        if (pvalue && peek() == '@') {
            // A quoted local-part: the address is kept as written, quotes included.
            ++m_pos;
            const QByteArrayView domain = readRun(false);
            if (!isDomainName(domain))
                report(QStringLiteral("authres.value.bad_char"),
                    Severity::Info,
                    {{QStringLiteral("value"), argText(slice(begin, m_pos))}},
                    begin);
            return QString::fromUtf8(slice(begin, m_pos));
        }
        return quoted.isNull() ? QStringLiteral("") : quoted;
    }
    const QByteArrayView run = readRun(false);
    if (run.isEmpty()) {
        syntax(begin, std::min(begin + 1, m_lex.size()));
        return QStringLiteral("");
    }
    if (pvalue ? !isPvalue(run) : !isToken(run))
        report(QStringLiteral("authres.value.bad_char"),
            Severity::Info,
            {{QStringLiteral("value"), argText(run)}},
            begin);
    return QString::fromUtf8(run);
}

AuthResultsField FieldReader::read(QByteArray raw)
{
    m_out.raw = std::move(raw);
    if (m_lex.cut())
        report(QStringLiteral("authres.too_long"),
            Severity::Warning,
            {{QStringLiteral("length"), QString::number(m_lex.fullLength())},
                {QStringLiteral("limit"), QString::number(AuthResultsParser::MaxFieldBytes)}});
    if (m_out.fieldName.compare(u"ARC-Authentication-Results", Qt::CaseInsensitive) == 0)
        readArcInstance();
    readPayload();
    m_cap.flush(m_out.findings, m_out.line, m_out.fieldName);
    return std::move(m_out);
}

} // namespace

QString AuthResultsProperty::name() const
{
    return ptype.isEmpty() ? property : ptype + u'.' + property;
}

QString AuthResultsMethod::property(QStringView ptypeDotProperty) const
{
    for (const AuthResultsProperty &p : properties) {
        if (p.name().compare(ptypeDotProperty, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return {};
}

const AuthResultsMethod *AuthResultsField::method(QStringView name) const
{
    for (const AuthResultsMethod &m : methods) {
        if (m.method.compare(name, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QDebug operator<<(QDebug dbg, const AuthResultsProperty &property)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace().noquote() << property.name() << '=' << property.value;
    return dbg;
}

QDebug operator<<(QDebug dbg, const AuthResultsMethod &method)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace().noquote() << method.method;
    if (method.version >= 0)
        dbg << '/' << method.version;
    dbg << '=' << method.result;
    if (!method.reason.isNull())
        dbg << " reason=\"" << method.reason << '"';
    for (const AuthResultsProperty &p : method.properties)
        dbg << ' ' << p;
    if (!method.comment.isEmpty())
        dbg << " (" << method.comment << ')';
    return dbg;
}

QDebug operator<<(QDebug dbg, const AuthResultsField &field)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace().noquote() << "AuthResultsField(" << field.fieldName << " line " << field.line;
    if (field.instance >= 0)
        dbg << " i=" << field.instance;
    dbg << ' ' << (field.authservId.isEmpty() ? QStringLiteral("-") : field.authservId);
    if (field.version >= 0)
        dbg << ' ' << field.version;
    if (field.noResult)
        dbg << "; none";
    for (const AuthResultsMethod &m : field.methods)
        dbg << "; " << m;
    if (field.trusted)
        dbg << " [trusted]";
    if (field.nonconforming)
        dbg << " [nonconforming]";
    for (const Finding &f : field.findings)
        dbg << ' ' << f.key;
    dbg << ')';
    return dbg;
}

AuthResultsField AuthResultsParser::parse(const HeaderField &field)
{
    FieldReader reader(field.nameText(), field.line, field.nameLength);
    reader.setFoldedValue(field.rawValue());
    return reader.read(field.raw);
}

AuthResultsField AuthResultsParser::parse(
    QByteArrayView unfoldedValue, const QString &fieldName, int line)
{
    FieldReader reader(fieldName, line, int(fieldName.size()));
    reader.setUnfoldedValue(unfoldedValue);
    return reader.read(fieldName.toLatin1() + ':' + unfoldedValue.toByteArray());
}

QList<AuthResultsField> AuthResultsParser::parseAll(const Message &message,
    const QString &trustedAuthservId,
    const OrgDomainFn &orgDomain,
    const QString &lowestReceivedBy)
{
    QList<AuthResultsField> fields;
    int lowestReceivedLine = 0;
    // Each receiver adds one field at the top: the first Limits::MaxAuthResultsFields of each
    // name are read, the older ones counted and left unread.
    struct Kind
    {
        int count = 0;
        qsizetype last = -1; // index in `fields` of the last one read
    };
    Kind authResults;
    Kind arcResults;
    for (const HeaderField &field : message.headers()) {
        const bool arc = field.hasName("ARC-Authentication-Results");
        if (arc || field.hasName("Authentication-Results")) {
            Kind &kind = arc ? arcResults : authResults;
            if (++kind.count <= Limits::MaxAuthResultsFields) {
                kind.last = fields.size();
                fields.append(parse(field));
            }
        } else if (field.hasName("Received")) {
            lowestReceivedLine = field.line;
        }
    }
    for (const Kind &kind : {authResults, arcResults}) {
        if (kind.count <= Limits::MaxAuthResultsFields || kind.last < 0)
            continue;
        AuthResultsField &last = fields[kind.last];
        last.findings.append(makeFinding(QStringLiteral("authres.too_many_fields"),
            Severity::Warning,
            {{QStringLiteral("field"), last.fieldName},
                {QStringLiteral("count"), QString::number(kind.count)},
                {QStringLiteral("limit"), QString::number(Limits::MaxAuthResultsFields)}},
            last.line,
            last.fieldName));
    }
    applyTrust(fields, trustedAuthservId, orgDomain, lowestReceivedLine, lowestReceivedBy);
    return fields;
}

// Trust boundary (DESIGN.md; RFC 8601 §5 and §7.2): each receiver adds its field at the top and
// must remove fields claiming its own authserv-id that arrive with the message, so only the
// receiver's fields above everything added before delivery can be believed.
//   - A field below every Received field was added before the first relay recorded the message
//     (Exchange Online writes one without an authserv-id when a tenant sends): the sender's
//     claim, with authres.pre_delivery. The exception is a field of the organisation of the
//     lowest Received's "by" host: Gmail writes its field just below its own MX hop. Without any Received field nothing can be placed, and
//     the fields are read as below.
//   - The receiver's authserv-id is `trustedAuthservId` when given (configured by the user),
//     otherwise the authserv-id of the topmost Authentication-Results field.
//   - Trusted: the Authentication-Results fields of the receiver's organisation (iCloud writes
//     dkim-verifier.icloud.com, spf.icloud.com, ... in one block) standing above every
//     Authentication-Results field of another organisation (or with no authserv-id). A field of
//     the receiver's organisation below another server's field was added before delivery: it
//     stays a claim (possibly forged) and gets authres.untrusted_same_id.
//   - When the topmost field has no authserv-id (Microsoft) and none is configured, only that
//     field is trusted: fields without an id cannot be told apart, so a second one is a claim.
//   - ARC-Authentication-Results are never trusted here; the ARC validator judges them.
void AuthResultsParser::applyTrust(QList<AuthResultsField> &fields,
    const QString &trustedAuthservId,
    const OrgDomainFn &orgDomain,
    int lowestReceivedLine,
    const QString &lowestReceivedBy)
{
    const auto addOnce = [](AuthResultsField &field,
                             const QString &key,
                             Severity severity,
                             QList<QPair<QString, QString>> args) {
        const bool already = std::any_of(field.findings.cbegin(),
            field.findings.cend(),
            [&key](const Finding &f) { return f.key == key; });
        if (!already)
            field.findings.append(
                makeFinding(key, severity, std::move(args), field.line, field.fieldName));
    };
    const auto organisation = [&orgDomain](const QString &id) {
        const QString org = orgDomain ? orgDomain(id) : QString();
        return org.isEmpty() ? id.toLower() : org.toLower();
    };
    const QString lowestByOrg
        = lowestReceivedBy.isEmpty() ? QString() : organisation(lowestReceivedBy);
    const auto preDelivery = [&](const AuthResultsField &field) {
        if (lowestReceivedLine <= 0 || field.line < lowestReceivedLine)
            return false;
        return field.authservId.isEmpty() || lowestByOrg.isEmpty()
            || organisation(field.authservId) != lowestByOrg;
    };
    QString receiver = trustedAuthservId.trimmed();
    qsizetype topmost = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        AuthResultsField &field = fields[i];
        field.trusted = false;
        if (field.isArc())
            continue;
        if (preDelivery(field))
            addOnce(field,
                QStringLiteral("authres.pre_delivery"),
                Severity::Notice,
                {{QStringLiteral("line"), QString::number(field.line)}});
        else if (topmost < 0)
            topmost = i;
    }
    if (topmost < 0)
        return;
    if (receiver.isEmpty()) {
        receiver = fields.at(topmost).authservId;
        if (receiver.isEmpty()) {
            fields[topmost].trusted = true;
            return;
        }
    }
    const QString receiverOrg = organisation(receiver);
    bool open = true;
    for (AuthResultsField &field : fields) {
        if (field.isArc() || preDelivery(field))
            continue;
        const bool same = !field.authservId.isEmpty()
            && (field.authservId.compare(receiver, Qt::CaseInsensitive) == 0
                || organisation(field.authservId) == receiverOrg);
        if (same && open) {
            field.trusted = true;
        } else if (!same) {
            open = false;
        } else {
            addOnce(field,
                QStringLiteral("authres.untrusted_same_id"),
                Severity::Warning,
                {{QStringLiteral("line"), QString::number(field.line)},
                    {QStringLiteral("authserv_id"), argText(field.authservId.toUtf8())}});
        }
    }
}

QString AuthResultsParser::clientIp(const AuthResultsField &field)
{
    static const QStringList names = {QStringLiteral("smtp.client-ip"),
        QStringLiteral("smtp.remote-ip"),
        QStringLiteral("policy.iprev"),
        QStringLiteral("client-ip")};
    for (const QString &name : names) {
        for (const AuthResultsMethod &m : field.methods) {
            const QString value = m.property(name);
            if (!value.isEmpty())
                return value;
        }
    }
    // Microsoft: "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=..."
    static const QLatin1StringView senderIp("sender IP is ");
    for (const AuthResultsMethod &m : field.methods) {
        const qsizetype at = m.comment.indexOf(senderIp, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const QString rest = m.comment.mid(at + senderIp.size());
        qsizetype end = 0;
        while (end < rest.size()
            && (rest.at(end).isLetterOrNumber() || rest.at(end) == u'.' || rest.at(end) == u':'))
            ++end;
        if (end > 0)
            return rest.left(end);
    }
    return {};
}

bool AuthResultsParser::isKnownMethod(QStringView method)
{
    return methodEntry(method) != nullptr;
}

bool AuthResultsParser::isKnownResult(QStringView method, QStringView result)
{
    const MethodEntry *entry = methodEntry(method);
    return entry && (inList(coreResults, result) || inList(entry->extraResults, result));
}

} // namespace kensa
