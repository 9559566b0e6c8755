#include "core/format/FormatChecker.h"

#include "core/text/HtmlEntities.h"

#include "core/message/AddressParser.h"
#include "core/message/DateTime.h"
#include "core/text/Idn.h"
#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/net/OrganizationalDomain.h"
#include "core/hops/ReceivedParser.h"
#include "core/net/IpAddress.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <memory>
#include <unicode/uspoof.h>

namespace kensa {

namespace {

// bodyLinks() returns at most this many links (a newsletter has a few dozen).
constexpr int MaxBodyLinks = 1000;
// Domains handed to ICU's spoof checker per message.
constexpr int MaxIdnDomains = 2000;
// Finding arguments quote at most this much of a value.
constexpr qsizetype MaxQuotedLength = 200;
// Date skew beyond which Kensa warns (Yahoo refuses dates "outside of range" without a figure).
constexpr qint64 MaxDateSkewSeconds = 24 * 3600;

// Gmail's header limits (provider-requirements.md, HDR-SIZE-LIMITS, source G4). "KB" is not
// defined: above the 1024-based figure is a Fail, between the two figures a Warning.
constexpr qsizetype TotalHeaderLow = 500 * 1000;
constexpr qsizetype TotalHeaderHigh = 500 * 1024;
constexpr int MaxFieldCount = 5000;
constexpr qsizetype FieldValueLow = 32 * 1000;
constexpr qsizetype FieldValueHigh = 32 * 1024;
constexpr qsizetype FieldNameLow = 1000;
constexpr qsizetype FieldNameHigh = 1024;
constexpr qsizetype MaxMessageIdLength = 500;
constexpr qsizetype MaxSubjectLength = 998;

const QString CheckRfc5322 = QStringLiteral("format.rfc5322");
const QString CheckSingleFromGmail = QStringLiteral("format.single_from.gmail");
const QString CheckSingleFromRfc = QStringLiteral("format.single_from.rfc");
const QString CheckSingleInstance = QStringLiteral("format.single_instance");
const QString CheckMessageId = QStringLiteral("format.message_id");
const QString CheckSizeLimits = QStringLiteral("format.size_limits");
const QString CheckEncoding = QStringLiteral("format.encoding");
const QString CheckIdn = QStringLiteral("format.idn");
const QString CheckHonestIdentity = QStringLiteral("format.honest_identity");

using Args = QList<QPair<QString, QString>>;

QString shortened(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return text;
    return text.first(MaxQuotedLength) + QChar(0x2026);
}

QString shortenedBytes(QByteArrayView bytes)
{
    return shortened(QString::fromUtf8(bytes.first(qMin(bytes.size(), MaxQuotedLength * 4))));
}

QString number(qint64 n)
{
    return QString::number(n);
}

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Evidence of one check: findings with a severity, capped per key, and the worst status.
class Evidence
{
public:
    void fail(Finding finding) { add(std::move(finding), Severity::Error, CheckStatus::Fail); }
    void warn(Finding finding) { add(std::move(finding), Severity::Warning, CheckStatus::Warning); }
    void note(Finding finding) { add(std::move(finding), Severity::Info, CheckStatus::Pass); }
    // A finding of another parser, kept with its own severity.
    void keep(const Finding &finding, CheckStatus status)
    {
        add(finding, finding.severity, status);
    }

    CheckStatus status() const { return m_status; }
    int problems() const { return m_problems; }
    // The first finding that made the status what it is.
    const Finding *first() const { return m_first.key.isEmpty() ? nullptr : &m_first; }

    QList<Finding> take()
    {
        m_cap.flush(m_findings);
        return std::move(m_findings);
    }

private:
    void add(Finding finding, Severity severity, CheckStatus status)
    {
        if (status != CheckStatus::Pass) {
            ++m_problems;
            if (checkStatusRank(status) > checkStatusRank(m_status)) {
                m_status = status;
                m_first = finding;
            }
        }
        finding.severity = severity;
        m_cap.add(m_findings, std::move(finding));
    }

    QList<Finding> m_findings;
    FindingCap m_cap;
    CheckStatus m_status = CheckStatus::Pass;
    Finding m_first;
    int m_problems = 0;
};

Finding fieldFinding(const QString &key, Args args, const HeaderField &field)
{
    return makeFinding(key, Severity::Info, std::move(args), field.line, field.nameText());
}

// The fields present at the receiver boundary and what the checks read from them.
struct Context
{
    const FormatChecker::Input &input;
    const Message &message;
    QList<const HeaderField *> fields; // below the receiver's own fields, top to bottom
    int firstLine = 0; // line of the first boundary field (0: no fields)
    bool headersOnly = true;

    Context(const FormatChecker::Input &in, const Message &m)
        : input(in)
        , message(m)
    {
        const QList<HeaderField> &all = m.headers();
        const qsizetype skip = std::clamp<qsizetype>(in.receiverFieldCount, 0, all.size());
        for (qsizetype i = skip; i < all.size(); ++i)
            fields.append(&all.at(i));
        firstLine = fields.isEmpty() ? 0 : fields.first()->line;
        headersOnly = m.headersOnly() || in.mime == nullptr;
    }

    QList<const HeaderField *> named(QByteArrayView name) const
    {
        QList<const HeaderField *> out;
        for (const HeaderField *f : fields) {
            if (f->hasName(name))
                out.append(f);
        }
        return out;
    }

    // A parser's finding belongs to the sender's part when it is not in the receiver's fields.
    bool atBoundary(const Finding &finding) const
    {
        return finding.line == 0 || firstLine == 0 || finding.line >= firstLine;
    }
};

// Address-parser findings carry no position; the field they came from supplies it.
QList<Finding> located(const QList<Finding> &findings, const HeaderField &field)
{
    QList<Finding> out;
    for (Finding f : findings) {
        f.line = field.line;
        f.header = field.nameText();
        out.append(std::move(f));
    }
    return out;
}

// Removes RFC 5322 §3.2.2 comments outside quoted strings (nesting and quoted-pairs honoured).
QByteArray withoutComments(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            if (depth == 0)
                out.append(value.sliced(i, 2));
            ++i;
            continue;
        }
        if (quoted) {
            out.append(c);
            if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            if (depth == 0)
                out.append(' ');
            continue;
        }
        if (depth > 0)
            continue;
        if (c == '"')
            quoted = true;
        out.append(c);
    }
    return out;
}

