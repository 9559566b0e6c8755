#include "core/auth/dkim/DkimKey.h"

#include "core/text/Base64.h"
#include "core/text/TagList.h"

#include <QHash>
#include <QMutex>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace kensa {

namespace {

QList<QByteArray> colonList(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &item : value.split(':')) {
        const QByteArray word = TagList::stripWhiteSpace(item).toLower();
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

} // namespace

QString DkimKey::typeName() const
{
    switch (m_type) {
    case Type::Rsa:
        return QStringLiteral("rsa");
    case Type::Ed25519:
        return QStringLiteral("ed25519");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool DkimKey::allowsHash(QByteArrayView hash) const
{
    return m_hashes.isEmpty() || m_hashes.contains(hash);
}

DkimKey DkimKey::parseCached(const QByteArray &record)
{
    static QMutex mutex;
    static QHash<QByteArray, DkimKey> cache;
    constexpr qsizetype MaxCachedKeys = 4096;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(record);
        if (it != cache.cend())
            return *it;
    }
    DkimKey key = parse(record);
    QMutexLocker lock(&mutex);
    if (cache.size() >= MaxCachedKeys)
        cache.clear();
    cache.insert(record, key);
    return key;
}

DkimKey DkimKey::parse(const QByteArray &record)
{
    DkimKey key;
    key.m_record = record;
    const auto fail = [&key](const char *reason, QList<QPair<QString, QString>> args = {}) {
        key.m_error = QString::fromLatin1(reason);
        key.m_errorArgs = std::move(args);
        return key;
    };
    const Result<TagList> parsed = TagList::parse(record);
    if (!parsed)
        return fail("dkim.key.syntax");
    const TagList &tags = *parsed;

    // RFC 6376 §3.6.1 v=: if present it must be the first tag, with the value "DKIM1".
    if (tags.contains("v")) {
        if (tags.tags().first().name != "v" || tags.value("v") != "DKIM1")
            return fail("dkim.key.version", {{QStringLiteral("version"), QString::fromLatin1(tags.value("v"))}});
    }
    if (!tags.contains("p"))
        return fail("dkim.key.no_p");
    const QByteArray p = TagList::stripWhiteSpace(tags.value("p"));
    // RFC 6376 §3.6.1 p=: an empty value means that this public key has been revoked.
    if (p.isEmpty())
        return fail("dkim.key.revoked");

    key.m_hashes = colonList(tags.value("h"));
    const QList<QByteArray> services = colonList(tags.value("s"));
    if (!services.isEmpty() && !services.contains("*") && !services.contains("email"))
        return fail("dkim.key.service", {{QStringLiteral("service"), QString::fromLatin1(tags.value("s"))}});
    const QList<QByteArray> flags = colonList(tags.value("t"));
    key.m_testing = flags.contains("y");
    key.m_strict = flags.contains("s");

    const QByteArray k = tags.contains("k") ? TagList::stripWhiteSpace(tags.value("k")).toLower() : QByteArray("rsa");
    if (k == "rsa")
        key.m_type = Type::Rsa;
    else if (k == "ed25519")
        key.m_type = Type::Ed25519;
    else
        return fail("dkim.key.type_unknown", {{QStringLiteral("type"), QString::fromLatin1(k)}});

    const std::optional<QByteArray> decoded = Base64::decode(p);
    if (!decoded || decoded->isEmpty())
        return fail("dkim.key.syntax");
    const QByteArray *der = &*decoded;

    EVP_PKEY *pkey = nullptr;
    if (key.m_type == Type::Ed25519) {
        // RFC 8463 §4: the raw 32-octet public key, base64 encoded.
        if (der->size() != 32)
            return fail("dkim.key.ed25519_size", {{QStringLiteral("bytes"), QString::number(der->size())}});
        pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char *>(der->constData()), 32);
    } else {
        // RFC 6376 §3.6.1: an RSAPublicKey inside a SubjectPublicKeyInfo; some publish the bare
        // PKCS#1 RSAPublicKey, which verifiers accept too.
        const auto *data = reinterpret_cast<const unsigned char *>(der->constData());
        pkey = d2i_PUBKEY(nullptr, &data, long(der->size()));
        if (pkey && EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
            EVP_PKEY_free(pkey);
            pkey = nullptr;
        }
        if (!pkey) {
            data = reinterpret_cast<const unsigned char *>(der->constData());
            pkey = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &data, long(der->size()));
        }
    }
    if (!pkey)
        return fail("dkim.key.syntax");
    key.m_key.reset(pkey, EVP_PKEY_free);
    key.m_bits = key.m_type == Type::Ed25519 ? 256 : EVP_PKEY_get_bits(pkey);
    return key;
}

} // namespace kensa
