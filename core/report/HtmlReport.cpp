#include "core/report/HtmlReport.h"

#include "core/checklist/RequirementEngine.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/message/AddressParser.h"
#include "core/report/CustomerSummary.h"
#include "core/report/TextReport.h"
#include "core/text/HtmlText.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kensa {

namespace {

// System fonts only, Latin faces first and Japanese ones after them, as Japanese web pages list
// them: Latin text and digits take a Latin face (Noto Sans CJK's Latin glyphs lose their digits
// when Qt's PDF writer extracts text), Japanese text falls through to a Japanese face, so Han
// characters take their Japanese forms.
QString fontFamilies()
{
    return QStringLiteral("\"Segoe UI\", \"Helvetica Neue\", Arial, \"DejaVu Sans\", \"Noto Sans CJK JP\", "
                          "\"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Yu Gothic\", Meiryo, sans-serif");
}

// The colours of ui/style/StatusStyle's light palette: each text keeps 4.5:1 on its tint.
QString styleSheet()
{
    return QStringLiteral(
               "body { font-family: %1; font-size: 10pt; color: #212121; background-color: #ffffff; }\n"
               "h1 { font-size: 17pt; font-weight: bold; margin: 0 0 2px 0; color: #16324f; }\n"
               "h2 { font-size: 13pt; font-weight: bold; margin: 18px 0 6px 0; color: #16324f;"
               " border-bottom: 1px solid #c5cfd9; }\n"
               "h3 { font-size: 11pt; font-weight: bold; margin: 12px 0 4px 0; color: #263238; }\n"
               "p { margin: 3px 0 3px 0; }\n"
               "table { border-collapse: collapse; margin: 4px 0 8px 0; }\n"
               "table.grid { width: 100%; }\n"
               "table.grid th { background-color: #eef1f4; color: #263238; text-align: left;"
               " font-weight: bold; font-size: 9pt; padding: 3px 5px; border: 1px solid #cfd6dd; }\n"
               "table.grid td { font-size: 9pt; padding: 3px 5px; border: 1px solid #dde3e8;"
               " vertical-align: top; }\n"
               "table.facts td { font-size: 9.5pt; padding: 2px 8px 2px 0; vertical-align: top; }\n"
               "td.label { color: #546e7a; white-space: nowrap; }\n"
               "table.banner { width: 100%; border: 1px solid #cfd6dd; }\n"
               "table.banner td { padding: 6px 8px; vertical-align: top; }\n"
               "td.stripe { width: 6px; padding: 0; }\n"
               "table.glance td { padding: 2px 10px 2px 0; }\n"
               ".headline { font-size: 12pt; font-weight: bold; }\n"
               ".badge { font-weight: bold; white-space: nowrap; }\n"
               ".matrix td.cell { text-align: center; }\n"
               ".good { color: #137333; background-color: #e6f4ea; }\n"
               ".bad { color: #a50e0e; background-color: #fce8e6; }\n"
               ".risk { color: #8a5500; background-color: #fef3d6; }\n"
               ".unknown { color: #555555; background-color: #eeeeee; }\n"
               ".neutral { color: #333333; background-color: #f6f6f6; }\n"
               "td.stripe.good { background-color: #34a853; }\n"
               "td.stripe.bad { background-color: #d93025; }\n"
               "td.stripe.risk { background-color: #f29900; }\n"
               "td.stripe.unknown { background-color: #9e9e9e; }\n"
               "td.stripe.neutral { background-color: #bdbdbd; }\n"
               "tr.boundary td { background-color: #fff8e1; }\n"
               "tr.group td { background-color: #f4f6f8; font-weight: bold; color: #37474f; }\n"
               ".faded { color: #8a8a8a; }\n"
               ".muted { color: #616161; }\n"
               ".small { font-size: 8.5pt; }\n"
               ".evidence { color: #546e7a; font-size: 8.5pt; }\n"
               ".mono { font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono CJK JP\", Consolas, Menlo, monospace;"
               " font-size: 8pt; }\n"
               "pre.body { font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono CJK JP\", Consolas, Menlo, monospace;"
               " font-size: 8.5pt; white-space: pre-wrap; background-color: #f7f7f7; border: 1px solid #dde3e8;"
               " padding: 6px; }\n"
               ".notice { color: #546e7a; font-size: 9pt; }\n")
        .arg(fontFamilies());
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

// Tones, as ui/style/StatusStyle names them; here CSS classes.
QString toneOfResult(const QString &result)
{
    if (result == u"pass")
        return QStringLiteral("good");
    if (result == u"fail" || result == u"permerror")
        return QStringLiteral("bad");
    if (result == u"softfail" || result == u"neutral" || result == u"policy")
        return QStringLiteral("risk");
    return QStringLiteral("unknown");
}

QString toneOfStatus(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("good");
    case CheckStatus::Fail:
        return QStringLiteral("bad");
    case CheckStatus::Warning:
        return QStringLiteral("risk");
    case CheckStatus::NotVerifiable:
        return QStringLiteral("unknown");
    case CheckStatus::NotApplicable:
        break;
    }
    return QStringLiteral("neutral");
}

QString toneOfOutcome(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        return QStringLiteral("good");
    case ProviderVerdict::Outcome::Spam:
        return QStringLiteral("risk");
    case ProviderVerdict::Outcome::Reject:
        return QStringLiteral("bad");
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    return QStringLiteral("unknown");
}

QString toneOfVerdict(ReceiverVerdict::Verdict verdict)
{
    switch (verdict) {
    case ReceiverVerdict::Verdict::Inbox:
    case ReceiverVerdict::Verdict::None:
        return QStringLiteral("good");
    case ReceiverVerdict::Verdict::Junk:
    case ReceiverVerdict::Verdict::Tagged:
    case ReceiverVerdict::Verdict::Quarantine:
        return QStringLiteral("risk");
    case ReceiverVerdict::Verdict::Reject:
        return QStringLiteral("bad");
    case ReceiverVerdict::Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// A glyph per tone, so that a badge reads without colour too (and in black and white print).
QString glyph(const QString &tone)
{
    if (tone == u"good")
        return QStringLiteral("✔");
    if (tone == u"bad")
        return QStringLiteral("✘");
    if (tone == u"risk")
        return QStringLiteral("!");
    if (tone == u"unknown")
        return QStringLiteral("?");
    return QStringLiteral("–");
}

// `word` is finished HTML (escaped).
QString badge(const QString &tone, const QString &word)
{
    return QStringLiteral("<span class=\"badge %1\">&nbsp;%2&nbsp;%3&nbsp;</span>").arg(tone, glyph(tone), word);
}

// Masks the recipients' addresses in texts taken from the message.
class Redactor
{
public:
    Redactor(const Report &report, const HtmlReportOptions &options)
    {
        if (!options.redactRecipients)
            return;
        QList<Mailbox> mailboxes;
        // The fields that name a recipient (RFC 5322 §3.6.3, §3.6.6; the delivery agents' own).
        static const char *const names[] = {"To", "Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc",
                                            "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To",
                                            "X-Delivered-To", "X-Forwarded-To", "X-Apparently-To", "X-Rcpt-To",
                                            "X-Original-Recipient"};
        for (const char *name : names) {
            for (const HeaderField *field : report.message.fields(name))
                mailboxes += AddressParser::parseList(field->unfoldedValue()).mailboxes;
        }
        for (const HopTimeline::Hop &hop : report.hops.hops) {
            if (!hop.hop.forRecipient.isEmpty())
                mailboxes += AddressParser::parseList(hop.hop.forRecipient.toUtf8()).mailboxes;
        }
        QSet<QString> seen;
        QStringList full;
        QStringList bare;
        for (const Mailbox &m : std::as_const(mailboxes)) {
            if (m.localPart.isEmpty() || m.domain.isEmpty())
                continue;
            const QString key = m.localPart.toLower() + u'@' + m.domain.toLower();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const QString local = QRegularExpression::escape(m.localPart);
            const QString domain = QRegularExpression::escape(m.domain);
            // As written, percent-encoded in a URI, and as a VERP return address (local=domain@).
            full << local + QStringLiteral("(@|%40|=)") + QStringLiteral("(") + domain + QStringLiteral(")");
            if (m.localPart.size() >= 3)
                bare << local;
        }
        if (full.isEmpty())
            return;
        m_full = QRegularExpression(QStringLiteral("(?:") + full.join(u'|') + QStringLiteral(")"),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!bare.isEmpty())
            m_bare = QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + bare.join(u'|')
                                            + QStringLiteral(")(?![\\p{L}\\p{N}])"),
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        m_domains = options.redactRecipientDomains;
        m_active = true;
    }

    QString operator()(const QString &text) const
    {
        if (!m_active || text.isEmpty())
            return text;
        QString out;
        qsizetype at = 0;
        QRegularExpressionMatchIterator it = m_full.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            // The alternation's groups come in pairs (separator, domain); one pair matched.
            QString separator;
            QString domain;
            for (int g = 1; g + 1 <= m_full.captureCount(); g += 2) {
                if (match.capturedStart(g) >= 0) {
                    separator = match.captured(g);
                    domain = match.captured(g + 1);
                    break;
                }
            }
            out += text.mid(at, match.capturedStart() - at);
            out += HtmlReport::mask() + separator + (m_domains ? HtmlReport::mask() : domain);
            at = match.capturedEnd();
        }
        out += text.mid(at);
        if (m_bare.isValid() && !m_bare.pattern().isEmpty())
            out.replace(m_bare, HtmlReport::mask());
        return out;
    }

private:
    bool m_active = false;
    bool m_domains = false;
    QRegularExpression m_full;
    QRegularExpression m_bare;
};

} // namespace

QString HtmlReport::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case u'&':
            out += QStringLiteral("&amp;");
            continue;
        case u'<':
            out += QStringLiteral("&lt;");
            continue;
        case u'>':
            out += QStringLiteral("&gt;");
            continue;
        case u'"':
            out += QStringLiteral("&quot;");
            continue;
        case u'\'':
            out += QStringLiteral("&#39;");
            continue;
        case u'\t':
        case u'\n':
            out += QChar(c);
            continue;
        default:
            break;
        }
        // Controls cannot reorder or hide the report around them: they show as code points.
        // Lone surrogates (toUcs4 passes them through) and noncharacters too.
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c) || (c >= 0xD800 && c <= 0xDFFF)
            || c == 0xFFFE || c == 0xFFFF) {
            out += QStringLiteral("[U+%1]").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

namespace {

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(kensa::HtmlReport)

public:
    Writer(const Report &report, const HtmlReportOptions &options)
        : r(report)
        , o(options)
        , redact(report, options)
        , language(Localization::current())
        , table(RequirementTable::builtin())
    {
    }

    QString render();

private:
    // Text from the message (or from DNS): redacted, then escaped.
    QString h(const QString &text) const { return HtmlReport::escape(redact(text)); }
    // A finding's sentence, its arguments redacted first.
    QString sentence(Finding f) const
    {
        for (auto &arg : f.args)
            arg.second = redact(arg.second);
        return HtmlReport::escape(Explanations::text(f));
    }
    QString sentence(const QString &key, const QList<QPair<QString, QString>> &args, int line = 0) const
    {
        return key.isEmpty() ? QString() : sentence(Finding{key, Severity::Info, args, line, {}});
    }
    QString resultBadge(const QString &result) const
    {
        return result.isEmpty() ? QStringLiteral("–")
                                : badge(toneOfResult(result), HtmlReport::escape(TextReport::resultWord(result)));
    }
    QString statusBadge(CheckStatus status) const;
    QString outcomeWord(ProviderVerdict::Outcome outcome) const;
    QString providerName(const QString &provider) const { return HtmlReport::escape(table.providerName(provider).text(language)); }
    QString verdictSentence(const ProviderVerdict &v, const QString &providers) const;
    QString evidence(const QList<Finding> &list) const;
    QString lineNote(int line) const { return line > 0 ? tr("line %1").arg(line) : QString(); }

    void heading();
    void verdict();
    void summary();
    void message();
    void checklist();
    void authentication();
    void hops();
    void receivers();
    void findings();
    void dns();
    void body();

    void fact(const QString &label, const QString &valueHtml)
    {
        out += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
                   .arg(HtmlReport::escape(label), valueHtml.isEmpty() ? QStringLiteral("–") : valueHtml);
    }

    const Report &r;
    const HtmlReportOptions &o;
    const Redactor redact;
    const QString language;
    const RequirementTable &table;
    QStringList providers;
    QList<ProviderVerdict> verdicts;
    QString out;
};

QString Writer::statusBadge(CheckStatus status) const
{
    switch (status) {
    case CheckStatus::Pass:
        //: A provider requirement is met (badge in the exported report)
        return badge(toneOfStatus(status), tr("Pass", "requirement status"));
    case CheckStatus::Fail:
        return badge(toneOfStatus(status), tr("Fail", "requirement status"));
    case CheckStatus::Warning:
        //: Met today but at risk (badge in the exported report)
        return badge(toneOfStatus(status), tr("Warning", "requirement status"));
    case CheckStatus::NotVerifiable:
        //: One message cannot show it (badge in the exported report)
        return badge(toneOfStatus(status), HtmlReport::escape(tr("Can't tell", "requirement status")));
    case CheckStatus::NotApplicable:
        break;
    }
    return badge(toneOfStatus(status), tr("N/A", "requirement status"));
}

QString Writer::outcomeWord(ProviderVerdict::Outcome outcome) const
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        //: Where a provider would most likely deliver the message (exported report)
        return tr("Inbox", "provider verdict");
    case ProviderVerdict::Outcome::Spam:
        return tr("Spam", "provider verdict");
    case ProviderVerdict::Outcome::Reject:
        return tr("Rejected", "provider verdict");
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    return tr("Uncertain", "provider verdict");
}

