#include "core/input/OutlookMsg.h"

#include "core/text/Charset.h"

#include <QtEndian>

namespace kensa {

namespace {

// [MS-OXPROPS] property ids and [MS-OXCDATA] types.
constexpr quint16 PidMessageClass = 0x001A;
constexpr quint16 PidSubject = 0x0037;
constexpr quint16 PidTransportMessageHeaders = 0x007D;
constexpr quint16 PidBody = 0x1000;
constexpr quint16 PidRtfCompressed = 0x1009;
constexpr quint16 PidHtml = 0x1013;
constexpr quint16 PidInternetCodepage = 0x3FDE;
constexpr quint16 PidMessageCodepage = 0x3FFD;
constexpr quint16 PidAttachDataBinary = 0x3701;
constexpr quint16 PidAttachMimeTag = 0x370E;
constexpr quint16 TypeInteger32 = 0x0003;
constexpr quint16 TypeString8 = 0x001E;
constexpr quint16 TypeUnicode = 0x001F;
constexpr quint16 TypeBinary = 0x0102;

// Attachments looked at for a signed MIME body; a message has few.
constexpr int MaxAttachmentsExamined = 64;

QString streamName(quint16 id, quint16 type)
{
    return QStringLiteral("__substg1.0_") + QString::asprintf("%04X%04X", unsigned(id), unsigned(type));
}

QByteArray withoutTrailingNuls(QByteArray bytes)
{
    while (!bytes.isEmpty() && bytes.back() == '\0')
        bytes.chop(1);
    return bytes;
}

QString utf16(const QByteArray &bytes)
{
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(qFromLittleEndian<quint16>(bytes.constData() + 2 * i));
    while (!text.isEmpty() && text.back() == QChar(0))
        text.chop(1);
    return text;
}

// The MIME charset for a Windows code page, for 8-bit strings.
QByteArray charsetOf(int codePage)
{
    switch (codePage) {
    case 65001: return "utf-8";
    case 932: return "shift_jis";
    case 50220:
    case 50221:
    case 50222: return "iso-2022-jp";
    case 20932:
    case 51932: return "euc-jp";
    case 20127: return "us-ascii";
    case 28591: return "iso-8859-1";
    case 0: return {};
    default: return "windows-" + QByteArray::number(codePage);
    }
}

struct Reader
{
    const CompoundFile &file;
    CompoundFileError *error;
    bool failed = false;

    // The stream of property `id` with `type` in `storage`: nullopt when absent (or on an error,
    // which sets `failed`).
    std::optional<QByteArray> property(int storage, quint16 id, quint16 type)
    {
        const int index = file.child(storage, streamName(id, type));
        if (index < 0 || file.entries().at(index).type != CompoundEntry::Type::Stream)
            return std::nullopt;
        auto bytes = file.stream(index, error);
        if (!bytes)
            failed = true;
        return bytes;
    }

    // A string property stored as UTF-16 or as 8-bit text.
    std::optional<QString> text(int storage, quint16 id, int codePage)
    {
        if (auto unicode = property(storage, id, TypeUnicode))
            return utf16(*unicode);
        if (failed)
            return std::nullopt;
        if (auto eight = property(storage, id, TypeString8)) {
            const QByteArray bytes = withoutTrailingNuls(*eight);
            const QByteArray charset = charsetOf(codePage);
            if (!charset.isEmpty() && Charset::isKnown(charset))
                return Charset::decode(bytes, charset).text;
            return Charset::decodeUnlabelled(bytes);
        }
        return std::nullopt;
    }
};

// A 32-bit fixed-size property from the top-level "__properties_version1.0" stream
// ([MS-OXMSG] §2.4.1: a 32-byte header, then 16-byte entries of tag, flags and value).
std::optional<qint32> integerProperty(const QByteArray &properties, quint16 id)
{
    constexpr qsizetype header = 32;
    for (qsizetype at = header; at + 16 <= properties.size(); at += 16) {
        const quint16 type = qFromLittleEndian<quint16>(properties.constData() + at);
        const quint16 pid = qFromLittleEndian<quint16>(properties.constData() + at + 2);
        if (pid == id && type == TypeInteger32)
            return qFromLittleEndian<qint32>(properties.constData() + at + 8);
    }
    return std::nullopt;
}

// The boundary parameter of the first Content-Type field in `headers`, or "".
QByteArray boundaryOf(const QByteArray &headers)
{
    const QByteArray lower = headers.toLower();
    qsizetype at = lower.indexOf("content-type:");
    if (at < 0)
        return {};
    at = lower.indexOf("boundary=", at);
    if (at < 0)
        return {};
    at += 9;
    if (at < headers.size() && headers.at(at) == '"') {
        const qsizetype end = headers.indexOf('"', at + 1);
        return end < 0 ? QByteArray() : headers.mid(at + 1, end - at - 1);
    }
    qsizetype end = at;
    while (end < headers.size() && !QByteArrayView(" \t\r\n;").contains(headers.at(end)))
        ++end;
    return headers.mid(at, end - at);
}

// Where the header section of `entity` ends and its body begins, or -1.
qsizetype bodyStart(const QByteArray &entity, qsizetype *headerEnd)
{
    const qsizetype crlf = entity.indexOf("\r\n\r\n");
    const qsizetype lf = entity.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *headerEnd = crlf + 2;
        return crlf + 4;
    }
    if (lf >= 0) {
        *headerEnd = lf + 1;
        return lf + 2;
    }
    return -1;
}

} // namespace

