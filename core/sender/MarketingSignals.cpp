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
    // Compared without case in place (the table is in lower case): this runs for every field
    // of every message, and a lower-cased copy of each name cost two allocations.
    const BulkHeaders &headers = bulkHeaders();
    for (const QByteArray &p : headers.prefixes) {
        if (name.size() >= p.size() && name.first(p.size()).compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QByteArray &n : headers.names) {
        if (name.size() == n.size() && name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
        if (isBulkHeader(f.nameView())) {
            s << QStringLiteral("esp");
            break;
        }
    }
    return s;
}

} // namespace kensa
