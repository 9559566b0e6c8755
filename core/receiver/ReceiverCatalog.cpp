#include "core/receiver/ReceiverCatalog.h"

#include "core/base/Limits.h"
#include "core/message/HeaderField.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kensa {

namespace {

ParseError catalogError(const char *what, int file, const QString &where = {})
{
    Q_UNUSED(where)
    return ParseError{QStringLiteral("receivers.catalog.") + QLatin1String(what), file, 0, -1};
}

bool complete(const LocalText &text)
{
    return !text.en.isEmpty() && !text.ja.isEmpty();
}

} // namespace

const ReceiverCatalog &ReceiverCatalog::builtin()
{
    static const ReceiverCatalog catalog = [] {
        QList<QByteArray> files;
        const QDir dir(QStringLiteral(":/receivers"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                files.append(file.readAll());
        }
        Result<ReceiverCatalog> read = fromJson(files);
        if (read)
            return std::move(read).value();
        // One broken file must not take the others with it: read them one by one.
        ReceiverCatalog partial;
        for (const QByteArray &one : files) {
            Result<ReceiverCatalog> single = fromJson({one});
            if (single)
                partial.m_vendors += single->m_vendors;
        }
        return partial;
    }();
    return catalog;
}

Result<ReceiverCatalog> ReceiverCatalog::fromJson(const QList<QByteArray> &files)
{
    ReceiverCatalog catalog;
    int index = 0;
    for (const QByteArray &json : files) {
        ++index;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return catalogError("not_json", index);
        const QJsonObject root = doc.object();
        Vendor vendor;
        vendor.id = root.value(u"vendor").toString();
        if (vendor.id.isEmpty() || catalog.vendor(vendor.id))
            return catalogError("vendor", index);
        vendor.name = LocalText::fromJson(root.value(u"name"));
        if (!complete(vendor.name))
            return catalogError("text", index);

        QHash<QString, QString> urls;
        for (const QJsonValue &v : root.value(u"sources").toArray()) {
            const QJsonObject o = v.toObject();
            Source source{o.value(u"id").toString(), o.value(u"url").toString(),
                LocalText::fromJson(o.value(u"title")), o.value(u"as_of").toString()};
            if (source.id.isEmpty() || !source.url.startsWith(u"https://") || !complete(source.title)
                || urls.contains(source.id))
                return catalogError("source", index);
            urls.insert(source.id, source.url);
            vendor.sources.append(source);
        }
        const auto url = [&](const QJsonValue &id, const QString &fallback) -> std::optional<QString> {
            if (id.isUndefined())
                return fallback;
            const auto it = urls.constFind(id.toString());
            if (it == urls.constEnd())
                return std::nullopt;
            return *it;
        };

        for (const QJsonValue &fv : root.value(u"fields").toArray()) {
            const QJsonObject fo = fv.toObject();
            Field field;
            field.vendor = vendor.id;
            field.name = fo.value(u"name").toString();
            field.meaning = LocalText::fromJson(fo.value(u"meaning"));
            const std::optional<QString> fieldSource = url(fo.value(u"source"), QString());
            if (field.name.isEmpty() || !complete(field.meaning) || !fieldSource || fieldSource->isEmpty())
                return catalogError("field", index);
            field.source = *fieldSource;
            for (const QJsonValue &tv : fo.value(u"tokens").toArray()) {
                const QJsonObject to = tv.toObject();
                Token token;
                token.token = to.value(u"token").toString();
                token.label = LocalText::fromJson(to.value(u"label"));
                const std::optional<QString> tokenSource = url(to.value(u"source"), field.source);
                if (token.token.isEmpty() || !complete(token.label) || !tokenSource)
                    return catalogError("token", index);
                token.source = *tokenSource;
                for (const QJsonValue &vv : to.value(u"values").toArray()) {
                    const QJsonObject vo = vv.toObject();
                    Value value;
                    value.value = vo.value(u"value").toString();
                    if (vo.contains(u"min"))
                        value.min = vo.value(u"min").toDouble();
                    if (vo.contains(u"max"))
                        value.max = vo.value(u"max").toDouble();
                    value.any = vo.value(u"any").toBool();
                    value.meaning = LocalText::fromJson(vo.value(u"meaning"));
                    const std::optional<QString> valueSource = url(vo.value(u"source"), QString());
                    const bool hasKey = !value.value.isEmpty() || value.min || value.max || value.any;
                    if (!hasKey || !complete(value.meaning) || !valueSource)
                        return catalogError("value", index);
                    value.source = *valueSource;
                    token.values.append(value);
                }
                field.tokens.append(token);
            }
            vendor.fields.append(field);
        }

        for (const QJsonValue &fv : root.value(u"families").toArray()) {
            const QJsonObject o = fv.toObject();
            const LocalText label = LocalText::fromJson(o.value(u"label"));
            if (o.value(u"id").toString().isEmpty() || !complete(label))
                return catalogError("family", index);
            vendor.families.insert(o.value(u"id").toString(), label);
        }

        for (const QJsonValue &rv : root.value(u"rules").toArray()) {
            const QJsonObject o = rv.toObject();
            Rule rule;
            rule.vendor = vendor.id;
            rule.name = o.value(u"name").toString();
            rule.prefix = o.value(u"prefix").toString();
            rule.family = o.value(u"family").toString();
            rule.meaning = LocalText::fromJson(o.value(u"meaning"));
            const std::optional<QString> ruleSource = url(o.value(u"source"), QString());
            if (rule.name.isEmpty() == rule.prefix.isEmpty() || !complete(rule.meaning) || !ruleSource
                || ruleSource->isEmpty() || (!rule.family.isEmpty() && !vendor.families.contains(rule.family)))
                return catalogError("rule", index);
            rule.source = *ruleSource;
            vendor.rules.append(rule);
        }
        catalog.m_vendors.append(vendor);
    }
    return catalog;
}

const ReceiverCatalog::Vendor *ReceiverCatalog::vendor(const QString &id) const
{
    for (const Vendor &v : m_vendors) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

QStringList ReceiverCatalog::vendors() const
{
    QStringList ids;
    for (const Vendor &v : m_vendors)
        ids.append(v.id);
    return ids;
}

LocalText ReceiverCatalog::vendorName(const QString &id) const
{
    const Vendor *v = vendor(id);
    return v ? v->name : LocalText{id, id};
}

LocalText ReceiverCatalog::familyLabel(const QString &id, const QString &family) const
{
    const Vendor *v = vendor(id);
    return v ? v->families.value(family) : LocalText{};
}

const QList<ReceiverCatalog::Source> &ReceiverCatalog::sources(const QString &id) const
{
    static const QList<Source> none;
    const Vendor *v = vendor(id);
    return v ? v->sources : none;
}

const ReceiverCatalog::Field *ReceiverCatalog::field(const QString &id, QStringView name) const
{
    const Vendor *v = vendor(id);
    if (!v)
        return nullptr;
    for (const Field &f : v->fields) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const ReceiverCatalog::Token *ReceiverCatalog::token(const QString &id, QStringView fieldName,
    QStringView name) const
{
    const Field *f = field(id, fieldName);
    if (!f)
        return nullptr;
    for (const Token &t : f->tokens) {
        if (name.compare(t.token, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const ReceiverCatalog::Rule *ReceiverCatalog::rule(const QString &id, QStringView name) const
{
    const Vendor *v = vendor(id);
    if (!v)
        return nullptr;
    const Rule *best = nullptr;
    for (const Rule &r : v->rules) {
        if (!r.name.isEmpty() && name.compare(r.name, Qt::CaseInsensitive) == 0)
            return &r;
        if (!r.prefix.isEmpty() && name.startsWith(r.prefix, Qt::CaseInsensitive)
            && (!best || r.prefix.size() > best->prefix.size()))
            best = &r;
    }
    return best;
}

QList<ReceiverCatalog::Field> ReceiverCatalog::fields(const QString &id) const
{
    const Vendor *v = vendor(id);
    return v ? v->fields : QList<Field>{};
}

QList<ReceiverCatalog::Rule> ReceiverCatalog::rules(const QString &id) const
{
    const Vendor *v = vendor(id);
    return v ? v->rules : QList<Rule>{};
}

ReceiverVerdict ReceiverCatalog::start(const QString &id, const HeaderField &field) const
{
    ReceiverVerdict out;
    out.vendor = id;
    out.vendorName = vendorName(id);
    out.field = field.nameText();
    if (const Field *f = this->field(id, out.field)) {
        out.fieldMeaning = f->meaning;
        out.fieldSource = f->source;
    }
    const QByteArray value = field.unfoldedValue();
    out.raw = QString::fromUtf8(value.left(Limits::MaxReceiverFieldBytes)).trimmed();
    out.line = field.line;
    if (value.size() > Limits::MaxReceiverFieldBytes) {
        out.findings.append(makeFinding(QStringLiteral("receiver.field.too_long"),
            Severity::Notice,
            {{QStringLiteral("field"), out.field},
                {QStringLiteral("line"), QString::number(field.line)},
                {QStringLiteral("length"), QString::number(value.size())},
                {QStringLiteral("limit"), QString::number(Limits::MaxReceiverFieldBytes)}},
            field.line,
            out.field));
    }
    return out;
}

DecodedToken ReceiverCatalog::decode(const QString &id, QStringView fieldName, const QString &name,
    const QString &value) const
{
    DecodedToken out;
    out.token = name;
    out.value = value;
    const Token *t = token(id, fieldName, name);
    if (!t)
        return out;
    out.label = t->label;
    out.source = t->source;
    if (t->values.isEmpty())
        return out; // the token is named, its values are not documented
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    const Value *match = nullptr;
    for (const Value &v : t->values) {
        if (!v.value.isEmpty() && v.value == value) {
            match = &v;
            break;
        }
        if ((v.min || v.max) && ok && (!v.min || number >= *v.min) && (!v.max || number <= *v.max)) {
            match = &v;
            break;
        }
    }
    if (!match) {
        for (const Value &v : t->values) {
            if (v.any) {
                match = &v;
                break;
            }
        }
    }
    if (match) {
        out.meaning = match->meaning;
        if (!match->source.isEmpty())
            out.source = match->source;
        out.documented = true;
    }
    return out;
}

ReceiverRule ReceiverCatalog::describe(const QString &id, const QString &name,
    std::optional<double> weight, const QString &options) const
{
    ReceiverRule out;
    out.name = name;
    out.weight = weight;
    out.options = options;
    if (const Rule *r = rule(id, name)) {
        out.family = r->family;
        out.familyLabel = familyLabel(id, r->family);
        out.meaning = r->meaning;
        out.source = r->source;
        out.documented = true;
    }
    return out;
}

} // namespace kensa
