#include "core/base/Limits.h"
#include "core/text/ZipArchive.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kensa;

using Entries = QList<ZipEntry>;
Q_DECLARE_METATYPE(Entries)

namespace {

const QDateTime Stamp(QDate(2026, 12, 5), QTime(7, 40, 12), Qt::UTC);

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xff);
    b[at + 1] = char(v >> 8);
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    put16(b, at, quint16(v & 0xffff));
    put16(b, at + 2, quint16(v >> 16));
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
           | quint32(quint8(b[at + 3])) << 24;
}

// Offsets into an archive ZipArchive::write() made (no comment, no extra fields).
qsizetype endRecord(const QByteArray &zip) { return zip.size() - 22; }
qsizetype centralDirectory(const QByteArray &zip) { return get32(zip, endRecord(zip) + 16); }

// The archive the corrupted rows start from: two small entries.
QByteArray sample()
{
    return ZipArchive::write({{QStringLiteral("kensa-manifest.json"), QByteArray("{\"format\": \"kensa-evidence\"}")},
                              {QStringLiteral("message.eml"), QByteArray("From: a@example.com\r\n\r\nHello\r\n")}},
                             Stamp);
}

// One entry written field by field (APPNOTE §4.3.7, §4.3.12, §4.3.16), for what write() never
// makes: other methods, flags and sizes that disagree with the data.
QByteArray rawArchive(const QByteArray &name, quint16 method, quint16 flags, const QByteArray &data,
                      quint32 crc, quint32 size)
{
    QByteArray local(30, '\0');
    put32(local, 0, 0x04034b50);
    put16(local, 4, 20);
    put16(local, 6, flags);
    put16(local, 8, method);
    put32(local, 14, crc);
    put32(local, 18, quint32(data.size()));
    put32(local, 22, size);
    put16(local, 26, quint16(name.size()));
    local += name + data;
    QByteArray central(46, '\0');
    put32(central, 0, 0x02014b50);
    put16(central, 4, 20);
    put16(central, 6, 20);
    put16(central, 8, flags);
    put16(central, 10, method);
    put32(central, 16, crc);
    put32(central, 20, quint32(data.size()));
    put32(central, 24, size);
    put16(central, 28, quint16(name.size()));
    central += name;
    QByteArray end(22, '\0');
    put32(end, 0, 0x06054b50);
    put16(end, 8, 1);
    put16(end, 10, 1);
    put32(end, 12, quint32(central.size()));
    put32(end, 16, quint32(local.size()));
    return local + central + end;
}

} // namespace

// The zip reader and writer of evidence bundles: round trips, and archives that are damaged
// or built to mislead, each refused with the key that says why.
class TestZip : public QObject
{
    Q_OBJECT

private slots:
    void crc32_data();
    void crc32();
    void roundTrip_data();
    void roundTrip();
    void corrupt_data();
    void corrupt();
    void safeName_data();
    void safeName();
    void commentAfterEnd();
    void everyTruncationFails();
    void flippedBytesNeverCrash();
};

void TestZip::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // The CRC-32 check value of the catalogue of parametrised CRCs (CRC-32/ISO-HDLC).
    QTest::newRow("check-123456789") << QByteArray("123456789") << quint32(0xcbf43926);
    QTest::newRow("empty") << QByteArray() << quint32(0);
    QTest::newRow("one-zero-byte") << QByteArray(1, '\0') << quint32(0xd202ef8d);
    QTest::newRow("quick-brown-fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                                     << quint32(0x414fa339);
}

void TestZip::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(ZipArchive::crc32(data), crc);
}

