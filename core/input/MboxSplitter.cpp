#include "core/input/MboxSplitter.h"

#include "core/base/Limits.h"

#include <QIODevice>
#include <QRegularExpression>

#include <utility>

namespace kensa {

namespace {

// "From sender Tue May 14 08:02:00 2024" (RFC 4155 §2): a separator even without an empty line
// before it.
bool isStrictFromLine(QByteArrayView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^From \S+ +(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{1,2}:\d{2}(:\d{2})? (\S+ )?\d{4})"));
    return pattern.match(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 200)))).hasMatch();
}

bool isFromLine(QByteArrayView line)
{
    // "From " and a sender; "From:" is a header field, not a separator.
    return line.startsWith("From ") && line.size() > 5 && line[5] != ' ';
}

QByteArrayView chompLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool MboxSplitter::looksLikeMbox(QByteArrayView data)
{
    const qsizetype nl = data.indexOf('\n');
    return isFromLine(chompLine(nl < 0 ? data : data.first(nl + 1)));
}

namespace {

// The separator rules, fed one line (or one piece of a long line) at a time; split() feeds it a
// whole buffer, MboxReader a device.
class MboxParser
{
public:
    explicit MboxParser(QList<Finding> *findings) : m_findings(findings) {}

    // A piece of a line: `lineStart` when it begins the line, `lineEnd` when it ends it (it then
    // holds the line ending, if any). Returns an entry when the piece closed one.
    std::optional<MboxEntry> feed(QByteArrayView piece, bool lineStart, bool lineEnd)
    {
        std::optional<MboxEntry> done;
        if (!lineStart) {
            // The rest of a line longer than a piece: never a separator.
            if (m_inEntry)
                m_current.bytes.append(piece);
            if (lineEnd)
                m_previousEmpty = false;
            return done;
        }
        const QByteArrayView content = chompLine(piece);
        ++m_lineNo;
        if (isFromLine(content) && (m_previousEmpty || isStrictFromLine(content))) {
            done = close();
            if (m_count >= Limits::MaxMboxMessages) {
                m_limitHit = true;
                return done;
            }
            m_current.fromLine = content.toByteArray();
            m_current.firstLine = m_lineNo;
            m_inEntry = true;
        } else if (m_inEntry) {
            // mboxrd (RFC 4155 §2, "From quoting"): one ">" is removed from ">From ", ">>From " ...
            qsizetype quotes = 0;
            while (quotes < content.size() && content[quotes] == '>')
                ++quotes;
            if (quotes > 0 && content.sliced(quotes).startsWith("From "))
                m_current.bytes.append(piece.sliced(1));
            else
                m_current.bytes.append(piece);
        }
        m_previousEmpty = lineEnd && content.isEmpty();
        return done;
    }

    // The end of the data: the last entry, and the finding of the limit when it stopped early.
    std::optional<MboxEntry> finish()
    {
        std::optional<MboxEntry> done = m_limitHit ? std::nullopt : close();
        if (m_limitHit && m_findings && !m_limitReported) {
            m_findings->append(makeFinding(QStringLiteral("mbox.too_many"), Severity::Warning,
                                           {{QStringLiteral("limit"), QString::number(Limits::MaxMboxMessages)}}));
        }
        m_limitReported = true;
        return done;
    }

    bool limitHit() const { return m_limitHit; }
    int count() const { return m_count; }

private:
    std::optional<MboxEntry> close()
    {
        if (!m_inEntry)
            return std::nullopt;
        MboxEntry entry = std::move(m_current);
        m_current = MboxEntry();
        m_inEntry = false;
        // The empty line that separates messages belongs to the mbox, not to the message.
        if (entry.bytes.endsWith("\r\n\r\n"))
            entry.bytes.chop(2);
        else if (entry.bytes.endsWith("\n\n"))
            entry.bytes.chop(1);
        if (entry.bytes.trimmed().isEmpty()) {
            if (m_findings) {
                m_findings->append(makeFinding(QStringLiteral("mbox.empty_entry"), Severity::Warning,
                                               {{QStringLiteral("line"), QString::number(entry.firstLine)}},
                                               entry.firstLine));
            }
            return std::nullopt;
        }
        ++m_count;
        return entry;
    }

