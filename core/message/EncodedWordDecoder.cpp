#include "core/message/EncodedWordDecoder.h"

#include "core/text/Base64.h"
#include "core/text/Charset.h"
#include "core/base/Limits.h"

#include <QByteArray>

namespace kensa {

namespace {

constexpr char Esc = '\x1b';
// Finding arguments quote at most this much of a word (RFC 2047 §2 allows 75 characters).
constexpr qsizetype MaxQuotedWordLength = 100;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 2047 §2 token characters; "." is allowed too, since "ANSI_X3.4-1968" is used as a label.
bool isTokenChar(char c)
{
    return c > ' ' && c < 0x7f && !QByteArrayView("()<>@,;:\"/[]?=").contains(c);
}

bool isAllWhitespace(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!isWhitespace(c))
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2047 §4.2: "_" is SP, "=XX" is a byte; anything else stands for itself.
bool decodeQ(QByteArrayView text, QByteArray *out)
{
    out->reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out->append(' ');
        } else if (c == '=') {
            if (i + 2 >= text.size())
                return false;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return false;
            out->append(char(high * 16 + low));
            i += 2;
        } else {
            out->append(c);
        }
    }
    return true;
}

enum class Shape { None, Word, Malformed };

struct Candidate
{
    Shape shape = Shape::None;
    qsizetype end = 0; // one past the word (or past what was scanned of a broken one)
    QByteArrayView charset; // as written, RFC 2231 §5 language suffix removed
    char encoding = 0;
    QByteArrayView text;
    bool split = false; // B text cut by a fold: white space inside the encoded-text
};

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/' || c == '=';
}

// The end of B encoded-text that a mailer folded in the middle (ISO-2022-JP mailers in Japan
// do: "=?ISO-2022-JP?B?GyRCJUYlOSVI" CRLF " JWEhPCVrGyhC?="), `pos` being the first white space:
// the "?" of its "?=" when every piece is Base64 text, else -1. RFC 2047 §2 forbids the white
// space; Base64 has no use for it, so dropping it loses nothing.
qsizetype splitTextEnd(QByteArrayView value, qsizetype textStart, qsizetype pos)
{
    for (qsizetype i = textStart; i < pos; ++i) {
        if (!isBase64Char(value[i]))
            return -1;
    }
    const qsizetype size = value.size();
    while (pos < size) {
        const char c = value[pos];
        if (c == '?')
            return pos + 1 < size && value[pos + 1] == '=' ? pos : -1;
        if (!isWhitespace(c) && !isBase64Char(c))
            return -1;
        ++pos;
    }
    return -1;
}

// RFC 2047 §2: encoded-word = "=?" charset "?" encoding "?" encoded-text "?=", `at` being the
// "=?". Every scan stops at the next "?" at the latest, and every later "=?" holds a "?", so
// repeated attempts read each byte a bounded number of times.
Candidate matchWord(QByteArrayView value, qsizetype at)
{
    Candidate c;
    const qsizetype size = value.size();
    qsizetype pos = at + 2;
    while (pos < size && isTokenChar(value[pos]))
        ++pos;
    if (pos >= size || value[pos] != '?' || pos == at + 2)
        return c;
    QByteArrayView charset = value.sliced(at + 2, pos - at - 2);
    ++pos;
    if (pos + 1 >= size || !isTokenChar(value[pos]) || value[pos + 1] != '?')
        return c;
    const char encoding = value[pos];
    pos += 2;
    const qsizetype textStart = pos;
    while (pos < size && value[pos] != '?' && !isWhitespace(value[pos]))
        ++pos;
    if (pos < size && isWhitespace(value[pos]) && (encoding == 'B' || encoding == 'b')) {
        const qsizetype splitEnd = splitTextEnd(value, textStart, pos);
        if (splitEnd >= 0) {
            pos = splitEnd;
            c.split = true;
        }
    }
    if (pos + 1 < size && value[pos] == '?' && value[pos + 1] == '=') {
        c.end = pos + 2;
        const bool knownEncoding
            = encoding == 'B' || encoding == 'b' || encoding == 'Q' || encoding == 'q';
        c.shape = knownEncoding ? Shape::Word : Shape::Malformed;
    } else {
        c.end = pos;
        c.shape = Shape::Malformed;
    }
    // RFC 2231 §5: charset "*" language
    const qsizetype star = charset.indexOf('*');
    c.charset = star < 0 ? charset : charset.first(star);
    c.encoding = encoding;
    c.text = value.sliced(textStart, pos - textStart);
    return c;
}

