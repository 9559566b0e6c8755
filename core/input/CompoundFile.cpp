#include "core/input/CompoundFile.h"

#include <QtEndian>

#include <limits>

namespace kensa {

namespace {

// [MS-CFB] §2.1: special sector numbers.
constexpr quint32 MaxRegularSector = 0xFFFFFFFA;
constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;
constexpr quint32 NoStream = 0xFFFFFFFF;

constexpr qsizetype HeaderBytes = 512;
constexpr qsizetype DirectoryEntryBytes = 128;
constexpr qint64 MiniSectorBytes = 64;
constexpr int HeaderDifatEntries = 109;

// The directory of a .msg holds some ten entries per recipient and per attachment; a larger
// one is refused before it is read (4 MiB of directory).
constexpr qint64 MaxDirectoryEntries = 32768;

constexpr char Signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

quint16 u16(const QByteArray &data, qint64 at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qint64 at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint64 u64(const QByteArray &data, qint64 at)
{
    return qFromLittleEndian<quint64>(data.constData() + at);
}

bool fail(CompoundFileError *error, const QString &key, const QString &part, qint64 offset, qint64 value = -1)
{
    if (error)
        *error = CompoundFileError{key, part, offset, value};
    return false;
}

} // namespace

bool CompoundFile::hasSignature(QByteArrayView data)
{
    return data.startsWith(QByteArrayView(Signature, 8));
}

std::optional<CompoundFile> CompoundFile::parse(const QByteArray &data, CompoundFileError *error)
{
    const QString header = QStringLiteral("header");
    if (data.size() < HeaderBytes) {
        fail(error, QStringLiteral("input.msg.truncated"), header, data.size(), HeaderBytes);
        return std::nullopt;
    }
    if (!hasSignature(data)) {
        fail(error, QStringLiteral("input.msg.header"), header, 0);
        return std::nullopt;
    }
    CompoundFile file;
    file.m_data = data;
    const quint16 major = u16(data, 0x1A);
    const quint16 sectorShift = u16(data, 0x1E);
    if (u16(data, 0x1C) != 0xFFFE) {
        fail(error, QStringLiteral("input.msg.header"), header, 0x1C);
        return std::nullopt;
    }
    if (!((major == 3 && sectorShift == 9) || (major == 4 && sectorShift == 12))) {
        fail(error, QStringLiteral("input.msg.header"), header, 0x1A);
        return std::nullopt;
    }
    if (u16(data, 0x20) != 6) {
        fail(error, QStringLiteral("input.msg.header"), header, 0x20);
        return std::nullopt;
    }
    file.m_sectorSize = qint64(1) << sectorShift;
    if (data.size() < file.m_sectorSize) {
        fail(error, QStringLiteral("input.msg.truncated"), header, data.size(), file.m_sectorSize);
        return std::nullopt;
    }
    file.m_miniCutoff = u32(data, 0x38);
    if (file.m_miniCutoff != 4096) {
        fail(error, QStringLiteral("input.msg.header"), header, 0x38);
        return std::nullopt;
    }
    const qint64 sectorSize = file.m_sectorSize;
    // Sectors that start inside the file; the last may be short.
    const qint64 sectorsInFile = (qint64(data.size()) - sectorSize + sectorSize - 1) / sectorSize;
    const qint64 entriesPerSector = sectorSize / 4;

    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    const quint32 fatSectorCount = u32(data, 0x2C);
    if (qint64(fatSectorCount) > sectorsInFile) {
        fail(error, QStringLiteral("input.msg.too_large"), QStringLiteral("FAT"), 0x2C, qint64(fatSectorCount) * sectorSize);
        return std::nullopt;
    }
    QList<quint32> fatSectors;
    QList<qint64> fatSectorPointers; // where each was named, for errors
    for (int i = 0; i < HeaderDifatEntries && fatSectors.size() < qsizetype(fatSectorCount); ++i) {
        fatSectors.append(u32(data, 0x4C + 4 * i));
        fatSectorPointers.append(0x4C + 4 * i);
    }
    quint32 difat = u32(data, 0x44);
    const quint32 difatCount = u32(data, 0x48);
    QList<bool> difatSeen(sectorsInFile, false);
    for (quint32 n = 0; fatSectors.size() < qsizetype(fatSectorCount); ++n) {
        const QString part = QStringLiteral("DIFAT");
        if (n >= difatCount || difat == EndOfChain || difat == FreeSector) {
            fail(error, QStringLiteral("input.msg.chain_short"), part, 0x44, qint64(n) * sectorSize);
            return std::nullopt;
        }
        if (difat > MaxRegularSector || qint64(difat) >= sectorsInFile) {
            fail(error, QStringLiteral("input.msg.sector_out_of_range"), part, 0x44, difat);
            return std::nullopt;
        }
        if (difatSeen[difat]) {
            fail(error, QStringLiteral("input.msg.chain_loop"), part, (qint64(difat) + 1) * sectorSize, difat);
            return std::nullopt;
        }
        difatSeen[difat] = true;
        const qint64 at = (qint64(difat) + 1) * sectorSize;
        if (at + sectorSize > data.size()) {
            fail(error, QStringLiteral("input.msg.truncated"), part, data.size(), at + sectorSize);
            return std::nullopt;
        }
        for (qint64 i = 0; i < entriesPerSector - 1 && fatSectors.size() < qsizetype(fatSectorCount); ++i) {
            fatSectors.append(u32(data, at + 4 * i));
            fatSectorPointers.append(at + 4 * i);
        }
        difat = u32(data, at + sectorSize - 4);
    }

    file.m_fatSectors = fatSectors;
    file.m_fat.reserve(fatSectors.size() * entriesPerSector);
    for (qsizetype i = 0; i < fatSectors.size(); ++i) {
        const quint32 sector = fatSectors.at(i);
        if (sector > MaxRegularSector || qint64(sector) >= sectorsInFile) {
            fail(error, QStringLiteral("input.msg.sector_out_of_range"), QStringLiteral("FAT"), fatSectorPointers.at(i), sector);
            return std::nullopt;
        }
        const qint64 at = (qint64(sector) + 1) * sectorSize;
        if (at + sectorSize > data.size()) {
            fail(error, QStringLiteral("input.msg.truncated"), QStringLiteral("FAT"), data.size(), at + sectorSize);
            return std::nullopt;
        }
        for (qint64 e = 0; e < entriesPerSector; ++e)
            file.m_fat.append(u32(data, at + 4 * e));
    }
    // Entries for sectors past the end of the file can never be followed; dropping them bounds
    // the FAT (and every chain's bookkeeping) by the file's size, whatever the header claims.
    if (file.m_fat.size() > sectorsInFile)
        file.m_fat.resize(sectorsInFile);

    // The directory: a chain of 128-byte entries, read to its end.
    CompoundFileError chainError;
    const std::optional<QByteArray> directory =
        file.readChain(u32(data, 0x30), quint64(MaxDirectoryEntries * DirectoryEntryBytes) + 1,
                       QStringLiteral("directory"), &chainError, 0x30, true, &file.m_directorySectors);
    if (!directory) {
        if (error)
            *error = chainError;
        return std::nullopt;
    }
    if (directory->size() > MaxDirectoryEntries * DirectoryEntryBytes) {
        fail(error, QStringLiteral("input.msg.directory_too_large"), QStringLiteral("directory"), -1,
             directory->size() / DirectoryEntryBytes);
        return std::nullopt;
    }
    const qsizetype count = directory->size() / DirectoryEntryBytes;
    if (count == 0) {
        fail(error, QStringLiteral("input.msg.bad_directory"), QStringLiteral("directory"), (qint64(u32(data, 0x30)) + 1) * sectorSize);
        return std::nullopt;
    }
    QList<quint32> left(count, NoStream), right(count, NoStream), childOf(count, NoStream);
    QList<bool> allocated(count, false);
    file.m_entries.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 at = i * DirectoryEntryBytes;
        const quint8 type = quint8(directory->at(at + 0x42));
        if (type == 0)
            continue; // unallocated
        const qint64 where = file.directoryOffset(i);
        const quint16 nameBytes = u16(*directory, at + 0x40);
        if ((type != 1 && type != 2 && type != 5) || nameBytes > 64 || nameBytes % 2 != 0 || (i == 0) != (type == 5)) {
            fail(error, QStringLiteral("input.msg.bad_directory"), QStringLiteral("directory"), where, i);
            return std::nullopt;
        }
        CompoundEntry &entry = file.m_entries[i];
        const qsizetype chars = nameBytes >= 2 ? nameBytes / 2 - 1 : 0;
        entry.name = QString::fromUtf16(reinterpret_cast<const char16_t *>(directory->constData() + at), chars);
        entry.type = type == 1 ? CompoundEntry::Type::Storage
                               : (type == 2 ? CompoundEntry::Type::Stream : CompoundEntry::Type::Root);
        entry.startSector = u32(*directory, at + 0x74);
        entry.size = u64(*directory, at + 0x78);
        if (major == 3)
            entry.size &= 0xFFFFFFFFu; // [MS-CFB] §2.6.3: version 3 writers may leave the high half set
        left[i] = u32(*directory, at + 0x44);
        right[i] = u32(*directory, at + 0x48);
        childOf[i] = u32(*directory, at + 0x4C);
        allocated[i] = true;
    }
    if (!allocated[0]) {
        fail(error, QStringLiteral("input.msg.bad_directory"), QStringLiteral("directory"), file.directoryOffset(0), 0);
        return std::nullopt;
    }

