#include "core/message/Message.h"
#include "core/message/MessageSummary.h"

#include <QTest>

using namespace kensa;

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void returnPath_data();
    void returnPath();
    void fields_data();
    void fields();
    void rawBytesKept();
    void unfolding_data();
    void unfolding();
    void body_data();
    void body();
    void problems_data();
    void problems();
    void bodyLinesAtTheLimit();
    void lookupIsCaseInsensitive();
    void firstLineOffset();
};

void TestMessage::fields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("simple") << QByteArray("From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\n\r\nbody\r\n")
                            << QStringList{"From", "To", "Subject"} << QList<int>{1, 2, 3};
    QTest::newRow("folded-field-spans-lines")
        << QByteArray("Received: from a\r\n\tby b\r\n    with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000\r\nFrom: x@y\r\n\r\n")
        << QStringList{"Received", "From"} << QList<int>{1, 4};
    // RFC 5322 §4.5.3 obsolete syntax: white space between the name and the colon.
    QTest::newRow("obs-wsp-before-colon") << QByteArray("Subject : old style\r\nFrom: x@y\r\n\r\n")
                                          << QStringList{"Subject", "From"} << QList<int>{1, 2};
    QTest::newRow("empty-value") << QByteArray("Subject:\r\nFrom: x@y\r\n\r\n")
                                 << QStringList{"Subject", "From"} << QList<int>{1, 2};
    QTest::newRow("lf-only-line-endings") << QByteArray("From: x@y\nTo: z@y\n\nbody\n")
                                          << QStringList{"From", "To"} << QList<int>{1, 2};
    QTest::newRow("duplicate-names-kept-in-order")
        << QByteArray("Received: one\r\nReceived: two\r\nReceived: three\r\n\r\n")
        << QStringList{"Received", "Received", "Received"} << QList<int>{1, 2, 3};
}

void TestMessage::fields()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lines);
    const Message m = Message::parse(input);
    QCOMPARE(m.headers().size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(m.headers().at(i).nameText(), names.at(i));
        QCOMPARE(m.headers().at(i).line, lines.at(i));
    }
}

void TestMessage::rawBytesKept()
{
    // DKIM and ARC need every byte of every field as it stands, in order.
    const QByteArray header = "DKIM-Signature: v=1; a=rsa-sha256;\r\n\td=example.com; s=sel;  \r\n"
                              "Subject:  two  spaces \t\r\n"
                              "X-Empty:\r\n";
    const QByteArray input = header + "\r\nbody\r\n";
    const Message m = Message::parse(input);
    QByteArray joined;
    for (const HeaderField &f : m.headers())
        joined += f.raw;
    QCOMPARE(joined, header);
    QCOMPARE(m.headers().at(0).raw, QByteArray("DKIM-Signature: v=1; a=rsa-sha256;\r\n\td=example.com; s=sel;  \r\n"));
    QCOMPARE(m.headers().at(1).rawValue(), QByteArray("  two  spaces \t"));
    QCOMPARE(m.headers().at(0).offset, 0);
    QCOMPARE(m.headers().at(1).offset, m.headers().at(0).raw.size());
    QCOMPARE(m.headers().at(0).lineCount(), 2);
    QCOMPARE(m.bodyOffset(), header.size() + 2);
    QCOMPARE(m.body(), QByteArrayView("body\r\n"));
}

