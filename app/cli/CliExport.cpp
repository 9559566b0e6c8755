#include "app/cli/CliExport.h"

#include "core/report/HtmlReport.h"
#include "ui/export/PdfModule.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <string>

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

namespace kensa {

namespace {

// kensa-pdf.so (ui/export/PdfModule.h), loaded when --pdf is given.
struct PdfModule
{
    decltype(&kensaPdfWrite) write = nullptr;
    std::string problem; // why it could not be loaded
};

PdfModule &pdfModule()
{
    static PdfModule module;
    return module;
}

// The folder of the running program, from /proc/self/exe (links resolved).
std::string programFolder()
{
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path);
    if (n <= 0 || size_t(n) >= sizeof path)
        return {};
    const std::string program(path, size_t(n));
    return program.substr(0, program.rfind('/'));
}

// The module, looked for only relative to the program itself: where the install puts it, then
// beside the program (the build folder). Never in the working folder or along a search path.
void *openPdfModule(std::string *problem)
{
    const std::string folder = programFolder();
    if (folder.empty()) {
        *problem = "/proc/self/exe cannot be read";
        return nullptr;
    }
    const std::string installed = folder + "/" KENSA_MODULE_DIR_FROM_BIN "/kensa-pdf.so";
    for (const std::string &candidate : {installed, folder + "/kensa-pdf.so"}) {
        if (access(candidate.c_str(), F_OK) != 0)
            continue;
        if (void *handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL))
            return handle;
        *problem = dlerror();
        return nullptr;
    }
    *problem = installed + ": " + std::strerror(ENOENT);
    return nullptr;
}

} // namespace

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
    PdfModule &module = pdfModule();
    void *handle = openPdfModule(&module.problem);
    const auto application = handle ? reinterpret_cast<decltype(&kensaPdfApplication)>(dlsym(handle, "kensaPdfApplication")) : nullptr;
    module.write = handle ? reinterpret_cast<decltype(&kensaPdfWrite)>(dlsym(handle, "kensaPdfWrite")) : nullptr;
    if (handle && (!application || !module.write)) {
        module.problem = "kensa-pdf.so lacks its entry points";
        module.write = nullptr;
    }
    // The module stays loaded to the end: the application and the fonts are its code.
    if (!module.write)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::unique_ptr<QCoreApplication>(application(&argc, argv));
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
        const QString path = parser.value(m_pdf);
        const PdfModule &module = pdfModule();
        if (!module.write)
            error = tr("the PDF module cannot be loaded (%1)").arg(QString::fromLocal8Bit(module.problem));
        if (!module.write || !module.write(&text, &title, &path, &error)) {
            err << tr("kensa-cli: cannot write the PDF report %1: %2").arg(parser.value(m_pdf), error) << '\n';
            code = 3;
        }
    }
    return code;
}

} // namespace kensa
