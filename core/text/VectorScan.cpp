#include "core/text/VectorScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// AVX2 code is chosen at run time; -DKENSA_HAVE_AVX2=0 builds (and tests) the SSE2 path alone.
#if !defined(KENSA_HAVE_AVX2)
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define KENSA_HAVE_AVX2 1
#else
#define KENSA_HAVE_AVX2 0
#endif
#endif
#if KENSA_HAVE_AVX2
#include <immintrin.h>
#endif

namespace kensa {

namespace {

#if defined(__SSE2__)
// Bit i set where byte i of the 64 bytes in v0..v3 equals the byte in `c`.
inline quint64 mask64(__m128i v0, __m128i v1, __m128i v2, __m128i v3, __m128i c)
{
    const auto bits
        = [c](__m128i v) { return quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))); };
    return bits(v0) | bits(v1) << 16 | bits(v2) << 32 | bits(v3) << 48;
}

// ---------------------------------------------------------------------------------------------
// Canonicalisation changes (DKIM)

// Where the bytes CR, LF, SP and HTAB are in 64 bytes: bit i stands for the i-th byte.
struct ByteClasses
{
    quint64 cr = 0;
    quint64 lf = 0;
    quint64 sp = 0;
    quint64 tab = 0;
};

// The first change in a 64-byte block, nullptr for none. The byte before the block is carried
// in: a LF needs the CR before it, and a space at the block's end is judged by the next block's
// first byte. `p` is the block.
inline const char *firstChange(
    const char *p, const ByteClasses &k, bool relaxed, ByteClasses &carry)
{
    quint64 changed = k.lf & ~(k.cr << 1 | carry.cr);
    if (relaxed) {
        if (carry.sp & (k.sp | k.cr))
            return p - 1;
        changed |= k.tab | (k.sp & ((k.sp | k.cr) >> 1));
    }
    carry.cr = k.cr >> 63;
    carry.sp = k.sp >> 63;
    return changed ? p + __builtin_ctzll(changed) : nullptr;
}

// Scans 64-byte blocks from `p` (the start of a line): returns the first change, or nullptr with
// `p` moved to where fewer than 64 bytes are left.
const char *changeBlocks(const char *&p, const char *e, bool relaxed)
{
    ByteClasses carry;
    for (; e - p >= 64; p += 64) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
        const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 32));
        const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 48));
        ByteClasses k;
        k.cr = mask64(v0, v1, v2, v3, _mm_set1_epi8('\r'));
        k.lf = mask64(v0, v1, v2, v3, _mm_set1_epi8('\n'));
        if (relaxed) {
            k.sp = mask64(v0, v1, v2, v3, _mm_set1_epi8(' '));
            k.tab = mask64(v0, v1, v2, v3, _mm_set1_epi8('\t'));
        }
        if (const char *change = firstChange(p, k, relaxed, carry))
            return change;
    }
    return nullptr;
}

#if KENSA_HAVE_AVX2
// The changes among the 32 bytes at `p`, with p[32] readable: bit i for p + i. The compares pair
// each byte with the next in the vector registers, so a block costs two movemasks, not four.
[[gnu::target("avx2")]] inline quint64 changes32(const char *p, bool relaxed)
{
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 1));
    const __m256i crs = _mm256_set1_epi8('\r');
    // A LF after anything but a CR, flagged one byte on, at the LF.
    const __m256i loneLf = _mm256_andnot_si256(
        _mm256_cmpeq_epi8(v, crs), _mm256_cmpeq_epi8(next, _mm256_set1_epi8('\n')));
    quint64 changed = quint64(unsigned(_mm256_movemask_epi8(loneLf))) << 1;
    if (relaxed) {
        const __m256i spaces = _mm256_set1_epi8(' ');
        const __m256i beforeSpOrCr
            = _mm256_or_si256(_mm256_cmpeq_epi8(next, spaces), _mm256_cmpeq_epi8(next, crs));
        const __m256i runs = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\t')),
            _mm256_and_si256(_mm256_cmpeq_epi8(v, spaces), beforeSpOrCr));
        changed |= quint64(unsigned(_mm256_movemask_epi8(runs)));
    }
    return changed;
}

// changeBlocks() with 32-byte vectors that read one byte ahead, so that the scan keeps up with
// memory.
[[gnu::target("avx2")]] const char *changeBlocksAvx2(const char *&p, const char *e, bool relaxed)
{
    quint64 loneLfNext = 0; // a LF that starts the next block, without a CR before it
    for (; e - p >= 65; p += 64) {
        if (loneLfNext)
            return p;
        const quint64 high = changes32(p + 32, relaxed);
        if (const quint64 changed = changes32(p, relaxed) | high << 32)
            return p + __builtin_ctzll(changed);
        loneLfNext = high >> 32;
    }
    return loneLfNext ? p : nullptr;
}
#endif