QByteArray collapsed(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (const char c : value) {
        if (isWsp(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(' ');
        space = false;
        out.append(c);
    }
    return out;
}

const QRegularExpression &encodedWordPattern()
{
    static const QRegularExpression re(QStringLiteral("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?="));
    return re;
}

bool hasEncodedWord(const QString &text)
{
    return text.contains(QLatin1String("=?")) && text.contains(encodedWordPattern());
}

// ---------------------------------------------------------------------------------------------
// HELO (RFC 5321 §4.1.1.1: a domain name, or an address literal when there is none)

bool isLdhLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A fully qualified host name: two or more LDH labels, a TLD that is not all digits.
bool isFqdn(const QString &name)
{
    QString host = name;
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (Idn::isInternationalised(host)) {
        host = Idn::toAscii(host);
        if (host.isEmpty())
            return false;
    }
    const QStringList labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (!isLdhLabel(label))
            return false;
    }
    bool allDigits = true;
    for (const QChar c : labels.last())
        allDigits = allDigits && c.isDigit();
    return !allDigits;
}

// RFC 5321 §4.1.3 address-literal: "[192.0.2.1]" or "[IPv6:2001:db8::1]".
bool isAddressLiteral(const QString &text)
{
    if (!text.startsWith(u'[') || !text.endsWith(u']') || text.size() < 3)
        return false;
    const QStringView inner = QStringView(text).sliced(1, text.size() - 2);
    if (inner.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        const QString ip = IpAddress::normalize(inner.sliced(5));
        return !ip.isEmpty() && ip.contains(u':') && !ip.contains(u'%');
    }
    const QString ip = IpAddress::normalize(inner);
    return !ip.isEmpty() && !ip.contains(u':') && inner.count(u'.') == 3;
}

// ---------------------------------------------------------------------------------------------
// Date (RFC 5322 §3.3; obsolete forms §4.3)

bool isStrictDate(QByteArrayView value)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?)?\\d{1,2} "
                       "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4,} "
                       "\\d{2}:\\d{2}(?::\\d{2})? [+-]\\d{4}$"),
        QRegularExpression::CaseInsensitiveOption);
    const QByteArray text = collapsed(withoutComments(value));
    return re.match(QString::fromLatin1(text)).hasMatch();
}

