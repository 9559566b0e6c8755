#include "core/message/MimePart.h"

#include "core/text/Base64.h"
#include "core/text/Charset.h"
#include "core/message/EncodedWordDecoder.h"
#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/message/Message.h"
#include "core/text/VectorScan.h"

#include <QHash>
#include <QMap>

#include <array>
#include <cstring>
#include <mutex>

namespace kensa {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 2045 §5.1: token characters are US-ASCII except SPACE, CTLs and tspecials.
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 32 || u >= 127)
        return false;
    static constexpr char tspecials[] = "()<>@,;:\\\"/[]?=";
    return std::memchr(tspecials, c, sizeof(tspecials) - 1) == nullptr;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2045 §6.7: soft line breaks ("=" at the end of a line), =XX octets, and trailing
// whitespace on a line removed. Bad "=" sequences are kept as they are (§6.7 note 1).
QByteArray decodeQuotedPrintable(QByteArrayView in, qsizetype limit)
{
    QByteArray out;
    out.reserve(qMin(limit, in.size()));
    const char *data = in.data();
    const qsizetype size = in.size();
    qsizetype pos = 0;
    while (pos < size && out.size() < limit) {
        const void *nl = std::memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype newline = nl ? static_cast<const char *>(nl) - data : size;
        qsizetype end = newline;
        if (end > pos && data[end - 1] == '\r')
            --end;
        const qsizetype breakStart = end;
        // RFC 2045 §6.7 rule 3: whitespace at the end of an encoded line is padding.
        while (end > pos && isWsp(data[end - 1]))
            --end;
        const bool soft = end > pos && data[end - 1] == '=';
        if (soft)
            --end;
        for (qsizetype i = pos; i < end; ++i) {
            if (data[i] == '=' && i + 2 < end) {
                const int hi = hexValue(data[i + 1]);
                const int lo = hexValue(data[i + 2]);
                if (hi >= 0 && lo >= 0) {
                    out.append(static_cast<char>(hi * 16 + lo));
                    i += 2;
                    continue;
                }
            }
            out.append(data[i]);
        }
        if (!soft && nl)
            out.append(data + breakStart, newline + 1 - breakStart);
        pos = nl ? newline + 1 : size;
    }
    if (out.size() > limit)
        out.truncate(limit);
    return out;
}

bool isIdentityEncoding(QByteArrayView encoding)
{
    return encoding == "7bit" || encoding == "8bit" || encoding == "binary";
}

bool isKnownEncoding(QByteArrayView encoding)
{
    return isIdentityEncoding(encoding) || encoding == "base64" || encoding == "quoted-printable";
}

QByteArray percentDecode(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size()) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(in[i]);
    }
    return out;
}

// Reads the structured value of a MIME field (RFC 2045 §5.1, RFC 2183 §2): tokens, quoted
// strings and comments.
class ValueScanner
{
public:
    explicit ValueScanner(QByteArrayView value)
        : m_value(value)
    { }

    bool atEnd() const { return m_pos >= m_value.size(); }
    char peek() const { return m_value[m_pos]; }
    void advance() { ++m_pos; }

    // RFC 5322 §3.2.2: white space and comments; comments nest and may hold quoted-pairs.
    void skipCfws()
    {
        while (!atEnd()) {
            const char c = peek();
            if (isWsp(c) || c == '\r' || c == '\n') {
                ++m_pos;
                continue;
            }
            if (c != '(')
                return;
            int depth = 0;
            while (!atEnd()) {
                const char d = m_value[m_pos++];
                if (d == '\\') {
                    if (!atEnd())
                        ++m_pos;
                } else if (d == '(') {
                    ++depth;
                } else if (d == ')' && --depth == 0) {
                    break;
                }
            }
        }
    }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_value.sliced(start, m_pos - start).toByteArray();
    }

    // RFC 5322 §3.2.4: quoted-string with quoted-pairs; an unterminated one runs to the end.
    QByteArray quotedString()
    {
        QByteArray out;
        ++m_pos;
        while (!atEnd()) {
            char c = m_value[m_pos++];
            if (c == '"')
                break;
            if (c == '\\' && !atEnd())
                c = m_value[m_pos++];
            if (c == '\r' || c == '\n')
                continue;
            out.append(c);
        }
        return out;
    }

    // An unquoted parameter value. Mailers leave file names with spaces unquoted, so the value
    // runs to the next ";" with comments dropped and inner white space kept as one space.
    QByteArray looseValue()
    {
        QByteArray out;
        while (!atEnd()) {
            const qsizetype start = m_pos;
            while (!atEnd()) {
                const char c = peek();
                if (c == ';' || c == '(' || isWsp(c) || c == '\r' || c == '\n')
                    break;
                ++m_pos;
            }
            out.append(m_value.sliced(start, m_pos - start));
            skipCfws();
            if (atEnd() || peek() == ';')
                break;
            out.append(' ');
        }
        return out;
    }

    void skipToSemicolon()
    {
        while (!atEnd() && peek() != ';')
            ++m_pos;
    }

