#pragma once

#include "core/report/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kensa {

// What the exported report shows beyond the analysis itself.
struct HtmlReportOptions
{
    // The decoded text of the message body. Off: nothing of the body is in the report.
    bool includeBody = false;
    // Recipient addresses (To, Cc, Bcc, Delivered-To and the like, the for clauses of Received)
    // show their local parts masked, wherever they appear in the report.
    bool redactRecipients = false;
    // With redactRecipients: mask the recipients' domains too.
    bool redactRecipientDomains = false;
    // Finished HTML (already escaped) placed right after the verdict section, such as a summary
    // written for the customer; empty for none.
    QString afterVerdictHtml;
};

// A self-contained HTML report of one analysis, in the installed language: no script, no
// external resource (styles inline, badges in Unicode, system fonts), every text taken from the
// message escaped and its bidirectional controls shown as code points. The same HTML feeds the
// PDF and the printout (QTextDocument reads the subset it uses).
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(kensa::HtmlReport)

public:
    static QString render(const Report &report, const HtmlReportOptions &options = {});
    // `text` for HTML element content and attribute values: & < > " ' escaped; bidirectional
    // controls (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C) and other control
    // characters replaced by their code point in brackets ("[U+202E]"), so that a header cannot
    // reorder or hide the text around it.
    static QString escape(QStringView text);
    // The mark after which the verdict section ends; a section inserted later goes after it.
    static QString afterVerdictMark() { return QStringLiteral("<!-- kensa:after-verdict -->"); }
    // The mask that replaces a redacted local part (or domain).
    static QString mask() { return QStringLiteral("***"); }
};

} // namespace kensa