QString Writer::verdictSentence(const ProviderVerdict &v, const QString &providersText) const
{
    QList<QPair<QString, QString>> args = v.reasonArgs;
    for (QPair<QString, QString> &arg : args) {
        if (arg.first == u"provider")
            arg.second = providersText;
    }
    return sentence(v.reason, args);
}

QString Writer::evidence(const QList<Finding> &list) const
{
    QStringList lines;
    for (const Finding &f : list) {
        QString where;
        if (!f.header.isEmpty() && f.line > 0)
            //: Where a piece of evidence stands: %1 header field name, %2 line number
            where = tr("%1, line %2").arg(f.header).arg(f.line);
        else if (!f.header.isEmpty())
            where = f.header;
        else if (f.line > 0)
            where = lineNote(f.line);
        const QString text = sentence(f);
        lines << (where.isEmpty() ? text : tr("%1 (%2)", "evidence sentence (where)").arg(text, HtmlReport::escape(where)));
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<br><span class=\"evidence\">") + tr("Evidence:") + u' '
        + lines.join(QStringLiteral("<br>")) + QStringLiteral("</span>");
}

void Writer::heading()
{
    out += QStringLiteral("<h1>%1</h1>\n").arg(tr("Email authentication report"));
    const MessageSummary &s = r.summary;
    if (!s.subject.isEmpty())
        out += QStringLiteral("<p class=\"headline\">%1</p>\n").arg(h(s.subject));
    QStringList meta;
    if (r.analysisTime > 0) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(r.analysisTime, Qt::UTC);
        //: %1 date and time of the analysis, in UTC
        meta << tr("Analysed %1 UTC").arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    const QString version = QCoreApplication::applicationVersion();
    meta << (version.isEmpty() ? tr("Kensa") : tr("Kensa %1").arg(version));
    out += QStringLiteral("<p class=\"muted small\">%1</p>\n").arg(HtmlReport::escape(meta.join(tr(" · ", "report byline"))));
    QStringList notes;
    if (!o.includeBody)
        notes << tr("The message body is not included in this report.");
    if (o.redactRecipients)
        notes << (o.redactRecipientDomains ? tr("Recipient addresses are masked (%1).").arg(HtmlReport::mask())
                                           : tr("The local parts of recipient addresses are masked (%1).").arg(HtmlReport::mask()));
    if (!notes.isEmpty())
        out += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(notes.join(u' '));
}