private:
    QByteArrayView m_value;
    qsizetype m_pos = 0;
};

struct RawParameter
{
    QByteArray name;
    QByteArray value;
};

struct StructuredValue
{
    QByteArray value; // "text/plain", "attachment", lower case; empty when invalid
    QList<RawParameter> parameters;
};

// `mediaType`: the value is type "/" subtype (Content-Type), else a single token.
StructuredValue parseStructured(QByteArrayView field, bool mediaType)
{
    StructuredValue out;
    ValueScanner s(field);
    s.skipCfws();
    QByteArray value = s.token();
    if (mediaType) {
        s.skipCfws();
        if (!value.isEmpty() && !s.atEnd() && s.peek() == '/') {
            s.advance();
            s.skipCfws();
            const QByteArray sub = s.token();
            value = sub.isEmpty() ? QByteArray() : value + '/' + sub;
        } else {
            value.clear();
        }
    }
    out.value = value.toLower();

    while (true) {
        s.skipCfws();
        if (s.atEnd())
            break;
        if (s.peek() != ';') {
            s.skipToSemicolon();
            continue;
        }
        s.advance();
        s.skipCfws();
        const QByteArray name = s.token();
        s.skipCfws();
        if (name.isEmpty() || s.atEnd() || s.peek() != '=') {
            s.skipToSemicolon();
            continue;
        }
        s.advance();
        s.skipCfws();
        QByteArray parameterValue
            = (!s.atEnd() && s.peek() == '"') ? s.quotedString() : s.looseValue();
        out.parameters.append({name.toLower(), std::move(parameterValue)});
    }
    return out;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

enum class Delimiter { None, Open, Close };

// RFC 2046 §5.1.1: "--" boundary at the start of a line, then only transport padding (LWSP);
// the close delimiter has "--" after the boundary.
Delimiter delimiterKind(QByteArrayView line, QByteArrayView boundary)
{
    if (line.size() < boundary.size() + 2 || !line.startsWith("--")
        || line.sliced(2, boundary.size()) != boundary) {
        return Delimiter::None;
    }
    QByteArrayView rest = line.sliced(boundary.size() + 2);
    Delimiter kind = Delimiter::Open;
    if (rest.startsWith("--")) {
        rest = rest.sliced(2);
        kind = Delimiter::Close;
    }
    for (const char c : rest) {
        if (!isWsp(c))
            return Delimiter::None;
    }
    return kind;
}

} // namespace

// Builds the tree without recursion: pending parts wait on an explicit stack, bounded by
// Limits::MaxMimeParts, and containers deeper than Limits::MaxMimeDepth stay leaves.
class MimePartBuilder
{
public:
    MimePartBuilder(const Message &message, QList<Finding> *findings)
        : m_message(message)
        , m_source(message.bytes())
        , m_findings(findings)
    { }

    MimePart build();

private:
    struct Pending
    {
        MimePart *part = nullptr;
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 0;
        bool digestChild = false;
    };

