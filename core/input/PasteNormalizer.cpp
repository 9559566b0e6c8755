#include "core/input/PasteNormalizer.h"

#include "core/base/Limits.h"
#include "core/text/VectorScan.h"

#include <QList>

#include <cstring>

namespace kensa {

namespace {

struct LineEndings
{
    QByteArray bytes;
    int lfOnly = 0;
    int crOnly = 0;
};

LineEndings toCrlf(const QByteArray &in)
{
    LineEndings out;
    out.bytes.reserve(in.size() + in.size() / 32 + 2);
    const char *p = in.constData();
    const char *const e = p + in.size();
    while (p < e) {
        const char *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(e - p)));
        const char *lf = static_cast<const char *>(std::memchr(p, '\n', size_t((cr ? cr : e) - p)));
        const char *stop = lf ? lf : cr;
        if (!stop) {
            out.bytes.append(p, e - p);
            break;
        }
        out.bytes.append(p, stop - p);
        out.bytes.append("\r\n", 2);
        if (stop == lf) {
            ++out.lfOnly;
            p = lf + 1;
        } else if (cr + 1 < e && cr[1] == '\n') {
            p = cr + 2;
        } else {
            ++out.crOnly;
            p = cr + 1;
        }
    }
    return out;
}

QList<QByteArrayView> firstLines(QByteArrayView data, int max)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < data.size() && lines.size() < max) {
        qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl;
        QByteArrayView line = data.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        pos = nl < 0 ? data.size() : nl + 1;
    }
    return lines;
}

// RFC 5322 §3.6.8 field-name followed by a colon (WSP before the colon tolerated).
bool isHeaderLine(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] != ':') {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c <= 32 || c >= 127)
            break;
        ++i;
    }
    if (i == 0)
        return false;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i < line.size() && line[i] == ':';
}

