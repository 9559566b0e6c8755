#include "core/checklist/RequirementTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace kensa {

namespace {

// Errors carry the 1-based row index in `line` and the 1-based provider index in `column`, so a
// broken file points at the row (and cell) to fix.
ParseError tableError(const char *what, int row = 0, int column = 0)
{
    return ParseError{QStringLiteral("requirements.table.") + QLatin1String(what), row, column, -1};
}

std::optional<Applicability> applicabilityFromName(const QString &name)
{
    for (Applicability a : {Applicability::All,
             Applicability::Bulk,
             Applicability::Recommended,
             Applicability::NotStated,
             Applicability::Removed}) {
        if (applicabilityName(a) == name)
            return a;
    }
    return std::nullopt;
}

LocalText readText(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return LocalText{o.value(u"en").toString(), o.value(u"ja").toString()};
}

// Both languages present: the UI switches language live and must never fall back silently.
bool isComplete(const LocalText &text)
{
    return !text.en.trimmed().isEmpty() && !text.ja.trimmed().isEmpty();
}

// A source's title or as-of note: a plain string (English only, shown in both languages) or an
// {"en", "ja"} pair.
LocalText readStringOrText(const QJsonValue &value)
{
    if (value.isString())
        return LocalText{value.toString(), QString()};
    return readText(value);
}

bool isOptionalString(const QJsonObject &o, QStringView name)
{
    const QJsonValue v = o.value(name);
    return v.isUndefined() || v.isString();
}

} // namespace

std::optional<QString> japaneseDate(const QString &date)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = form.match(date);
    if (!m.hasMatch())
        return std::nullopt;
    QString text = m.captured(1) + QStringLiteral(" 年");
    if (m.hasCaptured(2))
        text += QStringLiteral(" %1 月").arg(m.captured(2).toInt());
    if (m.hasCaptured(3))
        text += QStringLiteral(" %1 日").arg(m.captured(3).toInt());
    return text;
}

QString dateText(const QString &date, const QString &language)
{
    if (language != QLatin1String("ja"))
        return date;
    return japaneseDate(date).value_or(date);
}

