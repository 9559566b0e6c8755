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
// Bit i set where byte i of the 64 bytes in m0..m3 has its top bit (a compare's result).
inline quint64 bits64(__m128i m0, __m128i m1, __m128i m2, __m128i m3)
{
    const auto bits = [](__m128i m) { return quint64(unsigned(_mm_movemask_epi8(m))); };
    return bits(m0) | bits(m1) << 16 | bits(m2) << 32 | bits(m3) << 48;
}

// 64 bytes in four SSE2 registers.
struct Block64
{
    __m128i v0, v1, v2, v3;
};

inline Block64 load64(const char *p)
{
    const auto load = [p](int at) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at)); };
    return {load(0), load(16), load(32), load(48)};
}

// Bit i set where byte i of the 64 bytes in `b` equals the byte in `c`.
inline quint64 mask64(const Block64 &b, __m128i c)
{
    return bits64(_mm_cmpeq_epi8(b.v0, c), _mm_cmpeq_epi8(b.v1, c), _mm_cmpeq_epi8(b.v2, c), _mm_cmpeq_epi8(b.v3, c));
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
        const Block64 b = load64(p);
        ByteClasses k;
        k.cr = mask64(b, _mm_set1_epi8('\r'));
        k.lf = mask64(b, _mm_set1_epi8('\n'));
        if (relaxed) {
            k.sp = mask64(b, _mm_set1_epi8(' '));
            k.tab = mask64(b, _mm_set1_epi8('\t'));
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
        const Block64 b = load64(p);
        if (loneLineEnd(mask64(b, crs), mask64(b, lfs), carryCr))
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

const char *base64Blocks(const char *p, const char *e, VectorScan::Base64Blocks &blocks)
{
    for (; e - p >= 64; p += 64) {
        const Block64 b = load64(p);
        Base64Classes k;
        k.symbols = bits64(VectorScan::base64SymbolBytes(b.v0), VectorScan::base64SymbolBytes(b.v1),
                           VectorScan::base64SymbolBytes(b.v2), VectorScan::base64SymbolBytes(b.v3));
        k.lf = mask64(b, _mm_set1_epi8('\n'));
        k.other = mask64(b, _mm_set1_epi8('\r')) | mask64(b, _mm_set1_epi8(' '))
                  | mask64(b, _mm_set1_epi8('\t'));
        if (!addBase64Block(k, blocks))
            return p;
    }
    return p;
}

#if KENSA_HAVE_AVX2
// Bytes from lo to hi, by signed compares as base64SymbolBytes(). A function, not a lambda as
// there: a lambda cannot take the AVX2 target.
[[gnu::target("avx2")]] inline __m256i within(__m256i x, char lo, char hi)
{
    return _mm256_and_si256(_mm256_cmpgt_epi8(x, _mm256_set1_epi8(char(lo - 1))),
                            _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), x));
}

// base64SymbolBytes() on 32 bytes.
[[gnu::target("avx2")]] inline __m256i base64SymbolBytesAvx2(__m256i v)
{
    const __m256i letters = within(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 'z');
    const __m256i others = _mm256_or_si256(within(v, '0', '9'),
        _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('+')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('/'))));
    return _mm256_or_si256(letters, others);
}

[[gnu::target("avx2")]] const char *base64BlocksAvx2(const char *p, const char *e, VectorScan::Base64Blocks &blocks)
{
    for (; e - p >= 64; p += 64) {
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
        Base64Classes k;
        k.symbols = quint64(unsigned(_mm256_movemask_epi8(base64SymbolBytesAvx2(lo))))
                    | quint64(unsigned(_mm256_movemask_epi8(base64SymbolBytesAvx2(hi)))) << 32;
        k.lf = mask64Avx2(lo, hi, '\n');
        k.other = mask64Avx2(lo, hi, '\r') | mask64Avx2(lo, hi, ' ') | mask64Avx2(lo, hi, '\t');
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