QByteArray lowerAscii(QByteArrayView bytes)
{
    QByteArray lower = bytes.toByteArray();
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return lower;
}

class Decoder
{
public:
    explicit Decoder(QByteArrayView value)
        : m_value(value)
    { }

    EncodedWordDecoder::Output run();

private:
    // Position of the next "=?" at or after `from` outside ISO-2022-JP double-byte text (whose
    // byte pairs may spell "=?"), or -1.
    qsizetype findStart(qsizetype from);
    void handleWord(qsizetype at, const Candidate &candidate);
    void flushRun();
    void emitRaw(QByteArrayView bytes);
    void appendOneLine(const QString &text);
    void addFinding(
        const QString &key, Severity severity, const QString &name, const QString &value);
    QString quoted(QByteArrayView bytes) const;

    QByteArrayView m_value;
    EncodedWordDecoder::Output m_out;
    qsizetype m_rawStart = 0; // first byte not yet emitted
    bool m_inDoubleByte = false;
    int m_words = 0;
    bool m_brokeLines = false; // a decoded word held a line break, now a space

    // Adjacent decoded words of one charset, joined as bytes before charset decoding.
    bool m_runActive = false;
    QByteArray m_runCharset; // lower case, for comparing
    QByteArrayView m_runLabel; // as written, for findings
    QByteArray m_runBytes;
};

qsizetype Decoder::findStart(qsizetype from)
{
    const qsizetype size = m_value.size();
    for (qsizetype pos = from; pos < size; ++pos) {
        const char c = m_value[pos];
        if (c == Esc) {
            const QByteArrayView rest = m_value.sliced(pos + 1);
            if (rest.startsWith("$B") || rest.startsWith("$@") || rest.startsWith("$(D"))
                m_inDoubleByte = true;
            else if (rest.startsWith("(B") || rest.startsWith("(J") || rest.startsWith("(I"))
                m_inDoubleByte = false;
        } else if (m_inDoubleByte) {
            // JIS X 0208 pairs never hold whitespace: a missing ESC ( B ends at the next one.
            if (isWhitespace(c))
                m_inDoubleByte = false;
        } else if (c == '=' && pos + 1 < size && m_value[pos + 1] == '?') {
            return pos;
        }
    }
    return -1;
}

QString Decoder::quoted(QByteArrayView bytes) const
{
    if (bytes.size() <= MaxQuotedWordLength)
        return Charset::decodeUnlabelled(bytes);
    return Charset::decodeUnlabelled(bytes.first(MaxQuotedWordLength)) + QChar(0x2026);
}

void Decoder::addFinding(
    const QString &key, Severity severity, const QString &name, const QString &value)
{
    Finding finding = makeFinding(key, severity, {{name, value}});
    // The same complaint about the same charset or word says nothing new.
    if (!m_out.findings.contains(finding))
        m_out.findings.append(std::move(finding));
}

void Decoder::emitRaw(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        m_out.text += Charset::decodeUnlabelled(bytes);
}

// A display value is one line: a line break encoded inside a word (an Exchange server ends a
// subject's last word with LF) would break the line of every report that shows it.
void Decoder::appendOneLine(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        m_out.text += text;
        return;
    }
    m_brokeLines = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            m_out.text += QLatin1Char(' ');
        } else {
            m_out.text += c;
        }
    }
}

void Decoder::flushRun()
{
    if (!m_runActive)
        return;
    const Charset::Decoded decoded = Charset::decode(m_runBytes, m_runCharset);
    appendOneLine(decoded.text);
    if (!decoded.clean) {
        addFinding(QStringLiteral("header.encoded_word.invalid_bytes"),
            Severity::Warning,
            QStringLiteral("charset"),
            quoted(m_runLabel));
    }
    m_runActive = false;
    m_runBytes.clear();
}

