#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"

#include <QFile>
#include <QUrl>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace kensa;

namespace {

const QString referencePath
    = QStringLiteral(KENSA_SHARED_DIR "/reference/provider-requirements.md");

// The reference's column order; the data's provider ids in the same order.
const QStringList referenceColumns{QStringLiteral("Gmail"),
    QStringLiteral("Yahoo"),
    QStringLiteral("Apple"),
    QStringLiteral("Outlook.com")};
const QStringList providerIds{QStringLiteral("gmail"),
    QStringLiteral("yahoo"),
    QStringLiteral("apple"),
    QStringLiteral("outlook"),
    QStringLiteral("docomo"),
    QStringLiteral("au"),
    QStringLiteral("softbank")};
// The Japanese carriers' rows and sources come from their own reference, not the table above.
const QString CarriersReferencePath
    = QStringLiteral(KENSA_SHARED_DIR "/reference/japan-carriers.md");
const QString CarriersGroup = QStringLiteral("carriers");

struct ReferenceRow
{
    QString id;
    QStringList cells; // Gmail, Yahoo, Apple, Outlook.com
};

struct ReferenceSource
{
    QString key;
    QString title;
    QString urlCell;
    QString asOf;
};

struct Reference
{
    QList<ReferenceRow> rows;
    QList<ReferenceSource> sources;
    QString error;
};

QStringList tableCells(const QString &line)
{
    QString inner = line.trimmed();
    if (inner.startsWith(u'|'))
        inner.remove(0, 1);
    if (inner.endsWith(u'|'))
        inner.chop(1);
    QStringList cells = inner.split(u'|');
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

// Reads every "### ID" row with its provider table, and the §10 source table.
Reference readReference()
{
    Reference ref;
    QFile file(referencePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ref.error = QStringLiteral("cannot open ") + referencePath;
        return ref;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression rowHeading(
        QStringLiteral("^### ([A-Z0-9]+(?:-[A-Z0-9]+)+)\\s*$"));
    const QString header = QStringLiteral("| ") + referenceColumns.join(QStringLiteral(" | "))
        + QStringLiteral(" |");
    bool inSources = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("## ")))
            inSources = line.startsWith(QLatin1String("## 10."));
        if (inSources) {
            if (!line.startsWith(u'|') || line.startsWith(QLatin1String("| Key"))
                || line.startsWith(QLatin1String("|---")))
                continue;
            const QStringList cells = tableCells(line);
            if (cells.size() != 4) {
                ref.error = QStringLiteral("bad source line: ") + line;
                return ref;
            }
            ref.sources.append({cells[0], cells[1], cells[2], cells[3]});
            continue;
        }
        const QRegularExpressionMatch m = rowHeading.match(line);
        if (!m.hasMatch())
            continue;
        // The provider table follows the heading's one-line summary, before the next heading.
        qsizetype j = i + 1;
        while (j < lines.size() && !lines.at(j).startsWith(u'#') && lines.at(j).trimmed() != header)
            ++j;
        if (j + 2 >= lines.size() || lines.at(j).trimmed() != header) {
            ref.error = QStringLiteral("no provider table under ") + m.captured(1);
            return ref;
        }
        const QStringList cells = tableCells(lines.at(j + 2));
        if (cells.size() != referenceColumns.size()) {
            ref.error = QStringLiteral("provider table of %1 has %2 cells")
                            .arg(m.captured(1))
                            .arg(cells.size());
            return ref;
        }
        ref.rows.append({m.captured(1), cells});
    }
    return ref;
}

const Reference &reference()
{
    static const Reference ref = readReference();
    return ref;
}

// Cells whose first word is not one of the five status words, and how the data maps them.
// UNSUB-HONOR / Outlook.com: "Law applies (M2 cites CAN-SPAM)": a legal duty of every sender.
const QHash<QString, QString> specialCells{
    {QStringLiteral("UNSUB-HONOR/outlook"), QStringLiteral("all")},
};

