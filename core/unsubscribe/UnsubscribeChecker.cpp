#include "core/unsubscribe/UnsubscribeChecker.h"

#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/net/OrganizationalDomain.h"
#include "core/sender/MarketingSignals.h"
#include "core/text/HtmlText.h"

#include <QRegularExpression>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
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

// True when `c` ends a sentence (followed by white space or the end of the text).
bool endsSentence(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F') // 。！？
        return true;
    return (c == u'.' || c == u'!' || c == u'?') && (at + 1 == text.size() || text.at(at + 1).isSpace());
}

// The part of `text` after its last sentence end (the sentence that leads up to a link).
QStringView lastSentence(QStringView text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (endsSentence(text, i))
            return text.mid(i + 1);
    }
    return text;
}

// The part of `text` up to its first sentence end (the sentence that follows a link).
QStringView firstSentence(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsSentence(text, i))
            return text.left(i + 1);
    }
    return text;
}

// A link is named by its own words, or by the words of the sentence it stands in: the text
// around it up to a sentence end, a block element (p, br, li, td, ...) or another link, at most
// ContextChars either side. The sentence before a line break is not the next link's: Google
// Groups' "To unsubscribe ... send an email to ...<br>To view this discussion ... <a>" names
// only its own address.
void searchHtml(const HtmlText &doc, int line, Candidate &best, bool &linksCut)
{
    linksCut = doc.linksCut();
    const QStringView plain(doc.text());
    const QList<qsizetype> &breaks = doc.blockBreaks();
    const QList<HtmlLink> &links = doc.links();
    for (qsizetype n = 0; n < links.size(); ++n) {
        const HtmlLink &a = links.at(n);
        const QString &own = a.text;
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
        qsizetype from = std::max<qsizetype>(0, a.textStart - ContextChars);
        qsizetype to = std::min<qsizetype>(plain.size(), a.textEnd + ContextChars);
        if (n > 0)
            from = std::max(from, std::min(links.at(n - 1).textEnd, a.textStart));
        if (n + 1 < links.size())
            to = std::min(to, std::max(links.at(n + 1).textStart, a.textEnd));
        const auto after = std::upper_bound(breaks.cbegin(), breaks.cend(), a.textStart);
        if (after != breaks.cbegin())
            from = std::max(from, std::min(*std::prev(after), a.textStart));
        const auto next = std::lower_bound(breaks.cbegin(), breaks.cend(), a.textEnd);
        if (next != breaks.cend())
            to = std::min(to, *next);
        QString word = findKeyword(lastSentence(plain.mid(from, a.textStart - from)));
        if (word.isNull())
            word = findKeyword(firstSentence(plain.mid(a.textEnd, std::max<qsizetype>(0, to - a.textEnd))));
        if (!word.isNull())
            consider(best, 2, word, a.href, line);
    }
}

// A UTF-16 unit folded as QStringView::indexOf(…, Qt::CaseInsensitive) folds it before comparing:
// ASCII by arithmetic, the rest by QChar::toCaseFolded ("ſ" reads as "s"). Surrogates stay as they
// are: no keyword has one, and a folded pair is still a pair.
char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return QChar::isSurrogate(c) ? c : char16_t(QChar::toCaseFolded(char32_t(c)));
}

