#include "core/base/Limits.h"
#include "core/message/Message.h"
#include "core/message/MimePart.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kensa;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray testData(const char *name)
{
    return readFile(QStringLiteral(KENSA_TEST_DATA_DIR "/mime/") + QString::fromLatin1(name));
}

QString samplesDir()
{
    return QStringLiteral(KENSA_SOURCE_DIR "/resources/samples");
}

QByteArray sample(const char *name)
{
    return readFile(samplesDir() + u'/' + QString::fromLatin1(name));
}

// The tree as "type[child,child]", walked with an explicit stack.
QString shape(const MimePart &root)
{
    struct Frame
    {
        const MimePart *part;
        qsizetype next;
    };
    QString out;
    QList<Frame> stack;
    auto open = [&](const MimePart *part) {
        out += QString::fromLatin1(part->contentType());
        if (!part->children().isEmpty()) {
            out += u'[';
            stack.append({part, 0});
        }
    };
    open(&root);
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        if (frame.next == frame.part->children().size()) {
            out += u']';
            stack.removeLast();
            continue;
        }
        if (frame.next > 0)
            out += u',';
        const MimePart *child = &frame.part->children().at(frame.next++);
        open(child);
    }
    return out;
}

QStringList keys(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.key);
    out.sort();
    return out;
}

int countKey(const QList<Finding> &findings, const QString &key)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.key == key ? 1 : 0;
    return n;
}

const Finding *findKey(const QList<Finding> &findings, const QString &key)
{
    for (const Finding &f : findings) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// 1-based line of the first occurrence of `marker`, 0 when absent.
int lineOf(const QByteArray &bytes, const QByteArray &marker)
{
    const qsizetype at = bytes.indexOf(marker);
    return at < 0 ? 0 : int(bytes.left(at).count('\n')) + 1;
}

// Follows child indices "1/0": the empty path is the root.
const MimePart *partAt(const MimePart &root, const QString &path)
{
    const MimePart *part = &root;
    for (const QString &step : path.split(u'/', Qt::SkipEmptyParts)) {
        const int i = step.toInt();
        if (i < 0 || i >= part->children().size())
            return nullptr;
        part = &part->children().at(i);
    }
    return part;
}

struct TreeStats
{
    int count = 0;
    int maxDepth = 0;
};

TreeStats treeStats(const MimePart &root)
{
    TreeStats stats;
    QList<const MimePart *> stack{&root};
    while (!stack.isEmpty()) {
        const MimePart *p = stack.takeLast();
        ++stats.count;
        stats.maxDepth = qMax(stats.maxDepth, p->depth());
        for (const MimePart &c : p->children())
            stack.append(&c);
    }
    return stats;
}

QByteArray withContentType(const QByteArray &value)
{
    return "From: a@example.com\r\nContent-Type: " + value + "\r\n\r\nbody\r\n";
}

// Expected text of the Japanese test messages (tests/data/mime/*-sjis, *-iso2022jp, *-utf8).
QString japaneseText()
{
    return QString::fromUtf8(
        "配信停止の手続きが完了しました。\r\nご利用ありがとうございました。\r\n");
}

} // namespace

class TestMimePart : public QObject
{
    Q_OBJECT

private slots:
    void tree_data();
    void tree();
    void texts_data();
    void texts();
    void decodedBody_data();
    void decodedBody();
    void contentType_data();
    void contentType();
    void fileNames_data();
    void fileNames();
    void lines_data();
    void lines();
    void findingLines_data();
    void findingLines();
    void deepNesting_data();
    void deepNesting();
    void manyParts_data();
    void manyParts();
    void findingsAreCapped();
    void largePartIsCut();
    void findingsOptional();
    void headerOffsetsReferToMessage();
    void samples_data();
    void samples();
    void samplesAllCovered();
    void samplesUseCrlf();
};