void checkDate(const Context &ctx, Evidence &ev)
{
    const QList<const HeaderField *> dates = ctx.named("Date");
    if (dates.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.date.missing"), Severity::Info));
        return;
    }
    const HeaderField &field = *dates.first();
    const QByteArray value = field.unfoldedValue().trimmed();
    const QString shown = shortenedBytes(value);
    const Args dateArg{{QStringLiteral("date"), shown}};
    const Result<ParsedDate> date = DateTime::parse(value);
    if (!date || !date->dateTime.isValid()) {
        ev.fail(fieldFinding(QStringLiteral("format.date.invalid"), dateArg, field));
        return;
    }
    if (date->lenient) {
        ev.fail(fieldFinding(QStringLiteral("format.date.not_rfc5322"), dateArg, field));
    } else if (!isStrictDate(value)) {
        ev.note(fieldFinding(QStringLiteral("format.date.obsolete"), dateArg, field));
    }
    if (ctx.input.boundaryTime.isValid()) {
        const qint64 skew = date->dateTime.secsTo(ctx.input.boundaryTime);
        if (qAbs(skew) > MaxDateSkewSeconds) {
            ev.warn(fieldFinding(QStringLiteral("format.date.skew"),
                {{QStringLiteral("date"), shown},
                    {QStringLiteral("received"), ctx.input.boundaryTime.toString(Qt::ISODate)},
                    {QStringLiteral("hours"), number(qAbs(skew) / 3600)}},
                field));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// format.rfc5322

bool isMessageParseProblem(const QString &key)
{
    return key == QLatin1String("message.no_headers")
        || key == QLatin1String("message.header.missing_blank_line")
        || key == QLatin1String("message.header.leading_continuation")
        || key == QLatin1String("message.line.too_long")
        || key == QLatin1String("message.nul_byte");
}

void checkBareCr(const Context &ctx, Evidence &ev)
{
    // The normaliser turns every line ending into CRLF; a CR left alone is in the sent bytes.
    const QByteArray &bytes = ctx.message.bytes();
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (data[i] != '\r' || (i + 1 < size && data[i + 1] == '\n'))
            continue;
        if (i + 1 == size)
            break; // a final CR without LF is a cut, not a bare CR inside a line
        if (ctx.firstLine > 0 && line < ctx.firstLine)
            continue;
        ev.fail(makeFinding(QStringLiteral("format.rfc5322.bare_cr"),
            Severity::Info,
            {{QStringLiteral("line"), number(line)},
                {QStringLiteral("position"), number(i - lineStart + 1)}},
            line));
    }
}

void checkMime(const Context &ctx, Evidence &ev)
{
    QList<Finding> findings;
    MimePart::parse(ctx.message, &findings);
    for (const Finding &f : std::as_const(findings)) {
        if (f.key == QLatin1String("mime.boundary.missing")
            || f.key == QLatin1String("mime.multipart.unterminated")
            || f.key == QLatin1String("mime.multipart.no_parts")) {
            ev.keep(f, CheckStatus::Fail);
        } else if (f.key == QLatin1String("mime.base64.invalid")
            || f.key == QLatin1String("mime.encoding.unknown")) {
            ev.keep(f, CheckStatus::Warning);
        }
    }
}

CheckOutcome checkRfc5322(const Context &ctx)
{
    Evidence ev;
    for (const Finding &f : ctx.message.findings()) {
        if (isMessageParseProblem(f.key) && ctx.atBoundary(f))
            ev.keep(f, CheckStatus::Fail);
    }
    for (const HeaderField *field : ctx.fields) {
        // RFC 5322 §4.5.1 obs-optional: white space before the colon.
        if (field->nameLength < field->raw.size() && field->raw.at(field->nameLength) != ':') {
            ev.note(fieldFinding(QStringLiteral("format.rfc5322.obsolete_field_name"),
                {{QStringLiteral("field"), shortened(field->nameText())}},
                *field));
        }
    }
    checkBareCr(ctx, ev);
    checkDate(ctx, ev);

    const QList<const HeaderField *> froms = ctx.named("From");
    if (froms.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.from.missing"), Severity::Info));
    } else {
        for (const HeaderField *from : froms) {
            const AddressList list = AddressParser::parseList(from->unfoldedValue());
            for (const Finding &f : located(list.findings, *from))
                ev.keep(f, CheckStatus::Fail);
            if (list.mailboxes.isEmpty()) {
                ev.fail(fieldFinding(QStringLiteral("format.single_from.empty"), {}, *from));
            }
        }
    }

    const QString helo = ctx.input.boundaryHelo.trimmed();
    if (!helo.isEmpty() && !isFqdn(helo) && !isAddressLiteral(helo)) {
        ev.fail(makeFinding(QStringLiteral("format.helo.invalid"),
            Severity::Info,
            {{QStringLiteral("helo"), shortened(helo)}}));
    }

    if (ctx.headersOnly) {
        ev.note(makeFinding(QStringLiteral("format.rfc5322.body_skipped"), Severity::Info));
    } else {
        for (const Finding &f : ctx.message.bodyFindings()) {
            if (isMessageParseProblem(f.key))
                ev.keep(f, CheckStatus::Fail);
        }
        checkMime(ctx, ev);
    }

    const CheckStatus status = ev.status();
    const int problems = ev.problems();
    QString reason;
    Args args;
    if (status == CheckStatus::Fail) {
        reason = QStringLiteral("format.rfc5322.fail");
        args = {{QStringLiteral("count"), number(problems)}};
    } else if (status == CheckStatus::Warning) {
        reason = QStringLiteral("format.rfc5322.warning");
        args = {{QStringLiteral("count"), number(problems)}};
    } else {
        reason = ctx.headersOnly ? QStringLiteral("format.rfc5322.ok_headers_only")
                                 : QStringLiteral("format.rfc5322.ok");
    }
    return makeOutcome(CheckRfc5322, status, reason, args, ev.take());
}

// ---------------------------------------------------------------------------------------------
// format.single_from.*

struct FromInfo
{
    QList<const HeaderField *> fields;
    AddressList list; // of the first From field
};

FromInfo readFrom(const Context &ctx)
{
    FromInfo info;
    info.fields = ctx.named("From");
    if (!info.fields.isEmpty())
        info.list = AddressParser::parseList(info.fields.first()->unfoldedValue());
    return info;
}

// A domain Gmail can deliver from: a host name (not an address literal) under a public suffix.
bool isValidFromDomain(const Mailbox &mailbox)
{
    if (mailbox.domainAscii.isEmpty() || !isFqdn(mailbox.domainAscii))
        return false;
    return !OrganizationalDomain::system().of(mailbox.domainAscii).isEmpty();
}

CheckOutcome outcomeFromEvidence(
    const QString &check, Evidence &ev, const QString &okReason, const Args &okArgs)
{
    const CheckStatus status = ev.status();
    if (status == CheckStatus::Pass)
        return makeOutcome(check, status, okReason, okArgs, ev.take());
    const Finding first = *ev.first();
    return makeOutcome(check, status, first.key, first.args, ev.take());
}

CheckOutcome checkSingleFromGmail(const FromInfo &from)
{
    Evidence ev;
    if (from.fields.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.from.missing"), Severity::Info));
        return outcomeFromEvidence(CheckSingleFromGmail, ev, {}, {});
    }
    const HeaderField &field = *from.fields.first();
    if (from.fields.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.repeated"),
            {{QStringLiteral("count"), number(from.fields.size())}},
            *from.fields.at(1)));
    }
    if (!from.list.groups.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.group"),
            {{QStringLiteral("group"), shortened(from.list.groups.first())}},
            field));
    }
    if (from.list.mailboxes.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.empty"), {}, field));
    } else if (from.list.mailboxes.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.several"),
            {{QStringLiteral("count"), number(from.list.mailboxes.size())}},
            field));
    }
    for (const Mailbox &mailbox : from.list.mailboxes) {
        if (!mailbox.domain.isEmpty() && !isValidFromDomain(mailbox)) {
            ev.fail(fieldFinding(QStringLiteral("format.single_from.bad_domain"),
                {{QStringLiteral("domain"), shortened(mailbox.domain)}},
                field));
        }
    }
    if (!from.list.findings.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.syntax"), {}, field));
        for (const Finding &f : located(from.list.findings, field))
            ev.keep(f, CheckStatus::Fail);
    }
    const QString address = from.list.mailboxes.isEmpty()
        ? QString()
        : shortened(from.list.mailboxes.first().address());
    return outcomeFromEvidence(CheckSingleFromGmail,
        ev,
        QStringLiteral("format.single_from.ok"),
        {{QStringLiteral("address"), address}});
}

