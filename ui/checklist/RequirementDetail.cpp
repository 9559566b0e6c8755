#include "ui/checklist/RequirementDetail.h"

#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/style/ClipboardText.h"
#include "ui/style/StatusStyle.h"

#include <QDesktopServices>
#include <QEvent>
#include <QKeySequence>
#include <QUrl>

namespace kensa {

namespace {

const QString EvidenceScheme = QStringLiteral("kensa-evidence");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString reasonText(const QString &key, const QList<QPair<QString, QString>> &args)
{
    return key.isEmpty() ? QString() : Explanations::text(makeFinding(key, Severity::Info, args));
}

// The badge of a status: its colours, its word; the same look as the matrix cell.
QString badge(const QString &word, StatusStyle::Tone tone)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>")
        .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name(), escaped(word));
}

} // namespace

RequirementDetail::RequirementDetail(QWidget *parent)
    : QTextBrowser(parent)
    , m_table(&RequirementTable::builtin())
{
    setObjectName(QStringLiteral("requirementDetail"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::StyledPanel);
    connect(this, &QTextBrowser::anchorClicked, this, &RequirementDetail::onAnchor);
    showHint();
}

void RequirementDetail::setTable(const RequirementTable *table)
{
    m_table = table ? table : &RequirementTable::builtin();
}

void RequirementDetail::showRequirement(const Report &report,
                                        const QString &rowId,
                                        const QList<RequirementResult> &results,
                                        const RequirementOptions &options)
{
    m_report = report;
    m_rowId = rowId;
    m_results = results;
    m_options = options;
    render();
}

void RequirementDetail::showHint()
{
    m_rowId.clear();
    m_results.clear();
    m_evidence.clear();
    m_sourceUrls.clear();
    render();
}

QStringList RequirementDetail::providers() const
{
    QStringList list;
    for (const RequirementResult &result : m_results)
        list.append(result.provider);
    return list;
}

QString RequirementDetail::explanationText() const
{
    const RequirementRow *row = m_table->row(m_rowId);
    return row ? row->explanation.text(Localization::current()) : QString();
}

QStringList RequirementDetail::evidenceTexts() const
{
    QStringList texts;
    for (const Finding &finding : m_evidence)
        texts.append(Explanations::text(finding));
    return texts;
}

void RequirementDetail::activateEvidence(int index)
{
    if (index < 0 || index >= m_evidence.size())
        return;
    const Finding &finding = m_evidence.at(index);
    if (finding.line <= 0)
        return;
    int last = finding.line;
    // A folded header field spans several lines: select all of them.
    for (const HeaderField &field : m_report.message.headers()) {
        if (field.line == finding.line) {
            last = finding.line + qMax(1, field.lineCount()) - 1;
            break;
        }
    }
    emit lineActivated(finding.line, last);
}

void RequirementDetail::onAnchor(const QUrl &url)
{
    if (url.scheme() == EvidenceScheme) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok)
            activateEvidence(index);
        return;
    }
    // Only the requirement table's own source pages open; nothing from the message is a link.
    if (m_sourceUrls.contains(url.toString()))
        QDesktopServices::openUrl(url);
}

void RequirementDetail::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        render();
}

QString RequirementDetail::appliesText(Applicability applies) const
{
    switch (applies) {
    case Applicability::All:
        return tr("Required of every sender");
    case Applicability::Bulk:
        return tr("Required of bulk senders (5,000 or more messages a day)");
    case Applicability::Recommended:
        return tr("Recommended (a guideline, not a requirement)");
    case Applicability::NotStated:
        return tr("Not stated by this provider");
    case Applicability::Removed:
        return tr("Was required, since withdrawn");
    }
    return {};
}

QString RequirementDetail::resultWord(const QString &rfc8601) const
{
    if (rfc8601.isEmpty())
        return StatusStyle::resultText(rfc8601);
    return tr("%1 (%2)", "result word, RFC 8601 token").arg(StatusStyle::resultText(rfc8601), rfc8601);
}

