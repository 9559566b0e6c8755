#pragma once

#include "core/input/CompoundFile.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kensa {

// What an Outlook .msg file ([MS-OXMSG]: MAPI properties in a compound file) holds that Kensa
// uses. Outlook does not keep the message as it arrived: it keeps the Internet header section
// (PR_TRANSPORT_MESSAGE_HEADERS) and the body in its own forms (plain text, HTML, compressed
// RTF). Only an S/MIME signed message keeps its original MIME body, as an attachment.
struct OutlookMessage
{
    QString messageClass;        // PR_MESSAGE_CLASS, e.g. "IPM.Note"
    QString subject;             // PR_SUBJECT
    QByteArray transportHeaders; // PR_TRANSPORT_MESSAGE_HEADERS as bytes (UTF-8 when Outlook stored UTF-16)
    QString body;                // PR_BODY
    QByteArray html;             // PR_HTML (bytes in the message's code page)
    bool hasRtf = false;         // PR_RTF_COMPRESSED
    int codePage = 0;            // PR_INTERNET_CPID, else PR_MESSAGE_CODEPAGE, 0 when absent
    int attachments = 0;
    int recipients = 0;
    // The MIME entity (its own header section and body) of a multipart/signed attachment, which
    // is the original signed body of an S/MIME message; empty otherwise.
    QByteArray signedMime;

    bool operator==(const OutlookMessage &) const = default;
};

class OutlookMsg
{
public:
    // Reads the properties Kensa uses. Fails (with `error` set) when the compound file is
    // damaged, or with "input.msg.not_a_message" when it holds no message properties (a Word
    // or Excel file, say). A message without transport headers is not a failure here.
    static std::optional<OutlookMessage> read(const QByteArray &data, CompoundFileError *error);

    // The bytes to analyse: the transport headers (trailing blank lines removed) and, when the
    // signed MIME body is there and belongs to them, a blank line and that body. Empty when
    // there are no transport headers. `complete` tells whether the body is the original.
    static QByteArray messageBytes(const OutlookMessage &message, bool *complete);
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::OutlookMessage)
