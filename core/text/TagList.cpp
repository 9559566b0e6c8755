#include "core/text/TagList.h"

#include <cstring>

namespace kensa {

namespace {

bool isFws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagNameChar(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9') || c == '_';
}

// Tag names are one or two letters: compare in place rather than through QByteArray's operator==.
bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.constData(), b.data(), size_t(b.size())) == 0;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isFws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isFws(v.back()))
        v.chop(1);
    return v;
}

} // namespace

Result<TagList> TagList::parse(QByteArrayView text)
{
    TagList list;
    list.m_tags.reserve(16); // a DKIM-Signature has about a dozen tags
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        const qsizetype end = [&] {
            const qsizetype semi = text.indexOf(';', pos);
            return semi < 0 ? size : semi;
        }();
        const QByteArrayView spec = text.sliced(pos, end - pos);
        const qsizetype eq = spec.indexOf('=');
        const QByteArrayView name = trimmed(eq < 0 ? spec : spec.first(eq));
        if (eq < 0) {
            // RFC 6376 §3.2: a trailing ";" (an empty tag-spec) is allowed.
            if (!name.isEmpty())
                return ParseError{QStringLiteral("tag.syntax"), 0, int(pos + 1), pos};
        } else {
            // tag-name = ALPHA *ALNUMPUNC
            bool valid = !name.isEmpty() && isAlpha(name.front());
            for (char c : name)
                valid = valid && isTagNameChar(c);
            if (!valid)
                return ParseError{QStringLiteral("tag.syntax"), 0, int(pos + 1), pos};
            for (const Tag &t : std::as_const(list.m_tags)) {
                if (sameName(t.name, name))
                    return ParseError{QStringLiteral("tag.duplicate"), 0, int(pos + 1), pos};
            }
            const qsizetype nameStart = name.data() - text.data();
            list.m_tags.append(Tag{name.toByteArray(), trimmed(spec.sliced(eq + 1)).toByteArray(), nameStart});
        }
        pos = end + 1;
    }
    return list;
}

bool TagList::contains(QByteArrayView name) const
{
    for (const Tag &t : m_tags) {
        if (sameName(t.name, name))
            return true;
    }
    return false;
}

QByteArray TagList::value(QByteArrayView name) const
{
    for (const Tag &t : m_tags) {
        if (sameName(t.name, name))
            return t.value;
    }
    return {};
}

QByteArray TagList::stripWhiteSpace(QByteArrayView value)
{
    // Every signature's b= and bh= pass through here: copy without a branch per byte.
    QByteArray out(value.size(), Qt::Uninitialized);
    char *o = out.data();
    for (char c : value) {
        *o = c;
        o += !isFws(c);
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace kensa