void TestZip::roundTrip_data()
{
    QTest::addColumn<Entries>("entries");
    QByteArray binary;
    for (int i = 0; i < 1024; ++i)
        binary.append(char(i * 7));
    QTest::newRow("no-entries") << Entries{};
    QTest::newRow("one-entry") << Entries{{QStringLiteral("message.eml"), QByteArray("Subject: x\r\n\r\nbody\r\n")}};
    QTest::newRow("empty-entry") << Entries{{QStringLiteral("empty.txt"), QByteArray()}};
    QTest::newRow("bundle-shape") << Entries{{QStringLiteral("kensa-manifest.json"), QByteArray("{}")},
                                             {QStringLiteral("message.eml"), QByteArray("From: a@b\r\n\r\n")},
                                             {QStringLiteral("dns-answers.zone"), QByteArray("; kensa-dns-snapshot 1\n")}};
    QTest::newRow("binary-bytes") << Entries{{QStringLiteral("bytes.bin"), binary}};
    QTest::newRow("utf8-name-and-folder") << Entries{{QStringLiteral("証拠/メール.eml"), QByteArray("x")}};
    QTest::newRow("embedded-signatures") << Entries{{QStringLiteral("tricky"), QByteArray("PK\x05\x06PK\x01\x02PK\x03\x04", 12)}};
}

void TestZip::roundTrip()
{
    QFETCH(Entries, entries);
    const QByteArray zip = ZipArchive::write(entries, Stamp);
    QVERIFY(ZipArchive::hasSignature(zip) || entries.isEmpty());
    ZipError error;
    const std::optional<Entries> read = ZipArchive::read(zip, &error);
    QVERIFY2(read.has_value(), qPrintable(error.key));
    QCOMPARE(*read, entries);
}

