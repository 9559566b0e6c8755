#pragma once

#include <QString>
#include <QStringView>

namespace kensa {

// HTML character references (&amp; &#233; &#x3042; &nbsp;) in text read from a message body:
// link targets and styles for the unsubscribe check, link hosts for the IDN check. Invalid code
// points become U+FFFD; an '&' that starts no reference stays as it is.
class HtmlEntities
{
public:
    static QString decode(QStringView text);
    // The reference starting at text[i] == '&', appended to `out`; returns the position after it.
    static qsizetype decodeOne(QStringView text, qsizetype i, QString &out);
};

} // namespace kensa
