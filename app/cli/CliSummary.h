#pragma once

#include "app/cli/CliOutput.h"
#include "core/report/Report.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <memory>

namespace kensa {

// kensa-cli --summary: the customer summary of each report (core/report/CustomerSummary) instead
// of the full text report, in the --lang language. With --json the report carries it anyway.
class CliSummary
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)

public:
    static QCommandLineOption option();
    // Prints one summary per report as it comes, with a header line naming the message when
    // there may be several (several inputs, or the messages of an mbox).
    static std::unique_ptr<CliOutput> output(CliOutput::Sink sink, bool severalInputs);
};

} // namespace kensa