// Recorded (the receiver's trusted Authentication-Results) beside re-verified (Kensa now), for
// the methods the shown cells' checks are about, where the report holds both.
QString RequirementDetail::recordedSection() const
{
    bool spf = false, dkim = false, dmarc = false, arc = false;
    const RequirementRow *row = m_table->row(m_rowId);
    QStringList checks;
    if (row)
        checks.append(row->check);
    for (const RequirementResult &result : m_results) {
        if (!result.outcome.check.isEmpty())
            checks.append(result.outcome.check);
    }
    for (const QString &check : std::as_const(checks)) {
        const bool both = check == u"auth.spf_or_dkim" || check == u"auth.both_aligned";
        spf = spf || both || check.startsWith(u"auth.spf");
        dkim = dkim || both || check.startsWith(u"auth.dkim");
        dmarc = dmarc || check == u"auth.both_aligned" || check.startsWith(u"auth.dmarc");
        arc = arc || check.startsWith(u"arc.");
    }
    QString rows;
    const auto addRow = [&](const QString &method, const QString &by, const QString &recorded, const QString &now) {
        if (recorded.isEmpty() || now.isEmpty())
            return;
        const QString receiver = by.isEmpty() ? tr("the receiver") : by;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(escaped(method),
                         escaped(receiver),
                         badge(resultWord(recorded), StatusStyle::toneOfResult(recorded)),
                         badge(resultWord(now), StatusStyle::toneOfResult(now)));
    };
    if (spf && m_report.spfChecked)
        addRow(QStringLiteral("SPF"), m_report.spfRecordedBy, m_report.spfRecorded, m_report.spf.result);
    if (dkim && m_report.dkimChecked) {
        for (const DkimResult &signature : m_report.dkim) {
            //: A DKIM signature named by its domain and selector (RFC 6376 d= and s=)
            const QString name = tr("DKIM d=%1 s=%2").arg(signature.domain, signature.selector);
            addRow(name, signature.recordedBy, signature.recorded, signature.result);
        }
    }
    if (dmarc && m_report.dmarcChecked)
        addRow(QStringLiteral("DMARC"), m_report.dmarc.recordedBy, m_report.dmarc.recorded, m_report.dmarc.result);
    if (arc && m_report.arcChecked)
        addRow(QStringLiteral("ARC"), m_report.arcRecordedBy, m_report.arcRecorded, m_report.arc.result);
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">"
                          "<tr><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                          "<th align=\"left\">%5</th></tr>%6</table><p class=\"muted\">%7</p>")
        .arg(escaped(tr("Recorded at delivery and verified again now")),
             escaped(tr("Method")),
             escaped(tr("Recorded by")),
             escaped(tr("Recorded")),
             escaped(tr("Kensa now")),
             rows,
             escaped(tr("DNS answers are today's, not those at delivery: a key rotated since then changes the result.")));
}

