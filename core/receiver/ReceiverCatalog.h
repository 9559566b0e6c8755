#pragma once

#include "core/base/LocalText.h"
#include "core/base/Result.h"
#include "core/receiver/ReceiverResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kensa {

struct HeaderField;

// What the receivers' vendors document about their verdict fields: the data of
// resources/receivers/*.json (one file per vendor), never code. Format of a file:
//
//   { "vendor": "microsoft", "name": {"en": .., "ja": ..},
//     "sources": [ { "id": "ms-headers", "url": "https://..", "title": {"en", "ja"},
//                    "as_of": "2026-12" } ],
//     "fields": [ { "name": "X-Forefront-Antispam-Report", "meaning": {..}, "source": "ms-headers",
//                   "tokens": [ { "token": "SCL", "label": {..}, "source": "ms-headers",
//                                 "values": [ { "value": "-1", "meaning": {..} },
//                                             { "min": 5, "max": 6, "meaning": {..} },
//                                             { "any": true, "meaning": {..} } ] } ] } ],
//     (a value may name its own "source" when another page documents it)
//     "rules": [ { "name": "BAYES_99", "family": "bayes", "meaning": {..}, "source": ".." },
//                { "prefix": "RCVD_IN_", "family": "dnsbl", "meaning": {..}, "source": ".." } ],
//     "families": [ { "id": "bayes", "label": {..} } ] }
//
// A token without "values", or a value entry with "any", documents every value with one
// meaning (for instance CIP: the connecting IP). Token and field names compare case-insensitively,
// values exactly. A source id names an entry of the same file's "sources".
class ReceiverCatalog
{
public:
    struct Source
    {
        QString id;
        QString url;
        LocalText title;
        QString asOf;
    };
    struct Value
    {
        QString value;               // exact value; empty with a range or "any"
        std::optional<double> min;   // numeric range, inclusive
        std::optional<double> max;
        bool any = false;
        LocalText meaning;
        QString source;              // URL when this value has its own "source" id, else empty
    };
    struct Token
    {
        QString token;
        LocalText label;
        QString source;              // URL (resolved from the source id)
        QList<Value> values;
    };
    struct Field
    {
        QString vendor;
        QString name;
        LocalText meaning;
        QString source;              // URL
        QList<Token> tokens;
    };
    struct Rule
    {
        QString vendor;
        QString name;                // exact name, or
        QString prefix;              // a prefix ("RCVD_IN_") when name is empty
        QString family;
        LocalText meaning;
        QString source;              // URL
    };

    // The built-in catalogue (every :/receivers/*.json). An unreadable file is a programming
    // error caught by TestReceiverCatalog; at run time it leaves that vendor out.
    static const ReceiverCatalog &builtin();
    // One catalogue from several vendor files; an error names the file (line = 1-based index of
    // the file) and what is wrong in it.
    static Result<ReceiverCatalog> fromJson(const QList<QByteArray> &files);

    QStringList vendors() const;
    LocalText vendorName(const QString &vendor) const;
    LocalText familyLabel(const QString &vendor, const QString &family) const;
    const QList<Source> &sources(const QString &vendor) const;
    const Field *field(const QString &vendor, QStringView name) const;
    const Token *token(const QString &vendor, QStringView field, QStringView token) const;
    // An exact rule first, then the longest matching prefix; nullptr when not in the data.
    const Rule *rule(const QString &vendor, QStringView name) const;
    QList<Field> fields(const QString &vendor) const;
    QList<Rule> rules(const QString &vendor) const;

    // A verdict for `field` of `vendor` with what the data says of the vendor and the field:
    // vendor, vendorName, field (name as written), fieldMeaning, fieldSource, raw (unfolded,
    // trimmed), line. The reader fills the rest.
    ReceiverVerdict start(const QString &vendor, const HeaderField &field) const;

    // The token decoded with the data: label, meaning of `value` and source when documented;
    // documented = false (and no meaning) when the token or that value is not in the data.
    DecodedToken decode(const QString &vendor, QStringView field, const QString &token,
        const QString &value) const;
    // The rule with its meaning from the data (documented = false when not there).
    ReceiverRule describe(const QString &vendor, const QString &name, std::optional<double> weight = {},
        const QString &options = {}) const;

private:
    struct Vendor
    {
        QString id;
        LocalText name;
        QList<Source> sources;
        QList<Field> fields;
        QList<Rule> rules;
        QHash<QString, LocalText> families;
    };
    QList<Vendor> m_vendors;

    const Vendor *vendor(const QString &id) const;
};

} // namespace kensa