// Where a keyword stands in `text`: every occurrence of every keyword, in order. One pass over
// the text for all the keywords (eleven case-insensitive searches of each body were a twentieth
// of an analysis); each keyword's occurrences do not overlap one another, as when indexOf
// searched on from the end of the previous one.
QList<std::pair<qsizetype, qsizetype>> keywordsIn(QStringView text)
{
    const QList<QStringView> &words = keywords();
    QVarLengthArray<qsizetype, 16> nextFrom(words.size(), 0);
    QList<std::pair<qsizetype, qsizetype>> out;
    const char16_t *t = text.utf16();
    const qsizetype n = text.size();
    // The keywords by the unit they start with: an ASCII unit finds its few (most none: "e" only
    // "email preferences") with one look-up; the others are the few that start outside ASCII.
    // The ASCII ones are looked at only where the two units they start with stand: most places
    // of an English text start a keyword's first letter ("e", "o", "u", "m" are common), few its
    // first two.
    struct Starts
    {
        using Words = QVarLengthArray<qsizetype, 8>;
        std::array<Words, 128> ascii;
        Words other;
        std::array<bool, 128 * 128> asciiPairs{};
    };
    static const Starts starts = [] {
        Starts table;
        const QList<QStringView> &all = keywords();
        for (qsizetype w = 0; w < all.size(); ++w) {
            const QStringView word = all.at(w);
            const char16_t first = word.front().unicode();
            if (first < 128) {
                table.ascii[first].append(w);
                Q_ASSERT(word.size() > 1 && word.at(1).unicode() < 128);
                table.asciiPairs[first * 128 + word.at(1).unicode()] = true;
            } else {
                table.other.append(w);
            }
        }
        return table;
    }();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t first = folded(t[i]);
        if (first < 128) {
            // One look-up of the pair, which is no keyword's start at nearly every place: a
            // branch the processor predicts, where testing the first letter alone ("e", "o" ...)
            // was a coin toss at every letter of the text.
            if (i + 1 >= n)
                continue;
            const char16_t second = folded(t[i + 1]);
            if (second >= 128 || !starts.asciiPairs[first * 128 + second])
                continue;
        }
        for (const qsizetype w : first < 128 ? starts.ascii[first] : starts.other) {
            const QStringView word = words.at(w);
            if (word.front() != first || i < nextFrom[w] || word.size() > n - i)
                continue;
            qsizetype k = 1;
            while (k < word.size() && folded(t[i + k]) == word[k].unicode())
                ++k;
            if (k == word.size()) {
                out.append({i, word.size()});
                nextFrom[w] = i + word.size();
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A URL of a plain-text line, with trailing punctuation removed.
struct LineUrl
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

QList<LineUrl> urlsIn(QStringView line)
{
    static const QRegularExpression url(
        QStringLiteral(R"((?:https?://|mailto:)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<LineUrl> out;
    for (auto it = url.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured(0);
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(found.back()))
            found.chop(1);
        out.append(LineUrl{m.capturedStart(0), m.capturedStart(0) + found.size(), found});
    }
    return out;
}

bool crossesSentence(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsSentence(text, i))
            return true;
    }
    return false;
}

// A plain-text line names unsubscription for the URL that carries the word, or for the URL
// next to the word on the same line within one sentence ("Unsubscribe: https://…"); a line
// that is only a label ending with a colon ("Unsubscribe:") names a URL that is alone on the
// next line. A sentence with the word is never tied to a URL on another line: Google Groups
// writes "To unsubscribe … send an email to …" above "To view this discussion … visit https://…".
void searchText(QStringView text, int line, Candidate &best)
{
    // The keywords of the whole text at once, then each line takes its own: eleven searches a
    // line made most of an analysis's time on long plain-text bodies. No keyword holds a line
    // break, so the words a line finds are the ones the whole text finds within that line.
    const QList<std::pair<qsizetype, qsizetype>> everyWord = keywordsIn(text);
    if (everyWord.isEmpty())
        return;
    auto nextWord = everyWord.cbegin();
    const QList<QStringView> lines = text.split(u'\n');
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView current = lines.at(i);
        const qsizetype start = lineStart;
        lineStart += current.size() + 1;
        QList<std::pair<qsizetype, qsizetype>> words;
        for (; nextWord != everyWord.cend() && nextWord->first < start + current.size(); ++nextWord)
            words.append({nextWord->first - start, nextWord->second});
        if (words.isEmpty())
            continue;
        const QList<LineUrl> urls = urlsIn(current);
        for (const auto &[at, size] : words) {
            const QString word = current.mid(at, size).toString();
            const LineUrl *tied = nullptr;
            for (const LineUrl &u : urls) {
                if (u.start <= at && at < u.end)
                    tied = &u; // the word is in the URL itself
            }
            for (const LineUrl &u : urls) {
                if (!tied && u.start >= at + size && !crossesSentence(current.mid(at + size, u.start - at - size)))
                    tied = &u;
            }
            for (qsizetype k = urls.size() - 1; k >= 0 && !tied; --k) {
                const LineUrl &u = urls.at(k);
                if (u.end <= at && !crossesSentence(current.mid(u.end, at - u.end)))
                    tied = &u;
            }
            if (tied) {
                consider(best, 2, word, tied->text, line);
                return;
            }
        }
        const QStringView label = current.trimmed();
        const bool onlyLabel = (label.endsWith(u':') || label.endsWith(u'\uFF1A'))
                               && label.size() <= std::get<1>(words.first()) + 24;
        if (onlyLabel && i + 1 < lines.size()) {
            const QStringView next = lines.at(i + 1).trimmed();
            const QList<LineUrl> nextUrls = urlsIn(next);
            if (nextUrls.size() == 1 && nextUrls.first().start <= 1 && nextUrls.first().end + 1 >= next.size()) {
                consider(best, 2, current.mid(words.first().first, words.first().second).toString(),
                         nextUrls.first().text, line);
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
        // An HTML part is read once, by the part, for this check and the format check; its text
        // is decoded here again only when the scan is cut.
        const HtmlText *doc = html ? &part->html() : nullptr;
        const QString text = html ? QString() : part->text();
        const qsizetype size = html ? doc->sourceSize() : text.size();
        const bool cut = size > Limits::MaxUnsubscribeScanChars;
        if (cut) {
            addFinding(r,
                "unsub.body.scan_cut",
                Severity::Info,
                {arg("limit", QString::number(Limits::MaxUnsubscribeScanChars))},
                part->line(),
                {});
        }
        if (html) {
            bool linksCut = false;
            if (cut) {
                const QString whole = part->text();
                searchHtml(HtmlText::read(QStringView(whole).left(Limits::MaxUnsubscribeScanChars),
                                          Limits::MaxUnsubscribeLinksPerPart),
                           part->line(), best, linksCut);
            } else {
                searchHtml(*doc, part->line(), best, linksCut);
            }
            if (linksCut) {
                addFinding(r,
                    "unsub.body.too_many_links",
                    Severity::Info,
                    {arg("limit", QString::number(Limits::MaxUnsubscribeLinksPerPart))},
                    part->line(),
                    {});
            }
        } else {
            searchText(QStringView(text).left(Limits::MaxUnsubscribeScanChars), part->line(), best);
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

    r.marketingSignals = MarketingSignals::of(message, r.listUnsubscribe);
    r.looksMarketing = !r.marketingSignals.isEmpty();
    FindingCap::apply(r.findings);
    return r;
}

} // namespace kensa
