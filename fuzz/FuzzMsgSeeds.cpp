// Writes the Outlook .msg seeds of FuzzOutlookMsg into a folder (scripts/fuzz runs it before
// fuzz/seeds.py): compound files laid out by tests/MsgWriter.h ([MS-CFB], [MS-OXMSG]) with the
// shapes the reader handles: Unicode and 8-bit transport headers, none, 512- and 4096-byte
// sectors, streams in the mini stream and in regular sectors, recipients, attachments and an
// S/MIME signed body kept as an attachment.

#include "tests/MsgWriter.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace msgwriter;

namespace {

const QByteArray Headers = "Received: from mail.example.com (mail.example.com [192.0.2.10])\r\n"
                           "\tby mx.example.net with ESMTPS id abc123\r\n"
                           "\tfor <user@example.net>; Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                           "From: =?UTF-8?B?5bGx55Sw?= <yamada@example.com>\r\n"
                           "To: user@example.net\r\n"
                           "Subject: Quarterly report\r\n"
                           "Date: Mon, 23 Nov 2026 10:00:00 +0900\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n"
                           "\tmicalg=sha-256; boundary=\"----=_b1\"\r\n";

enum class Form { Unicode, EightBit, None };

QByteArray outlookMsg(Form form, const QList<Node> &extra, int sectorShift, int htmlBytes)
{
    QList<Node> top{
        stream(QStringLiteral("__properties_version1.0"), topProperties(65001)),
        stream(propertyStream(0x001A, 0x001F), utf16(QStringLiteral("IPM.Note"))),
        stream(propertyStream(0x0037, 0x001F), utf16(QStringLiteral("Quarterly report"))),
        stream(propertyStream(0x1000, 0x001F), utf16(QStringLiteral("Hello,\r\nthe report is attached.\r\n"))),
        stream(propertyStream(0x1013, 0x0102), "<html><body>" + QByteArray(htmlBytes, 'h') + "</body></html>"),
        stream(propertyStream(0x1009, 0x0102), QByteArray(40, '\1')),
        storage(QStringLiteral("__recip_version1.0_#00000000"),
                {stream(propertyStream(0x3003, 0x001F), utf16(QStringLiteral("user@example.net")))}),
        storage(QStringLiteral("__nameid_version1.0"), {stream(propertyStream(0x0002, 0x0102), {})}),
    };
    if (form == Form::Unicode)
        top.append(stream(propertyStream(0x007D, 0x001F), utf16(QString::fromUtf8(Headers) + QStringLiteral("\r\n"))));
    else if (form == Form::EightBit)
        top.append(stream(propertyStream(0x007D, 0x001E), Headers + "\r\n" + QByteArray(1, '\0')));
    top += extra;
    return write(storage({}, top), nullptr, 0, sectorShift);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: FuzzMsgSeeds FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    const QByteArray entity = "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n"
                              "\tmicalg=sha-256; boundary=\"----=_b1\"\r\n\r\n"
                              "------=_b1\r\nContent-Type: text/plain\r\n\r\nHello\r\n\r\n------=_b1--\r\n";
    const Node signedBody = storage(QStringLiteral("__attach_version1.0_#00000000"),
                                    {stream(propertyStream(0x370E, 0x001F), utf16(QStringLiteral("multipart/signed"))),
                                     stream(propertyStream(0x3707, 0x001F), utf16(QStringLiteral("smime.p7m"))),
                                     stream(propertyStream(0x3701, 0x0102), entity)});
    const Node attachment = storage(QStringLiteral("__attach_version1.0_#00000001"),
                                    {stream(propertyStream(0x3707, 0x001F), utf16(QStringLiteral("report.pdf"))),
                                     stream(propertyStream(0x3701, 0x0102), QByteArray(5000, 'p'))});
    const struct
    {
        const char *name;
        QByteArray bytes;
    } seeds[] = {
        {"unicode.msg", outlookMsg(Form::Unicode, {}, 9, 100)},
        {"eightbit.msg", outlookMsg(Form::EightBit, {}, 9, 100)},
        {"no-headers.msg", outlookMsg(Form::None, {}, 9, 100)},
        {"large-html.msg", outlookMsg(Form::Unicode, {}, 9, 6000)},
        {"sector-4096.msg", outlookMsg(Form::Unicode, {}, 12, 100)},
        {"signed.msg", outlookMsg(Form::Unicode, {signedBody}, 9, 100)},
        {"attachment.msg", outlookMsg(Form::EightBit, {attachment}, 9, 100)},
    };
    for (const auto &seed : seeds) {
        QFile file(folder + u'/' + QString::fromLatin1(seed.name));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed.bytes) != seed.bytes.size())
            return 1;
    }
    return 0;
}
