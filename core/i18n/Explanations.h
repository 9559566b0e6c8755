#pragma once

#include "core/base/Finding.h"

#include <QString>
#include <QStringList>

namespace kensa {

// The one table that turns finding keys into sentences, in the language installed on the
// application (QCoreApplication::translate, context "kensa::Explanations"). The only tr() in core/.
class Explanations
{
public:
    static QString text(const Finding &finding);
    // The sentence in `language` ("en", "ja"), whatever language the application shows.
    static QString text(const Finding &finding, const QString &language);
    static bool hasText(const QString &key);
    static QStringList keys();
    // Every argument a finding with `key` must carry: the names for %1, %2 ... in order, then
    // the count that picks the plural form (%n), if the sentence has one.
    static QStringList argumentNames(const QString &key);
    // The argument whose number picks the plural form (%n), or empty.
    static QString countArgument(const QString &key);
    // The English text, as the catalogues know it (the source of its translation).
    static QString sourceText(const QString &key);
    // The variant of `key` used when the finding's receiver has no name (no authserv-id).
    static QString unnamedReceiverKey(const QString &key);
    // The word for a severity, translated.
    static QString severityText(Severity severity);
};

} // namespace kensa
