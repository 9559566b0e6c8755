#pragma once

#include "core/auth/dkim/DkimSignature.h"
#include "core/message/HeaderField.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;

namespace kensa {

class DkimKey;

// A SHA-1/SHA-256 digest fed in large blocks: canonicalisation writes small pieces, which are
// gathered into 16 KiB blocks; spans of DirectSize bytes or more go to the digest without a copy.
// Fetched EVP_MD objects are shared, contexts are reused.
class DigestStream
{
public:
    enum class Hash { Sha1, Sha256 };
    explicit DigestStream(Hash hash);
    ~DigestStream();
    DigestStream(const DigestStream &) = delete;
    DigestStream &operator=(const DigestStream &) = delete;

    void add(const char *data, qsizetype size);
    void add(QByteArrayView bytes) { add(bytes.data(), bytes.size()); }
    QByteArray finish();

    static const EVP_MD *md(Hash hash);

    static constexpr qsizetype DirectSize = 512;

private:
    void flush();

    EVP_MD_CTX *m_ctx = nullptr;
    qsizetype m_used = 0;
    char m_buffer[16384];
};

// RFC 6376 §3.4 canonicalisation, on the exact bytes of the message.
class DkimCanonicalizer
{
public:
    struct BodyResult
    {
        QByteArray hash;
        qint64 canonicalLength = 0; // bytes of the whole canonicalised body
        qint64 hashedLength = 0;    // bytes that went into the hash (l= may cut)
    };

    // RFC 6376 §3.4.1 / §3.4.2; the result ends with CRLF.
    static QByteArray header(const HeaderField &field, DkimSignature::Canon canon);
    // The signature field itself: b= emptied, no final CRLF (RFC 6376 §3.7).
    static QByteArray signatureHeader(const HeaderField &field, DkimSignature::Canon canon);
    // RFC 6376 §3.4.3 / §3.4.4, streamed into the digest; `limit` is l= (-1: whole body).
    static BodyResult body(QByteArrayView body, DkimSignature::Canon canon, DigestStream::Hash hash, qint64 limit);

    // Header fields chosen for h= (RFC 6376 §5.4.2: the last unused instance of each name,
    // bottom up; a name with no instance left contributes nothing). Entries are nullptr for
    // over-signed or absent names.
    static QList<const HeaderField *> selectHeaders(const QList<HeaderField> &headers,
                                                    const QList<QByteArray> &names,
                                                    const HeaderField *exclude);

    // True when the signature verifies over `dataHash` (RSA PKCS#1 v1.5 with SHA-1/SHA-256,
    // RFC 8463 Ed25519 over the SHA-256 hash).
    static bool verify(const DkimKey &key, DkimSignature::Algorithm algorithm, QByteArrayView dataHash, QByteArrayView signature);
};

} // namespace kensa
