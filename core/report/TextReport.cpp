#include "core/report/TextReport.h"

#include "core/checklist/RequirementEngine.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"

#include <QDateTime>
#include <QTextStream>

namespace kensa {

namespace {

// UAX #11 East Asian Width W and F ranges (Unicode 15), merged where neighbours allow.
struct Range
{
    char32_t first;
    char32_t last;
};
constexpr Range wideRanges[] = {
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF},
    {0x1AFF0, 0x1B2FF},
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251},
    {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393},
    {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0},
    {0x1F3F4, 0x1F3F4},
    {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D},
    {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7},
    {0x1F6DC, 0x1F6DF},
    {0x1F6EB, 0x1F6EC},
    {0x1F6F4, 0x1F6FC},
    {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945},
    {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

int codePointWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    for (const Range &r : wideRanges) {
        if (c < r.first)
            return 1;
        if (c <= r.last)
            return 2;
    }
    return 1;
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - TextReport::displayWidth(text)), u' ');
}

void field(QTextStream &out, const QString &label, const QString &value)
{
    out << "  " << padded(label, 14) << ' ' << (value.isEmpty() ? QStringLiteral("-") : value)
        << '\n';
}

} // namespace

int TextReport::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

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

QString TextReport::spfTraceLine(const SpfTraceEntry &entry)
{
    QString kind;
    switch (entry.kind) {
    case SpfTraceEntry::Kind::Record:
        kind = tr("record", "SPF trace step");
        break;
    case SpfTraceEntry::Kind::Term:
        kind = tr("term", "SPF trace step");
        break;
    case SpfTraceEntry::Kind::Lookup:
        kind = tr("lookup", "SPF trace step");
        break;
    case SpfTraceEntry::Kind::Match:
        kind = tr("match", "SPF trace step");
        break;
    case SpfTraceEntry::Kind::Result:
        kind = tr("result", "SPF trace step");
        break;
    case SpfTraceEntry::Kind::Note:
        kind = tr("note", "SPF trace step");
        break;
    }
    const QString sentence = entry.key.isEmpty()
        ? QString()
        : Explanations::text(Finding{entry.key, Severity::Info, entry.args, 0, {}});
    if (entry.kind == SpfTraceEntry::Kind::Note) {
        //: %1 the step ("note"), %2 its sentence, %3 the name it is about
        return entry.detail.isEmpty()
            ? tr("%1: %2", "SPF trace step").arg(kind, sentence)
            : tr("%1: %2 (%3)", "SPF trace step").arg(kind, sentence, entry.detail);
    }
    // The result step names an RFC 7208 result: the reader's word with the token beside it.
    const QString what = entry.kind == SpfTraceEntry::Kind::Result ? resultWord(QString::fromUtf8(entry.text))
                                                                    : QString::fromUtf8(entry.text);
    if (!sentence.isEmpty())
        //: %1 the step ("result"), %2 the result word, %3 why
        return tr("%1: %2 — %3", "SPF trace step").arg(kind, what, sentence);
    if (!entry.detail.isEmpty())
        //: %1 the step, %2 the term or query, %3 what it gave
        return tr("%1: %2 → %3", "SPF trace step").arg(kind, what, entry.detail);
    return tr("%1: %2", "SPF trace step").arg(kind, what);
}

QString TextReport::resultWord(const QString &result)
{
    // The English source is the token, so the English report keeps the words of RFC 8601.
    if (result == u"pass")
        return tr("pass", "RFC 8601 result");
    if (result == u"fail")
        return tr("fail", "RFC 8601 result");
    if (result == u"softfail")
        return tr("softfail", "RFC 8601 result");
    if (result == u"neutral")
        return tr("neutral", "RFC 8601 result");
    if (result == u"none")
        return tr("none", "RFC 8601 result");
    if (result == u"policy")
        return tr("policy", "RFC 8601 result");
    if (result == u"temperror")
        return tr("temperror", "RFC 8601 result");
    if (result == u"permerror")
        return tr("permerror", "RFC 8601 result");
    return result;
}

QString TextReport::recordedNote(const QString &receiver, const QString &result)
{
    // Exchange Online writes no authserv-id: there is no name to put first.
    if (receiver.isEmpty())
        return tr("(recorded at delivery: %1)").arg(resultWord(result));
    return tr("(%1 recorded: %2)").arg(receiver, resultWord(result));
}