    QList<Finding> *m_findings;
    MboxEntry m_current;
    bool m_inEntry = false;
    bool m_previousEmpty = true;
    bool m_limitHit = false;
    bool m_limitReported = false;
    int m_lineNo = 0;
    int m_count = 0;
};

} // namespace

QList<MboxEntry> MboxSplitter::split(QByteArrayView data, QList<Finding> *findings)
{
    QList<MboxEntry> entries;
    MboxParser parser(findings);
    qsizetype pos = 0;
    while (pos < data.size() && !parser.limitHit()) {
        const qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl + 1;
        if (std::optional<MboxEntry> entry = parser.feed(data.sliced(pos, end - pos), true, true))
            entries.append(std::move(*entry));
        pos = end;
    }
    if (std::optional<MboxEntry> entry = parser.finish())
        entries.append(std::move(*entry));
    return entries;
}

struct MboxReader::Private
{
    QIODevice *device = nullptr;
    qsizetype chunk = 0;
    QByteArray buffer;
    qsizetype pos = 0;
    bool eof = false;
    bool failed = false;
    bool atLineStart = true;
    bool finished = false;
    QList<Finding> pending; // findings of the parser, handed to the caller of next()
    MboxParser parser{&pending};
    bool keeping = false;
    bool keptComplete = true;
    qsizetype keepLimit = 0;
    QByteArray kept;

    // Reads more of the device into the buffer; false at the end or on an error.
    bool fill()
    {
        if (eof)
            return false;
        if (pos > 0) {
            buffer.remove(0, pos);
            pos = 0;
        }
        const qsizetype have = buffer.size();
        buffer.resize(have + chunk);
        const qint64 n = device->read(buffer.data() + have, chunk);
        buffer.resize(have + qMax<qint64>(n, 0));
        if (n < 0)
            failed = true;
        if (n <= 0)
            eof = true;
        return n > 0;
    }

    void keep(QByteArrayView piece)
    {
        if (!keeping || !keptComplete)
            return;
        if (kept.size() + piece.size() > keepLimit) {
            keptComplete = false;
            kept.clear();
            return;
        }
        kept.append(piece);
    }
};

MboxReader::MboxReader(QIODevice *device, qsizetype chunk) : d(std::make_unique<Private>())
{
    d->device = device;
    d->chunk = qMax(chunk, MinimumChunk);
}

MboxReader::~MboxReader() = default;

std::optional<MboxEntry> MboxReader::next(QList<Finding> *findings)
{
    const auto handOver = [this, findings] {
        if (findings)
            findings->append(d->pending);
        d->pending.clear();
    };
    while (!d->finished && !d->parser.limitHit()) {
        const qsizetype nl = d->buffer.indexOf('\n', d->pos);
        QByteArrayView piece;
        bool lineEnd = true;
        if (nl >= 0) {
            piece = QByteArrayView(d->buffer).sliced(d->pos, nl + 1 - d->pos);
        } else if (!d->eof && d->buffer.size() - d->pos < d->chunk) {
            d->fill();
            continue;
        } else if (d->buffer.size() > d->pos) {
            // A line longer than a chunk is carried in pieces; the last line may lack its ending.
            piece = QByteArrayView(d->buffer).sliced(d->pos);
            lineEnd = d->eof;
        } else {
            break;
        }
        d->pos += piece.size();
        d->keep(piece);
        const bool lineStart = d->atLineStart;
        d->atLineStart = lineEnd;
        if (std::optional<MboxEntry> entry = d->parser.feed(piece, lineStart, lineEnd)) {
            handOver();
            return entry;
        }
    }
    if (d->finished) {
        handOver();
        return std::nullopt;
    }
    d->finished = true;
    std::optional<MboxEntry> last = d->parser.finish();
    handOver();
    return last;
}

int MboxReader::count() const
{
    return d->parser.count();
}

bool MboxReader::readFailed() const
{
    return d->failed;
}

void MboxReader::keepBytes(qsizetype limit)
{
    d->keeping = true;
    d->keepLimit = limit;
}

QByteArray MboxReader::takeKeptBytes(bool *complete)
{
    if (complete)
        *complete = d->keptComplete;
    d->keeping = false;
    return std::exchange(d->kept, QByteArray());
}

} // namespace kensa
