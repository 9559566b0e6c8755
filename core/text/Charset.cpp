#include "core/text/Charset.h"

#include <QByteArray>
#include <QStringDecoder>

#include <cstring>

namespace kensa {

namespace {

constexpr char Esc = '\x1b';
constexpr char16_t IcuSubstitute = 0x1a;

// Charset names are short tokens (RFC 2978 §2.3: at most 40 characters); anything longer or
// holding bytes outside printable ASCII is not a name QStringDecoder should be asked about.
constexpr qsizetype MaxCharsetNameLength = 64;

enum class Route { AsciiTolerant, Named, Unknown };

struct Resolved
{
    Route route = Route::Unknown;
    QByteArray name; // the name QStringDecoder knows, for Route::Named
};

// Lower case, surrounding whitespace and quotes removed: `"UTF-8" ` -> `utf-8`.
QByteArray normalizedName(QByteArrayView charset)
{
    QByteArrayView name = charset.trimmed();
    while (name.size() >= 2
        && ((name.front() == '"' && name.back() == '"')
            || (name.front() == '\'' && name.back() == '\''))) {
        name = name.sliced(1, name.size() - 2).trimmed();
    }
    QByteArray lower(name.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return lower;
}

bool isPlausibleName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > MaxCharsetNameLength)
        return false;
    for (const char c : name) {
        if (c <= ' ' || c >= 0x7f || c == '"' || c == '\'' || c == '?' || c == '=')
            return false;
    }
    return true;
}

bool decoderKnows(const char *name)
{
    return QStringDecoder(name).isValid();
}

template <std::size_t N> bool isOneOf(const QByteArray &name, const char *const (&aliases)[N])
{
    for (const char *alias : aliases) {
        if (name == alias)
            return true;
    }
    return false;
}

Resolved resolve(QByteArrayView charset)
{
    const QByteArray name = normalizedName(charset);
    // RFC 6532 §3.2: unlabelled header text is US-ASCII with UTF-8 allowed, and us-ascii labels
    // on 8-bit text are common enough to get the same treatment.
    static const char *const asciiAliases[] = {"us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "ansi_x3.4-1986",
        "iso646-us",
        "iso_646.irv:1991",
        "iso-ir-6",
        "us",
        "csascii",
        "cp367",
        "ibm367"};
    if (name.isEmpty() || isOneOf(name, asciiAliases))
        return {Route::AsciiTolerant, {}};
    if (!isPlausibleName(name))
        return {Route::Unknown, {}};

    static const char *const utf8Aliases[]
        = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"};
    if (isOneOf(name, utf8Aliases))
        return {Route::Named, QByteArrayLiteral("UTF-8")};

    // ICU's Shift_JIS converter (ibm-943) already decodes the Windows-31J (cp932) extensions
    // (NEC row 13, IBM extensions), so every Shift_JIS spelling goes to the superset.
    static const char *const sjisAliases[] = {"shift_jis",
        "shift-jis",
        "sjis",
        "x-sjis",
        "ms_kanji",
        "csshiftjis",
        "x-shift_jis",
        "cp932",
        "ms932",
        "windows-31j",
        "windows-932",
        "x-ms-cp932",
        "cswindows31j"};
    if (isOneOf(name, sjisAliases)) {
        if (decoderKnows("windows-31j"))
            return {Route::Named, QByteArrayLiteral("windows-31j")};
        return {Route::Named, QByteArrayLiteral("Shift_JIS")};
    }

    static const char *const eucJpAliases[]
        = {"euc-jp", "eucjp", "x-euc-jp", "x-eucjp", "cseucpkdfmtjapanese"};
    if (isOneOf(name, eucJpAliases))
        return {Route::Named, QByteArrayLiteral("EUC-JP")};

    // Microsoft's CP5022x are ISO-2022-JP with extensions that ICU's converter also decodes.
    static const char *const jisAliases[] = {"cp50220", "cp50221", "cp50222", "csiso2022jp"};
    if (name.startsWith("iso-2022-jp") || isOneOf(name, jisAliases)) {
        if (name.startsWith("iso-2022-jp") && decoderKnows(name.constData()))
            return {Route::Named, name};
        return {Route::Named, QByteArrayLiteral("ISO-2022-JP")};
    }

    // WHATWG Encoding §4.2: these labels name supersets that mailers actually emit.
    static const char *const latin1Aliases[]
        = {"iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp819", "ibm819"};
    if (isOneOf(name, latin1Aliases) && decoderKnows("windows-1252"))
        return {Route::Named, QByteArrayLiteral("windows-1252")};
    static const char *const gbAliases[] = {"gb2312",
        "csgb2312",
        "gbk",
        "x-gbk",
        "cp936",
        "ms936",
        "windows-936",
        "chinese",
        "euc-cn",
        "gb_2312-80"};
    if (isOneOf(name, gbAliases) && decoderKnows("GB18030"))
        return {Route::Named, QByteArrayLiteral("GB18030")};
    static const char *const krAliases[] = {"euc-kr",
        "ks_c_5601-1987",
        "ks_c_5601-1989",
        "ksc5601",
        "korean",
        "csksc56011987",
        "cseuckr"};
    if (isOneOf(name, krAliases) && decoderKnows("windows-949"))
        return {Route::Named, QByteArrayLiteral("windows-949")};
    if (name == "big5" && decoderKnows("Big5-HKSCS"))
        return {Route::Named, QByteArrayLiteral("Big5-HKSCS")};

    if (decoderKnows(name.constData()))
        return {Route::Named, name};
    return {Route::Unknown, {}};
}

bool isSevenBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The converter signals bytes it could not map with U+FFFD, or with U+001A for ICU's
// multibyte tables, and drops a character cut off at the end: make each visible as U+FFFD.
void markErrors(QString &text, QByteArrayView bytes)
{
    if (std::memchr(bytes.data(), IcuSubstitute, size_t(bytes.size())) == nullptr)
        text.replace(QChar(IcuSubstitute), QChar::ReplacementCharacter);
    if (!text.contains(QChar::ReplacementCharacter))
        text.append(QChar::ReplacementCharacter);
}

Charset::Decoded decodeNamed(QByteArrayView bytes, const char *name)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return {QString::fromLatin1(bytes), false, true};
    QString text = decoder(bytes);
    const bool clean = !decoder.hasError();
    if (!clean)
        markErrors(text, bytes);
    return {text, true, clean};
}

