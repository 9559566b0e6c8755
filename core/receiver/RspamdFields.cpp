#include "core/receiver/RspamdFields.h"

#include "core/message/Message.h"
#include "core/receiver/SpamFilterHints.h"

#include <QRegularExpression>

namespace kensa {

namespace {

const QString vendor = QStringLiteral("rspamd");

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void addToken(ReceiverVerdict &out, const ReceiverContext &context, const QString &token, const QString &value)
{
    DecodedToken decoded = context.catalog.decode(vendor, out.field, token, value);
    if (!decoded.documented)
        out.undocumented.append(token + u'=' + value);
    out.decoded.append(decoded);
}

// The verdict of an action (https://rspamd.com/doc/configuration/metrics.html). "greylist" and
// "soft reject" defer the mail with a temporary error: a delay, not a decision about spam, so
// they name no verdict (the hints explain them).
ReceiverVerdict::Verdict actionVerdict(const QString &action)
{
    if (action == u"no action")
        return ReceiverVerdict::Verdict::Inbox;
    if (action == u"add header" || action == u"rewrite subject")
        return ReceiverVerdict::Verdict::Tagged;
    if (action == u"reject" || action == u"discard")
        return ReceiverVerdict::Verdict::Reject;
    if (action == u"quarantine")
        return ReceiverVerdict::Verdict::Quarantine;
    return ReceiverVerdict::Verdict::Unknown;
}

// "default: False [-2.16 / 15.00]; ARC_ALLOW(-1.00)[subspace.kernel.org:s=arc:i=1]; ..."
void readResult(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString value = out.raw;
    static const QRegularExpression head(QStringLiteral(
        "^\\s*([A-Za-z0-9_-]+)\\s*:\\s*(True|False)\\s*\\[\\s*(-?[0-9.]+)\\s*/\\s*(-?[0-9.]+)\\s*\\]\\s*;?"));
    const QRegularExpressionMatch m = head.match(value);
    qsizetype pos = 0;
    if (m.hasMatch()) {
        addToken(out, context, QStringLiteral("spam"), m.captured(2));
        addToken(out, context, QStringLiteral("score"), m.captured(3));
        addToken(out, context, QStringLiteral("threshold"), m.captured(4));
        out.score = number(m.captured(3));
        out.threshold = number(m.captured(4));
        out.verdict = m.captured(2) == u"True" ? ReceiverVerdict::Verdict::Tagged : ReceiverVerdict::Verdict::Inbox;
        pos = m.capturedEnd();
    }
    const qsizetype n = value.size();
    while (pos < n) {
        while (pos < n && (value.at(pos).isSpace() || value.at(pos) == u';'))
            ++pos;
        if (pos >= n)
            break;
        const qsizetype start = pos;
        while (pos < n && (value.at(pos).isLetterOrNumber() || value.at(pos) == u'_'))
            ++pos;
        const QString name = value.mid(start, pos - start);
        std::optional<double> weight;
        QString options;
        if (pos < n && value.at(pos) == u'(') {
            const qsizetype close = value.indexOf(u')', pos);
            if (close < 0)
                break;
            weight = number(value.mid(pos + 1, close - pos - 1));
            pos = close + 1;
        }
        if (pos < n && value.at(pos) == u'[') {
            int depth = 0;
            const qsizetype open = pos;
            for (; pos < n; ++pos) {
                if (value.at(pos) == u'[')
                    ++depth;
                else if (value.at(pos) == u']' && --depth == 0)
                    break;
            }
            options = value.mid(open + 1, pos - open - 1);
            if (pos < n)
                ++pos;
        }
        if (name.isEmpty()) {
            // Not a symbol: keep the text up to the next separator, undocumented.
            const qsizetype next = value.indexOf(u';', pos);
            const QString stray = value.mid(start, (next < 0 ? n : next) - start).trimmed();
            if (!stray.isEmpty())
                out.undocumented.append(stray);
            pos = next < 0 ? n : next + 1;
            continue;
        }
        ReceiverRule rule = context.catalog.describe(vendor, name, weight, options);
        if (!rule.documented)
            out.undocumented.append(name);
        out.rules.append(rule);
    }
}

void readAction(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString action = out.raw.simplified();
    addToken(out, context, QStringLiteral("action"), action);
    out.verdict = actionVerdict(action);
    if (!out.trusted)
        return;
    if (action == u"reject")
        out.findings.append(makeFinding(QStringLiteral("receiver.rspamd.reject"), Severity::Warning, {}, out.line, out.field));
    else if (action == u"soft reject")
        out.findings.append(makeFinding(QStringLiteral("receiver.rspamd.soft_reject"), Severity::Notice, {}, out.line, out.field));
    else if (action == u"greylist")
        out.findings.append(makeFinding(QStringLiteral("receiver.rspamd.greylist"), Severity::Info, {}, out.line, out.field));
}

void readBar(ReceiverVerdict &out, const ReceiverContext &context)
{
    const QString bar = out.raw;
    bool known = !bar.isEmpty();
    for (QChar c : bar) {
        if (c != u'+' && c != u'-' && c != u'/')
            known = false;
    }
    if (!known) {
        out.undocumented.append(QStringLiteral("bar=") + bar);
        return;
    }
    addToken(out, context, QStringLiteral("bar"), bar);
}

} // namespace

QList<ReceiverVerdict> RspamdFields::read(const ReceiverContext &context)
{
    QList<ReceiverVerdict> out;
    for (const HeaderField &field : context.message.headers()) {
        if (!field.nameStartsWith("x-spamd-") && !field.nameStartsWith("x-rspamd-"))
            continue; // most fields, passed over without a lower-cased copy of their name
        const QByteArray name = field.name().toLower();
        if (name != "x-spamd-result" && name != "x-spamd-bar" && !name.startsWith("x-rspamd-"))
            continue;
        ReceiverVerdict verdict = context.catalog.start(vendor, field);
        verdict.trusted = context.trusted(field.line);
        if (name == "x-spamd-result")
            readResult(verdict, context);
        else if (name == "x-rspamd-action")
            readAction(verdict, context);
        else if (name == "x-spamd-bar")
            readBar(verdict, context);
        else if (name == "x-rspamd-server")
            addToken(verdict, context, QStringLiteral("server"), verdict.raw);
        else if (name == "x-rspamd-queue-id")
            addToken(verdict, context, QStringLiteral("queue_id"), verdict.raw);
        else
            verdict.undocumented.append(verdict.field); // another X-Rspamd-* field: raw
        out.append(verdict);
    }
    // The result field speaks for the action of the same receiver when it gives one: the action
    // is the decision, True/False only whether the score reached a spam action.
    for (ReceiverVerdict &result : out) {
        if (result.field.compare(u"X-Spamd-Result", Qt::CaseInsensitive) != 0)
            continue;
        for (const ReceiverVerdict &action : std::as_const(out)) {
            if (action.field.compare(u"X-Rspamd-Action", Qt::CaseInsensitive) == 0 && action.trusted == result.trusted
                && !action.decoded.isEmpty() && action.decoded.first().documented) {
                result.verdict = action.verdict;
                break;
            }
        }
    }
    for (ReceiverVerdict &result : out) {
        if (result.trusted && result.field.compare(u"X-Spamd-Result", Qt::CaseInsensitive) == 0) {
            addLookupBlockedHints(result);
            break;
        }
    }
    return out;
}

} // namespace kensa