CheckOutcome checkSingleFromRfc(const Context &ctx, const FromInfo &from)
{
    Evidence ev;
    if (from.fields.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.from.missing"), Severity::Info));
        return outcomeFromEvidence(CheckSingleFromRfc, ev, {}, {});
    }
    const HeaderField &field = *from.fields.first();
    if (from.fields.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.repeated"),
            {{QStringLiteral("count"), number(from.fields.size())}},
            *from.fields.at(1)));
    }
    const qsizetype mailboxes = from.list.mailboxes.size();
    const QList<const HeaderField *> senders = ctx.named("Sender");
    if (mailboxes == 0) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.empty"), {}, field));
    } else if (mailboxes > 1 && senders.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.several_no_sender"),
            {{QStringLiteral("count"), number(mailboxes)}},
            field));
    }
    // RFC 6854 allows a group in From, for limited use; RFC 5322 itself does not.
    if (!from.list.groups.isEmpty()) {
        ev.warn(fieldFinding(QStringLiteral("format.single_from.group_rfc6854"),
            {{QStringLiteral("group"), shortened(from.list.groups.first())}},
            field));
    }
    if (mailboxes > 1 && !senders.isEmpty()) {
        const AddressList sender = AddressParser::parseList(senders.first()->unfoldedValue());
        const QString senderAddress = sender.mailboxes.isEmpty()
            ? QString()
            : shortened(sender.mailboxes.first().address());
        return outcomeFromEvidence(CheckSingleFromRfc,
            ev,
            QStringLiteral("format.single_from.ok_sender"),
            {{QStringLiteral("count"), number(mailboxes)},
                {QStringLiteral("sender"), senderAddress}});
    }
    const QString address
        = mailboxes == 0 ? QString() : shortened(from.list.mailboxes.first().address());
    return outcomeFromEvidence(CheckSingleFromRfc,
        ev,
        QStringLiteral("format.single_from.ok"),
        {{QStringLiteral("address"), address}});
}

// ---------------------------------------------------------------------------------------------
// format.single_instance (RFC 5322 §3.6: fields with max 1)

CheckOutcome checkSingleInstance(const Context &ctx)
{
    static const char *const once[] = {"Date",
        "From",
        "Sender",
        "Reply-To",
        "To",
        "Cc",
        "Bcc",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Subject"};
    Evidence ev;
    QStringList repeated;
    for (const char *name : once) {
        const QList<const HeaderField *> found = ctx.named(QByteArrayView(name));
        if (found.size() < 2)
            continue;
        repeated.append(QString::fromLatin1(name));
        for (qsizetype i = 1; i < found.size(); ++i) {
            ev.fail(fieldFinding(QStringLiteral("format.single_instance.duplicate"),
                {{QStringLiteral("field"), found.at(i)->nameText()},
                    {QStringLiteral("count"), number(found.size())},
                    {QStringLiteral("first"), number(found.first()->line)}},
                *found.at(i)));
        }
    }
    if (repeated.isEmpty())
        return makeOutcome(CheckSingleInstance,
            CheckStatus::Pass,
            QStringLiteral("format.single_instance.ok"),
            {},
            ev.take());
    return makeOutcome(CheckSingleInstance,
        CheckStatus::Fail,
        QStringLiteral("format.single_instance.fail"),
        {{QStringLiteral("fields"), repeated.join(QLatin1String(", "))}},
        ev.take());
}

// ---------------------------------------------------------------------------------------------
// format.message_id (RFC 5322 §3.6.4)

enum class MsgIdSyntax { Strict, Obsolete, Invalid };

MsgIdSyntax messageIdSyntax(QByteArrayView value)
{
    // msg-id = [CFWS] "<" id-left "@" id-right ">" [CFWS]; id-left dot-atom-text,
    // id-right dot-atom-text or no-fold-literal.
    static const QRegularExpression strict(
        QStringLiteral("^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                       "(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "|\\[[\\x21-\\x5a\\x5e-\\x7e]*\\])>$"));
    // §4.5.4 obs-id-left / obs-id-right: local-part and domain with CFWS and quoted strings.
    static const QRegularExpression obsolete(QStringLiteral("^<[^<>@]+@[^<>@]+>$"));
    const QByteArray stripped = withoutComments(value).trimmed();
    const QString text = QString::fromUtf8(stripped);
    if (strict.match(text).hasMatch())
        return MsgIdSyntax::Strict;
    if (obsolete.match(text).hasMatch())
        return MsgIdSyntax::Obsolete;
    return MsgIdSyntax::Invalid;
}

// The id-right of a Message-ID, lower case.
QString idRight(QByteArrayView value)
{
    const QByteArray stripped = withoutComments(value).trimmed();
    const qsizetype at = stripped.lastIndexOf('@');
    if (at < 0)
        return {};
    QByteArray right = stripped.mid(at + 1);
    if (right.endsWith('>'))
        right.chop(1);
    return QString::fromUtf8(right.trimmed()).toLower();
}

CheckOutcome checkMessageId(const Context &ctx)
{
    Evidence ev;
    const QList<const HeaderField *> ids = ctx.named("Message-ID");
    if (ids.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.message_id.missing"), Severity::Info));
        return outcomeFromEvidence(CheckMessageId, ev, {}, {});
    }
    const HeaderField &field = *ids.first();
    if (ids.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.message_id.repeated"),
            {{QStringLiteral("count"), number(ids.size())}},
            *ids.at(1)));
    }
    const QByteArray value = field.unfoldedValue().trimmed();
    const QString shown = shortenedBytes(value);
    if (value.size() > MaxMessageIdLength) {
        ev.fail(fieldFinding(QStringLiteral("format.message_id.too_long"),
            {{QStringLiteral("length"), number(value.size())},
                {QStringLiteral("limit"), number(MaxMessageIdLength)}},
            field));
    }
    switch (messageIdSyntax(value)) {
    case MsgIdSyntax::Strict:
        break;
    case MsgIdSyntax::Obsolete:
        ev.warn(fieldFinding(
            QStringLiteral("format.message_id.obsolete"), {{QStringLiteral("id"), shown}}, field));
        break;
    case MsgIdSyntax::Invalid:
        ev.fail(fieldFinding(
            QStringLiteral("format.message_id.syntax"), {{QStringLiteral("id"), shown}}, field));
        break;
    }
    // HDR-MESSAGE-ID: an ID whose right side names a receiving host may be a relay's.
    const QString right = idRight(value);
    const QList<HeaderField> &all = ctx.message.headers();
    const qsizetype receiverFields
        = std::clamp<qsizetype>(ctx.input.receiverFieldCount, 0, all.size());
    for (qsizetype i = 0; !right.isEmpty() && i < receiverFields; ++i) {
        if (!all.at(i).hasName("Received"))
            continue;
        const ReceivedHop hop = ReceivedParser::parse(all.at(i));
        if (!hop.by.isEmpty() && hop.by.compare(right, Qt::CaseInsensitive) == 0) {
            ev.note(fieldFinding(QStringLiteral("format.message_id.receiver_host"),
                {{QStringLiteral("host"), shortened(hop.by)}},
                field));
            break;
        }
    }
    return outcomeFromEvidence(CheckMessageId,
        ev,
        QStringLiteral("format.message_id.ok"),
        {{QStringLiteral("id"), shown}});
}

