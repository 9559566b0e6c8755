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

// --- Authentication: work per message ---

// DKIM-Signature fields verified per message. RFC 6376 §6.1 lets a verifier limit the
// signatures it tries, against denial of service: each costs a key lookup and a hash over the
// header. Real mail carries one to a few (each mailing list adds one); the same 50 as ARC's
// sets. Further signatures are listed with the result "policy" and not verified.
inline constexpr int MaxDkimSignatures = 50;
// RFC 8617 §4.2.1: at most 50 ARC sets; an instance number above it fails the chain.
inline constexpr int MaxArcInstances = 50;
// RFC 7208 §4.6.4: at most 10 mechanisms and modifiers that cause DNS lookups (include, a, mx,
// ptr, exists, redirect), else permerror. Every include and redirect counts, so this also
// bounds the include/redirect recursion: the evaluation never descends more than 10 levels.
inline constexpr int MaxSpfLookups = 10;
// RFC 7208 §4.6.4: at most 2 lookups that return no records (void lookups), else permerror.
inline constexpr int MaxSpfVoidLookups = 2;
// RFC 7208 §4.6.4: MX hosts looked up per mx, PTR names checked per ptr or %{p}.
inline constexpr int MaxSpfAddressLookups = 10;
// DNS questions of one SPF evaluation over all its rounds (the lookups above are counted per
// term; MX and PTR follow-ups are not): a safety net, temperror beyond it.
inline constexpr int MaxSpfQuestions = 400;
// PTR names of the sending IP confirmed by a forward lookup for iprev (RFC 8601 §3).
inline constexpr int MaxIprevNames = 10;

// --- Header fields that accumulate as a message travels ---

// Received fields read as hops, from the top (newest). RFC 5321 §6.3 counts Received fields
// to detect loops with a threshold of "at least 100": a longer trace is a loop or abuse.
inline constexpr int MaxReceivedHops = 100;
// Authentication-Results fields read, and ARC-Authentication-Results fields read, from the top
// (each receiver adds one; the trusted ones are at the top).
inline constexpr int MaxAuthResultsFields = 100;
// Bytes of one Received or Authentication-Results field parsed; the rest is reported, not read.
inline constexpr qsizetype MaxTraceFieldBytes = 64 * 1024;
// Bytes of one receiver-verdict field (X-Microsoft-Antispam, X-Spam-Report, ...) decoded. The
// largest real ones (Microsoft's Message-Info blobs) stay under 16 KB.
inline constexpr qsizetype MaxReceiverFieldBytes = 64 * 1024;

// --- DNS answers ---

// Records of one answer used; the rest are dropped and reported. A 64 KB DNS message holds at
// most about 4,000 A records; real TXT, MX and PTR sets stay under 100.
inline constexpr int MaxDnsAnswerRecords = 256;
// Text of one TXT record (its character-strings joined). A 16,384-bit RSA DKIM key is about
// 2,800 characters; a longer record is dropped and reported rather than parsed.
inline constexpr qsizetype MaxDnsTxtBytes = 16 * 1024;

// DNS questions on the wire at once, over every analysis in flight (LdnsResolver keeps the rest
// waiting in turn). 128 questions of 20 ms each are 6,400 answers a second, above the 4,500 of a
// batch of 500 messages a second at 9 questions a message. More at once overflows the receive
// buffer of a small server (slowdns.py dropped datagrams at 256, each then costing a retry) and
// passes what a local dnsmasq forwards at once by default (dns-forward-max 150).
inline constexpr int MaxDnsQueriesInFlight = 128;
// How long the DNS cache shared by a batch keeps a failure (timeout, SERVFAIL, REFUSED) before
// the next analysis asking the same question asks again. RFC 9520 §3.2 asks resolvers to keep
// failures at least a second, so a server in trouble is not asked again at once by every
// analysis in flight; a batch must not keep them longer, or one lost answer for a name many
// messages share (an ESP's SPF include, a DMARC record up the tree) fails the rest of it.
inline constexpr qint64 DnsFailureHoldMs = 5000;
// Answers the DNS cache shared by a batch keeps before it forgets the answered ones (about
// 1 KB each).
inline constexpr int MaxDnsCacheAnswers = 20000;

// --- Batches ---

// Messages of a batch submitted and not yet written out: those being analysed and those done
// but waiting for an earlier one (output keeps input order). Enough to keep the DNS busy at
// 20 ms an answer; bounds memory at this many messages and reports.
inline constexpr int MaxMessagesInFlight = 256;
// Messages of the window's mailbox list analysed at once, on one thread. With live DNS many, so
// that their DNS waits overlap; offline a few, so that the thread analyses the next messages
// while the window takes in a report (one at a time, it waited on the window after each).
inline constexpr int MaxTriageInFlight = 16;
inline constexpr int MaxTriageInFlightOffline = 4;

// --- Time ---

// The DNS budget of one analysis (kensa-cli --timeout): every round of questions must be
// answered within it from the first question on; what is unanswered then counts as a timeout
// (temperror), and the report says the budget ran out.
inline constexpr int DefaultDnsBudgetMs = 20000;

} // namespace kensa::Limits
