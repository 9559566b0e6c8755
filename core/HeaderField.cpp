#include "core/HeaderField.h"

namespace kensa {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool HeaderField::hasName(QByteArrayView other) const
{
    return QByteArrayView(raw.constData(), nameLength).compare(other, Qt::CaseInsensitive) == 0;
}

QByteArray HeaderField::rawValue() const
{
    qsizetype end = raw.size();
    if (end > 0 && raw.at(end - 1) == '\n')
        --end;
    if (end > 0 && raw.at(end - 1) == '\r')
        --end;
    const qsizetype start = raw.indexOf(':', nameLength) + 1;
    if (start <= 0 || start > end)
        return {};
    return raw.mid(start, end - start);
}

QByteArray HeaderField::unfoldedValue() const
{
    const QByteArray value = rawValue();
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        // RFC 5322 §2.2.3: unfolding removes any CRLF immediately followed by WSP.
        const bool crlf = c == '\r' && i + 1 < value.size() && value.at(i + 1) == '\n';
        const qsizetype next = crlf ? i + 2 : i + 1;
        if ((crlf || c == '\n') && next < value.size() && isWsp(value.at(next))) {
            i = next - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

int HeaderField::lineCount() const
{
    const int newlines = int(raw.count('\n'));
    return raw.endsWith('\n') ? newlines : newlines + 1;
}

QDebug operator<<(QDebug dbg, const HeaderField &field)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "HeaderField(" << field.name() << " line " << field.line << ": "
                  << field.displayValue << ')';
    return dbg;
}

} // namespace kensa
