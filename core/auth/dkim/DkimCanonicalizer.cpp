#include "core/auth/dkim/DkimCanonicalizer.h"

#include "core/auth/dkim/DkimKey.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>

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

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// Counts canonical body bytes and hashes the first `limit` of them.
class BodySink
{
public:
    BodySink(DigestStream &digest, qint64 limit)
        : m_digest(digest)
        , m_limit(limit)
    {}

    void add(const char *data, qsizetype size)
    {
        if (m_limit < 0) {
            m_digest.add(data, size);
        } else if (m_total < m_limit) {
            m_digest.add(data, qsizetype(qMin<qint64>(size, m_limit - m_total)));
        }
        m_total += size;
    }
    qint64 total() const { return m_total; }
    qint64 hashed() const { return m_limit < 0 ? m_total : qMin(m_total, m_limit); }

private:
    DigestStream &m_digest;
    qint64 m_limit;
    qint64 m_total = 0;
};

#if defined(__SSE2__)
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

// Bit i set where byte i of the 64 bytes in v0..v3 equals the byte in `c`.
inline quint64 mask64(__m128i v0, __m128i v1, __m128i v2, __m128i v3, __m128i c)
{
    const auto bits
        = [c](__m128i v) { return quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))); };
    return bits(v0) | bits(v1) << 16 | bits(v2) << 32 | bits(v3) << 48;
}

// Scans 64-byte blocks from `p` (the start of a line): returns the first change, or nullptr with
// `p` moved to where fewer than 64 bytes are left.
const char *scanBlocks(const char *&p, const char *e, bool relaxed)
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

// scanBlocks() with 32-byte vectors that read one byte ahead, so that the scan keeps up with
// memory.
[[gnu::target("avx2")]] const char *scanBlocksAvx2(const char *&p, const char *e, bool relaxed)
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
#endif

// The first byte in [p, e) where the canonical form differs from the message: a LF without a CR
// before it, and for relaxed also a tab, two adjacent spaces, or a space before a CR. `p` is the
// start of a line. Returns e when there is none.
const char *findChange(const char *p, const char *e, bool relaxed)
{
    if (p < e && *p == '\n')
        return p; // an empty line ended by a bare LF
#if defined(__SSE2__)
    const char *const start = p;
#if KENSA_HAVE_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (const char *change = avx2 ? scanBlocksAvx2(p, e, relaxed) : scanBlocks(p, e, relaxed))
        return change;
#else
    if (const char *change = scanBlocks(p, e, relaxed))
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

// The first WSP run in [p, e) that relaxed canonicalisation rewrites: a tab, or a space followed
// by WSP. A lone space stays as it is. Spaces in text are too irregular for a byte loop's branch
// predictor, hence the vector compare.
const char *findWspRun(const char *p, const char *e)
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
        if (*p == '\t' || (*p == ' ' && p + 1 < e && isWsp(p[1])))
            return p;
    }
    return e;
}

// The first SP, HTAB, CR or LF in [p, e), or e.
const char *findHeaderSpace(const char *p, const char *e)
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
    while (p < e && !isWsp(*p) && *p != '\r' && *p != '\n')
        ++p;
    return p;
}

bool isBlankLine(const char *p, const char *e, bool relaxed)
{
    for (; p < e; ++p) {
        if (!(relaxed && isWsp(*p)))
            return false;
    }
    return true;
}

} // namespace

DigestStream::DigestStream(Hash hash)
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, md(hash), nullptr);
}

DigestStream::~DigestStream()
{
    EVP_MD_CTX_free(m_ctx);
}

const EVP_MD *DigestStream::md(Hash hash)
{
    // OpenSSL 3 looks algorithms up on every EVP_sha256() use; fetch each once.
    static EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD *sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    return hash == Hash::Sha1 ? sha1 : sha256;
}

void DigestStream::add(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    // Long spans (a body's unchanged lines) go to the digest in place: copying them first would
    // cost another pass over the bytes.
    if (size >= DirectSize) {
        flush();
        EVP_DigestUpdate(m_ctx, data, size_t(size));
        return;
    }
    if (m_used + size > qsizetype(sizeof m_buffer))
        flush();
    std::memcpy(m_buffer + m_used, data, size_t(size));
    m_used += size;
}

void DigestStream::flush()
{
    if (m_used > 0)
        EVP_DigestUpdate(m_ctx, m_buffer, size_t(m_used));
    m_used = 0;
}

