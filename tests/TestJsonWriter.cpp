#include "core/analysis/Analyzer.h"
#include "core/input/InputLoader.h"
#include "core/report/JsonWriter.h"
#include "core/report/ReportJson.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace kensa;

// The JSON report is written straight to text; these tests hold it to the bytes QJsonDocument
// prints for the same values, which is what schema 1 has always been.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void nestedAtDepth();
    void emptyStrings();
    void piecesAreOneValue();
    void stringMap_data();
    void stringMap();
    void reportsAsDocument_data();
    void reportsAsDocument();
};

namespace {

// Writes a QJsonValue with the writer; QJsonObject iterates its keys in their sorted order.
void write(JsonWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        w.null();
        break;
    case QJsonValue::Bool:
        w.value(v.toBool());
        break;
    case QJsonValue::Double:
        w.value(v.toDouble());
        break;
    case QJsonValue::String:
        w.value(v.toString());
        break;
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &e : v.toArray())
            write(w, e);
        w.endArray();
        break;
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            w.key(QStringView(it.key()));
            write(w, it.value());
        }
        w.endObject();
        break;
    }
    }
}

QByteArray document(const QJsonValue &v, QJsonDocument::JsonFormat format)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(format) : QJsonDocument(v.toObject()).toJson(format);
}

} // namespace

void TestJsonWriter::sameAsQJsonDocument_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty-object") << QJsonValue(QJsonObject());
    QTest::newRow("empty-array") << QJsonValue(QJsonArray());
    QTest::newRow("empty-members") << QJsonValue(QJsonObject{{u"a"_qs, QJsonObject()}, {u"b"_qs, QJsonArray()}});
    QTest::newRow("scalars") << QJsonValue(QJsonArray{true, false, QJsonValue(), u"text"_qs, 0, -1, 42});
    QJsonArray numbers;
    for (const double d : {0.0, -0.0, 1.0, -5.0, 2.5, 0.1, -0.1, 1e-7, 1e5, 1700000000.0, 4133894400.0,
                           4.5e15, 9007199254740992.0, 9007199254740994.0, 1e16, 1e17, 99999999999999984.0,
                           1e21, 1.5e300, 123456789012.5, std::numeric_limits<double>::infinity()})
        numbers.append(d);
    QTest::newRow("numbers") << QJsonValue(numbers);
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("escapes") << QJsonValue(QJsonArray{controls, u"quote \" backslash \\ slash / del \x7f"_qs});
    QTest::newRow("unicode") << QJsonValue(QJsonArray{u"é 日本語 \U0001F600"_qs, QString(QChar(0xD800)) + u"x"_qs,
                                                      QString(QChar(0xDC00)), QString(QChar(0xFFFF))});
    // Longer text is read eight units at a time: each kind of unit at each place in a block.
    QJsonArray placed;
    for (const QString &unit : {u"\""_qs, u"\\"_qs, u"\x1f"_qs, u"\x7f"_qs, u"\x80"_qs, u"é"_qs, u"日"_qs,
                                u"\U0001F600"_qs, QString(QChar(0xD800)), QString(QChar(0xFFFF))}) {
        for (int at = 0; at < 17; ++at)
            placed.append(QString(at, u'a') + unit + QString(9, u'b'));
    }
    QTest::newRow("escapes-in-blocks") << QJsonValue(placed);
    QTest::newRow("keys-sorted") << QJsonValue(QJsonObject{{u"reason_text"_qs, 1}, {u"reason"_qs, 2}, {u"recorded"_qs, 3},
                                                           {u"record"_qs, 4}, {u"record_domain"_qs, 5}, {u""_qs, 6},
                                                           {u"Z"_qs, 7}, {u"é"_qs, 8}, {u"key \"quoted\""_qs, 9}});
    // Deeper than the 64 levels of indentation the writer appends in one piece.
    QJsonValue deep(u"bottom"_qs);
    for (int level = 0; level < 70; ++level)
        deep = level % 2 ? QJsonValue(QJsonArray{deep, level}) : QJsonValue(QJsonObject{{u"x"_qs, deep}});
    QTest::newRow("deep-nesting") << deep;
    QTest::newRow("nested") << QJsonValue(QJsonObject{
        {u"list"_qs, QJsonArray{QJsonObject{{u"a"_qs, QJsonArray{1, QJsonArray{QJsonObject()}}}}, QJsonArray()}},
        {u"obj"_qs, QJsonObject{{u"deep"_qs, QJsonObject{{u"deeper"_qs, QJsonArray{u"x"_qs}}}}}}});
}

void TestJsonWriter::sameAsQJsonDocument()
{
    QFETCH(QJsonValue, value);
    for (const auto &[style, format] : {std::pair{JsonWriter::Style::Indented, QJsonDocument::Indented},
                                        std::pair{JsonWriter::Style::Compact, QJsonDocument::Compact}}) {
        QByteArray out;
        JsonWriter w(&out, style);
        write(w, value);
        if (style == JsonWriter::Style::Indented)
            out += '\n'; // QJsonDocument ends an indented document with a line ending
        QCOMPARE(out, document(value, format));
    }
}

