#include "core/sender/MarketingSignals.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kensa {

namespace {

// services.json "bulk_headers", lower case: whole names, and prefixes (written with a final *).
struct BulkHeaders
{
    QList<QByteArray> names;
    QList<QByteArray> prefixes;
};

const BulkHeaders &bulkHeaders()
{
    static const BulkHeaders headers = [] {
        BulkHeaders out;
        QFile file(QStringLiteral(":/senders/services.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray list
            = QJsonDocument::fromJson(file.readAll()).object().value(u"bulk_headers").toArray();
        for (const QJsonValue &v : list) {
            QByteArray name = v.toString().toLatin1().toLower();
            if (name.endsWith('*')) {
                name.chop(1);
                out.prefixes.append(name);
            } else if (!name.isEmpty()) {
                out.names.append(name);
            }
        }
        return out;
    }();
    return headers;
}

} // namespace

bool MarketingSignals::isBulkHeader(QByteArrayView name)
{
    const QByteArray n = name.toByteArray().toLower();
    const BulkHeaders &headers = bulkHeaders();
    for (const QByteArray &p : headers.prefixes) {
        if (n.startsWith(p))
            return true;
    }
    return headers.names.contains(n);
}

QStringList MarketingSignals::of(const Message &message, bool listUnsubscribe)
{
    QStringList s;
    if (listUnsubscribe)
        s << QStringLiteral("list-unsubscribe");
    if (message.field("List-Id"))
        s << QStringLiteral("list-id");
    for (const HeaderField *f : message.fields("Precedence")) {
        const QByteArray value = f->unfoldedValue().trimmed().toLower();
        if (value == "bulk" || value == "list") {
            s << QStringLiteral("precedence");
            break;
        }
    }
    if (message.field("Feedback-ID"))
        s << QStringLiteral("feedback-id");
    // Message::headers() holds at most Limits::MaxHeaderFields fields.
    for (const HeaderField &f : message.headers()) {
        if (isBulkHeader(f.name())) {
            s << QStringLiteral("esp");
            break;
        }
    }
    return s;
}

} // namespace kensa