void RequirementDetail::render()
{
    // Secondary text in the palette's muted colour, so a dark palette reads too.
    document()->setDefaultStyleSheet(QStringLiteral(".muted { color: %1; }").arg(StatusStyle::muted(palette()).name()));
    m_evidence.clear();
    m_sourceUrls.clear();
    const RequirementRow *row = m_table->row(m_rowId);
    if (!row) {
        setHtml(QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(escaped(tr("Select a cell of the checklist to see what was checked, the provider's rule, "
                                    "the evidence in the message and how to fix it."))));
        return;
    }
    const QString language = Localization::current();
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(row->title.text(language)));
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(escaped(tr("What is checked")), escaped(row->explanation.text(language)));

    QList<QString> evidenceChecks;
    for (const RequirementResult &result : m_results) {
        const RequirementCell *cell = row->cell(result.provider);
        const QString providerName = m_table->providerName(result.provider).text(language);
        const StatusStyle::Tone tone = result.pending ? StatusStyle::Tone::Neutral
                                                      : StatusStyle::toneOfStatus(result.status);
        const QString word = result.pending ? tr("Checking…") : StatusStyle::statusText(result.status);
        html += QStringLiteral("<h4>%1 &nbsp;%2</h4>").arg(escaped(providerName), badge(word, tone));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        const auto line = [&html](const QString &label, const QString &valueHtml) {
            html += QStringLiteral("<tr><td valign=\"top\" class=\"muted\">%1&nbsp;&nbsp;</td><td>%2</td></tr>")
                        .arg(escaped(label), valueHtml);
        };
        line(tr("Rule"), escaped(appliesText(cell ? cell->applies : result.applies)));
        if (cell && !cell->since.isEmpty())
            line(tr("Since"), escaped(dateText(cell->since, language)));
        if (cell && !cell->note.isEmpty())
            //: Label before what the provider says about this rule in particular
            line(tr("Note"), escaped(cell->note.text(language)));
        if (cell && !cell->sources.isEmpty()) {
            QStringList links;
            for (const QString &key : cell->sources) {
                const RequirementSource source = m_table->source(key);
                if (source.url.isEmpty()) {
                    links.append(escaped(key));
                    continue;
                }
                m_sourceUrls.insert(QUrl(source.url).toString());
                const QString title = source.title.isEmpty() ? key : source.title.text(language);
                QString entry = QStringLiteral("<a href=\"%1\">%2</a> [%3]")
                                    .arg(escaped(source.url), escaped(title), escaped(key));
                if (source.asOfIsDate)
                    //: After a source's title: the date of the page version the table was checked against
                    entry += QStringLiteral(" ")
                        + escaped(tr("(as of %1)").arg(source.asOf.text(language)));
                else if (!source.asOf
                              .isEmpty()) // a note on an undated version, in the data's words
                    entry += QStringLiteral(" — ") + escaped(source.asOf.text(language));
                links.append(entry);
            }
            line(tr("Sources"), links.join(QStringLiteral("<br>")));
        }
        QString resultHtml = badge(word, tone);
        const QString reason = reasonText(result.reason, result.reasonArgs);
        if (!reason.isEmpty())
            resultHtml += QStringLiteral(" ") + escaped(reason);
        line(tr("Result"), resultHtml);
        const bool stated = result.applies != Applicability::NotStated && result.applies != Applicability::Removed;
        if (!result.inScope && stated) {
            QString scope;
            if (result.applies == Applicability::Bulk && !m_options.bulk)
                scope = tr("This rule is for bulk senders. It is evaluated, but it counts only when you mark the sender as a bulk sender.");
            else if (row->scope == u"marketing")
                scope = tr("This rule is for subscribed or marketing mail; the message is not treated as such.");
            else if (row->scope == u"forwarded")
                scope = tr("This rule is for mail that went through a forwarder or a mailing list; this message did not.");
            else
                scope = tr("This rule does not apply to this sender as the switches describe it.");
            line(tr("Scope"), QStringLiteral("<i>%1</i>").arg(escaped(scope)));
        }
        html += QStringLiteral("</table>");
        if (!evidenceChecks.contains(result.outcome.check)) {
            evidenceChecks.append(result.outcome.check);
            m_evidence += result.outcome.evidence;
        }
    }

    if (!m_evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Evidence in the message")));
        for (qsizetype i = 0; i < m_evidence.size(); ++i) {
            const Finding &finding = m_evidence.at(i);
            const QString text = escaped(Explanations::text(finding));
            const QString where = ClipboardText::location(finding);
            QString item = text;
            if (finding.line > 0)
                item += QStringLiteral(" <a href=\"%1:%2\">%3</a>")
                            .arg(EvidenceScheme)
                            .arg(i)
                            .arg(escaped(tr("(%1: show in the source)", "evidence location").arg(where)));
            else if (!where.isEmpty())
                item += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(escaped(where));
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }

    html += recordedSection();

    // Advice assumes the data it is about: where the check waits for DNS answers or lacks them
    // (unreachable or unreliable DNS, a lookup that failed, an answer that disagrees with the
    // receiver's record), the detail says why it cannot be verified instead of how to fix it.
    const QString why = unverifiedText();
    const QString fix = row->fix.text(language);
    if (!why.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(escaped(tr("Why it cannot be verified")), escaped(why));
    else if (!fix.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(escaped(tr("How to fix it")), escaped(fix));
    setHtml(html);
}

// Why the shown results cannot be verified, when none of them is a failure or a warning and
// at least one waits for DNS answers or lacks them; empty otherwise (the fix is shown).
QString RequirementDetail::unverifiedText() const
{
    bool pending = false;
    bool missing = false;
    for (const RequirementResult &r : m_results) {
        if (r.pending) {
            pending = true;
            continue;
        }
        if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warning)
            return {};
        if (r.status != CheckStatus::NotVerifiable)
            continue;
        missing = missing || r.reason == u"requirements.dns_unreliable" || r.reason.endsWith(u".temperror")
            || r.reason == u"requirements.key.not_fetched" || r.reason == u"requirements.dmarc.dns_disagrees"
            || (!m_report.dnsUnreliable.isEmpty() && RequirementEngine::needsDns(r.outcome.check));
    }
    if (!m_report.dnsUnreliable.isEmpty() && (missing || pending)) {
        for (const Finding &f : m_report.findings) {
            if (f.key == m_report.dnsUnreliable)
                //: %1 says why Kensa's DNS answers cannot be relied on and what to do
                return tr("No fix is suggested, because it would assume DNS data that Kensa could not get. %1")
                    .arg(Explanations::text(f));
        }
    }
    if (missing)
        return tr("No fix is suggested, because it would assume DNS data that Kensa could not get: a lookup failed or "
                  "timed out, Kensa works offline without that record, or its answer disagrees with what the receiver "
                  "recorded at delivery. Check Settings > DNS, then choose View > Re-analyse (%1).")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    if (pending)
        return tr("Kensa is still waiting for the DNS answers this check needs, so it suggests no fix yet.");
    return {};
}

} // namespace kensa
