#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kensa {

// Why a compound file cannot be read, and where. `key` is an explanation key
// ("input.msg.<problem>"); `part` names what was being read ("header", "FAT", "DIFAT",
// "directory", "mini FAT", "mini stream" or a stream's name); `offset` is the byte in the file
// where the problem was found (-1 when there is none, as for a size that is too large).
struct CompoundFileError
{
    QString key;
    QString part;
    qint64 offset = -1;
    qint64 value = -1; // the sector number or size at fault, -1 when none

    bool operator==(const CompoundFileError &) const = default;
};

// One entry of the directory: a storage (a folder) or a stream (a file).
struct CompoundEntry
{
    enum class Type { Storage, Stream, Root };
    QString name;
    Type type = Type::Stream;
    quint32 startSector = 0;
    quint64 size = 0;
    QList<int> children; // directory indexes of a storage's entries, in tree order

    bool operator==(const CompoundEntry &) const = default;
};

// A reader of the Compound File Binary format ([MS-CFB], versions 3 and 4): the container of
// Outlook .msg files. Built for hostile input: every sector number is range-checked, every
// chain is followed at most once per sector (a loop is an error, not a hang), every size is
// checked against the file before anything is allocated, and a truncated file is an error that
// names the part and the byte. Nothing is written; the bytes are kept by value.
class CompoundFile
{
public:
    // D0 CF 11 E0 A1 B1 1A E1, the first eight bytes of every compound file.
    static bool hasSignature(QByteArrayView data);

    // Reads the header, the FAT, the directory and the mini stream. On failure `error` (when
    // given) says why and where.
    static std::optional<CompoundFile> parse(const QByteArray &data, CompoundFileError *error);

    // Entry 0 is the root storage.
    const QList<CompoundEntry> &entries() const { return m_entries; }
    // The index of the entry called `name` directly inside the storage `storage` (names compare
    // case-insensitively, as [MS-CFB] §2.6.4 says), or -1.
    int child(int storage, const QString &name) const;
    // A stream's bytes, exactly `size` of them, from the FAT or the mini stream.
    std::optional<QByteArray> stream(int entry, CompoundFileError *error) const;

private:
    // A chain of sectors from the FAT: `size` bytes, or with `toEnd` every sector up to the end
    // of the chain (stopping once more than `size` bytes are read). `pointer` is where `start`
    // was written, for errors; `sectors` (when given) receives the sectors read.
    std::optional<QByteArray> readChain(quint32 start, quint64 size, const QString &part,
                                        CompoundFileError *error, qint64 pointer, bool toEnd,
                                        QList<quint32> *sectors = nullptr) const;
    std::optional<QByteArray> readMiniChain(quint32 start, quint64 size, const QString &part,
                                            CompoundFileError *error, qint64 pointer) const;
    // Byte offsets in the file, for errors (-1 when unknown).
    qint64 sectorOffset(quint32 sector) const;
    qint64 fatEntryOffset(quint32 index) const;
    qint64 miniFatEntryOffset(quint32 index) const;
    qint64 directoryOffset(qsizetype entry) const;
    qint64 miniOffset(qint64 position) const;

    QByteArray m_data;
    qint64 m_sectorSize = 512;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QList<quint32> m_fatSectors;
    QList<quint32> m_directorySectors;
    QList<quint32> m_miniFat;
    QList<quint32> m_miniFatSectors;
    QByteArray m_miniStream;
    QList<quint32> m_miniStreamSectors;
    QList<CompoundEntry> m_entries;
};

} // namespace kensa