    struct Range
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 0;
    };

    void readEntity(MimePart &part, const Pending &pending) const;
    void readFields(MimePart &part, bool digestChild);
    void expand(MimePart &part, QList<Pending> &stack);
    void expandMultipart(MimePart &part, QList<Pending> &stack);
    void checkLeaf(const MimePart &part);
    void checkBase64(const MimePart &part);
    bool takePart(int line);
    void report(
        const QString &key, QList<QPair<QString, QString>> args, int line, const char *header);
    void finish();
    static QList<MimePart::Parameter> joinParameters(const QList<RawParameter> &raw);

    const Message &m_message;
    QByteArray m_source;
    QList<Finding> *m_findings;
    FindingCap m_cap;
    int m_partCount = 0;
    bool m_partsReported = false;
    int m_contentTypeLine = 0; // line of the Content-Type field of the part being read
};

MimePart MimePartBuilder::build()
{
    MimePart root;
    root.m_source = m_source;
    root.m_headers = m_message.headers();
    const qsizetype size = m_source.size();
    const qsizetype bodyOffset = m_message.bodyOffset();
    root.m_bodyOffset = bodyOffset >= 0 ? bodyOffset : size;
    root.m_bodyLength = size - root.m_bodyOffset;
    root.m_bodyLine = m_message.bodyLine();
    if (!root.m_headers.isEmpty())
        root.m_line = root.m_headers.constFirst().line;
    else
        root.m_line = root.m_bodyLine > 0 ? root.m_bodyLine : 1;
    m_partCount = 1;

    readFields(root, false);
    QList<Pending> stack;
    // Without a body there is no structure to check (Message reports headers-only input).
    if (!m_message.headersOnly())
        expand(root, stack);
    while (!stack.isEmpty()) {
        const Pending pending = stack.takeLast();
        MimePart &part = *pending.part;
        readEntity(part, pending);
        readFields(part, pending.digestChild);
        expand(part, stack);
    }
    finish();
    return root;
}

// Part headers and body: Message parses the entity in place, numbering lines from the part's
// first line so that everything refers to lines of the whole message.
void MimePartBuilder::readEntity(MimePart &part, const Pending &pending) const
{
    part.m_source = m_source;
    const QByteArray bytes = QByteArray::fromRawData(
        m_source.constData() + pending.begin, pending.end - pending.begin);
    const Message entity = Message::parse(bytes, pending.line);
    part.m_headers = entity.headers();
    int headerLines = 0;
    for (HeaderField &field : part.m_headers) {
        field.offset += pending.begin;
        headerLines += field.lineCount();
    }
    if (entity.bodyOffset() >= 0) {
        part.m_bodyOffset = pending.begin + entity.bodyOffset();
        part.m_bodyLine = entity.bodyLine();
    } else {
        part.m_bodyOffset = pending.end;
        part.m_bodyLine = pending.line + headerLines;
    }
    part.m_bodyLength = pending.end - part.m_bodyOffset;
    if (!part.m_headers.isEmpty())
        part.m_line = part.m_headers.constFirst().line;
    else
        part.m_line = entity.bodyOffset() >= 0 ? entity.bodyLine() : pending.line;
}

void MimePartBuilder::readFields(MimePart &part, bool digestChild)
{
    const HeaderField *contentType = nullptr;
    const HeaderField *encoding = nullptr;
    const HeaderField *disposition = nullptr;
    for (const HeaderField &field : part.m_headers) {
        if (!contentType && field.hasName("Content-Type"))
            contentType = &field;
        else if (!encoding && field.hasName("Content-Transfer-Encoding"))
            encoding = &field;
        else if (!disposition && field.hasName("Content-Disposition"))
            disposition = &field;
    }

    m_contentTypeLine = contentType ? contentType->line : part.m_line;
    StructuredValue type;
    if (contentType)
        type = parseStructured(contentType->unfoldedValue(), true);
    if (!type.value.isEmpty()) {
        part.m_contentType = type.value;
        part.m_parameters = joinParameters(type.parameters);
        part.m_typeDeclared = true;
    } else if (!contentType && digestChild) {
        // RFC 2046 §5.1.5: in a digest the default type is message/rfc822.
        part.m_contentType = "message/rfc822";
    } else {
        // RFC 2045 §5.2: missing or invalid Content-Type means text/plain; charset=us-ascii.
        part.m_contentType = "text/plain";
        part.m_parameters = {{"charset", "us-ascii", {}, false}};
    }

    if (encoding) {
        const QByteArray field = encoding->unfoldedValue();
        ValueScanner s(field);
        s.skipCfws();
        const QByteArray value = s.token().toLower();
        // RFC 2045 §6.1: an empty or absent field means 7bit.
        part.m_transferEncoding = value.isEmpty() ? QByteArray("7bit") : value;
        if (!isKnownEncoding(part.m_transferEncoding)) {
            report(QStringLiteral("mime.encoding.unknown"),
                {{QStringLiteral("encoding"), QString::fromLatin1(part.m_transferEncoding)}},
                encoding->line,
                "Content-Transfer-Encoding");
        }
    }

    if (disposition) {
        const StructuredValue value = parseStructured(disposition->unfoldedValue(), false);
        part.m_disposition = value.value;
        part.m_dispositionParameters = joinParameters(value.parameters);
    }
}

