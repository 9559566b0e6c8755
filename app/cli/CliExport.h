#pragma once

#include "core/report/Report.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace kensa {

// kensa-cli --html FILE / --pdf FILE [--include-body] [--redact]: the exported report of one
// message, the same HTML the desktop's File > Export writes.
class CliExport
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)

public:
    CliExport();
    // kensa-cli is a QCoreApplication; a PDF needs fonts, so --pdf makes it a QGuiApplication,
    // on the offscreen platform unless QT_QPA_PLATFORM names another (no display needed). Both
    // come from kensa-pdf.so, loaded then only; without it, --pdf fails with the reason.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    void addOptions(QCommandLineParser &parser) const;
    // Writes the files asked for. Returns 0, 2 (several messages for one file) or 3 (a file
    // could not be written), after saying why on `err`.
    int write(const QCommandLineParser &parser, const QList<Report> &reports, QTextStream &err) const;

private:
    QCommandLineOption m_html;
    QCommandLineOption m_pdf;
    QCommandLineOption m_includeBody;
    QCommandLineOption m_redact;
};

} // namespace kensa
