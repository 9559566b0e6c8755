#pragma once

// Writes compound files ([MS-CFB]) and Outlook .msg files ([MS-OXMSG]) in memory for the tests,
// from the published formats: header, FAT, directory (a balanced sibling tree per storage),
// mini FAT and mini stream for streams under 4,096 bytes, regular sectors for the others. The
// layout is returned with the bytes, so tests can damage exactly one structure.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace msgwriter {

struct Node
{
    QString name;
    bool storage = false;
    QByteArray data;        // streams
    QList<Node> children;   // storages
};

inline Node stream(const QString &name, const QByteArray &data)
{
    return Node{name, false, data, {}};
}

inline Node storage(const QString &name, QList<Node> children)
{
    return Node{name, true, {}, std::move(children)};
}

struct Layout
{
    int sectorSize = 512;
    quint32 firstFatSector = 0;
    quint32 fatSectors = 0;
    quint32 firstDirectorySector = 0;
    quint32 directorySectors = 0;
    quint32 firstMiniFatSector = 0;
    quint32 miniFatSectors = 0;
    quint32 firstMiniStreamSector = 0;
    QList<QString> entryNames;         // directory order
    QList<quint32> entryStart;         // start sector (mini or regular) per entry
    QList<bool> entryInMini;

    qint64 sectorOffset(quint32 sector) const { return qint64(sector + 1) * sectorSize; }
    qint64 fatEntryOffset(quint32 index) const
    {
        const quint32 perSector = quint32(sectorSize / 4);
        return sectorOffset(firstFatSector + index / perSector) + qint64(index % perSector) * 4;
    }
    qint64 miniFatEntryOffset(quint32 index) const
    {
        const quint32 perSector = quint32(sectorSize / 4);
        return sectorOffset(firstMiniFatSector + index / perSector) + qint64(index % perSector) * 4;
    }
    qint64 entryOffset(int index) const
    {
        const int perSector = sectorSize / 128;
        return sectorOffset(firstDirectorySector + quint32(index / perSector)) + qint64(index % perSector) * 128;
    }
    int entry(const QString &name) const { return int(entryNames.indexOf(name)); }
};

inline void put16(QByteArray &b, qint64 at, quint16 v) { qToLittleEndian<quint16>(v, b.data() + at); }
inline void put32(QByteArray &b, qint64 at, quint32 v) { qToLittleEndian<quint32>(v, b.data() + at); }
inline void put64(QByteArray &b, qint64 at, quint64 v) { qToLittleEndian<quint64>(v, b.data() + at); }
inline quint32 get32(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint32>(b.constData() + at); }

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSect = 0xFFFFFFFF;
constexpr quint32 FatSect = 0xFFFFFFFD;
constexpr quint32 NoStream = 0xFFFFFFFF;

// [MS-CFB] §2.6.4: siblings compare by name length first, then by upper-case name.
inline bool lessName(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a.toUpper() < b.toUpper();
}

