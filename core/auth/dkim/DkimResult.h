#pragma once

#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kensa {

// What Kensa concluded about one DKIM-Signature, with the evidence behind it.
struct DkimResult
{
    enum class BodyHash { NotChecked, Match, Mismatch, NotSupplied };

    int index = 0;                  // 0-based among the DKIM-Signature fields, top first
    int line = 0;                   // line of the field in the message
    QString domain;                 // d=
    QString selector;               // s=
    QString algorithm;              // a=
    QString canonicalization;       // c= (normalised "relaxed/simple")
    QString identity;               // i=
    QStringList signedHeaders;      // h= as listed
    QStringList signedHeadersPresent; // h= names that matched a field (over-signing shows here)
    qint64 bodyLength = -1;         // l=
    qint64 timestamp = -1;          // t=
    qint64 expiry = -1;             // x=

    QString result;                 // RFC 8601 word: pass fail neutral temperror permerror
    QString reason;                 // explanation key, e.g. dkim.body_hash_mismatch
    QList<QPair<QString, QString>> reasonArgs;
    QString crypto;                 // raw signature check: "pass", "fail" or "" (not reached)

    BodyHash bodyHash = BodyHash::NotChecked;
    QByteArray claimedBodyHash;     // bh= (base64)
    QByteArray signatureValue;      // b= (base64, white space removed): matches A-R header.b
    QByteArray computedBodyHash;    // base64, empty when not computed
    qint64 canonicalBodyLength = -1;

    QString keyName;                // s._domainkey.d
    QByteArray keyRecord;           // the TXT text used
    QString keyType;                // "rsa", "ed25519"
    int keyBits = 0;
    bool keyTesting = false;        // t=y
    DnsStatus keyDnsStatus = DnsStatus::Timeout;

    QList<Finding> findings;        // warnings and notes about this signature

    // What the receiver recorded in its trusted Authentication-Results for this signature
    // (RFC 8601 word, "" when it recorded nothing that matches) and its reason= text.
    QString recorded;
    QString recordedReason;
    QString recordedBy;             // the authserv-id

    static QString bodyHashName(BodyHash b); // "match", "mismatch", "not_supplied", null-ish ""
    bool operator==(const DkimResult &) const = default;
};

QDebug operator<<(QDebug dbg, const DkimResult &result);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::DkimResult)