void TestMimePart::tree_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedShape");
    QTest::addColumn<QStringList>("expectedKeys");

    QTest::newRow("simple-text") << testData("simple.eml") << u"text/plain"_qs << QStringList{};
    QTest::newRow("multipart-alternative")
        << testData("alternative.eml") << u"multipart/alternative[text/plain,text/html]"_qs
        << QStringList{};
    QTest::newRow("nested-mixed-alternative-attachment")
        << testData("nested-mixed.eml")
        << u"multipart/mixed[multipart/alternative[text/plain,text/html],application/pdf]"_qs
        << QStringList{};
    QTest::newRow("message-rfc822-nested")
        << testData("rfc822.eml")
        << u"multipart/mixed[text/plain,message/rfc822[multipart/alternative[text/plain,text/html]]]"_qs
        << QStringList{};
    QTest::newRow("rfc2231-filenames")
        << testData("rfc2231-filename.eml")
        << u"multipart/mixed[text/plain,application/pdf,text/plain,application/octet-stream]"_qs
        << QStringList{};
    QTest::newRow("preamble-epilogue-padding")
        << testData("preamble-epilogue.eml") << u"multipart/mixed[text/plain,text/plain]"_qs
        << QStringList{};
    QTest::newRow("quoted-printable")
        << testData("qp-soft-breaks.eml") << u"text/plain"_qs << QStringList{};
    // RFC 2046 §5.1.5: parts of a digest default to message/rfc822.
    QTest::newRow("digest-default-type")
        << QByteArray("Content-Type: multipart/digest; boundary=d\r\n\r\n"
                      "--d\r\n\r\nSubject: one\r\n\r\nfirst\r\n"
                      "--d\r\n\r\nSubject: two\r\n\r\nsecond\r\n--d--\r\n")
        << u"multipart/digest[message/rfc822[text/plain],message/rfc822[text/plain]]"_qs
        << QStringList{};
    // RFC 2046 §5.2.1: an encoded message/rfc822 is not parsed as a message.
    QTest::newRow("rfc822-base64-stays-leaf")
        << QByteArray("Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                      "U3ViamVjdDogeA0KDQp5DQo=\r\n")
        << u"message/rfc822"_qs << QStringList{};
    QTest::newRow("no-content-type")
        << QByteArray("Subject: x\r\n\r\nbody\r\n") << u"text/plain"_qs << QStringList{};
    QTest::newRow("invalid-content-type")
        << withContentType("multipart") << u"text/plain"_qs << QStringList{};

    // Corrupted input.
    QTest::newRow("truncated-multipart")
        << testData("truncated.eml") << u"multipart/mixed[text/plain,text/plain]"_qs
        << QStringList{u"mime.multipart.unterminated"_qs};
    QTest::newRow("missing-boundary") << testData("missing-boundary.eml") << u"multipart/mixed"_qs
                                      << QStringList{u"mime.boundary.missing"_qs};
    QTest::newRow("empty-boundary")
        << withContentType("multipart/mixed; boundary=\"\"") << u"multipart/mixed"_qs
        << QStringList{u"mime.boundary.missing"_qs};
    QTest::newRow("boundary-never-appears")
        << testData("boundary-absent.eml") << u"multipart/mixed"_qs
        << QStringList{u"mime.multipart.no_parts"_qs};
    QTest::newRow("boundary-prefix-is-not-delimiter")
        << withContentType("multipart/mixed; boundary=abc").replace("body", "--abcd\r\n--abc-x")
        << u"multipart/mixed"_qs << QStringList{u"mime.multipart.no_parts"_qs};
    QTest::newRow("invalid-base64") << testData("invalid-base64.eml") << u"text/plain"_qs
                                    << QStringList{u"mime.base64.invalid"_qs};
    QTest::newRow("base64-lone-final-symbol")
        << QByteArray(
               "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nQUJDR\r\n")
        << u"text/plain"_qs << QStringList{u"mime.base64.invalid"_qs};
    QTest::newRow("base64-data-after-padding")
        << QByteArray(
               "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nQQ==QkM=\r\n")
        << u"text/plain"_qs << QStringList{u"mime.base64.invalid"_qs};
    QTest::newRow("base64-valid-unpadded") << QByteArray(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVs bG8\r\n")
                                           << u"text/plain"_qs << QStringList{};
    QTest::newRow("unknown-transfer-encoding")
        << testData("unknown-encoding.eml") << u"text/plain"_qs
        << QStringList{u"mime.encoding.unknown"_qs};
    // Needs the real Charset::isKnown (the placeholder knows every name).
    QTest::newRow("unknown-charset") << testData("unknown-charset.eml") << u"text/plain"_qs
                                     << QStringList{u"mime.charset.unknown"_qs};
    QTest::newRow("empty-input") << QByteArray() << u"text/plain"_qs << QStringList{};
    QTest::newRow("headers-only-multipart")
        << QByteArray("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n")
        << u"multipart/mixed"_qs << QStringList{};
    QTest::newRow("empty-parts") << withContentType("multipart/mixed; boundary=e")
                                        .replace("body\r\n", "--e\r\n--e\r\n\r\n--e--\r\n")
                                 << u"multipart/mixed[text/plain,text/plain]"_qs << QStringList{};
    QTest::newRow("lf-only-line-endings") << QByteArray(
        "Content-Type: multipart/mixed; boundary=n\n\n--n\nContent-Type: text/html\n\n"
        "<p>x</p>\n--n--\n") << u"multipart/mixed[text/html]"_qs
                                          << QStringList{};
    QTest::newRow("close-delimiter-only")
        << withContentType("multipart/mixed; boundary=z").replace("body", "--z--")
        << u"multipart/mixed"_qs << QStringList{u"mime.multipart.no_parts"_qs};
}

void TestMimePart::tree()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedShape);
    QFETCH(QStringList, expectedKeys);
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    QCOMPARE(shape(root), expectedShape);
    QCOMPARE(keys(findings), expectedKeys);
    QCOMPARE(root.depth(), 0);
    for (const MimePart &child : root.children())
        QCOMPARE(child.depth(), 1);
}

