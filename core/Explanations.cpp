#include "core/Explanations.h"

#include <QCoreApplication>
#include <QHash>

#include <initializer_list>

namespace kensa {

namespace {

struct Entry
{
    const char *key;
    const char *text;
    std::initializer_list<const char *> args;
};

// clang-format off
const Entry entries[] = {
    // Reading the input
    {"input.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The input is empty: there is no message to analyse."), {}},
    {"input.binary", QT_TRANSLATE_NOOP("kensa::Explanations", "This looks like a %1 file, not an email message. Open the .eml file or paste the message source."), {"kind"}},
    {"input.unreadable", QT_TRANSLATE_NOOP("kensa::Explanations", "The file cannot be read. Check that it exists and that you may open it."), {}},
    {"input.not_a_file", QT_TRANSLATE_NOOP("kensa::Explanations", "This is a folder, not a file."), {}},
    {"input.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "The file is too large to analyse (over 1 GiB)."), {}},

    // How the input was read (pasted text, line endings, mbox)
    {"normalise.truncated", QT_TRANSLATE_NOOP("kensa::Explanations", "The input is larger than %1 MiB; only the first %1 MiB were analysed."), {"limit"}},
    {"normalise.lf_to_crlf", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 line endings were LF only and were converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space."), {"lines"}},
    {"normalise.cr_to_crlf", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 line endings were CR only (old Mac style) and were converted to CRLF."), {"lines"}},
    {"normalise.leading_blank_lines_removed", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 empty lines before the message were removed."), {"lines"}},
    {"normalise.mbox_from_line_removed", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox separator line (\"From sender date\") above the message was removed; it is not part of the message."), {"line"}},
    {"normalise.wrapper_removed.gmail", QT_TRANSLATE_NOOP("kensa::Explanations", "The text of Gmail's \"Show original\" page above the message (%1 lines: summary table and buttons) was removed."), {"lines"}},
    {"normalise.wrapper_removed.outlook", QT_TRANSLATE_NOOP("kensa::Explanations", "The text of Outlook's message source window above the message (%1 lines) was removed."), {"lines"}},
    {"normalise.wrapper_removed.yahoo", QT_TRANSLATE_NOOP("kensa::Explanations", "The text of Yahoo Mail's raw message page above the message (%1 lines) was removed."), {"lines"}},
    {"normalise.wrapper_removed.apple", QT_TRANSLATE_NOOP("kensa::Explanations", "The text of Apple Mail's raw source window above the message (%1 lines) was removed."), {"lines"}},
    {"normalise.preamble_removed", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 lines of text above the first header field were removed."), {"lines"}},
    {"normalise.paste_whitespace", QT_TRANSLATE_NOOP("kensa::Explanations", "This message was pasted. Copying from a web page can lose trailing spaces and turn tabs into spaces, so DKIM signatures with simple canonicalization (c=simple) may fail here although they passed at delivery. Open the original .eml file to be sure."), {}},
    {"mbox.empty_entry", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox entry starting on line %1 holds no message; it was skipped."), {"line"}},
    {"mbox.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox file holds more than %1 messages; only the first %1 were read."), {"limit"}},

    // The header section
    {"message.no_headers", QT_TRANSLATE_NOOP("kensa::Explanations", "This does not look like an email message: line %1 is not a header field (a name followed by a colon)."), {"line"}},
    {"message.header.missing_blank_line", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 is not a header field, but no empty line separates it from the header section. The body is taken to start there."), {"line"}},
    {"message.header.leading_continuation", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 starts with white space before any header field; it was skipped."), {"line"}},
    {"message.header.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has more header fields than Kensa reads (%1); %2 further fields were ignored."), {"limit", "dropped"}},
    {"message.line.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 is %2 characters long; RFC 5322 allows at most %3. Receivers may reject or rewrap such lines."), {"line", "length", "limit"}},
    {"message.nul_byte", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 contains a NUL byte, which RFC 5322 does not allow in a message."), {"line"}},
    {"message.headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the header section was supplied. Checks that need the body say so instead of failing."), {}},
    // Header values (RFC 2047 encoded-words) and addresses (RFC 5322 §3.4)
    {"header.encoded_word.unknown_charset", QT_TRANSLATE_NOOP("kensa::Explanations", "An encoded word in this header uses the unknown character set \"%1\"; it is shown undecoded."), {"charset"}},
    {"header.encoded_word.malformed", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%1\" looks like an RFC 2047 encoded word but is malformed; it is shown as written."), {"word"}},
    {"header.encoded_word.bad_payload", QT_TRANSLATE_NOOP("kensa::Explanations", "The encoded word \"%1\" contains invalid Base64 or quoted-printable data; it is shown undecoded."), {"word"}},
    {"header.encoded_word.invalid_bytes", QT_TRANSLATE_NOOP("kensa::Explanations", "Some bytes in this header are not valid in the declared character set \"%1\" and are shown as replacement characters; the label may be wrong."), {"charset"}},
    {"header.encoded_word.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "This header contains more than %1 encoded words; the rest is shown undecoded."), {"limit"}},
    {"address.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field could not be parsed from character %1 on; that part was skipped up to the next comma."), {"position"}},
    {"address.unbalanced.quote", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has a double quote (\") that is never closed."), {}},
    {"address.unbalanced.comment", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has a comment parenthesis that is never closed."), {}},
    {"address.unbalanced.angle", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has an angle bracket (< or >) without its partner."), {}},
    {"address.no_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The address \"%1\" has no domain part (nothing after \"@\")."), {"address"}},
    {"address.bad_idn", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain \"%1\" is not a valid domain name (it cannot be converted to its IDNA ASCII form)."), {"domain"}},
    {"address.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "This address field lists more than %1 addresses or groups; only the first %1 were checked."), {"limit"}},

    // Received fields (RFC 5321 §4.4, RFC 5322 §3.6.7)
    {"received.unreadable", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 could not be read; it is shown as it is."), {"line"}},
    {"received.partial", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 could only be read in part: the text from column %2 on was not understood."), {"line", "position"}},
    {"received.no_date", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 has no date, so the time spent at this relay cannot be computed."), {"line"}},
    {"received.bad_date", QT_TRANSLATE_NOOP("kensa::Explanations", "The date \"%2\" in the Received field on line %1 cannot be read."), {"line", "date"}},
    {"received.date.lenient", QT_TRANSLATE_NOOP("kensa::Explanations", "The date \"%2\" in the Received field on line %1 is not in the standard format (RFC 5322), but it could be read."), {"line", "date"}},
    {"received.date.no_zone", QT_TRANSLATE_NOOP("kensa::Explanations", "The date \"%2\" in the Received field on line %1 has no time zone; it is taken as UTC, so delays next to this relay may be off by hours."), {"line", "date"}},
    {"received.no_semicolon", QT_TRANSLATE_NOOP("kensa::Explanations", "In the Received field on line %1 the date is not separated by \";\" (column %2); it was read anyway."), {"line", "position"}},
    {"received.comment.unclosed", QT_TRANSLATE_NOOP("kensa::Explanations", "The parenthesis opened at column %2 of line %1 is never closed; the rest of the Received field may be misread."), {"line", "position"}},
    {"received.comment.stray_close", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 has a closing parenthesis at column %2 without a matching opening one."), {"line", "position"}},
    {"received.comment.too_deep", QT_TRANSLATE_NOOP("kensa::Explanations", "The comment starting at column %2 of line %1 is nested more than %3 levels deep; it was skipped."), {"line", "position", "limit"}},
    {"received.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 is %2 bytes long; only the first %3 bytes were read."), {"line", "length", "limit"}},
    {"received.bad_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 gives \"%2\" as the relay's address, which is not a valid IP address."), {"line", "ip"}},
    {"received.control_char", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field contains a control character at line %1, column %2; it was treated as a space."), {"line", "position"}},

    // The path of the message (Received hops)
    {"hops.clock_skew", QT_TRANSLATE_NOOP("kensa::Explanations", "The hop on line %1 is dated %2 seconds before the hop that handed it the message: one of the two relays' clocks is wrong, so the delays around it are not reliable."), {"line", "seconds"}},
    {"hops.no_boundary", QT_TRANSLATE_NOOP("kensa::Explanations", "Kensa could not tell which Received field the final receiver added when the message arrived, so every hop is shown as a claim."), {}},

    // MIME structure (RFC 2045, RFC 2046, RFC 2231)
    {"mime.boundary.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The multipart section declared on line %1 has no boundary parameter, so its parts cannot be separated; it is shown as a single part."), {"line"}},
    {"mime.multipart.unterminated", QT_TRANSLATE_NOOP("kensa::Explanations", "The multipart section with boundary %1 is never closed; the message may be truncated, and the last part runs to the end of the message."), {"boundary"}},
    {"mime.multipart.no_parts", QT_TRANSLATE_NOOP("kensa::Explanations", "The multipart section with boundary %1 contains no parts: the boundary never appears in the body."), {"boundary"}},
    {"mime.depth.exceeded", QT_TRANSLATE_NOOP("kensa::Explanations", "The MIME structure is nested deeper than %1 levels; deeper parts are not analysed."), {"limit"}},
    {"mime.parts.exceeded", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has more than %1 MIME parts; the remaining parts are not analysed."), {"limit"}},
    {"mime.encoding.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The transfer encoding \"%1\" is unknown; the part's body is shown as it was transferred."), {"encoding"}},
    {"mime.base64.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The base64-encoded body contains invalid data at line %1; only the decodable part is shown."), {"line"}},
    {"mime.charset.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The character set \"%1\" is unknown; the text is shown as Latin-1 and may look garbled."), {"charset"}},
    {"mime.part.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "A MIME part decodes to more than %1 bytes; only the first %1 bytes are shown."), {"limit"}},

    // DKIM (RFC 6376, RFC 8301, RFC 8463)
    {"dkim.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature verifies: the signed header fields and the body are unchanged since the domain signed them, and the key is published in DNS today."), {}},
    {"dkim.pass_headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature over the header fields verifies with the key published today. The body was not supplied, so its hash (bh=) could not be checked and is taken as the signature states it."), {}},
    {"authres.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 is empty."), {"line"}},
    {"authres.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 is %2 bytes long; only the first %3 bytes were read."), {"line", "length", "limit"}},
    {"authres.control_char", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field contains a control character at line %1, column %2; it was read as a space."), {"line", "position"}},
    {"authres.comment.unclosed", QT_TRANSLATE_NOOP("kensa::Explanations", "The parenthesis opened at column %2 of line %1 is never closed; the rest of the Authentication-Results field may be misread."), {"line", "position"}},
    {"authres.comment.too_deep", QT_TRANSLATE_NOOP("kensa::Explanations", "The comment starting at column %2 of line %1 is nested more than %3 levels deep; it was skipped."), {"line", "position", "limit"}},
    {"authres.quote.unclosed", QT_TRANSLATE_NOOP("kensa::Explanations", "The double quote at column %2 of line %1 is never closed; the value was read up to the next \";\"."), {"line", "position"}},
    {"authres.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "In the Authentication-Results field, \"%3\" at line %1, column %2 does not follow RFC 8601 and was skipped."), {"line", "position", "text"}},
    {"authres.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 does not name the server that checked the message (no authserv-id), as Microsoft writes it; it was read anyway, but who wrote it cannot be verified."), {"line"}},
    {"authres.no_results", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 reports no result (neither a method result nor \"none\")."), {"line"}},
    {"authres.missing_semicolon", QT_TRANSLATE_NOOP("kensa::Explanations", "A result in the Authentication-Results field at line %1, column %2 is not separated from the previous one by \";\"; it was read as a separate result."), {"line", "position"}},
    {"authres.trailing_semicolon", QT_TRANSLATE_NOOP("kensa::Explanations", "The \";\" at line %1, column %2 is not followed by a result; RFC 8601 does not allow this, but it is harmless."), {"line", "position"}},
    {"authres.method.no_result", QT_TRANSLATE_NOOP("kensa::Explanations", "The method \"%3\" at line %1, column %2 has no result (no \"=result\"); it was skipped."), {"line", "position", "method"}},
    {"authres.property.no_ptype", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%3\" at line %1, column %2 is not in ptype.property form (such as header.from); it was kept as written."), {"line", "position", "property"}},
    {"authres.reason.misplaced", QT_TRANSLATE_NOOP("kensa::Explanations", "The reason= of \"%3\" at line %1, column %2 comes after the properties or is repeated; the first reason was kept."), {"line", "position", "method"}},
    {"authres.value.bad_char", QT_TRANSLATE_NOOP("kensa::Explanations", "The value \"%3\" at line %1, column %2 contains characters that must be quoted; it was read as written."), {"line", "position", "value"}},
    {"authres.version.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 declares format version %2; Kensa reads version 1, so results may be misread."), {"line", "version"}},
    {"authres.method.version.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The method \"%2\" on line %1 declares version %3; Kensa knows version 1 only."), {"line", "method", "version"}},
    {"authres.unknown_method", QT_TRANSLATE_NOOP("kensa::Explanations", "The authentication method \"%2\" on line %1 is not a registered method; its result is shown as written."), {"line", "method"}},
    {"authres.unknown_result", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%3\" on line %1 is not a defined result of %2; it is shown as written and not treated as pass."), {"line", "method", "result"}},
    {"authres.unknown_ptype", QT_TRANSLATE_NOOP("kensa::Explanations", "The property type \"%2\" of %3 on line %1 is not one of smtp, header, body or policy; it was kept as written."), {"line", "ptype", "method"}},
    {"authres.too_many_methods", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 holds more than %2 results; the rest were ignored."), {"line", "limit"}},
    {"authres.arc.no_instance", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Authentication-Results field on line %1 has no instance number (i=)."), {"line"}},
    {"authres.arc.bad_instance", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC instance \"%2\" on line %1 is not a number from 1 to 50."), {"line", "instance"}},
    {"authres.untrusted_same_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 carries the receiving server's name \"%2\" but sits below another server's field: it was added before delivery, possibly forged, and is treated as the sender's claim."), {"line", "authserv_id"}},
    {"dkim.recorded.key_gone", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the key is no longer published. The signature was probably fine when the message arrived; the sender has since rotated or removed the key."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; Kensa could not check the signature again now (%4), so only the receiver's verdict is available."), {"domain", "receiver", "recorded", "now"}},
    {"dkim.recorded.expired_since", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; the signature has expired since (x= tag), which does not matter for a message already delivered."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.body_changed", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches the signature: the body was changed after delivery (by a mail client, an archive or a security gateway)."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.body_changed_pasted", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches: most likely white space or line endings were lost when the message was copied or pasted. Open the original .eml file to be sure."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.header_changed", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: a signed header field was changed after delivery, or the key was replaced by a different one under the same selector."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.header_changed_pasted", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: pasted text often loses the exact folding or spacing of signed header fields. Open the original .eml file to be sure."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.stricter_now", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1, but Kensa finds the signature invalid (%4) under the current rules (RFC 6376, RFC 8301); the receiver was more lenient."), {"domain", "receiver", "recorded", "now"}},
    {"dkim.recorded.passes_now", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature verifies now. The key may have been missing or unreachable when the message arrived, or the receiver changed the message before checking it."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.differs", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; Kensa finds %4 now."), {"domain", "receiver", "recorded", "now"}},
    {"dmarc.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC passes for %1: %2 passed for a domain aligned with the From domain."), {"domain", "via"}},
    {"dmarc.fail.not_aligned", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC fails for %1: SPF or DKIM passed, but only for domains that are not aligned with the From domain. The domain's policy for such mail is p=%2. This is typical of a third-party sending service that signs with its own domain."), {"domain", "policy"}},
    {"dmarc.fail.nothing_passed", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC fails for %1: neither SPF nor DKIM passed. The domain's policy for such mail is p=%2; the message may be forged."), {"domain", "policy"}},
    {"dmarc.none", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes no DMARC policy, neither itself nor higher up the DNS tree. Gmail, Yahoo and Outlook.com require one from bulk senders."), {"domain"}},
    {"dmarc.not_in_snapshot", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record at %1 is not in the DNS snapshot and Kensa is offline, so DMARC cannot be evaluated."), {"name"}},
    {"dmarc.dns_error", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record at %1 could not be fetched (%2). This is a temporary error; try again later."), {"name", "status"}},
    {"dmarc.from.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no From address with a domain, so DMARC cannot apply. Receivers often reject such messages."), {}},
    {"dmarc.from.multiple", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field holds %1 addresses; DMARC was evaluated for the first domain, %2. Many receivers reject messages with several authors."), {"count", "domain"}},
    {"dmarc.record.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record \"%1\" is not a valid tag list and is ignored."), {"record"}},
    {"dmarc.record.invalid_value", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record has an invalid value %1=%2; receivers ignore this tag."), {"tag", "value"}},
    {"dmarc.record.unknown_tag", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record has an unknown tag %1=; it is ignored."), {"tag"}},
    {"dmarc.record.historic_tag", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record uses %1=, which RFC 9989 removed; current receivers ignore it."), {"tag"}},
    {"dmarc.record.no_policy", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record has no valid p= tag; it is read as p=none (monitoring only)."), {}},
    {"dmarc.testing", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record is in testing mode (t=y): instead of %1, receivers apply the next weaker policy, %2."), {"policy", "disposition"}},
    {"dmarc.rfc7489_differs", QT_TRANSLATE_NOOP("kensa::Explanations", "Under RFC 9989 (DNS Tree Walk) the organisational domain is %1 and DMARC gives %3; under RFC 7489 (Public Suffix List) it is %2 and DMARC gives %4. Receivers that have not moved to the new rules may decide differently."), {"org", "org7489", "result", "result7489"}},
    {"dmarc.org_incomplete", QT_TRANSLATE_NOOP("kensa::Explanations", "Some DMARC records above %1 could not be fetched, so its organisational domain may be wrong."), {"domain"}},
    {"dmarc.recorded.differs", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded dmarc=%2 at delivery; Kensa finds %3 now. The DMARC or SPF record may have changed since, or the receiver applied a local rule."), {"receiver", "recorded", "now"}},
    {"dmarc.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded dmarc=%2 at delivery; Kensa could not evaluate DMARC again now (%3), so only the receiver's verdict is available."), {"receiver", "recorded", "now"}},
    {"spf.result.matched", QT_TRANSLATE_NOOP("kensa::Explanations", "The mechanism %1 in the SPF record of %2 matched and decided the result."), {"term", "domain"}},
    {"spf.result.default", QT_TRANSLATE_NOOP("kensa::Explanations", "No mechanism in the SPF record of %1 matched, so the default result (neutral) applies."), {"domain"}},
    {"spf.domain.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 is not a valid multi-label domain name, so SPF returns none (RFC 7208 §4.3)."), {"domain"}},
    {"spf.dns.error", QT_TRANSLATE_NOOP("kensa::Explanations", "The DNS query %2 %1 failed (%3), so SPF returns temperror."), {"name", "type", "status"}},
    {"spf.record.none", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes no SPF record (v=spf1)."), {"domain"}},
    {"spf.record.multiple", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes %2 SPF records; only one is allowed, so the result is permerror."), {"domain", "count"}},
    {"spf.record.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF record of %1 has a syntax error at column %3 (%4), so the whole record is permerror."), {"domain", "error", "column", "term"}},
    {"spf.include.none", QT_TRANSLATE_NOOP("kensa::Explanations", "The include target %1 has no SPF record, so the result is permerror."), {"domain"}},
    {"spf.redirect.none", QT_TRANSLATE_NOOP("kensa::Explanations", "The redirect= target %1 has no SPF record, so the result is permerror."), {"domain"}},
    {"spf.limit.lookups", QT_TRANSLATE_NOOP("kensa::Explanations", "Evaluating the SPF record needed more than %1 DNS lookups, so the result is permerror."), {"limit"}},
    {"spf.limit.void", QT_TRANSLATE_NOOP("kensa::Explanations", "More than %1 DNS lookups returned no records (void lookups), so the result is permerror."), {"limit"}},
    {"spf.limit.mx", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 has %2 MX records, more than the mx mechanism may use, so the result is permerror."), {"domain", "count"}},
    {"spf.limit.questions", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF evaluation was stopped after %1 DNS questions."), {"limit"}},
    {"spf.input.ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The client address %1 is not a valid IP address, so SPF cannot be evaluated."), {"ip"}},
    {"spf.ptr.used", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF record of %1 uses the ptr mechanism (%2), which RFC 7208 says should not be used: it is slow and unreliable."), {"domain", "term"}},
    {"spf.explanation.unusable", QT_TRANSLATE_NOOP("kensa::Explanations", "The exp= explanation record was missing, ambiguous or unreachable, so the default explanation is used."), {}},
    {"spf.explanation.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The exp= explanation text has a macro syntax error, so the default explanation is used."), {}},
    {"spf.name.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The target name cannot form a DNS query (empty or over-long label), so the mechanism does not match."), {}},
    {"spf.syntax.version", QT_TRANSLATE_NOOP("kensa::Explanations", "The record does not start with \"v=spf1\"."), {}},
    {"spf.syntax.character", QT_TRANSLATE_NOOP("kensa::Explanations", "The record contains a character other than printable ASCII and spaces."), {}},
    {"spf.syntax.unknown_mechanism", QT_TRANSLATE_NOOP("kensa::Explanations", "The record contains an unknown mechanism."), {}},
    {"spf.syntax.mechanism", QT_TRANSLATE_NOOP("kensa::Explanations", "A mechanism has an argument it does not allow, or lacks a required one."), {}},
    {"spf.syntax.cidr", QT_TRANSLATE_NOOP("kensa::Explanations", "A CIDR prefix length is malformed or out of range."), {}},
    {"spf.syntax.ip4", QT_TRANSLATE_NOOP("kensa::Explanations", "An ip4 mechanism does not hold a valid IPv4 address."), {}},
    {"spf.syntax.ip6", QT_TRANSLATE_NOOP("kensa::Explanations", "An ip6 mechanism does not hold a valid IPv6 address."), {}},
    {"spf.syntax.domain_spec", QT_TRANSLATE_NOOP("kensa::Explanations", "A domain specification is empty, has a macro error, or does not end in a valid top-level label."), {}},
    {"spf.syntax.macro", QT_TRANSLATE_NOOP("kensa::Explanations", "A modifier value contains a malformed macro."), {}},
    {"spf.syntax.modifier", QT_TRANSLATE_NOOP("kensa::Explanations", "A modifier name is malformed."), {}},
    {"spf.syntax.duplicate_modifier", QT_TRANSLATE_NOOP("kensa::Explanations", "redirect= or exp= appears more than once."), {}},
    {"spf.not_evaluated.no_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "Kensa cannot re-evaluate SPF for this message: no Received field or Authentication-Results names the IP address that delivered it to the receiver."), {}},
    {"spf.not_in_snapshot", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 is not in the DNS snapshot and Kensa is offline, so SPF cannot be evaluated."), {"name"}},
    {"spf.recorded.differs", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded spf=%2 at delivery; Kensa finds %3 now. The SPF record may have changed since delivery, or the receiver used a local override."), {"receiver", "recorded", "now"}},
    {"spf.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded spf=%2 at delivery; Kensa could not evaluate SPF again now (%3), so only the receiver's verdict is available."), {"receiver", "recorded", "now"}},
    {"sender.service", QT_TRANSLATE_NOOP("kensa::Explanations", "The message was sent through %1 (evidence: %2)."), {"name", "evidence"}},
    {"dmarc.return_path.exact", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender (Return-Path) domain is the From domain, %2: SPF speaks for the From domain itself."), {"return_path", "from"}},
    {"dmarc.return_path.organizational", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender (Return-Path) domain %1 is in the same organisation as the From domain %2: SPF aligns under relaxed alignment (aspf=r), not under strict."), {"return_path", "from"}},
    {"dmarc.return_path.different", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender (Return-Path) domain %1 is not part of the From domain %2, so SPF cannot help DMARC, and no DKIM signature aligns with %2 either. This is typical when a sending service uses its own bounce and signing domains: set up a custom bounce (MAIL FROM) domain and DKIM signing with your own domain at the service."), {"return_path", "from"}},
    {"dmarc.return_path.different_dkim_saves", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender (Return-Path) domain %1 is not part of the From domain %2, so SPF does not align; DMARC passes only because a DKIM signature aligns. If that signature breaks (a forwarder or a mailing list changes the message), DMARC fails."), {"return_path", "from"}},
    {"iprev.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP %1 has a reverse DNS name, %2, that resolves back to it (forward-confirmed reverse DNS)."), {"ip", "name"}},
    {"iprev.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS name of %1 (%2) does not resolve back to it. Gmail and Yahoo require forward-confirmed reverse DNS for the sending IP."), {"ip", "names"}},
    {"iprev.no_ptr", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP %1 has no reverse DNS (PTR) record. Many receivers reject or penalise mail from such addresses."), {"ip"}},
    {"iprev.no_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%1\" is not an IP address, so reverse DNS cannot be checked."), {"ip"}},
    {"iprev.dns_error", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS query %1 failed (%2), so reverse DNS could not be checked now."), {"name", "status"}},
    {"iprev.forward_dns_error", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS names of %1 (%2) could not be looked up forward now, so the check is incomplete."), {"ip", "names"}},
    {"iprev.generic", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS name %1 looks like a generic or dynamic address (it contains the IP's digits or words such as dynamic or pool). Receivers treat mail from such names as likely spam; use a name of your own domain for %2."), {"name", "ip"}},
    {"iprev.helo_differs", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending server introduced itself as %1 (HELO), but its reverse DNS name is %2."), {"helo", "name"}},
    {"dns.server.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "This DNS server is not an IP address with an optional port (for example 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53)."), {}},
    {"dns.zone.unreadable", QT_TRANSLATE_NOOP("kensa::Explanations", "The zone file cannot be read. Check that it exists and that you may open it."), {}},
    {"dns.zone.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "The zone file is too large to load (more than 64 MB)."), {}},
    {"dns.zone.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The zone file holds no DNS records."), {}},
    {"dns.zone.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The zone file is not valid master-file syntax (RFC 1035 §5) where reading stopped."), {}},
    {"dns.zone.snapshot_syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "A \"; kensa-answer:\" line of this DNS snapshot is malformed."), {}},
    {"arc.none", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no ARC fields, so there is no chain to validate."), {}},
    {"arc.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC chain is complete (ARC sets: %1), every seal verifies and the newest ARC-Message-Signature passes."), {"count"}},
    {"arc.instance.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field on line %2 has no valid instance number (i= must be 1 to 50)."), {"field", "line"}},
    {"arc.too_many_instances", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field on line %2 has an instance number above the limit of %3 ARC sets."), {"field", "line", "limit"}},
    {"arc.instance.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "ARC set %2 has no %1 field, so the chain is incomplete."), {"field", "instance"}},
    {"arc.instance.duplicate", QT_TRANSLATE_NOOP("kensa::Explanations", "ARC set %2 has more than one %1 field."), {"field", "instance"}},
    {"arc.cv.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The sealer of ARC set %1 recorded that the chain had already failed (cv=fail)."), {"instance"}},
    {"arc.cv.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal of set %1 says cv=%2 where %3 is required."), {"instance", "cv", "expected"}},
    {"arc.ams.failed", QT_TRANSLATE_NOOP("kensa::Explanations", "The newest ARC-Message-Signature (set %1) did not pass (%2)."), {"instance", "result"}},
    {"arc.seal.failed", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal of set %1 did not verify (%2)."), {"instance", "result"}},
    {"arc.seal.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal verifies over the ARC sets up to this one."), {}},
    {"arc.seal.signature_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal's signature does not match the ARC fields it covers."), {}},
    {"arc.seal.tag.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal lacks the required tag %1=."), {"tag"}},
    {"arc.seal.tag.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal's %1= value is not valid."), {"tag"}},
    {"arc.seal.tag.duplicate", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal names the same tag twice (at position %1)."), {"position"}},
    {"arc.seal.tag_list_syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal's tag list is malformed at position %1."), {"position"}},
    {"arc.seal.h_present", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal has an h= tag, which RFC 8617 forbids."), {}},
    {"arc.seal.algorithm.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal uses an unknown algorithm %1."), {"algorithm"}},
    {"arc.seal.algorithm.rsa_sha1", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Seal uses rsa-sha1, which must not be accepted."), {}},
    {"arc.ams.signs_seal", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC-Message-Signature signs ARC-Seal fields, which RFC 8617 forbids."), {}},
    {"arc.recorded.differs", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded arc=%2 at delivery; Kensa finds %3 now. A key may have been rotated since, or the message was changed after delivery."), {"receiver", "recorded", "now"}},
    {"arc.story.hop", QT_TRANSLATE_NOOP("kensa::Explanations", "Set %1: %2 forwarded the message and recorded what it saw on arrival: %3."), {"instance", "sealer", "saw"}},
    {"dkim.body_hash_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The body hash does not match: the body was changed after it was signed (for example by a mailing list footer, a forwarder, a security gateway or lost whitespace when pasting)."), {}},
    {"dkim.signature_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature does not verify with the published key: a signed header field was changed after signing, or the key in DNS is not the one that signed (it may have been rotated)."), {}},
    {"dkim.key.not_found", QT_TRANSLATE_NOOP("kensa::Explanations", "No key is published at %1. The selector may be wrong, or the key was removed after the message was sent."), {"name"}},
    {"dkim.key.not_in_snapshot", QT_TRANSLATE_NOOP("kensa::Explanations", "The key %1 is not in the DNS snapshot and Kensa is offline, so this signature cannot be verified."), {"name"}},
    {"dkim.key.dns_error", QT_TRANSLATE_NOOP("kensa::Explanations", "The key could not be fetched from DNS (%1). This is a temporary error; try again later."), {"status"}},
    {"dkim.key.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The key record in DNS is malformed and cannot be used."), {}},
    {"dkim.key.version", QT_TRANSLATE_NOOP("kensa::Explanations", "The key record has v=%1; it must be v=DKIM1 and come first."), {"version"}},
    {"dkim.key.no_p", QT_TRANSLATE_NOOP("kensa::Explanations", "The TXT record at the selector has no p= tag, so it is not a DKIM key."), {}},
    {"dkim.key.revoked", QT_TRANSLATE_NOOP("kensa::Explanations", "The key has been revoked: the record at the selector has an empty p= tag."), {}},
    {"dkim.key.type_unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The key record names an unknown key type k=%1."), {"type"}},
    {"dkim.key.service", QT_TRANSLATE_NOOP("kensa::Explanations", "The key is restricted to another service (s=%1) and may not be used for email."), {"service"}},
    {"dkim.key.ed25519_size", QT_TRANSLATE_NOOP("kensa::Explanations", "The Ed25519 key is %1 bytes long; RFC 8463 requires exactly 32."), {"bytes"}},
    {"dkim.key.type_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature uses %1, but the published key is of type %2."), {"algorithm", "type"}},
    {"dkim.key.hash_excluded", QT_TRANSLATE_NOOP("kensa::Explanations", "The key record's h= tag does not allow %1, the hash this signature uses."), {"hash"}},
    {"dkim.key.strict_subdomain", QT_TRANSLATE_NOOP("kensa::Explanations", "The key is marked t=s (no subdomains), but the signing identity %1 is in a subdomain."), {"i"}},
    {"dkim.key.too_small", QT_TRANSLATE_NOOP("kensa::Explanations", "The RSA key has only %1 bits. RFC 8301 forbids keys under 1024 bits and receivers ignore such signatures; publish a 2048-bit key."), {"bits"}},
    {"dkim.key.weak", QT_TRANSLATE_NOOP("kensa::Explanations", "The RSA key has %1 bits. It still works, but 2048 bits are recommended and Gmail and Yahoo ask for at least 1024."), {"bits"}},
    {"dkim.key.testing", QT_TRANSLATE_NOOP("kensa::Explanations", "The key %1 is marked as testing (t=y): receivers may treat the signature as if it were absent."), {"name"}},
    {"dkim.algorithm.rsa_sha1", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature uses rsa-sha1, which RFC 8301 forbids: receivers treat it as invalid. Sign with rsa-sha256."), {}},
    {"dkim.algorithm.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature algorithm a=%1 is unknown."), {"algorithm"}},
    {"dkim.tag.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The required tag %1= is missing from the signature."), {"tag"}},
    {"dkim.tag.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The value of the %1= tag is malformed."), {"tag"}},
    {"dkim.tag.duplicate", QT_TRANSLATE_NOOP("kensa::Explanations", "A tag appears twice in the signature (at character %1), which makes it invalid."), {"position"}},
    {"dkim.tag.list_syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature's tag list is malformed at character %1."), {"position"}},
    {"dkim.version", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature has version v=%1; only v=1 is defined."), {"version"}},
    {"dkim.canonicalization.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The canonicalization c=%1 is unknown."), {"c"}},
    {"dkim.identity_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The signing identity i=%1 is not in the signing domain d=%2."), {"i", "d"}},
    {"dkim.from_not_signed", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field is not among the signed header fields (h=), which RFC 6376 requires."), {}},
    {"dkim.query_method", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature names no supported key query method (q=%1); dns/txt is required."), {"q"}},
    {"dkim.expired", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature expired on %1 (x= tag). It may have been valid when the message was delivered."), {"expiry"}},
    {"dkim.expiry_before_timestamp", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature's expiry (x=) is earlier than its signing time (t=)."), {}},
    {"dkim.timestamp.future", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature claims to have been made in the future (%1); the signer's clock may be wrong."), {"timestamp"}},
    {"dkim.body.beyond_length", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the first %1 bytes of the body are signed (l= tag); %2 more bytes follow that anyone could have added."), {"length", "extra"}},
    {"message.findings.more", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 more findings of the kind \"%1\" were not listed."), {"key", "count"}},
};
// clang-format on


const QHash<QString, const Entry *> &index()
{
    static const QHash<QString, const Entry *> table = [] {
        QHash<QString, const Entry *> h;
        for (const Entry &e : entries)
            h.insert(QString::fromLatin1(e.key), &e);
        return h;
    }();
    return table;
}

} // namespace

QString Explanations::text(const Finding &finding)
{
    const Entry *entry = index().value(finding.key);
    if (!entry)
        return finding.key;
    const QString sentence = QCoreApplication::translate("kensa::Explanations", entry->text);
    QStringList v;
    for (const char *name : entry->args)
        v.append(finding.arg(QString::fromLatin1(name)));
    // All placeholders at once, so a value that itself contains "%1" stays as it is.
    switch (v.size()) {
    case 0:
        return sentence;
    case 1:
        return sentence.arg(v[0]);
    case 2:
        return sentence.arg(v[0], v[1]);
    case 3:
        return sentence.arg(v[0], v[1], v[2]);
    case 4:
        return sentence.arg(v[0], v[1], v[2], v[3]);
    default:
        return sentence.arg(v[0], v[1], v[2], v[3], v[4]);
    }
}

bool Explanations::hasText(const QString &key)
{
    return index().contains(key);
}

QStringList Explanations::keys()
{
    QStringList out;
    for (const Entry &e : entries)
        out.append(QString::fromLatin1(e.key));
    return out;
}

QStringList Explanations::argumentNames(const QString &key)
{
    QStringList out;
    if (const Entry *entry = index().value(key)) {
        for (const char *name : entry->args)
            out.append(QString::fromLatin1(name));
    }
    return out;
}

QString Explanations::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("kensa::Explanations", "Info", "finding severity");
    case Severity::Notice:
        return QCoreApplication::translate("kensa::Explanations", "Notice", "finding severity");
    case Severity::Warning:
        return QCoreApplication::translate("kensa::Explanations", "Warning", "finding severity");
    case Severity::Error:
        return QCoreApplication::translate("kensa::Explanations", "Error", "finding severity");
    }
    return {};
}

} // namespace kensa