// A value written at depth 1 is an element of an array written around it.
void TestJsonWriter::nestedAtDepth()
{
    const QJsonObject element{{u"a"_qs, QJsonArray{1, 2}}, {u"b"_qs, QJsonObject{{u"c"_qs, u"d"_qs}}}};
    QByteArray out = "[\n    ";
    JsonWriter w(&out, JsonWriter::Style::Indented, 1);
    write(w, element);
    out += ",\n    ";
    JsonWriter second(&out, JsonWriter::Style::Indented, 1);
    write(second, element);
    out += "\n]\n";
    QCOMPARE(out, QJsonDocument(QJsonArray{element, element}).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::piecesAreOneValue()
{
    // A value given in pieces (a cached frame around parts written elsewhere) is placed as one:
    // the comma and the line break before it, nothing between the pieces.
    QByteArray out;
    {
        JsonWriter w(&out, JsonWriter::Style::Indented);
        w.beginArray();
        w.json({QByteArrayView("{\n        \"a\": "), QByteArrayView("1"), QByteArrayView(), QByteArrayView("\n    }")});
        w.json({QByteArrayView("\"b\"")});
        w.endArray();
    }
    QCOMPARE(out + '\n', QJsonDocument(QJsonArray{QJsonObject{{u"a"_qs, 1}}, u"b"_qs}).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::emptyStrings()
{
    // Empty (and null) texts of every kind: what QJsonDocument prints, with no copy from an
    // empty view's null pointer (UBSan stopped kensa-cli on one in the sanitizer build).
    QByteArray out;
    {
        JsonWriter w(&out, JsonWriter::Style::Compact);
        w.beginObject();
        w.key(QLatin1StringView(""));
        w.beginArray();
        w.value(QLatin1StringView());
        w.value(QString());
        w.utf8(QByteArrayView());
        w.latin1(QByteArrayView());
        w.endArray();
        w.endObject();
    }
    QCOMPARE(out, QJsonDocument(QJsonObject{{u""_qs, QJsonArray{u""_qs, u""_qs, u""_qs, u""_qs}}}).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::stringMap_data()
{
    using Pairs = QList<QPair<QString, QString>>;
    QTest::addColumn<Pairs>("pairs");
    QTest::newRow("empty") << Pairs{};
    QTest::newRow("one") << Pairs{{u"domain"_qs, u"example.com"_qs}};
    QTest::newRow("unsorted") << Pairs{{u"selector"_qs, u"s1"_qs}, {u"domain"_qs, u"d"_qs}, {u"bits"_qs, u"768"_qs}};
    QTest::newRow("prefix-names") << Pairs{{u"line_text"_qs, u"a"_qs}, {u"line"_qs, u"3"_qs}, {u"lin"_qs, u"b"_qs}};
    QTest::newRow("duplicates-last-kept")
        << Pairs{{u"b"_qs, u"first"_qs}, {u"a"_qs, u"x"_qs}, {u"b"_qs, u"second"_qs}, {u"b"_qs, u"third"_qs}};
    QTest::newRow("escaped") << Pairs{{u"q\"uote"_qs, u"line\nbreak"_qs}, {u"é"_qs, u"日本"_qs}};
}

// Name/value pairs print as the QJsonObject that insert() fills with them.
void TestJsonWriter::stringMap()
{
    using Pairs = QList<QPair<QString, QString>>;
    QFETCH(Pairs, pairs);
    QJsonObject object;
    for (const auto &[name, value] : pairs)
        object.insert(name, value);
    QByteArray out;
    JsonWriter w(&out, JsonWriter::Style::Compact);
    w.stringMap(pairs);
    QCOMPARE(out, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every sample and test message: the report as written equals the report read back and printed
// by QJsonDocument (sorted keys, indentation, numbers, escapes).
void TestJsonWriter::reportsAsDocument_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(KENSA_SOURCE_DIR));
    for (const char *folder : {"resources/samples", "tests/data"}) {
        QDirIterator it(root.filePath(QLatin1StringView(folder)), {QStringLiteral("*.eml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : std::as_const(paths))
            QTest::newRow(qPrintable(root.relativeFilePath(path))) << path;
    }
}

void TestJsonWriter::reportsAsDocument()
{
    QFETCH(QString, path);
    const Result<QByteArray> data = InputLoader::readFile(path);
    QVERIFY(data);
    const LoadedInput loaded = InputLoader::load(*data, path, PasteNormalizer::Origin::File);
    AnalysisOptions options;
    options.offline = true;
    QList<Report> reports;
    for (const AnalysisInput &input : loaded.messages)
        reports.append(Analyzer::analyze(input, options));
    QVERIFY(!reports.isEmpty());

    const QByteArray one = ReportJson::serialize({reports.first()});
    const QJsonDocument read = QJsonDocument::fromJson(one);
    QVERIFY(read.isObject());
    QCOMPARE(one, read.toJson(QJsonDocument::Indented));
    QByteArray compact;
    ReportJson::write(&compact, reports.first(), JsonWriter::Style::Compact);
    QCOMPARE(compact, read.toJson(QJsonDocument::Compact));

    reports.append(reports.first());
    const QByteArray several = ReportJson::serialize(reports);
    QCOMPARE(several, QJsonDocument::fromJson(several).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
