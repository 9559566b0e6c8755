#pragma once

#include "core/Report.h"

#include <QCoreApplication>
#include <QString>

namespace kensa {

// The readable text kensa-cli prints for one report, in the installed language.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(kensa::TextReport)

public:
    static QString render(const Report &report);
    // Translated name of a provider wrapper id ("gmail" -> "Gmail \"Show original\"").
    static QString wrapperName(const QString &wrapper);
};

} // namespace kensa