// The reference cell's leading status word as the data's applies word ("" when unknown).
QString expectedApplies(const QString &rowId, const QString &provider, QString cell)
{
    const QString special = specialCells.value(rowId + u'/' + provider);
    if (!special.isEmpty())
        return special;
    while (cell.startsWith(QLatin1String("**")))
        cell = cell.mid(2).trimmed();
    if (cell.startsWith(QStringLiteral("—")))
        return QStringLiteral("none");
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]+"));
    const QString first = word.match(cell).captured(0);
    static const QHash<QString, QString> words{
        {QStringLiteral("All"), QStringLiteral("all")},
        {QStringLiteral("Bulk"), QStringLiteral("bulk")},
        {QStringLiteral("Rec"), QStringLiteral("recommended")},
        {QStringLiteral("Removed"), QStringLiteral("removed")},
    };
    return words.value(first);
}

QStringList sourceKeysIn(const QString &cell)
{
    static const QRegularExpression key(QStringLiteral("\\b[GYAMX][0-9]+\\b"));
    QStringList keys;
    for (const QRegularExpressionMatch &m : key.globalMatch(cell))
        keys.append(m.captured(0));
    return keys;
}

QByteArray builtinJson()
{
    QFile file(QStringLiteral(":/requirements/requirements.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject firstRow(const QJsonObject &root)
{
    return root.value(u"rows").toArray().first().toObject();
}

QJsonObject withFirstRow(QJsonObject root, const QJsonObject &row)
{
    QJsonArray rows = root.value(u"rows").toArray();
    rows.replace(0, row);
    root.insert(u"rows", rows);
    return root;
}

QJsonObject withFirstCell(QJsonObject root, const QString &provider, const QJsonObject &cell)
{
    QJsonObject row = firstRow(root);
    QJsonObject cells = row.value(u"cells").toObject();
    cells.insert(provider, cell);
    row.insert(u"cells", cells);
    return withFirstRow(root, row);
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRequirementTable : public QObject
{
    Q_OBJECT
private slots:
    void builtinLoads();
    void builtinCellsAreComplete();
    void lookups();
    void applicabilityNames();
    void referenceRow_data();
    void referenceRow();
    void referenceSource_data();
    void referenceSource();
    void dates_data();
    void dates();
    void sourceForms_data();
    void sourceForms();
    void idsMatchBothWays();
    void carrierRowsFollowTheirReference();
    void corrupted_data();
    void corrupted();
    void cellCheckDefaultsToRowCheck();
    void texts_data();
    void texts();
};

void TestRequirementTable::builtinLoads()
{
    const QByteArray json = builtinJson();
    QVERIFY(!json.isEmpty());
    const Result<RequirementTable> parsed = RequirementTable::fromJson(json);
    QVERIFY2(parsed.hasValue(),
        qPrintable(parsed.hasValue() ? QString()
                                     : parsed.error().key + QStringLiteral(" row ")
                    + QString::number(parsed.error().line)));

    const RequirementTable &table = RequirementTable::builtin();
    QCOMPARE(table.providers(), providerIds);
    QCOMPARE(table.rows().size(), parsed->rows().size());
    QCOMPARE(table.groups().size(), 8);
    for (const QString &id : providerIds) {
        const bool carrier = id == u"docomo" || id == u"au" || id == u"softbank";
        QCOMPARE(table.providerGroup(id), carrier ? QStringLiteral("carrier") : QStringLiteral("mailbox"));
    }
    QCOMPARE(table.reviewed(), QStringLiteral("2026-11-22"));
}

void TestRequirementTable::builtinCellsAreComplete()
{
    const RequirementTable &table = RequirementTable::builtin();
    const QStringList checks = RequirementEngine::checkIds();
    QSet<QString> groups;
    for (const RequirementGroup &g : table.groups())
        groups.insert(g.id);
    for (const RequirementRow &row : table.rows()) {
        QVERIFY2(groups.contains(row.group), qPrintable(row.id));
        QVERIFY2(checks.contains(row.check), qPrintable(row.id + u' ' + row.check));
        QCOMPARE(row.cells.size(), table.providers().size());
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const RequirementCell &cell = row.cells.at(i);
            QCOMPARE(cell.provider, table.providers().at(i));
            QVERIFY2(checks.contains(cell.check), qPrintable(row.id + u' ' + cell.check));
            for (const QString &key : cell.sources)
                QVERIFY2(!table.source(key).url.isEmpty(), qPrintable(row.id + u' ' + key));
        }
    }
}

void TestRequirementTable::lookups()
{
    const RequirementTable &table = RequirementTable::builtin();
    const RequirementRow *row = table.row(QStringLiteral("AUTH-DKIM-PASS"));
    QVERIFY(row);
    QCOMPARE(row->group, QStringLiteral("authentication"));
    QVERIFY(!table.row(QStringLiteral("NO-SUCH-ROW")));

    const RequirementCell *gmail = row->cell(QStringLiteral("gmail"));
    QVERIFY(gmail);
    QCOMPARE(gmail->applies, Applicability::Bulk);
    QCOMPARE(gmail->since, QStringLiteral("2024-02-01"));
    QCOMPARE(gmail->check, QStringLiteral("auth.dkim_pass.own_domain"));
    QCOMPARE(row->cell(QStringLiteral("apple"))->check, QStringLiteral("auth.dkim_pass"));
    QVERIFY(!row->cell(QStringLiteral("aol")));

    const RequirementCell *yahooSize
        = table.row(QStringLiteral("HDR-SIZE-LIMITS"))->cell(QStringLiteral("yahoo"));
    QVERIFY(yahooSize->capWarning);
    QVERIFY(!yahooSize->note.en.isEmpty());

    QCOMPARE(table.row(QStringLiteral("UNSUB-ONECLICK"))->scope, QStringLiteral("marketing"));
    QCOMPARE(table.row(QStringLiteral("AUTH-ARC-FORWARDER"))->scope, QStringLiteral("forwarded"));

    QCOMPARE(table.providerName(QStringLiteral("apple")).en, QStringLiteral("Apple iCloud"));
    QCOMPARE(table.providerName(QStringLiteral("outlook")).text(QStringLiteral("ja")),
        QStringLiteral("Outlook.com"));
    QCOMPARE(table.source(QStringLiteral("G1")).url,
        QStringLiteral("https://support.google.com/mail/answer/81126"));
    QVERIFY(table.source(QStringLiteral("Z9")).url.isEmpty());
}

void TestRequirementTable::applicabilityNames()
{
    QCOMPARE(applicabilityName(Applicability::All), QStringLiteral("all"));
    QCOMPARE(applicabilityName(Applicability::Bulk), QStringLiteral("bulk"));
    QCOMPARE(applicabilityName(Applicability::Recommended), QStringLiteral("recommended"));
    QCOMPARE(applicabilityName(Applicability::NotStated), QStringLiteral("none"));
    QCOMPARE(applicabilityName(Applicability::Removed), QStringLiteral("removed"));
}

void TestRequirementTable::referenceRow_data()
{
    QTest::addColumn<QStringList>("cells");
    const Reference &ref = reference();
    QVERIFY2(ref.error.isEmpty(), qPrintable(ref.error));
    QVERIFY(ref.rows.size() >= 28);
    for (const ReferenceRow &row : ref.rows)
        QTest::newRow(qPrintable(row.id)) << row.cells;
}

// The data says what the reference says: status word, check, and every cited source.
void TestRequirementTable::referenceRow()
{
    QFETCH(QStringList, cells);
    const QString id = QString::fromLatin1(QTest::currentDataTag());
    const RequirementRow *row = RequirementTable::builtin().row(id);
    QVERIFY2(row, "row missing from requirements.json");
    const QStringList checks = RequirementEngine::checkIds();
    for (qsizetype i = 0; i < referenceColumns.size(); ++i) {
        const QString &provider = providerIds.at(i);
        const QString &refCell = cells.at(i);
        const RequirementCell *cell = row->cell(provider);
        QVERIFY2(cell, qPrintable(provider));

        const QString expected = expectedApplies(id, provider, refCell);
        QVERIFY2(!expected.isEmpty(),
            qPrintable(QStringLiteral("unknown status word in the reference cell: ") + refCell));
        QVERIFY2(applicabilityName(cell->applies) == expected,
            qPrintable(provider + QStringLiteral(": data ") + applicabilityName(cell->applies)
                + QStringLiteral(", reference ") + refCell));

        QVERIFY2(checks.contains(cell->check), qPrintable(provider + u' ' + cell->check));
        for (const QString &key : sourceKeysIn(refCell)) {
            QVERIFY2(cell->sources.contains(key),
                qPrintable(provider + QStringLiteral(" lacks source ") + key));
        }
    }
}

void TestRequirementTable::referenceSource_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("urlCell");
    QTest::addColumn<QString>("asOf");
    const Reference &ref = reference();
    QVERIFY2(ref.error.isEmpty(), qPrintable(ref.error));
    QVERIFY(!ref.sources.isEmpty());
    for (const ReferenceSource &s : ref.sources)
        QTest::newRow(qPrintable(s.key)) << s.title << s.urlCell << s.asOf;
}

void TestRequirementTable::referenceSource()
{
    QFETCH(QString, title);
    QFETCH(QString, urlCell);
    QFETCH(QString, asOf);
    const QString key = QString::fromLatin1(QTest::currentDataTag());
    const RequirementSource source = RequirementTable::builtin().source(key);
    QCOMPARE(source.key, key);
    QCOMPARE(source.title.en, title);
    // A cell may give a page's old and new address (M2); the data links one of them.
    static const QRegularExpression url(QStringLiteral("https?://[^\\s,()]+"));
    QStringList urls;
    for (const QRegularExpressionMatch &m : url.globalMatch(urlCell))
        urls.append(m.captured(0));
    QVERIFY2(
        urls.contains(source.url), qPrintable(source.url + QStringLiteral(" not in ") + urlCell));
    QCOMPARE(source.asOf.en, asOf == QStringLiteral("—") ? QString() : asOf);
    // The Japanese UI shows no English: every source has a Japanese title and as-of form.
    QVERIFY2(!source.title.ja.trimmed().isEmpty(),
        qPrintable(key + QStringLiteral(" has no Japanese title")));
    QVERIFY2(source.asOf.isEmpty() || !source.asOf.ja.trimmed().isEmpty(),
        qPrintable(key + QStringLiteral(" has no Japanese as-of")));
}

void TestRequirementTable::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("ja");
    QTest::newRow("day") << QStringLiteral("2026-07-02") << QStringLiteral("2026 年 7 月 2 日");
    QTest::newRow("month") << QStringLiteral("2024-02") << QStringLiteral("2024 年 2 月");
    QTest::newRow("year") << QStringLiteral("2023") << QStringLiteral("2023 年");
    QTest::newRow("note") << QStringLiteral("undated copy") << QStringLiteral("undated copy");
    QTest::newRow("date-and-words")
        << QStringLiteral("2024-05-22 (seen)") << QStringLiteral("2024-05-22 (seen)");
    QTest::newRow("empty") << QString() << QString();
}

void TestRequirementTable::dates()
{
    QFETCH(QString, date);
    QFETCH(QString, ja);
    QCOMPARE(dateText(date, QStringLiteral("ja")), ja);
    QCOMPARE(dateText(date, QStringLiteral("en")), date);
}

void TestRequirementTable::sourceForms_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("titleEn");
    QTest::addColumn<QString>("titleJa");
    QTest::addColumn<QString>("asOfEn");
    QTest::addColumn<QString>("asOfJa");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("plain-strings-day")
        << QByteArray(R"({"title": "Page", "url": "https://a.example/", "as_of": "2026-07-02"})")
        << QStringLiteral("Page") << QString() << QStringLiteral("2026-07-02")
        << QStringLiteral("2026 年 7 月 2 日") << true;
    QTest::newRow("month") << QByteArray(
        R"({"title": "Page", "url": "https://a.example/", "as_of": "2024-12"})")
                           << QStringLiteral("Page") << QString() << QStringLiteral("2024-12")
                           << QStringLiteral("2024 年 12 月") << true;
    QTest::newRow("pairs") << QByteArray(
        R"({"title": {"en": "Page", "ja": "ページ"}, "url": "https://a.example/",)"
        R"( "as_of": {"en": "undated copy", "ja": "日付のない版"}})")
                           << QStringLiteral("Page") << QStringLiteral("ページ")
                           << QStringLiteral("undated copy") << QStringLiteral("日付のない版")
                           << false;
    QTest::newRow("english-note-only")
        << QByteArray(R"({"title": "Page", "url": "https://a.example/", "as_of": "undated copy"})")
        << QStringLiteral("Page") << QString() << QStringLiteral("undated copy") << QString()
        << false;
    QTest::newRow("no-as-of") << QByteArray(
        R"({"title": {"en": "RFC", "ja": "RFC"}, "url": "https://a.example/", "as_of": ""})")
                              << QStringLiteral("RFC") << QStringLiteral("RFC") << QString()
                              << QString() << false;
}

void TestRequirementTable::sourceForms()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, titleEn);
    QFETCH(QString, titleJa);
    QFETCH(QString, asOfEn);
    QFETCH(QString, asOfJa);
    QFETCH(bool, isDate);
    QJsonObject root = QJsonDocument::fromJson(builtinJson()).object();
    QJsonObject sources = root.value(u"sources").toObject();
    const QJsonDocument doc = QJsonDocument::fromJson(source);
    QVERIFY(doc.isObject());
    sources.insert(u"T1", doc.object());
    root.insert(u"sources", sources);
    const Result<RequirementTable> parsed = RequirementTable::fromJson(toBytes(root));
    QVERIFY(parsed.hasValue());
    const RequirementSource s = parsed->source(QStringLiteral("T1"));
    QCOMPARE(s.title.en, titleEn);
    QCOMPARE(s.title.ja, titleJa);
    QCOMPARE(s.asOf.en, asOfEn);
    QCOMPARE(s.asOf.ja, asOfJa);
    QCOMPARE(s.asOfIsDate, isDate);
    // With no Japanese form, the Japanese UI falls back to the English text.
    QCOMPARE(s.title.text(QStringLiteral("ja")), titleJa.isEmpty() ? titleEn : titleJa);
}

void TestRequirementTable::idsMatchBothWays()
{
    const Reference &ref = reference();
    QVERIFY2(ref.error.isEmpty(), qPrintable(ref.error));
    QSet<QString> refIds;
    for (const ReferenceRow &row : ref.rows)
        refIds.insert(row.id);
    QSet<QString> dataIds;
    for (const RequirementRow &row : RequirementTable::builtin().rows()) {
        QVERIFY2(!dataIds.contains(row.id), qPrintable(QStringLiteral("duplicate ") + row.id));
        if (row.group != CarriersGroup) // carrierRowsFollowTheirReference()
            dataIds.insert(row.id);
    }
    QCOMPARE(refIds.size(), ref.rows.size());
    for (const QString &id : std::as_const(dataIds))
        QVERIFY2(refIds.contains(id), qPrintable(id + QStringLiteral(" is not in the reference")));
    for (const QString &id : std::as_const(refIds))
        QVERIFY2(dataIds.contains(id), qPrintable(id + QStringLiteral(" is not in the data")));
}

// The carriers' rows (japan-carriers.md): stated for docomo, au and SoftBank only, every cell
// with a source whose site that reference names, and the mailbox providers' rows not stated
// for the carriers.
void TestRequirementTable::carrierRowsFollowTheirReference()
{
    QFile file(CarriersReferencePath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(CarriersReferencePath));
    const QString reference = QString::fromUtf8(file.readAll());
    const RequirementTable &table = RequirementTable::builtin();
    int carrierRows = 0;
    for (const RequirementRow &row : table.rows()) {
        const bool carrierRow = row.group == CarriersGroup;
        carrierRows += carrierRow ? 1 : 0;
        for (const RequirementCell &cell : row.cells) {
            const bool carrier = table.providerGroup(cell.provider) == u"carrier";
            if (carrier != carrierRow) {
                QVERIFY2(cell.applies == Applicability::NotStated, qPrintable(row.id + u' ' + cell.provider));
                continue;
            }
            if (!carrierRow)
                continue;
            QCOMPARE(cell.applies, Applicability::All);
            QVERIFY2(!cell.sources.isEmpty(), qPrintable(row.id + u' ' + cell.provider));
            bool named = false;
            for (const QString &key : cell.sources) {
                const QUrl url(table.source(key).url);
                QString host = url.host();
                if (host.startsWith(u"www."))
                    host = host.mid(4);
                named = named || reference.contains(host);
                QVERIFY2(!table.source(key).asOf.isEmpty(), qPrintable(key));
            }
            QVERIFY2(named, qPrintable(row.id + u' ' + cell.provider));
        }
    }
    QCOMPARE(carrierRows, 2);
}

void TestRequirementTable::corrupted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");

    const QJsonObject root = QJsonDocument::fromJson(builtinJson()).object();
    QVERIFY(!root.isEmpty());
    const QJsonObject row = firstRow(root);
    const QJsonObject gmail = row.value(u"cells").toObject().value(u"gmail").toObject();
    const QString syntax = QStringLiteral("requirements.table.syntax");
    const QString schema = QStringLiteral("requirements.table.schema");
    const QString rowKey = QStringLiteral("requirements.table.row");
    const QString cellKey = QStringLiteral("requirements.table.cell");
    const QString sourceKey = QStringLiteral("requirements.table.source");

    QTest::newRow("not-json") << QByteArray("{\"schema\": 1, \"rows\": [") << syntax << 0;
    QTest::newRow("empty") << QByteArray() << syntax << 0;
    QTest::newRow("array-root") << QByteArray("[1, 2]") << syntax << 0;
    {
        QJsonObject o = root;
        o.insert(u"schema", 2);
        QTest::newRow("wrong-schema") << toBytes(o) << schema << 0;
        o.remove(u"schema");
        QTest::newRow("missing-schema") << toBytes(o) << schema << 0;
    }
    {
        QJsonObject o = root;
        o.insert(u"providers", QJsonArray());
        QTest::newRow("no-providers") << toBytes(o) << schema << 0;
    }
    {
        QJsonObject r = row;
        r.remove(u"check");
        QTest::newRow("row-without-check") << toBytes(withFirstRow(root, r)) << rowKey << 1;
    }
    {
        QJsonObject r = row;
        r.insert(u"group", QStringLiteral("marketing"));
        QTest::newRow("unknown-group") << toBytes(withFirstRow(root, r)) << rowKey << 1;
    }
    {
        QJsonObject r = row;
        r.insert(u"scope", QStringLiteral("transactional"));
        QTest::newRow("unknown-scope") << toBytes(withFirstRow(root, r)) << rowKey << 1;
    }
    {
        QJsonObject r = row;
        QJsonObject title = r.value(u"title").toObject();
        title.remove(u"ja");
        r.insert(u"title", title);
        QTest::newRow("missing-ja-title") << toBytes(withFirstRow(root, r)) << rowKey << 1;
    }
    {
        QJsonObject r = row;
        QJsonObject fix = r.value(u"fix").toObject();
        fix.insert(u"en", QStringLiteral("  "));
        r.insert(u"fix", fix);
        QTest::newRow("blank-en-fix") << toBytes(withFirstRow(root, r)) << rowKey << 1;
    }
    {
        QJsonObject o = root;
        QJsonArray rows = o.value(u"rows").toArray();
        rows.append(row);
        o.insert(u"rows", rows);
        QTest::newRow("duplicate-row-id") << toBytes(o) << rowKey << int(rows.size());
    }
    {
        QJsonObject c = gmail;
        c.insert(u"applies", QStringLiteral("required"));
        QTest::newRow("unknown-applies")
            << toBytes(withFirstCell(root, QStringLiteral("gmail"), c)) << cellKey << 1;
    }
    {
        QJsonObject r = row;
        QJsonObject cells = r.value(u"cells").toObject();
        cells.remove(u"outlook");
        r.insert(u"cells", cells);
        QTest::newRow("missing-cell") << toBytes(withFirstRow(root, r)) << cellKey << 1;
    }
    {
        QJsonObject c = gmail;
        QTest::newRow("unknown-provider-cell")
            << toBytes(withFirstCell(root, QStringLiteral("aol"), c)) << cellKey << 1;
    }
    {
        QJsonObject c = gmail;
        c.insert(u"cap", QStringLiteral("fail"));
        QTest::newRow("bad-cap") << toBytes(withFirstCell(root, QStringLiteral("gmail"), c))
                                 << cellKey << 1;
    }
    {
        QJsonObject c = gmail;
        c.insert(u"note", QJsonObject{{QStringLiteral("en"), QStringLiteral("English only")}});
        QTest::newRow("note-without-ja")
            << toBytes(withFirstCell(root, QStringLiteral("gmail"), c)) << cellKey << 1;
    }
    {
        QJsonObject c = gmail;
        c.insert(u"sources", QJsonArray{QStringLiteral("G1"), QStringLiteral("G99")});
        QTest::newRow("unknown-source")
            << toBytes(withFirstCell(root, QStringLiteral("gmail"), c)) << sourceKey << 1;
    }
    {
        QJsonObject o = root;
        QJsonObject sources = o.value(u"sources").toObject();
        sources.insert(u"G1", QJsonObject{{QStringLiteral("title"), QStringLiteral("No URL")}});
        o.insert(u"sources", sources);
        QTest::newRow("source-without-url") << toBytes(o) << sourceKey << 0;
    }
}

void TestRequirementTable::corrupted()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(int, line);
    const Result<RequirementTable> parsed = RequirementTable::fromJson(json);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().key, key);
    QCOMPARE(parsed.error().line, line);
}

