#include "core/base/Limits.h"
#include "core/message/Message.h"
#include "core/input/PasteNormalizer.h"
#include "core/text/VectorScan.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace kensa;

// Pasted "show original" text from the four providers (samples written for these tests from the
// pages' published layouts), and files as they come.
class TestPasteNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void pastes_data();
    void pastes();
    void files_data();
    void files();
    void byteOrderMarkIsNotice();
    void everyLineEndsWithCrlf();
    void corrupted_data();
    void corrupted();
    void oversizedInputIsCut();

private:
    static QByteArray read(const QString &name)
    {
        QFile f(QStringLiteral(KENSA_TEST_DATA_DIR "/paste/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool hasBareLf(const QByteArray &b)
    {
        for (qsizetype i = 0; i < b.size(); ++i) {
            if (b.at(i) == '\n' && (i == 0 || b.at(i - 1) != '\r'))
                return true;
        }
        return false;
    }
};

void TestPasteNormalizer::pastes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("wrapper");
    QTest::addColumn<QByteArray>("firstLine");
    QTest::addColumn<int>("linesRemoved");
    QTest::addColumn<QByteArray>("bodyContains"); // "" for headers only

    QTest::newRow("gmail-show-original-en") << QStringLiteral("gmail-show-original-en.txt") << QStringLiteral("gmail")
                                            << QByteArray("ARC-Seal: i=1; cv=none; a=rsa-sha256; d=example.net; s=arc-2024;") << 11
                                            << QByteArray("Spring sale");
    QTest::newRow("gmail-show-original-ja") << QStringLiteral("gmail-show-original-ja.txt") << QStringLiteral("gmail")
                                            << QByteArray("ARC-Seal: i=1; cv=none; a=rsa-sha256; d=example.net; s=arc-2024;") << 11
                                            << QByteArray("Spring sale");
    QTest::newRow("gmail-without-buttons") << QStringLiteral("gmail-without-buttons.txt") << QStringLiteral("gmail")
                                           << QByteArray("ARC-Seal: i=1; cv=none; a=rsa-sha256; d=example.net; s=arc-2024;") << 10
                                           << QByteArray("Spring sale");
    QTest::newRow("outlook-web-source") << QStringLiteral("outlook-web-source.txt") << QStringLiteral("outlook")
                                        << QByteArray("Return-Path: <info-bounce@mail.example.jp>") << 2 << QByteArray("$B");
    QTest::newRow("outlook-desktop-internet-headers") << QStringLiteral("outlook-desktop-internet-headers.txt")
                                                      << QStringLiteral("outlook") << QByteArray("Received: from")
                                                      << 6 << QByteArray();
    QTest::newRow("outlook-desktop-ja") << QStringLiteral("outlook-desktop-ja.txt") << QStringLiteral("outlook")
                                        << QByteArray("Received: from") << 5 << QByteArray();
    QTest::newRow("yahoo-raw-message") << QStringLiteral("yahoo-raw-message.txt") << QString()
                                       << QByteArray("Return-Path:") << 3 << QByteArray("Example Bank");
    QTest::newRow("apple-raw-source") << QStringLiteral("apple-raw-source.txt") << QString()
                                      << QByteArray("Delivered-To: taro.yamada@example.net") << 0 << QByteArray("FYI, forwarding");
    QTest::newRow("plain-headers-no-wrapper") << QStringLiteral("plain-headers-no-wrapper.txt") << QString()
                                              << QByteArray("From: a@example.com") << 0 << QByteArray();
}

void TestPasteNormalizer::pastes()
{
    QFETCH(QString, file);
    QFETCH(QString, wrapper);
    QFETCH(QByteArray, firstLine);
    QFETCH(int, linesRemoved);
    QFETCH(QByteArray, bodyContains);
    const QByteArray input = read(file);
    QVERIFY2(!input.isEmpty(), qPrintable(file));
    // The page saved as .txt, dropped or piped in is read as the paste is.
    for (const auto origin : {PasteNormalizer::Origin::Paste, PasteNormalizer::Origin::File}) {
        const NormalizedInput n = PasteNormalizer::normalize(input, origin);
        QVERIFY2(n.bytes.startsWith(firstLine), n.bytes.left(120).constData());
        QCOMPARE(n.wrapper, wrapper);
        QCOMPARE(n.linesRemovedAbove, linesRemoved);
        QVERIFY(!hasBareLf(n.bytes));
        QVERIFY(n.changes.contains(QStringLiteral("lf_to_crlf")));
        const bool pageRemoved = n.changes.contains(QStringLiteral("wrapper_removed"));
        if (!wrapper.isEmpty())
            QVERIFY(pageRemoved);
        QStringList notes;
        for (const Finding &f : n.findings) {
            if (f.key.endsWith(u"_whitespace"))
                notes.append(f.key);
        }
        if (origin == PasteNormalizer::Origin::Paste)
            QCOMPARE(notes, QStringList{QStringLiteral("normalise.paste_whitespace")});
        else if (pageRemoved)
            QCOMPARE(notes, QStringList{QStringLiteral("normalise.copied_whitespace")});
        else
            QVERIFY(notes.isEmpty());
        const Message m = Message::parse(n.bytes);
        QVERIFY(m.findings().isEmpty() || m.findings().first().key != u"message.no_headers");
        if (bodyContains.isEmpty()) {
            QVERIFY(m.headersOnly());
        } else {
            QVERIFY(!m.headersOnly());
            QVERIFY(m.body().contains(bodyContains));
        }
    }
}

void TestPasteNormalizer::files_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("changes");

    QTest::newRow("file-crlf-untouched") << QByteArray("From: a@b\r\n\r\nbody\r\n") << QByteArray("From: a@b\r\n\r\nbody\r\n")
                                         << QStringList{};
    QTest::newRow("file-lf") << QByteArray("From: a@b\n\nbody\n") << QByteArray("From: a@b\r\n\r\nbody\r\n")
                             << QStringList{QStringLiteral("lf_to_crlf")};
    QTest::newRow("bare-cr") << QByteArray("From: a@b\r\rbody\r") << QByteArray("From: a@b\r\n\r\nbody\r\n")
                             << QStringList{QStringLiteral("cr_to_crlf")};
    QTest::newRow("mixed-endings") << QByteArray("From: a@b\r\nTo: c@d\n\r\nx\n") << QByteArray("From: a@b\r\nTo: c@d\r\n\r\nx\r\n")
                                   << QStringList{QStringLiteral("lf_to_crlf")};
    QTest::newRow("mbox-from-line") << QByteArray("From sender@example.com Tue May 14 08:02:00 2024\nFrom: a@b\n\nx\n")
                                    << QByteArray("From: a@b\r\n\r\nx\r\n")
                                    << QStringList{QStringLiteral("lf_to_crlf"), QStringLiteral("mbox_from_line_removed")};
    // A message (its first line a header field) keeps every line, whatever its body quotes.
    const QByteArray forwarded = "From: a@b\r\nSubject: Fwd\r\n\r\nOriginal Message\r\n"
                                 "Received: from x by y; Tue, 14 May 2024 08:02:00 +0000\r\nFrom: c@d\r\n\r\nx\r\n";
    QTest::newRow("file-opening-with-field-untouched") << forwarded << forwarded << QStringList{};
    QTest::newRow("file-opening-with-continuation-untouched")
        << QByteArray(" stray\r\nOriginal Message\r\nReceived: from x by y; Tue, 14 May 2024 08:02:00 +0000\r\n\r\n")
        << QByteArray(" stray\r\nOriginal Message\r\nReceived: from x by y; Tue, 14 May 2024 08:02:00 +0000\r\n\r\n")
        << QStringList{};
    // RFC 5322 text has no byte-order mark; Windows editors write one.
    QTest::newRow("utf8-bom") << QByteArray("\xef\xbb\xbf" "From: a@b\r\n\r\nx\r\n") << QByteArray("From: a@b\r\n\r\nx\r\n")
                              << QStringList{QStringLiteral("bom_removed")};
    QTest::newRow("utf8-bom-lf") << QByteArray("\xef\xbb\xbf" "Subject: \xe4\xbb\xb6\n\nx\n")
                                 << QByteArray("Subject: \xe4\xbb\xb6\r\n\r\nx\r\n")
                                 << QStringList{QStringLiteral("bom_removed"), QStringLiteral("lf_to_crlf")};
    QTest::newRow("bom-not-at-start-kept") << QByteArray("Subject: \xef\xbb\xbfx\r\n\r\n")
                                           << QByteArray("Subject: \xef\xbb\xbfx\r\n\r\n") << QStringList{};
    // Classic Mac OS line ends, a folded field among them.
    QTest::newRow("cr-only-folded") << QByteArray("From: a@b\rSubject: one\r two\r\rbody\r")
                                    << QByteArray("From: a@b\r\nSubject: one\r\n two\r\n\r\nbody\r\n")
                                    << QStringList{QStringLiteral("cr_to_crlf")};
    QTest::newRow("crlf-across-simd-block") << QByteArray("0123456789abcde\r\nx\r\n") << QByteArray("0123456789abcde\r\nx\r\n")
                                            << QStringList{};
    QTest::newRow("lone-cr-in-long-line") << QByteArray("0123456789abcdef\rghij\r\n") << QByteArray("0123456789abcdef\r\nghij\r\n")
                                          << QStringList{QStringLiteral("cr_to_crlf")};
    // The scan's 64-byte blocks: a CRLF split between two blocks, and lone line ends on both
    // sides of a block boundary.
    const QByteArray line63 = QByteArray(63, 'x');
    QTest::newRow("crlf-across-64-byte-block")
        << (line63 + "\r\n" + line63 + "\r\n") << (line63 + "\r\n" + line63 + "\r\n")
        << QStringList{};
    QTest::newRow("lone-cr-ending-64-byte-block")
        << (line63 + "\rx" + line63 + "\r\n") << (line63 + "\r\nx" + line63 + "\r\n")
        << QStringList{QStringLiteral("cr_to_crlf")};
    QTest::newRow("lone-lf-starting-64-byte-block")
        << (line63 + "x\n" + line63 + "\r\n") << (line63 + "x\r\n" + line63 + "\r\n")
        << QStringList{QStringLiteral("lf_to_crlf")};
    QTest::newRow("lone-cr-after-64-byte-blocks")
        << (QByteArray(130, 'y') + "\rz\r\n") << (QByteArray(130, 'y') + "\r\nz\r\n")
        << QStringList{QStringLiteral("cr_to_crlf")};
}

