#include "core/sender/SendingServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kensa {

namespace {

// A header field name, or a prefix written with a final '*' (lower case).
struct FieldName
{
    QByteArray name;
    bool prefix = false;

    // `field`: a field name in lower case.
    bool matches(QByteArrayView field) const
    {
        return prefix ? field.startsWith(name) : field == name;
    }
};

// services.json "headers": a field that names the service, unless one of `unless` is present
// too (X-MC-Unique is Mailchimp's, but Mimecast writes it beside its X-Mimecast-* fields).
struct HeaderRule
{
    QString label; // as written in services.json, for the evidence
    FieldName field;
    QList<FieldName> unless;
};

struct Entry
{
    QString id;
    QString name;
    QStringList returnPath;
    QStringList dkim;
    QStringList received;
    QList<HeaderRule> headers;
    // The service is a mailbox provider's own platform (Google Workspace, Microsoft 365): its
    // hosts also carry the provider's consumer mail and its lists, so it is not named when the
    // sender is a consumer address or the message came through a list.
    bool mailboxPlatform = false;
    QHash<QString, QString> fix;
};

struct Data
{
    QList<Entry> services;
    QStringList consumerDomains;   // consumer mailbox domains (gmail.com, outlook.jp, 163.com, ...)
    QStringList receiverHosts;     // hosts that receive into a provider's mailboxes (mx.google.com, ...)
    QList<FieldName> listFields;   // fields a list or a list-like forwarder adds
    QStringList listDomains;       // Sender / Return-Path domains of list services
};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString().toLower();
    return out;
}

FieldName fieldName(const QString &text)
{
    QByteArray n = text.toLatin1().toLower();
    const bool prefix = n.endsWith('*');
    if (prefix)
        n.chop(1);
    return FieldName{n, prefix};
}

QList<FieldName> fieldNames(const QJsonValue &value)
{
    QList<FieldName> out;
    for (const QJsonValue &v : value.toArray())
        out << fieldName(v.toString());
    return out;
}