void TestMimePart::texts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("leaf");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple-text") << testData("simple.eml") << 0
                                 << u"Hello Bob,\r\n\r\nthe meeting moved to Thursday.\r\n"_qs;
    QTest::newRow("alternative-html")
        << testData("alternative.eml") << 1 << u"<p>HTML version.</p>\r\n"_qs;
    QTest::newRow("nested-plain") << testData("nested-mixed.eml") << 0
                                  << u"See the attached quote."_qs;
    QTest::newRow("rfc822-inner-html") << testData("rfc822.eml") << 2 << u"<p>Inner HTML.</p>"_qs;
    // RFC 2045 §6.7: soft breaks joined, =XX decoded, trailing padding dropped, bad "=" kept.
    QTest::newRow("quoted-printable-soft-breaks")
        << testData("qp-soft-breaks.eml") << 0
        << QString::fromUtf8(
               "The quick brown fox jumps over the lazy dog and keeps running until the"
               " line ends.\r\nPrice: 100=100 あ tab\tend\r\n"
               "Broken =ZZ sequence and lone = sign\r\nlast line without break");
    QTest::newRow("base64-utf8-japanese") << testData("base64-utf8.eml") << 0 << japaneseText();
    // The next three need the real Charset (the placeholder decodes everything as UTF-8).
    QTest::newRow("base64-shift_jis-japanese")
        << testData("base64-sjis.eml") << 0 << japaneseText();
    QTest::newRow("base64-iso-2022-jp-japanese")
        << testData("base64-iso2022jp.eml") << 0 << japaneseText();
    QTest::newRow("7bit-iso-2022-jp-japanese")
        << testData("iso2022jp-7bit.eml") << 0 << japaneseText();
    QTest::newRow("preamble-first-part")
        << testData("preamble-epilogue.eml") << 0 << u"first part\r\n--b1x still first part"_qs;
    QTest::newRow("epilogue-not-in-last-part")
        << testData("preamble-epilogue.eml") << 1 << u"second part"_qs;
    QTest::newRow("truncated-last-part-runs-to-end")
        << testData("truncated.eml") << 1 << u"second, and the message ends here"_qs;
    QTest::newRow("invalid-base64-decodes-what-it-can")
        << testData("invalid-base64.eml") << 0 << u"Hello, world!!2"_qs;
    QTest::newRow("unknown-encoding-body-kept")
        << testData("unknown-encoding.eml") << 0 << u"begin 644 a.txt\r\n#86)C\r\n`\r\nend\r\n"_qs;
    // Needs the real Charset: an unknown charset is shown as Latin-1.
    QTest::newRow("unknown-charset-as-latin1")
        << testData("unknown-charset.eml") << 0 << QString::fromUtf8("café\r\n");
    QTest::newRow("boundary-never-appears-body-kept")
        << testData("boundary-absent.eml") << 0
        << u"--other\r\nContent-Type: text/plain\r\n\r\ntext\r\n--other--\r\n"_qs;
    QTest::newRow("no-content-type-utf8")
        << QByteArray("Subject: x\r\n\r\n\xe3\x81\x82\r\n") << 0 << QString::fromUtf8("あ\r\n");
}

void TestMimePart::texts()
{
    QFETCH(QByteArray, input);
    QFETCH(int, leaf);
    QFETCH(QString, expected);
    const Message message = Message::parse(input);
    const MimePart root = MimePart::parse(message);
    const QList<const MimePart *> leaves = root.leaves();
    QVERIFY2(leaf < leaves.size(), qPrintable(shape(root)));
    QCOMPARE(leaves.at(leaf)->text(), expected);
}

