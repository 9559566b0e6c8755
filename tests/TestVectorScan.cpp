#include "core/text/VectorScan.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace kensa;

// The vector scans against byte-loop references, with the interesting byte placed at every
// offset around the 16-, 32- and 64-byte block boundaries.
class TestVectorScan : public QObject
{
    Q_OBJECT

private slots:
    void scans_data();
    void scans();
    void randomBytes();
    void base64SymbolsEveryByte();
    void countLineFeedsMatchesByteLoop();
    void base64BlocksMatchByteLoop();

private:
    static void compareAll(const QByteArray &text);
};

namespace {

qsizetype refCanonicalChange(const QByteArray &t, bool relaxed)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\n' && (i == 0 || t[i - 1] != '\r'))
            return i;
        if (relaxed
            && (c == '\t'
                || (c == ' ' && i + 1 < t.size() && (t[i + 1] == ' ' || t[i + 1] == '\r'))))
            return i;
    }
    return t.size();
}

bool refAllCrlf(const QByteArray &t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == '\n' && (i == 0 || t[i - 1] != '\r'))
            return false;
        if (t[i] == '\r' && (i + 1 == t.size() || t[i + 1] != '\n'))
            return false;
    }
    return true;
}

qsizetype refWspRun(const QByteArray &t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == '\t'
            || (t[i] == ' ' && i + 1 < t.size() && (t[i + 1] == ' ' || t[i + 1] == '\t')))
            return i;
    }
    return t.size();
}

qsizetype refWspOrBreak(const QByteArray &t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')
            return i;
    }
    return t.size();
}

bool refPlain(const QByteArray &t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if ((unsigned char)t[i] >= 0x80 || (t[i] == '=' && i + 1 < t.size() && t[i + 1] == '?'))
            return false;
    }
    return true;
}

} // namespace

void TestVectorScan::compareAll(const QByteArray &text)
{
    const char *b = text.constData();
    const char *e = b + text.size();
    QCOMPARE(VectorScan::findCanonicalChange(b, e, false) - b, refCanonicalChange(text, false));
    QCOMPARE(VectorScan::findCanonicalChange(b, e, true) - b, refCanonicalChange(text, true));
    QCOMPARE(VectorScan::allCrlf(b, e), refAllCrlf(text));
    QCOMPARE(VectorScan::findWspRun(b, e) - b, refWspRun(text));
    QCOMPARE(VectorScan::findWspOrLineBreak(b, e) - b, refWspOrBreak(text));
    QCOMPARE(VectorScan::isPlainAscii(text), refPlain(text));
}

void TestVectorScan::scans_data()
{
    QTest::addColumn<QByteArray>("insert"); // placed at every offset of a CRLF text
    QTest::addColumn<int>("length");

    for (int length : {15, 16, 17, 31, 32, 33, 63, 64, 65, 66, 127, 128, 129, 200}) {
        const QByteArray n = QByteArray::number(length);
        QTest::newRow("bare-lf-" + n) << QByteArray("\n") << length;
        QTest::newRow("bare-cr-" + n) << QByteArray("\r") << length;
        QTest::newRow("crlf-" + n) << QByteArray("\r\n") << length;
        QTest::newRow("tab-" + n) << QByteArray("\t") << length;
        QTest::newRow("two-spaces-" + n) << QByteArray("  ") << length;
        QTest::newRow("space-before-crlf-" + n) << QByteArray(" \r\n") << length;
        QTest::newRow("encoded-word-" + n) << QByteArray("=?") << length;
        QTest::newRow("corrupt-high-byte-" + n) << QByteArray("\xff") << length;
        QTest::newRow("corrupt-nul-" + n) << QByteArray(1, '\0') << length;
        QTest::newRow("corrupt-lf-cr-" + n) << QByteArray("\n\r") << length;
    }
}

