#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace kensa {

// The lexical layer of structured header fields (RFC 5322 §3.2) that the field parsers share:
// the unfolded value with the way back to physical lines and columns, white space and control
// bytes, comments and quoted strings. Each parser (AuthResultsParser, ReceivedParser) keeps its
// own grammar and its own finding keys on top.
class FieldLexer
{
public:
    // `line` is the field's first physical line, `nameLength` the bytes of its name (columns on
    // the first line count from the start of the name).
    FieldLexer(int line, int nameLength)
        : m_line(line)
        , m_nameLength(nameLength)
    { }

    // The folded value after the colon; folds are removed here and remembered. At most
    // `maxBytes` are kept (cut() then says so).
    void setFolded(QByteArrayView value, qsizetype maxBytes);
    // A value already unfolded (no line information beyond the field's first line).
    void setUnfolded(QByteArrayView value, qsizetype maxBytes);

    const QByteArray &value() const { return m_value; }
    qsizetype size() const { return m_value.size(); }
    char at(qsizetype pos) const { return pos < m_value.size() ? m_value.at(pos) : '\0'; }
    QByteArrayView slice(qsizetype begin, qsizetype end) const
    {
        return QByteArrayView(m_value).sliced(begin, end - begin);
    }
    qsizetype fullLength() const { return m_fullLength; } // bytes of the value as given
    bool cut() const { return m_cut; }

    int line() const { return m_line; }
    int lineAt(qsizetype pos) const; // physical line of the byte at `pos`
    int columnAt(qsizetype pos) const; // 1-based column of the byte at `pos` on that line
    // Puts {line} (and {position} when pos >= 0) in front of a finding's arguments; returns
    // the line.
    int locate(QList<QPair<QString, QString>> &args, qsizetype pos) const;

    // RFC 5322 §3.2.2 comment opening at the "(" at `pos`: nested, with quoted-pairs.
    struct Comment
    {
        qsizetype end = 0; // one past the ")" that closes it, size() when never closed
        bool closed = false;
        bool tooDeep = false; // nested deeper than the limit given
    };
    Comment comment(qsizetype pos, int maxDepth) const;

    // RFC 5322 §3.2.4 quoted-string opening at the '"' at `pos`.
    struct Quoted
    {
        qsizetype end = 0; // one past the closing quote, size() when never closed
        bool closed = false;
        QByteArray content; // without the quotes and the backslashes of quoted-pairs
    };
    Quoted quoted(qsizetype pos) const;

    // SP and HTAB, and the CR and LF left after unfolding (bare ones).
    static bool isWsp(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
    // The other C0 controls and DEL.
    static bool isControl(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && !isWsp(c)) || u == 0x7f;
    }

private:
    int m_line;
    int m_nameLength;
    QByteArray m_value;
    QList<qsizetype> m_folds; // offsets in m_value where the 2nd, 3rd ... physical line starts
    qsizetype m_fullLength = 0;
    bool m_cut = false;
};

} // namespace kensa