// ---------------------------------------------------------------------------------------------
// Line endings (pastes)

// Checks one 64-byte block (bit i for byte i) and carries its last CR into the next: a lone LF
// has no CR before it, a lone CR no LF after it. `carryCr` is bit 0 when the byte before the
// block is a CR.
inline bool loneLineEnd(quint64 cr, quint64 lf, quint64 &carryCr)
{
    const quint64 loneLf = lf & ~(cr << 1 | carryCr);
    const quint64 loneCr = (cr & ~(lf >> 1) & ~(quint64(1) << 63)) | (carryCr & ~lf);
    carryCr = cr >> 63;
    return (loneLf | loneCr) != 0;
}

// Checks 64-byte blocks from `p` (not a LF): false on a lone line end, otherwise true with `p`
// moved to where fewer than 64 bytes are left and `carryCr` set when the byte before is a CR.
bool blocksCrlf(const char *&p, const char *e, quint64 &carryCr)
{
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    for (; e - p >= 64; p += 64) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
        const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 32));
        const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 48));
        if (loneLineEnd(mask64(v0, v1, v2, v3, crs), mask64(v0, v1, v2, v3, lfs), carryCr))
            return false;
    }
    return true;
}

#if KENSA_HAVE_AVX2
[[gnu::target("avx2")]] inline quint64 mask64Avx2(__m256i lo, __m256i hi, char c)
{
    const __m256i cs = _mm256_set1_epi8(c);
    return quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, cs))))
        | quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, cs)))) << 32;
}

// blocksCrlf() with 32-byte vectors, so that the scan keeps up with memory.
[[gnu::target("avx2")]] bool blocksCrlfAvx2(const char *&p, const char *e, quint64 &carryCr)
{
    for (; e - p >= 64; p += 64) {
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
        if (loneLineEnd(mask64Avx2(lo, hi, '\r'), mask64Avx2(lo, hi, '\n'), carryCr))
            return false;
    }
    return true;
}
#endif
#endif

#if defined(__SSE2__)
// ---------------------------------------------------------------------------------------------
// Base64 bodies

// The symbols, LFs and the other separators of one 64-byte block: bit i for byte i.
struct Base64Classes
{
    quint64 symbols = 0;
    quint64 lf = 0;
    quint64 other = 0; // CR, SP, HTAB
};

// False when the block holds a byte that is none of them; else adds the block to `blocks`.
inline bool addBase64Block(const Base64Classes &k, VectorScan::Base64Blocks &blocks)
{
    if (~(k.symbols | k.lf | k.other) != 0)
        return false;
    if (k.symbols) {
        const int last = 63 - __builtin_clzll(k.symbols);
        const quint64 before = last == 0 ? 0 : k.lf & (~quint64(0) >> (64 - last));
        blocks.lineFeedsBeforeLastSymbol = blocks.lineFeeds + __builtin_popcountll(before);
    }
    blocks.symbols += __builtin_popcountll(k.symbols);
    blocks.lineFeeds += __builtin_popcountll(k.lf);
    return true;
}

// Signed compares: a byte of 0x80 and above is negative, below every range, so no symbol.
inline __m128i base64Symbols(__m128i v)
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

const char *base64Blocks(const char *p, const char *e, VectorScan::Base64Blocks &blocks)
{
    for (; e - p >= 64; p += 64) {
        Base64Classes k;
        for (int part = 0; part < 4; ++part) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * part));
            const __m128i other = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
            const int shift = 16 * part;
            k.symbols |= quint64(unsigned(_mm_movemask_epi8(base64Symbols(v)))) << shift;
            k.lf |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))))) << shift;
            k.other |= quint64(unsigned(_mm_movemask_epi8(other))) << shift;
        }
        if (!addBase64Block(k, blocks))
            return p;
    }
    return p;
}

#if KENSA_HAVE_AVX2
[[gnu::target("avx2")]] inline quint64 bits32(__m256i v)
{
    return quint64(unsigned(_mm256_movemask_epi8(v)));
}

// Bytes from lo to hi, by signed compares as base64Symbols().
[[gnu::target("avx2")]] inline __m256i within(__m256i x, char lo, char hi)
{
    return _mm256_and_si256(_mm256_cmpgt_epi8(x, _mm256_set1_epi8(char(lo - 1))),
                            _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), x));
}

