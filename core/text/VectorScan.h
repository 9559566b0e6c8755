#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kensa {

// Byte scans over mail text that run in vector registers: 64-byte blocks with AVX2 when the CPU
// has it (chosen at run time), SSE2 otherwise, a byte loop on other targets. The DKIM hot path
// and every pasted or loaded file go through here (the design of commit eeac3c5). The short scans
// are inline: relaxed canonicalisation calls them once per word.
namespace VectorScan {

bool hasAvx2();

// The first byte in [p, e) that DKIM canonicalisation changes (RFC 6376 §3.4.4, §3.4.3): a LF
// without a CR before it, and with `relaxed` also a tab, two adjacent spaces, or a space before
// a CR. `p` is the start of a line. Returns e when there is none.
const char *findCanonicalChange(const char *p, const char *e, bool relaxed);

// True when every line ending in [p, e) is CRLF: no LF without a CR before it, no CR without a
// LF after it.
bool allCrlf(const char *p, const char *e);

// The first WSP run in [p, e) that relaxed canonicalisation rewrites: a tab, or a space followed
// by WSP. A lone space stays as it is. Spaces in text are too irregular for a byte loop's branch
// predictor, hence the vector compare.
inline const char *findWspRun(const char *p, const char *e)
{
#if defined(__SSE2__)
    const __m128i spaces = _mm_set1_epi8(' ');
    const __m128i tabs = _mm_set1_epi8('\t');
    while (e - p >= 17) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1));
        const __m128i nextWsp
            = _mm_or_si128(_mm_cmpeq_epi8(next, spaces), _mm_cmpeq_epi8(next, tabs));
        const __m128i run = _mm_or_si128(
            _mm_cmpeq_epi8(v, tabs), _mm_and_si128(_mm_cmpeq_epi8(v, spaces), nextWsp));
        if (const int bits = _mm_movemask_epi8(run))
            return p + __builtin_ctz(unsigned(bits));
        p += 16;
    }
#endif
    for (; p < e; ++p) {
        if (*p == '\t' || (*p == ' ' && p + 1 < e && (p[1] == ' ' || p[1] == '\t')))
            return p;
    }
    return e;
}

// The LF bytes in [p, e): the lines a scan skipped, counted without a call a line.
inline qsizetype countLineFeeds(const char *p, const char *e)
{
    qsizetype n = 0;
#if defined(__SSE2__)
    const __m128i lfs = _mm_set1_epi8('\n');
    while (e - p >= 16) {
        // Each byte of the sum counts one lane's LFs, so it is added up before 256 blocks.
        const char *stop = p + 16 * qMin<qsizetype>((e - p) / 16, 255);
        __m128i counts = _mm_setzero_si128();
        for (; p < stop; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, lfs));
        }
        const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        n += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; p < e; ++p)
        n += *p == '\n';
    return n;
}

// The first SP, HTAB, CR or LF in [p, e), or e.
inline const char *findWspOrLineBreak(const char *p, const char *e)
{
#if defined(__SSE2__)
    const __m128i spaces = _mm_set1_epi8(' ');
    const __m128i tabs = _mm_set1_epi8('\t');
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i wsp = _mm_or_si128(_mm_cmpeq_epi8(v, spaces), _mm_cmpeq_epi8(v, tabs));
        const __m128i breaks = _mm_or_si128(_mm_cmpeq_epi8(v, crs), _mm_cmpeq_epi8(v, lfs));
        if (const int bits = _mm_movemask_epi8(_mm_or_si128(wsp, breaks)))
            return p + __builtin_ctz(unsigned(bits));
        p += 16;
    }
#endif
    while (p < e && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
        ++p;
    return p;
}

#if defined(__SSE2__)
// 0xFF in each byte of `v` that is in the base64 alphabet (A-Z, a-z, 0-9, "+", "/"; RFC 4648
// §4), 0 elsewhere. Signed compares: a byte of 0x80 and above is negative, below every range.
inline __m128i base64SymbolBytes(__m128i v)
{
    const auto within = [](__m128i x, char lo, char hi) {
        return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(char(lo - 1))),
                             _mm_cmplt_epi8(x, _mm_set1_epi8(char(hi + 1))));
    };
    // Setting bit 5 folds the capitals onto the small letters, and no other byte onto them.
    const __m128i letters = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    const __m128i others = _mm_or_si128(within(v, '0', '9'),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')), _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))));
    return _mm_or_si128(letters, others);
}
#endif

// The first byte in [p, e) outside the base64 alphabet, or e. Base64 bodies are lines of 76
// symbols: sixteen bytes a compare instead of a table look-up a byte.
inline const char *skipBase64Symbols(const char *p, const char *e)
{
#if defined(__SSE2__)
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int symbols = _mm_movemask_epi8(base64SymbolBytes(v));
        if (symbols != 0xFFFF)
            return p + __builtin_ctz(unsigned(~symbols));
        p += 16;
    }
#endif
    for (; p < e; ++p) {
        const char c = *p;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return p;
    }
    return e;
}

// What whole 64-byte blocks of base64 text held (skipBase64Blocks).
struct Base64Blocks
{
    qsizetype symbols = 0;
    int lineFeeds = 0;
    int lineFeedsBeforeLastSymbol = -1; // -1: no symbol
};

// Skips whole 64-byte blocks from `p` in which every byte is a base64 symbol or a line break or
// space (CR, LF, SP, HTAB), adding up what they held into `blocks`. Returns the first block with
// anything else (the padding, a stray byte), or where fewer than 64 bytes are left. A body is
// read at memory speed, where skipBase64Symbols() stops at every line end.
const char *skipBase64Blocks(const char *p, const char *e, Base64Blocks &blocks);

// ASCII only and no "=?" that could open an RFC 2047 encoded-word: one pass, where a generic
// substring search would cost more than the check for non-ASCII bytes.
inline bool isPlainAscii(QByteArrayView value)
{
    const char *p = value.data();
    const char *const e = p + value.size();
#if defined(__SSE2__)
    const __m128i equals = _mm_set1_epi8('=');
    const __m128i question = _mm_set1_epi8('?');
    while (e - p >= 17) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1));
        // The sign bit is set for bytes 0x80 and up.
        const __m128i opens
            = _mm_and_si128(_mm_cmpeq_epi8(v, equals), _mm_cmpeq_epi8(next, question));
        if (_mm_movemask_epi8(_mm_or_si128(v, opens)))
            return false;
        p += 16;
    }
#endif
    for (; p < e; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80 || (c == '=' && p + 1 < e && p[1] == '?'))
            return false;
    }
    return true;
}

} // namespace VectorScan

} // namespace kensa