void Writer::verdict()
{
    out += QStringLiteral("<h2 id=\"verdict\">%1</h2>\n").arg(tr("Verdict"));
    // Providers that would do the same thing for the same reason share one line, as in the
    // checklist's banner; the headline is the worst judged outcome of the mailbox providers
    // (the carriers' filters are opt-in), or the receiver's own decision when it wrote one.
    struct Group
    {
        const ProviderVerdict *verdict = nullptr;
        QStringList names;
    };
    const auto withoutProvider = [](const ProviderVerdict &v) {
        QList<QPair<QString, QString>> args = v.reasonArgs;
        args.removeIf([](const QPair<QString, QString> &a) { return a.first == u"provider"; });
        return args;
    };
    QList<Group> groups;
    for (const ProviderVerdict &v : std::as_const(verdicts)) {
        const QString name = table.providerName(v.provider).text(language);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.verdict->outcome == v.outcome && g.verdict->reason == v.reason
                && table.providerGroup(g.verdict->provider) == table.providerGroup(v.provider)
                && withoutProvider(*g.verdict) == withoutProvider(v);
        });
        if (it == groups.end())
            groups.append(Group{&v, {name}});
        else
            it->names << name;
    }
    const auto headlineRank = [](ProviderVerdict::Outcome outcome) {
        switch (outcome) {
        case ProviderVerdict::Outcome::Reject:
            return 3;
        case ProviderVerdict::Outcome::Spam:
            return 2;
        case ProviderVerdict::Outcome::Inbox:
            return 1;
        case ProviderVerdict::Outcome::Uncertain:
            break;
        }
        return 0;
    };
    const auto isCarrier = [this](const Group &g) { return table.providerGroup(g.verdict->provider) == u"carrier"; };
    int lead = -1;
    for (int i = 0; i < groups.size(); ++i) {
        if (lead >= 0 && isCarrier(groups.at(i)) && !isCarrier(groups.at(lead)))
            continue;
        if (lead < 0 || (isCarrier(groups.at(lead)) && !isCarrier(groups.at(i)))
            || headlineRank(groups.at(i).verdict->outcome) > headlineRank(groups.at(lead).verdict->outcome))
            lead = i;
    }
    const auto groupSentence = [&](const Group &g) {
        //: Separator between provider names sharing one verdict ("Gmail, Yahoo")
        return verdictSentence(*g.verdict, g.names.join(tr(", ", "provider list")));
    };

    QString tone = QStringLiteral("neutral");
    QString headBadge;
    QString headline;
    const ReceiverVerdict *receiver = primaryReceiverVerdict(r.receiverVerdicts);
    if (receiver) {
        tone = toneOfVerdict(receiver->verdict);
        const QString word = TextReport::verdictWord(receiver->verdict);
        const QString vendor = receiver->vendorName.text(language);
        headBadge = badge(tone, HtmlReport::escape(word));
        headline = HtmlReport::escape(tr("The receiver's own decision: %1 (%2).").arg(word, vendor));
        lead = -1;
    } else if (lead >= 0) {
        const Group &g = groups.at(lead);
        tone = toneOfOutcome(g.verdict->outcome);
        headBadge = badge(tone, HtmlReport::escape(outcomeWord(g.verdict->outcome)));
        headline = groupSentence(g);
    } else {
        headline = HtmlReport::escape(tr("No requirement could be judged for this message."));
    }
    out += QStringLiteral("<table class=\"banner\" cellspacing=\"0\"><tr><td class=\"stripe %1\">&nbsp;</td><td>").arg(tone);
    out += QStringLiteral("<p class=\"headline\">%1 %2</p>\n").arg(headBadge, headline);
    bool first = true;
    for (int i = 0; i < groups.size(); ++i) {
        if (i == lead)
            continue;
        QString text = groupSentence(groups.at(i));
        if (receiver && first)
            //: First line under the receiver's own decision: what the authentication alone suggests
            text = tr("From the authentication alone: %1").arg(text);
        first = false;
        out += QStringLiteral("<p>%1 %2</p>\n")
                   .arg(badge(toneOfOutcome(groups.at(i).verdict->outcome),
                              HtmlReport::escape(outcomeWord(groups.at(i).verdict->outcome))),
                        text);
    }
    out += QStringLiteral("</td></tr></table>\n");

    // Each method at a glance: what Kensa computed now.
    QStringList glance;
    if (r.dkimChecked) {
        QString dkim = QStringLiteral("none");
        for (const DkimResult &d : r.dkim) {
            if (d.result == u"pass") {
                dkim = d.result;
                break;
            }
            if (dkim == u"none")
                dkim = d.result;
        }
        glance << QStringLiteral("DKIM ") + resultBadge(dkim);
    }
    if (r.spfChecked)
        glance << QStringLiteral("SPF ") + resultBadge(r.spf.result);
    if (r.dmarcChecked)
        glance << QStringLiteral("DMARC ") + resultBadge(r.dmarc.result);
    if (r.arcChecked && r.arc.result != u"none")
        glance << QStringLiteral("ARC ") + resultBadge(r.arc.result);
    if (r.iprevChecked)
        glance << QStringLiteral("iprev ") + resultBadge(r.iprev.result);
    // A cell each across the page, so that a badge wraps inside its own cell, never off the page.
    if (!glance.isEmpty())
        out += QStringLiteral("<p>%1</p>\n<table class=\"glance\" width=\"100%\" cellspacing=\"0\"><tr><td>%2</td></tr></table>\n")
                   .arg(HtmlReport::escape(tr("Re-verified now:")), glance.join(QStringLiteral("</td><td>")));
    out += HtmlReport::afterVerdictMark() + u'\n';
    out += o.afterVerdictHtml;
}