QString TextReport::cellWord(const RequirementResult &r)
{
    const QString word = statusWord(r.status, r.pending);
    if (r.status != CheckStatus::NotApplicable && !r.inScope)
        return tr("(%1)", "requirement that applies to bulk senders only").arg(word);
    if (r.status != CheckStatus::NotApplicable && r.applies == Applicability::Recommended)
        return tr("%1*", "recommended, not required").arg(word);
    return word;
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
        // The verdict names the provider in English (the JSON keeps it so); the text names it in
        // the output language ("Yahoo（米国）").
        QList<QPair<QString, QString>> args = v.reasonArgs;
        for (QPair<QString, QString> &arg : args) {
            if (arg.first == u"provider")
                arg.second = table.providerName(p).text(language);
        }
        out << "  " << Explanations::text(makeFinding(v.reason, Severity::Info, args)) << '\n';
    }
    // Each column is as wide as its widest entry plus a space, counted in terminal columns so
    // that Japanese words line up too. The mailbox providers and the Japanese carriers get a
    // table each, with the rows their providers state, so neither grows too wide for a terminal.
    int idWidth = 22;
    for (const RequirementRow &row : table.rows())
        idWidth = qMax(idWidth, displayWidth(row.id) + 1);
    int cellWidth = 13;
    for (const QString &p : std::as_const(providers))
        cellWidth = qMax(cellWidth, displayWidth(table.providerName(p).text(language)) + 1);
    for (const RequirementResult &r : report.requirements)
        cellWidth = qMax(cellWidth, displayWidth(cellWord(r)) + 1);
    const auto renderTable = [&](const QStringList &columns) {
        if (columns.isEmpty())
            return;
        out << '\n' << "  " << padded(QString(), idWidth);
        for (const QString &p : columns)
            out << padded(table.providerName(p).text(language), cellWidth);
        out << '\n';
        QString group;
        for (const RequirementRow &row : table.rows()) {
            QList<const RequirementResult *> cells;
            bool stated = false;
            for (const QString &p : columns) {
                for (const RequirementResult &r : report.requirements) {
                    if (r.id == row.id && r.provider == p) {
                        cells << &r;
                        stated = stated || r.applies != Applicability::NotStated;
                    }
                }
            }
            if (cells.isEmpty() || !stated)
                continue;
            if (row.group != group) {
                group = row.group;
                for (const RequirementGroup &g : table.groups()) {
                    if (g.id == group)
                        out << "  " << g.title.text(language) << '\n';
                }
            }
            out << "  " << padded(row.id, idWidth);
            for (const RequirementResult *r : std::as_const(cells))
                out << padded(cellWord(*r), cellWidth);
            out << "  " << row.title.text(language) << '\n';
        }
    };
    QStringList mailbox;
    QStringList carriers;
    for (const QString &p : std::as_const(providers))
        (table.providerGroup(p) == u"carrier" ? carriers : mailbox) << p;
    renderTable(mailbox);
    renderTable(carriers);
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

QString TextReport::verdictWord(ReceiverVerdict::Verdict verdict)
{
    switch (verdict) {
    case ReceiverVerdict::Verdict::Unknown:
        return tr("no decision stated", "receiver verdict");
    case ReceiverVerdict::Verdict::Inbox:
        return tr("inbox", "receiver verdict");
    case ReceiverVerdict::Verdict::Junk:
        return tr("junk", "receiver verdict");
    case ReceiverVerdict::Verdict::Quarantine:
        return tr("quarantine", "receiver verdict");
    case ReceiverVerdict::Verdict::Reject:
        return tr("reject", "receiver verdict");
    case ReceiverVerdict::Verdict::Tagged:
        return tr("tagged as spam", "receiver verdict");
    case ReceiverVerdict::Verdict::None:
        return tr("not filtered", "receiver verdict");
    }
    return {};
}

namespace {

// Long opaque values (Base64 state, rule lists) are cut for the terminal; the JSON keeps them.
QString shortened(const QString &text)
{
    constexpr qsizetype limit = 72;
    const QString flat = text.simplified();
    return flat.size() <= limit ? flat : flat.left(limit) + QStringLiteral("…");
}

} // namespace

