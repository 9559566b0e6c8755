#include "core/format/FormatFieldRules.h"

#include "core/format/FormatContext.h"
#include "core/format/FormatEvidence.h"

#include <QRegularExpression>

namespace kensa {

namespace {

using namespace format;

constexpr qsizetype MaxMessageIdLength = 500;
constexpr qsizetype MaxSubjectLength = 998;

// Gmail's header limits (provider-requirements.md, HDR-SIZE-LIMITS, source G4). "KB" is not
// defined: above the 1024-based figure is a Fail, between the two figures a Warning.
constexpr qsizetype TotalHeaderLow = 500 * 1000;
constexpr qsizetype TotalHeaderHigh = 500 * 1024;
constexpr int MaxFieldCount = 5000;
constexpr qsizetype FieldValueLow = 32 * 1000;
constexpr qsizetype FieldValueHigh = 32 * 1024;
constexpr qsizetype FieldNameLow = 1000;
constexpr qsizetype FieldNameHigh = 1024;

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

} // namespace

// ---------------------------------------------------------------------------------------------
// format.single_instance (RFC 5322 §3.6: fields with max 1)

CheckOutcome FormatFieldRules::singleInstance(const FormatContext &ctx)
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
    FormatEvidence ev;
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

CheckOutcome FormatFieldRules::messageId(const FormatContext &ctx)
{
    FormatEvidence ev;
    const QList<const HeaderField *> ids = ctx.named("Message-ID");
    if (ids.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.message_id.missing"), Severity::Info));
        return ev.outcome(CheckMessageId, {}, {});
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
    // Newest first: the receiver's own hops come first.
    for (const ReceivedHop *hop : ctx.hops) {
        if (right.isEmpty() || !ctx.isReceiverHop(*hop))
            break;
        if (!hop->by.isEmpty() && hop->by.compare(right, Qt::CaseInsensitive) == 0) {
            ev.note(fieldFinding(QStringLiteral("format.message_id.receiver_host"),
                {{QStringLiteral("host"), shortened(hop->by)}},
                field));
            break;
        }
    }
    return ev.outcome(
        CheckMessageId, QStringLiteral("format.message_id.ok"), {{QStringLiteral("id"), shown}});
}

// ---------------------------------------------------------------------------------------------
// format.size_limits (Gmail, G4)

CheckOutcome FormatFieldRules::sizeLimits(const FormatContext &ctx)
{
    FormatEvidence ev;
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

} // namespace kensa
