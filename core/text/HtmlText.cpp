#include "core/text/HtmlText.h"

#include "core/base/Limits.h"
#include "core/text/HtmlEntities.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kensa {

namespace {

// The first unit from `i` on that is not a plain ASCII character of running text: markup ("<"),
// a reference ("&"), ASCII white space, or any unit outside ASCII (which the caller looks at
// itself). Eight units at a time: the words of a body are most of its characters.
qsizetype skipPlainAscii(const char16_t *t, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i lt = _mm_set1_epi16('<');
    const __m128i amp = _mm_set1_epi16('&');
    const __m128i space = _mm_set1_epi16(' ');
    const __m128i beforeTab = _mm_set1_epi16(0x08);
    const __m128i afterCr = _mm_set1_epi16(0x0E);
    const __m128i notAscii = _mm_set1_epi16(qint16(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    while (n - i >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + i));
        // HT, LF, VT, FF, CR: 0x09-0x0D. A unit of 0x8000 and above compares as negative, and is
        // caught as outside ASCII.
        const __m128i controls = _mm_and_si128(_mm_cmpgt_epi16(v, beforeTab), _mm_cmplt_epi16(v, afterCr));
        const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, lt), _mm_cmpeq_epi16(v, amp)),
                                           _mm_or_si128(_mm_cmpeq_epi16(v, space), controls));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, notAscii), zero);
        const int stops = _mm_movemask_epi8(_mm_or_si128(marks, _mm_andnot_si128(ascii, _mm_set1_epi16(-1))));
        if (stops != 0)
            return i + __builtin_ctz(unsigned(stops)) / 2;
        i += 8;
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = t[i];
        if (c >= 0x80 || c == u'<' || c == u'&' || c == u' ' || (c >= 0x09 && c <= 0x0D))
            return i;
    }
    return n;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// A CSS length or number that is zero: "0", "0px", "0.0em", "0%".
bool isZero(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && (isAsciiDigit(value.at(i)) || value.at(i) == u'.'))
        ++i;
    if (i == 0)
        return false;
    bool ok = false;
    const double number = value.left(i).toDouble(&ok);
    if (!ok || number != 0.0)
        return false;
    const QStringView unit = value.mid(i);
    static const QStringView units[]
        = {u"", u"px", u"pt", u"em", u"rem", u"%", u"ex", u"vw", u"vh"};
    return std::find(std::begin(units), std::end(units), unit) != std::end(units);
}

// CSS declarations that make an element invisible.
bool styleHides(QStringView style)
{
    QString s;
    s.reserve(style.size());
    for (QChar c : style) {
        if (!c.isSpace())
            s += c.toLower();
    }
    s.remove(QStringLiteral("!important"));
    for (QStringView declaration : QStringView(s).split(u';')) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QStringView property = declaration.left(colon);
        const QStringView value = declaration.mid(colon + 1);
        if (property == u"display" && value == u"none")
            return true;
        if (property == u"visibility" && (value == u"hidden" || value == u"collapse"))
            return true;
        if ((property == u"font-size" || property == u"opacity") && isZero(value))
            return true;
    }
    return false;
}

bool isOneOf(const QString &name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), QStringView(name)) != names.end();
}

bool isVoidElement(const QString &name)
{
    return isOneOf(name,
        {u"area",
            u"base",
            u"br",
            u"col",
            u"embed",
            u"hr",
            u"img",
            u"input",
            u"link",
            u"meta",
            u"source",
            u"track",
            u"wbr"});
}

// Elements that separate words when the tags are stripped.
bool isBlockElement(const QString &name)
{
    return isOneOf(name,
        {u"p",
            u"div",
            u"br",
            u"tr",
            u"td",
            u"th",
            u"li",
            u"ul",
            u"ol",
            u"table",
            u"h1",
            u"h2",
            u"h3",
            u"h4",
            u"h5",
            u"h6",
            u"blockquote",
            u"hr",
            u"center",
            u"section",
            u"header",
            u"footer"});
}

