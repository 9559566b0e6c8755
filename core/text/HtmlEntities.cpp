#include "core/text/HtmlEntities.h"

namespace kensa {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

qsizetype HtmlEntities::decodeOne(QStringView text, qsizetype i, QString &out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text.at(j) == u'#') {
        ++j;
        bool hex = false;
        if (j < n && (text.at(j) == u'x' || text.at(j) == u'X')) {
            hex = true;
            ++j;
        }
        const qsizetype start = j;
        while (j < n && j - start < 8
            && (isAsciiDigit(text.at(j))
                || (hex && QStringLiteral("abcdefABCDEF").contains(text.at(j))))) {
            ++j;
        }
        if (j == start) {
            out += u'&';
            return i + 1;
        }
        bool ok = false;
        uint code = text.mid(start, j - start).toUInt(&ok, hex ? 16 : 10);
        if (j < n && text.at(j) == u';')
            ++j;
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        const char32_t c = code;
        out += QString::fromUcs4(&c, 1);
        return j;
    }
    const qsizetype start = j;
    while (j < n && j - start < 8 && (isAsciiLetter(text.at(j)) || isAsciiDigit(text.at(j))))
        ++j;
    const QStringView entity = text.mid(start, j - start);
    struct Named
    {
        QStringView name;
        char16_t c;
    };
    static const Named named[] = {
        {u"amp", u'&'},
        {u"lt", u'<'},
        {u"gt", u'>'},
        {u"quot", u'"'},
        {u"apos", u'\''},
        {u"nbsp", u'\xA0'},
    };
    for (const Named &e : named) {
        if (entity.compare(e.name, Qt::CaseInsensitive) != 0)
            continue;
        out += QChar(e.c);
        return j < n && text.at(j) == u';' ? j + 1 : j;
    }
    out += u'&';
    return i + 1;
}

QString HtmlEntities::decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'&') {
            i = decodeOne(text, i, out);
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

} // namespace kensa