void MimePartBuilder::expand(MimePart &part, QList<Pending> &stack)
{
    if (part.isMultipart()) {
        expandMultipart(part, stack);
        return;
    }
    // RFC 2046 §5.2.1: an encapsulated message is 7bit, 8bit or binary; an encoded one is
    // shown as a leaf, since its bytes are not those of the message.
    const bool encapsulated
        = part.m_contentType == "message/rfc822" || part.m_contentType == "message/global";
    if (!encapsulated || !isIdentityEncoding(part.m_transferEncoding)) {
        if (part.m_contentType == "text/html")
            part.m_html = std::make_shared<MimePart::HtmlReading>();
        checkLeaf(part);
        return;
    }
    if (part.m_depth >= Limits::MaxMimeDepth) {
        report(QStringLiteral("mime.depth.exceeded"),
            {{QStringLiteral("limit"), QString::number(Limits::MaxMimeDepth)}},
            part.m_line,
            nullptr);
        return;
    }
    if (!takePart(part.m_bodyLine))
        return;
    part.m_children.resize(1);
    MimePart &child = part.m_children.first();
    child.m_depth = part.m_depth + 1;
    stack.append(
        {&child, part.m_bodyOffset, part.m_bodyOffset + part.m_bodyLength, part.m_bodyLine, false});
}

