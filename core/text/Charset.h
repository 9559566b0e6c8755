#pragma once

#include <QByteArrayView>
#include <QString>

namespace kensa {

// Bytes to text by MIME charset name (RFC 2978 names and their common aliases), through
// QStringDecoder, which Debian's Qt backs with ICU (ISO-2022-JP, Shift_JIS, EUC-JP work).
class Charset
{
public:
    struct Decoded
    {
        QString text;
        bool known = true;    // false: the charset is unknown; text is the bytes as Latin-1
        bool clean = true;    // false: some bytes were invalid in that charset
    };

    // Decodes `bytes` in `charset` (case-insensitive; "utf8", "x-sjis", "cp932" and such aliases
    // accepted). An empty charset means US-ASCII with UTF-8 tolerated (RFC 6532).
    static Decoded decode(QByteArrayView bytes, QByteArrayView charset);
    static bool isKnown(QByteArrayView charset);
    // True when `bytes` contain ISO-2022-JP escape sequences (ESC $ B, ESC $ @, ESC ( J ...).
    static bool looksLikeIso2022Jp(QByteArrayView bytes);
    // Text for bytes that carry no charset label: valid UTF-8 as UTF-8, ISO-2022-JP escapes as
    // ISO-2022-JP, other 8-bit bytes as EUC-JP or Shift_JIS (CP932) when one of them decodes
    // them cleanly into Japanese text, anything else as Latin-1 (never dropped).
    static QString decodeUnlabelled(QByteArrayView bytes);
};

} // namespace kensa
