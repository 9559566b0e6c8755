#include "core/report/TextReport.h"

#include "core/checklist/RequirementEngine.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"

#include <QTextStream>

namespace kensa {

namespace {

void field(QTextStream &out, const QString &label, const QString &value)
{
    out << "  " << label.leftJustified(14) << ' ' << (value.isEmpty() ? QStringLiteral("-") : value)
        << '\n';
}

// Columns line up in a terminal: East Asian wide characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100 && !c.isLowSurrogate()) ? 2 : (c.isLowSurrogate() ? 0 : 1);
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

} // namespace

QString TextReport::statusWord(CheckStatus status, bool pending)
{
    if (pending)
        return tr("checking", "requirement status");
    switch (status) {
    case CheckStatus::Pass:
        return tr("pass", "requirement status");
    case CheckStatus::Fail:
        return tr("FAIL", "requirement status");
    case CheckStatus::Warning:
        return tr("warning", "requirement status");
    case CheckStatus::NotVerifiable:
        return tr("can't tell", "requirement status");
    case CheckStatus::NotApplicable:
        return tr("n/a", "requirement status");
    }
    return {};
}

QString TextReport::renderChecklist(const Report &report)
{
    QString text;
    QTextStream out(&text);
    const RequirementTable &table = RequirementTable::builtin();
    const QString language = Localization::current();
    QStringList providers;
    for (const RequirementResult &r : report.requirements) {
        if (!providers.contains(r.provider))
            providers << r.provider;
    }
    if (providers.isEmpty())
        return text;
    out << '\n' << tr("Provider requirements:") << '\n';
    const CheckResults checks = report.checkResults();
    for (const QString &p : std::as_const(providers)) {
        const ProviderVerdict v = RequirementEngine::verdict(checks, report.requirements, p);
        out << "  " << Explanations::text(makeFinding(v.reason, Severity::Info, v.reasonArgs)) << '\n';
    }
    constexpr int idWidth = 22;
    constexpr int cellWidth = 13;
    out << '\n' << "  " << padded(QString(), idWidth);
    for (const QString &p : std::as_const(providers))
        out << padded(table.providerName(p).text(language), cellWidth);
    out << '\n';
    QString group;
    for (const RequirementRow &row : table.rows()) {
        QList<const RequirementResult *> cells;
        for (const QString &p : std::as_const(providers)) {
            for (const RequirementResult &r : report.requirements) {
                if (r.id == row.id && r.provider == p)
                    cells << &r;
            }
        }
        if (cells.isEmpty())
            continue;
        if (row.group != group) {
            group = row.group;
            for (const RequirementGroup &g : table.groups()) {
                if (g.id == group)
                    out << "  " << g.title.text(language) << '\n';
            }
        }
        out << "  " << padded(row.id, idWidth);
        for (const RequirementResult *r : std::as_const(cells)) {
            QString word = statusWord(r->status, r->pending);
            if (r->status != CheckStatus::NotApplicable && !r->inScope)
                word = tr("(%1)", "requirement that applies to bulk senders only").arg(word);
            else if (r->status != CheckStatus::NotApplicable && r->applies == Applicability::Recommended)
                word = tr("%1*", "recommended, not required").arg(word);
            out << padded(word, cellWidth);
        }
        out << "  " << row.title.text(language) << '\n';
    }
    out << "  " << tr("(...) applies to bulk senders only; * recommended, not required.") << '\n';
    return text;
}

QString TextReport::wrapperName(const QString &wrapper)
{
    if (wrapper == u"gmail")
        return tr("Gmail \"Show original\"");
    if (wrapper == u"outlook")
        return tr("Outlook \"View message source\"");
    if (wrapper == u"yahoo")
        return tr("Yahoo Mail \"View raw message\"");
    if (wrapper == u"apple")
        return tr("Apple Mail \"Raw Source\"");
    return wrapper;
}

QString TextReport::render(const Report &report)
{
    QString text;
    QTextStream out(&text);
    const SourceInfo &src = report.source;
    const MessageSummary &s = report.summary;

    QString source = src.file.isEmpty() ? tr("pasted text")
                                        : (src.file == u"-" ? tr("standard input") : src.file);
    if (src.index >= 0)
        source = tr("%1, message %2").arg(source).arg(src.index + 1);
    out << tr("Message: %1").arg(source) << '\n';
    field(out, tr("From:"), s.from);
    field(out, tr("To:"), s.to);
    field(out, tr("Subject:"), s.subject);
    field(out, tr("Date:"), s.date);
    field(out, tr("Message-ID:"), s.messageId);
    field(out, tr("Return-Path:"), s.hasReturnPath ? (s.returnPath.isEmpty() ? QStringLiteral("<>") : s.returnPath) : QString());
    field(out,
          tr("Size:"),
          tr("%n byte(s)", nullptr, int(qMin<qint64>(s.size, INT_MAX)))
              + QStringLiteral(", ")
              + tr("%n header field(s)", nullptr, int(report.message.headers().size())));
    if (s.headersOnly)
        out << "  " << tr("Headers only: no message body was supplied.") << '\n';
    if (!src.wrapper.isEmpty())
        out << "  " << tr("Removed the %1 page text around the message.").arg(wrapperName(src.wrapper)) << '\n';

    if (!report.authResults.isEmpty()) {
        out << '\n' << tr("Authentication-Results:") << '\n';
        for (const AuthResultsField &f : report.authResults) {
            const QString who = f.authservId.isEmpty() ? tr("(no authserv-id)") : f.authservId;
            QString mark;
            if (f.isArc())
                mark = tr("ARC i=%1").arg(f.instance);
            else
                mark = f.trusted ? tr("trusted") : tr("claim");
            QStringList results;
            for (const AuthResultsMethod &m : f.methods)
                results << m.method + u'=' + m.result;
            if (f.noResult)
                results << QStringLiteral("none");
            out << "  " << tr("line %1, %2 [%3]: %4").arg(f.line).arg(who, mark, results.join(QStringLiteral(" "))) << '\n';
        }
    }

    if (report.dkimChecked) {
        out << '\n' << tr("DKIM signatures:") << '\n';
        if (report.dkim.isEmpty())
            out << "  " << tr("The message has no DKIM signature.") << '\n';
        for (const DkimResult &d : report.dkim) {
            out << "  "
                << tr("%1. d=%2 s=%3 %4: %5")
                       .arg(d.index + 1)
                       .arg(d.domain, d.selector, d.algorithm, d.result);
            if (!d.recorded.isEmpty())
                out << "  " << tr("(%1 recorded: %2)").arg(d.recordedBy, d.recorded);
            out << '\n';
            out << "     "
                << Explanations::text(Finding{d.reason, Severity::Info, d.reasonArgs, d.line, {}})
                << '\n';
        }
    }

    if (!report.hops.hops.isEmpty()) {
        out << '\n' << tr("Received hops (oldest first):") << '\n';
        for (const HopTimeline::Hop &h : report.hops.hops) {
            const QString from = h.hop.fromReverse.isEmpty() ? h.hop.fromHelo : h.hop.fromReverse;
            out << "  " << (h.boundary ? QStringLiteral("=> ") : QStringLiteral("   "))
                << tr("%1. %2 [%3] -> %4 (%5)%6")
                       .arg(h.index + 1)
                       .arg(from.isEmpty() ? QStringLiteral("?") : from, h.hop.fromIp.isEmpty() ? QStringLiteral("-") : h.hop.fromIp,
                            h.hop.by.isEmpty() ? QStringLiteral("?") : h.hop.by, h.hop.with,
                            h.hasDelay ? tr(", +%1 s").arg(h.delaySeconds) : QString())
                << (h.trusted ? QString() : QStringLiteral("  ") + tr("[claimed by the sender]")) << '\n';
        }
        const QString rule = report.hops.boundaryReason;
        QString ruleText;
        if (rule == u"recorded_ip")
            ruleText = tr("the receiver recorded this client IP in its Authentication-Results.");
        else if (rule == u"recipient_organisation")
            ruleText
                = tr("the topmost hop received by the recipient's organisation from outside it.");
        else if (rule == u"first_external_client")
            ruleText = tr("the topmost hop whose client is outside the receiver's organisation.");
        else if (rule == u"same_organisation")
            ruleText
                = tr("every client is inside the receiver's organisation; the oldest of them.");
        if (!ruleText.isEmpty())
            //: "=>" marks the boundary hop in the list above; %1 is the rule that chose it.
            out << "  " << tr("Boundary (=>): %1").arg(ruleText) << '\n';
        if (report.hops.hasTotal)
            out << "  " << tr("Total delivery time: %1 s").arg(report.hops.totalSeconds) << '\n';
    }

    if (report.iprevChecked) {
        out << '\n' << tr("Reverse DNS (iprev):") << '\n';
        out << "  " << tr("%1: %2").arg(report.iprev.ip, report.iprev.result) << '\n';
        out << "     " << Explanations::text(Finding{report.iprev.reason, Severity::Info, report.iprev.reasonArgs, 0, {}}) << '\n';
    }

    if (report.arcChecked && report.arc.result != u"none") {
        const ArcResult &arc = report.arc;
        out << '\n' << tr("ARC:") << '\n';
        out << "  " << tr("%n instance(s): %1", nullptr, arc.instanceCount).arg(arc.result);
        if (!report.arcRecorded.isEmpty())
            out << "  " << tr("(%1 recorded: %2)").arg(report.arcRecordedBy, report.arcRecorded);
        out << '\n' << "     " << Explanations::text(Finding{arc.reason, Severity::Info, arc.reasonArgs, 0, {}}) << '\n';
        for (const ArcInstanceResult &i : arc.instances) {
            QStringList saw;
            for (const AuthResultsMethod &m : i.aar.methods)
                saw << m.method + u'=' + m.result;
            out << "     " << tr("i=%1 %2 cv=%3 seal=%4 ams=%5; saw: %6")
                                  .arg(i.instance)
                                  .arg(i.domain, i.cv, i.sealResult, i.ams.result, saw.join(u' '))
                << '\n';
        }
    }

    if (report.spfChecked) {
        const SpfResult &spf = report.spf;
        out << '\n' << tr("SPF:") << '\n';
        out << "  " << tr("%1 from %2: %3").arg(QString::fromUtf8(spf.domain), QString::fromLatin1(spf.ip), spf.result);
        if (!report.spfRecorded.isEmpty())
            out << "  " << tr("(%1 recorded: %2)").arg(report.spfRecordedBy, report.spfRecorded);
        out << '\n' << "     " << Explanations::text(Finding{spf.reason, Severity::Info, spf.reasonArgs, 0, {}}) << '\n';
        out << "     " << tr("%n DNS lookup(s) counted", nullptr, spf.lookups) << '\n';
    }

    if (report.dmarcChecked) {
        const DmarcResult &d = report.dmarc;
        out << '\n' << tr("DMARC:") << '\n';
        out << "  " << tr("%1: %2").arg(d.fromDomain.isEmpty() ? tr("(no From domain)") : d.fromDomain, d.result);
        if (!d.recorded.isEmpty())
            out << "  " << tr("(%1 recorded: %2)").arg(d.recordedBy, d.recorded);
        out << '\n' << "     " << Explanations::text(Finding{d.reason, Severity::Info, d.reasonArgs, 0, {}}) << '\n';
        if (d.record.valid)
            out << "     " << tr("Record at _dmarc.%1: %2").arg(d.recordDomain, QString::fromUtf8(d.record.text)) << '\n';
        if (!report.sendingService.id.isEmpty() && (d.result == u"fail" || report.returnPathAlignment == u"different"))
            out << "     " << tr("How to fix it in %1: %2")
                                  .arg(report.sendingService.name, report.sendingService.fix(Localization::current()))
                << '\n';
    }

    if (report.unsubscribeChecked && (report.unsubscribe.listUnsubscribe || report.unsubscribe.looksMarketing)) {
        const UnsubscribeResult &u = report.unsubscribe;
        out << '\n' << tr("Unsubscribe:") << '\n';
        for (const UnsubscribeUri &uri : u.uris)
            out << "  " << uri.uri << '\n';
        out << "  " << (u.oneClick ? tr("One-click (RFC 8058): yes") : tr("One-click (RFC 8058): no")) << '\n';
        out << "  " << (u.dkimCovered ? tr("Covered by an aligned DKIM signature: yes (d=%1)").arg(u.coveringDomain)
                                      : tr("Covered by an aligned DKIM signature: no"))
            << '\n';
    }

    if (report.formatChecked) {
        bool header = false;
        for (const CheckOutcome &o : report.format) {
            if (o.status != CheckStatus::Fail && o.status != CheckStatus::Warning)
                continue;
            if (!header)
                out << '\n' << tr("Format:") << '\n';
            header = true;
            out << "  [" << statusWord(o.status, false) << "] "
                << Explanations::text(makeFinding(o.reason, Severity::Info, o.reasonArgs)) << '\n';
        }
    }

    if (!report.findings.isEmpty()) {
        out << '\n' << tr("Findings:") << '\n';
        for (const Finding &f : report.findings) {
            out << "  [" << Explanations::severityText(f.severity) << "] ";
            if (!f.header.isEmpty())
                out << f.header << ": ";
            out << Explanations::text(f) << '\n';
        }
    }
    out << renderChecklist(report);
    return text;
}

} // namespace kensa
