#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <type_traits>

namespace kensa {

// Writes JSON text straight into a byte array, in the exact form QJsonDocument::toJson() gives
// (Indented: 4 spaces a level, "key": value; Compact: no white space), without building a
// document first. The caller writes an object's keys in the order QJsonObject keeps them
// (ascending by UTF-16 code unit); debug builds check it. `out` holds the text once the
// outermost value is complete; until then the writer keeps room beyond it.
class JsonWriter
{
public:
    enum class Style { Indented, Compact };

    // `depth`: the nesting level the first value is written at (its own indentation is the
    // caller's), so that a value can be written as an element of an array written elsewhere.
    explicit JsonWriter(QByteArray *out, Style style = Style::Indented, int depth = 0);
    // A writer given up before its outermost value is closed still leaves `out` cut to the text.
    ~JsonWriter() { commit(); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    Style style() const { return m_indented ? Style::Indented : Style::Compact; }
    // The nesting level of the next value: a writer made with it writes that value's text alike.
    int depth() const { return m_base + int(m_frames.size()); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // A member name known to need no escaping: checked when the program is compiled (a name of
    // the schema, written as a literal), so that writing it does not look at its characters.
    class PlainKey
    {
    public:
        consteval PlainKey(const char *text, qsizetype size)
            : m_text(text, size)
        {
            for (qsizetype i = 0; i < size; ++i) {
                const char c = text[i];
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
                    throw "a PlainKey needs no escaping"; // stops the compilation
            }
        }
        constexpr QLatin1StringView text() const { return m_text; }
        constexpr operator QLatin1StringView() const { return m_text; }

    private:
        QLatin1StringView m_text;
    };

    void key(QLatin1StringView name);
    void key(QStringView name);
    void key(PlainKey name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(const char *) = delete; // say which encoding: QLatin1StringView or utf8()
    void utf8(QByteArrayView text);    // UTF-8 bytes, as QString::fromUtf8() would read them
    void latin1(QByteArrayView text);  // Latin-1 bytes, as QString::fromLatin1() would read them
    void value(bool b);
    template<typename T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
    void value(T n)
    {
        integer(qint64(n));
    }
    void integer(qint64 n);
    void value(double d); // as QJsonValue(double) prints it
    // A value built elsewhere as a QJsonValue (its objects' keys come sorted, as required).
    void value(const QJsonValue &v);
    // A value's text as a writer of this style wrote it at depth(), copied as it is.
    void json(QByteArrayView text);
    // One value whose text is these pieces one after the other (a cached frame around parts
    // written elsewhere), copied as they are.
    void json(std::initializer_list<QByteArrayView> pieces);
    void null();
    // A string, or null when it is null (QString::isNull()).
    void stringOrNull(const QString &text);
    // A string, or null when it is empty.
    void textOrNull(const QString &text);
    void stringList(const QStringList &list);
    // An object of string members from name/value pairs, as a QJsonObject filled by insert()
    // prints it: sorted by name, the last of equal names kept.
    void stringMap(const QList<QPair<QString, QString>> &pairs);

    // For an object whose members come from a list: the places of `items` in the order of their
    // keys (keyOf(item)), one per key, the first or the last of equal keys (QJsonObject::insert()
    // keeps the last, a "contains, else insert" loop the first).
    enum class Keep { First, Last };
    template<typename List, typename KeyOf>
    static QVarLengthArray<qsizetype, 16> membersInOrder(const List &items, KeyOf keyOf, Keep keep)
    {
        QVarLengthArray<qsizetype, 16> order(items.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return keyOf(items.at(a)) < keyOf(items.at(b)); });
        QVarLengthArray<qsizetype, 16> out;
        for (qsizetype i = 0; i < order.size(); ++i) {
            const auto &k = keyOf(items.at(order.at(i)));
            const bool sameAsNext = i + 1 < order.size() && keyOf(items.at(order.at(i + 1))) == k;
            const bool sameAsPrevious = i > 0 && keyOf(items.at(order.at(i - 1))) == k;
            if (keep == Keep::Last ? !sameAsNext : !sameAsPrevious)
                out.append(order.at(i));
        }
        return out;
    }

    // key + value in one call.
    template<typename T>
    void field(PlainKey name, const T &v)
    {
        key(name);
        value(v);
    }
    template<typename T>
    void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }
    template<typename T>
    void field(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }
    void nullField(QLatin1StringView name)
    {
        key(name);
        null();
    }
    void nullField(PlainKey name)
    {
        key(name);
        null();
    }

private:
    void beforeValue();
    void closeFrame();
    void checkKeyOrder(const QString &name);
    void escapeAscii(QByteArrayView text);
    void asciiValue(QByteArrayView text);
    void lineBreak(bool comma, int level);
    void plainKey(QByteArrayView bytes); // quotes, name and colon in one piece
    void separator();
    void quoted(QStringView text);
    // Makes the output `n` bytes longer and returns where the new bytes start; a caller that
    // writes fewer gives the rest back with shrinkTo().
    char *grow(qsizetype n)
    {
        if (m_end - m_pos < n)
            makeRoom(n);
        char *at = m_pos;
        m_pos += n;
        return at;
    }
    void shrinkTo(char *end) { m_pos = end; }
    void makeRoom(qsizetype n);
    void put(QByteArrayView bytes);
    void put(char c) { *grow(1) = c; }
    // After every value: the outermost one complete, `out` is cut to the text.
    void valueDone()
    {
        if (m_frames.isEmpty())
            commit();
    }
    void commit();

    QByteArray *m_out;
    // Writing goes through these pointers into room kept beyond the text: one QByteArray::resize
    // a token cost more than writing the token.
    char *m_pos = nullptr;
    char *m_end = nullptr;
    bool m_indented;
    int m_base;
    struct Frame
    {
        bool object = false;
        int count = 0;
#ifndef QT_NO_DEBUG
        QString lastKey;
#endif
    };
    QVarLengthArray<Frame, 16> m_frames;
};

} // namespace kensa
