#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kensa {

// How much of a Received field could be read.
enum class HopStatus {
    Ok,         // every part was understood (a leniently read date is still Ok, with a finding)
    Partial,    // something was read, something was skipped or is missing (see findings)
    Unreadable, // nothing could be read; only raw and line are meaningful
};

QString hopStatusName(HopStatus status); // "ok", "partial", "unreadable"

// Whether the hop was encrypted, as the receiver wrote it: the one TLS fact that the JSON report,
// the Hops tab and the checklist all read.
enum class HopTls {
    Unknown,   // no protocol stated, or one that says nothing about TLS ("with FQDP", "with dsn")
    Plain,     // a protocol without TLS (SMTP, ESMTP, ESMTPA, LMTP, HTTP, local, "Microsoft SMTPSVC")
    Encrypted, // an S protocol (ESMTPS, SMTPS, HTTPS, ...) or a TLS comment, clause or phrase
};

// One Received field (RFC 5321 §4.4, RFC 5322 §3.6.7) taken apart. Text members are empty when
// the field does not say; nothing is invented (a missing reverse name stays empty).
struct ReceivedHop
{
    QString fromHelo;      // the name the client gave in HELO/EHLO, as written ("[192.0.2.1]" for a literal)
    QString fromReverse;   // the client's reverse-DNS name as the receiver wrote it; "unknown" -> empty,
                           // a trailing root dot removed
    QString fromIp;        // the connecting IP, normalised (RFC 5952 for IPv6, IPv4-mapped -> IPv4)
    QString fromUser;      // ident (RFC 1413) or authenticated user, when the receiver names one
    bool authenticated = false; // the client authenticated (ESMTPA/ESMTPSA, "authenticated", ...)
    QString by;            // the receiving host, as written
    QString byIp;          // the receiving host's IP when the receiver wrote it (Exchange)
    QString via;           // "via" clause ("Frontend Transport")
    QString with;          // protocol as written ("ESMTPS", "Microsoft SMTP Server", "local", ...)
    QString id;            // as written (angle brackets kept)
    QString forRecipient;  // "for" clause, angle brackets removed
    QString envelopeFrom;  // "(envelope-from <x>)" (Exim), "(envelope-sender <x>)" (qmail), brackets removed
    QString software;      // receiver software named in a comment ("Postfix", "Exim 4.96", "8.15.2/8.15.2")
    HopTls tls = HopTls::Unknown;
    QString tlsVersion;    // as written: "TLSv1.3", "TLS1_2", "TLS1.3"
    QString tlsCipher;     // as written: "TLS_AES_256_GCM_SHA384"
    QDateTime timestamp;   // in the field's own UTC offset; invalid when missing or unreadable
    QString dateText;      // the text after the last ";", trimmed, as written
    QByteArray raw;        // the whole field, exact bytes (name, folding, final line ending)
    int line = 0;          // 1-based line of the field's first physical line
    HopStatus status = HopStatus::Unreadable;
    QList<Finding> findings;

    bool operator==(const ReceivedHop &) const = default;
};

QDebug operator<<(QDebug dbg, const ReceivedHop &hop);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::ReceivedHop)
