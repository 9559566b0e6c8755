#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <optional>

class QIODevice;

namespace kensa {

struct MboxEntry
{
    QByteArray bytes;      // the message, ">From " unescaped (mboxrd), line endings as read
    QByteArray fromLine;   // the "From sender date" separator line, without line ending
    int firstLine = 0;     // 1-based line of the separator in the mbox file
};

// Splits an mbox file (mboxrd / mboxo: "From " lines at the start of a line after an empty line
// or at the start of the file).
class MboxSplitter
{
public:
    // True when the data starts with an mbox "From " separator line.
    static bool looksLikeMbox(QByteArrayView data);
    // Problems: mbox.too_many {limit}; mbox.empty_entry {line}.
    static QList<MboxEntry> split(QByteArrayView data, QList<Finding> *findings = nullptr);
};

// The same split, one message at a time, for an mbox read from a device (a file of any size,
// standard input): only the message being read and one buffer of the device's bytes are held.
// The entries and findings are those of MboxSplitter::split() over the whole data.
class MboxReader
{
public:
    static constexpr qsizetype DefaultChunk = 256 * 1024;
    // The smallest chunk: a piece of a line always holds what the separator rules read of it.
    static constexpr qsizetype MinimumChunk = 1024;

    // `device` must be open for reading and outlive the reader. `chunk`: bytes read at a time,
    // also the longest piece of a line handled at once (longer lines are carried in pieces; a
    // separator line longer than a chunk keeps its first chunk as MboxEntry::fromLine).
    explicit MboxReader(QIODevice *device, qsizetype chunk = DefaultChunk);
    ~MboxReader();
    MboxReader(const MboxReader &) = delete;
    MboxReader &operator=(const MboxReader &) = delete;

    // The next message, or nothing at the end of the mbox (or at the limit on messages).
    // Findings (mbox.empty_entry, mbox.too_many) are appended to `findings` as they arise.
    std::optional<MboxEntry> next(QList<Finding> *findings = nullptr);

    // Messages returned so far.
    int count() const;
    // True once the device failed before its end.
    bool readFailed() const;

    // Keep every byte read, up to `limit` bytes, until takeKeptBytes(): the whole input when
    // it turns out to hold at most one message (a single "From " line in front of a message is
    // a message, not an mbox). Call before the first next().
    void keepBytes(qsizetype limit);
    // The bytes kept so far; stops keeping. `complete` says whether they are all the bytes read.
    QByteArray takeKeptBytes(bool *complete);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kensa
