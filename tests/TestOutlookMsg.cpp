#include "core/analysis/Analyzer.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/input/InputLoader.h"
#include "core/input/OutlookMsg.h"

#include "MsgWriter.h"

#include <QTest>

using namespace kensa;
using namespace msgwriter;

namespace {

const QByteArray Headers = "Received: from mail.example.com (mail.example.com [192.0.2.10])\r\n"
                           "\tby mx.example.net with ESMTPS id abc123\r\n"
                           "\tfor <user@example.net>; Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                           "From: =?UTF-8?B?5bGx55Sw?= <yamada@example.com>\r\n"
                           "To: user@example.net\r\n"
                           "Subject: Quarterly report\r\n"
                           "Date: Mon, 23 Nov 2026 10:00:00 +0900\r\n"
                           "Message-ID: <abc@example.com>\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=UTF-8\r\n";

enum class HeaderForm { Unicode, EightBit, None };

// An Outlook .msg as [MS-OXMSG] lays it out: properties of the message at the top, one storage
// per recipient and attachment, the named-property map.
QByteArray outlookMsg(HeaderForm form, const QList<Node> &attachments = {}, const QByteArray &headers = Headers,
                      int sectorShift = 9)
{
    QList<Node> top{
        stream(u"__properties_version1.0"_qs, topProperties(65001)),
        stream(propertyStream(0x001A, 0x001F), utf16(u"IPM.Note"_qs)),
        stream(propertyStream(0x0037, 0x001F), utf16(u"Quarterly report 四半期"_qs)),
        stream(propertyStream(0x1000, 0x001F), utf16(u"Hello,\r\nthe report is attached.\r\n"_qs)),
        stream(propertyStream(0x1013, 0x0102), "<html><body>" + QByteArray(6000, 'h') + "</body></html>"),
        stream(propertyStream(0x1009, 0x0102), QByteArray(40, '\1')),
        storage(u"__recip_version1.0_#00000000"_qs,
                {stream(propertyStream(0x3003, 0x001F), utf16(u"user@example.net"_qs))}),
        storage(u"__nameid_version1.0"_qs, {stream(propertyStream(0x0002, 0x0102), {})}),
    };
    if (form == HeaderForm::Unicode)
        top.append(stream(propertyStream(0x007D, 0x001F), utf16(QString::fromUtf8(headers) + u"\r\n"_qs)));
    else if (form == HeaderForm::EightBit)
        top.append(stream(propertyStream(0x007D, 0x001E), headers + "\r\n" + QByteArray(1, '\0')));
    top += attachments;
    return write(storage({}, top), nullptr, 0, sectorShift);
}

} // namespace

class TestOutlookMsg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transportHeaders_data();
    void transportHeaders();
    void noTransportHeaders();
    void signedMimeBody();
    void signedMimeOfAnotherMessage();
    void notAMessage();
    void damagedFileBecomesAFinding();
    void recognisedBySignatureNotName();
    void japaneseTexts_data();
    void japaneseTexts();
};

void TestOutlookMsg::initTestCase()
{
    Localization::apply(QStringLiteral("en"));
}

void TestOutlookMsg::transportHeaders_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<int>("sectorShift");
    QTest::newRow("unicode-headers") << int(HeaderForm::Unicode) << 9;
    QTest::newRow("eight-bit-headers") << int(HeaderForm::EightBit) << 9;
    QTest::newRow("unicode-headers-version-4") << int(HeaderForm::Unicode) << 12;
}

void TestOutlookMsg::transportHeaders()
{
    QFETCH(int, form);
    QFETCH(int, sectorShift);
    const QByteArray msg = outlookMsg(HeaderForm(form), {}, Headers, sectorShift);

    CompoundFileError error;
    const auto message = OutlookMsg::read(msg, &error);
    QVERIFY2(message, qPrintable(error.key + u' ' + error.part));
    QCOMPARE(message->messageClass, u"IPM.Note"_qs);
    QCOMPARE(message->subject, u"Quarterly report 四半期"_qs);
    QCOMPARE(message->body, u"Hello,\r\nthe report is attached.\r\n"_qs);
    QVERIFY(message->html.startsWith("<html><body>hhh"));
    QCOMPARE(message->html.size(), 6000 + 26);
    QVERIFY(message->hasRtf);
    QCOMPARE(message->codePage, 65001);
    QCOMPARE(message->recipients, 1);
    QCOMPARE(message->attachments, 0);
    bool complete = true;
    QCOMPARE(OutlookMsg::messageBytes(*message, &complete), Headers);
    QVERIFY(!complete);

    // Loaded and analysed: headers only, and said so.
    const LoadedInput loaded = InputLoader::load(msg, u"report.msg"_qs, PasteNormalizer::Origin::File);
    QVERIFY(!loaded.isMbox);
    QCOMPARE(loaded.messages.size(), 1);
    QCOMPARE(loaded.messages.first().bytes, Headers);
    QCOMPARE(loaded.messages.first().source.normalised, QStringList{u"outlook_msg_headers"_qs});
    QCOMPARE(loaded.messages.first().source.originalSize, msg.size());
    const Report report = Analyzer::analyze(loaded.messages.first());
    QVERIFY(report.message.headersOnly());
    QCOMPARE(report.message.headers().size(), 8);
    QCOMPARE(report.summary.subject, u"Quarterly report"_qs);
    QCOMPARE(report.source.normalised, QStringList{u"outlook_msg_headers"_qs});
    const auto note = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                   [](const Finding &f) { return f.key == u"input.msg.headers_only"; });
    QVERIFY(note != report.findings.cend());
    QCOMPARE(note->arg(u"forms"_qs), u"text, HTML, RTF"_qs);
    QVERIFY(Explanations::text(*note).contains(u"(text, HTML, RTF)"_qs));
    for (const Finding &f : report.findings)
        QVERIFY2(f.key != u"input.binary" && f.key != u"input.empty", qPrintable(f.key));
}

