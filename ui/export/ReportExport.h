#pragma once

#include "core/report/HtmlReport.h"
#include "core/report/Report.h"
#include "ui/export/ExportDialog.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kensa {

// File > Export… and File > Print… for the report on screen.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(kensa::ReportExport)

public:
    // Asks for the format and the options, then for the file, and writes it. Returns the path
    // written, or an empty string when cancelled or failed (the failure is shown).
    static QString exportReport(QWidget *parent, const Report &report);
    // The print dialog, then the HTML report (without the body) on the printer.
    static void printReport(QWidget *parent, const Report &report);
    // Writes `report` in `format` to `path`; on failure `error` says why.
    static bool write(const Report &report,
                      ExportDialog::Format format,
                      const HtmlReportOptions &options,
                      const QString &path,
                      QString *error);
    // "<message file name>-report.<suffix>" ("message-report.html" for a pasted message).
    static QString suggestedName(const Report &report, ExportDialog::Format format);
    // The title of the report's documents (PDF information, page footer, print job).
    static QString title();
};

} // namespace kensa
