#pragma once

#include "core/message/HeaderField.h"
#include "core/message/Message.h"
#include "core/hops/ReceivedHop.h"
#include "core/base/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <limits>

namespace kensa {

// What kind of address an IP is, for deciding which hop is the sender's connection.
enum class IpScope {
    Invalid,       // not an IP address
    Public,
    Unspecified,   // 0.0.0.0/8, ::
    Loopback,      // 127.0.0.0/8, ::1
    Private,       // RFC 1918, fc00::/7 (RFC 4193)
    Cgnat,         // 100.64.0.0/10 (RFC 6598)
    LinkLocal,     // 169.254.0.0/16, fe80::/10
    Documentation, // RFC 5737, 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637)
    Multicast,     // 224.0.0.0/4, ff00::/8
    Reserved,      // 240.0.0.0/4 (incl. 255.255.255.255)
};

// A date-time read by ReceivedParser::parseDate.
struct ReceivedDate
{
    QDateTime dateTime;        // with the written UTC offset (UTC when missing, "-0000" or military)
    bool lenient = false;      // read, but neither RFC 5322 §3.3 nor §4.3 syntax
    bool zoneMissing = false;  // no zone, or a zone name Kensa does not know: taken as UTC

    bool operator==(const ReceivedDate &) const = default;
};

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
    static constexpr qsizetype MaxFieldBytes = 64 * 1024;
    // Comment nesting read; deeper comments are skipped as a whole.
    static constexpr int MaxCommentDepth = 16;
    // delaySeconds() when either timestamp is missing.
    static constexpr int UnknownDelay = std::numeric_limits<int>::min();

    static ReceivedHop parse(const HeaderField &field);
    // Every Received field of the message in header order: index 0 is the newest (topmost) hop.
    static QList<ReceivedHop> parseAll(const Message &message);

    // RFC 5322 §3.3 date-time incl. the obsolete forms of §4.3 (CFWS, no weekday, 2/3-digit years,
    // alphabetic and military zones, no seconds), and leniently: fractional seconds, "+hh:mm",
    // "UTC"/"JST", no zone, ISO 8601 and Go's time.String(), asctime order. Error key:
    // received.bad_date with the offset of the first byte not understood.
    static Result<ReceivedDate> parseDate(QByteArrayView text);

    // An IP address in any form a Received field writes it: "192.0.2.1", "[192.0.2.1]",
    // "[192.0.2.1]:25", "IPv6:2001:DB8::1", "[IPv6:2001:db8:0:0::1]", "fe80::1%12". Returns the
    // normalised text (RFC 5952 §4 for IPv6, "::ffff:192.0.2.1" for IPv4-mapped; with `unmapV4`
    // the mapped address as plain IPv4), or an empty string when it is not an address.
    static QString normalizeIp(QStringView text, bool unmapV4 = false);
    static IpScope ipScope(QStringView ip); // accepts what normalizeIp accepts
    static bool isPrivateIp(QStringView ip);        // RFC 1918, fc00::/7
    static bool isLoopbackIp(QStringView ip);       // 127.0.0.0/8, ::1
    static bool isLinkLocalIp(QStringView ip);      // 169.254.0.0/16, fe80::/10
    static bool isCgnatIp(QStringView ip);          // 100.64.0.0/10
    static bool isDocumentationIp(QStringView ip);  // RFC 5737, RFC 3849, RFC 9637
    static bool isPublicIp(QStringView ip);         // valid and none of the special scopes

    // "TLSv1.3", "TLS1_3", "TLS1.3", "TLS 1.3" -> "TLSv1.3" (same for 1.2, 1.1, 1.0 -> "TLSv1",
    // SSLv3); empty when not a TLS version.
    static QString canonicalTlsVersion(QStringView text);

    // Seconds from `older` (further down the header) to `newer`; negative when the clocks
    // disagree; UnknownDelay when either has no timestamp. Clamped to the int range.
    static int delaySeconds(const ReceivedHop &older, const ReceivedHop &newer);
};

QString ipScopeName(IpScope scope); // "invalid", "public", "private", ...

} // namespace kensa

Q_DECLARE_METATYPE(kensa::IpScope)