// UTF-8 text, or an empty string and `ok` false when the bytes are not valid UTF-8.
QString strictUtf8(QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

Charset::Decoded decodeAsciiTolerant(QByteArrayView bytes)
{
    if (isSevenBit(bytes)) {
        // RFC 1468 text is 7-bit, and Japanese mail does arrive labelled us-ascii.
        if (Charset::looksLikeIso2022Jp(bytes))
            return decodeNamed(bytes, "ISO-2022-JP");
        return {QString::fromLatin1(bytes), true, true};
    }
    bool ok = false;
    QString text = strictUtf8(bytes, &ok);
    if (ok)
        return {text, true, true};
    return {QString::fromLatin1(bytes), true, false};
}

// How Japanese a decoded text looks: characters of Japanese text count for it; characters that a
// wrong guess produces (private use, controls, replacement) rule the guess out. Half-width
// katakana count for neither: Latin-1 letters read as Shift_JIS become them.
int japaneseScore(const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t') || (u >= 0x7f && u < 0xa0) || c.isSurrogate()
            || (u >= 0xe000 && u <= 0xf8ff) || u == 0xfffd) {
            return -1;
        }
        if ((u >= 0x3000 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)
            || (u >= 0xff01 && u <= 0xff60) || (u >= 0x2460 && u <= 0x24ff)
            || (u >= 0x2160 && u <= 0x217f) || (u >= 0x3200 && u <= 0x33ff)
            || (u >= 0x2500 && u <= 0x257f) || (u >= 0xf900 && u <= 0xfaff)
            || (u >= 0x0391 && u <= 0x03c9) || (u >= 0x0410 && u <= 0x044f)) {
            ++score;
        }
    }
    return score;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Whether the bytes hold a Shift_JIS character from the first lead bytes (0x81-0x9F: symbols,
// kana, JIS level 1 kanji, the NEC row), as all Japanese text does. Latin-1 letters read as
// Shift_JIS only give half-width katakana, level 2 and IBM kanji or user-defined characters,
// and a Windows-1252 quote inside a word ("It's") pairs with the next letter, so those do not count.
bool hasCommonShiftJis(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc)) {
            if (i + 1 >= bytes.size())
                return false;
            const bool insideWord
                = i > 0 && isAsciiLetter(bytes[i - 1]) && isAsciiLetter(bytes[i + 1]);
            if (c <= 0x9f && !insideWord)
                return true;
            i += 2;
        } else {
            ++i;
        }
    }
    return false;
}

