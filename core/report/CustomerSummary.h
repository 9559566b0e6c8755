#pragma once

#include "core/base/Finding.h"
#include "core/base/LocalText.h"
#include "core/report/JsonWriter.h"
#include "core/report/Report.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kensa {

// Where a claim of the summary can be seen: a header field of the message (its line) or a DNS
// answer the analysis used.
struct SummaryEvidence
{
    enum class Kind { Header, Dns };
    Kind kind = Kind::Header;
    QString field;   // Header: the field name as written ("Authentication-Results")
    int line = 0;    // Header: 1-based line of the field's first physical line
    QString dnsName; // Dns: the question's name
    QString dnsType; // Dns: "TXT", "PTR", ...
    QString text;    // what the field or the answer says, as written (shortened)

    bool operator==(const SummaryEvidence &) const = default;
};

// Who has to act on a point.
enum class SummaryParty {
    Nothing,        // nothing to fix (a fact, a pass)
    SenderDomain,   // the administrator of the From domain
    SendingService, // the From domain's administrator, in the sending service's settings
    Forwarder,      // the mailing list or forwarder in the path
    Recipient,      // the recipient's own settings or organisation
    NotTheSender,   // nobody: the From address is most likely forged; never advise the forger
};

// One reason of the summary. Sentences are explanation keys with arguments (core/i18n), in two
// registers: `customer` and `fix` for the person who asked (no RFC numbers or raw tokens),
// `technical` for a postmaster.
struct SummaryPoint
{
    QString kind; // "forged", "forwarded", "service_unaligned", "receiver_spam", "auth_pass", ...
    Severity severity = Severity::Info;
    SummaryParty party = SummaryParty::Nothing;
    QList<Finding> customer;
    QList<Finding> fix;       // what `party` can change; empty when nothing is to be fixed
    LocalText fixData;        // a fix from the data (services.json), shown after `fix`
    QList<Finding> technical;
    QList<SummaryEvidence> evidence;
    // Arguments whose value depends on the language (a vendor's or a requirement's name): a
    // sentence's argument of this name takes the text in the rendered language.
    QHash<QString, LocalText> localArgs;

    bool operator==(const SummaryPoint &) const = default;
};

// The answer a helpdesk sends (issue 15): the most likely reason first, in plain words, then what
// to fix and who must fix it, each claim with its evidence. Built from a finished Report; a
// value, rendered in any language regardless of the one the application shows.
struct CustomerSummary
{
    QString fromDomain;
    // false: DNS answers the reasoning needs are missing, so no point states a cause.
    bool conclusive = true;
    QList<SummaryPoint> points; // the most likely reason first

    bool operator==(const CustomerSummary &) const = default;

    static CustomerSummary fromReport(const Report &report);

    enum class Format { PlainText, Markdown };
    // The customer text (each point: its sentences, then who fixes what), then the technical
    // block (each point's technical sentences and evidence), in `language` ("en", "ja").
    static QString render(const CustomerSummary &summary, const QString &language, Format format);

    // The parts, for a view that lays them out itself.
    static QString customerText(const SummaryPoint &point, const QString &language);
    static QString fixText(const SummaryPoint &point, const QString &language); // "" when none
    static QString technicalText(const SummaryPoint &point, const QString &language);
    // "Who can fix it: the administrator of example.com" ("" for Nothing).
    static QString partyText(const SummaryPoint &point, const QString &fromDomain, const QString &language);
    // "Authentication-Results, line 31" / "DNS: TXT _dmarc.example.com".
    static QString evidenceLabel(const SummaryEvidence &evidence, const QString &language);
    static QString heading(const QString &which, const QString &language); // "customer", "technical"
    // The title of a point in the technical block: what kind of reason it is, in words, with its
    // JSON kind in brackets ("Probably forged (forged)", 「なりすましの可能性（forged）」).
    static QString kindLabel(const QString &kind, const QString &language);

    static QString partyName(SummaryParty party); // JSON: "nothing", "sender_domain", ...
    // The "summary" member of the JSON report: keys, arguments and the texts in `language`.
    static void writeJson(JsonWriter &w, const CustomerSummary &summary, const QString &language);
};

QDebug operator<<(QDebug dbg, const CustomerSummary &summary);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::CustomerSummary)