void TestVectorScan::scans()
{
    QFETCH(QByteArray, insert);
    QFETCH(int, length);
    // Words and single spaces, with CRLF line ends: nothing to find but what is inserted.
    QByteArray base;
    while (base.size() < length)
        base += (base.size() % 23 == 21) ? QByteArray("\r\n") : QByteArray("ab c");
    base.truncate(length);
    if (base.endsWith('\r'))
        base[base.size() - 1] = 'x';
    for (qsizetype at = 0; at <= base.size(); ++at) {
        const QByteArray text = base.left(at) + insert + base.mid(at);
        compareAll(text);
        if (QTest::currentTestFailed())
            qWarning() << "at" << at << text.toPercentEncoding();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestVectorScan::randomBytes()
{
    // Corrupted input: random bytes drawn mostly from the classes the scans look for.
    QRandomGenerator random(1234);
    static const char alphabet[] = "ab \t\r\n=?\x80";
    for (int round = 0; round < 2000; ++round) {
        QByteArray text(random.bounded(300), Qt::Uninitialized);
        for (char &c : text)
            c = alphabet[random.bounded(int(sizeof alphabet - 1))];
        compareAll(text);
        if (QTest::currentTestFailed())
            return;
    }
}

// The vector count against a byte loop, on texts long enough to pass the count's flush every
// 255 blocks, at every misalignment of the start and the end.
void TestVectorScan::countLineFeedsMatchesByteLoop()
{
    QRandomGenerator random(99);
    for (const int size : {0, 1, 15, 16, 17, 255 * 16 - 1, 255 * 16, 255 * 16 + 1, 20000}) {
        QByteArray text(size, Qt::Uninitialized);
        for (char &c : text)
            c = random.bounded(4) == 0 ? '\n' : char(random.bounded(256));
        for (int cut = 0; cut < 3 && cut <= size; ++cut) {
            const char *p = text.constData() + cut;
            const char *e = text.constData() + size - (size - cut >= 2 ? cut / 2 : 0);
            QCOMPARE(VectorScan::countLineFeeds(p, e), qsizetype(std::count(p, e, '\n')));
        }
    }
    const QByteArray all(300000, '\n');
    QCOMPARE(VectorScan::countLineFeeds(all.constData(), all.constData() + all.size()), qsizetype(all.size()));
}

// Every byte value at every place of a run of symbols: the run stops there exactly when the byte
// is outside the alphabet, in the vector blocks and in the tail alike.
void TestVectorScan::base64SymbolsEveryByte()
{
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QByteArray run;
    for (int i = 0; i < 48; ++i)
        run.append(alphabet.at((i * 7) % 64));
    QCOMPARE(VectorScan::skipBase64Symbols(run.constData(), run.constData() + run.size()),
             run.constData() + run.size());
    int stops = 0;
    for (int byte = 0; byte < 256; ++byte) {
        const bool symbol = alphabet.contains(char(byte));
        for (int at = 0; at < run.size(); ++at) {
            QByteArray text = run;
            text[at] = char(byte);
            const char *end = text.constData() + text.size();
            const char *stop = VectorScan::skipBase64Symbols(text.constData(), end);
            QCOMPARE(stop, symbol ? end : text.constData() + at);
            stops += stop != end;
        }
    }
    QCOMPARE(stops, (256 - 64) * 48);
}

// skipBase64Blocks() against a byte loop over the same 64-byte blocks, on random bodies of
// symbols and separators with now and then a byte that stops it.
void TestVectorScan::base64BlocksMatchByteLoop()
{
    const QByteArray symbols("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    const QByteArray separators("\r\n \t");
    const QByteArray stoppers("=!-@[`{:\x80\xff", 10);
    QRandomGenerator random(20261205);
    int stopped = 0;
    int whole = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text(random.bounded(400), Qt::Uninitialized);
        const int stopOdds = 1 + random.bounded(400); // one byte in stopOdds stops, about
        for (char &c : text) {
            const int r = random.bounded(stopOdds * 10);
            c = r < 10 ? stoppers.at(r) : r % 8 == 0 ? separators.at(r / 8 % 4) : symbols.at(r % 64);
        }
        VectorScan::Base64Blocks expected;
        qsizetype expectedStop = 0;
        for (; text.size() - expectedStop >= 64; expectedStop += 64) {
            const QByteArray block = text.mid(expectedStop, 64);
            bool clean = true;
            for (const char c : block)
                clean = clean && (symbols.contains(c) || separators.contains(c));
            if (!clean)
                break;
            for (const char c : block) {
                if (c == '\n')
                    ++expected.lineFeeds;
                if (symbols.contains(c)) {
                    ++expected.symbols;
                    expected.lineFeedsBeforeLastSymbol = expected.lineFeeds;
                }
            }
        }
        VectorScan::Base64Blocks blocks;
        const char *stop = VectorScan::skipBase64Blocks(text.constData(), text.constData() + text.size(), blocks);
        QCOMPARE(stop - text.constData(), expectedStop);
        QCOMPARE(blocks.symbols, expected.symbols);
        QCOMPARE(blocks.lineFeeds, expected.lineFeeds);
        QCOMPARE(blocks.lineFeedsBeforeLastSymbol, expected.lineFeedsBeforeLastSymbol);
        stopped += text.constData() + text.size() - stop >= 64;
        whole += stop - text.constData() >= 128;
    }
    // Both a stopping block and runs of whole blocks were drawn often.
    QVERIFY(stopped > 500);
    QVERIFY(whole > 500);
}

QTEST_GUILESS_MAIN(TestVectorScan)
#include "TestVectorScan.moc"