void TestMimePart::decodedBody_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("leaf");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("base64-attachment")
        << testData("nested-mixed.eml") << 2
        << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                      "trailer << /Root 1 0 R >>\n%%EOF\n");
    QTest::newRow("base64-utf8") << testData("base64-utf8.eml") << 0 << japaneseText().toUtf8();
    QTest::newRow("quoted-printable-bytes")
        << testData("qp-soft-breaks.eml") << 0
        << QByteArray("The quick brown fox jumps over the lazy dog and keeps running until the"
                      " line ends.\r\nPrice: 100=100 \xe3\x81\x82 tab\tend\r\n"
                      "Broken =ZZ sequence and lone = sign\r\nlast line without break");
    QTest::newRow("quoted-printable-lower-case-hex")
        << QByteArray("Content-Transfer-Encoding: quoted-printable\r\n\r\na=3db=3D=\r\nc\r\n") << 0
        << QByteArray("a=b=c\r\n");
    QTest::newRow("quoted-printable-equals-at-end")
        << QByteArray("Content-Transfer-Encoding: Quoted-Printable\r\n\r\nx=4") << 0
        << QByteArray("x=4");
    QTest::newRow("base64-concatenated-blocks")
        << QByteArray("Content-Transfer-Encoding: base64\r\n\r\nQQ==QkM=\r\n") << 0
        << QByteArray("ABC");
    QTest::newRow("base64-unpadded-with-spaces")
        << QByteArray("Content-Transfer-Encoding: BASE64 (comment)\r\n\r\nSGVs bG8\r\n") << 0
        << QByteArray("Hello");
    QTest::newRow("base64-invalid-characters-skipped")
        << testData("invalid-base64.eml") << 0 << QByteArray("Hello, world!!2");
    QTest::newRow("rfc2231-pdf") << testData("rfc2231-filename.eml") << 1
                                 << QByteArray("%PDF-1.4\n");
    QTest::newRow("binary-identity")
        << QByteArray("Content-Transfer-Encoding: binary\r\n\r\n\x01\x02=41\r\n") << 0
        << QByteArray("\x01\x02=41\r\n");
    QTest::newRow("empty-body") << QByteArray("Subject: x\r\n\r\n") << 0 << QByteArray();
}

void TestMimePart::decodedBody()
{
    QFETCH(QByteArray, input);
    QFETCH(int, leaf);
    QFETCH(QByteArray, expected);
    const Message message = Message::parse(input);
    const MimePart root = MimePart::parse(message);
    const QList<const MimePart *> leaves = root.leaves();
    QVERIFY2(leaf < leaves.size(), qPrintable(shape(root)));
    QCOMPARE(leaves.at(leaf)->decodedBody(), expected);
}

void TestMimePart::contentType_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("case-folded-type-quoted-value")
        << QByteArray("Text/HTML; Charset=\"UTF-8\"") << QByteArray("text/html")
        << QByteArray("charset") << QByteArray("UTF-8");
    QTest::newRow("comments-and-spaces")
        << QByteArray("text/plain (a comment) ; charset = us-ascii (Plain text)")
        << QByteArray("text/plain") << QByteArray("charset") << QByteArray("us-ascii");
    QTest::newRow("nested-comment")
        << QByteArray("text/plain (outer (inner; charset=no)); charset=koi8-r")
        << QByteArray("text/plain") << QByteArray("charset") << QByteArray("koi8-r");
    QTest::newRow("quoted-pair-in-boundary")
        << QByteArray("multipart/mixed; boundary=\"a\\\"b;c\"") << QByteArray("multipart/mixed")
        << QByteArray("boundary") << QByteArray("a\"b;c");
    QTest::newRow("folded-parameters")
        << QByteArray("multipart/related;\r\n\ttype=\"text/html\";\r\n boundary=\"r1\"")
        << QByteArray("multipart/related") << QByteArray("type") << QByteArray("text/html");
    QTest::newRow("unquoted-value-with-space")
        << QByteArray("application/octet-stream; name=my file.bin")
        << QByteArray("application/octet-stream") << QByteArray("name")
        << QByteArray("my file.bin");
    QTest::newRow("later-parameter")
        << QByteArray("text/plain; format=flowed; DelSp=yes") << QByteArray("text/plain")
        << QByteArray("delsp") << QByteArray("yes");
    QTest::newRow("junk-between-parameters")
        << QByteArray("text/plain; ; =x; junk; charset=utf-8") << QByteArray("text/plain")
        << QByteArray("charset") << QByteArray("utf-8");
    QTest::newRow("unterminated-quote")
        << QByteArray("text/plain; charset=\"utf-8") << QByteArray("text/plain")
        << QByteArray("charset") << QByteArray("utf-8");
    QTest::newRow("first-of-duplicates")
        << QByteArray("text/plain; charset=a; charset=b") << QByteArray("text/plain")
        << QByteArray("charset") << QByteArray("a");
    // RFC 2045 §5.2: an invalid Content-Type is treated as text/plain; charset=us-ascii.
    QTest::newRow("invalid-type-default")
        << QByteArray("garbage; charset=utf-8") << QByteArray("text/plain") << QByteArray("charset")
        << QByteArray("us-ascii");
    QTest::newRow("missing-subtype-default")
        << QByteArray("text/; charset=utf-8") << QByteArray("text/plain") << QByteArray("charset")
        << QByteArray("us-ascii");
    // RFC 2231 §3 example: continuations.
    QTest::newRow("rfc2231-continuation")
        << QByteArray("message/external-body; access-type=URL;\r\n URL*0=\"ftp://\";\r\n"
                      " URL*1=\"cs.utexas.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"")
        << QByteArray("message/external-body") << QByteArray("url")
        << QByteArray("ftp://cs.utexas.edu/pub/moore/bulk-mailer/bulk-mailer.tar");
    // RFC 2231 §4 example: charset and language.
    QTest::newRow("rfc2231-extended") << QByteArray(
        "application/x-stuff;\r\n title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A")
                                      << QByteArray("application/x-stuff") << QByteArray("title")
                                      << QByteArray("This is ***fun***");
    // RFC 2231 §4.1 example: encoded and plain sections mixed.
    QTest::newRow("rfc2231-mixed-sections")
        << QByteArray(
               "application/x-stuff;\r\n title*0*=us-ascii'en'This%20is%20even%20more%20;\r\n"
               " title*1*=%2A%2A%2Afun%2A%2A%2A%20;\r\n title*2=\"isn't it!\"")
        << QByteArray("application/x-stuff") << QByteArray("title")
        << QByteArray("This is even more ***fun*** isn't it!");
    QTest::newRow("rfc2231-sections-out-of-order")
        << QByteArray("text/plain; name*1=\"second\"; name*0=\"first-\"")
        << QByteArray("text/plain") << QByteArray("name") << QByteArray("first-second");
    QTest::newRow("rfc2231-extended-wins-over-plain")
        << QByteArray("text/plain; name=\"fallback.txt\"; name*=UTF-8''real.txt")
        << QByteArray("text/plain") << QByteArray("name") << QByteArray("real.txt");
    QTest::newRow("rfc2231-bad-percent-kept")
        << QByteArray("text/plain; name*=UTF-8''a%zzb%4") << QByteArray("text/plain")
        << QByteArray("name") << QByteArray("a%zzb%4");
    QTest::newRow("absent-parameter") << QByteArray("text/plain") << QByteArray("text/plain")
                                      << QByteArray("charset") << QByteArray();
}

