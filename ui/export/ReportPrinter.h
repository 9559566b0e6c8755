#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace kensa {

// Lays the exported HTML report (core/report/HtmlReport) out on pages: A4 PDF files and
// printers, with a footer naming the report and the page. QtGui only, so kensa-cli can write a
// PDF without widgets.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(kensa::ReportPrinter)

public:
    // Writes `html` as an A4 PDF to `path` (replaced only when the whole file is written); the
    // fonts are embedded, so the text, Japanese included, stays searchable and copyable. `title`
    // goes into the document information and the footer. On failure, `error` says why.
    static bool writePdf(const QString &html, const QString &title, const QString &path, QString *error);
    // Paints `html` on `device` (a PDF writer or a printer) page by page, with the footer.
    // False when nothing could be painted.
    static bool paint(const QString &html, const QString &title, QPagedPaintDevice *device);
};

} // namespace kensa