// The answer a helpdesk sends (CustomerSummary): the customer text, the most likely reason
// first, with who can fix what; then the technical block with each claim's evidence.
void Writer::summary()
{
    const CustomerSummary cs = CustomerSummary::fromReport(r);
    if (cs.points.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"summary\">%1</h2>\n").arg(h(CustomerSummary::heading(QStringLiteral("customer"), language)));
    for (qsizetype i = 0; i < cs.points.size(); ++i) {
        const SummaryPoint &point = cs.points.at(i);
        const QString text = h(CustomerSummary::customerText(point, language));
        out += i == 0 ? QStringLiteral("<p><b>%1</b></p>\n").arg(text) : QStringLiteral("<p>%1</p>\n").arg(text);
        const QString fix = CustomerSummary::fixText(point, language);
        const QString party = CustomerSummary::partyText(point, cs.fromDomain, language);
        if (!fix.isEmpty() || !party.isEmpty()) {
            out += QStringLiteral("<p class=\"small\">");
            if (!party.isEmpty())
                out += QStringLiteral("<b>%1</b>").arg(h(party));
            if (!fix.isEmpty())
                out += (party.isEmpty() ? QString() : QStringLiteral("<br>")) + h(fix);
            out += QStringLiteral("</p>\n");
        }
    }
    out += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(h(CustomerSummary::heading(QStringLiteral("technical"), language)));
    for (const SummaryPoint &point : cs.points) {
        const QString technical = CustomerSummary::technicalText(point, language);
        if (technical.isEmpty() && point.evidence.isEmpty())
            continue;
        QStringList evidence;
        for (const SummaryEvidence &e : point.evidence)
            evidence << h(CustomerSummary::evidenceLabel(e, language));
        out += QStringLiteral("<li><b>%1</b><br>%2").arg(h(CustomerSummary::kindLabel(point.kind, language)), h(technical));
        if (!evidence.isEmpty())
            out += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(evidence.join(QStringLiteral("<br>")));
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
}

void Writer::message()
{
    const MessageSummary &s = r.summary;
    const SourceInfo &src = r.source;
    out += QStringLiteral("<h2 id=\"message\">%1</h2>\n<table class=\"facts\" cellspacing=\"0\">\n").arg(tr("Message"));
    fact(tr("From"), h(s.from));
    fact(tr("To"), h(s.to));
    if (!s.cc.isEmpty())
        fact(tr("Cc"), h(s.cc));
    fact(tr("Subject"), h(s.subject));
    fact(tr("Date"), h(s.date));
    fact(QStringLiteral("Message-ID"), h(s.messageId));
    fact(QStringLiteral("Return-Path"),
         s.hasReturnPath ? h(s.returnPath.isEmpty() ? QStringLiteral("<>") : s.returnPath) : QString());
    QString source = src.file.isEmpty() ? TextReport::tr("pasted text")
                                        : (src.file == u"-" ? TextReport::tr("standard input") : src.file);
    if (src.index >= 0)
        source = TextReport::tr("%1, message %2").arg(source).arg(src.index + 1);
    fact(tr("Source"), HtmlReport::escape(source));
    fact(tr("Size"),
         HtmlReport::escape(TextReport::tr("%n byte(s)", nullptr, int(qMin<qint64>(s.size, INT_MAX))) + TextReport::tr(", ", "list separator")
                            + TextReport::tr("%n header field(s)", nullptr, int(r.message.headers().size()))));
    out += QStringLiteral("</table>\n");
    if (s.headersOnly)
        out += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(HtmlReport::escape(TextReport::tr("Headers only: no message body was supplied.")));
}

void Writer::checklist()
{
    if (providers.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"checklist\">%1</h2>\n").arg(tr("Provider requirements"));
    // The rows some shown provider states, in the table's order.
    QList<const RequirementRow *> rows;
    for (const RequirementRow &row : table.rows()) {
        const bool stated = std::any_of(r.requirements.cbegin(), r.requirements.cend(), [&](const RequirementResult &q) {
            return q.id == row.id && q.applies != Applicability::NotStated && providers.contains(q.provider);
        });
        if (stated)
            rows << &row;
    }
    const auto cellOf = [this](const QString &id, const QString &provider) -> const RequirementResult * {
        for (const RequirementResult &q : r.requirements) {
            if (q.id == id && q.provider == provider)
                return &q;
        }
        return nullptr;
    };
    const auto groupTitle = [this](const QString &id) {
        for (const RequirementGroup &g : table.groups()) {
            if (g.id == id)
                return g.title.text(language);
        }
        return id;
    };

    // The overview: a row per requirement, a column per provider, a badge glyph in each cell.
    out += QStringLiteral("<table class=\"grid matrix\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th width=\"34%\">%1</th>")
               .arg(tr("Requirement"));
    for (const QString &p : std::as_const(providers))
        out += QStringLiteral("<th>%1</th>").arg(providerName(p));
    out += QStringLiteral("</tr>\n");
    QString group;
    for (const RequirementRow *row : std::as_const(rows)) {
        if (row->group != group) {
            group = row->group;
            out += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>\n")
                       .arg(providers.size() + 1)
                       .arg(HtmlReport::escape(groupTitle(group)));
        }
        out += QStringLiteral("<tr><td>%1</td>").arg(HtmlReport::escape(row->title.text(language)));
        for (const QString &p : std::as_const(providers)) {
            const RequirementResult *q = cellOf(row->id, p);
            if (!q || q->applies == Applicability::NotStated) {
                out += QStringLiteral("<td class=\"cell faded\">–</td>");
                continue;
            }
            const QString tone = toneOfStatus(q->status);
            QString mark = glyph(tone);
            if (q->status != CheckStatus::NotApplicable && !q->inScope)
                mark = QStringLiteral("(%1)").arg(mark);
            else if (q->status != CheckStatus::NotApplicable && q->applies == Applicability::Recommended)
                mark += u'*';
            out += QStringLiteral("<td class=\"cell badge %1\">%2</td>").arg(tone, mark);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
    out += QStringLiteral("<p class=\"muted small\">%1</p>\n")
               .arg(HtmlReport::escape(tr("✔ pass · ✘ fail · ! warning · ? can't tell · – not applicable or not stated; "
                                          "(…) applies to bulk senders only; * recommended, not required.")));

    // Each provider: every requirement it states, with its status, why, and the evidence.
    const CheckResults checks = r.checkResults();
    for (const QString &p : std::as_const(providers)) {
        const ProviderVerdict v = RequirementEngine::verdict(checks, r.requirements, p);
        out += QStringLiteral("<h3>%1</h3>\n<p>%2 %3</p>\n")
                   .arg(providerName(p), badge(toneOfOutcome(v.outcome), HtmlReport::escape(outcomeWord(v.outcome))),
                        verdictSentence(v, table.providerName(p).text(language)));
        out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th width=\"30%\">%1</th><th width=\"14%\">%2</th><th>%3</th></tr>\n")
                   .arg(tr("Requirement"), tr("Status"), tr("Why"));
        for (const RequirementRow *row : std::as_const(rows)) {
            // What does not apply stays in the overview; the list holds what was judged.
            const RequirementResult *q = cellOf(row->id, p);
            if (!q || q->applies == Applicability::NotStated || q->status == CheckStatus::NotApplicable)
                continue;
            QString status = statusBadge(q->status);
            if (q->status != CheckStatus::NotApplicable && !q->inScope)
                status += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(HtmlReport::escape(tr("bulk senders only")));
            else if (q->status != CheckStatus::NotApplicable && q->applies == Applicability::Recommended)
                status += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(HtmlReport::escape(tr("recommended")));
            out += QStringLiteral("<tr><td>%1<br><span class=\"muted small\">%2</span></td><td>%3</td><td>%4%5</td></tr>\n")
                       .arg(HtmlReport::escape(row->title.text(language)), HtmlReport::escape(row->id), status,
                            sentence(q->reason, q->reasonArgs), evidence(q->outcome.evidence));
        }
        out += QStringLiteral("</table>\n");
    }
}

void Writer::authentication()
{
    out += QStringLiteral("<h2 id=\"authentication\">%1</h2>\n").arg(tr("Authentication"));

    // Recorded at delivery beside re-verified now, one row per method.
    struct Row
    {
        QString method;
        QString recordedBy;
        QString recorded;
        QString now;
    };
    QList<Row> rows;
    if (r.dkimChecked) {
        for (const DkimResult &d : r.dkim)
            rows << Row{QStringLiteral("DKIM d=%1 s=%2").arg(d.domain, d.selector), d.recordedBy, d.recorded, d.result};
    }
    if (r.arcChecked && r.arc.result != u"none")
        rows << Row{QStringLiteral("ARC"), r.arcRecordedBy, r.arcRecorded, r.arc.result};
    if (r.spfChecked)
        rows << Row{QStringLiteral("SPF"), r.spfRecordedBy, r.spfRecorded, r.spf.result};
    if (r.dmarcChecked)
        rows << Row{QStringLiteral("DMARC"), r.dmarc.recordedBy, r.dmarc.recorded, r.dmarc.result};
    if (r.iprevChecked) {
        Row iprev{QStringLiteral("iprev"), {}, {}, r.iprev.result};
        for (const AuthResultsField &f : r.authResults) {
            if (!f.trusted || f.isArc())
                continue;
            for (const AuthResultsMethod &m : f.methods) {
                if (m.method == u"iprev" && iprev.recorded.isEmpty()) {
                    iprev.recorded = m.result;
                    iprev.recordedBy = f.authservId;
                }
            }
        }
        rows << iprev;
    }
    if (!rows.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(tr("Recorded at delivery and re-verified now"));
        out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(tr("Method"), tr("Recorded at delivery"), tr("Recorded by"), tr("Re-verified by Kensa"));
        for (const Row &row : std::as_const(rows)) {
            QString now = resultBadge(row.now);
            if (!row.recorded.isEmpty() && row.recorded != row.now)
                now += QStringLiteral(" <span class=\"risk\">&nbsp;%1&nbsp;</span>").arg(HtmlReport::escape(tr("differs")));
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(h(row.method), row.recorded.isEmpty() ? HtmlReport::escape(tr("not recorded")) : resultBadge(row.recorded),
                            h(row.recordedBy), now);
        }
        out += QStringLiteral("</table>\n");
    }

    if (!r.authResults.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(tr("Authentication-Results fields"));
        out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(tr("Line"), tr("Written by"), tr("Trust"), tr("Results"));
        for (const AuthResultsField &f : r.authResults) {
            QString trust = f.isArc() ? QStringLiteral("ARC i=%1").arg(f.instance)
                                      : (f.trusted ? TextReport::tr("trusted") : TextReport::tr("claim"));
            QStringList results;
            for (const AuthResultsMethod &m : f.methods)
                results << m.method + u'=' + m.result;
            if (f.noResult)
                results << QStringLiteral("none");
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"mono\">%4</td></tr>\n")
                       .arg(QString::number(f.line), f.authservId.isEmpty() ? HtmlReport::escape(TextReport::tr("(no authserv-id)")) : h(f.authservId),
                            HtmlReport::escape(trust), h(results.join(u' ')));
        }
        out += QStringLiteral("</table>\n");
    }

    if (r.dkimChecked) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(tr("DKIM signatures"));
        if (r.dkim.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(HtmlReport::escape(TextReport::tr("The message has no DKIM signature.")));
        } else {
            out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                       .arg(tr("Signature"), tr("Key"), tr("Result"), tr("Why"));
            for (const DkimResult &d : r.dkim) {
                QStringList key;
                if (!d.keyType.isEmpty())
                    key << d.keyType;
                if (d.keyBits > 0)
                    key << tr("%1 bits").arg(d.keyBits);
                out += QStringLiteral("<tr><td class=\"mono\">d=%1<br>s=%2<br>a=%3<br>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                           .arg(h(d.domain), h(d.selector), h(d.algorithm), HtmlReport::escape(lineNote(d.line)),
                                HtmlReport::escape(key.join(u' ')), resultBadge(d.result), sentence(d.reason, d.reasonArgs, d.line));
            }
            out += QStringLiteral("</table>\n");
        }
    }

    if (r.arcChecked && r.arc.result != u"none") {
        const ArcResult &arc = r.arc;
        out += QStringLiteral("<h3>ARC</h3>\n<p>%1 %2</p>\n")
                   .arg(resultBadge(arc.result), sentence(arc.reason, arc.reasonArgs));
        out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>i</th><th>%1</th><th>cv</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(tr("Sealed by"), tr("Seal"), tr("Message signature"), tr("Results the sealer saw"));
        for (const ArcInstanceResult &i : arc.instances) {
            QStringList saw;
            for (const AuthResultsMethod &m : i.aar.methods)
                saw << m.method + u'=' + m.result;
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"mono\">%6</td></tr>\n")
                       .arg(QString::number(i.instance), h(i.domain), h(i.cv), resultBadge(i.sealResult),
                            resultBadge(i.ams.result), h(saw.join(u' ')));
        }
        out += QStringLiteral("</table>\n");
    }

    if (r.spfChecked) {
        const SpfResult &spf = r.spf;
        out += QStringLiteral("<h3>SPF</h3>\n<table class=\"facts\" cellspacing=\"0\">\n");
        fact(tr("Result"), resultBadge(spf.result) + u' ' + sentence(spf.reason, spf.reasonArgs));
        fact(tr("Domain"), h(QString::fromUtf8(spf.domain)));
        fact(tr("Sending IP"), h(QString::fromLatin1(spf.ip)));
        fact(tr("Record"), spf.record.isEmpty() ? QString() : QStringLiteral("<span class=\"mono\">%1</span>").arg(h(QString::fromUtf8(spf.record))));
        fact(tr("DNS lookups"), HtmlReport::escape(TextReport::tr("%n DNS lookup(s) counted", nullptr, spf.lookups)));
        out += QStringLiteral("</table>\n");
    }
    if (r.spfFromChecked && !r.spfFromReused) {
        const SpfResult &spf = r.spfFrom;
        out += QStringLiteral("<h3>%1</h3>\n<p>%2 %3 %4</p>\n")
                   .arg(HtmlReport::escape(tr("SPF of the header From domain")), h(QString::fromUtf8(spf.domain)),
                        resultBadge(spf.result), sentence(spf.reason, spf.reasonArgs));
    }

    if (r.dmarcChecked) {
        const DmarcResult &d = r.dmarc;
        out += QStringLiteral("<h3>DMARC</h3>\n<table class=\"facts\" cellspacing=\"0\">\n");
        fact(tr("Result"), resultBadge(d.result) + u' ' + sentence(d.reason, d.reasonArgs));
        fact(tr("From domain"), h(d.fromDomain));
        fact(tr("Organisational domain"), h(d.orgDomain));
        fact(tr("Record"), d.record.valid ? QStringLiteral("<span class=\"mono\">_dmarc.%1: %2</span>")
                                                .arg(h(d.recordDomain), h(QString::fromUtf8(d.record.text)))
                                          : QString());
        if (d.record.valid) {
            QString policy = QStringLiteral("p=") + d.record.policy;
            if (!d.record.subdomainPolicy.isEmpty())
                policy += QStringLiteral(" sp=") + d.record.subdomainPolicy;
            if (!d.policy.isEmpty() && d.policySource != u"p")
                //: %1 the policy tags of the record, %2 the tag that applies to this From domain ("sp")
                policy = tr("%1 (%2 applies)").arg(policy, d.policySource);
            fact(tr("Policy"), h(policy));
        }
        const QString yes = tr("yes");
        const QString no = tr("no");
        fact(tr("SPF aligned"), HtmlReport::escape(d.spfAligned ? yes : no) + (d.spfDomain.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(h(d.spfDomain))));
        fact(tr("DKIM aligned"), HtmlReport::escape(d.dkimAligned ? yes : no)
                 + (d.alignedDkimDomains.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(h(d.alignedDkimDomains.join(QStringLiteral(", "))))));
        // RFC 9989 is what Kensa follows; receivers still on RFC 7489 may answer otherwise.
        if (!d.rfc7489Result.isEmpty() && (d.rfc7489Result != d.result || d.rfc7489OrgDomain != d.orgDomain))
            fact(tr("Under RFC 7489"),
                 resultBadge(d.rfc7489Result) + u' '
                     + HtmlReport::escape(tr("Receivers that still follow RFC 7489 take %1 as the organisational domain.").arg(d.rfc7489OrgDomain)));
        if (!r.sendingService.id.isEmpty() && (d.result == u"fail" || r.returnPathAlignment == u"different"))
            fact(tr("How to fix"),
                 HtmlReport::escape(TextReport::tr("How to fix it in %1: %2").arg(r.sendingService.name, r.sendingService.fix(language))));
        out += QStringLiteral("</table>\n");
    }

    if (r.iprevChecked) {
        const IprevResult &i = r.iprev;
        out += QStringLiteral("<h3>%1</h3>\n<table class=\"facts\" cellspacing=\"0\">\n").arg(HtmlReport::escape(tr("Reverse DNS (iprev)")));
        fact(tr("Result"), resultBadge(i.result) + u' ' + sentence(i.reason, i.reasonArgs));
        fact(tr("Sending IP"), h(i.ip));
        fact(tr("PTR names"), h(i.ptr.join(QStringLiteral(", "))));
        out += QStringLiteral("</table>\n");
    }
}