void MimePartBuilder::expandMultipart(MimePart &part, QList<Pending> &stack)
{
    const int typeLine = m_contentTypeLine;
    const MimePart::Parameter *boundaryParameter
        = MimePart::findParameter(part.m_parameters, "boundary");
    const QByteArray boundary = boundaryParameter ? boundaryParameter->value : QByteArray();
    if (boundary.isEmpty()) {
        report(QStringLiteral("mime.boundary.missing"),
            {{QStringLiteral("line"), QString::number(typeLine)}},
            typeLine,
            "Content-Type");
        return;
    }
    if (part.m_depth >= Limits::MaxMimeDepth) {
        report(QStringLiteral("mime.depth.exceeded"),
            {{QStringLiteral("limit"), QString::number(Limits::MaxMimeDepth)}},
            part.m_line,
            nullptr);
        return;
    }

    // RFC 2046 §5.1.1: the CRLF before a delimiter line belongs to the delimiter.
    const char *data = m_source.constData();
    const qsizetype bodyEnd = part.m_bodyOffset + part.m_bodyLength;
    qsizetype pos = part.m_bodyOffset; // the start of the line looked at, numbered `line`
    int line = part.m_bodyLine;
    QList<Range> ranges;
    Range current;
    bool inPart = false;
    bool closed = false;
    bool limited = false;
    // Only a line that starts with "--" and the boundary can be a delimiter: the scan goes from
    // one such line to the next, and counts the lines it passed, rather than looking at every
    // line (a 200 KB attachment is some 2,700 lines of base64).
    const QByteArray marker = "--" + boundary;
    qsizetype searchFrom = pos;
    while (searchFrom < bodyEnd) {
        // The next "-" at a line start with the marker there: a base64 attachment has no "-",
        // so one memchr() passes it whole.
        const void *dash = bodyEnd - searchFrom >= marker.size()
            ? std::memchr(data + searchFrom, '-', size_t(bodyEnd - searchFrom - marker.size() + 1))
            : nullptr;
        if (!dash)
            break;
        const qsizetype at = static_cast<const char *>(dash) - data;
        if ((at > part.m_bodyOffset && data[at - 1] != '\n') || QByteArrayView(data + at, marker.size()) != marker) {
            searchFrom = at + 1;
            continue;
        }
        line += int(VectorScan::countLineFeeds(data + pos, data + at));
        pos = at;
        const void *nl = std::memchr(data + pos, '\n', size_t(bodyEnd - pos));
        const qsizetype lineEnd = nl ? static_cast<const char *>(nl) - data + 1 : bodyEnd;
        qsizetype contentEnd = nl ? lineEnd - 1 : bodyEnd;
        if (contentEnd > pos && data[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView content(data + pos, contentEnd - pos);
        const Delimiter kind = delimiterKind(content, boundary);
        if (kind != Delimiter::None) {
            if (inPart) {
                qsizetype end = pos;
                if (end > current.begin && data[end - 1] == '\n')
                    --end;
                if (end > current.begin && data[end - 1] == '\r')
                    --end;
                current.end = end;
                ranges.append(current);
                inPart = false;
            }
            if (kind == Delimiter::Close) {
                closed = true;
                break;
            }
            if (!takePart(line + 1)) {
                limited = true;
                break;
            }
            current = {lineEnd, bodyEnd, line + 1};
            inPart = true;
        }
        pos = lineEnd;
        ++line;
        searchFrom = lineEnd;
    }
    if (inPart) {
        current.end = bodyEnd;
        ranges.append(current);
    }

    const QString boundaryText = QString::fromLatin1(boundary);
    if (ranges.isEmpty() && !limited) {
        report(QStringLiteral("mime.multipart.no_parts"),
            {{QStringLiteral("boundary"), boundaryText}},
            typeLine,
            "Content-Type");
    } else if (!closed && !limited) {
        report(QStringLiteral("mime.multipart.unterminated"),
            {{QStringLiteral("boundary"), boundaryText}},
            typeLine,
            "Content-Type");
    }

    // The children list gets its final size before pointers into it go on the stack.
    part.m_children.resize(ranges.size());
    const bool digest = part.m_contentType == "multipart/digest";
    for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
        MimePart &child = part.m_children[i];
        child.m_depth = part.m_depth + 1;
        stack.append({&child, ranges.at(i).begin, ranges.at(i).end, ranges.at(i).line, digest});
    }
}

void MimePartBuilder::checkLeaf(const MimePart &part)
{
    if (part.m_transferEncoding == "base64")
        checkBase64(part);

    if (part.isText() && part.m_typeDeclared) {
        const QByteArray charset = part.charset();
        if (!charset.isEmpty() && !Charset::isKnown(charset)) {
            report(QStringLiteral("mime.charset.unknown"),
                {{QStringLiteral("charset"), QString::fromLatin1(charset)}},
                m_contentTypeLine,
                "Content-Type");
        }
    }

    qsizetype decodedSize = part.m_bodyLength;
    if (part.m_transferEncoding == "base64")
        decodedSize = part.m_bodyLength / 4 * 3;
    else if (part.m_transferEncoding == "quoted-printable"
        && decodedSize > Limits::MaxMimePartBytes)
        decodedSize
            = decodeQuotedPrintable(part.rawBodyView(), Limits::MaxMimePartBytes + 1).size();
    if (decodedSize > Limits::MaxMimePartBytes) {
        report(QStringLiteral("mime.part.too_large"),
            {{QStringLiteral("limit"), QString::number(Limits::MaxMimePartBytes)}},
            part.m_line,
            nullptr);
    }
}

// RFC 2045 §6.8: only the alphabet, "=" padding at the end, and line breaks. Reports the line
// of the first offence.
void MimePartBuilder::checkBase64(const MimePart &part)
{
    const int offence = Base64::firstInvalidLine(part.rawBodyView());
    const int badLine = offence >= 0 ? part.m_bodyLine + offence : 0;
    if (badLine > 0) {
        report(QStringLiteral("mime.base64.invalid"),
            {{QStringLiteral("line"), QString::number(badLine)}},
            badLine,
            nullptr);
    }
}

bool MimePartBuilder::takePart(int line)
{
    if (m_partCount < Limits::MaxMimeParts) {
        ++m_partCount;
        return true;
    }
    if (!m_partsReported) {
        m_partsReported = true;
        report(QStringLiteral("mime.parts.exceeded"),
            {{QStringLiteral("limit"), QString::number(Limits::MaxMimeParts)}},
            line,
            nullptr);
    }
    return false;
}

void MimePartBuilder::report(
    const QString &key, QList<QPair<QString, QString>> args, int line, const char *header)
{
    if (!m_findings)
        return;
    if (!m_cap.admit(key))
        return;
    Severity severity = Severity::Warning;
    if (key == QLatin1String("mime.charset.unknown"))
        severity = Severity::Notice;
    m_findings->append(makeFinding(
        key, severity, std::move(args), line, header ? QString::fromLatin1(header) : QString()));
}

void MimePartBuilder::finish()
{
    if (m_findings)
        m_cap.flush(*m_findings);
}

// RFC 2231 §3, §4: "name*" is an extended value (charset'lang'%XX), "name*N" a section of a
// continued value, "name*N*" an extended section. Sections are joined in numeric order.
QList<MimePart::Parameter> MimePartBuilder::joinParameters(const QList<RawParameter> &raw)
{
    struct Group
    {
        QByteArray name;
        QByteArray plain;
        bool hasPlain = false;
        QByteArray single;
        bool hasSingle = false;
        QMap<int, QPair<QByteArray, bool>> sections;
    };
    QList<Group> groups;
    QHash<QByteArray, qsizetype> index;

    for (const RawParameter &parameter : raw) {
        QByteArray name = parameter.name;
        const bool encoded = name.endsWith('*');
        if (encoded)
            name.chop(1);
        int section = -1;
        const qsizetype star = name.lastIndexOf('*');
        if (star > 0 && star + 1 < name.size() && name.size() - star - 1 <= 6
            && isDigits(QByteArrayView(name).sliced(star + 1))) {
            section = name.mid(star + 1).toInt();
            name.truncate(star);
        }
        if (name.isEmpty())
            continue;
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, groups.size());
            groups.append(Group{name, {}, false, {}, false, {}});
        }
        Group &group = groups[it.value()];
        if (section >= 0) {
            if (!group.sections.contains(section))
                group.sections.insert(section, {parameter.value, encoded});
        } else if (encoded) {
            if (!group.hasSingle) {
                group.single = parameter.value;
                group.hasSingle = true;
            }
        } else if (!group.hasPlain) {
            group.plain = parameter.value;
            group.hasPlain = true;
        }
    }

    // RFC 2231 §4: the initial extended value starts with charset'language'.
    auto splitInitial = [](const QByteArray &value, QByteArray *charset) {
        const qsizetype first = value.indexOf('\'');
        const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
        if (second < 0)
            return percentDecode(value);
        *charset = value.left(first);
        return percentDecode(QByteArrayView(value).sliced(second + 1));
    };

    QList<MimePart::Parameter> out;
    out.reserve(groups.size());
    for (const Group &group : groups) {
        MimePart::Parameter parameter;
        parameter.name = group.name;
        if (group.hasSingle) {
            parameter.value = splitInitial(group.single, &parameter.charset);
            parameter.extended = true;
        } else if (!group.sections.isEmpty()) {
            bool first = true;
            for (auto it = group.sections.cbegin(); it != group.sections.cend(); ++it) {
                const auto &[value, encoded] = it.value();
                if (encoded) {
                    parameter.extended = true;
                    parameter.value
                        += first ? splitInitial(value, &parameter.charset) : percentDecode(value);
                } else {
                    parameter.value += value;
                }
                first = false;
            }
        } else {
            parameter.value = group.plain;
        }
        out.append(std::move(parameter));
    }
    return out;
}

