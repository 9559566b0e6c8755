#pragma once

#include "core/message/Message.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

struct Report;

// A sending service recognised from the message's own evidence (resources/senders/
// services.json: Return-Path, DKIM d=, Received hosts, header field names), with the fix for
// a DMARC failure in that service's own terms.
struct SendingService
{
    QString id;               // "" when no service was recognised
    QString name;
    QStringList evidence;     // "Return-Path domain bounces.amazonses.com", ...
};

class SendingServices
{
public:
    // The best match for the report's message, or an empty SendingService.
    static SendingService recognise(const Report &report);
    // The fix text in `language` ("en" or "ja"; English when the language has none).
    static QString fix(const QString &id, const QString &language);
    static QStringList ids();
};

} // namespace kensa