// Elements whose content is never shown as text.
bool isRawTextElement(const QString &name)
{
    return isOneOf(name, {u"script", u"style", u"head", u"title", u"noscript"});
}

} // namespace

HtmlText HtmlText::read(QStringView html, int maxLinks)
{
    HtmlText out;
    out.m_sourceSize = html.size();
    struct Open
    {
        QString name;
        bool hidden = false;
    };
    QList<Open> stack;
    int untracked = 0; // elements opened beyond the nesting limit
    int hiddenOpen = 0;
    qsizetype current = -1; // the open <a>

    // Text added while an enclosing element or the open <a> is hidden joins the hidden ranges.
    auto added = [&](qsizetype from) {
        const bool hiddenNow = hiddenOpen > 0 || (current >= 0 && out.m_links.at(current).hidden);
        if (!hiddenNow || from == out.m_text.size())
            return;
        if (!out.m_hidden.isEmpty() && out.m_hidden.last().end == from)
            out.m_hidden.last().end = out.m_text.size();
        else
            out.m_hidden.append(HtmlTextRange{from, out.m_text.size()});
    };
    auto space = [&] {
        if (!out.m_text.isEmpty() && !out.m_text.endsWith(u' ')) {
            out.m_text += u' ';
            added(out.m_text.size() - 1);
        }
    };
    // A block element's tag: a space, and a break that words on either side do not cross.
    auto blockBreak = [&] {
        space();
        if (out.m_breaks.isEmpty() || out.m_breaks.last() != out.m_text.size())
            out.m_breaks.append(out.m_text.size());
    };
    auto append = [&](QChar c) {
        if (c.isSpace() || c == u'\xA0') {
            space();
        } else {
            out.m_text += c;
            added(out.m_text.size() - 1);
        }
    };
    auto closeAnchor = [&] {
        if (current >= 0)
            out.m_links[current].textEnd = out.m_text.size();
        current = -1;
    };

    const qsizetype n = html.size();
    qsizetype i = 0;
    // Every branch moves i forward.
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'&') {
            QString decoded;
            i = HtmlEntities::decodeOne(html, i, decoded);
            for (QChar d : std::as_const(decoded))
                append(d);
            continue;
        }
        if (c != u'<') {
            // Words come in runs: a run of characters that are neither markup, references nor
            // white space is appended at once, as one character at a time would leave it.
            const auto plain = [](QChar d) {
                return d != u'<' && d != u'&' && d != u'\xA0' && !d.isSpace();
            };
            if (!plain(c)) {
                append(c);
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            for (;;) {
                end = skipPlainAscii(html.utf16(), end, n);
                if (end < n && html.at(end).unicode() >= 0x80 && plain(html.at(end)))
                    ++end;
                else
                    break;
            }
            const qsizetype from = out.m_text.size();
            out.m_text.append(html.sliced(i, end - i));
            added(from);
            i = end;
            continue;
        }
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype tagStart = i;
        qsizetype j = i + 1;
        const bool closing = j < n && html.at(j) == u'/';
        if (closing)
            ++j;
        if (j >= n || !isAsciiLetter(html.at(j))) {
            if (!closing && j < n && (html.at(j) == u'!' || html.at(j) == u'?')) {
                const qsizetype end = html.indexOf(u'>', j);
                i = end < 0 ? n : end + 1;
                continue;
            }
            append(c);
            ++i;
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n
            && (isAsciiLetter(html.at(j)) || isAsciiDigit(html.at(j)) || html.at(j) == u'-'
                || html.at(j) == u':'))
            ++j;
        const QString name = html.mid(nameStart, j - nameStart).toString().toLower();

        QString href;
        QString style;
        bool hasHref = false;
        bool hiddenAttribute = false;
        bool selfClosing = false;
        while (j < n && html.at(j) != u'>') {
            const QChar d = html.at(j);
            if (d.isSpace()) {
                ++j;
                continue;
            }
            if (d == u'/') {
                selfClosing = true;
                ++j;
                continue;
            }
            selfClosing = false;
            const qsizetype attrStart = j;
            while (j < n && !html.at(j).isSpace() && html.at(j) != u'=' && html.at(j) != u'>'
                && html.at(j) != u'/')
                ++j;
            if (j == attrStart) { // a stray '='
                ++j;
                continue;
            }
            const QString attribute = html.mid(attrStart, j - attrStart).toString().toLower();
            while (j < n && html.at(j).isSpace())
                ++j;
            QStringView value;
            if (j < n && html.at(j) == u'=') {
                ++j;
                while (j < n && html.at(j).isSpace())
                    ++j;
                if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                    const QChar quote = html.at(j);
                    const qsizetype valueStart = ++j;
                    qsizetype valueEnd = html.indexOf(quote, valueStart);
                    if (valueEnd < 0)
                        valueEnd = n;
                    value = html.mid(valueStart, valueEnd - valueStart);
                    j = std::min(valueEnd + 1, n);
                } else {
                    const qsizetype valueStart = j;
                    while (j < n && !html.at(j).isSpace() && html.at(j) != u'>')
                        ++j;
                    value = html.mid(valueStart, j - valueStart);
                }
            }
            if (attribute == u"href") {
                hasHref = true;
                href = HtmlEntities::decode(value).trimmed();
            } else if (attribute == u"style") {
                style = HtmlEntities::decode(value);
            } else if (attribute == u"hidden") {
                hiddenAttribute = true;
            }
        }
        i = j < n ? j + 1 : n;

        if (closing) {
            if (name == u"a") {
                closeAnchor();
            } else if (untracked > 0) {
                --untracked;
            } else {
                for (qsizetype k = stack.size() - 1; k >= 0; --k) {
                    if (stack.at(k).name != name)
                        continue;
                    while (stack.size() > k) {
                        if (stack.last().hidden)
                            --hiddenOpen;
                        stack.removeLast();
                    }
                    break;
                }
            }
            if (isBlockElement(name))
                blockBreak();
            continue;
        }
        if (isBlockElement(name))
            blockBreak();
        if (isRawTextElement(name) && !selfClosing) {
            const qsizetype end
                = html.indexOf(QString(QStringLiteral("</") + name), i, Qt::CaseInsensitive);
            if (end < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', end);
                i = gt < 0 ? n : gt + 1;
            }
            continue;
        }
        const bool hidden = hiddenAttribute || styleHides(style);
        if (name == u"a") {
            closeAnchor(); // <a> does not nest
            if (!hasHref || href.isEmpty())
                continue;
            if (out.m_links.size() >= maxLinks) {
                out.m_linksCut = true;
                continue;
            }
            HtmlLink link;
            link.href = href;
            link.textStart = out.m_text.size();
            link.sourceOffset = tagStart;
            link.hidden = hidden || hiddenOpen > 0;
            out.m_links.append(link);
            current = out.m_links.size() - 1;
            continue;
        }
        if (selfClosing || isVoidElement(name))
            continue;
        if (stack.size() >= Limits::MaxHtmlNesting) {
            ++untracked;
            continue;
        }
        stack.append(Open{name, hidden});
        if (hidden)
            ++hiddenOpen;
    }
    closeAnchor();
    for (HtmlLink &link : out.m_links) {
        link.text = QStringView(out.m_text)
                        .sliced(link.textStart, link.textEnd - link.textStart)
                        .trimmed()
                        .toString();
    }
    return out;
}

bool HtmlText::isHidden(qsizetype position) const
{
    const auto after = std::upper_bound(
        m_hidden.cbegin(), m_hidden.cend(), position, [](qsizetype p, const HtmlTextRange &r) {
            return p < r.start;
        });
    return after != m_hidden.cbegin() && position < std::prev(after)->end;
}

QDebug operator<<(QDebug dbg, const HtmlLink &link)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "HtmlLink(" << link.href << ' ' << link.text << " at " << link.sourceOffset
                  << (link.hidden ? " hidden" : "") << ')';
    return dbg;
}

} // namespace kensa