void Decoder::handleWord(qsizetype at, const Candidate &candidate)
{
    const QByteArrayView word = m_value.sliced(at, candidate.end - at);
    QByteArray bytes;
    const bool isB = candidate.encoding == 'B' || candidate.encoding == 'b';
    bool ok = false;
    if (isB) {
        // RFC 2047 §4.1 (RFC 4648 §4 alphabet); missing padding is tolerated, padding inside
        // is not.
        QByteArray joined;
        if (candidate.split) {
            joined.reserve(candidate.text.size());
            for (const char c : candidate.text) {
                if (!isWhitespace(c))
                    joined.append(c);
            }
        }
        std::optional<QByteArray> decoded = Base64::decode(
            candidate.split ? QByteArrayView(joined) : candidate.text, Base64::Rules::EncodedWord);
        ok = decoded.has_value();
        bytes = std::move(decoded).value_or(QByteArray());
    } else {
        ok = decodeQ(candidate.text, &bytes);
    }
    if (!ok) {
        // Kept raw: it stays in the pending raw text.
        addFinding(QStringLiteral("header.encoded_word.bad_payload"),
            Severity::Warning,
            QStringLiteral("word"),
            quoted(word));
        return;
    }
    if (candidate.split) {
        addFinding(QStringLiteral("header.encoded_word.split"),
            Severity::Notice,
            QStringLiteral("word"),
            quoted(word));
    }
    if (!Charset::isKnown(candidate.charset)) {
        const QString label = quoted(candidate.charset);
        addFinding(QStringLiteral("header.encoded_word.unknown_charset"),
            Severity::Warning,
            QStringLiteral("charset"),
            label);
        if (!m_out.unknownCharsets.contains(label))
            m_out.unknownCharsets.append(label);
        return;
    }
    const QByteArray charset = lowerAscii(candidate.charset);
    const QByteArrayView gap = m_value.sliced(m_rawStart, at - m_rawStart);
    // RFC 2047 §6.2: whitespace between adjacent encoded-words is not displayed.
    const bool adjacent = m_runActive && isAllWhitespace(gap);
    if (adjacent && charset == m_runCharset) {
        // ISO-2022 words each end in ASCII; ICU rejects an escape sequence directly followed by
        // another one, so the redundant return to ASCII at the junction goes.
        if (bytes.startsWith(Esc) && m_runBytes.size() >= 3
            && m_runBytes.at(m_runBytes.size() - 3) == Esc && m_runBytes.endsWith("(B")) {
            m_runBytes.chop(3);
        }
        m_runBytes += bytes;
    } else {
        flushRun();
        if (!adjacent)
            emitRaw(gap);
        m_runActive = true;
        m_runCharset = charset;
        m_runLabel = candidate.charset;
        m_runBytes = bytes;
    }
    m_rawStart = candidate.end;
}

EncodedWordDecoder::Output Decoder::run()
{
    qsizetype pos = 0;
    for (;;) {
        const qsizetype at = findStart(pos);
        if (at < 0)
            break;
        const Candidate candidate = matchWord(m_value, at);
        if (candidate.shape == Shape::Word) {
            if (m_words >= Limits::MaxEncodedWords) {
                addFinding(QStringLiteral("header.encoded_word.too_many"),
                    Severity::Warning,
                    QStringLiteral("limit"),
                    QString::number(Limits::MaxEncodedWords));
                break;
            }
            ++m_words;
            handleWord(at, candidate);
            pos = candidate.end;
            continue;
        }
        if (candidate.shape == Shape::Malformed) {
            addFinding(QStringLiteral("header.encoded_word.malformed"),
                Severity::Notice,
                QStringLiteral("word"),
                quoted(m_value.sliced(at, candidate.end - at)));
        }
        pos = at + 2;
    }
    flushRun();
    emitRaw(m_value.sliced(m_rawStart));
    if (m_brokeLines)
        m_out.text = m_out.text.trimmed();
    return std::move(m_out);
}

} // namespace

EncodedWordDecoder::Output EncodedWordDecoder::decode(QByteArrayView value)
{
    return Decoder(value).run();
}

} // namespace kensa
