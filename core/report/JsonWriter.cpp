#include "core/report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QLocale>
#include <QVarLengthArray>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <charconv>
#include <cmath>
#include <cstring>

namespace kensa {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// `text` as UTF-8 with JSON's escapes, written from `o` on: at most 6 bytes a UTF-16 unit
// ("\u001f", a lone surrogate). Returns the end of what was written.
char *escapeTo(char *o, QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
#if defined(__SSE2__)
        // Most of a report is ASCII that JSON writes as it is: eight units at a time, narrowed in
        // one store. The room for the worst case (six bytes a unit) holds the eight bytes even
        // where only the units before the first other one are kept.
        if (end - src >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
            // Signed compares: units from 0x8000 count as below 0x20, so they are "other" too.
            const __m128i other = _mm_or_si128(
                _mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)),
                             _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7f))),
                _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')),
                             _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))));
            const unsigned mask = unsigned(_mm_movemask_epi8(other));
            const int plain = mask ? __builtin_ctz(mask) / 2 : 8;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(o), _mm_packus_epi16(v, v));
            o += plain;
            src += plain;
            if (plain == 8)
                continue;
        }
#endif
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case 0x8: *o++ = 'b'; break;
            case 0xc: *o++ = 'f'; break;
            case 0xa: *o++ = 'n'; break;
            case 0xd: *o++ = 'r'; break;
            case 0x9: *o++ = 't'; break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hexDigit(u >> 4);
                *o++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate is not UTF-8: QJsonDocument writes it as an escape.
            *o++ = '\\';
            *o++ = 'u';
            *o++ = hexDigit((u >> 12) & 0xf);
            *o++ = hexDigit((u >> 8) & 0xf);
            *o++ = hexDigit((u >> 4) & 0xf);
            *o++ = hexDigit(u & 0xf);
        }
    }
    return o;
}

// ASCII that JSON writes as it is: no control character, quote or backslash.
bool isPlain(QByteArrayView text)
{
    for (const char c : text) {
        const uchar u = uchar(c);
        if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\')
            return false;
    }
    return true;
}

// ",\n" and the deepest indentation the writer takes from one string; deeper levels (never
// seen in a report) append their spaces separately.
constexpr qsizetype PadSpaces = 256;
const char *padding()
{
    static const QByteArray pad = QByteArrayLiteral(",\n") + QByteArray(PadSpaces, ' ');
    return pad.constData();
}

} // namespace

JsonWriter::JsonWriter(QByteArray *out, Style style, int depth)
    : m_out(out), m_indented(style == Style::Indented), m_base(depth)
{
}

// Gives the text the room of `n` more bytes, and whatever the array holds beyond: the writer
// fills it through m_pos and commit() cuts the array to what was written.
void JsonWriter::makeRoom(qsizetype n)
{
    const qsizetype used = m_pos ? m_pos - m_out->constData() : m_out->size();
    m_out->resize(used);
    // At least doubling, so that a long text costs a few reallocations, not one a token.
    if (m_out->capacity() - used < n)
        m_out->reserve(qMax(used + n, 2 * m_out->capacity()));
    m_out->resize(m_out->capacity());
    m_pos = m_out->data() + used;
    m_end = m_out->data() + m_out->size();
}

void JsonWriter::commit()
{
    if (m_pos)
        m_out->resize(m_pos - m_out->constData());
    m_pos = nullptr;
    m_end = nullptr;
}

void JsonWriter::put(QByteArrayView bytes)
{
    if (!bytes.isEmpty()) // an empty view's data() may be null, which memcpy does not take
        std::memcpy(grow(bytes.size()), bytes.data(), size_t(bytes.size()));
}

// ",\n" (or "\n" alone) and the indentation of `level`, appended in one piece: this runs for
// every value of the report.
void JsonWriter::lineBreak(bool comma, int level)
{
    const qsizetype spaces = qsizetype(4) * level;
    const qsizetype fromPad = qMin(spaces, PadSpaces);
    const char *pad = padding();
    if (comma)
        put(QByteArrayView(pad, 2 + fromPad));
    else
        put(QByteArrayView(pad + 1, 1 + fromPad));
    if (spaces > fromPad)
        std::memset(grow(spaces - fromPad), ' ', size_t(spaces - fromPad));
}

// The comma before every member or element but the first, then its own line when indented.
void JsonWriter::separator()
{
    Frame &f = m_frames.last();
    const bool first = f.count == 0;
    ++f.count;
    if (m_indented)
        lineBreak(!first, m_base + int(m_frames.size()));
    else if (!first)
        put(',');
}

void JsonWriter::beforeValue()
{
    // In an object the key has placed the value; in an array each element starts its line.
    if (!m_frames.isEmpty() && !m_frames.last().object)
        separator();
}

// "\n" after the last member or element, or after the bracket when there is none, as QJsonDocument.
void JsonWriter::closeFrame()
{
    if (m_indented)
        lineBreak(false, m_base + int(m_frames.size()));
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    Frame f;
    f.object = true;
    m_frames.append(f);
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_frames.isEmpty() && m_frames.last().object);
    m_frames.removeLast();
    closeFrame();
    put('}');
    valueDone();
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_frames.append(Frame());
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_frames.isEmpty() && !m_frames.last().object);
    m_frames.removeLast();
    closeFrame();
    put(']');
    valueDone();
}