// ---------------------------------------------------------------------------------------------
// format.size_limits (Gmail, G4)

CheckOutcome checkSizeLimits(const Context &ctx)
{
    Evidence ev;
    qsizetype total = 0;
    for (const HeaderField *field : ctx.fields) {
        total += field->raw.size();
        const qsizetype name = field->nameLength;
        if (name > FieldNameHigh) {
            ev.fail(fieldFinding(QStringLiteral("format.size.field_name.fail"),
                {{QStringLiteral("bytes"), number(name)},
                    {QStringLiteral("limit"), number(FieldNameHigh)}},
                *field));
        } else if (name > FieldNameLow) {
            ev.warn(fieldFinding(QStringLiteral("format.size.field_name.warning"),
                {{QStringLiteral("bytes"), number(name)},
                    {QStringLiteral("low"), number(FieldNameLow)},
                    {QStringLiteral("high"), number(FieldNameHigh)}},
                *field));
        }
        const qsizetype value = field->rawValue().size();
        const bool exempt
            = field->hasName("To") || field->hasName("Cc") || field->hasName("References");
        const QString fieldName = shortened(field->nameText());
        if (!exempt && value > FieldValueHigh) {
            ev.fail(fieldFinding(QStringLiteral("format.size.field_value.fail"),
                {{QStringLiteral("field"), fieldName},
                    {QStringLiteral("bytes"), number(value)},
                    {QStringLiteral("limit"), number(FieldValueHigh)}},
                *field));
        } else if (!exempt && value > FieldValueLow) {
            ev.warn(fieldFinding(QStringLiteral("format.size.field_value.warning"),
                {{QStringLiteral("field"), fieldName},
                    {QStringLiteral("bytes"), number(value)},
                    {QStringLiteral("low"), number(FieldValueLow)},
                    {QStringLiteral("high"), number(FieldValueHigh)}},
                *field));
        }
        if (field->hasName("Message-ID") || field->hasName("Subject")) {
            const bool isId = field->hasName("Message-ID");
            const qsizetype limit = isId ? MaxMessageIdLength : MaxSubjectLength;
            // Cheap bound first: folding only shrinks when unfolded.
            const qsizetype length
                = value <= limit ? value : field->unfoldedValue().trimmed().size();
            if (length > limit) {
                ev.fail(fieldFinding(isId ? QStringLiteral("format.size.message_id.fail")
                                          : QStringLiteral("format.size.subject.fail"),
                    {{QStringLiteral("length"), number(length)},
                        {QStringLiteral("limit"), number(limit)}},
                    *field));
            }
        }
    }
    const qsizetype count = ctx.fields.size() + ctx.message.droppedHeaderFields();
    if (count > MaxFieldCount) {
        ev.fail(makeFinding(QStringLiteral("format.size.field_count.fail"),
            Severity::Info,
            {{QStringLiteral("count"), number(count)},
                {QStringLiteral("limit"), number(MaxFieldCount)}}));
    }
    if (total > TotalHeaderHigh) {
        ev.fail(makeFinding(QStringLiteral("format.size.total.fail"),
            Severity::Info,
            {{QStringLiteral("bytes"), number(total)},
                {QStringLiteral("limit"), number(TotalHeaderHigh)}}));
    } else if (total > TotalHeaderLow) {
        ev.warn(makeFinding(QStringLiteral("format.size.total.warning"),
            Severity::Info,
            {{QStringLiteral("bytes"), number(total)},
                {QStringLiteral("low"), number(TotalHeaderLow)},
                {QStringLiteral("high"), number(TotalHeaderHigh)}}));
    }
    const CheckStatus status = ev.status();
    const Args counts{{QStringLiteral("count"), number(ev.problems())}};
    if (status == CheckStatus::Fail)
        return makeOutcome(
            CheckSizeLimits, status, QStringLiteral("format.size_limits.fail"), counts, ev.take());
    if (status == CheckStatus::Warning)
        return makeOutcome(CheckSizeLimits,
            status,
            QStringLiteral("format.size_limits.warning"),
            counts,
            ev.take());
    return makeOutcome(CheckSizeLimits,
        status,
        QStringLiteral("format.size_limits.ok"),
        {{QStringLiteral("bytes"), number(total)}, {QStringLiteral("fields"), number(count)}},
        ev.take());
}

// ---------------------------------------------------------------------------------------------
// format.encoding (RFC 2047, RFC 6532)

