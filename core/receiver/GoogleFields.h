#pragma once

#include "core/receiver/ReceiverFields.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kensa {

// Gmail / Google Workspace: the DMARC policy and disposition comment "(p=.. sp=.. dis=..)" and the
// ARC comment "(i=.. spf=.. dkim=.. dmarc=..)" of Gmail's Authentication-Results
// (authserv-id mx.google.com), Gmail's Received-SPF (RFC 7208 §9.1) and the opaque
// X-Gm-Message-State / X-Google-Smtp-Source, decoded with resources/receivers/google.json.
// Hint, for a field on the receiver's side of the trust boundary:
//   receiver.google.dmarc_disposition  {from, p, dis}  DMARC failed and Gmail applied another
//                                                      disposition than the published policy
class GoogleFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context);

    // Received-SPF taken apart: the result word, the comment (without parentheses) and the
    // key=value pairs in field order (quotes removed).
    struct ReceivedSpf
    {
        QString result;
        QString comment;
        QList<QPair<QString, QString>> pairs;
    };
    static ReceivedSpf parseReceivedSpf(const QString &value);
};

} // namespace kensa