void TestOutlookMsg::noTransportHeaders()
{
    const QByteArray msg = outlookMsg(HeaderForm::None);
    CompoundFileError error;
    const auto message = OutlookMsg::read(msg, &error);
    QVERIFY(message);
    QVERIFY(message->transportHeaders.isEmpty());
    QCOMPARE(OutlookMsg::messageBytes(*message, nullptr), QByteArray());

    const LoadedInput loaded = InputLoader::load(msg, u"draft.msg"_qs, PasteNormalizer::Origin::File);
    QCOMPARE(loaded.messages.size(), 1);
    QVERIFY(loaded.messages.first().bytes.isEmpty());
    const Report report = Analyzer::analyze(loaded.messages.first());
    // The loader's finding comes first, and it is the only error (no "input.empty" beside it).
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(std::count_if(report.findings.cbegin(), report.findings.cend(),
                           [](const Finding &f) { return f.severity == Severity::Error; }),
             1);
    QCOMPARE(report.findings.first().key, u"input.msg.no_transport_headers"_qs);
    QCOMPARE(report.findings.first().severity, Severity::Error);
    const QString text = Explanations::text(report.findings.first());
    QVERIFY2(text.contains(u"PR_TRANSPORT_MESSAGE_HEADERS"_qs) && text.contains(u"File > Properties"_qs), qPrintable(text));
}

void TestOutlookMsg::signedMimeBody()
{
    // Outlook keeps an S/MIME signed message's original body as a multipart/signed attachment.
    const QByteArray headers = "From: a@example.com\r\nTo: b@example.net\r\nSubject: signed\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n"
                               "\tmicalg=sha-256; boundary=\"----=_b1\"\r\n";
    const QByteArray body = "This is an S/MIME signed message\r\n\r\n------=_b1\r\nContent-Type: text/plain\r\n\r\n"
                            "Hello\r\n\r\n------=_b1--\r\n";
    const QByteArray entity = "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n"
                              "\tmicalg=sha-256; boundary=\"----=_b1\"\r\n\r\n" + body;
    const Node attachment = storage(u"__attach_version1.0_#00000000"_qs,
                                    {stream(propertyStream(0x370E, 0x001F), utf16(u"multipart/signed"_qs)),
                                     stream(propertyStream(0x3707, 0x001F), utf16(u"smime.p7m"_qs)),
                                     stream(propertyStream(0x3701, 0x0102), entity)});
    const QByteArray msg = outlookMsg(HeaderForm::Unicode, {attachment}, headers);
    const LoadedInput loaded = InputLoader::load(msg, u"signed.msg"_qs, PasteNormalizer::Origin::File);
    QCOMPARE(loaded.messages.first().bytes, headers + "\r\n" + body);
    QCOMPARE(loaded.messages.first().source.normalised, QStringList{u"outlook_msg_signed"_qs});
    QCOMPARE(loaded.messages.first().findings.first().key, u"input.msg.signed_mime"_qs);
    const Report report = Analyzer::analyze(loaded.messages.first());
    QVERIFY(!report.message.headersOnly());
}

void TestOutlookMsg::signedMimeOfAnotherMessage()
{
    // A multipart/signed attachment whose boundary the headers do not announce is not the body.
    const Node attachment = storage(u"__attach_version1.0_#00000000"_qs,
                                    {stream(propertyStream(0x370E, 0x001F), utf16(u"multipart/signed"_qs)),
                                     stream(propertyStream(0x3701, 0x0102),
                                            "Content-Type: multipart/signed; boundary=zz\r\n\r\n--zz\r\n\r\nx\r\n--zz--\r\n")});
    const LoadedInput loaded = InputLoader::load(outlookMsg(HeaderForm::Unicode, {attachment}), u"x.msg"_qs,
                                                 PasteNormalizer::Origin::File);
    QCOMPARE(loaded.messages.first().bytes, Headers);
    QCOMPARE(loaded.messages.first().findings.first().key, u"input.msg.headers_only"_qs);
}