void TestPasteNormalizer::files()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QFETCH(QStringList, changes);
    const NormalizedInput n = PasteNormalizer::normalize(input, PasteNormalizer::Origin::File);
    QCOMPARE(n.bytes, output);
    QCOMPARE(n.changes, changes);
    QCOMPARE(n.findings.size(), changes.size());
    QVERIFY(n.wrapper.isEmpty());
}

void TestPasteNormalizer::byteOrderMarkIsNotice()
{
    const NormalizedInput n = PasteNormalizer::normalize("\xef\xbb\xbf" "From: a@b\r\n\r\n", PasteNormalizer::Origin::File);
    QCOMPARE(n.findings.size(), 1);
    QCOMPARE(n.findings.first().key, QStringLiteral("normalise.bom_removed"));
    QCOMPARE(n.findings.first().severity, Severity::Notice);
    QCOMPARE(Message::parse(n.bytes).field("From")->displayValue, QStringLiteral("a@b"));
}

void TestPasteNormalizer::corrupted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only-from-line") << QByteArray("From x@y Tue May 14 08:02:00 2024");
    QTest::newRow("only-newlines") << QByteArray(1000, '\n');
    QTest::newRow("nul-bytes") << QByteArray(4096, '\0');
    QByteArray garbage;
    for (int i = 0; i < 100000; ++i)
        garbage += char((i * 7919) % 256);
    QTest::newRow("binary-garbage") << garbage;
    QTest::newRow("ten-megabyte-line") << QByteArray(10 * 1024 * 1024, 'x');
    QTest::newRow("only-markers") << QByteArray("Original Message\nDownload Original\nCopy to clipboard\n");
}