void JsonWriter::checkKeyOrder(const QString &name)
{
#ifndef QT_NO_DEBUG
    Q_ASSERT(!m_frames.isEmpty() && m_frames.last().object);
    Frame &f = m_frames.last();
    if (f.count > 0 && !(f.lastKey < name))
        qFatal("JsonWriter: key \"%s\" after \"%s\"", qPrintable(name), qPrintable(f.lastKey));
    f.lastKey = name;
#else
    Q_UNUSED(name);
#endif
}

void JsonWriter::key(QLatin1StringView name)
{
#ifndef QT_NO_DEBUG
    checkKeyOrder(QString(name));
#endif
    separator();
    const QByteArrayView bytes(name.data(), name.size());
    if (!isPlain(bytes)) {
        put('"');
        escapeAscii(bytes);
        put(m_indented ? QByteArrayView("\": ") : QByteArrayView("\":"));
        return;
    }
    plainKey(bytes);
}

void JsonWriter::key(PlainKey name)
{
#ifndef QT_NO_DEBUG
    checkKeyOrder(QString(name.text()));
#endif
    separator();
    plainKey(QByteArrayView(name.text().data(), name.text().size()));
}

void JsonWriter::plainKey(QByteArrayView bytes)
{
    char *o = grow(bytes.size() + (m_indented ? 4 : 3));
    *o++ = '"';
    if (!bytes.isEmpty())
        std::memcpy(o, bytes.data(), size_t(bytes.size()));
    o += bytes.size();
    *o++ = '"';
    *o++ = ':';
    if (m_indented)
        *o = ' ';
}

void JsonWriter::key(QStringView name)
{
#ifndef QT_NO_DEBUG
    checkKeyOrder(name.toString());
#endif
    separator();
    quoted(name);
    put(m_indented ? QByteArrayView(": ") : QByteArrayView(":"));
}

void JsonWriter::escapeAscii(QByteArrayView text)
{
    // The common case: nothing to escape.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(text.sliced(start, i - start));
        const char16_t u = c;
        shrinkTo(escapeTo(grow(6), QStringView(&u, 1)));
        start = i + 1;
    }
    put(text.sliced(start));
}

// `text` in quotes, written into room for the worst case; what is left over is given back.
void JsonWriter::quoted(QStringView text)
{
    char *o = grow(2 + 6 * text.size());
    *o++ = '"';
    o = escapeTo(o, text);
    *o++ = '"';
    shrinkTo(o);
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    quoted(text);
    valueDone();
}

void JsonWriter::value(QLatin1StringView text)
{
    latin1(QByteArrayView(text.data(), text.size()));
}

void JsonWriter::asciiValue(QByteArrayView text)
{
    beforeValue();
    if (isPlain(text)) {
        char *o = grow(text.size() + 2);
        *o++ = '"';
        if (!text.isEmpty())
            std::memcpy(o, text.data(), size_t(text.size()));
        o[text.size()] = '"';
    } else {
        put('"');
        escapeAscii(text);
        put('"');
    }
    valueDone();
}

void JsonWriter::utf8(QByteArrayView text)
{
    // ASCII reads the same in every encoding: escape it without converting.
    if (isAscii(text))
        asciiValue(text);
    else
        value(QString::fromUtf8(text));
}

void JsonWriter::latin1(QByteArrayView text)
{
    if (isAscii(text))
        asciiValue(text);
    else
        value(QString::fromLatin1(text));
}

void JsonWriter::value(bool b)
{
    beforeValue();
    put(b ? QByteArrayView("true") : QByteArrayView("false"));
    valueDone();
}

void JsonWriter::integer(qint64 n)
{
    beforeValue();
    // As QByteArray::number(n) writes it, without the temporary array.
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
    put(QByteArrayView(digits, r.ptr - digits));
    valueDone();
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        value(v.toBool());
        return;
    case QJsonValue::Double:
        value(v.toDouble());
        return;
    case QJsonValue::String:
        value(v.toString());
        return;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &element : array)
            value(element);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    null();
}

void JsonWriter::json(QByteArrayView text)
{
    beforeValue();
    put(text);
    valueDone();
}

void JsonWriter::json(std::initializer_list<QByteArrayView> pieces)
{
    beforeValue();
    qsizetype size = 0;
    for (const QByteArrayView piece : pieces)
        size += piece.size();
    char *o = grow(size);
    for (const QByteArrayView piece : pieces) {
        if (!piece.isEmpty())
            std::memcpy(o, piece.data(), size_t(piece.size()));
        o += piece.size();
    }
    valueDone();
}

void JsonWriter::value(double d)
{
    // QJsonValue keeps a whole number that a double holds exactly (|d| <= 2^53) as an integer.
    constexpr double exact = 9007199254740992.0;
    if (!std::isfinite(d))
        null();
    else if (std::trunc(d) == d && std::fabs(d) <= exact)
        integer(qint64(d));
    else
        json(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::null()
{
    beforeValue();
    put(QByteArrayView("null"));
    valueDone();
}

void JsonWriter::stringOrNull(const QString &text)
{
    if (text.isNull())
        null();
    else
        value(text);
}

void JsonWriter::textOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonWriter::stringList(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

void JsonWriter::stringMap(const QList<QPair<QString, QString>> &pairs)
{
    beginObject();
    for (const qsizetype i : membersInOrder(pairs, [](const QPair<QString, QString> &p) -> const QString & { return p.first; }, Keep::Last)) {
        key(QStringView(pairs.at(i).first));
        value(pairs.at(i).second);
    }
    endObject();
}

} // namespace kensa