void TestOutlookMsg::notAMessage()
{
    // A compound file with no MAPI properties: a Word document, say.
    const QByteArray doc = write(storage({}, {stream(u"WordDocument"_qs, QByteArray(5000, 'w')),
                                              stream(u"\x05SummaryInformation"_qs, QByteArray(200, 's'))}));
    const LoadedInput loaded = InputLoader::load(doc, u"letter.msg"_qs, PasteNormalizer::Origin::File);
    QCOMPARE(loaded.messages.size(), 1);
    const Report report = Analyzer::analyze(loaded.messages.first());
    // The loader's finding comes first, and it is the only error (no "input.empty" beside it).
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(std::count_if(report.findings.cbegin(), report.findings.cend(),
                           [](const Finding &f) { return f.severity == Severity::Error; }),
             1);
    QCOMPARE(report.findings.first().key, u"input.msg.not_a_message"_qs);
}

void TestOutlookMsg::damagedFileBecomesAFinding()
{
    Layout layout;
    QByteArray msg = write(storage({}, {stream(propertyStream(0x007D, 0x001F), utf16(QString::fromLatin1(Headers)))}), &layout);
    put32(msg, layout.fatEntryOffset(layout.firstDirectorySector), 0x00ABCDEF);
    const LoadedInput loaded = InputLoader::load(msg, u"bad.msg"_qs, PasteNormalizer::Origin::File);
    const Report report = Analyzer::analyze(loaded.messages.first());
    // The loader's finding comes first, and it is the only error (no "input.empty" beside it).
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(std::count_if(report.findings.cbegin(), report.findings.cend(),
                           [](const Finding &f) { return f.severity == Severity::Error; }),
             1);
    const Finding &f = report.findings.first();
    QCOMPARE(f.key, u"input.msg.sector_out_of_range"_qs);
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.arg(u"part"_qs), u"directory"_qs);
    QCOMPARE(f.arg(u"value"_qs), QString::number(0x00ABCDEF));
    QCOMPARE(f.arg(u"offset"_qs), QString::number(layout.fatEntryOffset(layout.firstDirectorySector)));
    const QString text = Explanations::text(f);
    QVERIFY2(text.contains(u"directory"_qs) && text.contains(QString::number(0x00ABCDEF)), qPrintable(text));
}

void TestOutlookMsg::recognisedBySignatureNotName()
{
    // Named .eml, or even .mbox with mbox forced: the signature decides.
    const QByteArray msg = outlookMsg(HeaderForm::Unicode);
    for (InputLoader::MboxMode mode : {InputLoader::MboxMode::Detect, InputLoader::MboxMode::Force}) {
        const LoadedInput loaded = InputLoader::load(msg, u"renamed.eml"_qs, PasteNormalizer::Origin::File, mode);
        QVERIFY(!loaded.isMbox);
        QCOMPARE(loaded.messages.size(), 1);
        QCOMPARE(loaded.messages.first().bytes, Headers);
    }
}

void TestOutlookMsg::japaneseTexts_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"input.msg.headers_only", "input.msg.headers_only.no_body", "input.msg.signed_mime",
                            "input.msg.no_transport_headers", "input.msg.not_a_message", "input.msg.header",
                            "input.msg.truncated", "input.msg.sector_out_of_range", "input.msg.chain_loop",
                            "input.msg.chain_short", "input.msg.too_large", "input.msg.directory_too_large",
                            "input.msg.bad_directory", "input.msg.directory_loop"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestOutlookMsg::japaneseTexts()
{
    QFETCH(QString, key);
    const Finding finding = makeFinding(key, Severity::Error,
                                        {{u"part"_qs, u"directory"_qs}, {u"offset"_qs, u"1024"_qs},
                                         {u"value"_qs, u"77"_qs}, {u"forms"_qs, u"text, HTML"_qs}});
    const QString english = Explanations::text(finding);
    Localization::apply(QStringLiteral("ja"));
    const QString japanese = Explanations::text(finding);
    Localization::apply(QStringLiteral("en"));
    QVERIFY2(!english.contains(u'%') && english.endsWith(u'.'), qPrintable(english));
    QVERIFY2(japanese != english && japanese.endsWith(u'。') && !japanese.contains(u'%'), qPrintable(japanese));
}

QTEST_GUILESS_MAIN(TestOutlookMsg)
#include "TestOutlookMsg.moc"
