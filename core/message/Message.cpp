#include "core/message/Message.h"

#include "core/message/EncodedWordDecoder.h"
#include "core/text/Charset.h"
#include "core/text/VectorScan.h"
#include "core/base/FindingCap.h"
#include "core/base/Limits.h"
#include "core/message/MimePart.h"

#include <QHash>

#include <cstring>
#include <string.h> // memrchr, a GNU extension

namespace kensa {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 §3.6.8: field-name = 1*ftext, printable US-ASCII except ":". Obsolete syntax
// (§4.5) allows WSP between the name and the colon. Returns the name length, or -1.
qsizetype fieldNameLength(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == ':')
            break;
        if (c < 33 || c > 126)
            break;
        ++i;
    }
    if (i == 0 || i == line.size())
        return -1;
    qsizetype colon = i;
    while (colon < line.size() && isWsp(line[colon]))
        ++colon;
    if (colon >= line.size() || line[colon] != ':')
        return -1;
    return i;
}

// Collects the findings of one parse into `out`, at most Limits::MaxFindingsPerKey of a key.
class FindingSink
{
public:
    explicit FindingSink(QList<Finding> &out)
        : m_out(out)
    {}

    void add(Finding finding) { m_cap.add(m_out, std::move(finding)); }
    void finish() { m_cap.flush(m_out); }

private:
    QList<Finding> &m_out;
    FindingCap m_cap;
};

void addLineTooLong(FindingSink &sink, qsizetype length, int line)
{
    if (length <= Limits::MaxLineLength)
        return;
    sink.add(makeFinding(QStringLiteral("message.line.too_long"),
                         Severity::Warning,
                         {{QStringLiteral("line"), QString::number(line)},
                          {QStringLiteral("length"), QString::number(length)},
                          {QStringLiteral("limit"), QString::number(Limits::MaxLineLength)}},
                         line));
}

// The value as HeaderField::rawValue() has it, without a copy: after the colon, up to the final
// line ending.
QByteArrayView rawValueView(const HeaderField &field)
{
    const QByteArray &raw = field.raw;
    qsizetype end = raw.size();
    if (end > 0 && raw.at(end - 1) == '\n')
        --end;
    if (end > 0 && raw.at(end - 1) == '\r')
        --end;
    const qsizetype start = raw.indexOf(':', field.nameLength) + 1;
    if (start <= 0 || start > end)
        return {};
    return QByteArrayView(raw).sliced(start, end - start);
}

void decodeDisplayValue(HeaderField &field, FindingSink &sink)
{
    // Every field of every message comes here: a one-line value (most of them) is read in place,
    // only a folded one is copied to unfold it.
    QByteArrayView value = rawValueView(field);
    QByteArray unfolded;
    if (std::memchr(value.data(), '\n', size_t(value.size()))) {
        unfolded = field.unfoldedValue();
        value = unfolded;
    }
    bool cut = false;
    if (value.size() > Limits::MaxDecodedValueBytes) {
        // The raw bytes stay whole (DKIM hashes them); only the text shown is cut.
        sink.add(makeFinding(QStringLiteral("message.header.value_too_long"),
                             Severity::Notice,
                             {{QStringLiteral("line"), QString::number(field.line)},
                              {QStringLiteral("length"), QString::number(value.size())},
                              {QStringLiteral("limit"), QString::number(Limits::MaxDecodedValueBytes)}},
                             field.line,
                             field.nameText()));
        value = value.first(Limits::MaxDecodedValueBytes);
        cut = true;
    }
    const QByteArrayView trimmedValue = value.trimmed();
    // Most fields are plain ASCII without encoded-words: nothing to decode. Raw ISO-2022-JP is
    // 7-bit too, but its escape sequences need the decoder.
    if (VectorScan::isPlainAscii(trimmedValue) && trimmedValue.indexOf('\x1b') < 0) {
        field.displayValue = QString::fromLatin1(trimmedValue);
        if (cut)
            field.displayValue.append(QChar(0x2026));
        return;
    }
    EncodedWordDecoder::Output decoded = EncodedWordDecoder::decode(trimmedValue);
    field.displayValue = decoded.text;
    if (cut)
        field.displayValue.append(QChar(0x2026));
    field.undecodableCharset = !decoded.unknownCharsets.isEmpty();
    for (Finding &f : decoded.findings) {
        f.line = field.line;
        f.header = field.nameText();
        sink.add(std::move(f));
    }
}

} // namespace