MimePart MimePart::parse(const Message &message, QList<Finding> *findings)
{
    QList<Finding> own;
    MimePartBuilder builder(message, &own);
    MimePart root = builder.build();
    if (findings)
        findings->append(own);
    root.m_findings = std::move(own);
    return root;
}

const MimePart::Parameter *MimePart::findParameter(
    const QList<Parameter> &list, QByteArrayView name)
{
    for (const Parameter &parameter : list) {
        if (QByteArrayView(parameter.name).compare(name, Qt::CaseInsensitive) == 0)
            return &parameter;
    }
    return nullptr;
}

QString MimePart::parameterText(const Parameter &parameter)
{
    if (parameter.extended) {
        if (parameter.charset.isEmpty())
            return Charset::decodeUnlabelled(parameter.value);
        const Charset::Decoded decoded = Charset::decode(parameter.value, parameter.charset);
        return decoded.known ? decoded.text : QString::fromLatin1(parameter.value);
    }
    // Not RFC 2047 conformant in a parameter (§5), but what many mailers send for file names.
    if (parameter.value.contains("=?"))
        return EncodedWordDecoder::decode(parameter.value).text;
    return Charset::decodeUnlabelled(parameter.value);
}

QByteArray MimePart::mediaType() const
{
    return m_contentType.left(m_contentType.indexOf('/'));
}

