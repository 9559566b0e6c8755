#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace kensa {

// One "ptype.property=value" of a result (RFC 8601 §2.2 propspec).
struct AuthResultsProperty
{
    QString ptype; // lower case: "smtp", "header", "body", "policy" or an unknown one, kept;
        // empty for Microsoft's "action=none", which has no ptype
    QString property; // lower case: "mailfrom", "d", "from", ...
    QString value; // as written; a quoted-string without its quotes and escapes

    // "ptype.property", or "property" alone when there is no ptype.
    QString name() const;
    bool operator==(const AuthResultsProperty &) const = default;
};

// One resinfo: "method[/version]=result [reason=...] ptype.property=value ...".
struct AuthResultsMethod
{
    QString method; // lower case ("dkim", "spf", "sender-id", "compauth", ...)
    int version = -1; // method-version ("dkim/1"), -1 when not written (means 1)
    QString result; // lower case ("pass", "fail", "bestguesspass", ...)
    QString reason; // reason= value as written, quotes removed; null when absent
    QList<AuthResultsProperty> properties; // in field order, duplicates kept
    QString comment; // the first comment after the result (without parentheses), for display
    int line = 0; // physical line where the method name stands

    // Value of the first property named "ptype.property" (case-insensitive), null when absent.
    QString property(QStringView ptypeDotProperty) const;
    bool operator==(const AuthResultsMethod &) const = default;
};

// One Authentication-Results or ARC-Authentication-Results field, taken apart.
struct AuthResultsField
{
    QString fieldName; // as written in the message
    int line = 0; // 1-based line of the field's first physical line
    int instance = -1; // ARC-Authentication-Results: the i= value; -1 when absent or not ARC
    QString authservId; // as written (quotes removed); empty when the field has none
    int version = -1; // authres-version after the authserv-id, -1 when not written (means 1)
    bool noResult = false; // the "; none" form: the receiver checked nothing
    bool nonconforming
        = false; // the field breaks the RFC 8601 grammar (see findings: what and where)
    bool trusted = false; // set by parseAll/applyTrust: written by the receiver, not a claim
    QList<AuthResultsMethod> methods;
    QList<Finding> findings;
    QByteArray raw; // the whole field, exact bytes

    bool isArc() const
    {
        return instance >= 0 || fieldName.startsWith(u"ARC-", Qt::CaseInsensitive);
    }
    // The first method of that name (lower case), or nullptr.
    const AuthResultsMethod *method(QStringView name) const;
    bool operator==(const AuthResultsField &) const = default;
};

QDebug operator<<(QDebug dbg, const AuthResultsProperty &property);
QDebug operator<<(QDebug dbg, const AuthResultsMethod &method);
QDebug operator<<(QDebug dbg, const AuthResultsField &field);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::AuthResultsProperty)
Q_DECLARE_METATYPE(kensa::AuthResultsMethod)
Q_DECLARE_METATYPE(kensa::AuthResultsField)