void Writer::hops()
{
    if (r.hops.hops.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"hops\">%1</h2>\n").arg(tr("Route (Received hops, oldest first)"));
    out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th width=\"10%\">#</th><th width=\"24%\">%1</th><th width=\"20%\">%2</th>"
                              "<th width=\"13%\">%3</th><th width=\"16%\">%4</th><th width=\"8%\">%5</th><th width=\"9%\">%6</th></tr>\n")
               .arg(tr("From"), tr("By"), tr("Protocol"), tr("Time"), tr("Delay"), tr("Trust"));
    for (const HopTimeline::Hop &hop : r.hops.hops) {
        const ReceivedHop &x = hop.hop;
        const QString from = x.fromReverse.isEmpty() ? x.fromHelo : x.fromReverse;
        QString fromCell = h(from.isEmpty() ? QStringLiteral("?") : from);
        if (!x.fromIp.isEmpty())
            fromCell += QStringLiteral("<br><span class=\"mono\">%1</span>").arg(h(x.fromIp));
        if (!x.forRecipient.isEmpty())
            fromCell += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(HtmlReport::escape(tr("for %1").arg(redact(x.forRecipient))));
        QString protocol = h(x.with);
        if (x.tls == HopTls::Encrypted)
            protocol += QStringLiteral("<br><span class=\"small\">%1</span>")
                            .arg(HtmlReport::escape(x.tlsVersion.isEmpty() ? tr("TLS") : tr("TLS (%1)").arg(x.tlsVersion)));
        QString trust = hop.trusted ? TextReport::tr("trusted") : TextReport::tr("claim");
        if (x.status == HopStatus::Partial)
            trust += u' ' + TextReport::tr("[read in part: line %1]").arg(x.line);
        else if (x.status == HopStatus::Unreadable)
            trust += u' ' + TextReport::tr("[unreadable: line %1]").arg(x.line);
        QString index = QString::number(hop.index + 1);
        if (hop.boundary)
            //: Marks the hop that handed the message to the final receiver (exported report)
            index += QStringLiteral("<br><span class=\"badge risk\">&nbsp;▶&nbsp;%1&nbsp;</span>").arg(HtmlReport::escape(tr("boundary")));
        out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"small\">%6</td><td>%7</td><td>%8</td></tr>\n")
                   .arg(hop.boundary ? QStringLiteral(" class=\"boundary\"") : QString(), index, fromCell,
                        h(x.by.isEmpty() ? QStringLiteral("?") : x.by), protocol, h(x.dateText),
                        hop.hasDelay ? HtmlReport::escape(tr("%1 s").arg(hop.delaySeconds)) : QStringLiteral("–"),
                        HtmlReport::escape(trust));
    }
    out += QStringLiteral("</table>\n");
    const QString rule = r.hops.boundaryReason;
    QString ruleText;
    if (rule == u"recorded_ip")
        ruleText = TextReport::tr("the receiver recorded this client IP in its Authentication-Results.");
    else if (rule == u"recipient_organisation")
        ruleText = TextReport::tr("the topmost hop received by the recipient's organisation from outside it.");
    else if (rule == u"first_external_client")
        ruleText = TextReport::tr("the topmost hop whose client is outside the receiver's organisation.");
    else if (rule == u"same_organisation")
        ruleText = TextReport::tr("every client is inside the receiver's organisation; the oldest of them.");
    if (!ruleText.isEmpty())
        //: %1 is the rule that chose the boundary hop (marked in the table above)
        out += QStringLiteral("<p>%1</p>\n").arg(HtmlReport::escape(tr("The boundary hop: %1").arg(ruleText)));
    if (r.hops.hasTotal)
        out += QStringLiteral("<p>%1</p>\n").arg(HtmlReport::escape(TextReport::tr("Total delivery time: %1 s").arg(r.hops.totalSeconds)));
}