void TestPasteNormalizer::corrupted()
{
    QFETCH(QByteArray, input);
    for (auto origin : {PasteNormalizer::Origin::File, PasteNormalizer::Origin::Paste}) {
        const NormalizedInput n = PasteNormalizer::normalize(input, origin);
        QVERIFY(n.bytes.size() <= input.size() + input.count('\n') + input.count('\r'));
        QVERIFY(!hasBareLf(n.bytes));
    }
}

void TestPasteNormalizer::oversizedInputIsCut()
{
    const QByteArray input(Limits::MaxMessageBytes + 10, 'a');
    const NormalizedInput n = PasteNormalizer::normalize(input, PasteNormalizer::Origin::File);
    QCOMPARE(n.bytes.size(), Limits::MaxMessageBytes);
    QVERIFY(n.changes.contains(QStringLiteral("truncated")));
    QCOMPARE(n.findings.first().key, QStringLiteral("normalise.truncated"));
}

// The normaliser's bytes end every line with CRLF, whatever came in (lone CRs and LFs, a final
// CR, a page around a paste, an mbox separator): the format check relies on it and looks for no
// bare CR in them.
void TestPasteNormalizer::everyLineEndsWithCrlf()
{
    QRandomGenerator random(4711);
    static const char *const pieces[] = {"From: a@example.com", "Subject: s", "\r", "\n", "\r\n", "\r\r\n",
                                          "\n\r", " ", "\t", "body text", "From x@y Mon Jan  1", "Original Message",
                                          "\xEF\xBB\xBF", "Received: from x by y", "=?UTF-8?B?w6k=?="};
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int n = random.bounded(40);
        for (int i = 0; i < n; ++i)
            input += pieces[random.bounded(int(std::size(pieces)))];
        for (const auto origin : {PasteNormalizer::Origin::File, PasteNormalizer::Origin::Paste}) {
            const QByteArray out = PasteNormalizer::normalize(input, origin).bytes;
            QVERIFY2(VectorScan::allCrlf(out.constData(), out.constData() + out.size()), input.toPercentEncoding().constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestPasteNormalizer)
#include "TestPasteNormalizer.moc"
