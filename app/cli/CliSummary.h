#pragma once

#include "core/report/Report.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QTextStream>

namespace kensa {

// kensa-cli --summary: the customer summary of each report (core/report/CustomerSummary) instead
// of the full text report, in the --lang language. With --json the report carries it anyway.
class CliSummary
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)

public:
    static QCommandLineOption option();
    // Prints one summary per report (a header line naming the message when there are several)
    // and returns `exitCode` unchanged.
    static int print(QTextStream &out, const QList<Report> &reports, int exitCode);
};

} // namespace kensa
