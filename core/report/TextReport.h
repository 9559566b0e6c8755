#pragma once

#include "core/report/Report.h"

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
    // The requirement matrix (rows by providers) with each provider's likely verdict; the end
    // of render(). Only the providers present in report.requirements.
    static QString renderChecklist(const Report &report);
    static QString statusWord(CheckStatus status, bool pending);
};

} // namespace kensa
