#include "core/format/FormatContext.h"

#include "core/text/Idn.h"

#include <algorithm>

namespace kensa {

namespace {

// Finding arguments quote at most this much of a value.
constexpr qsizetype MaxQuotedLength = 200;

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

} // namespace

FormatContext::FormatContext(const FormatChecker::Input &in, const Message &m)
    : input(in)
    , message(m)
{
    const QList<HeaderField> &all = m.headers();
    const qsizetype skip = std::clamp<qsizetype>(in.receiverFieldCount, 0, all.size());
    for (qsizetype i = skip; i < all.size(); ++i)
        fields.append(&all.at(i));
    firstLine = fields.isEmpty() ? 0 : fields.first()->line;
    headersOnly = m.headersOnly() || in.mime == nullptr;
    from.fields = named("From");
    if (!from.fields.isEmpty())
        from.list = AddressParser::parseList(from.fields.first()->unfoldedValue());
    if (in.hops != nullptr) {
        for (qsizetype i = in.hops->hops.size() - 1; i >= 0; --i)
            hops.append(&in.hops->hops.at(i).hop);
    }
}

QList<const HeaderField *> FormatContext::named(QByteArrayView name) const
{
    QList<const HeaderField *> out;
    for (const HeaderField *f : fields) {
        if (f->hasName(name))
            out.append(f);
    }
    return out;
}

bool FormatContext::isReceiverHop(const ReceivedHop &hop) const
{
    // Fields are in line order; firstLine is 0 when every field is the receiver's.
    return firstLine == 0 || hop.line < firstLine;
}

bool FormatContext::atBoundary(const Finding &finding) const
{
    return finding.line == 0 || firstLine == 0 || finding.line >= firstLine;
}

namespace format {

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

Finding fieldFinding(const QString &key, Args args, const HeaderField &field)
{
    return makeFinding(key, Severity::Info, std::move(args), field.line, field.nameText());
}

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

} // namespace format

} // namespace kensa
