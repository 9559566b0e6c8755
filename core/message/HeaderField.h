#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>

namespace kensa {

// One header field exactly as it stands in the message. `raw` holds every byte of the field:
// name, colon, the folded value and the line ending of each physical line (DKIM and ARC hash
// these bytes as they are).
struct HeaderField
{
    QByteArray raw;
    int nameLength = 0;      // bytes of the field name (before the colon)
    int line = 0;            // 1-based line of the first physical line
    qsizetype offset = 0;    // byte offset of the field in the message
    QString displayValue;    // unfolded, RFC 2047 decoded, for showing to people
    bool undecodableCharset = false; // an encoded-word named a charset we cannot decode

    QByteArray name() const { return raw.left(nameLength); }
    QByteArrayView nameView() const { return QByteArrayView(raw).first(nameLength); } // no copy
    bool hasName(QByteArrayView other) const;       // case-insensitive comparison
    bool nameStartsWith(QByteArrayView prefix) const; // the same, of the name's start
    QString nameText() const { return QString::fromLatin1(name()); }

    // The bytes after the colon up to (not including) the final line ending, folding kept.
    QByteArray rawValue() const;
    // RFC 5322 §2.2.3: remove every CRLF that is followed by WSP.
    QByteArray unfoldedValue() const;
    // Number of physical lines the field spans.
    int lineCount() const;

    // A folded value unfolded for a parser that reports positions: the text, where each further
    // physical line starts in it (so an offset maps back to a line), and whether it was cut at
    // `limit` bytes.
    struct Unfolded
    {
        QByteArray value;
        QList<qsizetype> folds; // offsets in `value` where the 2nd, 3rd ... physical line starts
        qsizetype fullLength = 0; // bytes of the folded input
        bool cut = false;
    };
    static Unfolded unfold(QByteArrayView folded, qsizetype limit);

    bool operator==(const HeaderField &) const = default;
};

QDebug operator<<(QDebug dbg, const HeaderField &field);

} // namespace kensa
