#include "core/message/FieldLexer.h"

#include <QTest>

using namespace kensa;

// The lexical layer shared by AuthResultsParser and ReceivedParser.
class TestFieldLexer : public QObject
{
    Q_OBJECT

private slots:
    void comment_data();
    void comment();
    void quoted_data();
    void quoted();
    void positions_data();
    void positions();
    void cut();
};

void TestFieldLexer::comment_data()
{
    QTest::addColumn<QByteArray>("value"); // a comment opens at offset 0
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("end"); // one past ")"; the value's size when unclosed
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("tooDeep");

    // RFC 5322 §3.2.2
    QTest::newRow("simple") << QByteArray("(x) y") << 4 << 3 << true << false;
    QTest::newRow("empty") << QByteArray("()") << 4 << 2 << true << false;
    QTest::newRow("nested") << QByteArray("(a (b) c) d") << 4 << 9 << true << false;
    QTest::newRow("quoted-pair-paren") << QByteArray("(a \\) b) c") << 4 << 8 << true << false;
    QTest::newRow("quoted-pair-backslash") << QByteArray("(a \\\\) b") << 4 << 6 << true << false;
    QTest::newRow("at-the-limit") << QByteArray("((()))") << 3 << 6 << true << false;
    QTest::newRow("too-deep") << QByteArray("(((())))") << 3 << 8 << true << true;
    // Corrupted input.
    QTest::newRow("corrupt-unclosed") << QByteArray("(abc") << 4 << 4 << false << false;
    QTest::newRow("corrupt-unclosed-nested") << QByteArray("(a (b) c") << 4 << 8 << false << false;
    QTest::newRow("corrupt-backslash-at-end") << QByteArray("(abc\\") << 4 << 5 << false << false;
    QTest::newRow("corrupt-escaped-close-only") << QByteArray("(\\)") << 4 << 3 << false << false;
    QTest::newRow("corrupt-deep-unclosed") << QByteArray(100, '(') << 16 << 100 << false << true;
    QTest::newRow("corrupt-nul-inside") << QByteArray("(a\0b) c", 7) << 4 << 5 << true << false;
}

void TestFieldLexer::comment()
{
    QFETCH(QByteArray, value);
    QFETCH(int, maxDepth);
    QFETCH(int, end);
    QFETCH(bool, closed);
    QFETCH(bool, tooDeep);
    FieldLexer lex(1, 4);
    lex.setUnfolded(value, 1024);
    const FieldLexer::Comment c = lex.comment(0, maxDepth);
    QCOMPARE(c.end, qsizetype(end));
    QCOMPARE(c.closed, closed);
    QCOMPARE(c.tooDeep, tooDeep);
}

void TestFieldLexer::quoted_data()
{
    QTest::addColumn<QByteArray>("value"); // a quoted-string opens at offset 0
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("closed");

    // RFC 5322 §3.2.4
    QTest::newRow("simple") << QByteArray("\"abc\" d") << QByteArray("abc") << 5 << true;
    QTest::newRow("empty") << QByteArray("\"\"") << QByteArray("") << 2 << true;
    QTest::newRow("quoted-pair") << QByteArray("\"a\\\"b\"") << QByteArray("a\"b") << 6 << true;
    QTest::newRow("parens-inside") << QByteArray("\"(x)\"") << QByteArray("(x)") << 5 << true;
    // Corrupted input.
    QTest::newRow("corrupt-unclosed") << QByteArray("\"abc") << QByteArray("abc") << 4 << false;
    QTest::newRow("corrupt-backslash-at-end")
        << QByteArray("\"ab\\") << QByteArray("ab\\") << 4 << false;
    QTest::newRow("corrupt-escaped-quote-only")
        << QByteArray("\"\\\"") << QByteArray("\"") << 3 << false;
    QTest::newRow("corrupt-high-bytes")
        << QByteArray("\"\xff\xfe\"") << QByteArray("\xff\xfe") << 4 << true;
}

void TestFieldLexer::quoted()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, content);
    QFETCH(int, end);
    QFETCH(bool, closed);
    FieldLexer lex(1, 4);
    lex.setUnfolded(value, 1024);
    const FieldLexer::Quoted q = lex.quoted(0);
    QCOMPARE(q.content, content);
    QCOMPARE(q.end, qsizetype(end));
    QCOMPARE(q.closed, closed);
}

void TestFieldLexer::positions_data()
{
    QTest::addColumn<QByteArray>("folded"); // the value after "Name:" on line 10
    QTest::addColumn<QByteArray>("find"); // the byte looked up in the unfolded value
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("first-line") << QByteArray(" a b") << QByteArray("b") << 10 << 9;
    QTest::newRow("second-line") << QByteArray(" a;\r\n\tb") << QByteArray("b") << 11 << 2;
    QTest::newRow("third-line") << QByteArray(" a\r\n b\r\n  c") << QByteArray("c") << 12 << 3;
    // Corrupted input: a bare LF inside is not a fold.
    QTest::newRow("corrupt-bare-lf") << QByteArray(" a\nb") << QByteArray("b") << 10 << 9;
}

void TestFieldLexer::positions()
{
    QFETCH(QByteArray, folded);
    QFETCH(QByteArray, find);
    QFETCH(int, line);
    QFETCH(int, column);
    FieldLexer lex(10, 4); // "Name"
    lex.setFolded(folded, 1024);
    const qsizetype pos = lex.value().indexOf(find);
    QVERIFY(pos >= 0);
    QCOMPARE(lex.lineAt(pos), line);
    QCOMPARE(lex.columnAt(pos), column);
    QList<QPair<QString, QString>> args{{QStringLiteral("x"), QStringLiteral("1")}};
    QCOMPARE(lex.locate(args, pos), line);
    QCOMPARE(args.at(0).second, QString::number(line));
    QCOMPARE(args.at(1).second, QString::number(column));
    QCOMPARE(args.at(2).first, QStringLiteral("x"));
}

void TestFieldLexer::cut()
{
    FieldLexer lex(1, 4);
    lex.setUnfolded(QByteArray(100, 'a'), 10);
    QVERIFY(lex.cut());
    QCOMPARE(lex.size(), 10);
    QCOMPARE(lex.fullLength(), 100);
    QCOMPARE(lex.at(10), '\0');
    lex.setFolded(QByteArray(" abc"), 10);
    QVERIFY(!lex.cut());
}

QTEST_GUILESS_MAIN(TestFieldLexer)
#include "TestFieldLexer.moc"
