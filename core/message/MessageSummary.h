#pragma once

#include "core/base/Finding.h"
#include "core/message/AddressParser.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kensa {

// The fields people recognise a message by, decoded for display.
struct MessageSummary
{
    QString from;             // decoded From value as a whole
    QList<Mailbox> fromMailboxes;
    QString fromDomain;       // domain of the single From mailbox (A-label), "" if not exactly one
    QString to;
    QString cc;
    QString subject;
    QString date;
    // The Date field read as a date-time, in its written UTC offset; invalid when missing or
    // unreadable (the format checker says why). For display in the reader's time zone.
    QDateTime dateTime;
    QString messageId;
    QString returnPath;       // address inside the Return-Path, "" for <>, none, or no domain
    bool hasReturnPath = false;
    qint64 size = 0;          // bytes of the normalised message
    bool headersOnly = false;

    bool operator==(const MessageSummary &) const = default;

    // The summary of a parsed message; the address fields' parse findings go to `findings`.
    static MessageSummary summarize(const Message &message, QList<Finding> *findings = nullptr);
};

} // namespace kensa
