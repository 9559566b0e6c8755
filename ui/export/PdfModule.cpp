#include "ui/export/PdfModule.h"

#include "ui/export/ReportPrinter.h"

#include <QGuiApplication>

QCoreApplication *kensaPdfApplication(int *argc, char **argv)
{
    return new QGuiApplication(*argc, argv);
}

bool kensaPdfWrite(const QString *html, const QString *title, const QString *path, QString *error)
{
    return kensa::ReportPrinter::writePdf(*html, *title, *path, error);
}
