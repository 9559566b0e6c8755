#pragma once

#include "core/base/Finding.h"
#include "core/format/FormatChecker.h"
#include "core/hops/ReceivedHop.h"
#include "core/message/AddressParser.h"
#include "core/message/HeaderField.h"
#include "core/message/Message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace kensa {

// What every rule group of FormatChecker reads: the fields present at the receiver boundary
// (below the final receiver's own fields) and the From field, read once.
struct FormatContext
{
    struct From
    {
        QList<const HeaderField *> fields;
        AddressList list; // of the first From field
    };

    const FormatChecker::Input &input;
    const Message &message;
    QList<const HeaderField *> fields; // below the receiver's own fields, top to bottom
    int firstLine = 0; // line of the first boundary field (0: no fields)
    bool headersOnly = true;
    From from;
    QList<const ReceivedHop *> hops; // every Received hop of input.hops, newest (topmost) first

    FormatContext(const FormatChecker::Input &in, const Message &m);

    QList<const HeaderField *> named(QByteArrayView name) const;

    // The hop's Received field is one of the final receiver's own fields (above the boundary
    // fields).
    bool isReceiverHop(const ReceivedHop &hop) const;

    // A parser's finding belongs to the sender's part when it is not in the receiver's fields.
    bool atBoundary(const Finding &finding) const;
};

// Helpers the rule groups share.
namespace format {

using Args = QList<QPair<QString, QString>>;

// The check names, in FormatChecker::checkIds() order.
inline const QString CheckRfc5322 = QStringLiteral("format.rfc5322");
inline const QString CheckSingleFromGmail = QStringLiteral("format.single_from.gmail");
inline const QString CheckSingleFromRfc = QStringLiteral("format.single_from.rfc");
inline const QString CheckSingleInstance = QStringLiteral("format.single_instance");
inline const QString CheckMessageId = QStringLiteral("format.message_id");
inline const QString CheckSizeLimits = QStringLiteral("format.size_limits");
inline const QString CheckEncoding = QStringLiteral("format.encoding");
inline const QString CheckIdn = QStringLiteral("format.idn");
inline const QString CheckHonestIdentity = QStringLiteral("format.honest_identity");

// A value quoted in a finding's arguments, cut with an ellipsis.
QString shortened(const QString &text);
QString shortenedBytes(QByteArrayView bytes);
QString number(qint64 n);

Finding fieldFinding(const QString &key, Args args, const HeaderField &field);
// Address-parser findings carry no position; the field they came from supplies it.
QList<Finding> located(const QList<Finding> &findings, const HeaderField &field);

// Removes RFC 5322 §3.2.2 comments outside quoted strings (nesting and quoted-pairs honoured).
QByteArray withoutComments(QByteArrayView value);

// A fully qualified host name: two or more LDH labels, a TLD that is not all digits.
bool isFqdn(const QString &name);

} // namespace format

} // namespace kensa
