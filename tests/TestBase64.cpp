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
    void firstInvalidLine_data();
    void firstInvalidLine();
    void firstInvalidLineMatchesByteLoop();
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

void TestBase64::firstInvalidLine_data()
{
    QTest::addColumn<QByteArray>("body");
    // The line of the first offence (the body's first line is 0), -1 for a valid body.
    QTest::addColumn<int>("line");

    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("one-line") << QByteArray("Zm9vYmFy\r\n") << -1;
    QTest::newRow("padded") << QByteArray("Zm9vYg==\r\n") << -1;
    QTest::newRow("lines-lf") << QByteArray("Zm9v\nYmFy\n") << -1;
    QTest::newRow("lines-crlf") << QByteArray("Zm9v\r\nYmFy\r\n\r\n") << -1;
    QTest::newRow("spaces-and-tabs") << QByteArray(" Zm9v \t\r\n\tYmFy  ") << -1;
    QTest::newRow("padding-then-blank-lines") << QByteArray("Zg==\r\n\r\n \r\n") << -1;
    QTest::newRow("padding-alone") << QByteArray("====") << -1;
    QTest::newRow("no-final-newline") << QByteArray("Zm9v\r\nYmE") << -1;
    // Corrupted bodies.
    QTest::newRow("corrupt-outside-alphabet") << QByteArray("Zm9v\r\nYm!y\r\n") << 1;
    QTest::newRow("corrupt-first-byte") << QByteArray("-Zm9v") << 0;
    QTest::newRow("corrupt-symbol-after-padding") << QByteArray("Zg==\r\nZm9v\r\n") << 1;
    QTest::newRow("corrupt-symbol-after-padding-same-line") << QByteArray("Zg==Zg==") << 0;
    QTest::newRow("corrupt-single-final-symbol") << QByteArray("Zm9v\r\nY\r\n\r\n") << 1;
    QTest::newRow("corrupt-five-symbols-across-lines") << QByteArray("Zm\r\n9vY\r\n") << 1;
    QTest::newRow("corrupt-nul") << QByteArray("Zm9v\r\n\r\nZm\0v", 14) << 2;
    QTest::newRow("corrupt-high-byte") << QByteArray("Zm9v\xff") << 0;
    QTest::newRow("corrupt-form-feed") << QByteArray("Zm9v\fYmFy") << 0;
    QTest::newRow("corrupt-url-alphabet") << QByteArray("Zm9v\n-_-_") << 1;
}

void TestBase64::firstInvalidLine()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QCOMPARE(Base64::firstInvalidLine(body), line);
}

// The scanner replaced a loop that looked at one byte at a time (MimePart before 2026-12): the
// same answer for bodies of random bytes drawn from the symbols, the separators and a few
// offending bytes.
void TestBase64::firstInvalidLineMatchesByteLoop()
{
    const auto byteLoop = [](const QByteArray &body) {
        int line = 0;
        qsizetype symbols = 0;
        bool padded = false;
        int lastSymbolLine = 0;
        for (const char c : body) {
            if (c == '\n') {
                ++line;
                continue;
            }
            if (c == '\r' || c == ' ' || c == '\t')
                continue;
            if (c == '=') {
                padded = true;
                continue;
            }
            if (Base64::value(c) < 0 || padded)
                return line;
            ++symbols;
            lastSymbolLine = line;
        }
        return symbols % 4 == 1 ? lastSymbolLine : -1;
    };
    const QByteArray pool("AZaz09+/AZaz09+/AZaz09+/AZaz09+/\r\n\r\n \t==!-\x80");
    quint32 seed = 20261205;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u; // Numerical Recipes LCG: fixed, reproducible
        return seed >> 8;
    };
    int invalid = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray body;
        // Short bodies, and bodies of several 64-byte blocks (the vector scan's).
        const int length = int(round % 2 ? next() % 40 : next() % 300);
        for (int i = 0; i < length; ++i) {
            // Mostly symbols and separators, so that valid bodies are common too.
            const quint32 r = next();
            body.append(r % 8 == 0 ? pool.at(int(r / 8 % quint32(pool.size())))
                                   : pool.at(int(r / 8 % 38)));
        }
        const int expected = byteLoop(body);
        if (expected >= 0)
            ++invalid;
        QCOMPARE(Base64::firstInvalidLine(body), expected);
    }
    // Both kinds were drawn.
    QVERIFY(invalid > 500);
    QVERIFY(invalid < 4500);
}

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