Message Message::parse(const QByteArray &bytes, int firstLine)
{
    Message m;
    m.m_bytes = bytes;
    m.m_firstLine = firstLine;
    FindingSink sink(m.m_findings);

    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    int lineNo = firstLine;
    HeaderField *current = nullptr;
    qsizetype currentEnd = 0; // a field and its continuation lines are one span of `bytes`
    const auto closeField = [&] {
        if (current)
            current->raw = QByteArray(data + current->offset, currentEnd - current->offset);
    };
    bool sawHeader = false;

    while (pos < size) {
        const void *nl = std::memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype lineEnd = nl ? static_cast<const char *>(nl) - data + 1 : size;
        qsizetype contentEnd = nl ? lineEnd - 1 : size;
        if (contentEnd > pos && data[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView content(data + pos, contentEnd - pos);

        if (content.isEmpty()) {
            // The empty line that ends the header section (RFC 5322 §2.1).
            m.m_bodyOffset = lineEnd;
            m.m_bodyLine = lineNo + 1;
            break;
        }
        addLineTooLong(sink, content.size(), lineNo);

        if (isWsp(content[0])) {
            if (current) {
                currentEnd = lineEnd;
            } else if (!sawHeader) {
                sink.add(makeFinding(QStringLiteral("message.header.leading_continuation"),
                                     Severity::Warning,
                                     {{QStringLiteral("line"), QString::number(lineNo)}},
                                     lineNo));
            }
            pos = lineEnd;
            ++lineNo;
            continue;
        }

        const qsizetype nameLength = fieldNameLength(content);
        if (nameLength < 0) {
            // Not a header field and no empty line before it: the header section ends here.
            m.m_bodyOffset = pos;
            m.m_bodyLine = lineNo;
            if (sawHeader) {
                sink.add(makeFinding(QStringLiteral("message.header.missing_blank_line"),
                                     Severity::Warning,
                                     {{QStringLiteral("line"), QString::number(lineNo)}},
                                     lineNo));
            } else {
                sink.add(makeFinding(QStringLiteral("message.no_headers"),
                                     Severity::Error,
                                     {{QStringLiteral("line"), QString::number(lineNo)}},
                                     lineNo));
            }
            break;
        }

        sawHeader = true;
        closeField();
        if (m.m_headers.size() >= Limits::MaxHeaderFields) {
            ++m.m_droppedFields;
            current = nullptr;
        } else {
            HeaderField field;
            field.nameLength = int(nameLength);
            field.line = lineNo;
            field.offset = pos;
            m.m_headers.append(std::move(field));
            current = &m.m_headers.last();
            currentEnd = lineEnd;
        }
        pos = lineEnd;
        ++lineNo;
    }
    closeField();

    if (m.m_droppedFields > 0) {
        sink.add(makeFinding(QStringLiteral("message.header.too_many"),
                             Severity::Error,
                             {{QStringLiteral("limit"), QString::number(Limits::MaxHeaderFields)},
                              {QStringLiteral("dropped"), QString::number(m.m_droppedFields)}}));
    }

    for (HeaderField &field : m.m_headers) {
        if (field.raw.contains('\0')) {
            sink.add(makeFinding(QStringLiteral("message.nul_byte"),
                                 Severity::Warning,
                                 {{QStringLiteral("line"), QString::number(field.line)}},
                                 field.line,
                                 field.nameText()));
        }
        decodeDisplayValue(field, sink);
    }

    m.m_headersOnly = m.m_bodyOffset < 0;

    sink.finish();
    return m;
}

QList<Finding> Message::bodyFindings() const
{
    QList<Finding> out;
    if (m_bodyOffset < 0 || m_bodyOffset >= m_bytes.size())
        return out;
    FindingSink sink(out);
    const char *data = m_bytes.constData();
    const qsizetype size = m_bytes.size();
    // Body lines: RFC 5322 §2.1.1 length limit and NUL bytes (RFC 5322 §2.3 forbids them).
    // Lines within the limit are the rule, so the scan looks for the exceptions rather than
    // walking line by line: from a line's start, the last line break among the next
    // MaxLineLength + 1 bytes ends lines that all keep the limit, and only a stretch without one
    // can hold a long line. Line numbers are counted only for what is reported, in order. The
    // first NUL of the whole body is found at once.
    const void *nul = std::memchr(data + m_bodyOffset, '\0', size_t(size - m_bodyOffset));
    qsizetype nulAt = nul ? static_cast<const char *>(nul) - data : -1;
    qsizetype countedTo = m_bodyOffset;
    int countedLine = m_bodyLine;
    const auto lineOf = [&](qsizetype at) {
        while (countedTo < at) {
            const void *nl = std::memchr(data + countedTo, '\n', size_t(at - countedTo));
            if (!nl) {
                countedTo = at;
                break;
            }
            countedTo = static_cast<const char *>(nl) - data + 1;
            ++countedLine;
        }
        return countedLine;
    };
    // A line's NUL finding follows the line's length finding and comes before later lines'.
    const auto reportNul = [&](qsizetype before) {
        if (nulAt < 0 || nulAt >= before)
            return;
        const int line = lineOf(nulAt);
        sink.add(makeFinding(QStringLiteral("message.nul_byte"),
                             Severity::Warning,
                             {{QStringLiteral("line"), QString::number(line)}},
                             line));
        nulAt = -1;
    };
    qsizetype p = m_bodyOffset;
    while (p < size) {
        const qsizetype window = qMin(Limits::MaxLineLength + 1, size - p);
        if (const void *nl = ::memrchr(data + p, '\n', size_t(window))) {
            p = static_cast<const char *>(nl) - data + 1;
            continue;
        }
        const void *nl = std::memchr(data + p, '\n', size_t(size - p));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data + 1 : size;
        qsizetype contentEnd = nl ? end - 1 : size;
        if (contentEnd > p && data[contentEnd - 1] == '\r')
            --contentEnd;
        if (contentEnd - p > Limits::MaxLineLength) {
            reportNul(p);
            addLineTooLong(sink, contentEnd - p, lineOf(p));
        }
        reportNul(end);
        p = end;
    }
    reportNul(size + 1);
    sink.finish();
    return out;
}

QList<const HeaderField *> Message::fields(QByteArrayView name) const
{
    QList<const HeaderField *> out;
    for (const HeaderField &f : m_headers) {
        if (f.hasName(name))
            out.append(&f);
    }
    return out;
}

const HeaderField *Message::field(QByteArrayView name) const
{
    for (const HeaderField &f : m_headers) {
        if (f.hasName(name))
            return &f;
    }
    return nullptr;
}

int Message::count(QByteArrayView name) const
{
    int n = 0;
    for (const HeaderField &f : m_headers) {
        if (f.hasName(name))
            ++n;
    }
    return n;
}

QByteArrayView Message::body() const
{
    if (m_bodyOffset < 0 || m_bodyOffset > m_bytes.size())
        return {};
    return QByteArrayView(m_bytes).sliced(m_bodyOffset);
}

MimePart Message::mimeTree(QList<Finding> *findings) const
{
    return MimePart::parse(*this, findings);
}

QString Message::rawText(QByteArrayView bytes)
{
    return Charset::decodeUnlabelled(bytes);
}

} // namespace kensa