void TestZip::corrupt_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("entry");

    const QByteArray good = sample();
    const qsizetype cd = centralDirectory(good);
    const qsizetype end = endRecord(good);
    const QString manifest = QStringLiteral("kensa-manifest.json");
    const QString message = QStringLiteral("message.eml");
    // Where the first entry's data starts: after its 30-byte header and its name.
    const qsizetype firstData = 30 + manifest.size();

    QTest::newRow("empty-file") << QByteArray() << "zip.not_zip" << QString();
    QTest::newRow("garbage") << QByteArray("This is not an archive at all, just text.\r\n") << "zip.not_zip" << QString();
    QTest::newRow("truncated-end-record") << good.left(good.size() - 10) << "zip.truncated" << QString();
    QTest::newRow("truncated-half") << good.left(good.size() / 2) << "zip.truncated" << QString();
    QTest::newRow("local-header-only") << good.left(30) << "zip.truncated" << QString();

    QByteArray crc = good;
    crc[firstData + 3] = char(crc[firstData + 3] ^ 0x20);
    QTest::newRow("crc-mismatch-data-changed") << crc << "zip.crc_mismatch" << manifest;

    QByteArray bothCrcs = good;
    put32(bothCrcs, 14, 0x12345678);     // local header
    put32(bothCrcs, cd + 16, 0x12345678); // central directory
    QTest::newRow("crc-mismatch-both-headers") << bothCrcs << "zip.crc_mismatch" << manifest;

    QByteArray localCrc = good;
    put32(localCrc, 14, 0x12345678);
    QTest::newRow("central-directory-lies-crc") << localCrc << "zip.inconsistent" << manifest;

    QByteArray size = good;
    put32(size, cd + 20, get32(good, cd + 20) + 1);
    put32(size, cd + 24, get32(good, cd + 24) + 1);
    QTest::newRow("central-directory-lies-size") << size << "zip.inconsistent" << manifest;

    QByteArray packed = good;
    put32(packed, cd + 20, get32(good, cd + 20) + 5);
    QTest::newRow("stored-sizes-differ") << packed << "zip.inconsistent" << manifest;

    QByteArray offset = good;
    put32(offset, cd + 42, 7); // the first entry's local header is said to start at byte 7
    QTest::newRow("central-directory-lies-offset") << offset << "zip.inconsistent" << manifest;

    QByteArray beyond = good;
    put32(beyond, cd + 42, quint32(cd - 10)); // no room for a local header before the directory
    QTest::newRow("local-offset-into-directory") << beyond << "zip.out_of_range" << manifest;

    QByteArray name = good;
    name[cd + 46] = 'K'; // central name differs from the local one
    QTest::newRow("central-directory-lies-name") << name << "zip.inconsistent" << QStringLiteral("Kensa-manifest.json");

    QByteArray count = good;
    put16(count, end + 8, 3);
    put16(count, end + 10, 3);
    QTest::newRow("central-directory-lies-count-more") << count << "zip.bad_directory" << QString();

    QByteArray fewer = good;
    put16(fewer, end + 8, 1);
    put16(fewer, end + 10, 1);
    QTest::newRow("central-directory-lies-count-fewer") << fewer << "zip.bad_directory" << QString();

    QByteArray cdOffset = good;
    put32(cdOffset, end + 16, quint32(end - 4));
    QTest::newRow("directory-past-end-record") << cdOffset << "zip.bad_directory" << QString();

    QByteArray cdSignature = good;
    cdSignature[cd + 1] = 'Q';
    QTest::newRow("directory-signature") << cdSignature << "zip.bad_directory" << QString();

    QByteArray nameLength = good;
    put16(nameLength, cd + 28, 0xfff0);
    QTest::newRow("name-length-past-directory") << nameLength << "zip.bad_directory" << QString();

    QByteArray huge = good;
    put32(huge, cd + 20, 0xfffffff0);
    put32(huge, cd + 24, 0xfffffff0);
    QTest::newRow("huge-declared-size") << huge << "zip.entry_too_large" << manifest;

    QByteArray over = good;
    put32(over, cd + 20, quint32(Limits::MaxZipEntryBytes + 1));
    put32(over, cd + 24, quint32(Limits::MaxZipEntryBytes + 1));
    QTest::newRow("size-one-over-the-limit") << over << "zip.entry_too_large" << manifest;

    QByteArray past = good;
    put32(past, 18, 4000);
    put32(past, 22, 4000);
    put32(past, cd + 20, 4000);
    put32(past, cd + 24, 4000);
    QTest::newRow("size-past-the-data") << past << "zip.out_of_range" << manifest;

    QByteArray zip64 = good;
    put32(zip64, end + 16, 0xffffffff);
    QTest::newRow("zip64-marker") << zip64 << "zip.zip64" << QString();

    QByteArray disks = good;
    put16(disks, end + 4, 1);
    QTest::newRow("multi-disk") << disks << "zip.multi_disk" << QString();

    // Offsets count from the start of the file: bytes in front move every record away from them.
    QTest::newRow("prepended-bytes") << QByteArray("#!/bin/sh\n") + good << "zip.bad_directory" << QString();

    QTest::newRow("name-parent-segment")
        << ZipArchive::write({{QStringLiteral("../../.bashrc"), QByteArray("x")}}, Stamp) << "zip.bad_name"
        << QStringLiteral("../../.bashrc");
    QTest::newRow("name-inner-parent-segment")
        << ZipArchive::write({{QStringLiteral("a/../../b"), QByteArray("x")}}, Stamp) << "zip.bad_name"
        << QStringLiteral("a/../../b");
    QTest::newRow("name-absolute") << ZipArchive::write({{QStringLiteral("/etc/passwd"), QByteArray("x")}}, Stamp)
                                   << "zip.bad_name" << QStringLiteral("/etc/passwd");
    QTest::newRow("name-backslash")
        << ZipArchive::write({{QStringLiteral("..\\evil.eml"), QByteArray("x")}}, Stamp) << "zip.bad_name"
        << QStringLiteral("..\\evil.eml");
    QTest::newRow("name-drive") << ZipArchive::write({{QStringLiteral("C:evil"), QByteArray("x")}}, Stamp)
                                << "zip.bad_name" << QStringLiteral("C:evil");
    QTest::newRow("name-empty") << ZipArchive::write({{QString(), QByteArray("x")}}, Stamp) << "zip.bad_name"
                                << QString();
    QTest::newRow("name-duplicate") << ZipArchive::write({{message, QByteArray("one")}, {message, QByteArray("two")}}, Stamp)
                                    << "zip.duplicate_name" << message;
    QTest::newRow("name-not-utf8-nor-ascii")
        << rawArchive(QByteArray("caf\xe9.eml"), 0, 0, QByteArray("x"), ZipArchive::crc32("x"), 1) << "zip.bad_name"
        << QString::fromUtf8("caf\xef\xbf\xbd.eml");

    // RFC 1951 §3.2.4: a deflate stream of one final stored block (BFINAL=1, BTYPE=00), LEN 5,
    // NLEN its complement, then the bytes. A valid deflated entry, as zip -9 may write.
    const QByteArray deflated = QByteArray("\x01\x05\x00\xfa\xff", 5) + QByteArray("hello");
    QTest::newRow("deflated-entry") << rawArchive("message.eml", 8, 0, deflated, ZipArchive::crc32("hello"), 5)
                                    << "zip.compressed" << message;
    QTest::newRow("bzip2-entry") << rawArchive("message.eml", 12, 0, QByteArray("BZh9"), 0, 100)
                                 << "zip.unsupported_method" << message;
    QTest::newRow("encrypted-entry") << rawArchive("message.eml", 0, 1, QByteArray("hello"), ZipArchive::crc32("hello"), 5)
                                     << "zip.encrypted" << message;

    Entries many;
    for (int i = 0; i <= Limits::MaxZipEntries; ++i)
        many.append({QStringLiteral("e%1").arg(i), QByteArray()});
    QTest::newRow("too-many-entries") << ZipArchive::write(many, Stamp) << "zip.too_many_entries" << QString();
}

