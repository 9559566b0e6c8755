#include "core/text/Base64.h"

#include <QTest>

using namespace kensa;

// The one base64 decoder, under the rules of DKIM tags, encoded words and MIME bodies.
class TestBase64 : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void strictMatchesQt_data() { decode_data(); }
    void strictMatchesQt();
    void lenientLimit();
};

void TestBase64::decode_data()
{
    QTest::addColumn<QByteArray>("in");
    // The decoded text, or "!" when the rules refuse the input.
    QTest::addColumn<QByteArray>("strict");
    QTest::addColumn<QByteArray>("encodedWord");
    QTest::addColumn<QByteArray>("lenient");

    // RFC 4648 §10 test vectors.
    QTest::newRow("rfc4648-empty")
        << QByteArray("") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::newRow("rfc4648-f") << QByteArray("Zg==") << QByteArray("f") << QByteArray("f")
                               << QByteArray("f");
    QTest::newRow("rfc4648-fo") << QByteArray("Zm8=") << QByteArray("fo") << QByteArray("fo")
                                << QByteArray("fo");
    QTest::newRow("rfc4648-foo") << QByteArray("Zm9v") << QByteArray("foo") << QByteArray("foo")
                                 << QByteArray("foo");
    QTest::newRow("rfc4648-foob") << QByteArray("Zm9vYg==") << QByteArray("foob")
                                  << QByteArray("foob") << QByteArray("foob");
    QTest::newRow("rfc4648-fooba") << QByteArray("Zm9vYmE=") << QByteArray("fooba")
                                   << QByteArray("fooba") << QByteArray("fooba");
    QTest::newRow("rfc4648-foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar")
                                    << QByteArray("foobar") << QByteArray("foobar");
    // Missing padding: every rule set reads it.
    QTest::newRow("no-padding") << QByteArray("Zm8") << QByteArray("fo") << QByteArray("fo")
                                << QByteArray("fo");
    // Padding on a length that is not a multiple of 4: only RFC 2047 tolerates it.
    QTest::newRow("padding-short")
        << QByteArray("Zm8=x") << QByteArray("!") << QByteArray("!") << QByteArray("fo");
    QTest::newRow("padding-odd-length")
        << QByteArray("Zg=") << QByteArray("!") << QByteArray("f") << QByteArray("f");
    // Concatenated blocks: MIME bodies decode on after "=".
    QTest::newRow("concatenated") << QByteArray("Zg==Zg==") << QByteArray("!") << QByteArray("!")
                                  << QByteArray("ff");
    // Line breaks and spaces: bodies skip them, tags and words refuse them.
    QTest::newRow("line-break") << QByteArray("Zm9v\r\nYmFy") << QByteArray("!") << QByteArray("!")
                                << QByteArray("foobar");
    // Corrupted input.
    QTest::newRow("corrupt-single-symbol")
        << QByteArray("Z") << QByteArray("") << QByteArray("!") << QByteArray("");
    QTest::newRow("corrupt-five-symbols")
        << QByteArray("Zm9vY") << QByteArray("foo") << QByteArray("!") << QByteArray("foo");
    QTest::newRow("corrupt-outside-alphabet")
        << QByteArray("Zm9v!!!!") << QByteArray("!") << QByteArray("!") << QByteArray("foo");
    QTest::newRow("corrupt-url-alphabet")
        << QByteArray("-_-_") << QByteArray("!") << QByteArray("!") << QByteArray("");
    QTest::newRow("corrupt-only-padding")
        << QByteArray("====") << QByteArray("!") << QByteArray("!") << QByteArray("");
    QTest::newRow("corrupt-three-padding")
        << QByteArray("Zg===") << QByteArray("!") << QByteArray("!") << QByteArray("f");
    QTest::newRow("corrupt-nul") << QByteArray("Zm\0v", 4) << QByteArray("!") << QByteArray("!")
                                 << QByteArray("fk");
    QTest::newRow("corrupt-high-bytes")
        << QByteArray("\xff\xfe\xfd\xfc") << QByteArray("!") << QByteArray("!") << QByteArray("");
}

void TestBase64::decode()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, strict);
    QFETCH(QByteArray, encodedWord);
    QFETCH(QByteArray, lenient);
    const auto shown = [](const std::optional<QByteArray> &d) { return d ? *d : QByteArray("!"); };
    QCOMPARE(shown(Base64::decode(in)), strict);
    QCOMPARE(shown(Base64::decode(in, Base64::Rules::EncodedWord)), encodedWord);
    QCOMPARE(shown(Base64::decode(in, Base64::Rules::Lenient)), lenient);
}

// DKIM's rules are Qt's strict ones (the key record was read with Qt before).
void TestBase64::strictMatchesQt()
{
    QFETCH(QByteArray, in);
    const auto qt = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    const std::optional<QByteArray> ours = Base64::decode(in);
    QCOMPARE(ours.has_value(), bool(qt));
    if (ours)
        QCOMPARE(*ours, qt.decoded);
}

void TestBase64::lenientLimit()
{
    const QByteArray in = QByteArray("Zm9vYmFy").repeated(100);
    QCOMPARE(Base64::decode(in, Base64::Rules::Lenient, 10)->size(), 10);
    QCOMPARE(Base64::decode(in, Base64::Rules::Lenient)->size(), 600);
    for (int c = 0; c < 256; ++c) {
        const char ch = char(c);
        const bool inAlphabet = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')
            || (ch >= '0' && ch <= '9') || ch == '+' || ch == '/';
        QCOMPARE(Base64::value(ch) >= 0, inAlphabet);
    }
}

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