void TestMimePart::contentType()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, parameter);
    QFETCH(QByteArray, expected);
    const Message message = Message::parse(withContentType(value));
    const MimePart root = MimePart::parse(message);
    QCOMPARE(root.contentType(), type);
    QCOMPARE(root.mediaType() + '/' + root.subtype(), type);
    QCOMPARE(root.parameter(parameter), expected);
}

void TestMimePart::fileNames_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("leaf");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("attachment");

    QTest::newRow("rfc2231-utf8-continued") << testData("rfc2231-filename.eml") << 1
                                            << QString::fromUtf8("見積書【2024年度】.pdf") << true;
    QTest::newRow("rfc2231-plain-continued-name")
        << testData("rfc2231-filename.eml") << 2 << u"annual report for 2024.txt"_qs << true;
    // Needs the real EncodedWordDecoder (RFC 2047 words in a name, as many mailers send).
    QTest::newRow("encoded-word-name")
        << testData("rfc2231-filename.eml") << 3 << QString::fromUtf8("見積書.xlsx") << true;
    QTest::newRow("quoted-filename")
        << testData("nested-mixed.eml") << 2 << u"quote.pdf"_qs << true;
    QTest::newRow("body-text-no-name") << testData("simple.eml") << 0 << QString() << false;
    QTest::newRow("inline-with-name")
        << QByteArray("Content-Type: image/png; name=a.png\r\nContent-Disposition: inline\r\n\r\nx")
        << 0 << u"a.png"_qs << false;
    QTest::newRow("attachment-without-name")
        << QByteArray("Content-Type: text/plain\r\nContent-Disposition: ATTACHMENT\r\n\r\nx") << 0
        << QString() << true;
    QTest::newRow("disposition-filename-wins")
        << QByteArray("Content-Type: text/plain; name=old.txt\r\n"
                      "Content-Disposition: attachment; filename=\"new.txt\"\r\n\r\nx")
        << 0 << u"new.txt"_qs << true;
}

void TestMimePart::fileNames()
{
    QFETCH(QByteArray, input);
    QFETCH(int, leaf);
    QFETCH(QString, fileName);
    QFETCH(bool, attachment);
    const Message message = Message::parse(input);
    const MimePart root = MimePart::parse(message);
    const QList<const MimePart *> leaves = root.leaves();
    QVERIFY2(leaf < leaves.size(), qPrintable(shape(root)));
    QCOMPARE(leaves.at(leaf)->fileName(), fileName);
    QCOMPARE(leaves.at(leaf)->isAttachment(), attachment);
}