void TestRequirementTable::cellCheckDefaultsToRowCheck()
{
    QJsonObject root = QJsonDocument::fromJson(builtinJson()).object();
    QJsonObject row = firstRow(root);
    row.insert(u"check", QStringLiteral("auth.spf_pass"));
    QJsonObject cells = row.value(u"cells").toObject();
    QJsonObject yahoo = cells.value(u"yahoo").toObject();
    yahoo.insert(u"check", QStringLiteral("auth.dkim_pass"));
    yahoo.insert(u"cap", QStringLiteral("warning"));
    cells.insert(u"yahoo", yahoo);
    QJsonObject gmail = cells.value(u"gmail").toObject();
    gmail.remove(u"check");
    cells.insert(u"gmail", gmail);
    row.insert(u"cells", cells);

    const Result<RequirementTable> parsed
        = RequirementTable::fromJson(toBytes(withFirstRow(root, row)));
    QVERIFY(parsed.hasValue());
    const RequirementRow &first = parsed->rows().first();
    QCOMPARE(first.cell(QStringLiteral("gmail"))->check, QStringLiteral("auth.spf_pass"));
    QCOMPARE(first.cell(QStringLiteral("gmail"))->capWarning, false);
    QCOMPARE(first.cell(QStringLiteral("yahoo"))->check, QStringLiteral("auth.dkim_pass"));
    QCOMPARE(first.cell(QStringLiteral("yahoo"))->capWarning, true);
}