[[gnu::target("avx2")]] const char *base64BlocksAvx2(const char *p, const char *e, VectorScan::Base64Blocks &blocks)
{
    for (; e - p >= 64; p += 64) {
        Base64Classes k;
        for (int half = 0; half < 2; ++half) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * half));
            const __m256i letters = within(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 'z');
            const __m256i others = _mm256_or_si256(within(v, '0', '9'),
                _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('+')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('/'))));
            const __m256i other = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\r')),
                _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\t'))));
            const int shift = 32 * half;
            k.symbols |= bits32(_mm256_or_si256(letters, others)) << shift;
            k.lf |= bits32(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'))) << shift;
            k.other |= bits32(other) << shift;
        }
        if (!addBase64Block(k, blocks))
            return p;
    }
    return p;
}
#endif
#endif

} // namespace

const char *VectorScan::skipBase64Blocks(const char *p, const char *e, Base64Blocks &blocks)
{
#if defined(__SSE2__)
#if KENSA_HAVE_AVX2
    return VectorScan::hasAvx2() ? base64BlocksAvx2(p, e, blocks) : base64Blocks(p, e, blocks);
#else
    return base64Blocks(p, e, blocks);
#endif
#else
    Q_UNUSED(e);
    Q_UNUSED(blocks);
    return p;
#endif
}

bool VectorScan::hasAvx2()
{
#if KENSA_HAVE_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
#else
    return false;
#endif
}

const char *VectorScan::findCanonicalChange(const char *p, const char *e, bool relaxed)
{
    if (p < e && *p == '\n')
        return p; // an empty line ended by a bare LF
#if defined(__SSE2__)
    const char *const start = p;
#if KENSA_HAVE_AVX2
    if (const char *change
        = VectorScan::hasAvx2() ? changeBlocksAvx2(p, e, relaxed) : changeBlocks(p, e, relaxed))
        return change;
#else
    if (const char *change = changeBlocks(p, e, relaxed))
        return change;
#endif
    // The 16-byte blocks below overlap by one byte, so a pair across a block boundary is seen in
    // the next block; the first one starts on the last byte of the 64-byte blocks.
    if (p > start)
        --p;
    const __m128i spaces = _mm_set1_epi8(' ');
    const __m128i tabs = _mm_set1_epi8('\t');
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int sp = _mm_movemask_epi8(_mm_cmpeq_epi8(v, spaces));
        const int cr = _mm_movemask_epi8(_mm_cmpeq_epi8(v, crs));
        const int lf = _mm_movemask_epi8(_mm_cmpeq_epi8(v, lfs));
        int changed = lf & ~(cr << 1) & ~1;
        if (relaxed) {
            const int tb = _mm_movemask_epi8(_mm_cmpeq_epi8(v, tabs));
            changed |= tb | (sp & ((sp | cr) >> 1) & 0x7fff);
        }
        if (changed)
            return p + __builtin_ctz(unsigned(changed));
        p += 15;
    }
#endif
    for (; p < e; ++p) {
        const char c = *p;
        if (c == '\n' && p[-1] != '\r')
            return p;
        if (relaxed && (c == '\t' || (c == ' ' && p + 1 < e && (p[1] == ' ' || p[1] == '\r'))))
            return p;
    }
    return e;
}

bool VectorScan::allCrlf(const char *p, const char *e)
{
    if (p == e)
        return true;
    if (*p == '\n' || e[-1] == '\r')
        return false;
    const char *const begin = p;
#if defined(__SSE2__)
    // 64-byte blocks first: every file goes through here, and the scan should run at memory
    // speed. A CR at a block's end is carried into the next block.
    quint64 carryCr = 0;
#if KENSA_HAVE_AVX2
    if (!(VectorScan::hasAvx2() ? blocksCrlfAvx2(p, e, carryCr) : blocksCrlf(p, e, carryCr)))
        return false;
#else
    if (!blocksCrlf(p, e, carryCr))
        return false;
#endif
    // The 16-byte blocks below overlap by one byte so that each CR/LF pair is seen inside one
    // block; the first one starts on the last byte already checked for a lone LF.
    if (p > begin)
        --p;
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int cr = _mm_movemask_epi8(_mm_cmpeq_epi8(v, crs));
        const int lf = _mm_movemask_epi8(_mm_cmpeq_epi8(v, lfs));
        const int loneLf = lf & ~(cr << 1) & ~1; // bit 0 was checked in the previous block
        const int loneCr = cr & ~(lf >> 1) & 0x7fff; // bit 15 is checked in the next block
        if (loneLf | loneCr)
            return false;
        p += 15;
    }
    if (p > begin)
        --p;
#endif
    for (; p < e; ++p) {
        if (*p == '\n' && (p == begin || p[-1] != '\r'))
            return false;
        if (*p == '\r' && (p + 1 == e || p[1] != '\n'))
            return false;
    }
    return true;
}

} // namespace kensa