void TestMimePart::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("marker");

    const QByteArray alternative = testData("alternative.eml");
    QTest::newRow("root-first-header") << alternative << QString() << QByteArray("From: Alice");
    QTest::newRow("alternative-plain")
        << alternative << u"0"_qs << QByteArray("Content-Type: text/plain; charset=UTF-8");
    QTest::newRow("alternative-html")
        << alternative << u"1"_qs << QByteArray("Content-Type: text/html");
    const QByteArray rfc822 = testData("rfc822.eml");
    QTest::newRow("rfc822-part") << rfc822 << u"1"_qs << QByteArray("Content-Type: message/rfc822");
    QTest::newRow("rfc822-inner-message") << rfc822 << u"1/0"_qs << QByteArray("From: Carol");
    QTest::newRow("rfc822-inner-html")
        << rfc822 << u"1/0/1"_qs << QByteArray("Content-Type: text/html");
    QTest::newRow("part-without-headers") << QByteArray(
        "Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\nno headers\r\n--q--\r\n")
                                          << u"0"_qs << QByteArray("no headers");
    // The delimiter scan skips from one "--boundary" at a line start to the next and counts the
    // lines between: the part after 3,000 lines of base64, and after text that holds the
    // boundary inside a line, is numbered as a line-by-line walk numbers it.
    QByteArray longBody = "Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
                          "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    for (int i = 0; i < 3000; ++i)
        longBody += QByteArray(76, 'A') + "\r\n";
    longBody += "--zz\r\nContent-Type: text/plain\r\n\r\nsee --zz in the middle, and x--zz\r\n --zz indented\r\n"
                "--zz\r\nContent-Type: text/html\r\n\r\n<p>last</p>\r\n--zz--\r\n";
    QTest::newRow("after-long-attachment") << longBody << u"1"_qs << QByteArray("Content-Type: text/plain");
    QTest::newRow("after-boundary-inside-lines") << longBody << u"2"_qs << QByteArray("Content-Type: text/html");
}

void TestMimePart::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QByteArray, marker);
    const Message message = Message::parse(input);
    const MimePart root = MimePart::parse(message);
    const MimePart *part = partAt(root, path);
    QVERIFY2(part, qPrintable(shape(root)));
    const int expected = lineOf(input, marker);
    QVERIFY(expected > 0);
    QCOMPARE(part->line(), expected);
}

void TestMimePart::findingLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("marker");
    QTest::addColumn<QString>("argName");
    QTest::addColumn<QString>("argValue");

    QTest::newRow("unterminated-at-content-type")
        << testData("truncated.eml") << u"mime.multipart.unterminated"_qs
        << QByteArray("Content-Type: multipart/mixed") << u"boundary"_qs << u"cut"_qs;
    QTest::newRow("no-parts-at-content-type")
        << testData("boundary-absent.eml") << u"mime.multipart.no_parts"_qs
        << QByteArray("Content-Type: multipart/mixed") << u"boundary"_qs << u"never-here"_qs;
    QTest::newRow("invalid-base64-at-bad-line")
        << testData("invalid-base64.eml") << u"mime.base64.invalid"_qs << QByteArray("IS!!Ey")
        << u"line"_qs << QString();
    QTest::newRow("unknown-encoding-at-field")
        << testData("unknown-encoding.eml") << u"mime.encoding.unknown"_qs
        << QByteArray("Content-Transfer-Encoding: x-uuencode") << u"encoding"_qs
        << u"x-uuencode"_qs;
    QTest::newRow("missing-boundary-at-content-type")
        << testData("missing-boundary.eml") << u"mime.boundary.missing"_qs
        << QByteArray("Content-Type: multipart/mixed") << u"line"_qs << QString();
    QTest::newRow("nested-invalid-base64")
        << QByteArray("Content-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\nQUJD\r\nQU*D\r\n--m--\r\n")
        << u"mime.base64.invalid"_qs << QByteArray("QU*D") << u"line"_qs << QString();
}

void TestMimePart::findingLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(QByteArray, marker);
    QFETCH(QString, argName);
    QFETCH(QString, argValue);
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    // The root keeps what it reported, for the format check that reads it later.
    QCOMPARE(root.findings(), findings);
    QVERIFY(root.children().isEmpty() || root.children().first().findings().isEmpty());
    const Finding *finding = findKey(findings, key);
    QVERIFY2(finding, qPrintable(keys(findings).join(u' ')));
    const int expected = lineOf(input, marker);
    QVERIFY(expected > 0);
    QCOMPARE(finding->line, expected);
    // An empty expected value means the argument is the line number itself.
    QCOMPARE(finding->arg(argName), argValue.isEmpty() ? QString::number(expected) : argValue);
}

