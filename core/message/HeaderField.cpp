#include "core/message/HeaderField.h"

#include <algorithm>
#include <cstring>

namespace kensa {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool HeaderField::hasName(QByteArrayView other) const
{
    // Verifiers look every h= name up in every field: most differ in length already.
    return nameLength == other.size()
        && QByteArrayView(raw.constData(), nameLength).compare(other, Qt::CaseInsensitive) == 0;
}

QByteArray HeaderField::rawValue() const
{
    qsizetype end = raw.size();
    if (end > 0 && raw.at(end - 1) == '\n')
        --end;
    if (end > 0 && raw.at(end - 1) == '\r')
        --end;
    const qsizetype start = raw.indexOf(':', nameLength) + 1;
    if (start <= 0 || start > end)
        return {};
    return raw.mid(start, end - start);
}

QByteArray HeaderField::unfoldedValue() const
{
    // rawValue() without its copy: a folded field is copied once, while it is unfolded.
    qsizetype end = raw.size();
    if (end > 0 && raw.at(end - 1) == '\n')
        --end;
    if (end > 0 && raw.at(end - 1) == '\r')
        --end;
    const qsizetype start = raw.indexOf(':', nameLength) + 1;
    if (start <= 0 || start > end)
        return {};
    const char *data = raw.constData() + start;
    const qsizetype size = end - start;
    const char *newline = static_cast<const char *>(memchr(data, '\n', size_t(size)));
    if (!newline)
        return raw.mid(start, size);
    QByteArray out;
    out.reserve(size);
    qsizetype copied = 0; // everything before this offset is in `out` or dropped
    while (newline) {
        const qsizetype at = newline - data;
        // RFC 5322 §2.2.3: unfolding removes any CRLF (here also a bare LF) immediately
        // followed by WSP.
        if (at + 1 < size && isWsp(data[at + 1])) {
            const qsizetype lineEnd = at > copied && data[at - 1] == '\r' ? at - 1 : at;
            out.append(data + copied, lineEnd - copied);
            copied = at + 1;
        }
        newline = at + 1 < size ? static_cast<const char *>(memchr(data + at + 1, '\n', size_t(size - at - 1))) : nullptr;
    }
    out.append(data + copied, size - copied);
    return out;
}

namespace {

// The first CR or LF at or after `from`, or the end.
qsizetype findLineBreak(QByteArrayView text, qsizetype from)
{
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    for (const char *p = begin + from; p != end; ++p) {
        if (*p == '\r' || *p == '\n')
            return p - begin;
    }
    return text.size();
}

} // namespace

HeaderField::Unfolded HeaderField::unfold(QByteArrayView folded, qsizetype limit)
{
    Unfolded out;
    out.fullLength = folded.size();
    out.value.reserve(std::min(folded.size(), limit));
    const qsizetype size = folded.size();
    // Copied a run at a time, from one line break to the next: a byte at a time, the appends
    // were most of the work.
    qsizetype i = 0;
    while (i < size) {
        const qsizetype room = limit - out.value.size();
        if (room <= 0) {
            out.cut = true;
            break;
        }
        const qsizetype breakAt = findLineBreak(folded, i);
        const qsizetype run = std::min(breakAt - i, room);
        out.value.append(folded.sliced(i, run));
        i += run;
        if (i < breakAt || i == size || out.value.size() >= limit)
            continue; // the end, or the limit (found at the top, before the line break)
        // RFC 5322 §2.2.3: unfolding removes CRLF (or a bare LF) before WSP.
        const char c = folded.at(i);
        if (c == '\r' && i + 2 < size && folded.at(i + 1) == '\n' && isWsp(folded.at(i + 2))) {
            out.folds.append(out.value.size());
            i += 2;
            continue;
        }
        if (c == '\n' && i + 1 < size && isWsp(folded.at(i + 1))) {
            out.folds.append(out.value.size());
            i += 1;
            continue;
        }
        out.value.append(c); // a line break that is no fold stays
        ++i;
    }
    return out;
}

bool HeaderField::nameStartsWith(QByteArrayView prefix) const
{
    return nameLength >= prefix.size()
        && QByteArrayView(raw.constData(), prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

int HeaderField::lineCount() const
{
    const int newlines = int(raw.count('\n'));
    return raw.endsWith('\n') ? newlines : newlines + 1;
}

QDebug operator<<(QDebug dbg, const HeaderField &field)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "HeaderField(" << field.name() << " line " << field.line << ": "
                  << field.displayValue << ')';
    return dbg;
}

} // namespace kensa
