#include "core/auth/dkim/DkimCanonicalizer.h"

#include "core/auth/dkim/DkimKey.h"
#include "core/text/VectorScan.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>

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
        const char *const text = VectorScan::findWspOrLineBreak(p, end);
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
            for (const char *q = VectorScan::findWspRun(lineStart, contentEnd); q < contentEnd;
                 q = VectorScan::findWspRun(q, contentEnd)) {
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
        const char *change = VectorScan::findCanonicalChange(pos, fullLinesEnd, relaxed);
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
