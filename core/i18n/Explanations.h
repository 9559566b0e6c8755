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
    static bool hasText(const QString &key);
    static QStringList keys();
    // Argument names the sentence of `key` uses, in placeholder order (%1, %2 ...).
    static QStringList argumentNames(const QString &key);
    // The word for a severity, translated.
    static QString severityText(Severity severity);
};

} // namespace kensa