QByteArray DigestStream::finish()
{
    flush();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray DkimCanonicalizer::header(const HeaderField &field, DkimSignature::Canon canon)
{
    if (canon == DkimSignature::Canon::Simple)
        return field.raw.endsWith('\n') ? field.raw : field.raw + "\r\n";
    // RFC 6376 §3.4.2: lower-case name, unfold, WSP runs to one SP, no WSP at the end of the
    // value or around the colon.
    const QByteArray &raw = field.raw;
    QByteArray out(raw.size() + 3, Qt::Uninitialized);
    char *o = out.data();
    for (int i = 0; i < field.nameLength; ++i) {
        const char c = raw.at(i);
        *o++ = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    *o++ = ':';
    const char *p = raw.constData() + raw.indexOf(':', field.nameLength) + 1;
    const char *const end = raw.constData() + raw.size();
    bool started = false;
    while (p < end) {
        // A run of WSP and line breaks becomes one SP, unless it leads or ends the value.
        bool wsp = false;
        for (; p < end && (isWsp(*p) || *p == '\r' || *p == '\n'); ++p)
            wsp = wsp || isWsp(*p);
        const char *const text = findHeaderSpace(p, end);
        if (text == p)
            break;
        if (wsp && started)
            *o++ = ' ';
        std::memcpy(o, p, size_t(text - p));
        o += text - p;
        p = text;
        started = true;
    }
    *o++ = '\r';
    *o++ = '\n';
    out.truncate(o - out.constData());
    return out;
}

QByteArray DkimCanonicalizer::signatureHeader(const HeaderField &field, DkimSignature::Canon canon)
{
    // Empty the b= value (RFC 6376 §3.5 b=, §3.7): from after "b=" up to the next ";" or the end,
    // white space included. The name is found on tag boundaries so "bh=" is left alone.
    HeaderField copy = field;
    QByteArray &raw = copy.raw;
    qsizetype pos = raw.indexOf(':', field.nameLength) + 1;
    while (pos > 0 && pos < raw.size()) {
        qsizetype nameStart = pos;
        while (nameStart < raw.size() && (isWsp(raw.at(nameStart)) || raw.at(nameStart) == '\r' || raw.at(nameStart) == '\n'))
            ++nameStart;
        const qsizetype eq = raw.indexOf('=', nameStart);
        qsizetype semi = raw.indexOf(';', nameStart);
        if (eq < 0)
            break;
        if (semi >= 0 && semi < eq) {
            pos = semi + 1;
            continue;
        }
        QByteArrayView name = QByteArrayView(raw).sliced(nameStart, eq - nameStart);
        while (!name.isEmpty() && (isWsp(name.back()) || name.back() == '\r' || name.back() == '\n'))
            name.chop(1);
        if (name == "b") {
            qsizetype end = semi < 0 ? raw.size() : semi;
            if (semi < 0) {
                // Keep the field's final line ending.
                while (end > eq + 1 && (raw.at(end - 1) == '\n' || raw.at(end - 1) == '\r'))
                    --end;
            }
            raw.remove(eq + 1, end - eq - 1);
            break;
        }
        if (semi < 0)
            break;
        pos = semi + 1;
    }
    QByteArray out = header(copy, canon);
    if (out.endsWith("\r\n"))
        out.chop(2);
    else if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

DkimCanonicalizer::BodyResult DkimCanonicalizer::body(QByteArrayView body,
                                                      DkimSignature::Canon canon,
                                                      DigestStream::Hash hash,
                                                      qint64 limit)
{
    DigestStream digest(hash);
    BodySink sink(digest, limit);
    const bool relaxed = canon == DkimSignature::Canon::Relaxed;
    const char *const begin = body.data();
    static const char crlf[] = "\r\n";

    // RFC 6376 §3.4.3, §3.4.4: empty lines at the end of the body are ignored (for relaxed, a
    // line of white space only is empty). Find where the last line with content ends.
    const char *end = begin + body.size();
    const char *partial = nullptr; // a last line without a line ending
    {
        // An empty view may have a null data pointer, which memrchr must not see.
        const char *lastNl = begin == end ? nullptr : static_cast<const char *>(memrchr(begin, '\n', size_t(end - begin)));
        const char *tailStart = lastNl ? lastNl + 1 : begin;
        if (tailStart < end) {
            if (isBlankLine(tailStart, end, relaxed) && relaxed)
                end = tailStart;
            else
                partial = tailStart;
        }
        if (!partial) {
            while (end > begin) {
                const char *nl = end - 1; // end[-1] == '\n'
                const char *prev = nl > begin ? static_cast<const char *>(memrchr(begin, '\n', size_t(nl - begin))) : nullptr;
                const char *lineStart = prev ? prev + 1 : begin;
                const char *contentEnd = nl > lineStart && nl[-1] == '\r' ? nl - 1 : nl;
                if (!isBlankLine(lineStart, contentEnd, relaxed))
                    break;
                end = lineStart;
            }
        }
    }
    const char *const fullLinesEnd = partial ? partial : end;

    // Most of a body is already canonical: hash it straight from the message, and rewrite only
    // the lines that change.
    const auto rewriteLine = [&](const char *lineStart, const char *lineEnd) {
        const char *contentEnd = lineEnd;
        if (contentEnd > lineStart && contentEnd[-1] == '\n')
            --contentEnd;
        if (contentEnd > lineStart && contentEnd[-1] == '\r')
            --contentEnd;
        if (!relaxed) {
            sink.add(lineStart, contentEnd - lineStart);
        } else {
            while (contentEnd > lineStart && isWsp(contentEnd[-1]))
                --contentEnd;
            // RFC 6376 §3.4.4: reduce every WSP run to a single SP.
            const char *piece = lineStart;
            for (const char *q = findWspRun(lineStart, contentEnd); q < contentEnd;
                 q = findWspRun(q, contentEnd)) {
                sink.add(piece, q - piece);
                sink.add(" ", 1);
                while (q < contentEnd && isWsp(*q))
                    ++q;
                piece = q;
            }
            sink.add(piece, contentEnd - piece);
        }
        sink.add(crlf, 2);
    };

    const char *pos = begin;
    while (pos < fullLinesEnd) {
        const char *change = findChange(pos, fullLinesEnd, relaxed);
        if (change == fullLinesEnd) {
            sink.add(pos, fullLinesEnd - pos);
            break;
        }
        const char *prevNl = change > pos ? static_cast<const char *>(memrchr(pos, '\n', size_t(change - pos))) : nullptr;
        const char *lineStart = prevNl ? prevNl + 1 : pos;
        if (*change == '\n' && change == lineStart)
            lineStart = change; // an empty line ended by a bare LF
        sink.add(pos, lineStart - pos);
        const char *nl = static_cast<const char *>(std::memchr(change, '\n', size_t(fullLinesEnd - change)));
        const char *lineEnd = nl ? nl + 1 : fullLinesEnd;
        rewriteLine(lineStart, lineEnd);
        pos = lineEnd;
    }
    if (partial)
        rewriteLine(partial, end);
    // RFC 6376 §3.4.3: an empty body is one CRLF in simple canonicalisation; relaxed leaves it
    // empty (RFC 6376 errata 1384).
    if (sink.total() == 0 && !relaxed)
        sink.add(crlf, 2);

    BodyResult result;
    result.hash = digest.finish();
    result.canonicalLength = sink.total();
    result.hashedLength = sink.hashed();
    return result;
}

QList<const HeaderField *> DkimCanonicalizer::selectHeaders(const QList<HeaderField> &headers,
                                                            const QList<QByteArray> &names,
                                                            const HeaderField *exclude)
{
    QList<const HeaderField *> out;
    out.reserve(names.size());
    QList<bool> used(headers.size(), false);
    for (const QByteArray &name : names) {
        const HeaderField *chosen = nullptr;
        for (qsizetype i = headers.size() - 1; i >= 0; --i) {
            const HeaderField &f = headers.at(i);
            if (used.at(i) || &f == exclude || !f.hasName(name))
                continue;
            used[i] = true;
            chosen = &f;
            break;
        }
        out.append(chosen);
    }
    return out;
}

bool DkimCanonicalizer::verify(const DkimKey &key,
                               DkimSignature::Algorithm algorithm,
                               QByteArrayView dataHash,
                               QByteArrayView signature)
{
    EVP_PKEY *pkey = key.publicKey();
    if (!pkey || signature.isEmpty())
        return false;
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.data());
    const auto *tbs = reinterpret_cast<const unsigned char *>(dataHash.data());
    if (algorithm == DkimSignature::Algorithm::Ed25519Sha256) {
        if (key.type() != DkimKey::Type::Ed25519)
            return false;
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        bool ok = EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, pkey, nullptr) == 1
                  && EVP_DigestVerify(ctx, sig, size_t(signature.size()), tbs, size_t(dataHash.size())) == 1;
        EVP_MD_CTX_free(ctx);
        return ok;
    }
    if (key.type() != DkimKey::Type::Rsa)
        return false;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
    const EVP_MD *md = DigestStream::md(algorithm == DkimSignature::Algorithm::RsaSha1 ? DigestStream::Hash::Sha1
                                                                                       : DigestStream::Hash::Sha256);
    const bool ok = ctx && EVP_PKEY_verify_init(ctx) == 1
                    && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1
                    && EVP_PKEY_CTX_set_signature_md(ctx, md) == 1
                    && EVP_PKEY_verify(ctx, sig, size_t(signature.size()), tbs, size_t(dataHash.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

} // namespace kensa
