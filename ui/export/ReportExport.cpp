#include "ui/export/ReportExport.h"

#include "core/report/ReportJson.h"
#include "ui/export/ReportPrinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>

namespace kensa {

QString ReportExport::title()
{
    return HtmlReport::tr("Email authentication report");
}

QString ReportExport::suggestedName(const Report &report, ExportDialog::Format format)
{
    QString base = QFileInfo(report.source.file).completeBaseName();
    if (base.isEmpty() || report.source.file == u"-")
        base = QStringLiteral("message");
    if (report.source.index >= 0)
        base += u'-' + QString::number(report.source.index + 1);
    return base + QStringLiteral("-report.") + ExportDialog::suffix(format);
}

bool ReportExport::write(const Report &report,
                         ExportDialog::Format format,
                         const HtmlReportOptions &options,
                         const QString &path,
                         QString *error)
{
    if (format == ExportDialog::Format::Pdf)
        return ReportPrinter::writePdf(HtmlReport::render(report, options), title(), path, error);
    const QByteArray bytes = format == ExportDialog::Format::Json
        ? QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented)
        : HtmlReport::render(report, options).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString ReportExport::exportReport(QWidget *parent, const Report &report)
{
    ExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    dialog.saveSettings();
    const ExportDialog::Format format = dialog.format();
    QString filter;
    switch (format) {
    case ExportDialog::Format::Html:
        filter = tr("HTML files (*.html *.htm)");
        break;
    case ExportDialog::Format::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    case ExportDialog::Format::Json:
        filter = tr("JSON files (*.json)");
        break;
    }
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/directory"),
                                       settings.value(QStringLiteral("lastDirectory")))
                            .toString();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"),
                                                QDir(dir).filePath(suggestedName(report, format)), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ExportDialog::suffix(format);
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    QString error;
    if (!write(report, format, dialog.options(), path, &error)) {
        QMessageBox::warning(parent, tr("Export Report"),
                             tr("The report could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

void ReportExport::printReport(QWidget *parent, const Report &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title());
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReportPrinter::paint(HtmlReport::render(report), title(), &printer))
        QMessageBox::warning(parent, tr("Print Report"), tr("The report could not be sent to the printer."));
}

} // namespace kensa
