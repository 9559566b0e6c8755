#include "core/report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QLocale>

#include <cmath>

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

} // namespace

JsonWriter::JsonWriter(QByteArray *out, Style style, int depth)
    : m_out(out), m_indented(style == Style::Indented), m_base(depth)
{
}

void JsonWriter::indent(int level)
{
    if (m_indented)
        m_out->append(qsizetype(4) * level, ' ');
}

void JsonWriter::separator()
{
    Frame &f = m_frames.last();
    if (f.count > 0)
        m_out->append(m_indented ? ",\n" : ",", m_indented ? 2 : 1);
    else if (m_indented)
        m_out->append('\n');
    ++f.count;
    indent(m_base + int(m_frames.size()));
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
    if (m_indented) {
        m_out->append('\n');
        indent(m_base + int(m_frames.size()));
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out->append('{');
    Frame f;
    f.object = true;
    m_frames.append(f);
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_frames.isEmpty() && m_frames.last().object);
    m_frames.removeLast();
    closeFrame();
    m_out->append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_frames.append(Frame());
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_frames.isEmpty() && !m_frames.last().object);
    m_frames.removeLast();
    closeFrame();
    m_out->append(']');
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
    m_out->append('"');
    escapeAscii(QByteArrayView(name.data(), name.size()));
    m_out->append(m_indented ? "\": " : "\":");
}

void JsonWriter::key(QStringView name)
{
#ifndef QT_NO_DEBUG
    checkKeyOrder(name.toString());
#endif
    separator();
    m_out->append('"');
    escape(name);
    m_out->append(m_indented ? "\": " : "\":");
}

void JsonWriter::escapeAscii(QByteArrayView text)
{
    // The common case: nothing to escape.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out->append(text.sliced(start, i - start));
        const char16_t u = c;
        escape(QStringView(&u, 1));
        start = i + 1;
    }
    m_out->append(text.sliced(start));
}

void JsonWriter::escape(QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                m_out->append(char(u));
                continue;
            }
            m_out->append('\\');
            switch (u) {
            case '"': m_out->append('"'); break;
            case '\\': m_out->append('\\'); break;
            case 0x8: m_out->append('b'); break;
            case 0xc: m_out->append('f'); break;
            case 0xa: m_out->append('n'); break;
            case 0xd: m_out->append('r'); break;
            case 0x9: m_out->append('t'); break;
            default: {
                const char e[5] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
                m_out->append(e, 5);
            }
            }
        } else if (u < 0x800) {
            m_out->append(char(0xc0 | (u >> 6)));
            m_out->append(char(0x80 | (u & 0x3f)));
        } else if (!QChar::isSurrogate(u)) {
            m_out->append(char(0xe0 | (u >> 12)));
            m_out->append(char(0x80 | ((u >> 6) & 0x3f)));
            m_out->append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            const char e[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                               char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
            m_out->append(e, 4);
        } else {
            // A lone surrogate is not UTF-8: QJsonDocument writes it as an escape.
            const char e[6] = {'\\', 'u', hexDigit((u >> 12) & 0xf), hexDigit((u >> 8) & 0xf),
                               hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf)};
            m_out->append(e, 6);
        }
    }
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_out->append('"');
    escape(text);
    m_out->append('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    latin1(QByteArrayView(text.data(), text.size()));
}

void JsonWriter::asciiValue(QByteArrayView text)
{
    beforeValue();
    m_out->append('"');
    escapeAscii(text);
    m_out->append('"');
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
    m_out->append(b ? "true" : "false");
}

void JsonWriter::integer(qint64 n)
{
    beforeValue();
    m_out->append(QByteArray::number(n));
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

void JsonWriter::value(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_out->append("null");
        return;
    }
    // QJsonValue keeps a whole number that a double holds exactly (|d| <= 2^53) as an integer.
    constexpr double exact = 9007199254740992.0;
    if (std::trunc(d) == d && std::fabs(d) <= exact)
        m_out->append(QByteArray::number(qint64(d)));
    else
        m_out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::null()
{
    beforeValue();
    m_out->append("null");
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

} // namespace kensa
