#pragma once

#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/sender/SendingServiceResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

class SendingServices
{
public:
    // The best match for a message, or an empty result: `returnPath` is the Return-Path
    // domain ("" for <> or none), `dkimDomains` the d= of its DKIM-Signatures, top first.
    static SendingServiceResult recognise(const Message &message,
                                          const QString &returnPath,
                                          const QStringList &dkimDomains,
                                          const HopTimeline &hops);
    // The fix text in `language` ("en" or "ja"; English when the language has none).
    static QString fix(const QString &id, const QString &language);
    static QStringList ids();
};

} // namespace kensa
