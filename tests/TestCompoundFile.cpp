#include "core/input/CompoundFile.h"

#include "MsgWriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kensa;
using namespace msgwriter;

namespace {

// A small tree with a stream in the mini stream, one in regular sectors and a sub-storage.
Node sampleTree()
{
    QByteArray big(9000, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    return storage({}, {stream(u"small"_qs, "hello, compound file"),
                        stream(u"big"_qs, big),
                        stream(u"empty"_qs, {}),
                        storage(u"folder"_qs, {stream(u"inner"_qs, QByteArray(100, 'x')), stream(u"Second"_qs, "2")})});
}

} // namespace

class TestCompoundFile : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatWasWritten_data();
    void readsWhatWasWritten();
    void damaged_data();
    void damaged();
    void notACompoundFile();
    void randomDamageNeverCrashes();
};

void TestCompoundFile::readsWhatWasWritten_data()
{
    QTest::addColumn<int>("sectorShift");
    QTest::addColumn<int>("unusedEntries");
    QTest::newRow("version-3-512-byte-sectors") << 9 << 0;
    QTest::newRow("version-4-4096-byte-sectors") << 12 << 0;
    QTest::newRow("version-3-with-unused-entries") << 9 << 40;
}

void TestCompoundFile::readsWhatWasWritten()
{
    QFETCH(int, sectorShift);
    QFETCH(int, unusedEntries);
    const Node tree = sampleTree();
    const QByteArray bytes = write(tree, nullptr, unusedEntries, sectorShift);
    QVERIFY(CompoundFile::hasSignature(bytes));
    CompoundFileError error;
    const auto file = CompoundFile::parse(bytes, &error);
    QVERIFY2(file, qPrintable(error.key + u' ' + error.part));
    QCOMPARE(file->entries().first().type, CompoundEntry::Type::Root);
    QCOMPARE(file->entries().first().children.size(), 4);

    const int small = file->child(0, u"SMALL"_qs); // names compare case-insensitively
    QVERIFY(small > 0);
    QCOMPARE(file->stream(small, &error).value_or("?"), QByteArray("hello, compound file"));
    const int big = file->child(0, u"big"_qs);
    QVERIFY(big > 0);
    QCOMPARE(file->stream(big, &error).value_or("?"), tree.children.at(1).data);
    QCOMPARE(file->stream(file->child(0, u"empty"_qs), &error).value_or("?"), QByteArray());
    const int folder = file->child(0, u"folder"_qs);
    QVERIFY(folder > 0);
    QCOMPARE(file->entries().at(folder).type, CompoundEntry::Type::Storage);
    QCOMPARE(file->stream(file->child(folder, u"inner"_qs), &error).value_or("?"), QByteArray(100, 'x'));
    QCOMPARE(file->stream(file->child(folder, u"Second"_qs), &error).value_or("?"), QByteArray("2"));
    QCOMPARE(file->child(0, u"inner"_qs), -1); // only direct children
    QCOMPARE(file->child(0, u"missing"_qs), -1);
    QVERIFY(!file->stream(folder, &error)); // a storage is not a stream
}

