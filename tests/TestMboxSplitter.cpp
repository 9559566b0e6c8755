#include "core/base/Limits.h"
#include "core/input/MboxSplitter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace kensa;

class TestMboxSplitter : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void threeMessages_data();
    void threeMessages();
    void separatorsNeedEmptyLineOrStrictForm();
    void corrupted_data();
    void corrupted();
    void readerMatchesSplit_data();
    void readerMatchesSplit();
    void readerKeepsBytesOfOneMessage();
};

void TestMboxSplitter::detect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("mbox");
    QTest::newRow("from-line") << QByteArray("From a@b Tue May 14 08:02:00 2024\nFrom: a@b\n") << true;
    QTest::newRow("from-header") << QByteArray("From: a@b\nTo: c@d\n") << false;
    QTest::newRow("from-space-space") << QByteArray("From  \n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestMboxSplitter::detect()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, mbox);
    QCOMPARE(MboxSplitter::looksLikeMbox(data), mbox);
}

void TestMboxSplitter::threeMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("lf") << QStringLiteral("three.mbox") << QByteArray("\n");
    QTest::newRow("crlf") << QStringLiteral("three-crlf.mbox") << QByteArray("\r\n");
}

void TestMboxSplitter::threeMessages()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, eol);
    QFile f(QStringLiteral(KENSA_TEST_DATA_DIR "/mbox/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<Finding> findings;
    const QList<MboxEntry> entries = MboxSplitter::split(f.readAll(), &findings);
    QCOMPARE(entries.size(), 3);
    QVERIFY(findings.isEmpty());
    QCOMPARE(entries.at(0).firstLine, 1);
    QCOMPARE(entries.at(0).fromLine, QByteArray("From sender0@example.com Tue May 14 08:02:00 2024"));
    QVERIFY(entries.at(0).bytes.startsWith("ARC-Seal:"));
    QVERIFY(entries.at(1).bytes.startsWith("Return-Path:"));
    // mboxrd: one ">" removed from each quoted "From " line.
    QVERIFY(entries.at(1).bytes.contains(eol + "From the desk of the bank: read this." + eol));
    QVERIFY(entries.at(1).bytes.contains(eol + "From an older quote" + eol));
    QVERIFY(!entries.at(1).bytes.contains(">From"));
    // The separating empty line is not part of a message; the message's own last line ending is.
    for (const MboxEntry &e : entries) {
        QVERIFY(e.bytes.endsWith(eol));
        QVERIFY(!e.bytes.endsWith(eol + eol));
    }
    QVERIFY(entries.at(2).firstLine > entries.at(1).firstLine);
}

void TestMboxSplitter::separatorsNeedEmptyLineOrStrictForm()
{
    // A body line starting "From " right after text is not a separator unless it has the full
    // "From sender weekday month day time year" form.
    const QByteArray data = "From a@b Tue May 14 08:02:00 2024\nFrom: a@b\n\nline one\nFrom here on it is body text\n\n"
                            "From c@d Wed May 15 09:00:00 2024\nFrom: c@d\n\nsecond\n";
    const QList<MboxEntry> entries = MboxSplitter::split(data);
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).bytes.contains("From here on it is body text"));
    QCOMPARE(entries.at(1).firstLine, 7);
}

void TestMboxSplitter::corrupted_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("finding");
    QTest::newRow("empty") << QByteArray() << 0 << QString();
    QTest::newRow("only-from-line") << QByteArray("From a@b Tue May 14 08:02:00 2024") << 0 << QStringLiteral("mbox.empty_entry");
    QTest::newRow("two-separators-no-message") << QByteArray("From a@b Tue May 14 08:02:00 2024\n\nFrom c@d Tue May 14 08:02:00 2024\nFrom: c@d\n\nx\n")
                                               << 1 << QStringLiteral("mbox.empty_entry");
    QTest::newRow("no-separator") << QByteArray("From: a@b\n\nbody\n") << 0 << QString();
    QByteArray many;
    for (int i = 0; i < Limits::MaxMboxMessages + 5; ++i)
        many += "From a@b Tue May 14 08:02:00 2024\nX: 1\n\n";
    QTest::newRow("over-the-limit") << many << Limits::MaxMboxMessages << QStringLiteral("mbox.too_many");
    QTest::newRow("nul-bytes") << QByteArray("From a@b Tue May 14 08:02:00 2024\nX: \0\0\0\n", 41) << 1 << QString();
}