void TestMimePart::deepNesting_data()
{
    QTest::addColumn<QByteArray>("input");

    QByteArray multipart;
    QByteArray closing;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray b = "b" + QByteArray::number(i);
        multipart += "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n";
        closing.prepend("\r\n--" + b + "--\r\n");
    }
    multipart += "Content-Type: text/plain\r\n\r\ndeep" + closing;
    QTest::newRow("multipart-10000-levels") << multipart;

    QByteArray rfc822;
    for (int i = 0; i < 10000; ++i)
        rfc822 += "Content-Type: message/rfc822\r\n\r\n";
    rfc822 += "Subject: innermost\r\n\r\ndeep\r\n";
    QTest::newRow("rfc822-10000-levels") << rfc822;
}

void TestMimePart::deepNesting()
{
    QFETCH(QByteArray, input);
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    const TreeStats stats = treeStats(root);
    QCOMPARE(stats.maxDepth, Limits::MaxMimeDepth);
    QCOMPARE(stats.count, Limits::MaxMimeDepth + 1);
    QCOMPARE(root.leaves().size(), 1);
    QCOMPARE(countKey(findings, u"mime.depth.exceeded"_qs), 1);
    QCOMPARE(findKey(findings, u"mime.depth.exceeded"_qs)->arg(u"limit"_qs),
        QString::number(Limits::MaxMimeDepth));
}

void TestMimePart::manyParts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("rootChildren");

    QByteArray flat = "Content-Type: multipart/mixed; boundary=p\r\n\r\n";
    for (int i = 0; i < 100000; ++i)
        flat += "--p\r\n";
    flat += "--p--\r\n";
    QTest::newRow("flat-100000-empty-parts") << flat << Limits::MaxMimeParts - 1;

    QByteArray nested = "Content-Type: multipart/mixed; boundary=outer\r\n\r\n";
    for (int i = 0; i < 100; ++i) {
        nested += "--outer\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n";
        for (int j = 0; j < 1000; ++j)
            nested += "--inner\r\n";
        nested += "--inner--\r\n";
    }
    nested += "--outer--\r\n";
    QTest::newRow("nested-100x1000-parts") << nested << 100;
}

void TestMimePart::manyParts()
{
    QFETCH(QByteArray, input);
    QFETCH(int, rootChildren);
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    QCOMPARE(root.children().size(), rootChildren);
    QCOMPARE(treeStats(root).count, Limits::MaxMimeParts);
    QCOMPARE(countKey(findings, u"mime.parts.exceeded"_qs), 1);
    QCOMPARE(findKey(findings, u"mime.parts.exceeded"_qs)->arg(u"limit"_qs),
        QString::number(Limits::MaxMimeParts));
    QCOMPARE(countKey(findings, u"mime.multipart.unterminated"_qs), 0);
}

void TestMimePart::findingsAreCapped()
{
    QByteArray input = "Content-Type: multipart/mixed; boundary=c\r\n\r\n";
    for (int i = 0; i < 30; ++i)
        input += "--c\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n";
    input += "--c--\r\n";
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    QCOMPARE(root.children().size(), 30);
    QCOMPARE(countKey(findings, u"mime.base64.invalid"_qs), Limits::MaxFindingsPerKey);
    const Finding *more = findKey(findings, u"message.findings.more"_qs);
    QVERIFY(more);
    QCOMPARE(more->arg(u"key"_qs), u"mime.base64.invalid"_qs);
    QCOMPARE(more->arg(u"count"_qs), QString::number(30 - Limits::MaxFindingsPerKey));
}

void TestMimePart::largePartIsCut()
{
    QByteArray input = "Content-Type: multipart/mixed; boundary=L\r\n\r\n--L\r\n"
                       "Content-Type: application/octet-stream\r\n\r\n";
    const int partLine = 4;
    input += QByteArray(Limits::MaxMimePartBytes + 10, 'a');
    input += "\r\n--L--\r\n";
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    QCOMPARE(keys(findings), QStringList{u"mime.part.too_large"_qs});
    QCOMPARE(findings.first().arg(u"limit"_qs), QString::number(Limits::MaxMimePartBytes));
    QCOMPARE(findings.first().line, partLine);
    QCOMPARE(root.children().size(), 1);
    const MimePart &part = root.children().first();
    QCOMPARE(part.rawBody().size(), Limits::MaxMimePartBytes + 10);
    QCOMPARE(part.decodedBody().size(), Limits::MaxMimePartBytes);
}