// RFC 6531 §4.3: the "with" protocol of a hop that carried SMTPUTF8.
bool hasSmtpUtf8Sign(const Message &message)
{
    static const QRegularExpression with(
        QStringLiteral("\\bwith\\s+UTF8(?:SMTP|LMTP)(?:S|A|SA)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const HeaderField &field : message.headers()) {
        if (!field.hasName("Received"))
            continue;
        const ReceivedHop hop = ReceivedParser::parse(field);
        const QString protocol = hop.with.toUpper();
        if (protocol.startsWith(QLatin1String("UTF8SMTP"))
            || protocol.startsWith(QLatin1String("UTF8LMTP")))
            return true;
        const QByteArray value = field.unfoldedValue();
        if (value.size() <= ReceivedParser::MaxFieldBytes
            && with.match(QString::fromLatin1(value)).hasMatch())
            return true;
    }
    return false;
}

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

bool isAddressField(const HeaderField &field)
{
    return field.hasName("From") || field.hasName("Sender") || field.hasName("Reply-To")
        || field.hasName("To") || field.hasName("Cc") || field.hasName("Bcc");
}

// Structured fields where RFC 2047 §5 allows no encoded-word outside comments.
bool isStructuredField(const HeaderField &field)
{
    static const char *const names[] = {"Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Resent-Date",
        "Resent-Message-ID",
        "Return-Path",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "Content-ID",
        "List-Unsubscribe",
        "List-Unsubscribe-Post"};
    for (const char *name : names) {
        if (field.hasName(QByteArrayView(name)))
            return true;
    }
    return false;
}

bool isEncodedWordProblem(const QString &key)
{
    return key == QLatin1String("header.encoded_word.unknown_charset")
        || key == QLatin1String("header.encoded_word.malformed")
        || key == QLatin1String("header.encoded_word.bad_payload")
        || key == QLatin1String("header.encoded_word.invalid_bytes");
}

CheckOutcome checkEncoding(const Context &ctx)
{
    Evidence ev;
    int smtpUtf8 = -1; // read the Received fields only when a field has 8-bit octets
    QSet<int> reportedLines; // fields whose encoded-words the header decoder already reported
    for (const Finding &f : ctx.message.findings()) {
        if (isEncodedWordProblem(f.key) && ctx.atBoundary(f)) {
            ev.keep(f, CheckStatus::Fail);
            reportedLines.insert(f.line);
        }
    }
    for (const HeaderField *field : ctx.fields) {
        const QByteArray raw = field->rawValue();
        const Args fieldArg{{QStringLiteral("field"), shortened(field->nameText())}};
        if (hasEightBit(raw)) {
            if (smtpUtf8 < 0)
                smtpUtf8 = hasSmtpUtf8Sign(ctx.message) ? 1 : 0;
            if (smtpUtf8 == 0)
                ev.fail(fieldFinding(QStringLiteral("format.encoding.raw_8bit"), fieldArg, *field));
            else if (!isValidUtf8(raw))
                ev.fail(
                    fieldFinding(QStringLiteral("format.encoding.invalid_utf8"), fieldArg, *field));
        } else if (raw.contains('\x1b')) {
            ev.warn(
                fieldFinding(QStringLiteral("format.encoding.raw_iso2022jp"), fieldArg, *field));
        }
        if (field->undecodableCharset && !reportedLines.contains(field->line))
            ev.fail(fieldFinding(QStringLiteral("format.encoding.undecodable"), fieldArg, *field));
        if (!raw.contains("=?"))
            continue;
        if (isAddressField(*field)) {
            const AddressList list = AddressParser::parseList(field->unfoldedValue());
            for (const Mailbox &mailbox : list.mailboxes) {
                if (hasEncodedWord(mailbox.localPart) || hasEncodedWord(mailbox.domain)) {
                    ev.fail(fieldFinding(QStringLiteral("format.encoding.addr_spec"),
                        {{QStringLiteral("field"), shortened(field->nameText())},
                            {QStringLiteral("address"), shortened(mailbox.address())}},
                        *field));
                }
            }
        } else if (isStructuredField(*field)) {
            const QByteArray value = field->unfoldedValue().left(Limits::MaxDecodedValueBytes);
            if (hasEncodedWord(QString::fromLatin1(withoutComments(value))))
                ev.warn(
                    fieldFinding(QStringLiteral("format.encoding.structured"), fieldArg, *field));
        }
    }
    const CheckStatus status = ev.status();
    const Args counts{{QStringLiteral("count"), number(ev.problems())}};
    if (status == CheckStatus::Fail)
        return makeOutcome(
            CheckEncoding, status, QStringLiteral("format.encoding.fail"), counts, ev.take());
    if (status == CheckStatus::Warning)
        return makeOutcome(
            CheckEncoding, status, QStringLiteral("format.encoding.warning"), counts, ev.take());
    return makeOutcome(CheckEncoding, status, QStringLiteral("format.encoding.ok"), {}, ev.take());
}

// ---------------------------------------------------------------------------------------------
// Body links

// A bare URL in text ends before white space and markup; trailing punctuation belongs to the
// sentence around it.
QString trimUrl(QString url)
{
    static const QString trailing = QStringLiteral(".,;:!?'\"]>}。、」』）】");
    for (int guard = 0; guard < 64 && !url.isEmpty(); ++guard) {
        const QChar last = url.back();
        if (last == u')' && url.count(u'(') >= url.count(u')'))
            break;
        if (last != u')' && !trailing.contains(last))
            break;
        url.chop(1);
    }
    return url;
}

struct Link
{
    QString target;
    int line = 0;
};

QList<Link> collectLinks(const MimePart &mime)
{
    static const QRegularExpression anchor(
        QStringLiteral("<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        QStringLiteral("\\bhttps?://[^\\s<>\"'\\x{3000}「」『』]+"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> out;
    QSet<QString> seen;
    const auto add = [&](const QString &target, int line) {
        if (target.isEmpty() || out.size() >= MaxBodyLinks || seen.contains(target))
            return;
        seen.insert(target);
        out.append({target, line});
    };
    for (const MimePart *part : mime.leaves()) {
        if (out.size() >= MaxBodyLinks)
            break;
        if (!part->isText() || part->isAttachment())
            continue;
        const QString text = part->text();
        if (part->subtype() == "html") {
            QRegularExpressionMatchIterator it = anchor.globalMatch(text);
            while (it.hasNext() && out.size() < MaxBodyLinks) {
                const QRegularExpressionMatch m = it.next();
                QString href = m.captured(1);
                if (m.capturedLength(2) > 0)
                    href = m.captured(2);
                else if (m.capturedLength(3) > 0)
                    href = m.captured(3);
                add(HtmlEntities::decode(href).trimmed(), part->line());
            }
        } else {
            QRegularExpressionMatchIterator it = bare.globalMatch(text);
            while (it.hasNext() && out.size() < MaxBodyLinks)
                add(trimUrl(it.next().captured(0)), part->line());
        }
    }
    return out;
}

// The host of an http(s) or scheme-relative link, "" for anything else or an address literal.
QString linkHost(const QString &link)
{
    qsizetype start = -1;
    if (link.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        start = 7;
    else if (link.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        start = 8;
    else if (link.startsWith(QLatin1String("//")))
        start = 2;
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < link.size() && link.at(end) != u'/' && link.at(end) != u'?' && link.at(end) != u'#'
        && link.at(end) != u'\\')
        ++end;
    QString host = link.mid(start, end - start);
    const qsizetype at = host.lastIndexOf(u'@');
    if (at >= 0)
        host = host.mid(at + 1);
    if (host.startsWith(u'['))
        return {};
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0)
        host.truncate(colon);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// ---------------------------------------------------------------------------------------------
// format.idn (UTS #39 §5.2 Highly Restrictive, through ICU)

struct SpoofCloser
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

using SpoofChecker = std::unique_ptr<USpoofChecker, SpoofCloser>;

SpoofChecker openSpoofChecker()
{
    UErrorCode status = U_ZERO_ERROR;
    SpoofChecker checker(uspoof_open(&status));
    if (U_FAILURE(status))
        return nullptr;
    uspoof_setRestrictionLevel(checker.get(), USPOOF_HIGHLY_RESTRICTIVE);
    uspoof_setChecks(
        checker.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
    if (U_FAILURE(status))
        return nullptr;
    return checker;
}

// True when every label of the U-label form passes the checks.
bool isHighlyRestrictive(USpoofChecker *checker, const QString &unicodeDomain)
{
    const QStringList labels = unicodeDomain.split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t result = uspoof_check2(checker,
            reinterpret_cast<const UChar *>(label.utf16()),
            static_cast<int32_t>(label.size()),
            nullptr,
            &status);
        if (U_FAILURE(status) || result != 0)
            return false;
    }
    return true;
}

enum class DomainSource { Header, Auth, Envelope, Link };

struct NamedDomain
{
    QString domain;
    DomainSource source = DomainSource::Header;
    QString field; // header source: the field's name
    int line = 0;
};

CheckOutcome checkIdn(const Context &ctx)
{
    QList<NamedDomain> domains;
    QSet<QString> seen;
    const auto add
        = [&](const QString &domain, DomainSource source, const QString &field, int line) {
              QString d = domain.trimmed();
              while (d.endsWith(u'.'))
                  d.chop(1);
              if (d.isEmpty() || domains.size() >= MaxIdnDomains || !Idn::isInternationalised(d))
                  return;
              const QString key = QString::number(int(source)) + u'/' + field + u'/' + d.toLower();
              if (seen.contains(key))
                  return;
              seen.insert(key);
              domains.append({d, source, field, line});
          };
    for (const char *name : {"From", "Reply-To", "Sender"}) {
        for (const HeaderField *field : ctx.named(QByteArrayView(name))) {
            const AddressList list = AddressParser::parseList(field->unfoldedValue());
            for (const Mailbox &mailbox : list.mailboxes)
                add(mailbox.domain, DomainSource::Header, field->nameText(), field->line);
        }
    }
    for (const QString &domain : ctx.input.authDomains)
        add(domain, DomainSource::Auth, {}, 0);
    add(ctx.input.envelopeDomain, DomainSource::Envelope, {}, 0);

    Evidence ev;
    if (ctx.headersOnly) {
        ev.note(makeFinding(QStringLiteral("format.idn.links_skipped"), Severity::Info));
    } else {
        for (const Link &link : collectLinks(*ctx.input.mime))
            add(linkHost(link.target), DomainSource::Link, {}, link.line);
    }

    if (domains.isEmpty())
        return makeOutcome(
            CheckIdn, CheckStatus::Pass, QStringLiteral("format.idn.none"), {}, ev.take());

    const SpoofChecker checker = openSpoofChecker();
    if (!checker)
        return makeOutcome(CheckIdn,
            CheckStatus::NotVerifiable,
            QStringLiteral("format.idn.no_checker"),
            {},
            ev.take());

    QList<Finding> failing;
    for (const NamedDomain &named : std::as_const(domains)) {
        const QString ascii = Idn::toAscii(named.domain);
        const QString unicode = Idn::toUnicode(named.domain);
        Args args{{QStringLiteral("domain"), shortened(unicode)},
            {QStringLiteral("ascii"), shortened(ascii.isEmpty() ? named.domain : ascii)}};
        QString key;
        if (ascii.isEmpty()) {
            key = QStringLiteral("format.idn.invalid");
        } else if (!isHighlyRestrictive(checker.get(), unicode)) {
            switch (named.source) {
            case DomainSource::Header:
                key = QStringLiteral("format.idn.spoofable.header");
                args.append({QStringLiteral("field"), named.field});
                break;
            case DomainSource::Auth:
                key = QStringLiteral("format.idn.spoofable.auth");
                break;
            case DomainSource::Envelope:
                key = QStringLiteral("format.idn.spoofable.envelope");
                break;
            case DomainSource::Link:
                key = QStringLiteral("format.idn.spoofable.link");
                break;
            }
        }
        if (key.isEmpty())
            continue;
        Finding finding = makeFinding(key, Severity::Info, args, named.line, named.field);
        failing.append(finding);
        ev.fail(std::move(finding));
    }
    if (failing.isEmpty())
        return makeOutcome(CheckIdn,
            CheckStatus::Pass,
            QStringLiteral("format.idn.ok"),
            {{QStringLiteral("count"), number(domains.size())}},
            ev.take());
    const Finding &first = failing.first();
    return makeOutcome(CheckIdn,
        CheckStatus::Fail,
        QStringLiteral("format.idn.fail"),
        {{QStringLiteral("domain"), first.arg(QStringLiteral("domain"))},
            {QStringLiteral("ascii"), first.arg(QStringLiteral("ascii"))},
            {QStringLiteral("count"), number(failing.size())}},
        ev.take());
}

// ---------------------------------------------------------------------------------------------
// format.honest_identity (heuristics; Warning at most)

QString registrable(const QString &domain)
{
    QString ascii = Idn::toAscii(domain);
    if (ascii.isEmpty())
        ascii = domain.toLower();
    return OrganizationalDomain::system().orSelf(ascii);
}

// Symbols that imitate verification badges, locks or seals.
bool isBadgeSymbol(char32_t c)
{
    switch (c) {
    case 0x2611: // ☑
    case 0x2705: // ✅
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x1F510: // 🔐
    case 0x1F512: // 🔒
    case 0x1F50F: // 🔏
    case 0x1F6E1: // 🛡
    case 0x1F396: // 🎖
    case 0x1F3C5: // 🏅
        return true;
    default:
        return false;
    }
}

CheckOutcome checkHonestIdentity(const Context &ctx, const FromInfo &from)
{
    Evidence ev;
    if (!from.fields.isEmpty() && !from.list.mailboxes.isEmpty()) {
        const HeaderField &field = *from.fields.first();
        const Mailbox &mailbox = from.list.mailboxes.first();
        const QString name = mailbox.displayName;
        const QString fromOrg = registrable(mailbox.domain);
        static const QRegularExpression address(QStringLiteral(
            "[^\\s@<>()\\[\\]\"',;:]+@([^\\s@<>()\\[\\]\"',;:]+\\.[^\\s@<>()\\[\\]\"',;:]+)"));
        bool named = false;
        QRegularExpressionMatchIterator it = address.globalMatch(name);
        for (int guard = 0; it.hasNext() && guard < Limits::MaxAddresses; ++guard) {
            QString domain = it.next().captured(1);
            while (domain.endsWith(u'.'))
                domain.chop(1);
            if (registrable(domain) != fromOrg) {
                ev.warn(fieldFinding(QStringLiteral("format.identity.display_address"),
                    {{QStringLiteral("name"), shortened(name)},
                        {QStringLiteral("domain"), shortened(domain)},
                        {QStringLiteral("from"), shortened(mailbox.domain)}},
                    field));
                named = true;
                break;
            }
        }
        if (!named && name.contains(QLatin1String("@gmail.com"), Qt::CaseInsensitive)
            && fromOrg != QLatin1String("gmail.com")) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.display_address"),
                {{QStringLiteral("name"), shortened(name)},
                    {QStringLiteral("domain"), QStringLiteral("gmail.com")},
                    {QStringLiteral("from"), shortened(mailbox.domain)}},
                field));
        }
        const QList<uint> codes = name.toUcs4();
        for (const uint code : codes) {
            if (isBadgeSymbol(code)) {
                const char32_t c = code;
                ev.warn(fieldFinding(QStringLiteral("format.identity.badge"),
                    {{QStringLiteral("name"), shortened(name)},
                        {QStringLiteral("symbol"), QString::fromUcs4(&c, 1)}},
                    field));
                break;
            }
        }
        static const QRegularExpression countedName(
            QStringLiteral("[(（]\\s*\\d{1,3}\\s*[)）]\\s*$"));
        if (countedName.match(name).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.thread_count.name"),
                {{QStringLiteral("name"), shortened(name)}},
                field));
        }
    }

    const QList<const HeaderField *> subjects = ctx.named("Subject");
    if (!subjects.isEmpty()) {
        const HeaderField &field = *subjects.first();
        const QString subject = field.displayValue.trimmed();
        static const QRegularExpression reply(QStringLiteral("^(?:re|fwd?|fw|返信|転送)\\s*[:：]"),
            QRegularExpression::CaseInsensitiveOption);
        const bool threaded
            = !ctx.named("In-Reply-To").isEmpty() || !ctx.named("References").isEmpty();
        if (!threaded && reply.match(subject).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.fake_reply"),
                {{QStringLiteral("subject"), shortened(subject)}},
                field));
        }
        static const QRegularExpression counted(QStringLiteral("^[(（]\\s*\\d{1,3}\\s*[)）]"));
        if (counted.match(subject).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.thread_count.subject"),
                {{QStringLiteral("subject"), shortened(subject)}},
                field));
        }
    }
    return outcomeFromEvidence(CheckHonestIdentity, ev, QStringLiteral("format.identity.ok"), {});
}

} // namespace

