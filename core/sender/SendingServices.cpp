#include "core/sender/SendingServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kensa {

namespace {

struct Entry
{
    QString id;
    QString name;
    QStringList returnPath;
    QStringList dkim;
    QStringList received;
    QStringList headers;
    QHash<QString, QString> fix;
};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString().toLower();
    return out;
}

const QList<Entry> &entries()
{
    static const QList<Entry> list = [] {
        QList<Entry> out;
        QFile file(QStringLiteral(":/senders/services.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray services = QJsonDocument::fromJson(file.readAll()).object().value(u"services").toArray();
        for (const QJsonValue &v : services) {
            const QJsonObject o = v.toObject();
            Entry e{o.value(u"id").toString(), o.value(u"name").toString(), strings(o.value(u"return_path")),
                    strings(o.value(u"dkim")), strings(o.value(u"received")), {}, {}};
            for (const QJsonValue &h : o.value(u"headers").toArray())
                e.headers << h.toString();
            const QJsonObject fix = o.value(u"fix").toObject();
            for (auto it = fix.begin(); it != fix.end(); ++it)
                e.fix.insert(it.key(), it.value().toString());
            out.append(e);
        }
        return out;
    }();
    return list;
}

bool underAny(const QString &host, const QStringList &suffixes)
{
    const QString h = host.toLower();
    for (const QString &s : suffixes) {
        if (h == s || h.endsWith(u'.' + s))
            return true;
    }
    return false;
}

} // namespace

SendingServiceResult SendingServices::recognise(const Message &message,
                                                const QString &returnPath,
                                                const QStringList &dkimDomains,
                                                const HopTimeline &hops)
{
    SendingServiceResult best;
    int bestScore = 0;
    for (const Entry &e : entries()) {
        int score = 0;
        QStringList evidence;
        if (!returnPath.isEmpty() && underAny(returnPath, e.returnPath)) {
            score += 3;
            evidence << QStringLiteral("Return-Path: %1").arg(returnPath);
        }
        for (const QString &d : dkimDomains) {
            if (underAny(d, e.dkim)) {
                score += 3;
                evidence << QStringLiteral("DKIM d=%1").arg(d);
                break;
            }
        }
        for (const HopTimeline::Hop &hop : hops.hops) {
            if (underAny(hop.hop.fromReverse, e.received) || underAny(hop.hop.fromHelo, e.received)
                || (underAny(hop.hop.by, e.received) && !hop.trusted)) {
                score += 2;
                evidence << QStringLiteral("Received: %1").arg(hop.hop.fromReverse.isEmpty() ? hop.hop.by : hop.hop.fromReverse);
                break;
            }
        }
        for (const QString &header : e.headers) {
            if (message.field(header.toLatin1())) {
                score += 2;
                evidence << QStringLiteral("%1:").arg(header);
                break;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = SendingServiceResult{e.id, e.name, evidence, e.fix};
        }
    }
    return best;
}

QString SendingServices::fix(const QString &id, const QString &language)
{
    for (const Entry &e : entries()) {
        if (e.id == id)
            return e.fix.value(language, e.fix.value(QStringLiteral("en")));
    }
    return {};
}

QStringList SendingServices::ids()
{
    QStringList out;
    for (const Entry &e : entries())
        out << e.id;
    return out;
}

} // namespace kensa