// `unusedEntries` adds unallocated directory entries (to make a directory as large as wanted);
// `sectorShift` 9 writes version 3, 12 version 4.
inline QByteArray write(const Node &root, Layout *layoutOut = nullptr, int unusedEntries = 0, int sectorShift = 9)
{
    Layout layout;
    layout.sectorSize = 1 << sectorShift;
    const int ss = layout.sectorSize;
    const quint32 perFat = quint32(ss / 4);

    // Flatten the tree: entry 0 is the root; each storage's children follow in name order.
    struct Flat
    {
        const Node *node;
        int type; // 1 storage, 2 stream, 5 root
        quint32 left = NoStream, right = NoStream, child = NoStream;
        quint32 start = EndOfChain;
        quint64 size = 0;
        bool mini = false;
    };
    QList<Flat> flat;
    flat.append(Flat{&root, 5});
    std::function<quint32(QList<quint32> &, int, int)> balance = [&](QList<quint32> &ids, int lo, int hi) -> quint32 {
        if (lo > hi)
            return NoStream;
        const int mid = (lo + hi) / 2;
        const quint32 id = ids.at(mid);
        flat[id].left = balance(ids, lo, mid - 1);
        flat[id].right = balance(ids, mid + 1, hi);
        return id;
    };
    std::function<void(int)> place = [&](int parent) {
        QList<const Node *> kids;
        for (const Node &child : flat.at(parent).node->children)
            kids.append(&child);
        std::sort(kids.begin(), kids.end(), [](const Node *a, const Node *b) { return lessName(a->name, b->name); });
        QList<quint32> ids;
        for (const Node *kid : kids) {
            ids.append(quint32(flat.size()));
            flat.append(Flat{kid, kid->storage ? 1 : 2});
        }
        flat[parent].child = balance(ids, 0, int(ids.size()) - 1);
        for (quint32 id : ids) {
            if (flat.at(id).type == 1)
                place(int(id));
        }
    };
    place(0);

    // The mini stream: streams under 4096 bytes, in 64-byte mini sectors.
    QByteArray miniStream;
    QList<quint32> miniFat;
    QList<QByteArray> bigStreams;
    QList<int> bigOwners;
    for (int i = 0; i < flat.size(); ++i) {
        if (flat.at(i).type != 2)
            continue;
        const QByteArray &data = flat.at(i).node->data;
        flat[i].size = quint64(data.size());
        if (data.isEmpty())
            continue;
        if (data.size() < 4096) {
            flat[i].mini = true;
            const quint32 first = quint32(miniFat.size());
            const int count = int((data.size() + 63) / 64);
            for (int s = 0; s < count; ++s)
                miniFat.append(s + 1 < count ? first + quint32(s) + 1 : EndOfChain);
            flat[i].start = first;
            QByteArray padded = data;
            padded.append(QByteArray(count * 64 - data.size(), '\0'));
            miniStream += padded;
        } else {
            bigStreams.append(data);
            bigOwners.append(i);
        }
    }

    auto sectorsFor = [ss](qint64 bytes) { return quint32((bytes + ss - 1) / ss); };
    const int entryCount = int(flat.size()) + unusedEntries;
    layout.directorySectors = sectorsFor(qint64(entryCount) * 128);
    layout.miniFatSectors = sectorsFor(qint64(miniFat.size()) * 4);
    const quint32 miniStreamSectors = sectorsFor(miniStream.size());
    quint32 bigSectors = 0;
    for (const QByteArray &data : std::as_const(bigStreams))
        bigSectors += sectorsFor(data.size());
    const quint32 others = layout.directorySectors + layout.miniFatSectors + miniStreamSectors + bigSectors;
    quint32 fatSectors = 1;
    while (fatSectors * perFat < fatSectors + others)
        ++fatSectors;
    Q_ASSERT(fatSectors <= 109);
    layout.fatSectors = fatSectors;
    layout.firstFatSector = 0;
    layout.firstDirectorySector = fatSectors;
    layout.firstMiniFatSector = layout.firstDirectorySector + layout.directorySectors;
    layout.firstMiniStreamSector = layout.firstMiniFatSector + layout.miniFatSectors;
    const quint32 total = fatSectors + others;

    QList<quint32> fat(fatSectors * perFat, FreeSect);
    for (quint32 s = 0; s < fatSectors; ++s)
        fat[s] = FatSect;
    auto chain = [&fat](quint32 first, quint32 count) {
        for (quint32 s = 0; s < count; ++s)
            fat[first + s] = s + 1 < count ? first + s + 1 : EndOfChain;
    };
    chain(layout.firstDirectorySector, layout.directorySectors);
    chain(layout.firstMiniFatSector, layout.miniFatSectors);
    chain(layout.firstMiniStreamSector, miniStreamSectors);
    quint32 next = layout.firstMiniStreamSector + miniStreamSectors;
    for (qsizetype b = 0; b < bigStreams.size(); ++b) {
        const quint32 count = sectorsFor(bigStreams.at(b).size());
        chain(next, count);
        flat[bigOwners.at(b)].start = next;
        next += count;
    }
    flat[0].start = miniStream.isEmpty() ? EndOfChain : layout.firstMiniStreamSector;
    flat[0].size = quint64(miniStream.size());

    QByteArray file(qint64(total + 1) * ss, '\0');
    // Header.
    file.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(file, 0x18, 0x003E);
    put16(file, 0x1A, sectorShift == 12 ? 4 : 3);
    put16(file, 0x1C, 0xFFFE);
    put16(file, 0x1E, quint16(sectorShift));
    put16(file, 0x20, 6);
    put32(file, 0x28, sectorShift == 12 ? layout.directorySectors : 0);
    put32(file, 0x2C, fatSectors);
    put32(file, 0x30, layout.firstDirectorySector);
    put32(file, 0x38, 4096);
    put32(file, 0x3C, miniFat.isEmpty() ? EndOfChain : layout.firstMiniFatSector);
    put32(file, 0x40, layout.miniFatSectors);
    put32(file, 0x44, EndOfChain);
    put32(file, 0x48, 0);
    for (int i = 0; i < 109; ++i)
        put32(file, 0x4C + 4 * i, quint32(i) < fatSectors ? quint32(i) : FreeSect);
    // FAT.
    for (qsizetype i = 0; i < fat.size(); ++i)
        put32(file, layout.fatEntryOffset(quint32(i)), fat.at(i));
    // Directory.
    for (int i = 0; i < entryCount; ++i) {
        const qint64 at = layout.entryOffset(i);
        if (i >= flat.size()) {
            put32(file, at + 0x44, NoStream);
            put32(file, at + 0x48, NoStream);
            put32(file, at + 0x4C, NoStream);
            continue;
        }
        const Flat &f = flat.at(i);
        const QString name = i == 0 ? QStringLiteral("Root Entry") : f.node->name;
        for (qsizetype c = 0; c < name.size(); ++c)
            put16(file, at + 2 * c, name.at(c).unicode());
        put16(file, at + 0x40, quint16((name.size() + 1) * 2));
        file[at + 0x42] = char(f.type);
        file[at + 0x43] = 1; // black
        put32(file, at + 0x44, f.left);
        put32(file, at + 0x48, f.right);
        put32(file, at + 0x4C, f.child);
        put32(file, at + 0x74, f.type == 1 ? 0 : f.start);
        put64(file, at + 0x78, f.size);
        layout.entryNames.append(name);
        layout.entryStart.append(f.start);
        layout.entryInMini.append(f.mini);
    }
    // Mini FAT, mini stream, big streams.
    for (qsizetype i = 0; i < miniFat.size(); ++i)
        put32(file, layout.miniFatEntryOffset(quint32(i)), miniFat.at(i));
    file.replace(layout.sectorOffset(layout.firstMiniStreamSector), miniStream.size(), miniStream);
    for (qsizetype b = 0; b < bigStreams.size(); ++b)
        file.replace(layout.sectorOffset(flat.at(bigOwners.at(b)).start), bigStreams.at(b).size(), bigStreams.at(b));
    if (layoutOut)
        *layoutOut = layout;
    return file;
}

// [MS-OXMSG] pieces.
inline QByteArray utf16(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    out.append(2, '\0');
    return out;
}

inline QString propertyStream(quint16 id, quint16 type)
{
    return QStringLiteral("__substg1.0_") + QString::asprintf("%04X%04X", unsigned(id), unsigned(type));
}

// The top-level property stream: a 32-byte header, then PT_LONG code page properties.
inline QByteArray topProperties(int internetCodePage)
{
    QByteArray out(32, '\0');
    QByteArray entry(16, '\0');
    put16(entry, 0, 0x0003);
    put16(entry, 2, 0x3FDE);
    put32(entry, 4, 0x2);
    put32(entry, 8, quint32(internetCodePage));
    return out + entry;
}

} // namespace msgwriter