void Writer::receivers()
{
    if (!r.receiverChecked || r.receiverVerdicts.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"receivers\">%1</h2>\n").arg(HtmlReport::escape(tr("Receiver's verdict")));
    for (const ReceiverVerdict &v : r.receiverVerdicts) {
        QString head = tr("%1 — %2 (line %3, %4)")
                           .arg(v.vendorName.text(language), v.field, QString::number(v.line),
                                v.trusted ? TextReport::tr("trusted") : TextReport::tr("claim"));
        if (v.score && v.threshold)
            head = TextReport::tr("%1, score %2 (threshold %3)", "receiver verdict line")
                       .arg(head, QString::number(*v.score), QString::number(*v.threshold));
        else if (v.score)
            head = TextReport::tr("%1, score %2", "receiver verdict line").arg(head, QString::number(*v.score));
        out += QStringLiteral("<p>%1 %2</p>\n")
                   .arg(badge(toneOfVerdict(v.verdict), HtmlReport::escape(TextReport::verdictWord(v.verdict))), h(head));
        QStringList lines;
        if (!v.fieldMeaning.isEmpty())
            lines << HtmlReport::escape(v.fieldMeaning.text(language));
        for (const DecodedToken &t : v.decoded) {
            if (t.value.isEmpty())
                continue;
            const QString pair = t.token + u'=' + t.value;
            if (t.documented)
                lines << h(TextReport::tr("%1 — %2: %3").arg(pair, t.label.text(language), t.meaning.text(language)));
            else if (!t.label.isEmpty())
                lines << h(TextReport::tr("%1 — %2: undocumented").arg(pair, t.label.text(language)));
        }
        for (const ReceiverRule &rule : v.rules) {
            QString name = rule.name;
            if (rule.weight)
                name += QStringLiteral(" (%1)").arg(QString::number(*rule.weight));
            lines << h(rule.documented ? TextReport::tr("rule %1: %2").arg(name, rule.meaning.text(language))
                                       : TextReport::tr("rule %1: undocumented").arg(name));
        }
        if (!v.undocumented.isEmpty())
            lines << h(TextReport::tr("Undocumented, shown as written: %1").arg(v.undocumented.join(QStringLiteral("; "))));
        for (const Finding &f : v.findings)
            lines << sentence(f);
        if (!lines.isEmpty())
            out += QStringLiteral("<p class=\"small\">%1</p>\n").arg(lines.join(QStringLiteral("<br>")));
    }
}

