#include "core/receiver/JapanIspFields.h"

#include "core/message/Message.h"

#include <QRegularExpression>

namespace kensa {

namespace {

const QString ocn = QStringLiteral("ocn");
const QString biglobe = QStringLiteral("biglobe");
const QString nfilter = QStringLiteral("nfilter");
const QString subjectTag = QStringLiteral("subject_tag");

void addToken(ReceiverVerdict &out, const ReceiverContext &context, const QString &token, const QString &value)
{
    DecodedToken decoded = context.catalog.decode(out.vendor, out.field, token, value);
    if (!decoded.documented)
        out.undocumented.append(token + u'=' + value);
    out.decoded.append(decoded);
}

const HeaderField *firstField(const Message &message, QByteArrayView prefix)
{
    for (const HeaderField &field : message.headers()) {
        if (field.nameStartsWith(prefix))
            return &field;
    }
    return nullptr;
}

// The tag a receiving filter put at the start of the subject ("[meiwaku] お知らせ"), "" if none.
QString subjectTagOf(const HeaderField &subject)
{
    static const QRegularExpression tag(QStringLiteral("^\\s*(\\[[A-Za-z-]+\\])"));
    const QRegularExpressionMatch m = tag.match(subject.displayValue);
    if (!m.hasMatch())
        return {};
    static const QStringList known{QStringLiteral("[meiwaku]"), QStringLiteral("[spam]"), QStringLiteral("[junk]"),
        QStringLiteral("[spam-detect]"), QStringLiteral("[spam-suspect]")};
    return known.contains(m.captured(1).toLower()) ? m.captured(1) : QString();
}

void readOcn(ReceiverVerdict &out, const ReceiverContext &context, bool tagged)
{
    // "100.00%": the likelihood of spam in percent; OCN publishes no threshold.
    static const QRegularExpression percent(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*%$"));
    const QRegularExpressionMatch m = percent.match(out.raw);
    if (!m.hasMatch()) {
        out.undocumented.append(out.raw);
        return;
    }
    DecodedToken decoded = context.catalog.decode(out.vendor, out.field, QStringLiteral("percentage"), m.captured(1));
    decoded.value = out.raw;
    if (!decoded.documented)
        out.undocumented.append(QStringLiteral("percentage=") + out.raw);
    out.decoded.append(decoded);
    out.score = m.captured(1).toDouble();
    // OCN adds [meiwaku] to the subject of what this judgement calls spam.
    if (tagged)
        out.verdict = ReceiverVerdict::Verdict::Tagged;
}

void readNfilter(ReceiverVerdict &out, const ReceiverContext &context, const QByteArray &name)
{
    const QString value = out.raw;
    if (name == "x-md-class") {
        addToken(out, context, QStringLiteral("class"), value);
        // normal: "通常メール"; spam: marked as spam ([spam] in the subject), the folder left to
        // the mailbox.
        if (value == u"normal")
            out.verdict = ReceiverVerdict::Verdict::Inbox;
        else if (value == u"spam")
            out.verdict = ReceiverVerdict::Verdict::Tagged;
    } else if (name == "x-md-comment") {
        addToken(out, context, QStringLiteral("method"), value);
    } else if (name == "x-md-id") {
        addToken(out, context, QStringLiteral("id"), value);
    } else {
        addToken(out, context, QStringLiteral("learn"), value);
    }
}

} // namespace

QList<ReceiverVerdict> JapanIspFields::read(const ReceiverContext &context)
{
    const Message &message = context.message;
    QList<ReceiverVerdict> out;
    const HeaderField *subject = message.field("Subject");
    const QString tag = subject ? subjectTagOf(*subject) : QString();
    const HeaderField *ocnField = message.field("X-OCN-SPAM-CHECK");
    const HeaderField *nfilterField = message.field("X-MD-Class");
    const HeaderField *biglobeField = firstField(message, "x-biglobe-");

    for (const HeaderField &field : message.headers()) {
        // Every name these vendors use starts with "x-"; the others are passed over unlowered.
        if (!field.nameStartsWith("x-"))
            continue;
        const QByteArray name = field.name().toLower();
        QString vendor;
        if (name == "x-ocn-spam-check")
            vendor = ocn;
        else if (name == "x-biglobe-spamcheck")
            vendor = biglobe;
        else if (name == "x-md-class" || name == "x-md-comment" || name == "x-md-id" || name == "x-md-learn")
            vendor = nfilter;
        else
            continue;
        ReceiverVerdict verdict = context.catalog.start(vendor, field);
        verdict.trusted = context.trusted(field.line);
        if (vendor == ocn)
            readOcn(verdict, context, tag.compare(u"[meiwaku]", Qt::CaseInsensitive) == 0);
        else if (vendor == nfilter)
            readNfilter(verdict, context, name);
        else
            verdict.undocumented.append(verdict.raw); // BIGLOBE documents no value of this field
        out.append(verdict);
    }

    if (!tag.isEmpty()) {
        // The vendor whose own field is in the message is the one that tags this way; without
        // such a field the tag is some receiving filter's, and a sender could have typed it, so
        // it stays a claim (trusted = false).
        const QString lower = tag.toLower();
        QString vendor = subjectTag;
        const HeaderField *witness = nullptr;
        if (lower == u"[meiwaku]" && ocnField) {
            vendor = ocn;
            witness = ocnField;
        } else if (lower == u"[spam]" && nfilterField) {
            vendor = nfilter;
            witness = nfilterField;
        } else if (lower == u"[spam]" && biglobeField) {
            vendor = biglobe;
            witness = biglobeField;
        }
        ReceiverVerdict verdict = context.catalog.start(vendor, *subject);
        verdict.trusted = witness && context.trusted(witness->line);
        verdict.raw = subject->displayValue.trimmed();
        DecodedToken decoded = context.catalog.decode(vendor, verdict.field, tag, tag);
        if (!decoded.documented)
            verdict.undocumented.append(tag);
        verdict.decoded.append(decoded);
        verdict.verdict = ReceiverVerdict::Verdict::Tagged;
        out.append(verdict);
    }
    return out;
}

} // namespace kensa
