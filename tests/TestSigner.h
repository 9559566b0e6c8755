#pragma once

#include "core/auth/dkim/DkimCanonicalizer.h"
#include "core/auth/dkim/DkimSignature.h"
#include "core/message/Message.h"

#include <QByteArray>

#include <memory>
#include <openssl/evp.h>

// Makes the signatures a test needs (an l= of its choice, an ARC set) with the RFC 8463
// Appendix A.1 Ed25519 key, published in the tests as brisbane._domainkey.football.example.com.
// The hashes come from DkimCanonicalizer, which TestDkimCanonicalizer checks on its own.
namespace kensa::test {

// RFC 8463 Appendix A.1: the private key (seed) and the TXT record of its public half.
inline const QByteArray Rfc8463Seed = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=";
inline const QByteArray Rfc8463Record
    = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
inline const QByteArray Rfc8463KeyName = "brisbane._domainkey.football.example.com";

// RFC 8463 §3: Ed25519 signs the SHA-256 hash of the canonicalised data. Base64, empty on error.
inline QByteArray ed25519Sign(const QByteArray &dataHash)
{
    const QByteArray seed = QByteArray::fromBase64(Rfc8463Seed);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519,
            nullptr,
            reinterpret_cast<const unsigned char *>(seed.constData()),
            size_t(seed.size())),
        &EVP_PKEY_free);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    if (EVP_DigestSign(ctx.get(),
            reinterpret_cast<unsigned char *>(signature.data()),
            &length,
            reinterpret_cast<const unsigned char *>(dataHash.constData()),
            size_t(dataHash.size()))
        != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature.toBase64();
}

// bh= of the message's body: the first `limit` canonical bytes (-1: all of them).
inline QByteArray bodyHash(const QByteArray &message, DkimSignature::Canon canon, qint64 limit)
{
    const Message m = Message::parse(message);
    return DkimCanonicalizer::body(m.body(), canon, DigestStream::Hash::Sha256, limit)
        .hash.toBase64();
}

// Puts `name: tags b=...` on top of the message, signed over its h= fields as RFC 6376 §5.4
// orders them. `tags` ends with "; " and has no b=.
inline QByteArray signOnTop(
    const QByteArray &message, const QByteArray &name, const QByteArray &tags)
{
    // A placeholder b= makes the field well formed; the hash is taken with b= emptied anyway.
    const Message m = Message::parse(name + ": " + tags + "b=AAAA\r\n" + message);
    const HeaderField &field = m.headers().constFirst();
    const DkimSignature sig = DkimSignature::parse(field,
        name == "DKIM-Signature" ? DkimSignature::Kind::Dkim
                                 : DkimSignature::Kind::ArcMessageSignature);
    if (!sig.isValid())
        return {};
    DigestStream digest(DigestStream::Hash::Sha256);
    for (const HeaderField *h :
        DkimCanonicalizer::selectHeaders(m.headers(), sig.signedHeaders, &field)) {
        if (h)
            digest.add(DkimCanonicalizer::header(*h, sig.headerCanon));
    }
    digest.add(DkimCanonicalizer::signatureHeader(field, sig.headerCanon));
    return name + ": " + tags + "b=" + ed25519Sign(digest.finish()) + "\r\n" + message;
}

// Puts an ARC-Seal of instance 1 (cv=none) on top of a message whose ARC-Authentication-Results
// and ARC-Message-Signature of instance 1 are the first two fields (RFC 8617 §5.1.1).
inline QByteArray sealOnTop(const QByteArray &message)
{
    const QByteArray tags = "i=1; a=ed25519-sha256; cv=none; d=football.example.com; s=brisbane; ";
    const Message m = Message::parse("ARC-Seal: " + tags + "b=\r\n" + message);
    const QList<HeaderField> &headers = m.headers();
    if (headers.size() < 3 || !headers.at(1).hasName("ARC-Authentication-Results")
        || !headers.at(2).hasName("ARC-Message-Signature"))
        return {};
    DigestStream digest(DigestStream::Hash::Sha256);
    digest.add(DkimCanonicalizer::header(headers.at(1), DkimSignature::Canon::Relaxed));
    digest.add(DkimCanonicalizer::header(headers.at(2), DkimSignature::Canon::Relaxed));
    digest.add(DkimCanonicalizer::signatureHeader(headers.at(0), DkimSignature::Canon::Relaxed));
    return "ARC-Seal: " + tags + "b=" + ed25519Sign(digest.finish()) + "\r\n" + message;
}

} // namespace kensa::test