QString applicabilityName(Applicability applies)
{
    switch (applies) {
    case Applicability::All:
        return QStringLiteral("all");
    case Applicability::Bulk:
        return QStringLiteral("bulk");
    case Applicability::Recommended:
        return QStringLiteral("recommended");
    case Applicability::NotStated:
        return QStringLiteral("none");
    case Applicability::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("none");
}

const RequirementCell *RequirementRow::cell(const QString &provider) const
{
    for (const RequirementCell &c : cells) {
        if (c.provider == provider)
            return &c;
    }
    return nullptr;
}

const RequirementTable &RequirementTable::builtin()
{
    static const RequirementTable table = [] {
        QFile file(QStringLiteral(":/requirements/requirements.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in requirement table :/requirements/requirements.json is missing");
        Result<RequirementTable> parsed = fromJson(file.readAll());
        if (!parsed) {
            qFatal("The built-in requirement table is broken: %s at row %d, cell %d",
                qPrintable(parsed.error().key),
                parsed.error().line,
                parsed.error().column);
        }
        return std::move(parsed).value();
    }();
    return table;
}

Result<RequirementTable> RequirementTable::fromJson(const QByteArray &json)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return ParseError{QStringLiteral("requirements.table.syntax"), 0, 0, jsonError.offset};
    if (!doc.isObject())
        return tableError("syntax");
    const QJsonObject root = doc.object();

    const QJsonValue schema = root.value(u"schema");
    if (!schema.isDouble() || schema.toDouble() != 1.0)
        return tableError("schema");

    RequirementTable table;
    table.m_reviewed = root.value(u"reviewed").toString();

    const QJsonArray providers = root.value(u"providers").toArray();
    if (providers.isEmpty())
        return tableError("schema");
    for (const QJsonValue &value : providers) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id").toString();
        const LocalText name = readText(o.value(u"name"));
        const QString group = o.value(u"group").toString(QStringLiteral("mailbox"));
        if (id.isEmpty() || table.m_providers.contains(id) || !isComplete(name)
            || (group != u"mailbox" && group != u"carrier"))
            return tableError("schema");
        table.m_providers.append(id);
        table.m_providerNames.insert(id, name);
        table.m_providerGroups.insert(id, group);
    }

    QSet<QString> groupIds;
    const QJsonArray groups = root.value(u"groups").toArray();
    if (groups.isEmpty())
        return tableError("schema");
    for (const QJsonValue &value : groups) {
        const QJsonObject o = value.toObject();
        RequirementGroup group{o.value(u"id").toString(), readText(o.value(u"title"))};
        if (group.id.isEmpty() || groupIds.contains(group.id) || !isComplete(group.title))
            return tableError("schema");
        groupIds.insert(group.id);
        table.m_groups.append(group);
    }

    if (!root.value(u"sources").isObject())
        return tableError("schema");
    const QJsonObject sources = root.value(u"sources").toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        RequirementSource source;
        source.key = it.key();
        source.title = readStringOrText(o.value(u"title"));
        source.url = o.value(u"url").toString();
        source.asOf = readStringOrText(o.value(u"as_of"));
        if (const std::optional<QString> date = japaneseDate(source.asOf.en);
            date && source.asOf.ja.isEmpty()) {
            source.asOf.ja = *date;
            source.asOfIsDate = true;
        }
        if (source.key.isEmpty() || source.title.en.isEmpty() || source.url.isEmpty())
            return tableError("source");
        table.m_sources.insert(source.key, source);
    }

    const QJsonValue rowsValue = root.value(u"rows");
    if (!rowsValue.isArray())
        return tableError("schema");
    const QJsonArray rows = rowsValue.toArray();
    static const QStringList scopes{
        QStringLiteral("all"), QStringLiteral("marketing"), QStringLiteral("forwarded")};
    static const QStringList verdicts{
        QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no")};
    QSet<QString> rowIds;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int line = int(i + 1);
        const QJsonObject o = rows.at(i).toObject();
        RequirementRow row;
        row.id = o.value(u"id").toString();
        row.group = o.value(u"group").toString();
        row.scope = o.value(u"scope").toString();
        row.verifiable = o.value(u"verifiable").toString();
        row.check = o.value(u"check").toString();
        row.title = readText(o.value(u"title"));
        row.explanation = readText(o.value(u"explanation"));
        row.fix = readText(o.value(u"fix"));
        if (row.id.isEmpty() || rowIds.contains(row.id) || !groupIds.contains(row.group)
            || !scopes.contains(row.scope) || !verdicts.contains(row.verifiable)
            || row.check.isEmpty() || !isComplete(row.title) || !isComplete(row.explanation)
            || !isComplete(row.fix)) {
            return tableError("row", line);
        }
        rowIds.insert(row.id);

        const QJsonValue cellsValue = o.value(u"cells");
        if (!cellsValue.isObject())
            return tableError("cell", line);
        const QJsonObject cells = cellsValue.toObject();
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            if (!table.m_providers.contains(it.key()))
                return tableError("cell", line);
        }
        for (qsizetype p = 0; p < table.m_providers.size(); ++p) {
            const int column = int(p + 1);
            const QString &provider = table.m_providers.at(p);
            const QJsonValue cellValue = cells.value(provider);
            if (!cellValue.isObject())
                return tableError("cell", line, column);
            const QJsonObject c = cellValue.toObject();
            const std::optional<Applicability> applies
                = applicabilityFromName(c.value(u"applies").toString());
            if (!applies || !isOptionalString(c, u"since") || !isOptionalString(c, u"check"))
                return tableError("cell", line, column);

            RequirementCell cell;
            cell.provider = provider;
            cell.applies = *applies;
            cell.since = c.value(u"since").toString();
            cell.check = c.value(u"check").toString(row.check);
            if (cell.check.isEmpty())
                return tableError("cell", line, column);

            const QJsonValue cap = c.value(u"cap");
            if (!cap.isUndefined() && cap.toString() != QLatin1String("warning"))
                return tableError("cell", line, column);
            cell.capWarning = !cap.isUndefined();

            const QJsonValue note = c.value(u"note");
            if (!note.isUndefined()) {
                cell.note = readText(note);
                if (!isComplete(cell.note))
                    return tableError("cell", line, column);
            }

            const QJsonValue cellSources = c.value(u"sources");
            if (!cellSources.isUndefined() && !cellSources.isArray())
                return tableError("cell", line, column);
            for (const QJsonValue &key : cellSources.toArray()) {
                if (!key.isString())
                    return tableError("cell", line, column);
                if (!table.m_sources.contains(key.toString()))
                    return tableError("source", line, column);
                cell.sources.append(key.toString());
            }
            row.cells.append(cell);
        }
        table.m_rows.append(row);
    }
    return table;
}

LocalText RequirementTable::providerName(const QString &provider) const
{
    // An unknown id is shown as it is rather than as an empty column header.
    return m_providerNames.value(provider, LocalText{provider, provider});
}

QString RequirementTable::providerGroup(const QString &provider) const
{
    return m_providerGroups.value(provider, QStringLiteral("mailbox"));
}

const RequirementRow *RequirementTable::row(const QString &id) const
{
    for (const RequirementRow &r : m_rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

RequirementSource RequirementTable::source(const QString &key) const
{
    return m_sources.value(key);
}

} // namespace kensa
