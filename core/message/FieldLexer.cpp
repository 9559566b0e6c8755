#include "core/message/FieldLexer.h"

#include "core/message/HeaderField.h"

#include <algorithm>

namespace kensa {

void FieldLexer::setFolded(QByteArrayView value, qsizetype maxBytes)
{
    HeaderField::Unfolded unfolded = HeaderField::unfold(value, maxBytes);
    m_value = std::move(unfolded.value);
    m_folds = std::move(unfolded.folds);
    m_fullLength = unfolded.fullLength;
    m_cut = unfolded.cut;
}

void FieldLexer::setUnfolded(QByteArrayView value, qsizetype maxBytes)
{
    m_fullLength = value.size();
    m_cut = value.size() > maxBytes;
    m_value = value.first(std::min(value.size(), maxBytes)).toByteArray();
    m_folds.clear();
}

int FieldLexer::lineAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_folds.cbegin(), m_folds.cend(), pos);
    return m_line + int(it - m_folds.cbegin());
}

int FieldLexer::columnAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_folds.cbegin(), m_folds.cend(), pos);
    if (it == m_folds.cbegin())
        return int(m_nameLength + 1 + pos + 1);
    return int(pos - *(it - 1) + 1);
}

int FieldLexer::locate(QList<QPair<QString, QString>> &args, qsizetype pos) const
{
    const int line = pos >= 0 ? lineAt(pos) : m_line;
    args.prepend({QStringLiteral("line"), QString::number(line)});
    if (pos >= 0)
        args.insert(1, {QStringLiteral("position"), QString::number(columnAt(pos))});
    return line;
}

FieldLexer::Comment FieldLexer::comment(qsizetype pos, int maxDepth) const
{
    Comment out;
    const qsizetype n = m_value.size();
    int depth = 0;
    qsizetype j = pos;
    while (j < n) {
        const char c = m_value.at(j);
        if (c == '\\') {
            j += 2;
            continue;
        }
        if (c == '(') {
            if (++depth > maxDepth)
                out.tooDeep = true;
        } else if (c == ')' && --depth == 0) {
            out.closed = true;
            out.end = j + 1;
            return out;
        }
        ++j;
    }
    out.end = n;
    return out;
}

FieldLexer::Quoted FieldLexer::quoted(qsizetype pos) const
{
    Quoted out;
    const qsizetype n = m_value.size();
    qsizetype j = pos + 1;
    while (j < n && m_value.at(j) != '"') {
        if (m_value.at(j) == '\\' && j + 1 < n)
            ++j;
        out.content.append(m_value.at(j));
        ++j;
    }
    out.closed = j < n;
    out.end = out.closed ? j + 1 : n;
    return out;
}

} // namespace kensa
