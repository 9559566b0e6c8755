#include "core/receiver/SpamAssassinFields.h"

#include "core/base/Limits.h"
#include "core/message/Message.h"
#include "core/receiver/SpamFilterHints.h"

#include <QRegularExpression>

namespace kensa {

namespace {

const QString vendor = QStringLiteral("spamassassin");

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void addToken(ReceiverVerdict &out, const ReceiverContext &context, const QString &token, const QString &value)
{
    DecodedToken decoded = context.catalog.decode(vendor, out.field, token, value);
    if (!decoded.documented)
        out.undocumented.append(token + u'=' + value);
    out.decoded.append(decoded);
}

void addRule(ReceiverVerdict &out, const ReceiverContext &context, const QString &name,
    std::optional<double> weight, const QString &options = {})
{
    ReceiverRule rule = context.catalog.describe(vendor, name, weight, options);
    if (!rule.documented)
        out.undocumented.append(name);
    out.rules.append(rule);
}

bool isRuleName(QStringView word)
{
    // Rule names are upper case by convention; the field's own keys (autolearn=, version=,
    // shortcircuit=) are lower case.
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!(c.isUpper() || c.isDigit() || c == u'_'))
            return false;
    }
    return true;
}

// "Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLOCKED=0.001 autolearn=no version=3.4.6"
// (SpamAssassin 3 and later), "Yes, hits=7.1 required=5.0 tests=..." (2.x). The tests list is
// folded after a comma, or (2.x) between names without one.
void readStatus(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString value = out.raw;
    static const QRegularExpression head(QStringLiteral("^\\s*(Yes|No)\\b\\s*,?"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    const QRegularExpressionMatch m = head.match(value);
    if (m.hasMatch()) {
        const QString word = m.captured(1);
        const QString canonical = word.compare(u"yes", Qt::CaseInsensitive) == 0 ? QStringLiteral("Yes")
                                                                                   : QStringLiteral("No");
        DecodedToken decoded = context.catalog.decode(vendor, out.field, QStringLiteral("verdict"), canonical);
        decoded.value = word;
        if (!decoded.documented)
            out.undocumented.append(QStringLiteral("verdict=") + word);
        out.decoded.append(decoded);
        // SpamAssassin documents _YESNO_ as "Yes" for spam and "No" for nonspam (ham): a
        // judgement, not a folder. Yes is Tagged (the mailbox files it); No is the judgement
        // "not spam", which ReceiverVerdict's Inbox names. Where the mailbox then put the mail
        // is not in this field.
        out.verdict = canonical == u"Yes" ? ReceiverVerdict::Verdict::Tagged : ReceiverVerdict::Verdict::Inbox;
        pos = m.capturedEnd();
    }
    const qsizetype n = value.size();
    const auto skipSpace = [&] {
        while (pos < n && (value.at(pos).isSpace() || value.at(pos) == u','))
            ++pos;
    };
    const auto word = [&] {
        const qsizetype start = pos;
        while (pos < n && (value.at(pos).isLetterOrNumber() || value.at(pos) == u'_' || value.at(pos) == u'-'))
            ++pos;
        return value.mid(start, pos - start);
    };
    const auto valueText = [&] {
        const qsizetype start = pos;
        while (pos < n && !value.at(pos).isSpace())
            ++pos;
        return value.mid(start, pos - start);
    };
    while (true) {
        skipSpace();
        if (pos >= n)
            break;
        const qsizetype keyStart = pos;
        const QString key = word();
        if (key.isEmpty() || pos >= n || value.at(pos) != u'=') {
            // Not key=value: keep the text as written, undocumented.
            pos = keyStart;
            const QString stray = valueText();
            if (!stray.isEmpty())
                out.undocumented.append(stray);
            if (pos == keyStart)
                ++pos;
            continue;
        }
        ++pos; // '='
        if (key.compare(u"tests", Qt::CaseInsensitive) != 0) {
            QString text = valueText();
            if (text.endsWith(u','))
                text.chop(1);
            addToken(out, context, key, text);
            if (key.compare(u"score", Qt::CaseInsensitive) == 0 || key.compare(u"hits", Qt::CaseInsensitive) == 0)
                out.score = number(text);
            else if (key.compare(u"required", Qt::CaseInsensitive) == 0)
                out.threshold = number(text);
            continue;
        }
        // tests=NAME[=points],NAME... up to the next lower-case key.
        while (true) {
            skipSpace();
            if (pos >= n)
                break;
            const qsizetype itemStart = pos;
            const QString name = word();
            if (name.compare(u"none", Qt::CaseSensitive) == 0 && (pos >= n || value.at(pos) != u'='))
                continue; // tests=none: no rule matched
            if (!isRuleName(name)) {
                pos = itemStart;
                break;
            }
            std::optional<double> weight;
            if (pos < n && value.at(pos) == u'=') {
                ++pos;
                const qsizetype numberStart = pos;
                while (pos < n && (value.at(pos).isDigit() || value.at(pos) == u'.' || value.at(pos) == u'-'
                                   || value.at(pos) == u'+'))
                    ++pos;
                weight = number(value.mid(numberStart, pos - numberStart));
            }
            addRule(out, context, name, weight);
        }
    }
}

void readFlag(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString value = out.raw;
    // _YESNOCAPS_ writes "YES"; some hosting filters write "Yes".
    DecodedToken decoded = context.catalog.decode(vendor, out.field, QStringLiteral("flag"), value.toUpper());
    decoded.value = value;
    if (decoded.documented)
        out.verdict = ReceiverVerdict::Verdict::Tagged;
    else
        out.undocumented.append(QStringLiteral("flag=") + value);
    out.decoded.append(decoded);
}

void readLevel(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString value = out.raw;
    // _STARS(*)_: one character (any, "*" by default) per full point; none below one point.
    if (value.isEmpty()) {
        addToken(out, context, QStringLiteral("stars"), QStringLiteral("0"));
        return;
    }
    bool repeated = true;
    for (QChar c : value) {
        if (c != value.front())
            repeated = false;
    }
    if (!repeated || value.front().isLetterOrNumber()) {
        out.undocumented.append(value);
        return;
    }
    addToken(out, context, QStringLiteral("stars"), QString::number(value.size()));
}

// report_safe 0 puts the report in the header, one rule per line:
//   *  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%
//   *      [score: 1.0000]
// and "Content analysis details:   (7.1 points, 5.0 required)" above them.
void readReport(ReceiverVerdict &out, const ReceiverContext &context, const HeaderField &field)
{
    static const QRegularExpression ruleLine(
        QStringLiteral("^\\*?\\s*(-?\\d+(?:\\.\\d+)?)\\s+([A-Z0-9_]+)(?:\\s+(.*))?$"));
    static const QRegularExpression detail(QStringLiteral("^\\*\\s+(\\S.*)$"));
    static const QRegularExpression summary(
        QStringLiteral("\\((-?\\d+(?:\\.\\d+)?) points?, (-?\\d+(?:\\.\\d+)?) required\\)"));
    // As much of the field as ReceiverCatalog::start() read (its finding tells the cut).
    const QString folded = Message::rawText(field.rawValue().left(Limits::MaxReceiverFieldBytes));
    const QStringList lines = folded.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (const QString &physical : lines) {
        const QString line = physical.trimmed();
        if (line.isEmpty())
            continue;
        if (const QRegularExpressionMatch s = summary.match(line); s.hasMatch()) {
            addToken(out, context, QStringLiteral("score"), s.captured(1));
            addToken(out, context, QStringLiteral("required"), s.captured(2));
            out.score = number(s.captured(1));
            out.threshold = number(s.captured(2));
            continue;
        }
        if (const QRegularExpressionMatch r = ruleLine.match(line); r.hasMatch()) {
            // The report's own description of the rule, as SpamAssassin wrote it, travels as the
            // rule's options; the meaning comes from the data only.
            addRule(out, context, r.captured(2), number(r.captured(1)), r.captured(3).trimmed());
            continue;
        }
        if (const QRegularExpressionMatch d = detail.match(line); d.hasMatch() && !out.rules.isEmpty()) {
            QString &options = out.rules.last().options;
            options += (options.isEmpty() ? QString() : QStringLiteral(" ")) + d.captured(1).trimmed();
        }
    }
}

void readCheckerVersion(ReceiverVerdict &out, const ReceiverContext &context)
{
    static const QRegularExpression form(QStringLiteral("^SpamAssassin\\s+(\\S+)(?:\\s+\\(([^)]*)\\))?(?:\\s+on\\s+(\\S+))?"));
    const QRegularExpressionMatch m = form.match(out.raw);
    if (!m.hasMatch()) {
        out.undocumented.append(out.raw);
        return;
    }
    addToken(out, context, QStringLiteral("version"), m.captured(1));
    if (m.hasCaptured(2) && !m.captured(2).isEmpty())
        addToken(out, context, QStringLiteral("subversion"), m.captured(2));
    if (m.hasCaptured(3) && !m.captured(3).isEmpty())
        addToken(out, context, QStringLiteral("host"), m.captured(3));
}

// The helpdesk hints of the receiver's own SpamAssassin (trusted fields only): the score over
// the threshold and the rule that weighed most, and DNS list lookups the receiver was refused.
void addHints(QList<ReceiverVerdict> &out)
{
    ReceiverVerdict *status = nullptr;
    ReceiverVerdict *report = nullptr;
    for (ReceiverVerdict &v : out) {
        if (!v.trusted)
            continue;
        if (!status && v.field.compare(u"X-Spam-Status", Qt::CaseInsensitive) == 0)
            status = &v;
        if (!report && v.field.compare(u"X-Spam-Report", Qt::CaseInsensitive) == 0)
            report = &v;
    }
    ReceiverVerdict *target = status ? status : report;
    if (!target)
        return;
    const bool spam = (status && status->verdict == ReceiverVerdict::Verdict::Tagged)
        || (target->score && target->threshold && *target->score >= *target->threshold);
    if (spam) {
        const std::optional<double> score = target->score ? target->score : (report ? report->score : std::nullopt);
        const std::optional<double> threshold
            = target->threshold ? target->threshold : (report ? report->threshold : std::nullopt);
        if (score && threshold) {
            target->findings.append(makeFinding(QStringLiteral("receiver.spamassassin.over_threshold"),
                Severity::Warning, {{QStringLiteral("score"), scoreText(*score)},
                                    {QStringLiteral("threshold"), scoreText(*threshold)}},
                target->line, target->field));
        }
        // _TESTS_ (the default) gives no points; the report, when there is one, does.
        const ReceiverRule *heaviest = heaviestRule(target->rules);
        if (!heaviest && report)
            heaviest = heaviestRule(report->rules);
        if (heaviest) {
            const bool bayes = heaviest->family == u"bayes";
            target->findings.append(makeFinding(bayes ? QStringLiteral("receiver.spamassassin.bayes_heaviest")
                                                      : QStringLiteral("receiver.spamassassin.heaviest_rule"),
                bayes ? Severity::Notice : Severity::Info,
                {{QStringLiteral("rule"), heaviest->name}, {QStringLiteral("points"), scoreText(*heaviest->weight)}},
                target->line, target->field));
        }
    }
    addLookupBlockedHints(*target);
}

} // namespace

QList<ReceiverVerdict> SpamAssassinFields::read(const ReceiverContext &context)
{
    QList<ReceiverVerdict> out;
    for (const HeaderField &field : context.message.headers()) {
        if (!field.nameStartsWith("x-spam-"))
            continue; // most fields, passed over without a lower-cased copy of their name
        const QByteArray name = field.name().toLower();
        if (name != "x-spam-status" && name != "x-spam-flag" && name != "x-spam-level" && name != "x-spam-report"
            && name != "x-spam-checker-version")
            continue;
        ReceiverVerdict verdict = context.catalog.start(vendor, field);
        verdict.trusted = context.trusted(field.line);
        if (name == "x-spam-status")
            readStatus(verdict, context);
        else if (name == "x-spam-flag")
            readFlag(verdict, context);
        else if (name == "x-spam-level")
            readLevel(verdict, context);
        else if (name == "x-spam-report")
            readReport(verdict, context, field);
        else
            readCheckerVersion(verdict, context);
        out.append(verdict);
    }
    addHints(out);
    return out;
}

} // namespace kensa