void TestMessage::unfolding_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("unfolded");
    QTest::addColumn<QString>("display");

    QTest::newRow("crlf-tab") << QByteArray("Subject: a\r\n\tb\r\n") << QByteArray(" a\tb") << QStringLiteral("a\tb");
    QTest::newRow("crlf-spaces") << QByteArray("Subject: a\r\n   b\r\n") << QByteArray(" a   b") << QStringLiteral("a   b");
    QTest::newRow("three-lines") << QByteArray("Subject: a\r\n b\r\n c\r\n") << QByteArray(" a b c") << QStringLiteral("a b c");
    QTest::newRow("lf-folding") << QByteArray("Subject: a\n b\n") << QByteArray(" a b") << QStringLiteral("a b");
    QTest::newRow("no-fold") << QByteArray("Subject: plain\r\n") << QByteArray(" plain") << QStringLiteral("plain");
    // Past the 16 bytes the plain-text check reads at a time.
    QTest::newRow("encoded-word-late")
        << QByteArray("Subject: a plain start, then =?utf-8?q?caf=C3=A9?=\r\n")
        << QByteArray(" a plain start, then =?utf-8?q?caf=C3=A9?=")
        << QStringLiteral("a plain start, then caf\u00e9");
    QTest::newRow("equals-without-question")
        << QByteArray("Subject: x = y and 1+1=2 and a=b  \r\n")
        << QByteArray(" x = y and 1+1=2 and a=b  ") << QStringLiteral("x = y and 1+1=2 and a=b");
    QTest::newRow("whitespace-only")
        << QByteArray("Subject:   \r\n") << QByteArray("   ") << QString();
    // Raw header text that is not RFC 2047 (the format check says so): shown decoded, the bytes
    // kept as they are for DKIM.
    QTest::newRow("raw-iso-2022-jp-escapes")
        << QByteArray("Subject: \x1b$B7oL>\x1b(B test\r\n") << QByteArray(" \x1b$B7oL>\x1b(B test")
        << QStringLiteral("件名 test");
    QTest::newRow("raw-euc-jp")
        << QByteArray("Subject: \xb7\xef\xcc\xbe\xa4\xce\xa5\xc6\xa5\xb9\xa5\xc8\r\n")
        << QByteArray(" \xb7\xef\xcc\xbe\xa4\xce\xa5\xc6\xa5\xb9\xa5\xc8") << QStringLiteral("件名のテスト");
    QTest::newRow("raw-shift-jis")
        << QByteArray("Subject: \x8c\x8f\x96\xbc\x82\xcc\x83\x65\x83\x58\x83\x67\r\n")
        << QByteArray(" \x8c\x8f\x96\xbc\x82\xcc\x83\x65\x83\x58\x83\x67") << QStringLiteral("件名のテスト");
    QTest::newRow("raw-cp932-nec-row-13")
        << QByteArray("Subject: \x87\x41\x87\x42\r\n") << QByteArray(" \x87\x41\x87\x42") << QStringLiteral("②③");
    QTest::newRow("raw-utf8-first")
        << QByteArray("Subject: \xe4\xbb\xb6\xe5\x90\x8d\r\n") << QByteArray(" \xe4\xbb\xb6\xe5\x90\x8d")
        << QStringLiteral("件名");
    QTest::newRow("encoded-word-split-by-fold")
        << QByteArray("Subject: =?ISO-2022-JP?B?GyRCN29MPiRO\r\n JUYlOSVIGyhC?=\r\n")
        << QByteArray(" =?ISO-2022-JP?B?GyRCN29MPiRO JUYlOSVIGyhC?=") << QStringLiteral("件名のテスト");
    QTest::newRow("line-feed-inside-encoded-word")
        << QByteArray("Subject: =?UTF-8?B?5Lu25ZCNCg==?=\r\n") << QByteArray(" =?UTF-8?B?5Lu25ZCNCg==?=")
        << QStringLiteral("件名");
}

void TestMessage::unfolding()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, unfolded);
    QFETCH(QString, display);
    const Message m = Message::parse(field + "\r\n");
    QCOMPARE(m.headers().size(), 1);
    QCOMPARE(m.headers().first().unfoldedValue(), unfolded);
    QCOMPARE(m.headers().first().displayValue, display);
}

void TestMessage::body_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("headersOnly");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bodyLine");

    QTest::newRow("with-body") << QByteArray("From: x@y\r\n\r\nline1\r\nline2\r\n") << false
                               << QByteArray("line1\r\nline2\r\n") << 3;
    QTest::newRow("headers-only-no-blank-line") << QByteArray("From: x@y\r\nTo: z@y\r\n") << true << QByteArray() << 0;
    // The empty line ends the header section: an empty body, which DKIM hashes (RFC 6376 §3.4.3).
    QTest::newRow("empty-body-after-blank-line") << QByteArray("From: x@y\r\n\r\n") << false << QByteArray() << 3;
    QTest::newRow("headers-only-no-final-newline") << QByteArray("From: x@y\r\nTo: z@y") << true << QByteArray() << 0;
    QTest::newRow("body-is-blank-lines") << QByteArray("From: x@y\r\n\r\n\r\n\r\n") << false << QByteArray("\r\n\r\n") << 3;
}

void TestMessage::body()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, headersOnly);
    QFETCH(QByteArray, body);
    QFETCH(int, bodyLine);
    const Message m = Message::parse(input);
    QCOMPARE(m.headersOnly(), headersOnly);
    QCOMPARE(m.body().toByteArray(), body);
    QCOMPARE(m.bodyLine(), bodyLine);
}

void TestMessage::problems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("headerCount");

    QTest::newRow("missing-blank-line") << QByteArray("From: x@y\r\nSubject: s\r\nHello there\r\nsecond\r\n")
                                        << QStringLiteral("message.header.missing_blank_line") << 3 << 2;
    QTest::newRow("no-headers-at-all") << QByteArray("Just some text\r\nnot mail\r\n")
                                       << QStringLiteral("message.no_headers") << 1 << 0;
    QTest::newRow("leading-continuation") << QByteArray(" stray\r\nFrom: x@y\r\n\r\n")
                                          << QStringLiteral("message.header.leading_continuation") << 1 << 1;
    QTest::newRow("nul-in-header") << QByteArray("From: x@y\r\nSubject: a\0b\r\n\r\n", 27)
                                   << QStringLiteral("message.nul_byte") << 2 << 2;
    QTest::newRow("nul-in-body") << QByteArray("From: x@y\r\n\r\nline\r\nx\0y\r\n", 24)
                                 << QStringLiteral("message.nul_byte") << 4 << 1;
    QTest::newRow("encoded-word-split-by-fold")
        << QByteArray("From: x@y\r\nSubject: =?ISO-2022-JP?B?GyRCN29MPiRO\r\n JUYlOSVIGyhC?=\r\n\r\n")
        << QStringLiteral("header.encoded_word.split") << 2 << 2;
    QTest::newRow("line-over-998") << (QByteArray("From: x@y\r\nSubject: ") + QByteArray(1200, 'a') + "\r\n\r\n")
                                   << QStringLiteral("message.line.too_long") << 2 << 2;
    QTest::newRow("body-line-over-998") << (QByteArray("From: x@y\r\n\r\n") + QByteArray(1000, 'b') + "\r\n")
                                        << QStringLiteral("message.line.too_long") << 3 << 1;
}