bool isContinuation(QByteArrayView line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

QByteArrayView fieldName(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    QByteArrayView name = colon < 0 ? line : line.first(colon);
    while (!name.isEmpty() && (name.back() == ' ' || name.back() == '\t'))
        name.chop(1);
    return name;
}

// Fields that open the source of a received message; a provider's summary table has none of them.
bool isTraceField(QByteArrayView name)
{
    static const char *const names[] = {"received", "return-path", "delivered-to", "x-received", "arc-seal",
                                        "arc-message-signature", "arc-authentication-results",
                                        "authentication-results", "dkim-signature", "received-spf",
                                        "x-original-to", "x-gm-message-state", "x-google-smtp-source",
                                        "x-apparently-to", "x-ms-exchange-organization-authas",
                                        "x-originating-ip", "mime-version", "message-id", "x-mailer"};
    for (const char *n : names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A line that only a provider's page puts around the source (buttons, titles, table rows).
struct Marker
{
    const char *provider;
    const char *text;
    bool prefix; // the line starts with it (table rows), rather than equals it
};

const Marker markers[] = {
    // Gmail "Show original", English and Japanese UI
    {"gmail", "Original Message", false},
    {"gmail", "Download Original", false},
    {"gmail", "Copy to clipboard", false},
    {"gmail", "Message ID", true},
    {"gmail", "Created at:", true},
    {"gmail", "Created on:", true},
    {"gmail", "元のメッセージ", false},
    {"gmail", "オリジナルをダウンロード", false},
    {"gmail", "クリップボードにコピー", false},
    {"gmail", "メッセージ ID", true},
    {"gmail", "作成日時:", true},
    // Outlook on the web "View message source" and Outlook desktop "Internet headers"
    {"outlook", "Message source", false},
    {"outlook", "View message source", false},
    {"outlook", "メッセージのソース", false},
    {"outlook", "Internet headers:", false},
    {"outlook", "Internet headers", false},
    {"outlook", "インターネット ヘッダー:", false},
    {"outlook", "インターネット ヘッダー", false},
    {"outlook", "Properties", false},
    {"outlook", "プロパティ", false},
    // Yahoo Mail "View raw message"
    {"yahoo", "View raw message", false},
    {"yahoo", "Raw message", false},
    {"yahoo", "元のメッセージを表示", false},
    // Apple Mail "Raw Source"
    {"apple", "Raw Source", false},
    {"apple", "ソースを表示", false},
    {"apple", "Message Source", false},
};

QString markerProvider(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    for (const Marker &m : markers) {
        const QByteArrayView text(m.text);
        if (m.prefix ? trimmed.startsWith(text) : trimmed == text)
            return QString::fromLatin1(m.provider);
    }
    return {};
}

// Where the message starts in pasted text, and whose page was around it.
struct Start
{
    int line = 0;       // 0-based index of the first line of the message
    QString provider;   // "" when no provider text was recognised
};

Start findStart(const QList<QByteArrayView> &lines)
{
    Start start;
    int lastMarker = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString provider = markerProvider(lines.at(i));
        if (!provider.isEmpty()) {
            lastMarker = i;
            if (start.provider.isEmpty())
                start.provider = provider;
        }
    }
    // The message begins at the first run of header lines (after the last page line, if any)
    // that holds a trace field, or a run of several fields for a message that has none.
    for (int i = lastMarker + 1; i < lines.size(); ++i) {
        if (!isHeaderLine(lines.at(i)))
            continue;
        int fields = 0;
        bool trace = false;
        int j = i;
        for (; j < lines.size() && (isHeaderLine(lines.at(j)) || isContinuation(lines.at(j))); ++j) {
            if (isHeaderLine(lines.at(j))) {
                ++fields;
                trace = trace || isTraceField(fieldName(lines.at(j)));
            }
        }
        const bool endsTheList = j >= lines.size();
        // After a provider's page text, its summary table (From:, To:, SPF: ...) also looks like
        // fields: only a run with a trace field, or the last run, is the message there.
        if (trace || (lastMarker < 0 && fields >= 4) || endsTheList) {
            start.line = i;
            return start;
        }
        i = j;
    }
    start.line = 0;
    start.provider.clear();
    return start;
}

} // namespace

NormalizedInput PasteNormalizer::normalize(const QByteArray &input, Origin origin)
{
    NormalizedInput out;
    QByteArray data = input;

    if (data.size() > Limits::MaxMessageBytes) {
        data.truncate(Limits::MaxMessageBytes);
        out.changes.append(QStringLiteral("truncated"));
        out.findings.append(makeFinding(QStringLiteral("normalise.truncated"),
                                        Severity::Error,
                                        {{QStringLiteral("limit"), QString::number(Limits::MaxMessageBytes / (1024 * 1024))}}));
    }

    // A UTF-8 byte-order mark, as editors on Windows save text files: not part of the message.
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        out.changes.append(QStringLiteral("bom_removed"));
        out.findings.append(makeFinding(QStringLiteral("normalise.bom_removed"), Severity::Notice));
    }

    // Line endings first: everything after this works on CRLF lines.
    if (!VectorScan::allCrlf(data.constBegin(), data.constEnd())) {
        LineEndings converted = toCrlf(data);
        data = std::move(converted.bytes);
        if (converted.lfOnly > 0) {
            out.changes.append(QStringLiteral("lf_to_crlf"));
            out.findings.append(makeFinding(QStringLiteral("normalise.lf_to_crlf"),
                                            Severity::Info,
                                            {{QStringLiteral("lines"), QString::number(converted.lfOnly)}}));
        }
        if (converted.crOnly > 0) {
            out.changes.append(QStringLiteral("cr_to_crlf"));
            out.findings.append(makeFinding(QStringLiteral("normalise.cr_to_crlf"),
                                            Severity::Info,
                                            {{QStringLiteral("lines"), QString::number(converted.crOnly)}}));
        }
    }

    // Blank lines above the message (a paste often starts with some).
    qsizetype skip = 0;
    int blankLines = 0;
    while (skip < data.size()) {
        qsizetype p = skip;
        while (p < data.size() && (data.at(p) == ' ' || data.at(p) == '\t'))
            ++p;
        if (p + 1 < data.size() && data.at(p) == '\r' && data.at(p + 1) == '\n') {
            skip = p + 2;
            ++blankLines;
            continue;
        }
        break;
    }
    if (blankLines > 0) {
        data.remove(0, skip);
        out.linesRemovedAbove += blankLines;
        out.changes.append(QStringLiteral("leading_blank_lines_removed"));
        out.findings.append(makeFinding(QStringLiteral("normalise.leading_blank_lines_removed"),
                                        Severity::Info,
                                        {{QStringLiteral("lines"), QString::number(blankLines)}}));
    }

    // An mbox "From " separator in front of one message (RFC 4155).
    if (data.startsWith("From ")) {
        const qsizetype nl = data.indexOf("\r\n");
        data.remove(0, nl < 0 ? data.size() : nl + 2);
        out.linesRemovedAbove += 1;
        out.changes.append(QStringLiteral("mbox_from_line_removed"));
        out.findings.append(makeFinding(QStringLiteral("normalise.mbox_from_line_removed"),
                                        Severity::Info,
                                        {{QStringLiteral("line"), QString::number(out.linesRemovedAbove)}}));
    }

    // The page around the source (titles, the summary table, button labels) comes with a paste,
    // and with a page saved as .txt, dropped or piped in: whatever the origin, input that does not
    // open with a header field is looked at. A message that does (any .eml) is never touched.
    const QList<QByteArrayView> first = firstLines(data, 1);
    const bool opensWithField
        = !first.isEmpty() && (isHeaderLine(first.first()) || isContinuation(first.first()));
    bool wrapperRemoved = false;
    if (origin == Origin::Paste || !opensWithField) {
        const QList<QByteArrayView> lines = firstLines(data, Limits::MaxPreambleLines);
        const Start start = findStart(lines);
        if (start.line > 0) {
            qsizetype offset = 0;
            for (int i = 0; i < start.line; ++i)
                offset = data.indexOf("\r\n", offset) + 2;
            data.remove(0, offset);
            out.linesRemovedAbove += start.line;
            out.wrapper = start.provider;
            out.changes.append(QStringLiteral("wrapper_removed"));
            // One key per provider, so each sentence names the page in the reader's language.
            const QString key = start.provider.isEmpty() ? QStringLiteral("normalise.preamble_removed")
                                                         : QStringLiteral("normalise.wrapper_removed.") + start.provider;
            out.findings.append(makeFinding(key, Severity::Info, {{QStringLiteral("lines"), QString::number(start.line)}}));
            wrapperRemoved = true;
        }
    }
    // Text copied from a page, pasted or saved from an editor, may have lost white space.
    if (origin == Origin::Paste)
        out.findings.append(
            makeFinding(QStringLiteral("normalise.paste_whitespace"), Severity::Notice));
    else if (wrapperRemoved)
        out.findings.append(
            makeFinding(QStringLiteral("normalise.copied_whitespace"), Severity::Notice));
    out.bytes = std::move(data);
    return out;
}

} // namespace kensa
