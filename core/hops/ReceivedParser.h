#pragma once

#include "core/message/HeaderField.h"
#include "core/message/Message.h"
#include "core/hops/ReceivedHop.h"
#include "core/base/Limits.h"
#include "core/base/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <limits>

namespace kensa {

// Reads Received fields as the MTAs of the real world write them (Postfix, Exim, Sendmail, qmail,
// Exchange, Gmail, Yahoo, iCloud, SES, SendGrid, Japanese providers ...): the RFC 5321 §4.4
// clauses (from, by, via, with, id, for), the comments the receivers put beside them (reverse name,
// IP, HELO, ident, TLS), and the date after the last ";". Lenient: whatever cannot be read is
// kept raw and reported, never dropped.
//
// Finding keys (Finding::header is "Received", Finding::line the physical line):
//   received.unreadable          {line}            nothing could be read
//   received.partial             {line, position}  words from that column on were not understood
//   received.no_date             {line}            no date after a ";"
//   received.bad_date            {line, date}      the date cannot be read
//   received.no_semicolon        {line, position}  the date is not separated by ";" (read anyway)
//   received.date.lenient        {line, date}      the date is not RFC 5322 syntax but was read
//   received.date.no_zone        {line, date}      the date has no (known) zone; taken as UTC
//   received.comment.unclosed    {line, position}  "(" never closed
//   received.comment.stray_close {line, position}  ")" without "("
//   received.comment.too_deep    {line, position, limit}  comments nested deeper than the limit
//   received.too_long            {line, length, limit}    only the first `limit` bytes were read
//   received.bad_ip              {line, ip}        an address literal is not a valid IP
//   received.control_char        {line, position}  a control or NUL byte in the field
class ReceivedParser
{
public:
    // Fields longer than this are read up to here (real ones are well under 2 KB).
    static constexpr qsizetype MaxFieldBytes = Limits::MaxTraceFieldBytes;
    // Comment nesting read; deeper comments are skipped as a whole.
    static constexpr int MaxCommentDepth = 16;
    // delaySeconds() when either timestamp is missing.
    static constexpr int UnknownDelay = std::numeric_limits<int>::min();

    static ReceivedHop parse(const HeaderField &field);
    // Every Received field of the message in header order: index 0 is the newest (topmost) hop.
    static QList<ReceivedHop> parseAll(const Message &message);

    // "TLSv1.3", "TLS1_3", "TLS1.3", "TLS 1.3" -> "TLSv1.3" (same for 1.2, 1.1, 1.0 -> "TLSv1",
    // SSLv3); empty when not a TLS version.
    static QString canonicalTlsVersion(QStringView text);

    // Seconds from `older` (further down the header) to `newer`; negative when the clocks
    // disagree; UnknownDelay when either has no timestamp. Clamped to the int range.
    static int delaySeconds(const ReceivedHop &older, const ReceivedHop &newer);
};

} // namespace kensa
