#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace kensa {

// A DKIM key record (RFC 6376 §3.6.1, RFC 8463 §4) with its public key decoded once.
class DkimKey
{
public:
    enum class Type { Rsa, Ed25519, Unknown };

    // Parses the joined TXT text of a key record. A record that cannot be used carries its
    // reason in error(): dkim.key.syntax, dkim.key.version, dkim.key.no_p, dkim.key.revoked,
    // dkim.key.type_unknown, dkim.key.service, dkim.key.ed25519_size.
    static DkimKey parse(const QByteArray &record);
    // The same, remembered: batch work meets the same few keys thousands of times. Thread-safe;
    // bounded (the cache is emptied when it grows past a few thousand records).
    static DkimKey parseCached(const QByteArray &record);

    bool isUsable() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QList<QPair<QString, QString>> errorArgs() const { return m_errorArgs; }

    const QByteArray &record() const { return m_record; }
    Type type() const { return m_type; }
    QString typeName() const;          // "rsa", "ed25519"
    int bits() const { return m_bits; } // RSA modulus size; 256 for Ed25519
    bool testing() const { return m_testing; }  // t=y
    bool strict() const { return m_strict; }    // t=s
    bool allowsHash(QByteArrayView hash) const; // h= ("sha256", "sha1"); absent allows all
    EVP_PKEY *publicKey() const { return m_key.get(); }

private:
    QByteArray m_record;
    Type m_type = Type::Rsa;
    int m_bits = 0;
    bool m_testing = false;
    bool m_strict = false;
    QList<QByteArray> m_hashes;
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_error;
    QList<QPair<QString, QString>> m_errorArgs;
};

} // namespace kensa
