#pragma once

#include <QtGlobal>

// Every loop over untrusted input is bounded by one of these. Hitting a limit is a finding,
// never a crash or a hang.
namespace kensa::Limits {

// Input larger than this is cut here before parsing (the cut is reported).
inline constexpr qsizetype MaxMessageBytes = 64 * 1024 * 1024;
// Header fields kept; further fields are counted and reported, not parsed.
inline constexpr int MaxHeaderFields = 10000;
// RFC 5322 §2.1.1: a line must not exceed 998 characters (excluding CRLF).
inline constexpr qsizetype MaxLineLength = 998;
// Display values are decoded from at most this many bytes of a field's value.
inline constexpr qsizetype MaxDecodedValueBytes = 256 * 1024;
// RFC 2047 encoded-words decoded per field value.
inline constexpr int MaxEncodedWords = 2000;
// Addresses parsed from one field.
inline constexpr int MaxAddresses = 1000;
// MIME nesting depth and parts per message.
inline constexpr int MaxMimeDepth = 32;
inline constexpr int MaxMimeParts = 1000;
// Decoded size of one MIME part body.
inline constexpr qsizetype MaxMimePartBytes = 32 * 1024 * 1024;
// Messages read from one mbox file.
inline constexpr int MaxMboxMessages = 100000;
// Findings of one kind reported per message (further ones are summarised).
inline constexpr int MaxFindingsPerKey = 20;
// Lines the paste normaliser inspects when looking for a provider's wrapper.
inline constexpr int MaxPreambleLines = 400;
// URIs read from the List-Unsubscribe fields of one message.
inline constexpr int MaxUnsubscribeUris = 50;
// Characters of one text part searched for an unsubscribe link, and links looked at per part.
inline constexpr qsizetype MaxUnsubscribeScanChars = 4 * 1024 * 1024;
inline constexpr int MaxUnsubscribeLinksPerPart = 10000;
// HTML elements whose nesting is followed when deciding whether a link is hidden by CSS.
inline constexpr int MaxHtmlNesting = 256;
// Zip archives (evidence bundles): entries read from one archive, bytes of one entry and of all
// entries together (entries may overlap in a hostile archive), bytes of one entry name. A bundle
// holds three entries: a message (itself cut at MaxMessageBytes), a DNS snapshot and a manifest.
inline constexpr int MaxZipEntries = 64;
inline constexpr qsizetype MaxZipEntryBytes = 2 * MaxMessageBytes;
inline constexpr qsizetype MaxZipTotalBytes = 3 * MaxMessageBytes;
inline constexpr qsizetype MaxZipNameBytes = 1024;

} // namespace kensa::Limits
