#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kensa {

// A sending service recognised from the message's own evidence (resources/senders/
// services.json: Return-Path, DKIM d=, Received hosts, header field names), with the fix for
// a DMARC failure in that service's own terms.
struct SendingServiceResult
{
    QString id;               // "" when no service was recognised
    QString name;
    QStringList evidence;     // "Return-Path domain bounces.amazonses.com", ...
    QHash<QString, QString> fixes; // the fix text by language ("en", "ja")

    // The fix in `language`; English when the service has none in that language.
    QString fix(const QString &language) const
    {
        return fixes.value(language, fixes.value(QStringLiteral("en")));
    }
};

} // namespace kensa
