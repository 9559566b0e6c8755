#include "core/unsubscribe/UnsubscribeChecker.h"

#include "core/text/HtmlEntities.h"

#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/net/OrganizationalDomain.h"

#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace kensa {

namespace {

using Args = QList<QPair<QString, QString>>;

// Text around a link that is searched for the word that names it.
constexpr qsizetype ContextChars = 120;
// Characters of a URI, a value or a link text quoted in a finding or in the result.
constexpr qsizetype ShownChars = 200;

QString header(const char *name)
{
    return QString::fromLatin1(name);
}

QString shown(QStringView text)
{
    if (text.size() <= ShownChars)
        return text.toString();
    return text.left(ShownChars).toString() + u'\x2026';
}

// UnsubscribeChecker::check() caps the findings of one key when it is done (FindingCap).
void addFinding(UnsubscribeResult &r,
    const char *key,
    Severity severity,
    Args args,
    int line,
    const QString &headerName)
{
    r.findings.append(
        makeFinding(QString::fromLatin1(key), severity, std::move(args), line, headerName));
}

QPair<QString, QString> arg(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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

// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), lower-cased; "" if none.
QString schemeOf(const QString &uri)
{
    const qsizetype colon = uri.indexOf(u':');
    if (colon <= 0)
        return {};
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = uri.at(i);
        const bool ok = isAsciiLetter(c)
            || (i > 0 && (isAsciiDigit(c) || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return {};
    }
    return uri.left(colon).toLower();
}

// RFC 2369 §2: URIs in angle brackets, separated by commas, comments allowed between them;
// white space inside a URI (from folding) is ignored. Returns false when the URI limit was hit.
bool parseListUnsubscribe(const HeaderField &field, UnsubscribeResult &r)
{
    const QString name = header("List-Unsubscribe");
    const int line = field.line;
    const HeaderField::Unfolded unfolded
        = HeaderField::unfold(field.rawValue(), Limits::MaxDecodedValueBytes);
    const QByteArray &v = unfolded.value;
    const qsizetype n = v.size();

    auto add = [&](const QByteArray &bytes, bool bracketed) {
        if (r.uris.size() >= Limits::MaxUnsubscribeUris)
            return false;
        UnsubscribeUri u;
        u.uri = QString::fromUtf8(bytes);
        u.scheme = schemeOf(u.uri);
        u.bracketed = bracketed;
        u.line = line;
        if (bracketed && u.scheme.isEmpty())
            addFinding(
                r, "unsub.uri.invalid", Severity::Warning, {arg("uri", shown(u.uri))}, line, name);
        else if (!u.scheme.isEmpty() && u.scheme != u"https" && u.scheme != u"http"
            && u.scheme != u"mailto")
            addFinding(r,
                "unsub.uri.unknown_scheme",
                Severity::Notice,
                {arg("scheme", shown(u.scheme))},
                line,
                name);
        r.uris.append(u);
        return true;
    };

    bool sawUri = false;
    qsizetype i = 0;
    // Every branch moves i forward, so the loop ends after at most n rounds.
    while (i < n) {
        const char c = v.at(i);
        if (isWsp(c) || c == ',') {
            ++i;
            continue;
        }
        if (c == '(') {
            // RFC 5322 §3.2.2 comment: nested parentheses, backslash quotes the next character.
            int depth = 0;
            while (i < n) {
                const char d = v.at(i);
                if (d == '\\') {
                    i += 2;
                    continue;
                }
                ++i;
                if (d == '(') {
                    ++depth;
                } else if (d == ')' && --depth == 0) {
                    break;
                }
            }
            i = std::min(i, n);
            if (depth > 0)
                addFinding(r, "unsub.comment.unterminated", Severity::Notice, {}, line, name);
            continue;
        }
        sawUri = true;
        if (c == '<') {
            const qsizetype close = v.indexOf('>', i + 1);
            const qsizetype nextOpen = v.indexOf('<', i + 1);
            const bool terminated = close >= 0 && (nextOpen < 0 || close < nextOpen);
            qsizetype end = close;
            if (!terminated) {
                const qsizetype limit = nextOpen >= 0 ? nextOpen : n;
                const qsizetype comma = v.indexOf(',', i + 1);
                end = comma >= 0 && comma < limit ? comma : limit;
            }
            QByteArray inner;
            inner.reserve(end - i);
            for (qsizetype k = i + 1; k < end; ++k) {
                if (!isWsp(v.at(k)))
                    inner.append(v.at(k));
            }
            i = terminated ? close + 1 : end;
            if (inner.isEmpty()) {
                addFinding(r, "unsub.uri.empty", Severity::Notice, {}, line, name);
                continue;
            }
            if (!terminated) {
                addFinding(r,
                    "unsub.uri.unterminated",
                    Severity::Warning,
                    {arg("uri", shown(QString::fromUtf8(inner)))},
                    line,
                    name);
            }
            if (!add(inner, terminated))
                return false;
            continue;
        }
        qsizetype end = i;
        while (end < n && !isWsp(v.at(end)) && v.at(end) != ',' && v.at(end) != '<'
            && v.at(end) != '(')
            ++end;
        const QByteArray token = v.mid(i, end - i);
        i = end;
        addFinding(r,
            "unsub.uri.not_bracketed",
            Severity::Warning,
            {arg("uri", shown(QString::fromUtf8(token)))},
            line,
            name);
        if (!add(token, false))
            return false;
    }
    if (!sawUri)
        addFinding(r, "unsub.field.empty", Severity::Warning, {}, line, name);
    return true;
}

bool listsHeader(const QStringList &signedHeaders, QLatin1String name)
{
    return std::any_of(signedHeaders.cbegin(), signedHeaders.cend(), [&](const QString &h) {
        return QStringView(h).trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
}

QString plainDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

// Same organisational domain (RFC 7489 §3.1.1 relaxed alignment), by the PSL.
bool aligned(
    const QString &signingDomain, const QString &fromDomain, const OrganizationalDomain &psl)
{
    return psl.sameOrganization(plainDomain(signingDomain), plainDomain(fromDomain));
}

void checkDkimCoverage(const QList<DkimResult> &dkim,
    const QString &fromDomain,
    const OrganizationalDomain &psl,
    UnsubscribeResult &r)
{
    const QLatin1String lu("list-unsubscribe");
    const QLatin1String lup("list-unsubscribe-post");
    const DkimResult *failing = nullptr;
    bool anyLu = false;
    bool anyLup = false;
    for (const DkimResult &d : dkim) {
        const bool hasLu = listsHeader(d.signedHeaders, lu);
        const bool hasLup = listsHeader(d.signedHeaders, lup);
        anyLu = anyLu || hasLu;
        anyLup = anyLup || hasLup;
        if (!hasLu || !hasLup)
            continue;
        if (d.result.compare(QLatin1String("pass"), Qt::CaseInsensitive) != 0) {
            if (!failing)
                failing = &d;
            continue;
        }
        if (aligned(d.domain, fromDomain, psl)) {
            if (!r.dkimCovered) {
                r.dkimCovered = true;
                r.coveringDomain = d.domain;
            }
        } else if (r.unalignedCoveringDomain.isEmpty()) {
            r.unalignedCoveringDomain = d.domain;
        }
    }
    r.dkimCoveredUnaligned = !r.dkimCovered && !r.unalignedCoveringDomain.isEmpty();
    if (!r.dkimCoveredUnaligned)
        r.unalignedCoveringDomain.clear();

    // RFC 8058 §4 asks for a valid signature over both fields; say which part is missing.
    if (!r.listUnsubscribe || !r.listUnsubscribePost || r.dkimCovered)
        return;
    const int line = r.listUnsubscribeLine;
    const QString name = header("List-Unsubscribe");
    if (dkim.isEmpty()) {
        addFinding(r, "unsub.not_dkim_signed", Severity::Warning, {}, line, name);
    } else if (r.dkimCoveredUnaligned) {
        if (plainDomain(fromDomain).isEmpty()) {
            addFinding(r,
                "unsub.dkim_no_from_domain",
                Severity::Warning,
                {arg("domain", r.unalignedCoveringDomain)},
                line,
                name);
        } else {
            addFinding(r,
                "unsub.dkim_not_aligned",
                Severity::Warning,
                {arg("domain", r.unalignedCoveringDomain), arg("from", fromDomain)},
                line,
                name);
        }
    } else if (failing) {
        addFinding(r,
            "unsub.dkim_not_passing",
            Severity::Warning,
            {arg("domain", failing->domain), arg("result", failing->result)},
            line,
            name);
    } else {
        QString fields;
        if (anyLu && !anyLup)
            fields = header("List-Unsubscribe-Post");
        else if (anyLup && !anyLu)
            fields = header("List-Unsubscribe");
        else
            fields = header("List-Unsubscribe, List-Unsubscribe-Post");
        addFinding(
            r, "unsub.not_dkim_covered", Severity::Warning, {arg("fields", fields)}, line, name);
    }
}

// --- Body links ---------------------------------------------------------------------------

// Words that name an unsubscribe link, compared case-insensitively.
const QList<QStringView> &keywords()
{
    static const QList<QStringView> list{
        u"unsubscribe",
        u"opt out",
        u"opt-out",
        u"optout",
        u"manage preferences",
        u"email preferences",
        u"\u914D\u4FE1\u505C\u6B62", // 配信停止
        u"\u914D\u4FE1\u89E3\u9664", // 配信解除
        u"\u767B\u9332\u89E3\u9664", // 登録解除
        u"\u8CFC\u8AAD\u89E3\u9664", // 購読解除
        u"\u30E1\u30FC\u30EB\u914D\u4FE1\u306E\u505C\u6B62", // メール配信の停止
    };
    return list;
}

// The first keyword in `text`, as written there; a null string when there is none.
QString findKeyword(QStringView text)
{
    for (QStringView word : keywords()) {
        const qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return text.mid(at, word.size()).toString();
    }
    return {};
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

struct Anchor
{
    QString href;
    bool hidden = false;
    qsizetype start = 0; // in HtmlText::plain
    qsizetype end = -1;
};

// An HTML part reduced to its visible words, with the links and where their text lies in them.
struct HtmlText
{
    QString plain;
    QList<Anchor> anchors;
    bool linksCut = false;
};

// One forward pass, no DOM: tags are read with their attributes, the nesting of elements is
// followed (bounded by Limits::MaxHtmlNesting) only to know whether an enclosing element is
// hidden by CSS.
HtmlText readHtml(QStringView html)
{
    HtmlText out;
    struct Open
    {
        QString name;
        bool hidden = false;
    };
    QList<Open> stack;
    int untracked = 0; // elements opened beyond the nesting limit
    int hiddenOpen = 0;
    qsizetype current = -1; // the open <a>

    auto space = [&] {
        if (!out.plain.isEmpty() && !out.plain.endsWith(u' '))
            out.plain += u' ';
    };
    auto append = [&](QChar c) {
        if (c.isSpace() || c == u'\xA0')
            space();
        else
            out.plain += c;
    };
    auto closeAnchor = [&] {
        if (current >= 0)
            out.anchors[current].end = out.plain.size();
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
            append(c);
            ++i;
            continue;
        }
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
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
                space();
            continue;
        }
        if (isBlockElement(name))
            space();
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
            if (out.anchors.size() >= Limits::MaxUnsubscribeLinksPerPart) {
                out.linksCut = true;
                continue;
            }
            out.anchors.append(Anchor{href, hidden || hiddenOpen > 0, out.plain.size(), -1});
            current = out.anchors.size() - 1;
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
    return out;
}

// The best body link so far: 3 a visible link whose own text names it, 2 a visible link
// named by the text around it (or a plain-text line), 1 a link hidden by CSS.
struct Candidate
{
    int rank = 0;
    QString text;
    QString uri;
    int line = 0;
};

void consider(Candidate &best, int rank, const QString &text, const QString &uri, int line)
{
    if (rank > best.rank)
        best = Candidate{rank, text, uri, line};
}

void searchHtml(QStringView html, int line, Candidate &best, bool &linksCut)
{
    const HtmlText doc = readHtml(html);
    linksCut = doc.linksCut;
    const QStringView plain(doc.plain);
    for (const Anchor &a : doc.anchors) {
        const qsizetype end = a.end < 0 ? plain.size() : a.end;
        const QStringView own = plain.mid(a.start, end - a.start).trimmed();
        if (!findKeyword(own).isNull()) {
            consider(best, a.hidden ? 1 : 3, shown(own), a.href, line);
            if (best.rank == 3)
                return;
            continue;
        }
        // A hidden link counts only by its own text: a hidden tracking link next to a visible
        // "unsubscribe" sentence is not the unsubscribe link.
        if (a.hidden)
            continue;
        const qsizetype before = std::max<qsizetype>(0, a.start - ContextChars);
        QString word = findKeyword(plain.mid(before, a.start - before));
        if (word.isNull())
            word = findKeyword(plain.mid(end, ContextChars));
        if (!word.isNull())
            consider(best, 2, word, a.href, line);
    }
}

// A plain-text line naming unsubscription with a URL on it or on the line before or after.
void searchText(QStringView text, int line, Candidate &best)
{
    static const QRegularExpression url(
        QStringLiteral(R"((?:https?://|mailto:)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<QStringView> lines = text.split(u'\n');
    auto urlIn = [&](qsizetype index) -> QString {
        if (index < 0 || index >= lines.size())
            return {};
        const QRegularExpressionMatch m = url.match(lines.at(index));
        if (!m.hasMatch())
            return {};
        QString found = m.captured(0);
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(found.back()))
            found.chop(1);
        return found;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString word = findKeyword(lines.at(i));
        if (word.isNull())
            continue;
        for (qsizetype k : {i, i + 1, i - 1}) {
            const QString found = urlIn(k);
            if (!found.isEmpty()) {
                consider(best, 2, word, found, line);
                return;
            }
        }
    }
}

void checkBody(const MimePart &mime, UnsubscribeResult &r)
{
    Candidate best;
    for (const MimePart *part : mime.leaves()) {
        if (!part->isText() || part->isAttachment())
            continue;
        const bool html = part->subtype() == "html";
        if (!html && part->subtype() != "plain")
            continue;
        const QString text = part->text();
        QStringView view(text);
        if (view.size() > Limits::MaxUnsubscribeScanChars) {
            view = view.left(Limits::MaxUnsubscribeScanChars);
            addFinding(r,
                "unsub.body.scan_cut",
                Severity::Info,
                {arg("limit", QString::number(Limits::MaxUnsubscribeScanChars))},
                part->line(),
                {});
        }
        if (html) {
            bool linksCut = false;
            searchHtml(view, part->line(), best, linksCut);
            if (linksCut) {
                addFinding(r,
                    "unsub.body.too_many_links",
                    Severity::Info,
                    {arg("limit", QString::number(Limits::MaxUnsubscribeLinksPerPart))},
                    part->line(),
                    {});
            }
        } else {
            searchText(view, part->line(), best);
        }
        if (best.rank == 3)
            break;
    }
    r.bodyLinkText = best.text;
    r.bodyLinkUri = best.uri;
    r.bodyLinkLine = best.line;
    if (best.rank >= 2) {
        r.bodyLink = UnsubscribeResult::BodyLink::Found;
    } else if (best.rank == 1) {
        r.bodyLink = UnsubscribeResult::BodyLink::Hidden;
        addFinding(r,
            "unsub.body_link.hidden",
            Severity::Warning,
            {arg("uri", shown(best.uri)), arg("text", best.text)},
            best.line,
            {});
    } else {
        r.bodyLink = UnsubscribeResult::BodyLink::NotFound;
    }
}

// Header fields that bulk-mail services add (names as they publish them).
bool isEspHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    static const char *const prefixes[] = {
        "x-mailgun-", // Mailgun: X-Mailgun-Sid, X-Mailgun-Variables
        "x-ses-", // Amazon SES: X-SES-Outgoing, X-SES-CONFIGURATION-SET
        "x-campaign", // X-Campaign, X-CampaignID (Mailchimp and others)
        "x-mailin-", // Brevo (Sendinblue): X-Mailin-EID
    };
    static const char *const names[] = {
        "x-sg-eid", // SendGrid
        "x-sg-id", // SendGrid
        "x-mc-user", // Mailchimp
        "x-mandrill-user", // Mailchimp Transactional (Mandrill)
        "x-csa-complaints", // Certified Senders Alliance
    };
    for (const char *p : prefixes) {
        if (n.startsWith(p))
            return true;
    }
    for (const char *e : names) {
        if (n == e)
            return true;
    }
    return false;
}

void checkMarketing(const Message &message, UnsubscribeResult &r)
{
    QStringList &s = r.marketingSignals;
    if (r.listUnsubscribe)
        s << QStringLiteral("list-unsubscribe");
    if (message.field("List-Id"))
        s << QStringLiteral("list-id");
    for (const HeaderField *f : message.fields("Precedence")) {
        const QByteArray value = f->unfoldedValue().trimmed().toLower();
        if (value == "bulk" || value == "list") {
            s << QStringLiteral("precedence");
            break;
        }
    }
    if (message.field("Feedback-ID"))
        s << QStringLiteral("feedback-id");
    // Message::headers() holds at most Limits::MaxHeaderFields fields.
    for (const HeaderField &f : message.headers()) {
        if (isEspHeader(f.name())) {
            s << QStringLiteral("esp");
            break;
        }
    }
    r.looksMarketing = !s.isEmpty();
}

} // namespace

QString bodyLinkName(UnsubscribeResult::BodyLink link)
{
    switch (link) {
    case UnsubscribeResult::BodyLink::NotChecked:
        return QStringLiteral("not_checked");
    case UnsubscribeResult::BodyLink::Found:
        return QStringLiteral("found");
    case UnsubscribeResult::BodyLink::Hidden:
        return QStringLiteral("hidden");
    case UnsubscribeResult::BodyLink::NotFound:
        return QStringLiteral("not_found");
    }
    return {};
}

QDebug operator<<(QDebug dbg, const UnsubscribeResult &r)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "UnsubscribeResult(uris=" << r.uris.size() << " post=" << r.postValid
                  << " oneClick=" << r.oneClick << " dkim=" << r.dkimCovered << ' '
                  << r.coveringDomain << " body=" << bodyLinkName(r.bodyLink)
                  << " marketing=" << r.marketingSignals << " findings=" << r.findings.size()
                  << ')';
    return dbg;
}

UnsubscribeResult UnsubscribeChecker::check(const Message &message,
    const MimePart &mime,
    const QList<DkimResult> &dkim,
    const QString &fromDomain,
    const OrganizationalDomain &psl)
{
    UnsubscribeResult r;
    const QString luName = header("List-Unsubscribe");
    const QString lupName = header("List-Unsubscribe-Post");

    const QList<const HeaderField *> lu = message.fields("List-Unsubscribe");
    if (!lu.isEmpty()) {
        r.listUnsubscribe = true;
        r.listUnsubscribeLine = lu.first()->line;
        if (lu.size() > 1) {
            addFinding(r,
                "unsub.field.repeated",
                Severity::Warning,
                {arg("field", luName), arg("count", QString::number(lu.size()))},
                lu.at(1)->line,
                luName);
        }
        for (const HeaderField *f : lu) {
            if (!parseListUnsubscribe(*f, r)) {
                addFinding(r,
                    "unsub.uri.too_many",
                    Severity::Notice,
                    {arg("limit", QString::number(Limits::MaxUnsubscribeUris))},
                    f->line,
                    luName);
                break;
            }
        }
    }
    for (const UnsubscribeUri &u : std::as_const(r.uris)) {
        r.https = r.https || u.scheme == u"https";
        r.http = r.http || u.scheme == u"http";
        r.mailto = r.mailto || u.scheme == u"mailto";
    }

    const QList<const HeaderField *> lup = message.fields("List-Unsubscribe-Post");
    if (!lup.isEmpty()) {
        const HeaderField &field = *lup.first();
        const int line = field.line;
        r.listUnsubscribePost = true;
        r.listUnsubscribePostLine = line;
        if (lup.size() > 1) {
            addFinding(r,
                "unsub.field.repeated",
                Severity::Warning,
                {arg("field", lupName), arg("count", QString::number(lup.size()))},
                lup.at(1)->line,
                lupName);
        }
        const QByteArray value = field.unfoldedValue().left(Limits::MaxDecodedValueBytes).trimmed();
        r.postValue = QString::fromUtf8(value);
        // RFC 8058 §3.1: the one key/value pair, exactly.
        const QByteArrayView expected("List-Unsubscribe=One-Click");
        r.postValid = value == expected;
        if (!r.postValid) {
            const Args shownValue{arg("value", shown(r.postValue))};
            if (value.isEmpty())
                addFinding(r, "unsub.post.empty", Severity::Warning, {}, line, lupName);
            else if (value.compare(expected, Qt::CaseInsensitive) == 0)
                addFinding(
                    r, "unsub.post.wrong_case", Severity::Warning, shownValue, line, lupName);
            else if (value.toLower().contains("list-unsubscribe=one-click"))
                addFinding(
                    r, "unsub.post.extra_content", Severity::Warning, shownValue, line, lupName);
            else
                addFinding(r, "unsub.post.invalid", Severity::Warning, shownValue, line, lupName);
        }
        if (!r.listUnsubscribe) {
            addFinding(
                r, "unsub.post.without_list_unsubscribe", Severity::Warning, {}, line, lupName);
        } else if (!r.https) {
            if (r.http)
                addFinding(
                    r, "unsub.http_only", Severity::Warning, {}, r.listUnsubscribeLine, luName);
            else
                addFinding(r, "unsub.post.without_https", Severity::Warning, {}, line, lupName);
        }
    } else if (r.listUnsubscribe && r.https) {
        addFinding(r, "unsub.post.missing", Severity::Notice, {}, r.listUnsubscribeLine, luName);
    }
    if (r.listUnsubscribe && !r.listUnsubscribePost && !r.https && !r.http && r.mailto)
        addFinding(r, "unsub.mailto_only", Severity::Notice, {}, r.listUnsubscribeLine, luName);

    r.oneClick
        = r.postValid && std::any_of(r.uris.cbegin(), r.uris.cend(), [](const UnsubscribeUri &u) {
              return u.bracketed && u.scheme == u"https";
          });

    checkDkimCoverage(dkim, fromDomain, psl, r);

    if (message.headersOnly())
        r.bodyLink = UnsubscribeResult::BodyLink::NotChecked;
    else
        checkBody(mime, r);

    checkMarketing(message, r);
    FindingCap::apply(r.findings);
    return r;
}

} // namespace kensa