void Writer::findings()
{
    if (r.findings.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"findings\">%1</h2>\n").arg(tr("Findings"));
    out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th width=\"13%\">%1</th><th>%2</th><th width=\"18%\">%3</th></tr>\n")
               .arg(tr("Severity"), tr("Finding"), tr("Where"));
    for (const Finding &f : r.findings) {
        QString tone;
        switch (f.severity) {
        case Severity::Error:
            tone = QStringLiteral("bad");
            break;
        case Severity::Warning:
            tone = QStringLiteral("risk");
            break;
        case Severity::Notice:
            tone = QStringLiteral("unknown");
            break;
        case Severity::Info:
            tone = QStringLiteral("neutral");
            break;
        }
        QStringList where;
        if (!f.header.isEmpty())
            where << h(f.header);
        if (f.line > 0)
            where << HtmlReport::escape(lineNote(f.line));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"small\">%3</td></tr>\n")
                   .arg(badge(tone, HtmlReport::escape(Explanations::severityText(f.severity))), sentence(f),
                        where.join(QStringLiteral("<br>")));
    }
    out += QStringLiteral("</table>\n");
}

void Writer::dns()
{
    if (r.dns.isEmpty())
        return;
    out += QStringLiteral("<h2 id=\"dns\">%1</h2>\n").arg(tr("DNS answers used"));
    out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
               .arg(tr("Name"), tr("Type"), tr("Answer code"), tr("Records"), tr("Source"));
    for (const DnsAnswer &a : r.dns) {
        QStringList records;
        for (const DnsRecord &record : a.records)
            records << h(record.presentation());
        QString source = a.source;
        if (a.secure)
            source += QStringLiteral(", DNSSEC");
        out += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td><td class=\"mono\">%4</td><td class=\"small\">%5</td></tr>\n")
                   .arg(h(QString::fromLatin1(a.question.name)), h(dnsTypeName(a.question.type)), h(dnsStatusName(a.status)),
                        records.isEmpty() ? QStringLiteral("–") : records.join(QStringLiteral("<br>")), h(source));
    }
    out += QStringLiteral("</table>\n");
}

