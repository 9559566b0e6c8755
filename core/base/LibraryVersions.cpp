#include "core/base/LibraryVersions.h"

#include <QtGlobal>

#include <ldns/ldns.h>
#include <libpsl.h>
#include <openssl/crypto.h>
#include <unicode/uversion.h>

namespace kensa {

QString LibraryVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::openssl()
{
    // "OpenSSL 3.0.x 1 Nov 2022": keep the version word only.
    const QString full = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    const QStringList words = full.split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2 ? words.at(1) : full;
}

QString LibraryVersions::ldns()
{
    return QString::fromLatin1(ldns_version());
}

QString LibraryVersions::libpsl()
{
    return QString::fromLatin1(psl_get_version());
}

QString LibraryVersions::icu()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

QList<QPair<QString, QString>> LibraryVersions::all()
{
    return {{QStringLiteral("Qt"), qt()},
            {QStringLiteral("OpenSSL"), openssl()},
            {QStringLiteral("ldns"), ldns()},
            {QStringLiteral("libpsl"), libpsl()},
            {QStringLiteral("ICU"), icu()}};
}

} // namespace kensa
