#include "core/analysis/Analyzer.h"
#include "core/i18n/Explanations.h"
#include "core/base/Limits.h"

#include <QTest>

using namespace kensa;

// Hostile and broken input: nothing may crash or hang, every problem is named with its line,
// and whatever can still be read is kept.
class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void tenMegabyteHeaderLine();
    void hundredThousandHeaderFields();
    void oversizedInputIsCut();
    void everyKeyHasText();

private:
    static Report analyze(const QByteArray &bytes)
    {
        AnalysisInput input;
        input.bytes = bytes;
        input.source.file = QStringLiteral("bad.eml");
        input.source.origin = QStringLiteral("file");
        return Analyzer::analyze(input);
    }
    static const Finding *find(const Report &r, const QString &key)
    {
        for (const Finding &f : r.findings) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
};

void TestBadInput::findings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");          // 0: the finding has no line
    QTest::addColumn<QString>("keptHeader"); // a header that must still be parsed, or ""

    QTest::newRow("empty-file") << QByteArray() << QStringLiteral("input.empty") << 0 << QString();
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20); // 20 bytes: signature, IHDR length and type, width
    png += QByteArray(4000, '\x7f');
    QTest::newRow("png-renamed-eml") << png << QStringLiteral("input.binary") << 0 << QString();
    QTest::newRow("no-blank-line-before-body")
        << QByteArray("From: a@example.com\r\nSubject: hello\r\nThis is the body.\r\n")
        << QStringLiteral("message.header.missing_blank_line") << 3 << QStringLiteral("Subject");
    QTest::newRow("nul-bytes") << QByteArray("From: a@example.com\r\nSubject: a\0b\r\n\r\nx\r\n", 39)
                               << QStringLiteral("message.nul_byte") << 2 << QStringLiteral("From");
    QTest::newRow("broken-encoded-word")
        << QByteArray("From: a@example.com\r\nSubject: =?utf-8?B?!!!notbase64!!!?=\r\n\r\nx\r\n")
        << QStringLiteral("header.encoded_word.bad_payload") << 2 << QStringLiteral("From");
    QTest::newRow("unknown-charset-label")
        << QByteArray("From: a@example.com\r\nSubject: =?x-no-such-charset?Q?abc?=\r\n\r\nx\r\n")
        << QStringLiteral("header.encoded_word.unknown_charset") << 2 << QStringLiteral("From");
    // Shift_JIS bytes labelled as UTF-8.
    QTest::newRow("wrong-charset-label")
        << QByteArray("From: a@example.com\r\nSubject: =?UTF-8?B?k/qWe4zq?=\r\n\r\nx\r\n")
        << QStringLiteral("header.encoded_word.invalid_bytes") << 2 << QStringLiteral("From");
    QTest::newRow("truncated-multipart")
        << QByteArray("From: a@example.com\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n"
                      "--XYZ\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--XYZ\r\n"
                      "Content-Type: text/plain\r\n\r\nsecond part, cut off")
        << QStringLiteral("mime.multipart.unterminated") << 0 << QStringLiteral("Content-Type");
    QTest::newRow("utf8-byte-order-mark")
        << QByteArray("\xef\xbb\xbf" "From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n")
        << QStringLiteral("normalise.bom_removed") << 0 << QStringLiteral("Subject");
    QTest::newRow("show-original-page-saved-as-file")
        << QByteArray("Original Message\r\nMessage ID\t<1@example.com>\r\nCreated at:\tTue, 14 May 2024\r\n"
                      "Download Original\r\nReceived: from x by y; Tue, 14 May 2024 08:02:00 +0000\r\n"
                      "From: a@example.com\r\n\r\nbody\r\n")
        << QStringLiteral("normalise.wrapper_removed.gmail") << 0 << QStringLiteral("Received");
    QTest::newRow("encoded-word-split-by-fold")
        << QByteArray("From: a@example.com\r\nSubject: =?ISO-2022-JP?B?GyRCN29MPiRO\r\n JUYlOSVIGyhC?=\r\n\r\nx\r\n")
        << QStringLiteral("header.encoded_word.split") << 2 << QStringLiteral("Subject");
    QTest::newRow("stray-continuation-first")
        << QByteArray("  indented garbage\r\nFrom: a@example.com\r\n\r\n")
        << QStringLiteral("message.header.leading_continuation") << 1 << QStringLiteral("From");
}

void TestBadInput::findings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(QString, keptHeader);
    const Report r = analyze(input);
    const Finding *f = find(r, key);
    QVERIFY2(f, qPrintable(QStringLiteral("no finding %1").arg(key)));
    if (line > 0)
        QCOMPARE(f->line, line);
    QVERIFY2(Explanations::hasText(key), qPrintable(key));
    if (!keptHeader.isEmpty())
        QVERIFY(r.message.field(keptHeader.toLatin1()));
}

void TestBadInput::tenMegabyteHeaderLine()
{
    const QByteArray input = "From: a@example.com\r\nX-Long: " + QByteArray(10 * 1024 * 1024, 'x')
                             + "\r\nSubject: after the long line\r\n\r\nbody\r\n";
    const Report r = analyze(input);
    QCOMPARE(r.message.headers().size(), 3);
    QCOMPARE(r.summary.subject, QStringLiteral("after the long line"));
    const HeaderField *longField = r.message.field("X-Long");
    QVERIFY(longField);
    QCOMPARE(longField->raw.size(), 10 * 1024 * 1024 + 10);
    // The display value is bounded; the raw bytes are not touched.
    QVERIFY(longField->displayValue.size() <= Limits::MaxDecodedValueBytes + 1);
    const Finding *f = find(r, QStringLiteral("message.line.too_long"));
    QVERIFY(f);
    QCOMPARE(f->line, 2);
}

void TestBadInput::hundredThousandHeaderFields()
{
    QByteArray input = "From: a@example.com\r\n";
    for (int i = 0; i < 100000; ++i)
        input += "X-Field-" + QByteArray::number(i) + ": value\r\n";
    input += "\r\nbody\r\n";
    const Report r = analyze(input);
    QCOMPARE(r.message.headers().size(), Limits::MaxHeaderFields);
    QCOMPARE(r.message.droppedHeaderFields(), 100001 - Limits::MaxHeaderFields);
    QVERIFY(find(r, QStringLiteral("message.header.too_many")));
    QCOMPARE(r.message.body(), QByteArrayView("body\r\n"));
    QCOMPARE(r.summary.from, QStringLiteral("a@example.com"));
}

void TestBadInput::oversizedInputIsCut()
{
    QByteArray input = "From: a@example.com\r\n\r\n";
    input += QByteArray(Limits::MaxMessageBytes + 1024, 'a');
    const Report r = analyze(input);
    QVERIFY(r.message.bytes().size() <= Limits::MaxMessageBytes);
    QVERIFY(find(r, QStringLiteral("normalise.truncated")));
    QVERIFY(r.source.normalised.contains(QStringLiteral("truncated")));
}

void TestBadInput::everyKeyHasText()
{
    const QStringList keys = Explanations::keys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        Finding f;
        f.key = key;
        QVERIFY2(Explanations::text(f) != key, qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