void Writer::body()
{
    if (!o.includeBody)
        return;
    out += QStringLiteral("<h2 id=\"body\">%1</h2>\n").arg(tr("Message body"));
    if (!r.hasBody()) {
        out += QStringLiteral("<p>%1</p>\n").arg(HtmlReport::escape(TextReport::tr("Headers only: no message body was supplied.")));
        return;
    }
    // Text parts as the reader sees them; HTML reduced to its words (never rendered, so nothing
    // it links to is loaded); other parts named.
    constexpr qsizetype limit = 200000;
    qsizetype shown = 0;
    for (const MimePart *part : r.mime.leaves()) {
        const QString type = QString::fromLatin1(part->contentType());
        if (part->isText() && !part->isAttachment()) {
            QString text = part->subtype() == "html" ? HtmlText::read(part->text(), 0).text() : part->text();
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            const bool cut = shown + text.size() > limit;
            if (cut)
                text = text.left(qMax<qsizetype>(0, limit - shown));
            shown += text.size();
            out += QStringLiteral("<p class=\"muted small\">%1</p>\n<pre class=\"body\">%2</pre>\n")
                       .arg(HtmlReport::escape(tr("Part %1 (line %2)").arg(type).arg(part->line())), h(text));
            if (cut) {
                out += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(HtmlReport::escape(tr("The rest of the body is left out.")));
                return;
            }
        } else {
            const QString name = part->fileName();
            out += QStringLiteral("<p class=\"muted small\">%1</p>\n")
                       .arg(h(name.isEmpty() ? tr("Part %1 (line %2), not shown").arg(type).arg(part->line())
                                             : tr("Attachment %1 (%2), not shown").arg(name, type)));
        }
    }
}

QString Writer::render()
{
    for (const RequirementResult &q : r.requirements) {
        if (!providers.contains(q.provider))
            providers << q.provider;
    }
    const CheckResults checks = r.checkResults();
    for (const QString &p : std::as_const(providers))
        verdicts << RequirementEngine::verdict(checks, r.requirements, p);

    const QString title = r.summary.subject.isEmpty() ? tr("Email authentication report")
                                                      : tr("Email authentication report: %1").arg(redact(r.summary.subject));
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(language == u"ja" ? QStringLiteral("ja") : QStringLiteral("en"));
    out += QStringLiteral("<meta name=\"generator\" content=\"Kensa\">\n<title>%1</title>\n").arg(HtmlReport::escape(title));
    out += QStringLiteral("<style>\n%1</style>\n</head>\n<body>\n").arg(styleSheet());
    // The sections, in reading order: a section added later (a summary for the customer) goes
    // after the verdict (HtmlReport::afterVerdictMark()).
    heading();
    verdict();
    summary();
    message();
    checklist();
    authentication();
    hops();
    receivers();
    findings();
    dns();
    body();
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace

QString HtmlReport::render(const Report &report, const HtmlReportOptions &options)
{
    return Writer(report, options).render();
}

} // namespace kensa
