#include "core/format/FormatHeaderRules.h"

#include "core/base/Limits.h"
#include "core/format/FormatContext.h"
#include "core/format/FormatEvidence.h"
#include "core/message/DateTime.h"
#include "core/net/IpAddress.h"
#include "core/message/AddressParser.h"
#include "core/message/MimePart.h"
#include "core/text/VectorScan.h"

#include <QRegularExpression>

#include <cstring>

namespace kensa {

namespace {

using namespace format;

// Date skew beyond which Kensa warns (Yahoo refuses dates "outside of range" without a figure).
constexpr qint64 MaxDateSkewSeconds = 24 * 3600;

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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

// ---------------------------------------------------------------------------------------------
// HELO (RFC 5321 §4.1.1.1: a domain name, or an address literal when there is none)

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

void checkDate(const FormatContext &ctx, FormatEvidence &ev)
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

void checkBareCr(const FormatContext &ctx, FormatEvidence &ev)
{
    // The normaliser turns every line ending into CRLF; a CR left alone is in the sent bytes.
    // memchr finds each CR; the lines are counted only up to a bare one, which is rare.
    const QByteArray &bytes = ctx.message.bytes();
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    // Normalised bytes have none; most others neither: every line ending CRLF, told by one
    // vector pass.
    if (ctx.input.normalised || VectorScan::allCrlf(data, data + size))
        return;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype counted = 0; // `line` and `lineStart` hold for the bytes before this offset
    for (qsizetype i = 0; i < size; ++i) {
        const void *cr = std::memchr(data + i, '\r', size_t(size - i));
        if (!cr)
            break;
        i = static_cast<const char *>(cr) - data;
        if (i + 1 == size)
            break; // a final CR without LF is a cut, not a bare CR inside a line
        if (data[i + 1] == '\n')
            continue;
        for (; counted < i; ++counted) {
            if (data[counted] == '\n') {
                ++line;
                lineStart = counted + 1;
            }
        }
        if (ctx.firstLine > 0 && line < ctx.firstLine)
            continue;
        ev.fail(makeFinding(QStringLiteral("format.rfc5322.bare_cr"),
            Severity::Info,
            {{QStringLiteral("line"), number(line)},
                {QStringLiteral("position"), number(i - lineStart + 1)}},
            line));
    }
}

void checkMime(const FormatContext &ctx, FormatEvidence &ev)
{
    // The analysis parsed the tree of this message already (it is only checked with a body,
    // that is with input.mime); its problems came with it.
    Q_ASSERT(ctx.input.mime);
    for (const Finding &f : ctx.input.mime->findings()) {
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

} // namespace

// ---------------------------------------------------------------------------------------------
// format.rfc5322

CheckOutcome FormatHeaderRules::rfc5322(const FormatContext &ctx)
{
    FormatEvidence ev;
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

} // namespace kensa
