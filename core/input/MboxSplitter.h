#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

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

} // namespace kensa