// The same for EUC-JP: a pair from rows 1-47 (symbols, kana, JIS level 1 kanji).
bool hasCommonEucJp(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0xa1 && c <= 0xfe) {
            if (c <= 0xcf)
                return true;
            i += 2;
        } else if (c == 0x8e) {
            i += 2; // SS2: half-width katakana
        } else if (c == 0x8f) {
            i += 3; // SS3: JIS X 0212
        } else {
            ++i;
        }
    }
    return false;
}

// Raw 8-bit text that is not UTF-8, read as EUC-JP or Shift_JIS (CP932), the two 8-bit charsets
// of Japanese mail: the one whose decoding is valid and looks most like Japanese text; a null
// string when neither does (Latin-1 text, say, stays Latin-1).
QString decodeJapanese(QByteArrayView bytes)
{
    static const char *const sjis = decoderKnows("windows-31j") ? "windows-31j" : "Shift_JIS";
    struct Candidate
    {
        const char *name;
        bool plausible;
    };
    const Candidate candidates[]
        = {{"EUC-JP", hasCommonEucJp(bytes)}, {sjis, hasCommonShiftJis(bytes)}};
    QString best;
    int bestScore = 0;
    for (const Candidate &candidate : candidates) {
        if (!candidate.plausible)
            continue;
        Charset::Decoded decoded = decodeNamed(bytes, candidate.name);
        if (!decoded.known || !decoded.clean)
            continue;
        const int score = japaneseScore(decoded.text);
        // Ties go to EUC-JP: its byte pairs are also valid Shift_JIS (as half-width katakana
        // and kanji), much more rarely the other way round.
        if (score > bestScore) {
            bestScore = score;
            best = std::move(decoded.text);
        }
    }
    return best;
}

} // namespace

Charset::Decoded Charset::decode(QByteArrayView bytes, QByteArrayView charset)
{
    const Resolved resolved = resolve(charset);
    switch (resolved.route) {
    case Route::AsciiTolerant:
        return decodeAsciiTolerant(bytes);
    case Route::Named:
        return decodeNamed(bytes, resolved.name.constData());
    case Route::Unknown:
        break;
    }
    return {QString::fromLatin1(bytes), false, true};
}

bool Charset::isKnown(QByteArrayView charset)
{
    return resolve(charset).route != Route::Unknown;
}

bool Charset::looksLikeIso2022Jp(QByteArrayView bytes)
{
    // RFC 1468: ESC $ @ and ESC $ B start JIS X 0208, ESC ( B and ESC ( J return to ASCII
    // and JIS X 0201 Roman; ESC ( I (katakana) and ESC $ ( D (JIS X 0212) come from its extensions.
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, Esc, size_t(size - pos));
        if (hit == nullptr)
            return false;
        const qsizetype at = static_cast<const char *>(hit) - data;
        const QByteArrayView rest = bytes.sliced(at + 1);
        if (rest.startsWith("$B") || rest.startsWith("$@") || rest.startsWith("(B")
            || rest.startsWith("(J") || rest.startsWith("(I") || rest.startsWith("$(D")) {
            return true;
        }
        pos = at + 1;
    }
    return false;
}

QString Charset::decodeUnlabelled(QByteArrayView bytes)
{
    if (isSevenBit(bytes)) {
        if (looksLikeIso2022Jp(bytes))
            return decodeNamed(bytes, "ISO-2022-JP").text;
        return QString::fromLatin1(bytes);
    }
    // RFC 6532 §3.2: 8-bit header text is UTF-8 when it is valid UTF-8.
    bool ok = false;
    QString text = strictUtf8(bytes, &ok);
    if (ok)
        return text;
    // Not RFC 2047 nor RFC 6532, but what Japanese mailers long sent in headers.
    QString japanese = decodeJapanese(bytes);
    if (!japanese.isNull())
        return japanese;
    return QString::fromLatin1(bytes);
}

} // namespace kensa