    // Each storage's entries are a tree of siblings under its child; every entry belongs to one
    // storage and appears once, so a loop or a shared entry is an error.
    QList<bool> placed(count, false);
    placed[0] = true;
    for (qsizetype storage = 0; storage < count; ++storage) {
        if (!allocated[storage] || file.m_entries[storage].type == CompoundEntry::Type::Stream)
            continue;
        QList<quint32> stack;
        quint32 node = childOf[storage];
        const qint64 pointer = file.directoryOffset(storage) + 0x4C;
        qint64 from = pointer;
        while (node != NoStream || !stack.isEmpty()) {
            while (node != NoStream) {
                if (qint64(node) >= count || !allocated[node]) {
                    fail(error, QStringLiteral("input.msg.bad_directory"), QStringLiteral("directory"), from, node);
                    return std::nullopt;
                }
                if (placed[node]) {
                    fail(error, QStringLiteral("input.msg.directory_loop"), QStringLiteral("directory"), from, node);
                    return std::nullopt;
                }
                placed[node] = true;
                stack.append(node);
                from = file.directoryOffset(node) + 0x44;
                node = left[node];
            }
            const quint32 top = stack.takeLast();
            file.m_entries[storage].children.append(int(top));
            from = file.directoryOffset(top) + 0x48;
            node = right[top];
        }
    }

