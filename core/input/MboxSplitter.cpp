#include "core/input/MboxSplitter.h"

#include "core/base/Limits.h"

#include <QRegularExpression>

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

QList<MboxEntry> MboxSplitter::split(QByteArrayView data, QList<Finding> *findings)
{
    QList<MboxEntry> entries;
    MboxEntry current;
    bool inEntry = false;
    bool previousEmpty = true;
    int lineNo = 0;
    bool limitHit = false;

    const auto close = [&] {
        if (!inEntry)
            return;
        // The empty line that separates messages belongs to the mbox, not to the message.
        if (current.bytes.endsWith("\r\n\r\n"))
            current.bytes.chop(2);
        else if (current.bytes.endsWith("\n\n"))
            current.bytes.chop(1);
        if (current.bytes.trimmed().isEmpty()) {
            if (findings) {
                findings->append(makeFinding(QStringLiteral("mbox.empty_entry"), Severity::Warning,
                                             {{QStringLiteral("line"), QString::number(current.firstLine)}},
                                             current.firstLine));
            }
        } else {
            entries.append(std::move(current));
        }
        current = MboxEntry();
        inEntry = false;
    };

    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl + 1;
        const QByteArrayView line = data.sliced(pos, end - pos);
        const QByteArrayView content = chompLine(line);
        ++lineNo;
        if (isFromLine(content) && (previousEmpty || isStrictFromLine(content))) {
            close();
            if (entries.size() >= Limits::MaxMboxMessages) {
                limitHit = true;
                break;
            }
            current.fromLine = content.toByteArray();
            current.firstLine = lineNo;
            inEntry = true;
        } else if (inEntry) {
            // mboxrd (RFC 4155 §2, "From quoting"): one ">" is removed from ">From ", ">>From " ...
            qsizetype quotes = 0;
            while (quotes < content.size() && content[quotes] == '>')
                ++quotes;
            if (quotes > 0 && content.sliced(quotes).startsWith("From "))
                current.bytes.append(line.sliced(1));
            else
                current.bytes.append(line);
        }
        previousEmpty = content.isEmpty();
        pos = end;
    }
    close();
    if (limitHit && findings) {
        findings->append(makeFinding(QStringLiteral("mbox.too_many"), Severity::Warning,
                                     {{QStringLiteral("limit"), QString::number(Limits::MaxMboxMessages)}}));
    }
    return entries;
}

} // namespace kensa