void TestRequirementTable::texts_data()
{
    QTest::addColumn<QString>("id");
    for (const RequirementRow &row : RequirementTable::builtin().rows())
        QTest::newRow(qPrintable(row.id)) << row.id;
}

void TestRequirementTable::texts()
{
    QFETCH(QString, id);
    const RequirementTable &table = RequirementTable::builtin();
    const RequirementRow *row = table.row(id);
    QVERIFY(row);
    for (const LocalText &t : {row->title, row->explanation, row->fix}) {
        QVERIFY(!t.en.trimmed().isEmpty());
        QVERIFY(!t.ja.trimmed().isEmpty());
        QVERIFY2(t.en != t.ja, qPrintable(t.en));
    }
    QVERIFY2(row->title.en.size() <= 45, qPrintable(row->title.en));
    QCOMPARE(row->title.text(QStringLiteral("ja")), row->title.ja);
    QCOMPARE(row->title.text(QStringLiteral("en")), row->title.en);
    for (const RequirementCell &cell : row->cells) {
        if (cell.note.isEmpty())
            continue;
        QVERIFY2(!cell.note.en.isEmpty() && !cell.note.ja.isEmpty(), qPrintable(cell.provider));
    }
    for (const RequirementGroup &g : table.groups())
        QVERIFY(!g.title.en.isEmpty() && !g.title.ja.isEmpty());
}

QTEST_GUILESS_MAIN(TestRequirementTable)
#include "TestRequirementTable.moc"
