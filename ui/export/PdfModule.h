#pragma once

#include <QString>

class QCoreApplication;

// The entry points of kensa-pdf.so, the module kensa-cli loads for --pdf only: laying pages out
// needs QtGui (fonts, painting) and its some 35 libraries, which every other run of kensa-cli
// would load for nothing (about 11 ms of each start). Looked up with dlsym() by these names.
extern "C" {
// The application kensa-cli runs on when it writes a PDF: a QGuiApplication.
Q_DECL_EXPORT QCoreApplication *kensaPdfApplication(int *argc, char **argv);
// ReportPrinter::writePdf.
Q_DECL_EXPORT bool kensaPdfWrite(const QString *html, const QString *title, const QString *path, QString *error);
}
