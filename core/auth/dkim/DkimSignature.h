#pragma once

#include "core/base/Finding.h"
#include "core/message/HeaderField.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kensa {

// A parsed DKIM-Signature (RFC 6376 §3.5) or ARC-Message-Signature (RFC 8617 §4.1.2), before any
// cryptography. A signature that cannot be evaluated carries its permerror reason in `error`.
struct DkimSignature
{
    enum class Algorithm { Unknown, RsaSha256, RsaSha1, Ed25519Sha256 };
    enum class Canon { Simple, Relaxed };

    QByteArray version;             // v=
    QByteArray algorithmText;       // a= as written
    Algorithm algorithm = Algorithm::Unknown;
    Canon headerCanon = Canon::Simple;
    Canon bodyCanon = Canon::Simple;
    QByteArray canonText;           // c= as written ("" when absent)
    QByteArray domain;              // d= as written
    QByteArray domainAscii;         // d= in A-label form, lower case
    QByteArray selector;            // s=
    QByteArray identity;            // i= decoded (default "@d")
    QList<QByteArray> signedHeaders; // h=, lower case, in order
    qint64 bodyLength = -1;         // l=, -1 when absent
    qint64 timestamp = -1;          // t=
    qint64 expiry = -1;             // x=
    QByteArray signature;           // b= decoded
    QByteArray bodyHash;            // bh= decoded
    QByteArray bodyHashText;        // bh= as written (white space removed)
    QByteArray copiedHeaders;       // z=
    int instance = 0;               // ARC i= (0 for DKIM)

    // Why the signature cannot be evaluated (RFC 8601 permerror): a finding key such as
    // dkim.tag.missing {tag}; empty when the signature is well formed.
    QString error;
    QList<QPair<QString, QString>> errorArgs;

    bool isValid() const { return error.isEmpty(); }
    QByteArray keyName() const;     // "<s>._domainkey.<d>"
    QString algorithmName() const;  // "rsa-sha256" ...
    QString canonName() const;      // "relaxed/relaxed"

    // Tag value rules shared with the ARC-Seal reader: a run of decimal digits (at most
    // `maxDigits` of them when given), and a domain in A-label form, lower case (empty when it
    // is not a domain name).
    static bool isDecimal(QByteArrayView value, qsizetype maxDigits = -1);
    static QByteArray asciiDomain(const QByteArray &domain);

    enum class Kind { Dkim, ArcMessageSignature };
    // Parses the field's unfolded value. `kind` selects the DKIM or AMS tag rules.
    static DkimSignature parse(const HeaderField &field, Kind kind = Kind::Dkim);
};

} // namespace kensa