void TestCompoundFile::damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("part");
    QTest::addColumn<bool>("atParse"); // false: the file opens, reading the stream fails

    QTest::newRow("truncated-header") << u"truncate-300"_qs << u"input.msg.truncated"_qs << u"header"_qs << true;
    QTest::newRow("truncated-in-big-stream") << u"truncate-big"_qs << u"input.msg.truncated"_qs << u"big"_qs << false;
    QTest::newRow("truncated-in-mini-stream") << u"truncate-mini"_qs << u"input.msg.truncated"_qs << u"mini stream"_qs << true;
    QTest::newRow("bad-byte-order") << u"byte-order"_qs << u"input.msg.header"_qs << u"header"_qs << true;
    QTest::newRow("bad-sector-shift") << u"sector-shift"_qs << u"input.msg.header"_qs << u"header"_qs << true;
    QTest::newRow("cyclic-fat-directory") << u"loop-directory"_qs << u"input.msg.chain_loop"_qs << u"directory"_qs << true;
    QTest::newRow("cyclic-fat-stream") << u"loop-big"_qs << u"input.msg.chain_loop"_qs << u"big"_qs << false;
    QTest::newRow("cyclic-mini-fat") << u"loop-mini"_qs << u"input.msg.chain_loop"_qs << u"inner"_qs << false;
    QTest::newRow("directory-sector-out-of-range") << u"directory-start"_qs << u"input.msg.sector_out_of_range"_qs
                                                   << u"directory"_qs << true;
    QTest::newRow("stream-sector-out-of-range") << u"big-next"_qs << u"input.msg.sector_out_of_range"_qs << u"big"_qs
                                                << false;
    QTest::newRow("fat-sector-out-of-range") << u"fat-sector"_qs << u"input.msg.sector_out_of_range"_qs << u"FAT"_qs
                                             << true;
    QTest::newRow("fat-count-beyond-file") << u"fat-count"_qs << u"input.msg.too_large"_qs << u"FAT"_qs << true;
    QTest::newRow("chain-ends-early") << u"big-ends"_qs << u"input.msg.chain_short"_qs << u"big"_qs << false;
    QTest::newRow("oversize-directory") << u"many-entries"_qs << u"input.msg.directory_too_large"_qs << u"directory"_qs
                                        << true;
    QTest::newRow("oversize-stream") << u"huge-stream"_qs << u"input.msg.too_large"_qs << u"big"_qs << false;
    QTest::newRow("oversize-mini-stream") << u"huge-root"_qs << u"input.msg.too_large"_qs << u"mini stream"_qs << true;
    QTest::newRow("directory-sibling-loop") << u"sibling-loop"_qs << u"input.msg.directory_loop"_qs << u"directory"_qs
                                            << true;
    QTest::newRow("directory-child-out-of-range") << u"child-range"_qs << u"input.msg.bad_directory"_qs
                                                  << u"directory"_qs << true;
    QTest::newRow("directory-bad-type") << u"bad-type"_qs << u"input.msg.bad_directory"_qs << u"directory"_qs << true;
}

void TestCompoundFile::damaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, key);
    QFETCH(QString, part);
    QFETCH(bool, atParse);

    Layout layout;
    QByteArray bytes = write(sampleTree(), &layout, damage == u"many-entries" ? 33000 : 0);
    const int big = layout.entry(u"big"_qs);
    const int inner = layout.entry(u"inner"_qs);
    QString target = u"big"_qs;
    if (damage == u"truncate-300") {
        bytes.truncate(300);
    } else if (damage == u"truncate-big") {
        bytes.truncate(bytes.size() - 600); // into the big stream, the last in the file
    } else if (damage == u"truncate-mini") {
        bytes.truncate(layout.sectorOffset(layout.firstMiniStreamSector) + 10);
    } else if (damage == u"byte-order") {
        put16(bytes, 0x1C, 0xFEFF);
    } else if (damage == u"sector-shift") {
        put16(bytes, 0x1E, 10);
    } else if (damage == u"loop-directory") {
        // The directory's last sector points back to its first.
        put32(bytes, layout.fatEntryOffset(layout.firstDirectorySector + layout.directorySectors - 1),
              layout.firstDirectorySector);
    } else if (damage == u"loop-big") {
        const quint32 first = layout.entryStart.at(big);
        put32(bytes, layout.fatEntryOffset(first + 1), first);
    } else if (damage == u"loop-mini") {
        const quint32 first = layout.entryStart.at(inner);
        put32(bytes, layout.miniFatEntryOffset(first), first);
        target = u"inner"_qs;
    } else if (damage == u"directory-start") {
        put32(bytes, 0x30, 0x00FFFFFF);
    } else if (damage == u"big-next") {
        put32(bytes, layout.fatEntryOffset(layout.entryStart.at(big)), 5000000);
    } else if (damage == u"fat-sector") {
        put32(bytes, 0x4C, 77777);
    } else if (damage == u"fat-count") {
        put32(bytes, 0x2C, 100000);
    } else if (damage == u"big-ends") {
        put32(bytes, layout.fatEntryOffset(layout.entryStart.at(big) + 1), EndOfChain);
    } else if (damage == u"huge-stream") {
        put64(bytes, layout.entryOffset(big) + 0x78, 0xFFFFFF00u);
    } else if (damage == u"huge-root") {
        put64(bytes, layout.entryOffset(0) + 0x78, 0x7FFFFFFFu);
    } else if (damage == u"sibling-loop") {
        // The root's child tree: make the child its own right sibling.
        const quint32 child = get32(bytes, layout.entryOffset(0) + 0x4C);
        put32(bytes, layout.entryOffset(int(child)) + 0x48, child);
    } else if (damage == u"child-range") {
        put32(bytes, layout.entryOffset(0) + 0x4C, 4000);
    } else if (damage == u"bad-type") {
        bytes[layout.entryOffset(big) + 0x42] = 7;
    } else if (damage != u"many-entries") {
        QFAIL("unknown damage");
    }

    CompoundFileError error;
    const auto file = CompoundFile::parse(bytes, &error);
    if (atParse) {
        QVERIFY(!file);
    } else {
        QVERIFY2(file, qPrintable(error.key + u' ' + error.part));
        int index = file->child(0, target);
        if (index < 0)
            index = file->child(file->child(0, u"folder"_qs), target);
        QVERIFY(index > 0);
        QVERIFY(!file->stream(index, &error));
    }
    QCOMPARE(error.key, key);
    QCOMPARE(error.part, part);
    // Where: a byte of the file, except for a count that is too large.
    if (key != u"input.msg.directory_too_large")
        QVERIFY2(error.offset >= 0 && error.offset <= bytes.size() + 4096, qPrintable(QString::number(error.offset)));
}