QByteArray MimePart::subtype() const
{
    return m_contentType.mid(m_contentType.indexOf('/') + 1);
}

QByteArray MimePart::parameter(QByteArrayView name) const
{
    const Parameter *found = findParameter(m_parameters, name);
    return found ? found->value : QByteArray();
}

QString MimePart::fileName() const
{
    // RFC 2183 §2.3: the disposition's filename; the Content-Type name is the older habit.
    const Parameter *found = findParameter(m_dispositionParameters, "filename");
    if (!found || found->value.isEmpty())
        found = findParameter(m_parameters, "name");
    if (!found || found->value.isEmpty())
        return {};
    return parameterText(*found);
}

bool MimePart::isAttachment() const
{
    if (m_disposition == "attachment")
        return true;
    if (m_disposition == "inline" || isMultipart())
        return false;
    return !fileName().isEmpty();
}

QByteArrayView MimePart::rawBodyView() const
{
    if (m_bodyLength <= 0 || m_bodyOffset < 0 || m_bodyOffset + m_bodyLength > m_source.size())
        return {};
    return QByteArrayView(m_source).sliced(m_bodyOffset, m_bodyLength);
}

QByteArray MimePart::rawBody() const
{
    return rawBodyView().toByteArray();
}

QByteArray MimePart::decodedBody() const
{
    const QByteArrayView raw = rawBodyView();
    if (m_transferEncoding == "base64")
        return *Base64::decode(raw, Base64::Rules::Lenient, Limits::MaxMimePartBytes);
    if (m_transferEncoding == "quoted-printable")
        return decodeQuotedPrintable(raw, Limits::MaxMimePartBytes);
    return raw.first(qMin(raw.size(), Limits::MaxMimePartBytes)).toByteArray();
}

QString MimePart::text() const
{
    const QByteArray body = decodedBody();
    const QByteArray name = charset();
    if (!m_typeDeclared || name.isEmpty())
        return Charset::decodeUnlabelled(body);
    const Charset::Decoded decoded = Charset::decode(body, name);
    return decoded.known ? decoded.text : QString::fromLatin1(body);
}

struct MimePart::HtmlReading
{
    std::once_flag once;
    HtmlText doc;
};

const HtmlText &MimePart::html() const
{
    static const HtmlText none;
    if (!m_html)
        return none;
    std::call_once(m_html->once, [this] { m_html->doc = HtmlText::read(text(), Limits::MaxUnsubscribeLinksPerPart); });
    return m_html->doc;
}

QList<const MimePart *> MimePart::leaves() const
{
    QList<const MimePart *> out;
    QList<const MimePart *> stack{this};
    while (!stack.isEmpty()) {
        const MimePart *part = stack.takeLast();
        if (part->m_children.isEmpty()) {
            out.append(part);
            continue;
        }
        for (auto it = part->m_children.crbegin(); it != part->m_children.crend(); ++it)
            stack.append(&*it);
    }
    return out;
}

} // namespace kensa