void TestMboxSplitter::corrupted()
{
    QFETCH(QByteArray, data);
    QFETCH(int, entries);
    QFETCH(QString, finding);
    QList<Finding> findings;
    QCOMPARE(MboxSplitter::split(data, &findings).size(), entries);
    if (finding.isEmpty()) {
        QVERIFY(findings.isEmpty());
    } else {
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.last().key, finding);
    }
}

// MboxReader reads a device a chunk at a time; whatever the chunk, it gives the entries and
// findings split() gives for the whole data.
void TestMboxSplitter::readerMatchesSplit_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("chunk");
    const auto file = [](const char *name) {
        QFile f(QStringLiteral(KENSA_TEST_DATA_DIR "/mbox/") + QLatin1StringView(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
    };
    QByteArray longLines = "From a@b Tue May 14 08:02:00 2024\nX: 1\n\n" + QByteArray(5000, 'x') + "\n\n";
    longLines += "From c@d Tue May 14 08:02:00 2024\n" + QByteArray(300, 'y') + "\r\n\r\n" + QByteArray(70, 'z');
    // Lines longer than a chunk that start like separators: only a line's start decides.
    longLines += "\nbody\nFrom " + QByteArray(3000, 'w') + "\n\n>From " + QByteArray(3000, 'q') + "\n";
    const QByteArray corner = "From a@b Tue May 14 08:02:00 2024\n\nFrom c@d Tue May 14 08:02:00 2024\n"
                              "From: c@d\n\nx\n>From quoted\n>>From twice\nFrom e@f Wed May 15 09:00:00 2024\nX: 2\n";
    for (const qsizetype chunk : {MboxReader::MinimumChunk, qsizetype(1500), MboxReader::DefaultChunk}) {
        const QByteArray n = QByteArray::number(chunk);
        QTest::newRow("three-lf-" + n) << file("three.mbox") << chunk;
        QTest::newRow("three-crlf-" + n) << file("three-crlf.mbox") << chunk;
        QTest::newRow("long-lines-" + n) << longLines << chunk;
        QTest::newRow("empty-entry-quotes-strict-" + n) << corner << chunk;
        QTest::newRow("only-from-line-" + n) << QByteArray("From a@b Tue May 14 08:02:00 2024") << chunk;
        QTest::newRow("empty-" + n) << QByteArray() << chunk;
    }
}

void TestMboxSplitter::readerMatchesSplit()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, chunk);
    QList<Finding> expectedFindings;
    const QList<MboxEntry> expected = MboxSplitter::split(data, &expectedFindings);

    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    MboxReader reader(&device, chunk);
    QList<Finding> findings;
    QList<MboxEntry> entries;
    while (std::optional<MboxEntry> e = reader.next(&findings))
        entries.append(*e);
    QVERIFY(!reader.next(&findings)); // stays at the end
    QCOMPARE(entries.size(), expected.size());
    QCOMPARE(reader.count(), int(expected.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).bytes, expected.at(i).bytes);
        QCOMPARE(entries.at(i).fromLine, expected.at(i).fromLine);
        QCOMPARE(entries.at(i).firstLine, expected.at(i).firstLine);
    }
    QCOMPARE(findings.size(), expectedFindings.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QCOMPARE(findings.at(i).key, expectedFindings.at(i).key);
        QCOMPARE(findings.at(i).args, expectedFindings.at(i).args);
    }
    QVERIFY(!reader.readFailed());
}

void TestMboxSplitter::readerKeepsBytesOfOneMessage()
{
    QByteArray one = "From a@b Tue May 14 08:02:00 2024\nFrom: a@b\n\nbody\n";
    QBuffer device(&one);
    QVERIFY(device.open(QIODevice::ReadOnly));
    MboxReader reader(&device, MboxReader::MinimumChunk);
    reader.keepBytes(1000);
    QVERIFY(reader.next());
    QVERIFY(!reader.next());
    bool complete = false;
    QCOMPARE(reader.takeKeptBytes(&complete), one);
    QVERIFY(complete);

    QBuffer again(&one);
    QVERIFY(again.open(QIODevice::ReadOnly));
    MboxReader limited(&again, MboxReader::MinimumChunk);
    limited.keepBytes(20);
    QVERIFY(limited.next());
    QCOMPARE(limited.takeKeptBytes(&complete), QByteArray());
    QVERIFY(!complete);
}

QTEST_GUILESS_MAIN(TestMboxSplitter)
#include "TestMboxSplitter.moc"
