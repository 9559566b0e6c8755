#include "core/i18n/Explanations.h"

#include "core/i18n/Localization.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cstring>
#include <initializer_list>

namespace kensa {

namespace {

struct Entry
{
    const char *key;
    const char *text; // placeholders %1, %2 ... in the order of args
    std::initializer_list<const char *> args;
    // The argument that is the count of a plural sentence: the text says %n for it (not a
    // numbered placeholder) and is marked with QT_TRANSLATE_N_NOOP, so kensa_en.ts and
    // kensa_ja.ts hold its plural forms.
    const char *count = nullptr;
};

// A finding whose receiver wrote no authserv-id (Exchange Online writes none) is told with the
// key's variant that names no receiver, so no sentence begins with an empty name.
constexpr QStringView unnamedReceiverSuffix = u".no_authserv_id";

// clang-format off
const Entry entries[] = {
    // Reading the input
    {"input.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The input is empty: there is no message to analyse."), {}},
    {"input.binary", QT_TRANSLATE_NOOP("kensa::Explanations", "This looks like a %1 file, not an email message. Open the .eml file or paste the message source."), {"kind"}},
    {"input.no_message_fields", QT_TRANSLATE_NOOP("kensa::Explanations", "This text is not an email message: its first lines (%1) are none of a message's header fields such as From, To, Subject, Date or Received. Open the .eml file, or paste the full source of the message (\"Show original\" in Gmail, \"View message source\" in Outlook)."), {"fields"}},
    {"input.unreadable", QT_TRANSLATE_NOOP("kensa::Explanations", "The file cannot be read. Check that it exists and that you may open it."), {}},
    {"input.not_a_file", QT_TRANSLATE_NOOP("kensa::Explanations", "This is a folder, not a file."), {}},
    {"input.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "The file is too large to analyse (over 1 GiB)."), {}},
    {"input.msg.headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "This is an Outlook .msg file. Outlook keeps the header section of a received message but not its original MIME source; it keeps the body in its own forms (%1). Kensa analysed the header section only, so DKIM body hashes and the checks of the body cannot be verified. To check everything, save the message as .eml or paste its source."), {"forms"}},
    {"input.msg.headers_only.no_body", QT_TRANSLATE_NOOP("kensa::Explanations", "This is an Outlook .msg file. Outlook keeps the header section of a received message but not its original MIME source, and this file holds no body either. Kensa analysed the header section only, so DKIM body hashes and the checks of the body cannot be verified. To check everything, save the message as .eml or paste its source."), {}},
    {"input.msg.signed_mime", QT_TRANSLATE_NOOP("kensa::Explanations", "This is an Outlook .msg file of an S/MIME signed message. Outlook kept its original signed MIME body, so Kensa analysed the header section together with that body. Outlook stored the header section again itself, so its bytes may differ from those delivered (folding, encoding)."), {}},
    {"input.msg.no_transport_headers", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file holds no Internet header section (PR_TRANSPORT_MESSAGE_HEADERS): Outlook keeps one only for received messages, not for drafts or sent items. Without it nothing can be verified. Open the received message in Outlook, copy the Internet headers from File > Properties, and paste them with Edit > Paste Message."), {}},
    {"input.msg.not_a_message", QT_TRANSLATE_NOOP("kensa::Explanations", "This is an OLE compound file, as Word, Excel and Outlook write, but not an Outlook message: it holds no message properties. Open the .eml or .msg file of the message."), {}},
    {"input.msg.header", QT_TRANSLATE_NOOP("kensa::Explanations", "This file starts like an Outlook .msg file (an OLE compound file), but its file header is damaged at byte %1, so it cannot be read."), {"offset"}},
    {"input.msg.truncated", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is cut short: its %1 continues to byte %3, but the file ends at byte %2. Save or copy the file again."), {"part", "offset", "value"}},
    {"input.msg.sector_out_of_range", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: in its %1, the pointer at byte %2 names sector %3, which does not exist. It cannot be read."), {"part", "offset", "value"}},
    {"input.msg.chain_loop", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: the sector chain of its %1 runs in a loop (the pointer at byte %2 leads back to sector %3). It cannot be read."), {"part", "offset", "value"}},
    {"input.msg.chain_short", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: the sector chain of its %1 ends after %3 bytes, before the size the file states (the pointer at byte %2). It cannot be read."), {"part", "offset", "value"}},
    {"input.msg.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: its %1 claims %3 bytes, more than the whole file (the size at byte %2). It cannot be read."), {"part", "offset", "value"}},
    {"input.msg.directory_too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file has a directory of more than 32,768 entries, more than any single message needs: it is damaged or not one message. Kensa does not read it."), {}},
    {"input.msg.bad_directory", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: directory entry %2 (at byte %1) is invalid. It cannot be read."), {"offset", "value"}},
    {"input.msg.directory_loop", QT_TRANSLATE_NOOP("kensa::Explanations", "This Outlook .msg file is damaged: directory entry %2 is reached twice (the pointer at byte %1), so its folder tree runs in a loop. It cannot be read."), {"offset", "value"}},

    // Evidence bundles (.kensa): the zip archive, then its manifest
    {"zip.not_zip", QT_TRANSLATE_NOOP("kensa::Explanations", "This file is named like a Kensa evidence bundle (.kensa) but is not a zip archive, so it cannot be read."), {}},
    {"zip.truncated", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle is cut short: the directory at the end of its zip archive is missing. Copy or download the file again."), {}},
    {"zip.zip64", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle is a ZIP64 archive, which Kensa does not read. Kensa saves bundles as plain zip archives, so this one was made or changed by another tool."), {}},
    {"zip.multi_disk", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle is one part of a zip archive split over several files, which Kensa does not read."), {}},
    {"zip.too_many_entries", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle lists %1 entries, more than Kensa reads (64): it is damaged or not a bundle."), {"value"}},
    {"zip.bad_directory", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle is damaged: the directory of its zip archive is broken at byte %1."), {"offset"}},
    {"zip.bad_name", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle holds an entry whose name is not a plain file name (%1). Names such as ../ or absolute paths are used to write outside a folder, so Kensa refuses the whole archive."), {"entry"}},
    {"zip.duplicate_name", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle holds two entries named %1, so which one is meant is unclear: Kensa does not read it."), {"entry"}},
    {"zip.encrypted", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle is encrypted; Kensa reads only unencrypted bundles."), {"entry"}},
    {"zip.compressed", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle is compressed (deflate), so the bundle was packed again by another tool. Kensa reads only uncompressed bundles, as it saves them: unpack the files and pack them again without compression (for example with zip -0)."), {"entry"}},
    {"zip.unsupported_method", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle uses compression method %2, which Kensa does not read."), {"entry", "value"}},
    {"zip.entry_too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle claims %2 bytes, more than Kensa reads from one entry (128 MiB)."), {"entry", "value"}},
    {"zip.too_large", QT_TRANSLATE_NOOP("kensa::Explanations", "The entries of this evidence bundle claim %2 bytes together (up to the entry %1), more than Kensa reads from one bundle (192 MiB)."), {"entry", "value"}},
    {"zip.inconsistent", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle is described differently by the archive's directory and by its own header (byte %2): the bundle is damaged or was altered."), {"entry", "offset"}},
    {"zip.out_of_range", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle points outside its data (byte %2): the bundle is damaged or cut short."), {"entry", "offset"}},
    {"zip.crc_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The entry %1 of this evidence bundle is damaged: its content does not match its checksum (CRC-32). Copy or download the file again."), {"entry"}},
    {"evidence.no_manifest", QT_TRANSLATE_NOOP("kensa::Explanations", "This zip archive holds no kensa-manifest.json, so it is not a Kensa evidence bundle."), {}},
    {"evidence.bad_manifest", QT_TRANSLATE_NOOP("kensa::Explanations", "The manifest of this evidence bundle (kensa-manifest.json) is damaged: its field %1 is missing or invalid."), {"field"}},
    {"evidence.newer_format", QT_TRANSLATE_NOOP("kensa::Explanations", "This evidence bundle was saved by a newer Kensa (%1) in a format this version does not read. Update Kensa to open it."), {"version"}},
    {"evidence.missing_entry", QT_TRANSLATE_NOOP("kensa::Explanations", "The manifest of this evidence bundle names the entry %1, but the archive does not hold it."), {"entry"}},

    // How the input was read (pasted text, line endings, mbox)
    {"normalise.truncated", QT_TRANSLATE_NOOP("kensa::Explanations", "The input is larger than %1 MiB; only the first %1 MiB were analysed."), {"limit"}},
    {"normalise.bom_removed", QT_TRANSLATE_NOOP("kensa::Explanations", "The file began with a UTF-8 byte-order mark, which some editors write; it is not part of the message and was removed."), {}},
    {"normalise.lf_to_crlf", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%n line ending(s) were LF only and were converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space."), {}, "lines"},
    {"normalise.cr_to_crlf", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%n line ending(s) were CR only (old Mac style) and were converted to CRLF."), {}, "lines"},
    {"normalise.leading_blank_lines_removed", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%n empty line(s) before the message were removed."), {}, "lines"},
    {"normalise.mbox_from_line_removed", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox separator line (\"From sender date\") above the message was removed; it is not part of the message."), {}},
    {"normalise.wrapper_removed.gmail", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The text of Gmail's \"Show original\" page above the message (%n line(s): summary table and buttons) was removed."), {}, "lines"},
    {"normalise.wrapper_removed.outlook", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The text of Outlook's message source window above the message (%n line(s)) was removed."), {}, "lines"},
    {"normalise.wrapper_removed.yahoo", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The text of Yahoo Mail's raw message page above the message (%n line(s)) was removed."), {}, "lines"},
    {"normalise.wrapper_removed.apple", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The text of Apple Mail's raw source window above the message (%n line(s)) was removed."), {}, "lines"},
    {"normalise.preamble_removed", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%n line(s) of text above the first header field were removed."), {}, "lines"},
    {"normalise.copied_whitespace", QT_TRANSLATE_NOOP("kensa::Explanations", "This file holds text copied from a web page. Copying can lose trailing spaces and turn tabs into spaces, so DKIM signatures with simple canonicalization (c=simple) may fail here although they passed at delivery. Open the original .eml file to be sure."), {}},
    {"normalise.paste_whitespace", QT_TRANSLATE_NOOP("kensa::Explanations", "This message was pasted. Copying from a web page can lose trailing spaces and turn tabs into spaces, so DKIM signatures with simple canonicalization (c=simple) may fail here although they passed at delivery. Open the original .eml file to be sure."), {}},
    {"mbox.empty_entry", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox entry starting on line %1 holds no message; it was skipped."), {"line"}},
    {"mbox.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "The mailbox file holds more than %1 messages; only the first %1 were read."), {"limit"}},

    // The header section
    {"message.no_headers", QT_TRANSLATE_NOOP("kensa::Explanations", "This does not look like an email message: line %1 is not a header field (a name followed by a colon)."), {"line"}},
    {"message.header.missing_blank_line", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 is not a header field, but no empty line separates it from the header section. The body is taken to start there."), {"line"}},
    {"message.header.leading_continuation", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 starts with white space before any header field; it was skipped."), {"line"}},
    {"message.header.too_many", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The message has more header fields than Kensa reads (%1); %n further field(s) were ignored."), {"limit"}, "dropped"},
    {"message.header.value_too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The header field on line %1 is %2 bytes long; only its first %3 bytes are decoded for display. Its bytes are checked whole."), {"line", "length", "limit"}},
    {"message.line.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 is %2 characters long; RFC 5322 allows at most %3. Receivers may reject or rewrap such lines."), {"line", "length", "limit"}},
    {"message.nul_byte", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 contains a NUL byte, which RFC 5322 does not allow in a message."), {"line"}},
    {"message.headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the header section was supplied. Checks that need the body say so instead of failing."), {}},
    // Header values (RFC 2047 encoded-words) and addresses (RFC 5322 §3.4)
    {"header.encoded_word.unknown_charset", QT_TRANSLATE_NOOP("kensa::Explanations", "An encoded word in this header uses the unknown character set \"%1\"; it is shown undecoded."), {"charset"}},
    {"header.encoded_word.malformed", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%1\" looks like an RFC 2047 encoded word but is malformed; it is shown as written."), {"word"}},
    {"header.encoded_word.split", QT_TRANSLATE_NOOP("kensa::Explanations", "The encoded word \"%1\" is cut by a line fold, which RFC 2047 does not allow (some Japanese mail programs write it so); it was joined and decoded."), {"word"}},
    {"header.encoded_word.bad_payload", QT_TRANSLATE_NOOP("kensa::Explanations", "The encoded word \"%1\" contains invalid Base64 or quoted-printable data; it is shown undecoded."), {"word"}},
    {"header.encoded_word.invalid_bytes", QT_TRANSLATE_NOOP("kensa::Explanations", "Some bytes in this header are not valid in the declared character set \"%1\" and are shown as replacement characters; the label may be wrong."), {"charset"}},
    {"header.encoded_word.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "This header contains more than %1 encoded words; the rest is shown undecoded."), {"limit"}},
    {"address.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field could not be parsed from character %1 on; that part was skipped up to the next comma."), {"position"}},
    {"address.unbalanced.quote", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has a double quote (\") that is never closed."), {}},
    {"address.unbalanced.comment", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has a comment parenthesis that is never closed."), {}},
    {"address.unbalanced.angle", QT_TRANSLATE_NOOP("kensa::Explanations", "The address field has an angle bracket (< or >) without its partner."), {}},
    {"address.no_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The address \"%1\" has no domain part (nothing after \"@\")."), {"address"}},
    {"address.return_path.no_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The Return-Path \"%1\" has no domain: the receiving server wrote the null sender of a bounce this way, so Kensa treats it as <> and SPF checks the HELO name."), {"address"}},
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
    {"received.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %1 Received fields, more than the %2 Kensa reads (RFC 5321 §6.3 takes so many for a mail loop); the oldest were not read."), {"count", "limit"}},
    {"received.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 is %2 bytes long; only the first %3 bytes were read."), {"line", "length", "limit"}},
    {"received.bad_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field on line %1 gives \"%2\" as the relay's address, which is not a valid IP address."), {"line", "ip"}},
    {"received.control_char", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field contains a control character at line %1, column %2; it was treated as a space."), {"line", "position"}},

    // The path of the message (Received hops)
    {"hops.clock_skew", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The hop on line %1 is dated %n second(s) before the hop that handed it the message: one of the two relays' clocks is wrong, so the delays around it are not reliable."), {"line"}, "seconds"},
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
    {"authres.too_many_fields", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %2 %1 fields; only the topmost %3 were read."), {"field", "count", "limit"}},
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
    {"authres.pre_delivery", QT_TRANSLATE_NOOP("kensa::Explanations", "The Authentication-Results field on line %1 stands below every Received field: it was added before delivery, on the sender's side, and is treated as the sender's claim, not as the receiving server's verdict."), {"line"}},
    {"dkim.recorded.key_gone", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the key is no longer published. The signature was probably fine when the message arrived; the sender has most likely rotated or removed the key since."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.key_gone.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the key is no longer published. The signature was probably fine when the message arrived; the sender has most likely rotated or removed the key since."), {"domain", "recorded"}},
    {"dkim.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; Kensa could not check the signature again now (%4), so only the receiver's verdict is available."), {"domain", "receiver", "recorded", "now"}},
    {"dkim.recorded.unverifiable.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery; Kensa could not check the signature again now (%3), so only the receiver's verdict is available."), {"domain", "recorded", "now"}},
    {"dkim.recorded.expired_since", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; the signature has expired since (x= tag), which does not matter for a message already delivered."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.expired_since.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery; the signature has expired since (x= tag), which does not matter for a message already delivered."), {"domain", "recorded"}},
    {"dkim.recorded.body_changed", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches the signature: the body was changed after delivery (by a mail client, an archive or a security gateway)."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.body_changed.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the body no longer matches the signature: the body was changed after delivery (by a mail client, an archive or a security gateway)."), {"domain", "recorded"}},
    {"dkim.recorded.body_changed_pasted", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches: most likely white space or line endings were lost when the message was copied or pasted. Open the original .eml file to be sure."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.body_changed_pasted.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the body no longer matches: most likely white space or line endings were lost when the message was copied or pasted. Open the original .eml file to be sure."), {"domain", "recorded"}},
    {"dkim.recorded.header_changed", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: a signed header field was changed after delivery, or the key was replaced by a different one under the same selector."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.header_changed.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the signature no longer verifies: a signed header field was changed after delivery, or the key was replaced by a different one under the same selector."), {"domain", "recorded"}},
    {"dkim.recorded.header_changed_pasted", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: pasted text often loses the exact folding or spacing of signed header fields. Open the original .eml file to be sure."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.header_changed_pasted.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the signature no longer verifies: pasted text often loses the exact folding or spacing of signed header fields. Open the original .eml file to be sure."), {"domain", "recorded"}},
    {"dkim.recorded.stricter_now", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1, but Kensa finds the signature invalid (%4) under the current rules (RFC 6376, RFC 8301); the receiver was more lenient."), {"domain", "receiver", "recorded", "now"}},
    {"dkim.recorded.stricter_now.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1, but Kensa finds the signature invalid (%3) under the current rules (RFC 6376, RFC 8301); the receiver was more lenient."), {"domain", "recorded", "now"}},
    {"dkim.recorded.passes_now", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery, but the signature verifies now. The key may have been missing or unreachable when the message arrived, or the receiver changed the message before checking it."), {"domain", "receiver", "recorded"}},
    {"dkim.recorded.passes_now.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery, but the signature verifies now. The key may have been missing or unreachable when the message arrived, or the receiver changed the message before checking it."), {"domain", "recorded"}},
    {"dkim.recorded.differs", QT_TRANSLATE_NOOP("kensa::Explanations", "%2 recorded dkim=%3 for %1 at delivery; Kensa finds %4 now."), {"domain", "receiver", "recorded", "now"}},
    {"dkim.recorded.differs.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dkim=%2 for %1 at delivery; Kensa finds %3 now."), {"domain", "recorded", "now"}},
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
    {"dmarc.recorded.differs.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dmarc=%1 at delivery; Kensa finds %2 now. The DMARC or SPF record may have changed since, or the receiver applied a local rule."), {"recorded", "now"}},
    {"dmarc.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded dmarc=%2 at delivery; Kensa could not evaluate DMARC again now (%3), so only the receiver's verdict is available."), {"receiver", "recorded", "now"}},
    {"dmarc.recorded.unverifiable.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dmarc=%1 at delivery; Kensa could not evaluate DMARC again now (%2), so only the receiver's verdict is available."), {"recorded", "now"}},
    {"dmarc.recorded.record_missing", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded dmarc=%2%3 at delivery, so it found a DMARC record for %4; Kensa's DNS answer now says there is none. The DNS answer disagrees with what the receiver saw: the record may have been removed since, or Kensa's DNS server answers wrongly."), {"receiver", "recorded", "policy", "domain"}},
    {"dmarc.recorded.record_missing.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded dmarc=%1%2 at delivery, so it found a DMARC record for %3; Kensa's DNS answer now says there is none. The DNS answer disagrees with what the receiver saw: the record may have been removed since, or Kensa's DNS server answers wrongly."), {"recorded", "policy", "domain"}},
    {"spf.result.matched", QT_TRANSLATE_NOOP("kensa::Explanations", "The mechanism %1 in the SPF record of %2 matched and decided the result."), {"term", "domain"}},
    {"spf.result.default", QT_TRANSLATE_NOOP("kensa::Explanations", "No mechanism in the SPF record of %1 matched, so the default result (neutral) applies."), {"domain"}},
    {"spf.domain.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 is not a valid multi-label domain name, so SPF returns none (RFC 7208 §4.3)."), {"domain"}},
    {"spf.dns.unanswered", QT_TRANSLATE_NOOP("kensa::Explanations", "The DNS query %2 %1 was not answered within the analysis' DNS budget, so SPF returns temperror."), {"name", "type"}},
    {"spf.dns.error", QT_TRANSLATE_NOOP("kensa::Explanations", "The DNS query %2 %1 failed (%3), so SPF returns temperror."), {"name", "type", "status"}},
    {"spf.record.none", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes no SPF record (v=spf1)."), {"domain"}},
    {"spf.record.multiple", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes %2 SPF records; only one is allowed, so the result is permerror."), {"domain", "count"}},
    {"spf.record.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF record of %1 has a syntax error at column %2 (%3), so the whole record is permerror. %4"), {"domain", "column", "term", "error"}},
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
    {"spf.recorded.differs.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded spf=%1 at delivery; Kensa finds %2 now. The SPF record may have changed since delivery, or the receiver used a local override."), {"recorded", "now"}},
    {"spf.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded spf=%2 at delivery; Kensa could not evaluate SPF again now (%3), so only the receiver's verdict is available."), {"receiver", "recorded", "now"}},
    {"spf.recorded.unverifiable.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded spf=%1 at delivery; Kensa could not evaluate SPF again now (%2), so only the receiver's verdict is available."), {"recorded", "now"}},
    {"sender.service", QT_TRANSLATE_NOOP("kensa::Explanations", "The message was sent through %1 (evidence: %2)."), {"name", "evidence"}},
    {"dmarc.return_path.exact", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender (Return-Path) domain is the From domain, %1: SPF speaks for the From domain itself."), {"from"}},
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
    {"dns.budget.exhausted", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The DNS budget of %1 s ran out with %n question(s) unanswered. The checks that needed them could not be verified (temperror); they are neither pass nor fail."), {"seconds"}, "count"},
    {"dns.answer.too_many_records", QT_TRANSLATE_NOOP("kensa::Explanations", "The DNS answer to %2 %1 holds %3 records; only the first %4 were used."), {"name", "type", "count", "limit"}},
    {"dns.answer.text_too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The DNS answer to %2 %1 holds a text record of %3 bytes, longer than the %4 bytes Kensa reads; that record was not used."), {"name", "type", "length", "limit"}},
    {"dns.unreachable", QT_TRANSLATE_N_NOOP("kensa::Explanations", "Kensa's DNS is unreachable: none of the %n DNS question(s) of this analysis got a usable answer (%1). The DNS server cannot be reached or refuses to answer, so every result that needs DNS (DKIM keys, SPF, DMARC, reverse DNS) is unverified and no provider verdict is given. Check the network connection and the DNS server setting, then analyse again."), {"status"}, "count"},
    {"dns.nxdomain_everywhere", QT_TRANSLATE_N_NOOP("kensa::Explanations", "Kensa's DNS answers are unreliable: all %n DNS question(s) answered NXDOMAIN (no such name), and so did the question for the root zone, which always exists. The DNS server answers falsely (a broken offline set-up, a filtering or captive-portal resolver), so every result that needs DNS is unverified and no provider verdict is given. Use another DNS server, or zone files offline, and analyse again."), {}, "count"},
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
    {"arc.key.unavailable", QT_TRANSLATE_NOOP("kensa::Explanations", "The key of the %1 of ARC set %2 could not be fetched (a DNS failure or time-out, or Kensa is offline and the key is not in the DNS snapshot), so the ARC chain cannot be validated now. This is a temporary error, not a sign that the message was changed."), {"field", "instance"}},
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
    {"arc.recorded.unverifiable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 recorded arc=%2 at delivery; Kensa could not validate the ARC chain again now (%3: a key could not be fetched), so only the receiver's verdict is available."), {"receiver", "recorded", "now"}},
    {"arc.recorded.unverifiable.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded arc=%1 at delivery; Kensa could not validate the ARC chain again now (%2: a key could not be fetched), so only the receiver's verdict is available."), {"recorded", "now"}},
    {"arc.recorded.differs.no_authserv_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server recorded arc=%1 at delivery; Kensa finds %2 now. A key may have been rotated since, or the message was changed after delivery."), {"recorded", "now"}},
    {"arc.story.hop", QT_TRANSLATE_NOOP("kensa::Explanations", "Set %1: %2 forwarded the message and recorded what it saw on arrival: %3."), {"instance", "sealer", "saw"}},
    {"dkim.body_hash_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The body hash does not match: the body was changed after it was signed (for example by a mailing list footer, a forwarder, a security gateway or lost whitespace when pasting)."), {}},
    {"dkim.signature_mismatch", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature does not verify with the published key: a signed header field was changed after signing, or the key in DNS is not the one that signed (it may have been rotated)."), {}},
    {"dkim.key.not_found", QT_TRANSLATE_NOOP("kensa::Explanations", "No key is published at %1. The selector may be wrong, or the key was removed after the message was sent."), {"name"}},
    {"dkim.limit.signatures", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %1 DKIM signatures; Kensa verifies the first %2 and lists the rest as not verified."), {"count", "limit"}},
    {"dkim.limit.not_verified", QT_TRANSLATE_NOOP("kensa::Explanations", "Not verified: Kensa verifies at most %1 DKIM signatures per message, and this one comes after them."), {"limit"}},
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
    {"dkim.body.shorter_than_length", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature says it covers the first %1 bytes of the body (l= tag), but the body has only %2 bytes: part of the signed body is missing, so the signature is not valid."), {"length", "body"}},
    // One-click unsubscribe (RFC 2369, RFC 8058): UnsubscribeChecker
    {"unsub.field.repeated", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %2 %1 fields; RFC 2369 allows only one. Receivers may read only one of them, or ignore them all."), {"field", "count"}},
    {"unsub.field.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The List-Unsubscribe field holds no address or link, so it offers no way to unsubscribe."), {}},
    {"unsub.uri.not_bracketed", QT_TRANSLATE_NOOP("kensa::Explanations", "The unsubscribe address \"%1\" in List-Unsubscribe is not enclosed in angle brackets (< >) as RFC 2369 requires; mail providers may ignore it."), {"uri"}},
    {"unsub.uri.unterminated", QT_TRANSLATE_NOOP("kensa::Explanations", "The unsubscribe address \"%1\" in List-Unsubscribe has an opening angle bracket (<) but no closing one (>); mail providers may ignore it."), {"uri"}},
    {"unsub.uri.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The List-Unsubscribe field contains empty angle brackets (<>) with no address in them."), {}},
    {"unsub.uri.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "\"%1\" in List-Unsubscribe is not a valid address: it should start with https:, http: or mailto:."), {"uri"}},
    {"unsub.uri.unknown_scheme", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe contains an address of type \"%1:\"; mail providers only use https:, http: and mailto: addresses."), {"scheme"}},
    {"unsub.uri.too_many", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe contains more than %1 addresses; only the first %1 were read."), {"limit"}},
    {"unsub.comment.unterminated", QT_TRANSLATE_NOOP("kensa::Explanations", "A comment in List-Unsubscribe opens a parenthesis that is never closed; the rest of the field was not read."), {}},
    {"unsub.post.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The List-Unsubscribe-Post field is empty. For one-click unsubscribe (RFC 8058) it must read exactly \"List-Unsubscribe=One-Click\"."), {}},
    {"unsub.post.wrong_case", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe-Post reads \"%1\", but RFC 8058 requires exactly \"List-Unsubscribe=One-Click\" with this capitalisation; some receivers will not offer one-click unsubscribe."), {"value"}},
    {"unsub.post.extra_content", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe-Post reads \"%1\": it contains more than \"List-Unsubscribe=One-Click\", which RFC 8058 requires as the only content; some receivers will not offer one-click unsubscribe."), {"value"}},
    {"unsub.post.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe-Post reads \"%1\", but RFC 8058 requires exactly \"List-Unsubscribe=One-Click\"; one-click unsubscribe will not work."), {"value"}},
    {"unsub.post.without_list_unsubscribe", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has a List-Unsubscribe-Post field but no List-Unsubscribe field, so there is no address to unsubscribe at."), {}},
    {"unsub.post.without_https", QT_TRANSLATE_NOOP("kensa::Explanations", "The message asks for one-click unsubscribe (List-Unsubscribe-Post), but List-Unsubscribe holds no https: link; RFC 8058 needs one, so one-click unsubscribe will not work."), {}},
    {"unsub.post.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe has an https: link, but there is no List-Unsubscribe-Post field, so one-click unsubscribe (RFC 8058) is not offered. Gmail and Yahoo require it for bulk marketing mail."), {}},
    {"unsub.http_only", QT_TRANSLATE_NOOP("kensa::Explanations", "The one-click unsubscribe link in List-Unsubscribe uses http:, not https:. Gmail requires an https: link for one-click unsubscribe."), {}},
    {"unsub.mailto_only", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe offers only an email address (mailto:). Yahoo accepts this, but Gmail requires one-click unsubscribe with an https: link (RFC 8058) for bulk marketing mail."), {}},
    {"unsub.not_dkim_signed", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no DKIM signature, so the List-Unsubscribe and List-Unsubscribe-Post fields are not protected; RFC 8058 requires a valid DKIM signature over both for one-click unsubscribe."), {}},
    {"unsub.not_dkim_covered", QT_TRANSLATE_NOOP("kensa::Explanations", "No DKIM signature lists %1 among its signed header fields (h=). RFC 8058 requires one valid DKIM signature that covers both List-Unsubscribe and List-Unsubscribe-Post for one-click unsubscribe."), {"fields"}},
    {"unsub.dkim_not_passing", QT_TRANSLATE_NOOP("kensa::Explanations", "The DKIM signature of %1 covers the unsubscribe fields, but it does not verify (result: %2), so one-click unsubscribe is not protected as RFC 8058 requires."), {"domain", "result"}},
    {"unsub.dkim_not_aligned", QT_TRANSLATE_NOOP("kensa::Explanations", "The unsubscribe fields are signed only by %1, which is not the sender's domain %2 (the DKIM signature is not aligned). Sign them with the sender's own domain so that receivers can trust the one-click unsubscribe."), {"domain", "from"}},
    {"unsub.dkim_no_from_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The unsubscribe fields are signed by %1, but the message has no single From address whose domain it could be compared with."), {"domain"}},
    {"unsub.body_link.hidden", QT_TRANSLATE_NOOP("kensa::Explanations", "The unsubscribe link \"%2\" (%1) in the message body is hidden by its style (CSS), so readers cannot see it. Providers ask for a clearly visible unsubscribe link."), {"uri", "text"}},
    {"unsub.body.scan_cut", QT_TRANSLATE_NOOP("kensa::Explanations", "This text part is very large; only its first %1 characters were searched for an unsubscribe link."), {"limit"}},
    {"unsub.body.too_many_links", QT_TRANSLATE_NOOP("kensa::Explanations", "This HTML part has more than %1 links; only the first %1 were checked for an unsubscribe link."), {"limit"}},
    // (end of unsubscribe)
    // Message format (RFC 5322, provider rules): FormatChecker
    {"format.rfc5322", QT_TRANSLATE_NOOP("kensa::Explanations", "Message format: the message follows RFC 5322 (field syntax, lines of at most 998 characters, no bare CR, no NUL, valid Date and From, MIME structure) and the sending server's HELO name is valid."), {}},
    {"format.single_from.gmail", QT_TRANSLATE_NOOP("kensa::Explanations", "Single From (Gmail): exactly one From field with exactly one valid address, not empty and not a group."), {}},
    {"format.single_from.rfc", QT_TRANSLATE_NOOP("kensa::Explanations", "Single From (RFC 5322): one From field; several addresses only together with a Sender field."), {}},
    {"format.single_instance", QT_TRANSLATE_NOOP("kensa::Explanations", "Fields that RFC 5322 §3.6 allows only once appear at most once."), {}},
    {"format.message_id", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has one Message-ID of the form <left-part@right-part>, at most 500 characters long."), {}},
    {"format.size_limits", QT_TRANSLATE_NOOP("kensa::Explanations", "The header section stays within Gmail's limits: 500 KB in total, 5,000 fields, 32 KB per field value, 500 characters for Message-ID, 998 for Subject and 1 KB per field name."), {}},
    {"format.encoding", QT_TRANSLATE_NOOP("kensa::Explanations", "Header values are ASCII or well-formed RFC 2047 encoded-words, raw UTF-8 appears only with SMTPUTF8, and no address contains an encoded-word."), {}},
    {"format.idn", QT_TRANSLATE_NOOP("kensa::Explanations", "Internationalised domain names meet the Highly Restrictive level of UTS #39 §5.2."), {}},
    {"format.honest_identity", QT_TRANSLATE_NOOP("kensa::Explanations", "The display name and subject represent the sender honestly (checked with heuristics only)."), {}},
    {"format.no_message", QT_TRANSLATE_NOOP("kensa::Explanations", "No message was given, so the message format could not be checked."), {}},
    {"format.rfc5322.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The header section, line lengths, Date and From fields and MIME structure follow RFC 5322, the Internet message format."), {}},
    {"format.rfc5322.ok_headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "The header fields, Date and From follow RFC 5322, the Internet message format. Only headers were supplied, so the body (line lengths, MIME structure) was not checked."), {}},
    {"format.rfc5322.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The message does not follow RFC 5322, the Internet message format. Problems found: %1 (listed below). Receivers may reject or delay such mail."), {"count"}},
    {"format.rfc5322.warning", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The message follows RFC 5322 in the points that cause rejection, but %n point(s) deserve attention (listed below)."), {}, "count"},
    {"format.rfc5322.bare_cr", QT_TRANSLATE_NOOP("kensa::Explanations", "Line %1 contains a carriage return (CR) without a line feed at column %2. RFC 5322 allows CR only as part of a CRLF line ending."), {"line", "position"}},
    {"format.rfc5322.obsolete_field_name", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field has white space before its colon. This is obsolete syntax (RFC 5322 §4.5) that senders must not generate; receivers still accept it."), {"field"}},
    {"format.rfc5322.body_skipped", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the header section was supplied: body line lengths, NUL bytes and the MIME structure were not checked."), {}},
    {"format.date.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no Date field. RFC 5322 requires one, and Gmail and Yahoo may reject mail without it."), {}},
    {"format.date.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The Date field (%1) cannot be read as a date. RFC 5322 §3.3 defines its format, for example: Mon, 2 Sep 2024 10:15:00 +0900."), {"date"}},
    {"format.date.not_rfc5322", QT_TRANSLATE_NOOP("kensa::Explanations", "The Date field (%1) could be read, but it is not in the format of RFC 5322 §3.3 (for example: Mon, 2 Sep 2024 10:15:00 +0900). Receivers may reject it."), {"date"}},
    {"format.date.obsolete", QT_TRANSLATE_NOOP("kensa::Explanations", "The Date field (%1) uses an obsolete form (RFC 5322 §4.3, such as a two-digit year or a zone name like GMT). It is accepted, but current software should write a numeric zone such as +0900."), {"date"}},
    {"format.date.skew", QT_TRANSLATE_NOOP("kensa::Explanations", "The Date field (%1) is %3 hours away from the time the receiving server got the message (%2). Yahoo rejects dates outside of an unpublished range; warning beyond 24 hours is Kensa's own choice. Check the sending server's clock."), {"date", "received", "hours"}},
    {"format.from.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no From field. RFC 5322 requires exactly one, and every mail provider rejects or filters mail without it."), {}},
    {"format.helo.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending server introduced itself (HELO/EHLO) as %1, which is neither a fully qualified domain name nor an address literal such as [192.0.2.1]. RFC 5321 requires one of the two; Yahoo and Apple check this."), {"helo"}},
    {"format.single_from.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has exactly one From field with one address (%1)."), {"address"}},
    {"format.single_from.ok_sender", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field lists %1 addresses; RFC 5322 allows this because a Sender field (%2) names the one who sent it. Gmail requires a single address in From."), {"count", "sender"}},
    {"format.single_from.repeated", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %1 From fields. RFC 5322 allows exactly one, and Gmail rejects messages with more."), {"count"}},
    {"format.single_from.group", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field is a group (%1) instead of a mailbox. Gmail rejects messages whose From field is a group."), {"group"}},
    {"format.single_from.group_rfc6854", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field uses a group (%1). RFC 6854 allows this only for limited uses; many receivers, Gmail among them, refuse it."), {"group"}},
    {"format.single_from.empty", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field holds no address. RFC 5322 requires at least one mailbox, and Gmail rejects an empty From."), {}},
    {"format.single_from.several", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field lists %1 addresses. Gmail requires exactly one address in From and rejects the message otherwise."), {"count"}},
    {"format.single_from.several_no_sender", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field lists %1 addresses but there is no Sender field. RFC 5322 §3.6.2 requires a Sender field naming the actual sender when From has several addresses."), {"count"}},
    {"format.single_from.bad_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 in the From field is not a valid domain name under a public suffix. Gmail rejects messages whose From domain is invalid."), {"domain"}},
    {"format.single_from.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field does not follow the address syntax of RFC 5322 §3.4 (see the details below). Gmail rejects messages whose From field is not RFC 5322 compliant."), {}},
    {"format.single_instance.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "Each of the fields that RFC 5322 §3.6 allows only once (Date, From, Sender, Reply-To, To, Cc, Bcc, Message-ID, In-Reply-To, References, Subject) appears at most once."), {}},
    {"format.single_instance.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "These fields appear more than once although RFC 5322 §3.6 allows them only once: %1."), {"fields"}},
    {"format.single_instance.duplicate", QT_TRANSLATE_NOOP("kensa::Explanations", "Another %1 field: the message has %2 of them, the first on line %3. RFC 5322 allows only one."), {"field", "count", "first"}},
    {"format.message_id.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has one valid Message-ID (%1)."), {"id"}},
    {"format.message_id.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no Message-ID field. RFC 5322 says every message should have one, and Gmail requires it."), {}},
    {"format.message_id.repeated", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %1 Message-ID fields; RFC 5322 allows only one."), {"count"}},
    {"format.message_id.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The Message-ID is %1 characters long; Gmail allows at most %2."), {"length", "limit"}},
    {"format.message_id.obsolete", QT_TRANSLATE_NOOP("kensa::Explanations", "The Message-ID %1 uses obsolete syntax (RFC 5322 §4.5.4, such as quotes or spaces). It is accepted, but the standard form is <left-part@right-part> with no spaces."), {"id"}},
    {"format.message_id.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The Message-ID %1 is not of the form <left-part@right-part> that RFC 5322 §3.6.4 requires. Gmail rejects messages with an invalid Message-ID."), {"id"}},
    {"format.message_id.receiver_host", QT_TRANSLATE_NOOP("kensa::Explanations", "The right side of the Message-ID names the receiving server %1, so the ID may have been added by a relay rather than by the sender."), {"host"}},
    {"format.size_limits.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The header section is within the published size limits (%1 bytes in %2 fields; the figures are Gmail's, the only ones a mailbox provider publishes)."), {"bytes", "fields"}},
    {"format.size_limits.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The header section exceeds the published size limits (problems found: %1, listed below; the figures are Gmail's, the only ones a mailbox provider publishes)."), {"count"}},
    {"format.size_limits.warning", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The header section is close to the published size limits (%n point(s), listed below): the figures are Gmail's, which says KB without saying whether it means 1000 or 1024 bytes."), {}, "count"},
    {"format.size.total.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "All header fields together are %1 bytes; Gmail allows at most 500 KB (%2 bytes)."), {"bytes", "limit"}},
    {"format.size.total.warning", QT_TRANSLATE_NOOP("kensa::Explanations", "All header fields together are %1 bytes, over %2 but within %3 bytes: Gmail's limit of 500 KB may be either figure."), {"bytes", "low", "high"}},
    {"format.size.field_count.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has %1 header fields; Gmail allows at most %2."), {"count", "limit"}},
    {"format.size.field_value.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The value of the %1 field is %2 bytes; Gmail allows at most 32 KB (%3 bytes) per field (To, Cc and References excepted)."), {"field", "bytes", "limit"}},
    {"format.size.field_value.warning", QT_TRANSLATE_NOOP("kensa::Explanations", "The value of the %1 field is %2 bytes, over %3 but within %4 bytes: Gmail's limit of 32 KB per field may be either figure."), {"field", "bytes", "low", "high"}},
    {"format.size.field_name.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "A field name is %1 bytes long; Gmail allows at most 1 KB (%2 bytes)."), {"bytes", "limit"}},
    {"format.size.field_name.warning", QT_TRANSLATE_NOOP("kensa::Explanations", "A field name is %1 bytes long, over %2 but within %3 bytes: Gmail's limit of 1 KB may be either figure."), {"bytes", "low", "high"}},
    {"format.size.message_id.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The Message-ID value is %1 characters long; Gmail allows at most %2."), {"length", "limit"}},
    {"format.size.subject.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The Subject value is %1 characters long; Gmail allows at most %2."), {"length", "limit"}},
    {"format.encoding.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "Header values are plain ASCII, well-formed RFC 2047 encoded-words, or UTF-8 that was sent with SMTPUTF8."), {}},
    {"format.encoding.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "Some header values are not encoded as the standards require (problems found: %1, listed below). Gmail and Yahoo may reject such messages."), {"count"}},
    {"format.encoding.warning", QT_TRANSLATE_N_NOOP("kensa::Explanations", "Some header values use encoded-words where the standards do not expect them (%n point(s), listed below). Receiving servers may refuse encoded-words in such fields."), {}, "count"},
    {"format.encoding.raw_8bit", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field contains non-ASCII bytes that are not encoded, and nothing shows the message was sent with SMTPUTF8 (RFC 6532). Encode such text as RFC 2047 encoded-words (=?UTF-8?B?...?=)."), {"field"}},
    {"format.encoding.invalid_utf8", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field contains non-ASCII bytes that are not valid UTF-8, although RFC 6532 requires UTF-8 in headers."), {"field"}},
    {"format.encoding.raw_iso2022jp", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field contains raw ISO-2022-JP (JIS) text that is not inside RFC 2047 encoded-words. Many programs show it garbled."), {"field"}},
    {"format.encoding.undecodable", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field has an encoded-word in a character set that cannot be decoded."), {"field"}},
    {"format.encoding.addr_spec", QT_TRANSLATE_NOOP("kensa::Explanations", "The address %2 in the %1 field contains an RFC 2047 encoded-word. RFC 2047 §5 forbids encoded-words in addresses; only the display name may use them."), {"field", "address"}},
    {"format.encoding.structured", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field contains an RFC 2047 encoded-word outside a display name or comment, where RFC 2047 §5 does not allow one. Gmail may refuse it."), {"field"}},
    {"format.idn.none", QT_TRANSLATE_NOOP("kensa::Explanations", "No internationalised domain name was found in From, Reply-To, Sender, the authenticated domains, the envelope sender or the body links, so the UTS #39 rule has nothing to check."), {}},
    {"format.idn.ok", QT_TRANSLATE_N_NOOP("kensa::Explanations", "All %n internationalised domain name(s) meet the Highly Restrictive level of UTS #39 §5.2 (no mixing of scripts that look alike)."), {}, "count"},
    {"format.idn.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 (%2) mixes scripts or characters in a way that UTS #39 §5.2 Highly Restrictive does not allow, a common sign of look-alike spoofing. Gmail requires this level. Domains that fail: %3."), {"domain", "ascii", "count"}},
    {"format.idn.no_checker", QT_TRANSLATE_NOOP("kensa::Explanations", "The UTS #39 spoof checker of ICU could not be started, so the internationalised domain names were not checked."), {}},
    {"format.idn.links_skipped", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the header section was supplied: the domains of links in the body were not checked."), {}},
    {"format.idn.invalid", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 (%2) is not a valid internationalised domain name (IDNA2008)."), {"domain", "ascii"}},
    {"format.idn.spoofable.header", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 (%2) in the %3 field does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits."), {"domain", "ascii", "field"}},
    {"format.idn.spoofable.auth", QT_TRANSLATE_NOOP("kensa::Explanations", "The authenticated domain %1 (%2) (DKIM or SPF) does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits."), {"domain", "ascii"}},
    {"format.idn.spoofable.envelope", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope sender domain %1 (%2) does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits."), {"domain", "ascii"}},
    {"format.idn.spoofable.link", QT_TRANSLATE_NOOP("kensa::Explanations", "A link in the body points to %1 (%2), which does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits. Kensa read the link but did not open it."), {"domain", "ascii"}},
    {"format.identity.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "None of Kensa's heuristics for misleading display names and subjects matched. These are heuristics only: they cannot prove that the sender is represented honestly."), {}},
    {"format.identity.display_address", QT_TRANSLATE_NOOP("kensa::Explanations", "The display name %1 contains an address at %2, but the message comes from %3. Mailbox providers treat such display names as spoofing."), {"name", "domain", "from"}},
    {"format.identity.badge", QT_TRANSLATE_NOOP("kensa::Explanations", "The display name %1 contains the symbol %2, which imitates a verification badge or seal. Mail providers advise against such symbols."), {"name", "symbol"}},
    {"format.identity.thread_count.name", QT_TRANSLATE_NOOP("kensa::Explanations", "The display name %1 ends with a number in parentheses, which imitates the message count that mail apps show for a conversation."), {"name"}},
    {"format.identity.thread_count.subject", QT_TRANSLATE_NOOP("kensa::Explanations", "The subject %1 starts with a number in parentheses, which imitates the message count of a conversation."), {"subject"}},
    {"format.identity.fake_reply", QT_TRANSLATE_NOOP("kensa::Explanations", "The subject %1 looks like a reply or forward, but the message has neither In-Reply-To nor References, so it is not part of an earlier conversation. Providers count false reply subjects as deceptive."), {"subject"}},
    {"format.identity.forged_from", QT_TRANSLATE_NOOP("kensa::Explanations", "The From address names %1, but the message is most likely not from %1: %1 publishes the DMARC policy p=%2, nothing aligned with %1 passed, and the message came from a server %1 does not authorise, with no forwarder or list in the path. A sender name that is not the sender is deceptive however the name is written."), {"domain", "policy"}},
    // (end of format)
    // Provider requirements: RequirementEngine and RequirementTable
    {"requirements.table.syntax", QT_TRANSLATE_NOOP("kensa::Explanations", "The requirement table is not valid JSON."), {}},
    {"requirements.table.schema", QT_TRANSLATE_NOOP("kensa::Explanations", "The requirement table has an unsupported schema version, or its providers or groups are missing or incomplete."), {}},
    {"requirements.table.row", QT_TRANSLATE_NOOP("kensa::Explanations", "A row of the requirement table lacks its id, group, scope, check or a text in English and Japanese, or names an unknown group."), {}},
    {"requirements.table.cell", QT_TRANSLATE_NOOP("kensa::Explanations", "A row of the requirement table lacks a provider's cell, or a cell gives an unknown status or an incomplete note."), {}},
    {"requirements.table.source", QT_TRANSLATE_NOOP("kensa::Explanations", "The requirement table cites a source that is missing from its list of sources, or a source lacks its title or address."), {}},
    {"requirements.pending", QT_TRANSLATE_NOOP("kensa::Explanations", "Waiting for DNS answers; this check is not finished yet."), {}},
    {"requirements.not_stated", QT_TRANSLATE_NOOP("kensa::Explanations", "This provider does not state this rule."), {}},
    {"requirements.removed", QT_TRANSLATE_NOOP("kensa::Explanations", "This provider has withdrawn this rule."), {}},
    {"requirements.not_marketing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message does not look like subscribed or marketing mail (no List-Unsubscribe, List-Id, Precedence: bulk or bulk-mail service headers), so this rule does not apply. Set \"Marketing / subscribed message\" to Yes if it is one."), {}},
    {"requirements.check.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "Kensa has no check named %1; the requirement table names a check this version does not know."), {"check"}},
    {"requirements.check.not_run", QT_TRANSLATE_NOOP("kensa::Explanations", "This check did not run for this message."), {}},
    {"requirements.evidence.spf", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF re-evaluated now: %1 for %2 from %3."), {"result", "domain", "ip"}},
    {"requirements.evidence.spf_recorded", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF as the receiver recorded it (Kensa could not re-evaluate it): %1 for %2."), {"result", "domain"}},
    {"requirements.evidence.dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "DKIM signature d=%1 s=%2: %3 now, recorded at delivery: %4."), {"d", "s", "result", "recorded"}},
    {"requirements.evidence.dmarc", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC for %1: %2, policy p=%3, record at %4."), {"domain", "result", "policy", "record"}},
    {"requirements.evidence.field", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field."), {"field"}},
    {"requirements.evidence.boundary", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field where the receiver took the message from %1."), {"ip"}},
    {"requirements.evidence.body_link", QT_TRANSLATE_NOOP("kensa::Explanations", "Body link \"%1\" pointing to %2 (not opened)."), {"text", "uri"}},
    {"requirements.evidence.dns", QT_TRANSLATE_NOOP("kensa::Explanations", "DNS %2 query for %1: %3."), {"name", "type", "status"}},
    {"requirements.spf_or_dkim.dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "A DKIM signature verifies (d=%1), which satisfies \"SPF or DKIM\"."), {"d"}},
    {"requirements.spf_or_dkim.spf", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF passes for %1, which satisfies \"SPF or DKIM\"."), {"domain"}},
    {"requirements.spf_or_dkim.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "No DKIM signature verifies, and SPF could not be evaluated, so Kensa cannot tell whether the message was authenticated."), {}},
    {"requirements.spf_or_dkim.fail", QT_TRANSLATE_NOOP("kensa::Explanations", "Neither SPF (result: %1) nor any DKIM signature passes: the message is not authenticated at all."), {"spf"}},
    {"requirements.spf.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF passes for the envelope domain %1."), {"domain"}},
    {"requirements.spf.pass_recorded", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiver recorded SPF pass for %1; Kensa could not re-evaluate it because the sending IP is not in the message."), {"domain"}},
    {"requirements.spf.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF check for %1 hit a temporary DNS error, so it cannot be judged now."), {"domain"}},
    {"requirements.spf.none", QT_TRANSLATE_NOOP("kensa::Explanations", "The envelope domain %1 publishes no SPF record."), {"domain"}},
    {"requirements.spf.fails", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF gives %1 for the envelope domain %2: the sending server is not authorised by its SPF record."), {"result", "domain"}},
    {"requirements.spf.no_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP address could not be found in the Received fields and the receiver recorded no SPF result, so SPF cannot be judged."), {}},
    {"requirements.dkim.unsigned", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no DKIM signature."), {}},
    {"requirements.dkim.fails", QT_TRANSLATE_NOOP("kensa::Explanations", "None of the DKIM signatures (%1) verifies."), {"count"}},
    {"requirements.dkim.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "No DKIM signature verifies yet, and at least one key could not be fetched because of a temporary DNS error."), {}},
    {"requirements.dkim.key_gone", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiver recorded DKIM pass, but the key %2._domainkey.%1 is no longer published. The signature was probably fine at delivery; keys are often rotated after sending."), {"d", "s"}},
    {"requirements.dkim.third_party", QT_TRANSLATE_NOOP("kensa::Explanations", "DKIM passes only for %1, a domain outside the From domain %2. Gmail asks bulk senders to sign with their own domain."), {"d", "from"}},
    {"requirements.dkim.aligned_one_fails", QT_TRANSLATE_NOOP("kensa::Explanations", "Several signatures are aligned with From and the one for %1 fails; Yahoo says DMARC pass is then not assured."), {"d"}},
    {"requirements.dkim.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "DKIM passes (d=%1)."), {"domains"}},
    {"requirements.key.no_signature", QT_TRANSLATE_NOOP("kensa::Explanations", "There is no DKIM signature, so there is no key to measure."), {}},
    {"requirements.key.not_fetched", QT_TRANSLATE_NOOP("kensa::Explanations", "No DKIM key could be fetched, so its size is unknown."), {}},
    {"requirements.key.ed25519", QT_TRANSLATE_NOOP("kensa::Explanations", "The DKIM key is Ed25519, which is strong."), {}},
    {"requirements.key.too_small", QT_TRANSLATE_NOOP("kensa::Explanations", "The DKIM key %2 has only %1 bits; keys under 1024 bits are invalid (RFC 8301)."), {"bits", "key"}},
    {"requirements.key.1024", QT_TRANSLATE_NOOP("kensa::Explanations", "The DKIM key %2 has %1 bits: accepted today, but 2048 bits are advised."), {"bits", "key"}},
    {"requirements.key.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The smallest DKIM key has %1 bits."), {"bits"}},
    {"requirements.dmarc.no_from", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field has no single usable domain, so DMARC cannot be judged."), {}},
    {"requirements.dmarc.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record lookup hit a temporary DNS error."), {}},
    {"requirements.dmarc.no_record", QT_TRANSLATE_NOOP("kensa::Explanations", "No DMARC record covers the From domain %1."), {"from"}},
    {"requirements.dmarc.dns_disagrees", QT_TRANSLATE_NOOP("kensa::Explanations", "Cannot be verified: Kensa's DNS finds no DMARC record for %1, but the receiver recorded dmarc=%2%3 at delivery, which needs one. The DNS answer disagrees with what the receiver saw."), {"from", "recorded", "recorded_policy"}},
    {"requirements.dns_unreliable", QT_TRANSLATE_NOOP("kensa::Explanations", "Cannot be verified: Kensa's DNS answers are unreliable for this analysis (see the DNS finding), so this check is not judged."), {}},
    {"requirements.dmarc.invalid_record", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC record found for %1 is not valid (no usable p= policy)."), {"from"}},
    {"requirements.dmarc.record", QT_TRANSLATE_NOOP("kensa::Explanations", "A DMARC record at _dmarc.%1 covers %3 with policy p=%2."), {"domain", "policy", "from"}},
    {"requirements.dmarc.pass_spf", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC passes for %1 through SPF aligned with %2."), {"from", "domain"}},
    {"requirements.dmarc.pass_dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC passes for %1 through a DKIM signature aligned with %2."), {"from", "domain"}},
    {"requirements.dmarc.none", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC cannot pass for %1: the domain publishes no DMARC record."), {"from"}},
    {"requirements.dmarc.fails", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC fails for %1 (policy p=%2): neither SPF nor DKIM passes for a domain aligned with From."), {"from", "policy"}},
    {"requirements.aligned.forwarded", QT_TRANSLATE_NOOP("kensa::Explanations", "The message came through a forwarder or mailing list; Gmail does not apply its alignment rule to such mail."), {}},
    {"requirements.aligned.spf", QT_TRANSLATE_NOOP("kensa::Explanations", "The From domain %2 is in the same organisation as %1, for which SPF passes."), {"domain", "from"}},
    {"requirements.aligned.dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "The From domain %2 is in the same organisation as the DKIM signing domain %1, which passes."), {"domain", "from"}},
    {"requirements.aligned.none", QT_TRANSLATE_NOOP("kensa::Explanations", "No passing SPF or DKIM domain belongs to the organisation of the From domain %1."), {"from"}},
    {"requirements.aligned.strict", QT_TRANSLATE_NOOP("kensa::Explanations", "The From domain %1 is in the same organisation as %2, which passes, but its DMARC record asks for strict alignment (%3), so DMARC fails and Gmail applies the domain's policy p=%4."), {"from", "domain", "modes", "policy"}},
    {"requirements.both.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF and DKIM both align with the From domain."), {}},
    {"requirements.both.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "Not aligned with the From domain: %1. Providers advise aligning both."), {"missing"}},
    {"requirements.enforce.none", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC policy is p=none: it monitors but asks receivers to do nothing with failing mail, so the domain stays easy to spoof."), {}},
    {"requirements.enforce.ok", QT_TRANSLATE_NOOP("kensa::Explanations", "The DMARC policy is p=%1, which is enforced."), {"policy"}},
    {"requirements.arc.direct", QT_TRANSLATE_NOOP("kensa::Explanations", "The message was not forwarded or sent through a mailing list, so ARC does not apply."), {}},
    {"requirements.arc.pass", QT_TRANSLATE_N_NOOP("kensa::Explanations", "The forwarder added ARC headers and the chain validates (%n set(s))."), {}, "count"},
    {"requirements.arc.missing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message went through a forwarder or mailing list that added no ARC headers."), {}},
    {"requirements.arc.fails", QT_TRANSLATE_NOOP("kensa::Explanations", "The ARC chain added by the forwarders does not validate."), {}},
    {"requirements.arc.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "A key of the ARC chain could not be fetched (a temporary DNS error, or offline), so the chain cannot be validated now."), {}},
    {"requirements.iprev.no_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP address could not be found in the Received fields, so its reverse DNS cannot be checked."), {}},
    {"requirements.iprev.generic", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS of %1 is %2, which looks like a generic or dynamic address name. Mailbox providers expect a host name in the sender's own domain."), {"ip", "name"}},
    {"requirements.iprev.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP %1 has the reverse DNS name %2, which resolves back to it."), {"ip", "name"}},
    {"requirements.iprev.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS lookup of %1 hit a temporary DNS error."), {"ip"}},
    {"requirements.iprev.no_ptr", QT_TRANSLATE_NOOP("kensa::Explanations", "The sending IP %1 has no reverse DNS (PTR) record."), {"ip"}},
    {"requirements.iprev.not_confirmed", QT_TRANSLATE_NOOP("kensa::Explanations", "The reverse DNS name %2 of %1 does not resolve back to that IP."), {"ip", "name"}},
    {"requirements.tls.no_boundary", QT_TRANSLATE_NOOP("kensa::Explanations", "The Received field written by the receiving provider could not be identified, so the use of TLS cannot be judged. A copy taken from another mailbox says nothing about delivery to this provider."), {}},
    {"requirements.tls.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The last hop into the receiver was encrypted (%1)."), {"with"}},
    {"requirements.tls.plain", QT_TRANSLATE_NOOP("kensa::Explanations", "The last hop into the receiver was not encrypted (with %1)."), {"with"}},
    {"requirements.tls.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiver's Received field does not say whether TLS was used (with %1)."), {"with"}},
    {"requirements.domain.none", QT_TRANSLATE_NOOP("kensa::Explanations", "No envelope or From domain to check."), {}},
    {"requirements.domain.nxdomain", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 does not exist in DNS (NXDOMAIN)."), {"domain"}},
    {"requirements.domain.null_mx", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 publishes a null MX (RFC 7505): it declares that it accepts no mail, so replies and bounces cannot reach it."), {"domain"}},
    {"requirements.domain.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "Whether %1 exists could not be determined (the DNS lookup failed or was not in the snapshot)."), {"domain"}},
    {"requirements.domain.exists", QT_TRANSLATE_NOOP("kensa::Explanations", "The domains exist in DNS: %1."), {"domains"}},
    {"requirements.domain.reply_null_mx", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 publishes a null MX, so it cannot receive replies."), {"domain"}},
    {"requirements.domain.no_reply", QT_TRANSLATE_NOOP("kensa::Explanations", "The domain %1 has neither an MX record nor an address, so replies cannot be delivered."), {"domain"}},
    {"requirements.domain.reply_ok", QT_TRANSLATE_NOOP("kensa::Explanations", "These domains can receive replies: %1."), {"domains"}},
    {"requirements.streams", QT_TRANSLATE_NOOP("kensa::Explanations", "One message cannot show whether streams are kept consistent. This message's markers to compare with others: sending IP %1, DKIM %2, From domain %3, envelope sender %4."), {"ip", "dkim", "from", "mailfrom"}},
    {"requirements.spoof.not_provider", QT_TRANSLATE_NOOP("kensa::Explanations", "The From domain %1 is not a mailbox provider's consumer domain."), {"from"}},
    {"requirements.spoof.authenticated", QT_TRANSLATE_NOOP("kensa::Explanations", "The From domain is %1 and DMARC passes, so the message was sent through that provider."), {"from"}},
    {"requirements.spoof.fails", QT_TRANSLATE_NOOP("kensa::Explanations", "The From address is at %1 but the message was not sent through that provider (DMARC does not pass, p=%2). Sending \"as\" a gmail.com or yahoo.com address from your own servers is treated as spoofing."), {"from", "policy"}},
    {"requirements.unsub.header", QT_TRANSLATE_NOOP("kensa::Explanations", "The message offers unsubscribing through its List-Unsubscribe field."), {}},
    {"requirements.unsub.body_link", QT_TRANSLATE_NOOP("kensa::Explanations", "The message offers an unsubscribe link in its body."), {}},
    {"requirements.unsub.no_header_no_body", QT_TRANSLATE_NOOP("kensa::Explanations", "There is no List-Unsubscribe field and the body was not supplied, so an unsubscribe link cannot be looked for."), {}},
    {"requirements.unsub.nothing", QT_TRANSLATE_NOOP("kensa::Explanations", "The message offers no way to unsubscribe: no List-Unsubscribe field and no unsubscribe link in the body."), {}},
    {"requirements.unsub.one_click", QT_TRANSLATE_NOOP("kensa::Explanations", "One-click unsubscribe works as RFC 8058 requires: an https URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, and both fields signed by DKIM (d=%1)."), {"d"}},
    {"requirements.unsub.mailto_accepted", QT_TRANSLATE_NOOP("kensa::Explanations", "The List-Unsubscribe field offers a mailto: address, which Yahoo accepts (RFC 8058 one-click is preferred)."), {}},
    {"requirements.unsub.no_header", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no List-Unsubscribe field."), {}},
    {"requirements.unsub.no_https", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe has no https: URI; one-click unsubscribe needs one (mailto: alone is not enough for Gmail)."), {}},
    {"requirements.unsub.no_post", QT_TRANSLATE_NOOP("kensa::Explanations", "There is no valid List-Unsubscribe-Post: List-Unsubscribe=One-Click field, so mail clients cannot unsubscribe in one click."), {}},
    {"requirements.unsub.unaligned", QT_TRANSLATE_NOOP("kensa::Explanations", "Both unsubscribe fields are signed only by %1, a domain not aligned with From; RFC 8058 expects an aligned signature."), {"d"}},
    {"requirements.unsub.not_signed", QT_TRANSLATE_NOOP("kensa::Explanations", "List-Unsubscribe and List-Unsubscribe-Post are not both covered by a passing DKIM signature aligned with From (RFC 8058 §4)."), {}},
    {"requirements.unsub.body_found", QT_TRANSLATE_NOOP("kensa::Explanations", "The body has a visible unsubscribe link (\"%1\")."), {"text"}},
    {"requirements.unsub.body_hidden", QT_TRANSLATE_NOOP("kensa::Explanations", "The body's unsubscribe link (\"%1\") is hidden by its styling; providers ask for a clearly visible one."), {"text"}},
    {"requirements.unsub.body_missing", QT_TRANSLATE_NOOP("kensa::Explanations", "No unsubscribe link was found in the body (English or Japanese wording)."), {}},
    {"requirements.unsub.headers_only", QT_TRANSLATE_NOOP("kensa::Explanations", "Only the header section was supplied, so the body cannot be searched for an unsubscribe link."), {}},
    {"requirements.unsub.honor", QT_TRANSLATE_NOOP("kensa::Explanations", "Whether unsubscribe requests are carried out in time cannot be seen in one message."), {}},
    {"requirements.spam_rate", QT_TRANSLATE_NOOP("kensa::Explanations", "The spam complaint rate is known only to the provider (Gmail Postmaster Tools, Yahoo Complaint Feedback Loop), not from one message."), {}},
    {"requirements.consent", QT_TRANSLATE_NOOP("kensa::Explanations", "Whether recipients asked for this mail cannot be seen in one message."), {}},
    {"requirements.smtp_replies", QT_TRANSLATE_NOOP("kensa::Explanations", "How the sender handles SMTP errors and bounces cannot be seen in one message."), {}},
    {"requirements.verdict.dmarc_reject", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 would most likely reject this message: DMARC fails for %2 and its policy is p=reject."), {"provider", "from"}},
    {"requirements.verdict.dmarc_quarantine", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 would most likely put this message in spam: DMARC fails for %2 and its policy is p=quarantine."), {"provider", "from"}},
    {"requirements.verdict.dmarc_none", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC fails for %2, but its policy p=none asks %1 to do nothing; the message may still be filtered as spam."), {"provider", "from"}},
    {"requirements.verdict.unauthenticated", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 would most likely reject this message: neither SPF nor DKIM passes."), {"provider"}},
    {"requirements.verdict.failures", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%1 may put this message in spam or refuse it: %n of its requirements are not met."), {"provider"}, "count"},
    {"requirements.verdict.pending", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: still checking (waiting for DNS answers)."), {"provider"}},
    {"requirements.verdict.dns_unreliable", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: not judged, because Kensa's DNS answers are unreliable."), {"provider"}},
    {"requirements.verdict.unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: no requirement fails, but %2 could not be verified from this message."), {"provider", "count"}},
    {"requirements.verdict.inbox", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: the message meets every requirement Kensa can check."), {"provider"}},
    {"requirements.verdict.inbox_warnings", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%1: the message meets the requirements, with %n warning(s) worth fixing."), {"provider"}, "count"},
    {"requirements.dmarc.spf_softall", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC passes for %1 only through SPF of %2, whose record ends in ~all, and no DKIM signature aligns. Forwarding will break SPF and DMARC with it; sign with DKIM for the From domain."), {"from", "domain"}},
    {"requirements.verdict.bulk_only", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 states its rules for bulk senders only; switch on \"Bulk sender\" to judge the message by them."), {"provider"}},
    {"requirements.evidence.spf_from", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF of the header From domain, re-evaluated now: %1 for %2 from %3."), {"result", "domain", "ip"}},
    {"requirements.evidence.spf_from_reused", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF of the header From domain: %1 for %2 from %3 (the envelope domain, evaluated once for both)."), {"result", "domain", "ip"}},
    {"requirements.carrier.from_none", QT_TRANSLATE_NOOP("kensa::Explanations", "The header From domain %1 publishes no SPF record, so subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message."), {"domain"}},
    {"requirements.carrier.from_not_listed", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF gives %3 for the header From domain %1 from %2: its record does not authorise the sending server, so subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message."), {"domain", "ip", "result"}},
    {"requirements.carrier.from_error", QT_TRANSLATE_NOOP("kensa::Explanations", "The SPF record of the header From domain %1 cannot be used (%2), so the sender cannot be verified and subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message."), {"domain", "result"}},
    {"requirements.carrier.envelope_fails", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF gives %3 for the envelope domain %1 from %2. au's high level asks both the envelope From and the header From to pass, so au subscribers with that level will not receive this message."), {"domain", "ip", "result"}},
    {"requirements.carrier.no_from_envelope_fails", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no From field, so the carriers check the envelope domain %1: SPF gives %3 from %2, and subscribers who switched on spoofed-sender rejection will not receive this message."), {"domain", "ip", "result"}},
    {"requirements.carrier.no_from_envelope_pass", QT_TRANSLATE_NOOP("kensa::Explanations", "The message has no From field, so the carriers check the envelope domain %1, whose SPF passes from %2. Whether the subscriber switched the filter on cannot be known from the message."), {"domain", "ip"}},
    {"requirements.carrier.forwarded", QT_TRANSLATE_NOOP("kensa::Explanations", "The message came through a forwarder (%2), so SPF of %1 is judged for the forwarder's IP address and gives %3. Subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive it unless they list the forwarding address as an allowed sender."), {"domain", "ip", "result"}},
    {"requirements.carrier.temperror", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF of the header From domain could not be completed from %1 (a DNS lookup failed or timed out), so the carriers' spoofed-sender rejection cannot be judged."), {"ip"}},
    {"requirements.carrier.no_ip", QT_TRANSLATE_NOOP("kensa::Explanations", "The IP address that delivered the message is unknown, so SPF of the header From domain cannot be evaluated."), {}},
    {"requirements.carrier.no_from_domain", QT_TRANSLATE_NOOP("kensa::Explanations", "The From field holds no single readable address, so the domain the carriers check is unknown."), {}},
    {"requirements.carrier.pass", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF of the header From domain %1 passes from %2: spoofed-sender rejection accepts the message. Whether the subscriber switched it on, and what the carriers' other filters do, cannot be known from the message."), {"domain", "ip"}},
    {"requirements.carrier.pass_both", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF passes from %2 for both the header From domain %1 and the envelope domain %3: au's high level accepts the message. Whether the subscriber switched it on, and what au's other filters do, cannot be known from the message."), {"domain", "ip", "envelope"}},
    {"requirements.carrier.filter_setting", QT_TRANSLATE_NOOP("kensa::Explanations", "Whether the subscriber switched on spoofed-sender rejection cannot be seen in a message; the row above tells what happens when it is on."), {}},
    {"requirements.verdict.carrier_reject", QT_TRANSLATE_NOOP("kensa::Explanations", "Subscribers of %1 who switched on spoofed-sender rejection will not receive this message; whether they did cannot be known."), {"provider"}},
    {"requirements.verdict.carrier_pass", QT_TRANSLATE_NOOP("kensa::Explanations", "Spoofed-sender rejection at %1 would accept this message; whether the subscriber uses it, and the carriers' other filters, cannot be judged from here."), {"provider"}},
    {"requirements.verdict.carrier_unknown", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: whether spoofed-sender rejection would accept this message cannot be judged from here."), {"provider"}},
    // (end of requirements)
    // What the receivers wrote about their own decision (core/receiver): helpdesk hints
    {"receiver.field.too_long", QT_TRANSLATE_NOOP("kensa::Explanations", "The %1 field on line %2 is %3 bytes long; only the first %4 bytes were decoded."), {"field", "line", "length", "limit"}},
    {"receiver.microsoft.junk_not_filter", QT_TRANSLATE_NOOP("kensa::Explanations", "Exchange Online's spam filter did not judge this message as spam (SFV:%1, SCL %2), yet its mailbox delivery field says dest:J / RF:JunkEmail, which Microsoft does not document. If the message is in the Junk Email folder, the filter did not put it there: check the recipient's own junk settings (Blocked Senders), their Outlook rules and the organisation's mail flow rules."), {"sfv", "scl"}},
    {"receiver.microsoft.scl_bypass", QT_TRANSLATE_NOOP("kensa::Explanations", "SCL -1: Exchange Online skipped spam filtering for this message (a safe sender, the IP Allow List or a mail flow rule). Reaching the inbox says nothing about how the message itself was judged."), {}},
    {"receiver.microsoft.bypass_rule", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:SKN: a mail flow (transport) rule of the recipient's organisation told Exchange Online to skip spam filtering. The inbox placement is the organisation's setting, not a judgement of the message."), {}},
    {"receiver.microsoft.allowed_policy", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:SKA: the sender is on the allowed senders or domains of the recipient organisation's anti-spam policy, so spam filtering was skipped."), {}},
    {"receiver.microsoft.safe_sender", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:SFE: the sender is in the recipient's Safe Senders list, so filtering was skipped."), {}},
    {"receiver.microsoft.ip_allow", QT_TRANSLATE_NOOP("kensa::Explanations", "The connecting IP address %1 is in the recipient organisation's IP Allow List (connection filtering), so spam filtering was skipped."), {"ip"}},
    {"receiver.microsoft.blocked_sender", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:BLK: the sender is in the recipient's Blocked Senders list; the recipient's own setting blocked it, not Microsoft's filter."), {}},
    {"receiver.microsoft.blocked_policy", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:SKB: the sender is on the blocked senders or domains of the recipient organisation's anti-spam policy; the organisation's setting marked the message as spam."), {}},
    {"receiver.microsoft.spam_rule", QT_TRANSLATE_NOOP("kensa::Explanations", "SFV:SKS: the message was marked as spam before spam filtering, for example by a mail flow rule of the recipient's organisation (or by on-premises Exchange in a hybrid setup)."), {}},
    {"receiver.microsoft.bulk", QT_TRANSLATE_NOOP("kensa::Explanations", "Bulk complaint level %1 reaches the default threshold (%2) of Microsoft's anti-spam policy: the message goes to the Junk Email folder as bulk mail, whatever the authentication. The BCL reflects how many complaints the sender's mail generates."), {"bcl", "threshold"}},
    {"receiver.microsoft.compauth_fail.explicit", QT_TRANSLATE_NOOP("kensa::Explanations", "Composite authentication failed (reason %1): the From domain failed DMARC and its policy is p=quarantine or p=reject."), {"reason"}},
    {"receiver.microsoft.compauth_fail.implicit", QT_TRANSLATE_NOOP("kensa::Explanations", "Composite authentication failed (reason %1): the From domain publishes no authentication records, or only weak ones (SPF ~all or ?all, DMARC p=none), and Microsoft's implicit checks did not pass. Give the From domain an aligned SPF or DKIM result and publish DMARC."), {"reason"}},
    {"receiver.microsoft.compauth_fail.admin", QT_TRANSLATE_NOOP("kensa::Explanations", "Composite authentication failed (reason %1): an admin of the recipient's organisation prohibits this sender and domain pair from sending spoofed mail."), {"reason"}},
    {"receiver.microsoft.compauth_fail.intra_org", QT_TRANSLATE_NOOP("kensa::Explanations", "Composite authentication failed (reason %1): the From domain is one of the recipient organisation's own domains, but the message did not authenticate (self-to-self spoofing)."), {"reason"}},
    {"receiver.microsoft.compauth_fail.other", QT_TRANSLATE_NOOP("kensa::Explanations", "Composite authentication failed (reason %1)."), {"reason"}},
    {"receiver.microsoft.dmarc_oreject", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC failed for %1, whose policy is p=reject; Microsoft 365 did not reject the message but marked it as spam (action=oreject)."), {"from"}},
    {"receiver.google.dmarc_disposition", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC failed for %1; its policy asks for p=%2, and Gmail applied dis=%3 instead (a comment Google does not document)."), {"from", "p", "dis"}},
    {"message.findings.more", QT_TRANSLATE_N_NOOP("kensa::Explanations", "%n more finding(s) like \"%1\" were not listed."), {"key"}, "count"},
    // What a receiver's spam filter wrote (SpamAssassin, rspamd): helpdesk hints
    {"receiver.spamassassin.over_threshold", QT_TRANSLATE_NOOP("kensa::Explanations", "SpamAssassin on the receiving server scored this mail %1 against its threshold of %2 and marked it as spam."), {"score", "threshold"}},
    {"receiver.spamassassin.bayes_heaviest", QT_TRANSLATE_NOOP("kensa::Explanations", "The heaviest rule was %1 (%2 points): the receiver's Bayes filter, trained on mail its users marked, finds the content spam-like. Passing authentication does not change that; the wording, the links and the recipients' past judgements do."), {"rule", "points"}},
    {"receiver.spamassassin.heaviest_rule", QT_TRANSLATE_NOOP("kensa::Explanations", "The heaviest rule was %1 (%2 points)."), {"rule", "points"}},
    {"receiver.dnsbl.lookup_blocked", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: the receiving server's query to a DNS list was refused (too many queries, or a public resolver). This is not a listing of the sender's IP: the check did not run."), {"rules"}},
    {"receiver.uribl.lookup_blocked", QT_TRANSLATE_NOOP("kensa::Explanations", "%1: the receiving server's query to a URL blocklist was refused (too many queries, or a public resolver). The links in this mail were not checked against that list; this says nothing about them."), {"rules"}},
    {"receiver.rspamd.reject", QT_TRANSLATE_NOOP("kensa::Explanations", "rspamd on the receiving server recommended rejecting this mail (action \"reject\"). This copy exists only because the server delivered it anyway or quoted it in a bounce; a server that follows rspamd refuses this mail."), {}},
    {"receiver.rspamd.soft_reject", QT_TRANSLATE_NOOP("kensa::Explanations", "rspamd on the receiving server asked for this mail to be deferred with a temporary error (action \"soft reject\", used for greylisting and rate limits). The sending server retries, so delivery is delayed, not refused."), {}},
    {"receiver.rspamd.greylist", QT_TRANSLATE_NOOP("kensa::Explanations", "rspamd on the receiving server greylisted this mail (action \"greylist\"): the first attempt is deferred with a temporary error and accepted on a retry, which delays delivery."), {}},
    // The customer summary (core/report/CustomerSummary): the customer's register first (no RFC
    // numbers, raw tokens only in parentheses), then the technical block's sentences.
    {"summary.inconclusive", QT_TRANSLATE_NOOP("kensa::Explanations", "Kensa could not look up the records that %1 publishes for its mail (the DNS lookups got no answer, or Kensa is offline without them), so it cannot say yet why this email was treated as it was. Please check again when the lookups work."), {"domain"}},
    {"summary.forged", QT_TRANSLATE_NOOP("kensa::Explanations", "This email is most likely not from %1. It was not sent from a mail server that %1 uses, it carries no valid signature of %1, and %1 asks mail services to treat such email as fake. There is nothing to fix at the sender: please delete this email and do not open its links or attachments."), {"domain"}},
    {"summary.forwarded", QT_TRANSLATE_NOOP("kensa::Explanations", "This email reached the recipient through %1, a mailing list or forwarding service. The check of the sending server therefore looked at the server of %1, not at one that %2 uses."), {"forwarder", "domain"}},
    {"summary.forwarded.changed", QT_TRANSLATE_NOOP("kensa::Explanations", "This email reached the recipient through %1, a mailing list or forwarding service, which changed it on the way (for example the subject or a footer). Because of that, the signature of %2 no longer matches, and the check of the sending server looked at the server of %1, not at one that %2 uses."), {"forwarder", "domain"}},
    {"summary.forwarded.no_arc", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 did not add its own seal (ARC) that would let mail services trust the results of the original checks."), {"forwarder"}},
    {"summary.forwarded.arc_pass", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 added its own seal (ARC) that vouches for the results of the original checks, and the seal is intact, so mail services that trust %1 can still accept the email."), {"forwarder"}},
    {"summary.forwarded.arc_recorded_pass", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 added its own seal (ARC) that vouches for the results of the original checks; the receiving server found it intact at delivery. It cannot be checked again now because a key has changed since, which is normal for older email."), {"forwarder"}},
    {"summary.forwarded.arc_fail", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 added its own seal (ARC), but the seal is broken, so mail services cannot rely on it."), {"forwarder"}},
    {"summary.forwarded.arc_unverified", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 added its own seal (ARC), but it cannot be checked now."), {"forwarder"}},
    {"summary.forwarded.still_passes", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server still confirmed that the email comes from %1."), {"domain"}},
    {"summary.forwarded.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The administrator of %1 can avoid this by leaving the subject and body unchanged, or by sending list mail with the list's own address as the sender, and by sealing forwarded email (ARC)."), {"forwarder"}},
    {"summary.service_unaligned", QT_TRANSLATE_NOOP("kensa::Explanations", "This email was sent through %1 on behalf of %2, but %1 sent it under its own domain instead of %2 (its signature and return address), so mail services cannot confirm that %2 sent it."), {"service", "domain"}},
    {"summary.service_unaligned.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The administrator of %2 needs to change a setting in %1:"), {"service", "domain"}},
    {"summary.unaligned", QT_TRANSLATE_NOOP("kensa::Explanations", "This email passed the sender checks only for %1, not for %2, the domain in its sender address, so mail services cannot confirm that %2 sent it."), {"others", "domain"}},
    {"summary.unaligned.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "Whoever sends email for %1 needs to sign it with the domain %1 (DKIM) or send it with a return address under %1."), {"domain"}},
    {"summary.policy_enforced", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 asks mail services to reject such email or put it in the spam folder."), {"domain"}},
    {"summary.signature_broken", QT_TRANSLATE_NOOP("kensa::Explanations", "The signature of %1 on this email no longer matches: the email was changed after it was signed (for example by a security gateway or a footer added on the way)."), {"domain"}},
    {"summary.signature_broken.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The administrator of %1 should make sure that nothing changes the email after it is signed (such as a disclaimer added by a gateway), or have it signed after that step."), {"domain"}},
    {"summary.auth_failed", QT_TRANSLATE_NOOP("kensa::Explanations", "Mail services cannot confirm that this email comes from %1: it carries no valid signature of %1, and the server that sent it is not one %1 has authorised. If %1 really sent it, its mail settings need fixing; if not, it may be fake."), {"domain"}},
    {"summary.auth_failed.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The administrator of %1 should list the servers that send its email in its SPF record, sign the email with DKIM, and publish a DMARC policy."), {"domain"}},
    {"summary.receiver_spam.junk", QT_TRANSLATE_NOOP("kensa::Explanations", "The spam filter of the receiving server (%1) put this email in the spam folder."), {"vendor"}},
    {"summary.receiver_spam.quarantine", QT_TRANSLATE_NOOP("kensa::Explanations", "The spam filter of the receiving server (%1) held this email in quarantine."), {"vendor"}},
    {"summary.receiver_spam.reject", QT_TRANSLATE_NOOP("kensa::Explanations", "The spam filter of the receiving server (%1) refused this email."), {"vendor"}},
    {"summary.receiver_spam.tagged", QT_TRANSLATE_NOOP("kensa::Explanations", "The spam filter of the receiving server (%1) marked this email as spam."), {"vendor"}},
    {"summary.receiver_spam.score", QT_TRANSLATE_NOOP("kensa::Explanations", "The filter rated the email %1, against a limit of %2."), {"score", "threshold"}},
    {"summary.receiver_spam.recipient_setting", QT_TRANSLATE_NOOP("kensa::Explanations", "This came from the recipient's own settings (a blocked-senders list or a rule of the recipient's organisation), not from a judgement of the email itself."), {}},
    {"summary.receiver_spam.recipient_fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The recipient or the administrator of the recipient's mail can change that setting."), {}},
    {"summary.receiver_spam.bulk", QT_TRANSLATE_NOOP("kensa::Explanations", "The service counts the sender as a bulk sender whose email draws many complaints."), {}},
    {"summary.receiver_spam.content", QT_TRANSLATE_NOOP("kensa::Explanations", "The filter's main reason was the content of the email (its wording and links), not the sender checks."), {}},
    {"summary.receiver_spam.authentication", QT_TRANSLATE_NOOP("kensa::Explanations", "The filter's main reason was that the sender checks failed."), {}},
    {"summary.receiver_spam.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The sender checks alone do not decide this: the sender can review the content, the links and whether the recipients asked for the email, and the recipient can mark it as not spam."), {}},
    {"summary.auth_pass.both", QT_TRANSLATE_NOOP("kensa::Explanations", "This email passes the sender checks: it carries a valid signature of %1 and was sent from a server that %1 authorises."), {"domain"}},
    {"summary.auth_pass.dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "This email passes the sender checks: it carries a valid signature of %1."), {"domain"}},
    {"summary.auth_pass.spf", QT_TRANSLATE_NOOP("kensa::Explanations", "This email passes the sender checks: it was sent from a server that %1 authorises."), {"domain"}},
    {"summary.auth_pass.recorded", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiving server confirmed at delivery that this email comes from %1. Kensa cannot repeat every check now because a key or record has changed since, which is normal for older email."), {"domain"}},
    {"summary.no_dmarc", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 publishes no sender-domain policy (DMARC), which Gmail, Yahoo and Outlook.com require from bulk senders, and which lets mail services recognise fake email in its name."), {"domain"}},
    {"summary.no_dmarc.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "The administrator of %1 should publish a DMARC policy, starting with monitoring only."), {"domain"}},
    {"summary.policy_none", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 only monitors its email (its DMARC policy does not ask mail services to act), so fake email in its name is not stopped either."), {"domain"}},
    {"summary.policy_none.fix", QT_TRANSLATE_NOOP("kensa::Explanations", "Once all of its legitimate email passes, the administrator of %1 can ask mail services to put failing email in the spam folder or to reject it."), {"domain"}},
    {"summary.requirements_unmet", QT_TRANSLATE_NOOP("kensa::Explanations", "Some requirements of the mail services are not met: %1. The administrator of %2 can address them."), {"rows", "domain"}},
    {"summary.inconclusive.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "DNS answers missing: %1."), {"answers"}},
    {"summary.technical.recorded_at_delivery", QT_TRANSLATE_NOOP("kensa::Explanations", "At delivery the receiver recorded (%1, line %2): %3"), {"field", "line", "results"}},
    {"summary.forged.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "Likely spoofed From: DMARC fails for %1 with p=%2, nothing aligned passes, the delivering IP %3 is not authorised by %1, and no ARC set or list is in the path."), {"domain", "policy", "ip"}},
    {"summary.technical.dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "DKIM-Signature d=%1 s=%2: Kensa finds %3, the receiver recorded %4."), {"domain", "selector", "result", "recorded"}},
    {"summary.technical.recorded_reason", QT_TRANSLATE_NOOP("kensa::Explanations", "The receiver's reason: %1"), {"reason"}},
    {"summary.technical.spf", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF for %1 from %2: Kensa finds %3, the receiver recorded %4."), {"domain", "ip", "result", "recorded"}},
    {"summary.technical.spf_from", QT_TRANSLATE_NOOP("kensa::Explanations", "SPF of the From domain %1 from %2: %3."), {"domain", "ip", "result"}},
    {"summary.technical.dmarc", QT_TRANSLATE_NOOP("kensa::Explanations", "DMARC for %1: Kensa finds %2 (p=%3; aligned passes: %4), the receiver recorded %5."), {"domain", "result", "policy", "aligned", "recorded"}},
    {"summary.technical.arc", QT_TRANSLATE_NOOP("kensa::Explanations", "ARC sets: %1; Kensa finds %2, the receiver recorded %3; sealed by %4."), {"sets", "result", "recorded", "sealers"}},
    {"summary.technical.no_dkim", QT_TRANSLATE_NOOP("kensa::Explanations", "The message carries no DKIM-Signature."), {}},
    {"summary.forwarded.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "Intermediary: %1 (%2)."), {"forwarder", "evidence"}},
    {"summary.service_unaligned.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "Sending service %1, recognised from: %2."), {"service", "evidence"}},
    {"summary.receiver_spam.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "%1 (line %2): %3"), {"field", "line", "raw"}},
    {"summary.requirements_unmet.technical", QT_TRANSLATE_NOOP("kensa::Explanations", "Checklist rows not met: %1."), {"ids"}},
};
// clang-format on

bool declares(const Entry &entry, const char *name)
{
    for (const char *a : entry.args) {
        if (qstrcmp(a, name) == 0)
            return true;
    }
    return false;
}

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

// `text` of the table in `language`; an empty language is the one installed on the application.
QString translated(const QString &language, const char *text, int n)
{
    if (language.isEmpty())
        return QCoreApplication::translate("kensa::Explanations", text, nullptr, n);
    return Localization::translate(language, "kensa::Explanations", text, nullptr, n);
}

// A report asks for some 360 sentences (every checklist row and its evidence), most of them the
// same from one report to the next, and each used to cost a catalogue lookup, a regular
// expression or two and the argument substitution. Each thread keeps the sentences and the
// translated texts it made, for the translators installed when it made them
// (Localization::generation()), and starts over when they change or a table is full. Per thread,
// so that analyses on several threads never wait on each other.
//
// A sentence is found by what it is made of: the language, the key and the arguments, written
// one after the other into one buffer, each string after its length so that no two inputs write
// the same buffer. The buffer is hashed once, and a kept sentence's buffer is compared in one
// piece (a QHash keyed by the buffer): a look-up copies no string, and a hit reads one kept
// buffer rather than a key and a list of arguments spread over memory.
void describe(QString &buffer, const QString &language, const Finding &finding)
{
    qsizetype size = 4 + language.size() + finding.key.size();
    for (const auto &[name, value] : finding.args)
        size += 4 + name.size() + value.size();
    buffer.resize(size); // the buffer is reused for every look-up: it only grows
    char16_t *out = reinterpret_cast<char16_t *>(buffer.data());
    const auto put = [&out](QStringView part) {
        const auto n = quint32(part.size());
        *out++ = char16_t(n & 0xFFFF);
        *out++ = char16_t(n >> 16);
        if (n > 0)
            std::memcpy(out, part.utf16(), n * sizeof(char16_t));
        out += n;
    };
    put(language);
    put(finding.key);
    for (const auto &[name, value] : finding.args) {
        put(name);
        put(value);
    }
}

struct TextKey
{
    QString language;
    const char *text; // an entry's text: its address identifies it
    int n;
    bool operator==(const TextKey &) const = default;
};

size_t qHash(const TextKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.language, quintptr(k.text), k.n);
}

// A bound, because arguments come from the messages (names, addresses, line numbers) and a long
// batch would otherwise keep them all. At this size 91% of the look-ups of the benchmark corpus
// hit (95% at 20,000) and the table stays in the CPU's cache; one of 20,000 (2.5 MB) made every
// look-up a trip to memory, which cost more than the sentences it saved making.
constexpr qsizetype MaxCachedSentences = 2000;
// Translated texts differ only in their plural count: far fewer than sentences.
constexpr qsizetype MaxCachedTexts = 4000;

struct Cache
{
    quint64 generation = 0;
    QHash<QString, QString> sentences; // by description (describe())
    QString description;               // the look-up's buffer, reused
    QHash<TextKey, QString> texts;
    QHash<TextKey, QString> gists;
};

Cache &cache()
{
    thread_local Cache c;
    const quint64 generation = Localization::generation();
    if (c.generation != generation) {
        c.sentences.clear();
        c.texts.clear();
        c.gists.clear();
        c.generation = generation;
    }
    return c;
}

// Looks `key` up in `table`, or makes it with `make` and keeps it while the table has room.
template<typename Key, typename Make>
QString cached(QHash<Key, QString> &table, qsizetype limit, const Key &key, Make make)
{
    if (const auto it = table.constFind(key); it != table.constEnd())
        return it.value();
    const QString made = make();
    if (table.size() >= limit)
        table.clear();
    table.insert(key, made);
    return made;
}

QString cachedTranslation(const QString &language, const char *text, int n)
{
    return cached(cache().texts, MaxCachedTexts, TextKey{language, text, n}, [&] {
        return translated(language, text, n);
    });
}

// The sentence of `entry` with its placeholders shown as an ellipsis.
QString gist(const Entry &entry, const QString &language)
{
    return cached(cache().gists, MaxCachedTexts, TextKey{language, entry.text, -1}, [&] {
        static const QRegularExpression placeholder(QStringLiteral("%L?([0-9]{1,2}|n)"));
        // n = -1 leaves %n in place, to be shown as an ellipsis like the others.
        QString sentence = translated(language, entry.text, -1);
        return sentence.replace(placeholder, QStringLiteral("…"));
    });
}

QString sentenceOf(const Finding &finding, const QString &language);

} // namespace

QString Explanations::text(const Finding &finding)
{
    return sentenceOf(finding, QString());
}

QString Explanations::text(const Finding &finding, const QString &language)
{
    return sentenceOf(finding, language);
}

namespace {

QString makeSentence(const Finding &finding, const QString &language);

QString sentenceOf(const Finding &finding, const QString &language)
{
    Cache &c = cache();
    describe(c.description, language, finding);
    // Making a sentence looks up other texts, never sentences, so the description still holds
    // when it is kept; keeping it shares the buffer, which the next look-up then copies first.
    return cached(c.sentences, MaxCachedSentences, c.description, [&] { return makeSentence(finding, language); });
}

QString makeSentence(const Finding &finding, const QString &language)
{
    const Entry *entry = index().value(finding.key);
    if (!entry)
        return finding.key;
    if (declares(*entry, "receiver") && finding.arg(QStringLiteral("receiver")).isEmpty()) {
        if (const Entry *unnamed = index().value(finding.key + unnamedReceiverSuffix.toString()))
            entry = unnamed;
    }
    // A caller that leaves out an argument the sentence needs is a defect: it is reported once
    // per key and argument, like QString::arg reports a missing placeholder.
    const auto has = [&finding](const char *name) {
        for (const auto &a : finding.args) {
            if (a.first == QLatin1String(name))
                return true;
        }
        return false;
    };
    for (const char *name : entry->args) {
        if (!has(name))
            qWarning("Explanations: %s lacks the argument %s", entry->key, name);
    }
    int n = -1;
    if (entry->count) {
        if (!has(entry->count))
            qWarning("Explanations: %s lacks the argument %s", entry->key, entry->count);
        n = finding.arg(QString::fromLatin1(entry->count)).toInt();
    }
    const QString sentence = cachedTranslation(language, entry->text, n);
    QStringList v;
    for (const char *name : entry->args) {
        const QString value = finding.arg(QString::fromLatin1(name));
        // "key" and "error" name another finding key: the reader sees its sentence, not the key.
        const bool isKey
            = (qstrcmp(name, "key") == 0 || qstrcmp(name, "error") == 0) && index().contains(value);
        v.append(isKey ? gist(*index().value(value), language) : value);
    }
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

} // namespace

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
        if (entry->count)
            out.append(QString::fromLatin1(entry->count));
    }
    return out;
}

QString Explanations::countArgument(const QString &key)
{
    const Entry *entry = index().value(key);
    return entry && entry->count ? QString::fromLatin1(entry->count) : QString();
}

QString Explanations::sourceText(const QString &key)
{
    const Entry *entry = index().value(key);
    return entry ? QString::fromUtf8(entry->text) : QString();
}

QString Explanations::unnamedReceiverKey(const QString &key)
{
    return key + unnamedReceiverSuffix.toString();
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