QList<CheckOutcome> FormatChecker::check(const Input &input)
{
    QList<CheckOutcome> out;
    if (input.message == nullptr) {
        for (const QString &id : checkIds())
            out.append(
                makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("format.no_message")));
        return out;
    }
    const Context ctx(input, *input.message);
    const FromInfo from = readFrom(ctx);
    out.append(checkRfc5322(ctx));
    out.append(checkSingleFromGmail(from));
    out.append(checkSingleFromRfc(ctx, from));
    out.append(checkSingleInstance(ctx));
    out.append(checkMessageId(ctx));
    out.append(checkSizeLimits(ctx));
    out.append(checkEncoding(ctx));
    out.append(checkIdn(ctx));
    out.append(checkHonestIdentity(ctx, from));
    return out;
}

QStringList FormatChecker::checkIds()
{
    return {CheckRfc5322,
        CheckSingleFromGmail,
        CheckSingleFromRfc,
        CheckSingleInstance,
        CheckMessageId,
        CheckSizeLimits,
        CheckEncoding,
        CheckIdn,
        CheckHonestIdentity};
}

QStringList FormatChecker::bodyLinks(const MimePart &mime)
{
    QStringList out;
    for (const Link &link : collectLinks(mime))
        out.append(link.target);
    return out;
}

} // namespace kensa