void TestCompoundFile::notACompoundFile()
{
    QVERIFY(!CompoundFile::hasSignature("From: a@example.com\r\n"));
    QVERIFY(!CompoundFile::hasSignature(""));
    CompoundFileError error;
    QVERIFY(!CompoundFile::parse(QByteArray(600, 'x'), &error));
    QCOMPARE(error.key, u"input.msg.header"_qs);
}

void TestCompoundFile::randomDamageNeverCrashes()
{
    // Every structure damaged at random (a fixed seed, so a failure repeats): each attempt ends
    // with the streams or an error, never a crash, a hang or an unbounded allocation.
    Layout layout;
    const QByteArray good = write(sampleTree(), &layout);
    QRandomGenerator random(20261205);
    int errors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        const int changes = 1 + int(random.bounded(6));
        for (int c = 0; c < changes; ++c) {
            // Mostly the header, the FAT, the directory and the mini FAT: where damage matters.
            const qint64 end = random.bounded(4) == 0 ? bytes.size() : layout.sectorOffset(layout.firstMiniStreamSector);
            const qint64 at = qint64(random.bounded(quint64(end)));
            if (random.bounded(3) == 0 && at + 4 <= bytes.size())
                put32(bytes, at, random.bounded(2) ? random.generate() : quint32(random.bounded(64)));
            else
                bytes[at] = char(random.bounded(256));
        }
        if (random.bounded(10) == 0)
            bytes.truncate(qsizetype(random.bounded(quint64(bytes.size()))));
        CompoundFileError error;
        const auto file = CompoundFile::parse(bytes, &error);
        if (!file) {
            ++errors;
            QVERIFY2(error.key.startsWith(u"input.msg."_qs), qPrintable(error.key));
            continue;
        }
        for (qsizetype i = 0; i < file->entries().size(); ++i) {
            if (file->entries().at(i).type == CompoundEntry::Type::Stream) {
                const auto stream = file->stream(int(i), &error);
                QVERIFY(!stream || quint64(stream->size()) == file->entries().at(i).size);
            }
        }
    }
    QVERIFY(errors > 100); // the damage was real
}

QTEST_GUILESS_MAIN(TestCompoundFile)
#include "TestCompoundFile.moc"