const Data &data()
{
    static const Data d = [] {
        Data out;
        QFile file(QStringLiteral(":/senders/services.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        out.consumerDomains = strings(root.value(u"consumer_domains"));
        out.receiverHosts = strings(root.value(u"receiver_hosts"));
        out.listFields = fieldNames(root.value(u"list_fields"));
        out.listDomains = strings(root.value(u"list_domains"));
        for (const QJsonValue &v : root.value(u"services").toArray()) {
            const QJsonObject o = v.toObject();
            Entry e{o.value(u"id").toString(), o.value(u"name").toString(), strings(o.value(u"return_path")),
                    strings(o.value(u"dkim")), strings(o.value(u"received")), {},
                    o.value(u"mailbox_platform").toBool(), {}};
            for (const QJsonValue &h : o.value(u"headers").toArray()) {
                if (h.isString())
                    e.headers << HeaderRule{h.toString(), fieldName(h.toString()), {}};
                else
                    e.headers << HeaderRule{h.toObject().value(u"name").toString(),
                                            fieldName(h.toObject().value(u"name").toString()),
                                            fieldNames(h.toObject().value(u"unless"))};
            }
            const QJsonObject fix = o.value(u"fix").toObject();
            for (auto it = fix.begin(); it != fix.end(); ++it)
                e.fix.insert(it.key(), it.value().toString());
            out.services.append(e);
        }
        return out;
    }();
    return d;
}

// `h` is in lower case already: the callers lower each name once, not once a service.
bool underAnyLower(const QString &h, const QStringList &suffixes)
{
    if (h.isEmpty())
        return false;
    for (const QString &s : suffixes) {
        // `s` itself, or a name under it: "." + s at the end (tested without building it, as
        // this runs for every suffix of every service of every message).
        if (h == s
            || (h.size() > s.size() && h.endsWith(s) && h.at(h.size() - s.size() - 1) == u'.'))
            return true;
    }
    return false;
}

bool underAny(const QString &host, const QStringList &suffixes)
{
    return underAnyLower(host.toLower(), suffixes);
}

QStringList lowered(QStringList names)
{
    for (QString &n : names)
        n = n.toLower();
    return names;
}

// The names, in lower case, of the header fields that stand below `line` (fields above the
// boundary's Received field were added at or after delivery), or of all of them when `line` is
// 0. Lowered once: every rule of every service looks at each of them.
QList<QByteArray> senderFields(const Message &message, int line)
{
    QList<QByteArray> out;
    for (const HeaderField &f : message.headers()) {
        if (line <= 0 || f.line > line)
            out << f.name().toLower();
    }
    return out;
}

bool present(const QList<QByteArray> &fields, const FieldName &name)
{
    for (const QByteArray &f : fields) {
        if (name.matches(f))
            return true;
    }
    return false;
}

// The host names written by the sender's side: the `from` names of the hops up to the boundary
// (or up to the first hop into a mailbox provider's receiver, whichever comes first: mail that a
// mailbox forwarded is the forwarder's from there on) and the `by` names of the hops before it.
QStringList senderHosts(const HopTimeline &hops, const QStringList &receiverHosts)
{
    const int count = int(hops.hops.size());
    int end = hops.boundaryIndex >= 0 ? hops.boundaryIndex : count - 1;
    for (int i = 0; i < count && i < end; ++i) {
        if (underAny(hops.hops.at(i).hop.by, receiverHosts)) {
            end = i;
            break;
        }
    }
    QStringList out;
    for (int i = 0; i <= end && i < count; ++i) {
        const ReceivedHop &h = hops.hops.at(i).hop;
        out << h.fromReverse << h.fromHelo;
        if (i < end)
            out << h.by;
    }
    out.removeAll(QString());
    return out;
}

} // namespace

SendingServiceResult SendingServices::recognise(const Message &message, const Evidence &evidence,
                                                const HopTimeline &hops)
{
    const Data &d = data();
    const int boundaryLine = hops.boundaryIndex >= 0 ? hops.hops.at(hops.boundaryIndex).hop.line : 0;
    const QList<QByteArray> fields = senderFields(message, boundaryLine);
    // Lowered once here: every service's lists are matched against them.
    const QStringList hosts = senderHosts(hops, d.receiverHosts);
    const QStringList hostsLower = lowered(hosts);
    const QString returnPath = evidence.returnPath.toLower();
    const QStringList dkimDomains = lowered(evidence.dkimDomains);

    const bool consumer = underAny(evidence.fromDomain, d.consumerDomains)
                          || underAny(evidence.returnPath, d.consumerDomains);
    bool list = underAny(evidence.returnPath, d.listDomains);
    for (const FieldName &n : d.listFields)
        list = list || present(fields, n);
    for (const HeaderField *f : message.fields("Sender")) {
        const QByteArray value = f->unfoldedValue();
        const int at = value.lastIndexOf('@');
        if (at >= 0) {
            const QString domain = QString::fromLatin1(value.mid(at + 1)).remove(u'>').trimmed();
            list = list || underAny(domain, d.listDomains);
        }
    }

    SendingServiceResult best;
    int bestScore = 0;
    for (const Entry &e : d.services) {
        if (e.mailboxPlatform && (consumer || list))
            continue;
        int score = 0;
        QStringList found;
        if (underAnyLower(returnPath, e.returnPath)) {
            score += 3;
            found << QStringLiteral("Return-Path: %1").arg(evidence.returnPath);
        }
        for (qsizetype i = 0; i < dkimDomains.size(); ++i) {
            if (underAnyLower(dkimDomains.at(i), e.dkim)) {
                score += 3;
                found << QStringLiteral("DKIM d=%1").arg(evidence.dkimDomains.at(i));
                break;
            }
        }
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            if (underAnyLower(hostsLower.at(i), e.received)) {
                score += 2;
                found << QStringLiteral("Received: %1").arg(hosts.at(i));
                break;
            }
        }
        for (const HeaderRule &rule : e.headers) {
            bool vetoed = false;
            for (const FieldName &u : rule.unless)
                vetoed = vetoed || present(fields, u);
            if (vetoed)
                continue;
            if (present(fields, rule.field)) {
                score += 2;
                found << QStringLiteral("%1:").arg(rule.label);
                break;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = SendingServiceResult{e.id, e.name, found, e.fix};
        }
    }
    return best;
}

QString SendingServices::fix(const QString &id, const QString &language)
{
    for (const Entry &e : data().services) {
        if (e.id == id)
            return e.fix.value(language, e.fix.value(QStringLiteral("en")));
    }
    return {};
}

QStringList SendingServices::ids()
{
    QStringList out;
    for (const Entry &e : data().services)
        out << e.id;
    return out;
}

} // namespace kensa
