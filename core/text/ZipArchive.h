#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kensa {

// One file inside a zip archive.
struct ZipEntry
{
    QString name;      // as stored: '/'-separated, never written to disk
    QByteArray data;   // the entry's bytes, uncompressed

    bool operator==(const ZipEntry &) const = default;
};

// Why an archive cannot be read, and where. `key` is an explanation key ("zip.<problem>");
// `entry` names the entry at fault ("" when the problem is the archive's own structure);
// `offset` is the byte in the file where it was found (-1 when none); `value` a size or count
// at fault (-1 when none).
struct ZipError
{
    QString key;
    QString entry;
    qint64 offset = -1;
    qint64 value = -1;

    bool operator==(const ZipError &) const = default;
};

// Zip archives of uncompressed ("stored") entries, after PKWARE's APPNOTE.TXT: local file
// headers (§4.3.7), the central directory (§4.3.12) and its end record (§4.3.16), CRC-32 of each
// entry (§4.4.7). Kensa writes its evidence bundles with it; nothing here touches the disk.
//
// Reading is built for hostile input: the end record is looked for only where the format puts
// it, every offset and size is checked against the file before anything is read, the local
// header of each entry must agree with the central directory, entry count and sizes are bounded
// by Limits, each entry's CRC-32 is checked, and names that are not plain relative paths ("..",
// absolute, backslashes, NUL, duplicates) refuse the whole archive. Compressed (deflate),
// encrypted, multi-disk and ZIP64 archives are refused with a key that says so: QtCore has no
// public raw-deflate decoder and core links no zlib.
class ZipArchive
{
public:
    // The four bytes every local file header starts with: "PK\3\4".
    static bool hasSignature(QByteArrayView data);

    // The archive of `entries`, in that order, each stored, stamped with `modified` (MS-DOS
    // date and time fields hold 1980 to 2107; other times are clamped into that range).
    static QByteArray write(const QList<ZipEntry> &entries, const QDateTime &modified);

    // The entries of `data` in central directory order. On failure `error` (when given) says
    // why and where.
    static std::optional<QList<ZipEntry>> read(QByteArrayView data, ZipError *error);

    // IEEE 802.3 CRC-32 (reflected polynomial 0xEDB88320), as APPNOTE §4.4.7 asks.
    static quint32 crc32(QByteArrayView data);

    // True for a name that is a plain relative path: non-empty, no NUL or backslash, not
    // starting with '/' or a drive letter, no empty, "." or ".." segment.
    static bool isSafeName(const QString &name);
};

} // namespace kensa