void TestZip::corrupt()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, key);
    QFETCH(QString, entry);
    ZipError error;
    const std::optional<Entries> read = ZipArchive::read(zip, &error);
    QVERIFY(!read.has_value());
    QCOMPARE(error.key, key);
    QCOMPARE(error.entry, entry);
}

void TestZip::safeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << "message.eml" << true;
    QTest::newRow("folder") << "evidence/message.eml" << true;
    QTest::newRow("folder-entry") << "evidence/" << true;
    QTest::newRow("dots-inside-a-name") << "a..b" << true;
    QTest::newRow("parent") << ".." << false;
    QTest::newRow("parent-prefix") << "../x" << false;
    QTest::newRow("parent-suffix") << "x/.." << false;
    QTest::newRow("dot-segment") << "a/./b" << false;
    QTest::newRow("empty-segment") << "a//b" << false;
    QTest::newRow("absolute") << "/x" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("drive") << "c:/x" << false;
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("only-slash") << "/" << false;
}

void TestZip::safeName()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(ZipArchive::isSafeName(name), safe);
}

// APPNOTE §4.3.16: a comment may follow the end record; its length field says how long.
void TestZip::commentAfterEnd()
{
    QByteArray zip = sample();
    const QByteArray comment("saved by hand");
    put16(zip, endRecord(zip) + 20, quint16(comment.size()));
    zip += comment;
    ZipError error;
    const std::optional<Entries> read = ZipArchive::read(zip, &error);
    QVERIFY2(read.has_value(), qPrintable(error.key));
    QCOMPARE(read->size(), 2);

    // A comment longer than its length field says leaves no end record where the format puts it.
    zip += "x";
    QVERIFY(!ZipArchive::read(zip, &error).has_value());
    QCOMPARE(error.key, QStringLiteral("zip.truncated"));
}

void TestZip::everyTruncationFails()
{
    const QByteArray zip = sample();
    for (qsizetype n = 0; n < zip.size(); ++n) {
        ZipError error;
        QVERIFY2(!ZipArchive::read(zip.left(n), &error).has_value(), qPrintable(QString::number(n)));
        QVERIFY(!error.key.isEmpty());
    }
}

// Any single damaged byte either still reads (a byte nobody checks, such as the time) or is
// refused; never a crash or an entry whose bytes differ from what was written.
void TestZip::flippedBytesNeverCrash()
{
    const QByteArray zip = sample();
    const std::optional<Entries> original = ZipArchive::read(zip, nullptr);
    QVERIFY(original.has_value());
    QRandomGenerator random(20261205);
    for (qsizetype at = 0; at < zip.size(); ++at) {
        for (int round = 0; round < 4; ++round) {
            QByteArray damaged = zip;
            damaged[at] = char(damaged[at] ^ char(1 + random.bounded(255)));
            ZipError error;
            const std::optional<Entries> read = ZipArchive::read(damaged, &error);
            if (read) {
                QCOMPARE(read->size(), original->size());
                for (qsizetype i = 0; i < read->size(); ++i)
                    QCOMPARE(read->at(i).data, original->at(i).data);
            } else {
                QVERIFY(!error.key.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestZip)
#include "TestZip.moc"
