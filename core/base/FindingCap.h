#pragma once

#include "core/base/Finding.h"
#include "core/base/Limits.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kensa {

// Keeps at most `limit` findings of one key (Limits::MaxFindingsPerKey): 50 broken URIs need not
// say so 50 times, and hostile input cannot grow a report without bound. The rest are counted;
// flush() then appends one "message.findings.more" {key, count} per key that went over, in the
// order the keys first went over, so the reader learns that more were left out.
class FindingCap
{
public:
    explicit FindingCap(int limit = Limits::MaxFindingsPerKey)
        : m_limit(limit < 0 ? 0 : limit)
    { }

    // Counts one finding of `key`; true while it is within the limit and is to be listed.
    bool admit(const QString &key);
    // Appends `finding` to `out` when admit() lets it through; returns whether it did.
    bool add(QList<Finding> &out, Finding finding);
    // Whether another finding of `key` would be listed (counts nothing).
    bool hasRoom(const QString &key) const { return m_counts.value(key) < m_limit; }
    // Appends the summaries for the keys that went over (with `line` and `header`, when the
    // findings are about one field), and starts counting afresh.
    void flush(QList<Finding> &out, int line = 0, const QString &header = {});
    // The same on a finished list: keeps the first `limit` of each key in order, then the
    // summaries.
    static void apply(QList<Finding> &findings, int limit = Limits::MaxFindingsPerKey);

private:
    int m_limit;
    QHash<QString, int> m_counts;
    QList<QString> m_over; // keys past the limit, in the order they went over
};

} // namespace kensa
