#pragma once

#include "core/auth/dkim/DkimCanonicalizer.h"
#include "core/auth/dkim/DkimKey.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dkim/DkimSignature.h"
#include "core/dns/DnsTypes.h"
#include "core/message/HeaderField.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace kensa {

// One signature made the DKIM way, checked as RFC 6376 §6.1, RFC 8301 and RFC 8463 say: the only
// copy of that pipeline. DkimVerifier runs it for every DKIM-Signature, ArcValidator for every
// ARC-Message-Signature and ARC-Seal. The constructor prepares the signature against the message
// without DNS (body hash, hash of the signed data); result() checks it against its key record.
class DkimSignatureCheck
{
public:
    // The body hashes of one message, each computed once per (c=, hash, l=): the signatures of
    // one message rarely need more than two.
    class BodyHashes
    {
    public:
        explicit BodyHashes(QByteArrayView body)
            : m_body(body)
        { }
        DkimCanonicalizer::BodyResult hash(
            DkimSignature::Canon canon, DigestStream::Hash hash, qint64 limit);

    private:
        struct Entry
        {
            DkimSignature::Canon canon;
            DigestStream::Hash hash;
            qint64 limit;
            DkimCanonicalizer::BodyResult result;
        };
        QByteArrayView m_body;
        QList<Entry> m_entries;
    };

    // The key records answered so far, by name; each record text is parsed once. A message has a
    // few keys, so lists searched in order: a hash table sets aside room for dozens of entries at
    // its first insert, and an analysis keeps several such tables while its DNS is on the way.
    class KeyRecords
    {
    public:
        // Takes TXT answers only (key records are TXT, RFC 6376 §3.6.2.2); the last answer to a
        // name stands.
        void setAnswer(const DnsAnswer &answer);

    private:
        friend class DkimSignatureCheck;
        DkimKey parsed(const QByteArray &record) const;

        DnsAnswerList m_answers;
        mutable QList<std::pair<QByteArray, DkimKey>> m_parsed;
    };

    // A DKIM-Signature or ARC-Message-Signature (`kind`) among `headers`: hashes the body through
    // `bodies` (nullptr: the body was not supplied), the h= fields and the field itself.
    DkimSignatureCheck(const DkimSignature &signature,
        DkimSignature::Kind kind,
        const HeaderField &field,
        const QList<HeaderField> &headers,
        BodyHashes *bodies);
    // A signature over data its caller hashed: the ARC-Seal over the ARC sets (RFC 8617 §5.1.1).
    DkimSignatureCheck(
        const DkimSignature &signature, const HeaderField &field, const QByteArray &dataHash);

    static DigestStream::Hash digestOf(DkimSignature::Algorithm algorithm);

    const DkimSignature &signature() const { return m_signature; }
    // What is known before the key: the tags, the body hash, the note on content beyond l=.
    const DkimResult &prepared() const { return m_prepared; }
    // True when the key record is wanted: the signature is well formed and its data hashed.
    bool needsKey() const { return m_signature.isValid() && !m_dataHash.isEmpty(); }
    // The verdict at `now` (seconds since the epoch, for x= and t=) with the keys answered so
    // far; a key without an answer counts as timed out.
    DkimResult result(const KeyRecords &keys, qint64 now) const;

private:
    DkimSignature m_signature;
    DkimResult m_prepared;
    QByteArray m_dataHash;
    QString m_fieldName; // the field the notes are about
};

} // namespace kensa