void TestMimePart::findingsOptional()
{
    const Message message = Message::parse(testData("truncated.eml"));
    const MimePart root = MimePart::parse(message, nullptr);
    QCOMPARE(shape(root), u"multipart/mixed[text/plain,text/plain]"_qs);
    QCOMPARE(message.mimeTree().leaves().size(), 2);
}

void TestMimePart::headerOffsetsReferToMessage()
{
    const QByteArray input = testData("nested-mixed.eml");
    const Message message = Message::parse(input);
    const MimePart root = MimePart::parse(message);
    const MimePart *pdf = partAt(root, u"1"_qs);
    QVERIFY(pdf);
    QVERIFY(!pdf->headers().isEmpty());
    const HeaderField &field = pdf->headers().first();
    QCOMPARE(field.offset, input.indexOf("Content-Type: application/pdf"));
    QCOMPARE(input.mid(field.offset, field.raw.size()), field.raw);
    QCOMPARE(pdf->transferEncoding(), QByteArray("base64"));
    QVERIFY(input.contains(pdf->rawBody()));
    QVERIFY(pdf->rawBody().startsWith("JVBERi0x"));
    QCOMPARE(root.transferEncoding(), QByteArray("7bit"));
    QCOMPARE(root.charset(), QByteArray());
}

void TestMimePart::samples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedShape");
    QTest::addColumn<int>("leaf");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("newsletter.eml")
        << sample("newsletter.eml") << u"multipart/alternative[text/plain,text/html]"_qs << 1
        << u"https://shop.example.com/unsubscribe?u=8f2c1d7e5a&amp;list=news"_qs << QString();
    // Needs the real Charset (ISO-2022-JP body).
    QTest::newRow("japanese-iso2022jp.eml") << sample("japanese-iso2022jp.eml") << u"text/plain"_qs
                                            << 0 << QString::fromUtf8("配信停止") << QString();
    QTest::newRow("sjis-attachment.eml")
        << sample("sjis-attachment.eml") << u"multipart/mixed[text/plain,application/pdf]"_qs << 1
        << u"%PDF-1.4"_qs << QString::fromUtf8("御見積書_2024年5月.pdf");
    QTest::newRow("headers-only.eml")
        << sample("headers-only.eml") << u"multipart/alternative"_qs << 0 << QString() << QString();
    QTest::newRow("dmarc-fail.eml")
        << sample("dmarc-fail.eml") << u"text/html"_qs << 0
        << u"http://203.0.113.66/examplebank/verify/login.php"_qs << QString();
    QTest::newRow("forwarded-list.eml")
        << sample("forwarded-list.eml")
        << u"multipart/mixed[text/plain,message/rfc822[multipart/alternative[text/plain,text/html]],text/plain]"_qs
        << 3 << u"users mailing list"_qs << QString();
}

void TestMimePart::samples()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedShape);
    QFETCH(int, leaf);
    QFETCH(QString, contains);
    QFETCH(QString, fileName);
    QVERIFY(!input.isEmpty());
    const Message message = Message::parse(input);
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    QCOMPARE(shape(root), expectedShape);
    QCOMPARE(keys(findings), QStringList());
    const QList<const MimePart *> leaves = root.leaves();
    QVERIFY(leaf < leaves.size());
    const MimePart *part = leaves.at(leaf);
    QVERIFY2(part->text().contains(contains), qPrintable(part->text().left(200)));
    QCOMPARE(part->fileName(), fileName);
    QCOMPARE(part->isAttachment(), !fileName.isEmpty());
}

void TestMimePart::samplesAllCovered()
{
    // A new sample needs a row in samples_data().
    const QStringList files = QDir(samplesDir()).entryList({u"*.eml"_qs}, QDir::Files, QDir::Name);
    QStringList rows{u"dmarc-fail.eml"_qs,
        u"forwarded-list.eml"_qs,
        u"headers-only.eml"_qs,
        u"japanese-iso2022jp.eml"_qs,
        u"newsletter.eml"_qs,
        u"sjis-attachment.eml"_qs};
    QCOMPARE(files, rows);
}

void TestMimePart::samplesUseCrlf()
{
    const QStringList files = QDir(samplesDir()).entryList({u"*.eml"_qs}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const QByteArray bytes = readFile(samplesDir() + u'/' + name);
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        const qsizetype lf = bytes.count('\n');
        const qsizetype crlf = bytes.count("\r\n");
        QVERIFY2(lf == crlf, qPrintable(name));
        QVERIFY2(bytes.endsWith("\r\n"), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestMimePart)
#include "TestMimePart.moc"
