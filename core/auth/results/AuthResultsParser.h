#pragma once

#include "core/auth/results/AuthResultsField.h"
#include "core/base/Finding.h"
#include "core/base/Limits.h"
#include "core/message/HeaderField.h"
#include "core/message/Message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace kensa {

// Reads Authentication-Results (RFC 8601 §2.2, comments and quoted strings anywhere, versions,
// "none", reason=, any ptype, method or property kept) and ARC-Authentication-Results (RFC 8617
// §4.1.1: "i=N;" before the payload). Lenient with what receivers really write (Microsoft's
// fields without authserv-id and with "action=none", Amazon SES's "client-ip=...; helo=...;"
// after spf=, trailing ";", missing ";", unquoted values with tspecials): the field is read
// anyway and marked nonconforming, with a finding that says what and where. Work is bounded by MaxFieldBytes and MaxMethods.
//
// Finding keys (Finding::header is the field name, Finding::line the physical line; "position" is
// the 1-based column on that line). Those marked * make the field nonconforming.
//   authres.empty *                 {line}                   no value at all
//   authres.too_long                {line, length, limit}    only the first `limit` bytes were read
//   authres.control_char *          {line, position}         control or NUL byte (read as a space)
//   authres.comment.unclosed *      {line, position}         "(" never closed
//   authres.comment.too_deep        {line, position, limit}  comment nested deeper than the limit
//   authres.quote.unclosed *        {line, position}         '"' never closed
//   authres.syntax *                {line, position, text}   text not understood, skipped
//   authres.no_authserv_id *        {line}                   starts with a result (Microsoft)
//   authres.no_results *            {line}                   authserv-id without results or "none"
//   authres.missing_semicolon *     {line, position}         a result not preceded by ";"
//   authres.trailing_semicolon *    {line, position}         ";" with no result after it
//   authres.method.no_result *      {line, position, method} method without "=result"
//   authres.property.no_ptype *     {line, position, property}  "action=none": no "ptype."
//   authres.reason.misplaced *      {line, position, method} reason= after properties or twice
//   authres.value.bad_char *        {line, position, value}  unquoted value with tspecials ("/")
//   authres.version.unknown         {line, version}          authres-version other than 1
//   authres.method.version.unknown  {line, method, version}  method-version other than 1
//   authres.unknown_method          {line, method}           not in the IANA method registry
//   authres.unknown_result          {line, method, result}   not a registered result of the method
//   authres.unknown_ptype           {line, ptype, method}    not smtp/header/body/policy
//   authres.too_many_methods        {line, limit}            results beyond the limit ignored
//   authres.arc.no_instance *       {line}                   ARC field without "i=N;"
//   authres.arc.bad_instance *      {line, instance}         i= not a number from 1 to 50
//   authres.untrusted_same_id       {line, authserv_id}      (parseAll) receiver's id below
//                                                            another server's field
//   authres.pre_delivery            {line}                   (parseAll) below every Received
//                                                            field: added before delivery
// At most Limits::MaxFindingsPerKey findings of one key are kept per field.
class AuthResultsParser
{
public:
    // Field bytes read (real fields are well under 4 KB).
    static constexpr qsizetype MaxFieldBytes = Limits::MaxTraceFieldBytes;
    // Results (resinfo) read per field.
    static constexpr int MaxMethods = 200;
    // Comment nesting read; deeper comments are skipped as a whole.
    static constexpr int MaxCommentDepth = 16;
    // RFC 8617 §4.2.1: ARC instances are 1 to 50.
    static constexpr int MaxArcInstance = Limits::MaxArcInstances;

    // One field; ARC-Authentication-Results is recognised by the field name.
    static AuthResultsField parse(const HeaderField &field);
    // A value that is already unfolded (columns in findings then count from the field name on
    // one line).
    static AuthResultsField parse(QByteArrayView unfoldedValue, const QString &fieldName, int line);

    // Maps a host name to its organisational domain ("" when it has none); the caller brings
    // libpsl (core/net), which this layer does not include.
    using OrgDomainFn = std::function<QString(const QString &)>;

    // All Authentication-Results and ARC-Authentication-Results of the message, top first, with
    // `trusted` set by applyTrust(); fields below every Received field are pre-delivery.
    // `lowestReceivedBy` is the "by" host of the lowest Received field, "" when unknown.
    static QList<AuthResultsField> parseAll(const Message &message,
        const QString &trustedAuthservId = {},
        const OrgDomainFn &orgDomain = {},
        const QString &lowestReceivedBy = {});

    // Sets `trusted` on each field (see the rule in the .cpp) and adds authres.untrusted_same_id
    // and authres.pre_delivery findings. `fields` are in header order, top first.
    // `lowestReceivedLine` is the line of the lowest Received field of the message (0: none);
    // a field below it was added before delivery, unless its authserv-id is of the organisation
    // of that field's "by" host `lowestReceivedBy` (Gmail writes its field just below its MX
    // hop, the lowest one when the sender wrote none). Without `orgDomain`, authserv-ids match
    // exactly; with it, every id of the receiver's organisation matches.
    static void applyTrust(QList<AuthResultsField> &fields,
        const QString &trustedAuthservId = {},
        const OrgDomainFn &orgDomain = {},
        int lowestReceivedLine = 0,
        const QString &lowestReceivedBy = {});

    // The client IP the receiver recorded in a field: smtp.client-ip, smtp.remote-ip,
    // policy.iprev, a bare client-ip (Amazon SES), or Microsoft's "(sender IP is 192.0.2.1)"
    // comment; "" when none. The value is as written (not validated).
    static QString clientIp(const AuthResultsField &field);

    // The IANA "Email Authentication Methods" and "Result Codes" registries (RFC 8601 §6).
    static bool isKnownMethod(QStringView method);
    static bool isKnownResult(QStringView method, QStringView result);
};

} // namespace kensa
