#include "app/cli/CliSummary.h"

#include "core/i18n/Localization.h"
#include "core/report/CustomerSummary.h"

namespace kensa {

QCommandLineOption CliSummary::option()
{
    return QCommandLineOption(QStringLiteral("summary"),
                              tr("Print only the summary for the customer (the most likely reason first, who can fix it), "
                                 "then its technical block, instead of the full report."));
}

int CliSummary::print(QTextStream &out, const QList<Report> &reports, int exitCode)
{
    const QString language = Localization::current();
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const Report &report = reports.at(i);
        if (i > 0)
            out << '\n';
        if (reports.size() > 1) {
            const QString name = report.source.index > 0 || report.source.file.isEmpty()
                ? tr("%1, message %2").arg(report.source.file).arg(report.source.index + 1)
                : report.source.file;
            out << "# " << name << "\n\n";
        }
        out << CustomerSummary::render(CustomerSummary::fromReport(report), language, CustomerSummary::Format::PlainText);
    }
    return exitCode;
}

} // namespace kensa
