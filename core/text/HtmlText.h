#pragma once

#include <QDebug>
#include <QList>
#include <QString>
#include <QStringView>

namespace kensa {

// One <a> element with a non-empty href, as HtmlText read it. Never fetched.
struct HtmlLink
{
    QString href; // the attribute value, character references decoded, trimmed
    QString text; // the anchor's own words (text() from textStart to textEnd), trimmed
    qsizetype textStart = 0; // where the anchor's words start in HtmlText::text()
    qsizetype textEnd = 0; // and where they end (the next <a>, </a> or the end)
    qsizetype sourceOffset = 0; // index of the tag's '<' in the HTML that was read
    bool hidden = false; // the anchor or an element around it is hidden by CSS or `hidden`

    bool operator==(const HtmlLink &) const = default;
};

QDebug operator<<(QDebug dbg, const HtmlLink &link);

// A run of HtmlText::text(), [start, end).
struct HtmlTextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    bool operator==(const HtmlTextRange &) const = default;
};

// An HTML body part reduced to its words and its links, the one reading of HTML that the
// unsubscribe check (which link names unsubscription, is it visible) and the format check (the
// hosts of the links) share.
//
// One forward pass, no DOM: character references are decoded (HtmlEntities), white space runs
// and block elements become one space, comments, <!...> and <?...> are skipped, and so is the
// content of script, style, head, title and noscript. Elements are followed (at most
// Limits::MaxHtmlNesting deep) only to know whether an enclosing element is hidden by CSS
// (display:none, visibility:hidden or collapse, font-size:0, opacity:0) or the `hidden`
// attribute; hidden text stays in text() and is flagged by hiddenRanges(). <a> does not nest: a
// new one ends the open one. A tag left open at the end of the input is read up to the end.
class HtmlText
{
public:
    // At most `maxLinks` links are kept; linksCut() says that more were there. A text/html
    // part of a message is read once, by MimePart::html(), for every check that needs it.
    static HtmlText read(QStringView html, int maxLinks);

    const QString &text() const { return m_text; }
    const QList<HtmlLink> &links() const { return m_links; }
    bool linksCut() const { return m_linksCut; }
    // The runs of text() that an element hidden by CSS (or the `hidden` attribute) holds, in
    // order, not overlapping.
    const QList<HtmlTextRange> &hiddenRanges() const { return m_hidden; }
    bool isHidden(qsizetype position) const;
    // Positions in text() where a block element (p, div, br, li, td, ...) starts or ends, in
    // order: text on the two sides of one is not one sentence.
    const QList<qsizetype> &blockBreaks() const { return m_breaks; }
    // The length of the HTML that was read, in UTF-16 units.
    qsizetype sourceSize() const { return m_sourceSize; }

private:
    QString m_text;
    QList<HtmlLink> m_links;
    QList<HtmlTextRange> m_hidden;
    QList<qsizetype> m_breaks;
    bool m_linksCut = false;
    qsizetype m_sourceSize = 0;
};

} // namespace kensa
