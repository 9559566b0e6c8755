#include "core/text/ZipArchive.h"

#include "core/base/Limits.h"

#include <QSet>

#include <array>

namespace kensa {

namespace {

// APPNOTE.TXT §4.3.7, §4.3.12, §4.3.16: the signatures and fixed sizes of the three records.
constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr qsizetype LocalSize = 30;
constexpr qsizetype CentralSize = 46;
constexpr qsizetype EndSize = 22;
constexpr qsizetype MaxCommentSize = 0xffff;
// §4.4.4 general purpose bit flags.
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagDataDescriptor = 0x0008;
constexpr quint16 FlagUtf8 = 0x0800;
// §4.4.5 compression methods.
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
// §4.4.3: version 1.0 is enough to extract stored entries; "made by" 2.0 on MS-DOS attributes.
constexpr quint16 VersionNeeded = 10;
constexpr quint16 VersionMadeBy = 20;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (0xedb88320u ^ (c >> 1)) : (c >> 1);
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeCrcTable();

quint16 read16(QByteArrayView data, qsizetype at)
{
    return quint16(quint8(data[at])) | quint16(quint16(quint8(data[at + 1])) << 8);
}

quint32 read32(QByteArrayView data, qsizetype at)
{
    return quint32(read16(data, at)) | (quint32(read16(data, at + 2)) << 16);
}

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

// §4.4.6: MS-DOS time (2-second units) and date (years from 1980).
void dosTime(const QDateTime &when, quint16 *time, quint16 *date)
{
    QDateTime utc = when.isValid() ? when.toUTC() : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime first(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime last(QDate(2107, 12, 31), QTime(23, 59, 58), Qt::UTC);
    if (utc < first)
        utc = first;
    if (utc > last)
        utc = last;
    const QDate d = utc.date();
    const QTime t = utc.time();
    *time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    *date = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
}

std::optional<QList<ZipEntry>> fail(ZipError *error, const QString &key, const QString &entry = {},
                                    qint64 offset = -1, qint64 value = -1)
{
    if (error)
        *error = ZipError{key, entry, offset, value};
    return std::nullopt;
}

// §4.3.16: the end record is the last record; only a comment (at most 64 KiB) may follow it,
// and its length field says exactly how long that comment is.
qsizetype findEndRecord(QByteArrayView data)
{
    if (data.size() < EndSize)
        return -1;
    const qsizetype lowest = qMax<qsizetype>(0, data.size() - EndSize - MaxCommentSize);
    for (qsizetype at = data.size() - EndSize; at >= lowest; --at) {
        if (read32(data, at) == EndSignature && at + EndSize + read16(data, at + 20) == data.size())
            return at;
    }
    return -1;
}

// The entry name's text: UTF-8 when bit 11 says so (and the bytes are valid UTF-8), otherwise
// only ASCII, the part that code page 437 shares with every other encoding. Null when neither.
QString decodeName(QByteArrayView bytes, quint16 flags)
{
    if (flags & FlagUtf8) {
        const QString name = QString::fromUtf8(bytes);
        return name.toUtf8() == bytes ? name : QString();
    }
    for (char c : bytes) {
        if (quint8(c) >= 0x80)
            return {};
    }
    return QString::fromLatin1(bytes);
}

} // namespace

bool ZipArchive::hasSignature(QByteArrayView data)
{
    return data.size() >= 4 && read32(data, 0) == LocalSignature;
}

quint32 ZipArchive::crc32(QByteArrayView data)
{
    quint32 c = 0xffffffffu;
    for (char byte : data)
        c = CrcTable[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

bool ZipArchive::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.contains(QChar(0)) || name.contains(u'\\') || name.startsWith(u'/'))
        return false;
    // "C:" at the start is a drive on Windows, whatever follows.
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return false;
    const QStringList segments = name.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        // A trailing '/' names a directory entry: allowed, its last segment is empty.
        if (segment.isEmpty() && i == segments.size() - 1 && i > 0)
            continue;
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

QByteArray ZipArchive::write(const QList<ZipEntry> &entries, const QDateTime &modified)
{
    if (entries.size() > 0xffff)
        return {};
    quint16 time = 0;
    quint16 date = 0;
    dosTime(modified, &time, &date);

    QByteArray out;
    QByteArray central;
    for (const ZipEntry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        if (name.size() > 0xffff || entry.data.size() > qsizetype(0xfffffffe) || out.size() > qsizetype(0xfffffffe))
            return {};
        const quint32 crc = crc32(entry.data);
        const quint32 size = quint32(entry.data.size());
        const quint32 offset = quint32(out.size());

        put32(out, LocalSignature);
        put16(out, VersionNeeded);
        put16(out, FlagUtf8);
        put16(out, MethodStored);
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, size); // compressed size: stored, the same
        put32(out, size);
        put16(out, quint16(name.size()));
        put16(out, 0); // no extra field
        out.append(name);
        out.append(entry.data);

        put32(central, CentralSignature);
        put16(central, VersionMadeBy);
        put16(central, VersionNeeded);
        put16(central, FlagUtf8);
        put16(central, MethodStored);
        put16(central, time);
        put16(central, date);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, quint16(name.size()));
        put16(central, 0); // extra field
        put16(central, 0); // comment
        put16(central, 0); // disk number start
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(name);
    }
    if (out.size() + central.size() > qsizetype(0xfffffffe))
        return {};
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, EndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // the disk with the central directory
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // no comment
    return out;
}

std::optional<QList<ZipEntry>> ZipArchive::read(QByteArrayView data, ZipError *error)
{
    const qsizetype end = findEndRecord(data);
    if (end < 0) {
        // A file that starts like a zip but has no end record was cut short.
        return fail(error, hasSignature(data) ? QStringLiteral("zip.truncated") : QStringLiteral("zip.not_zip"));
    }
    const quint16 disk = read16(data, end + 4);
    const quint16 centralDisk = read16(data, end + 6);
    const quint16 entriesHere = read16(data, end + 8);
    const quint16 entriesTotal = read16(data, end + 10);
    const quint32 centralSize = read32(data, end + 12);
    const quint32 centralOffset = read32(data, end + 16);
    // §4.4.1.4: 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record".
    if (entriesTotal == 0xffff || entriesHere == 0xffff || centralSize == 0xffffffffu || centralOffset == 0xffffffffu)
        return fail(error, QStringLiteral("zip.zip64"), {}, end);
    if (disk != 0 || centralDisk != 0 || entriesHere != entriesTotal)
        return fail(error, QStringLiteral("zip.multi_disk"), {}, end);
    if (entriesTotal > Limits::MaxZipEntries)
        return fail(error, QStringLiteral("zip.too_many_entries"), {}, end, entriesTotal);
    if (qint64(centralOffset) + qint64(centralSize) > qint64(end))
        return fail(error, QStringLiteral("zip.bad_directory"), {}, end);

    const qsizetype centralEnd = qsizetype(centralOffset) + qsizetype(centralSize);
    QList<ZipEntry> entries;
    QSet<QString> names;
    qint64 total = 0;
    qsizetype at = centralOffset;
    for (int i = 0; i < entriesTotal; ++i) {
        if (at + CentralSize > centralEnd || read32(data, at) != CentralSignature)
            return fail(error, QStringLiteral("zip.bad_directory"), {}, at);
        const quint16 flags = read16(data, at + 8);
        const quint16 method = read16(data, at + 10);
        const quint32 crc = read32(data, at + 16);
        const quint32 packedSize = read32(data, at + 20);
        const quint32 size = read32(data, at + 24);
        const quint16 nameLength = read16(data, at + 28);
        const quint16 extraLength = read16(data, at + 30);
        const quint16 commentLength = read16(data, at + 32);
        const quint32 localOffset = read32(data, at + 42);
        const qsizetype recordSize = CentralSize + nameLength + extraLength + commentLength;
        if (at + recordSize > centralEnd)
            return fail(error, QStringLiteral("zip.bad_directory"), {}, at);
        const QByteArrayView nameBytes = data.sliced(at + CentralSize, nameLength);
        const QString name = decodeName(nameBytes, flags);
        if (nameLength > Limits::MaxZipNameBytes || !isSafeName(name)) {
            // The name as far as it can be shown: never a path to follow, only words to read.
            QString shown = QString::fromUtf8(nameBytes.first(qMin<qsizetype>(nameBytes.size(), 80)));
            shown.replace(QChar(0), u'?');
            return fail(error, QStringLiteral("zip.bad_name"), shown, at);
        }
        if (names.contains(name))
            return fail(error, QStringLiteral("zip.duplicate_name"), name, at);
        names.insert(name);
        if (flags & FlagEncrypted)
            return fail(error, QStringLiteral("zip.encrypted"), name, at);
        if (method == MethodDeflated)
            return fail(error, QStringLiteral("zip.compressed"), name, at);
        if (method != MethodStored)
            return fail(error, QStringLiteral("zip.unsupported_method"), name, at, method);
        if (qint64(size) > Limits::MaxZipEntryBytes)
            return fail(error, QStringLiteral("zip.entry_too_large"), name, at, size);
        if (packedSize != size)
            return fail(error, QStringLiteral("zip.inconsistent"), name, at);
        total += size;
        if (total > Limits::MaxZipTotalBytes)
            return fail(error, QStringLiteral("zip.too_large"), name, at, total);

        // The local header must say what the central directory says (APPNOTE §4.3.7; with bit
        // 3 set the CRC and sizes follow the data instead and the local fields are zero).
        const qsizetype local = localOffset;
        if (qint64(local) + LocalSize > qint64(centralOffset))
            return fail(error, QStringLiteral("zip.out_of_range"), name, at, localOffset);
        if (read32(data, local) != LocalSignature)
            return fail(error, QStringLiteral("zip.inconsistent"), name, local);
        const quint16 localFlags = read16(data, local + 6);
        const quint16 localNameLength = read16(data, local + 26);
        const quint16 localExtraLength = read16(data, local + 28);
        const qsizetype dataStart = local + LocalSize + localNameLength + localExtraLength;
        if (read16(data, local + 8) != method || localNameLength != nameLength
            || qint64(dataStart) > qint64(centralOffset)
            || data.sliced(local + LocalSize, localNameLength) != nameBytes)
            return fail(error, QStringLiteral("zip.inconsistent"), name, local);
        if (!(localFlags & FlagDataDescriptor)
            && (read32(data, local + 14) != crc || read32(data, local + 18) != packedSize
                || read32(data, local + 22) != size))
            return fail(error, QStringLiteral("zip.inconsistent"), name, local);
        if (qint64(dataStart) + qint64(size) > qint64(centralOffset))
            return fail(error, QStringLiteral("zip.out_of_range"), name, dataStart, size);
        const QByteArrayView bytes = data.sliced(dataStart, size);
        if (crc32(bytes) != crc)
            return fail(error, QStringLiteral("zip.crc_mismatch"), name, dataStart);
        entries.append(ZipEntry{name, bytes.toByteArray()});
        at += recordSize;
    }
    if (at != centralEnd)
        return fail(error, QStringLiteral("zip.bad_directory"), {}, at);
    return entries;
}

} // namespace kensa
