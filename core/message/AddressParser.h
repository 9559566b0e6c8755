#pragma once

#include "core/base/Finding.h"

#include <QByteArrayView>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kensa {

// One mailbox of an address field (RFC 5322 §3.4).
struct Mailbox
{
    QString displayName;   // decoded (RFC 2047), quotes and escapes removed
    QString localPart;     // as written, quotes removed when the local part was quoted
    QString domain;        // as written (may be A-label or U-label), without brackets
    QString domainAscii;   // A-label form, lower case; empty when not a valid domain
    QString domainUnicode; // U-label form
    QString group;         // the group name when the mailbox is inside a group

    QString address() const;   // local-part@domain as written ("" for an empty mailbox)
    QString display() const;   // "Name <local@domain>" or "local@domain"
    bool operator==(const Mailbox &) const = default;
};

struct AddressList
{
    QList<Mailbox> mailboxes;
    QStringList groups;          // names of groups, empty groups included
    bool nullPath = false;       // Return-Path: <> (the null reverse-path)
    // Syntax problems, keys (no line/header):
    //   address.syntax           {position}   could not parse from that character on
    //   address.unbalanced.quote|comment|angle {what}  an unclosed quote, comment or angle bracket
    //   address.no_domain        {address}
    //   address.bad_idn          {domain}
    //   address.too_many         {limit}
    QList<Finding> findings;
};

QDebug operator<<(QDebug dbg, const Mailbox &mailbox);

// RFC 5322 address-list / mailbox-list, with obsolete forms, comments, groups, quoted local
// parts, domain literals and IDN domains; lenient where real mail is, reporting what it skipped.
class AddressParser
{
public:
    // `value` is an unfolded field value (From, Sender, Reply-To, To, Cc, Bcc ...).
    static AddressList parseList(QByteArrayView value);
    // Return-Path (RFC 5321 reverse-path: "<addr>" or "<>"), lenient about missing brackets.
    static AddressList parseReturnPath(QByteArrayView value);
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::Mailbox)