    // The mini stream lives in the root entry's chain; the mini FAT in its own.
    const CompoundEntry &root = file.m_entries.first();
    if (root.size > quint64(data.size())) {
        fail(error, QStringLiteral("input.msg.too_large"), QStringLiteral("mini stream"), file.directoryOffset(0) + 0x78,
             qint64(qMin<quint64>(root.size, quint64(std::numeric_limits<qint64>::max()))));
        return std::nullopt;
    }
    if (root.size > 0) {
        const auto mini = file.readChain(root.startSector, root.size, QStringLiteral("mini stream"), &chainError,
                                         file.directoryOffset(0) + 0x74, false, &file.m_miniStreamSectors);
        if (!mini) {
            if (error)
                *error = chainError;
            return std::nullopt;
        }
        file.m_miniStream = *mini;
    }
    const quint32 miniFatStart = u32(data, 0x3C);
    if (miniFatStart != EndOfChain && miniFatStart != FreeSector) {
        const auto miniFat = file.readChain(miniFatStart, quint64(data.size()) + 1, QStringLiteral("mini FAT"),
                                            &chainError, 0x3C, true, &file.m_miniFatSectors);
        if (!miniFat) {
            if (error)
                *error = chainError;
            return std::nullopt;
        }
        for (qsizetype at = 0; at + 4 <= miniFat->size(); at += 4)
            file.m_miniFat.append(u32(*miniFat, at));
    }
    return file;
}

qint64 CompoundFile::sectorOffset(quint32 sector) const
{
    return (qint64(sector) + 1) * m_sectorSize;
}

qint64 CompoundFile::fatEntryOffset(quint32 index) const
{
    const qint64 perSector = m_sectorSize / 4;
    const qsizetype which = qsizetype(index / perSector);
    if (which >= m_fatSectors.size())
        return -1;
    return sectorOffset(m_fatSectors.at(which)) + qint64(index % perSector) * 4;
}

qint64 CompoundFile::directoryOffset(qsizetype entry) const
{
    const qint64 perSector = m_sectorSize / DirectoryEntryBytes;
    const qsizetype which = qsizetype(entry / perSector);
    if (which >= m_directorySectors.size())
        return -1;
    return sectorOffset(m_directorySectors.at(which)) + qint64(entry % perSector) * DirectoryEntryBytes;
}

std::optional<QByteArray> CompoundFile::readChain(quint32 start, quint64 size, const QString &part,
                                                  CompoundFileError *error, qint64 pointer, bool toEnd,
                                                  QList<quint32> *sectors) const
{
    // `size` bytes (or, with toEnd, every sector up to the end of the chain but no more than
    // `size` bytes). A chain never visits a sector twice.
    QByteArray out;
    QList<bool> seen(m_fat.size(), false);
    quint32 sector = start;
    while (toEnd ? sector != EndOfChain : quint64(out.size()) < size) {
        if (sector == EndOfChain || sector == FreeSector) {
            fail(error, QStringLiteral("input.msg.chain_short"), part, pointer, out.size());
            return std::nullopt;
        }
        if (sector > MaxRegularSector || qsizetype(sector) >= m_fat.size()) {
            fail(error, QStringLiteral("input.msg.sector_out_of_range"), part, pointer, sector);
            return std::nullopt;
        }
        if (seen[sector]) {
            fail(error, QStringLiteral("input.msg.chain_loop"), part, pointer, sector);
            return std::nullopt;
        }
        seen[sector] = true;
        const qint64 at = sectorOffset(sector);
        const qint64 take = toEnd ? m_sectorSize : qMin<qint64>(m_sectorSize, qint64(size - quint64(out.size())));
        if (at + take > m_data.size()) {
            fail(error, QStringLiteral("input.msg.truncated"), part, m_data.size(), at + take);
            return std::nullopt;
        }
        out.append(m_data.constData() + at, take);
        if (sectors)
            sectors->append(sector);
        if (toEnd && quint64(out.size()) >= size)
            break; // too long: the caller's limit decides
        pointer = fatEntryOffset(sector);
        sector = m_fat.at(sector);
    }
    return out;
}

std::optional<QByteArray> CompoundFile::readMiniChain(quint32 start, quint64 size, const QString &part,
                                                      CompoundFileError *error, qint64 pointer) const
{
    QByteArray out;
    QList<bool> seen(m_miniFat.size(), false);
    quint32 sector = start;
    while (quint64(out.size()) < size) {
        if (sector == EndOfChain || sector == FreeSector) {
            fail(error, QStringLiteral("input.msg.chain_short"), part, pointer, out.size());
            return std::nullopt;
        }
        const qint64 at = qint64(sector) * MiniSectorBytes;
        if (sector > MaxRegularSector || qsizetype(sector) >= m_miniFat.size()) {
            fail(error, QStringLiteral("input.msg.sector_out_of_range"), part, pointer, sector);
            return std::nullopt;
        }
        if (seen[sector]) {
            fail(error, QStringLiteral("input.msg.chain_loop"), part, pointer, sector);
            return std::nullopt;
        }
        seen[sector] = true;
        const qint64 take = qMin<qint64>(MiniSectorBytes, qint64(size - quint64(out.size())));
        if (at + take > m_miniStream.size()) {
            fail(error, QStringLiteral("input.msg.truncated"), part, miniOffset(m_miniStream.size()), at + take);
            return std::nullopt;
        }
        out.append(m_miniStream.constData() + at, take);
        pointer = miniFatEntryOffset(sector);
        sector = m_miniFat.at(sector);
    }
    return out;
}

qint64 CompoundFile::miniOffset(qint64 position) const
{
    const qsizetype which = qsizetype(position / m_sectorSize);
    if (which >= m_miniStreamSectors.size())
        return -1;
    return sectorOffset(m_miniStreamSectors.at(which)) + position % m_sectorSize;
}

qint64 CompoundFile::miniFatEntryOffset(quint32 index) const
{
    const qint64 perSector = m_sectorSize / 4;
    const qsizetype which = qsizetype(index / perSector);
    if (which >= m_miniFatSectors.size())
        return -1;
    return sectorOffset(m_miniFatSectors.at(which)) + qint64(index % perSector) * 4;
}

int CompoundFile::child(int storage, const QString &name) const
{
    if (storage < 0 || storage >= m_entries.size())
        return -1;
    for (int index : m_entries.at(storage).children) {
        if (m_entries.at(index).name.compare(name, Qt::CaseInsensitive) == 0)
            return index;
    }
    return -1;
}

std::optional<QByteArray> CompoundFile::stream(int index, CompoundFileError *error) const
{
    if (index < 0 || index >= m_entries.size() || m_entries.at(index).type != CompoundEntry::Type::Stream) {
        fail(error, QStringLiteral("input.msg.bad_directory"), QStringLiteral("directory"), -1, index);
        return std::nullopt;
    }
    const CompoundEntry &entry = m_entries.at(index);
    const qint64 pointer = directoryOffset(index) + 0x74;
    if (entry.size > quint64(m_data.size())) {
        fail(error, QStringLiteral("input.msg.too_large"), entry.name, directoryOffset(index) + 0x78,
             qint64(qMin<quint64>(entry.size, quint64(std::numeric_limits<qint64>::max()))));
        return std::nullopt;
    }
    if (entry.size == 0)
        return QByteArray();
    if (entry.size < m_miniCutoff)
        return readMiniChain(entry.startSector, entry.size, entry.name, error, pointer);
    return readChain(entry.startSector, entry.size, entry.name, error, pointer, false);
}

} // namespace kensa