void TestMessage::problems()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, headerCount);
    const Message m = Message::parse(input);
    QCOMPARE(m.headers().size(), headerCount);
    bool found = false;
    for (const Finding &f : m.findings() + m.bodyFindings()) {
        if (f.key == key) {
            found = true;
            QCOMPARE(f.line, line);
        }
    }
    QVERIFY2(found, qPrintable(key));
}

// The body scan skips ahead over lines within the limit: the lines at the limit, the line numbers
// after many short lines and the order of a line's findings are what a line-by-line walk gives.
void TestMessage::bodyLinesAtTheLimit()
{
    QByteArray input = "From: x@y\r\n\r\n"; // the body starts on line 3
    for (int i = 0; i < 40; ++i)
        input += "short line\r\n";                 // lines 3-42
    input += QByteArray(998, 'a') + "\r\n";          // 43: at the limit
    input += QByteArray(999, 'b') + "\r\n";          // 44: one over
    input += QByteArray(998, 'c') + "\n";             // 45: at the limit, bare LF
    input += QByteArray(998, 'd') + "\r\r\n";         // 46: the first CR is content: 999
    input += QByteArray("e\0f", 3) + QByteArray(1500, 'e') + "\r\n"; // 47: NUL and too long
    input += QByteArray(2000, 'g');                    // 48: no line break at the end
    const Message m = Message::parse(input);
    QStringList seen;
    for (const Finding &f : m.bodyFindings())
        seen << QStringLiteral("%1@%2:%3").arg(f.key).arg(f.line).arg(f.arg(QStringLiteral("length")));
    QCOMPARE(seen, QStringList({QStringLiteral("message.line.too_long@44:999"),
                                QStringLiteral("message.line.too_long@46:999"),
                                QStringLiteral("message.line.too_long@47:1503"),
                                QStringLiteral("message.nul_byte@47:"),
                                QStringLiteral("message.line.too_long@48:2000")}));
}

void TestMessage::lookupIsCaseInsensitive()
{
    const Message m = Message::parse("received: a\r\nRECEIVED: b\r\nFrom: x@y\r\n\r\n");
    QCOMPARE(m.count("Received"), 2);
    QCOMPARE(m.fields("received").size(), 2);
    QVERIFY(m.field("from"));
    QCOMPARE(m.field("FROM")->line, 3);
    QVERIFY(!m.field("Subject"));
}

void TestMessage::firstLineOffset()
{
    const Message m = Message::parse("Content-Type: text/plain\r\n\r\nx\r\n", 40);
    QCOMPARE(m.headers().first().line, 40);
    QCOMPARE(m.bodyLine(), 42);
}

// The envelope sender as the Return-Path records it; a domain-less one (<MAILER-DAEMON>, how
// Sendmail and qmail write the null sender of a bounce) is the null sender, with a notice.
void TestMessage::returnPath_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("returnPath");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("mailbox") << QByteArray("Return-Path: <bounce@mail.example.com>") << u"bounce@mail.example.com"_qs << QStringList{};
    QTest::newRow("null") << QByteArray("Return-Path: <>") << QString() << QStringList{};
    QTest::newRow("mailer-daemon") << QByteArray("Return-Path: <MAILER-DAEMON>") << QString()
                                   << QStringList{u"address.return_path.no_domain"_qs};
    QTest::newRow("mailer-daemon-with-domain") << QByteArray("Return-Path: <MAILER-DAEMON@mx.example.jp>")
                                               << u"MAILER-DAEMON@mx.example.jp"_qs << QStringList{};
}

void TestMessage::returnPath()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, returnPath);
    QFETCH(QStringList, keys);
    const Message message = Message::parse(field + "\r\nFrom: a@example.com\r\nSubject: x\r\n\r\nbody\r\n");
    QList<Finding> findings;
    const MessageSummary summary = MessageSummary::summarize(message, &findings);
    QCOMPARE(summary.returnPath, returnPath);
    QVERIFY(summary.hasReturnPath);
    QStringList found;
    for (const Finding &f : std::as_const(findings)) {
        found << f.key;
        QCOMPARE(f.line, 1);
    }
    QCOMPARE(found, keys);
}

QTEST_GUILESS_MAIN(TestMessage)
#include "TestMessage.moc"