QString TextReport::renderReceiverVerdicts(const Report &report)
{
    if (!report.receiverChecked || report.receiverVerdicts.isEmpty())
        return {};
    const QString language = Localization::current();
    QString text;
    QTextStream out(&text);
    out << '\n' << tr("Receiver's verdict:") << '\n';
    int n = 0;
    for (const ReceiverVerdict &v : report.receiverVerdicts) {
        QString head = tr("%1. %2 — %3 (line %4, %5): %6")
                           .arg(QString::number(++n), v.vendorName.text(language), v.field, QString::number(v.line),
                               v.trusted ? tr("trusted") : tr("claim"), verdictWord(v.verdict));
        if (v.score && v.threshold)
            head = tr("%1, score %2 (threshold %3)", "receiver verdict line")
                       .arg(head, QString::number(*v.score), QString::number(*v.threshold));
        else if (v.score)
            head = tr("%1, score %2", "receiver verdict line").arg(head, QString::number(*v.score));
        out << "  " << head << '\n';
        if (!v.fieldMeaning.isEmpty())
            out << "     " << v.fieldMeaning.text(language) << '\n';
        for (const DecodedToken &t : v.decoded) {
            if (t.value.isEmpty())
                continue;
            const QString pair = t.token + u'=' + shortened(t.value);
            if (t.documented)
                out << "     " << tr("%1 — %2: %3").arg(pair, t.label.text(language), t.meaning.text(language)) << '\n';
            else if (!t.label.isEmpty())
                out << "     " << tr("%1 — %2: undocumented").arg(pair, t.label.text(language)) << '\n';
        }
        for (const ReceiverRule &r : v.rules) {
            QString name = r.name;
            if (r.weight)
                name += QStringLiteral(" (%1)").arg(QString::number(*r.weight));
            if (!r.options.isEmpty())
                name += QStringLiteral(" {%1}").arg(shortened(r.options));
            out << "     " << (r.documented ? tr("rule %1: %2").arg(name, r.meaning.text(language))
                                            : tr("rule %1: undocumented").arg(name))
                << '\n';
        }
        if (!v.undocumented.isEmpty()) {
            QStringList shown;
            for (const QString &u : v.undocumented)
                shown << shortened(u);
            out << "     " << tr("Undocumented, shown as written: %1").arg(shown.join(QStringLiteral("; "))) << '\n';
        }
        for (const Finding &f : v.findings)
            out << "     " << tr("[%1]", "severity mark").arg(Explanations::severityText(f.severity)) << ' ' << Explanations::text(f) << '\n';
        if (!v.fieldSource.isEmpty())
            out << "     " << tr("Source: %1").arg(v.fieldSource) << '\n';
    }
    return text;
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
    if (src.evidenceSavedAt.isValid()) {
        const auto utc = [](const QDateTime &when) { return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); };
        //: %1 when the bundle was saved, %2 the Kensa version that saved it, %3 the time the analysis is judged at
        out << "  " << tr("From an evidence bundle saved at %1 by Kensa %2: analysed offline with its DNS answers only, as at %3.")
                           .arg(utc(src.evidenceSavedAt), src.evidenceVersion, utc(QDateTime::fromSecsSinceEpoch(report.analysisTime, Qt::UTC)))
            << '\n';
    }
    field(out, tr("From:"), s.from);
    field(out, tr("To:"), s.to);
    field(out, tr("Subject:"), s.subject);
    field(out, tr("Date:"), s.date);
    field(out, tr("Message-ID:"), s.messageId);
    field(out, tr("Return-Path:"), s.hasReturnPath ? (s.returnPath.isEmpty() ? QStringLiteral("<>") : s.returnPath) : QString());
    field(out,
          tr("Size:"),
          tr("%n byte(s)", nullptr, int(qMin<qint64>(s.size, INT_MAX)))
              + tr(", ", "list separator")
              + tr("%n header field(s)", nullptr, int(report.message.headers().size())));
    if (s.headersOnly && report.isMessage)
        out << "  " << tr("Headers only: no message body was supplied.") << '\n';
    if (!src.wrapper.isEmpty())
        out << "  " << tr("Removed the %1 page text around the message.").arg(wrapperName(src.wrapper)) << '\n';
    if (!report.isMessage) {
        // What the input is and what to do stands under "Findings:".
        out << '\n' << tr("This is not an email message, so nothing was checked and no provider is judged.") << '\n';
    }
    if (!report.dnsUnreliable.isEmpty()) {
        out << '\n' << tr("The verdict is unreliable: Kensa's DNS answers cannot be relied on (see the findings).") << '\n';
    }

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
                       .arg(d.domain, d.selector, d.algorithm, resultWord(d.result));
            if (!d.recorded.isEmpty())
                out << "  " << recordedNote(d.recordedBy, d.recorded);
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
                << (h.trusted ? QString() : QStringLiteral("  ") + tr("[claimed by the sender]"));
            // The reasons are under "Findings:", with the same line number.
            if (h.hop.status == HopStatus::Partial)
                //: %1 is the line number of the Received field in the header
                out << "  " << tr("[read in part: line %1]").arg(h.hop.line);
            else if (h.hop.status == HopStatus::Unreadable)
                out << "  " << tr("[unreadable: line %1]").arg(h.hop.line);
            out << '\n';
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
        out << "  " << tr("%1: %2").arg(report.iprev.ip, resultWord(report.iprev.result)) << '\n';
        out << "     " << Explanations::text(Finding{report.iprev.reason, Severity::Info, report.iprev.reasonArgs, 0, {}}) << '\n';
    }

    if (report.arcChecked && report.arc.result != u"none") {
        const ArcResult &arc = report.arc;
        out << '\n' << tr("ARC:") << '\n';
        out << "  " << tr("%n instance(s): %1", nullptr, arc.instanceCount).arg(resultWord(arc.result));
        if (!report.arcRecorded.isEmpty())
            out << "  " << recordedNote(report.arcRecordedBy, report.arcRecorded);
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
        out << "  " << tr("%1 from %2: %3").arg(QString::fromUtf8(spf.domain), QString::fromLatin1(spf.ip), resultWord(spf.result));
        if (!report.spfRecorded.isEmpty())
            out << "  " << recordedNote(report.spfRecordedBy, report.spfRecorded);
        out << '\n' << "     " << Explanations::text(Finding{spf.reason, Severity::Info, spf.reasonArgs, 0, {}}) << '\n';
        out << "     " << tr("%n DNS lookup(s) counted", nullptr, spf.lookups) << '\n';
    }

    if (report.spfFromChecked) {
        // The header From domain for the same IP, as Japanese carriers' spoofed-sender filters check it.
        const SpfResult &spf = report.spfFrom;
        out << '\n' << tr("SPF of the header From domain:") << '\n';
        out << "  " << tr("%1 from %2: %3").arg(QString::fromUtf8(spf.domain), QString::fromLatin1(spf.ip), spf.result);
        out << '\n';
        if (report.spfFromReused) {
            out << "     " << tr("The header From domain is the envelope domain: the SPF result above stands for both.") << '\n';
        } else {
            out << "     " << Explanations::text(Finding{spf.reason, Severity::Info, spf.reasonArgs, 0, {}}) << '\n';
            out << "     " << tr("%n DNS lookup(s) counted", nullptr, spf.lookups) << '\n';
            for (const SpfTraceEntry &e : spf.trace)
                out << "     " << QString(2 * e.depth, u' ') << spfTraceLine(e) << '\n';
        }
    }

    if (report.dmarcChecked) {
        const DmarcResult &d = report.dmarc;
        out << '\n' << tr("DMARC:") << '\n';
        out << "  " << tr("%1: %2").arg(d.fromDomain.isEmpty() ? tr("(no From domain)") : d.fromDomain, resultWord(d.result));
        if (!d.recorded.isEmpty())
            out << "  " << recordedNote(d.recordedBy, d.recorded);
        out << '\n' << "     " << Explanations::text(Finding{d.reason, Severity::Info, d.reasonArgs, 0, {}}) << '\n';
        if (d.record.valid)
            out << "     " << tr("Record at _dmarc.%1: %2").arg(d.recordDomain, QString::fromUtf8(d.record.text)) << '\n';
        if (!report.sendingService.id.isEmpty() && (d.result == u"fail" || report.returnPathAlignment == u"different"))
            out << "     " << tr("How to fix it in %1: %2")
                                  .arg(report.sendingService.name, report.sendingService.fix(Localization::current()))
                << '\n';
    }

    out << renderReceiverVerdicts(report);

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

    if (report.dnsBudgetMs > 0) {
        const QString seconds = QString::number(report.dnsBudgetMs / 1000.0);
        out << '\n' << tr("DNS:") << '\n' << "  ";
        if (report.dnsBudgetExhausted)
            //: %1 the DNS budget of the analysis in seconds (kensa-cli --timeout)
            out << tr("The budget of %1 s ran out; %n question(s) were left unanswered.", nullptr, report.dnsUnanswered).arg(seconds);
        else
            //: %1 the DNS budget of the analysis in seconds (kensa-cli --timeout)
            out << tr("%n answer(s) within the budget of %1 s.", nullptr, int(report.dns.size())).arg(seconds);
        out << '\n';
    }

    if (!report.findings.isEmpty()) {
        out << '\n' << tr("Findings:") << '\n';
        for (const Finding &f : report.findings) {
            //: %1 the severity word of a finding
            out << "  " << tr("[%1]", "severity mark").arg(Explanations::severityText(f.severity)) << ' ';
            if (!f.header.isEmpty())
                //: %1 the header field's name, %2 the finding's sentence
                out << tr("%1: %2", "header field name: explanation").arg(f.header, Explanations::text(f)) << '\n';
            else
                out << Explanations::text(f) << '\n';
        }
    }
    out << renderChecklist(report);
    return text;
}

} // namespace kensa
