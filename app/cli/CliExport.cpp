#include "app/cli/CliExport.h"

#include "core/report/HtmlReport.h"
#include "ui/export/ReportPrinter.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>

namespace kensa {

CliExport::CliExport()
    : m_html(QStringLiteral("html"),
             tr("Write the report of the message as a self-contained HTML file (no scripts, nothing loaded from the network)."),
             QStringLiteral("FILE"))
    , m_pdf(QStringLiteral("pdf"), tr("Write the same report as an A4 PDF file."), QStringLiteral("FILE"))
    , m_includeBody(QStringLiteral("include-body"),
                    tr("With --html or --pdf: include the text of the message body (left out by default)."))
    , m_redact(QStringLiteral("redact"),
               tr("With --html or --pdf: mask the local parts of the recipients' addresses (To, Cc, Delivered-To, Received for ...)."))
{
}

std::unique_ptr<QCoreApplication> CliExport::createApplication(int &argc, char **argv)
{
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            pdf = true;
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

void CliExport::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_html);
    parser.addOption(m_pdf);
    parser.addOption(m_includeBody);
    parser.addOption(m_redact);
}

int CliExport::write(const QCommandLineParser &parser, const QList<Report> &reports, QTextStream &err) const
{
    const bool html = parser.isSet(m_html);
    const bool pdf = parser.isSet(m_pdf);
    // An input that could not be read has been reported already.
    if ((!html && !pdf) || reports.isEmpty())
        return 0;
    if (reports.size() > 1) {
        err << tr("kensa-cli: --html and --pdf write the report of one message; the input holds %n message(s).", nullptr, int(reports.size()))
            << '\n';
        return 2;
    }
    const Report &report = reports.first();
    HtmlReportOptions options;
    options.includeBody = parser.isSet(m_includeBody);
    options.redactRecipients = parser.isSet(m_redact);
    const QString text = HtmlReport::render(report, options);
    int code = 0;
    if (html) {
        QSaveFile file(parser.value(m_html));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            err << tr("kensa-cli: cannot write the HTML report %1: %2").arg(parser.value(m_html), file.errorString()) << '\n';
            code = 3;
        }
    }
    if (pdf) {
        QString error;
        const QString title = HtmlReport::tr("Email authentication report");
        if (!ReportPrinter::writePdf(text, title, parser.value(m_pdf), &error)) {
            err << tr("kensa-cli: cannot write the PDF report %1: %2").arg(parser.value(m_pdf), error) << '\n';
            code = 3;
        }
    }
    return code;
}

} // namespace kensa
