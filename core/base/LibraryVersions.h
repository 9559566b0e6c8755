#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace kensa {

// Versions of the libraries Kensa runs on, as they report themselves at run time.
class LibraryVersions
{
public:
    static QString qt();
    static QString openssl();
    static QString ldns();
    static QString libpsl();
    static QString icu();
    // Library name and version, in a fixed order, for About boxes and --version.
    static QList<QPair<QString, QString>> all();
};

} // namespace kensa
