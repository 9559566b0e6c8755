#pragma once

#include "core/base/Finding.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kensa {

// One URI of a List-Unsubscribe field (RFC 2369 §2: in angle brackets, comma separated).
struct UnsubscribeUri
{
    QString uri;          // as written between the brackets, white space from folding removed
    QString scheme;       // lower case: "https", "http", "mailto", or whatever else was written
    bool bracketed = true; // false when the URI was not inside angle brackets (a finding)
    int line = 0;         // line of the List-Unsubscribe field

    bool operator==(const UnsubscribeUri &) const = default;
};

// The unsubscribe evidence of one message (RFC 2369, RFC 8058). Kensa never opens any of
// these URIs: they are shown as text.
struct UnsubscribeResult
{
    enum class BodyLink { NotChecked, Found, Hidden, NotFound };

    bool listUnsubscribe = false;   // a List-Unsubscribe field is present
    int listUnsubscribeLine = 0;
    QList<UnsubscribeUri> uris;
    bool listUnsubscribePost = false; // a List-Unsubscribe-Post field is present
    QString postValue;               // its value, unfolded and trimmed
    int listUnsubscribePostLine = 0;
    bool postValid = false;          // exactly "List-Unsubscribe=One-Click" (RFC 8058 §3.1)
    bool https = false;              // at least one https: URI
    bool http = false;               // at least one http: URI
    bool mailto = false;             // at least one mailto: URI
    // RFC 8058 §3.1 one-click: an https URI in brackets and a valid List-Unsubscribe-Post.
    // (DKIM coverage, §4, is `dkimCovered`; the requirement rows combine them.)
    bool oneClick = false;
    // RFC 8058 §4: a DKIM signature that verifies ("pass"), whose d= is aligned with the From
    // domain (same organisational domain), lists both fields in h=.
    bool dkimCovered = false;
    QString coveringDomain;          // d= of the signature that covers both fields
    // Both fields are covered, but only by passing signatures whose d= is not aligned.
    bool dkimCoveredUnaligned = false;
    QString unalignedCoveringDomain;

    // A visible unsubscribe link in the body (text or HTML part, decoded with its charset).
    BodyLink bodyLink = BodyLink::NotChecked; // NotChecked: headers-only input
    QString bodyLinkText;   // the words that name it ("unsubscribe", "配信停止", ...)
    QString bodyLinkUri;    // the link target as written (never fetched), "" for a bare text
    int bodyLinkLine = 0;   // line in the message where the part holding it starts

    // Whether the message looks like subscribed or marketing mail, and the signals seen:
    // "list-unsubscribe", "list-id", "precedence", "feedback-id", "esp" (a bulk-mail service's
    // header, named in resources/senders/services.json "bulk_headers"). See MarketingSignals.
    bool looksMarketing = false;
    QStringList marketingSignals;

    QList<Finding> findings; // unsub.* keys, with line and header

    bool operator==(const UnsubscribeResult &) const = default;
};

QString bodyLinkName(UnsubscribeResult::BodyLink link); // "not_checked" "found" "hidden" "not_found"
QDebug operator<<(QDebug dbg, const UnsubscribeResult &result);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::UnsubscribeResult)