std::optional<OutlookMessage> OutlookMsg::read(const QByteArray &data, CompoundFileError *error)
{
    const std::optional<CompoundFile> file = CompoundFile::parse(data, error);
    if (!file)
        return std::nullopt;

    bool anyProperty = false;
    for (int index : file->entries().first().children) {
        const QString &name = file->entries().at(index).name;
        if (name.startsWith(QStringLiteral("__substg1.0_"), Qt::CaseInsensitive)
            || name.compare(QStringLiteral("__properties_version1.0"), Qt::CaseInsensitive) == 0)
            anyProperty = true;
    }
    if (!anyProperty) {
        if (error)
            *error = CompoundFileError{QStringLiteral("input.msg.not_a_message"), QStringLiteral("directory"), -1, -1};
        return std::nullopt;
    }

    OutlookMessage message;
    Reader reader{*file, error};
    const int root = 0;
    const int propertiesIndex = file->child(root, QStringLiteral("__properties_version1.0"));
    if (propertiesIndex >= 0 && file->entries().at(propertiesIndex).type == CompoundEntry::Type::Stream) {
        const auto properties = file->stream(propertiesIndex, error);
        if (!properties)
            return std::nullopt;
        message.codePage = integerProperty(*properties, PidInternetCodepage)
                               .value_or(integerProperty(*properties, PidMessageCodepage).value_or(0));
    }

    message.messageClass = reader.text(root, PidMessageClass, message.codePage).value_or(QString());
    message.subject = reader.text(root, PidSubject, message.codePage).value_or(QString());
    if (auto unicode = reader.property(root, PidTransportMessageHeaders, TypeUnicode))
        message.transportHeaders = utf16(*unicode).toUtf8();
    else if (auto eight = reader.property(root, PidTransportMessageHeaders, TypeString8))
        message.transportHeaders = withoutTrailingNuls(*eight);
    message.body = reader.text(root, PidBody, message.codePage).value_or(QString());
    if (auto html = reader.property(root, PidHtml, TypeBinary))
        message.html = *html;
    else if (auto htmlText = reader.text(root, PidHtml, message.codePage))
        message.html = htmlText->toUtf8();
    message.hasRtf = file->child(root, streamName(PidRtfCompressed, TypeBinary)) >= 0;
    if (reader.failed)
        return std::nullopt;

    for (int index : file->entries().first().children) {
        const CompoundEntry &entry = file->entries().at(index);
        if (entry.type != CompoundEntry::Type::Storage)
            continue;
        if (entry.name.startsWith(QStringLiteral("__recip_version1.0_"), Qt::CaseInsensitive))
            ++message.recipients;
        if (!entry.name.startsWith(QStringLiteral("__attach_version1.0_"), Qt::CaseInsensitive))
            continue;
        ++message.attachments;
        if (message.attachments > MaxAttachmentsExamined || !message.signedMime.isEmpty())
            continue;
        const QString tag = reader.text(index, PidAttachMimeTag, message.codePage).value_or(QString());
        if (reader.failed)
            return std::nullopt;
        if (tag.trimmed().compare(QStringLiteral("multipart/signed"), Qt::CaseInsensitive) != 0)
            continue;
        if (auto mime = reader.property(index, PidAttachDataBinary, TypeBinary))
            message.signedMime = *mime;
        if (reader.failed)
            return std::nullopt;
    }
    return message;
}

QByteArray OutlookMsg::messageBytes(const OutlookMessage &message, bool *complete)
{
    if (complete)
        *complete = false;
    QByteArray headers = message.transportHeaders;
    while (!headers.isEmpty() && QByteArrayView(" \t\r\n").contains(headers.back()))
        headers.chop(1);
    if (headers.isEmpty())
        return {};
    headers += "\r\n";
    if (message.signedMime.isEmpty())
        return headers;
    // The signed entity carries its own Content-Type; it is the message's body only when the
    // transport headers announce the same multipart boundary.
    qsizetype headerEnd = -1;
    const qsizetype start = bodyStart(message.signedMime, &headerEnd);
    if (start < 0)
        return headers;
    const QByteArray boundary = boundaryOf(message.signedMime.left(headerEnd));
    if (boundary.isEmpty() || boundaryOf(headers) != boundary)
        return headers;
    if (complete)
        *complete = true;
    return headers + "\r\n" + message.signedMime.mid(start);
}

} // namespace kensa
