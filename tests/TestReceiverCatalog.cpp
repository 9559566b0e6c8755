#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/receiver/ReceiverCatalog.h"
#include "core/receiver/ReceiverFields.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace kensa;

// The receivers' data (resources/receivers/*.json, every vendor's file): each built-in file loads,
// every text a user can see has English and Japanese, broken files are refused with the key
// that says what is wrong, and decode() tells documented from undocumented. Then the real
// messages: the tokens Microsoft's and Google's pages document decode as documented.
class TestReceiverCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyFileLoadsAndIsBuiltIn();
    void everyTextHasBothLanguages();
    void brokenFileIsRefused_data();
    void brokenFileIsRefused();
    void decode_data();
    void decode();
    void describeRule();
    void realMessagesDecodeDocumentedTokens();
};

namespace {

QDir dataDir()
{
    return QDir(QStringLiteral(KENSA_SOURCE_DIR "/resources/receivers"));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The file every broken case is derived from: one of everything the format has.
QJsonObject goodFile()
{
    const auto text = [](const char *en, const char *ja) {
        return QJsonObject{{u"en"_qs, QString::fromUtf8(en)}, {u"ja"_qs, QString::fromUtf8(ja)}};
    };
    return QJsonObject{
        {u"vendor"_qs, u"acme"_qs},
        {u"name"_qs, text("Acme Mail", "Acme メール")},
        {u"sources"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"doc"_qs}, {u"url"_qs, u"https://acme.example/doc"_qs},
                                              {u"title"_qs, text("Headers", "ヘッダー")}, {u"as_of"_qs, u"2026-01"_qs}},
                                  QJsonObject{{u"id"_qs, u"other"_qs}, {u"url"_qs, u"https://acme.example/other"_qs},
                                              {u"title"_qs, text("Other", "その他")}, {u"as_of"_qs, u"2026-02"_qs}}}},
        {u"fields"_qs, QJsonArray{QJsonObject{
            {u"name"_qs, u"X-Acme-Verdict"_qs}, {u"source"_qs, u"doc"_qs}, {u"meaning"_qs, text("Verdict", "判定")},
            {u"tokens"_qs, QJsonArray{
                QJsonObject{{u"token"_qs, u"S"_qs}, {u"label"_qs, text("Score", "スコア")},
                            {u"values"_qs, QJsonArray{
                                QJsonObject{{u"value"_qs, u"-1"_qs}, {u"meaning"_qs, text("Skipped", "省略")}},
                                QJsonObject{{u"min"_qs, 5}, {u"max"_qs, 9}, {u"meaning"_qs, text("Spam", "迷惑メール")}},
                                QJsonObject{{u"value"_qs, u"X"_qs}, {u"source"_qs, u"other"_qs}, {u"meaning"_qs, text("Other page", "別のページ")}}}}},
                QJsonObject{{u"token"_qs, u"IP"_qs}, {u"label"_qs, text("IP", "IP")},
                            {u"values"_qs, QJsonArray{QJsonObject{{u"any"_qs, true}, {u"meaning"_qs, text("Client", "接続元")}}}}},
                QJsonObject{{u"token"_qs, u"N"_qs}, {u"label"_qs, text("Named only", "名前のみ")}}}}}}},
        {u"families"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"bayes"_qs}, {u"label"_qs, text("Bayes", "ベイズ")}}}},
        {u"rules"_qs, QJsonArray{
            QJsonObject{{u"name"_qs, u"BAYES_99"_qs}, {u"family"_qs, u"bayes"_qs}, {u"source"_qs, u"doc"_qs}, {u"meaning"_qs, text("Spam words", "迷惑メールの語")}},
            QJsonObject{{u"prefix"_qs, u"BAYES_"_qs}, {u"family"_qs, u"bayes"_qs}, {u"source"_qs, u"doc"_qs}, {u"meaning"_qs, text("Bayes", "ベイズ")}}}}};
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sets the value at a path of object keys and array indexes ("fields/0/tokens/0/label").
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = replaced(a.at(index), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(step);
    else
        o[step] = replaced(o.value(step), path, value);
    return o;
}

} // namespace

void TestReceiverCatalog::everyFileLoadsAndIsBuiltIn()
{
    const QStringList files = dataDir().entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 4, "the Microsoft, Google, Apple and Yahoo files at least");
    QStringList vendors;
    for (const QString &name : files) {
        const Result<ReceiverCatalog> one = ReceiverCatalog::fromJson({readFile(dataDir().filePath(name))});
        QVERIFY2(one, qPrintable(QStringLiteral("%1: %2").arg(name, one ? QString() : one.error().key)));
        vendors += one->vendors();
    }
    // Every file on disk is compiled in (KENSA_RECEIVER_DATA in core/CMakeLists.txt).
    QStringList builtin = ReceiverCatalog::builtin().vendors();
    builtin.sort();
    vendors.sort();
    QCOMPARE(builtin, vendors);
    for (const char *v : {"microsoft", "google", "apple", "yahoo"})
        QVERIFY2(builtin.contains(QLatin1String(v)), v);
}

void TestReceiverCatalog::everyTextHasBothLanguages()
{
    int texts = 0;
    const auto check = [&texts](const QJsonValue &v, const QString &where) {
        const QJsonObject o = v.toObject();
        ++texts;
        return !o.value(u"en").toString().trimmed().isEmpty() && !o.value(u"ja").toString().trimmed().isEmpty()
            ? QString()
            : where;
    };
    for (const QString &name : dataDir().entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject root = QJsonDocument::fromJson(readFile(dataDir().filePath(name))).object();
        QStringList missing;
        missing << check(root.value(u"name"), name + QStringLiteral(" name"));
        for (const QJsonValue &s : root.value(u"sources").toArray())
            missing << check(s.toObject().value(u"title"), name + QStringLiteral(" source ") + s.toObject().value(u"id").toString());
        for (const QJsonValue &fv : root.value(u"fields").toArray()) {
            const QJsonObject f = fv.toObject();
            const QString field = name + u' ' + f.value(u"name").toString();
            missing << check(f.value(u"meaning"), field);
            for (const QJsonValue &tv : f.value(u"tokens").toArray()) {
                const QJsonObject t = tv.toObject();
                const QString token = field + u' ' + t.value(u"token").toString();
                missing << check(t.value(u"label"), token);
                for (const QJsonValue &vv : t.value(u"values").toArray())
                    missing << check(vv.toObject().value(u"meaning"), token + u' ' + vv.toObject().value(u"value").toString());
            }
        }
        for (const QJsonValue &rv : root.value(u"rules").toArray())
            missing << check(rv.toObject().value(u"meaning"), name + QStringLiteral(" rule ") + rv.toObject().value(u"name").toString()
                                                                  + rv.toObject().value(u"prefix").toString());
        for (const QJsonValue &fv : root.value(u"families").toArray())
            missing << check(fv.toObject().value(u"label"), name + QStringLiteral(" family ") + fv.toObject().value(u"id").toString());
        missing.removeAll(QString());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
    QVERIFY2(texts > 100, qPrintable(QString::number(texts)));
}

void TestReceiverCatalog::brokenFileIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("key");

    const QJsonValue gone; // undefined: the key is removed
    QTest::newRow("the-good-file-loads") << QString() << QJsonValue() << QString();
    QTest::newRow("no-vendor") << u"vendor"_qs << gone << u"receivers.catalog.vendor"_qs;
    QTest::newRow("name-without-japanese") << u"name/ja"_qs << gone << u"receivers.catalog.text"_qs;
    QTest::newRow("source-over-http") << u"sources/0/url"_qs << QJsonValue(u"http://acme.example/doc"_qs) << u"receivers.catalog.source"_qs;
    QTest::newRow("source-title-without-english") << u"sources/0/title/en"_qs << gone << u"receivers.catalog.source"_qs;
    QTest::newRow("field-without-meaning") << u"fields/0/meaning"_qs << gone << u"receivers.catalog.field"_qs;
    QTest::newRow("field-with-unknown-source") << u"fields/0/source"_qs << QJsonValue(u"nowhere"_qs) << u"receivers.catalog.field"_qs;
    QTest::newRow("token-without-japanese-label") << u"fields/0/tokens/0/label/ja"_qs << gone << u"receivers.catalog.token"_qs;
    QTest::newRow("value-without-meaning") << u"fields/0/tokens/0/values/0/meaning"_qs << gone << u"receivers.catalog.value"_qs;
    QTest::newRow("value-without-key") << u"fields/0/tokens/0/values/0/value"_qs << gone << u"receivers.catalog.value"_qs;
    QTest::newRow("value-with-unknown-source") << u"fields/0/tokens/0/values/2/source"_qs << QJsonValue(u"nowhere"_qs) << u"receivers.catalog.value"_qs;
    QTest::newRow("rule-with-name-and-prefix") << u"rules/0/prefix"_qs << QJsonValue(u"BAYES"_qs) << u"receivers.catalog.rule"_qs;
    QTest::newRow("rule-with-unknown-family") << u"rules/0/family"_qs << QJsonValue(u"dnsbl"_qs) << u"receivers.catalog.rule"_qs;
    QTest::newRow("family-without-label") << u"families/0/label"_qs << gone << u"receivers.catalog.family"_qs;
}

void TestReceiverCatalog::brokenFileIsRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, key);
    QJsonObject file = goodFile();
    if (!path.isEmpty())
        file = replaced(file, path.split(u'/'), value).toObject();
    const Result<ReceiverCatalog> read = ReceiverCatalog::fromJson({bytes(file)});
    if (key.isEmpty()) {
        QVERIFY(read);
        return;
    }
    QVERIFY(!read);
    QCOMPARE(read.error().key, key);
    QCOMPARE(read.error().line, 1);
}

void TestReceiverCatalog::decode_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("documented");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("source");

    const QString doc = u"https://acme.example/doc"_qs;
    QTest::newRow("exact-value") << u"S"_qs << u"-1"_qs << true << u"Skipped"_qs << doc;
    QTest::newRow("range-low-end") << u"S"_qs << u"5"_qs << true << u"Spam"_qs << doc;
    QTest::newRow("range-high-end") << u"S"_qs << u"9"_qs << true << u"Spam"_qs << doc;
    QTest::newRow("below-range-undocumented") << u"S"_qs << u"4"_qs << false << QString() << doc;
    QTest::newRow("value-with-its-own-source") << u"S"_qs << u"X"_qs << true << u"Other page"_qs << u"https://acme.example/other"_qs;
    QTest::newRow("token-name-case-insensitive") << u"s"_qs << u"-1"_qs << true << u"Skipped"_qs << doc;
    QTest::newRow("any-value") << u"IP"_qs << u"192.0.2.1"_qs << true << u"Client"_qs << doc;
    QTest::newRow("token-named-values-not") << u"N"_qs << u"3"_qs << false << QString() << doc;
    QTest::newRow("unknown-token") << u"ZZ"_qs << u"1"_qs << false << QString() << QString();
}

void TestReceiverCatalog::decode()
{
    QFETCH(QString, token);
    QFETCH(QString, value);
    QFETCH(bool, documented);
    QFETCH(QString, meaning);
    QFETCH(QString, source);
    const Result<ReceiverCatalog> catalog = ReceiverCatalog::fromJson({bytes(goodFile())});
    QVERIFY(catalog);
    const DecodedToken t = catalog->decode(u"acme"_qs, u"x-acme-verdict", token, value);
    QCOMPARE(t.token, token);
    QCOMPARE(t.value, value);
    QCOMPARE(t.documented, documented);
    QCOMPARE(t.meaning.en, meaning);
    QCOMPARE(t.source, source);
    QCOMPARE(t.meaning.ja.isEmpty(), meaning.isEmpty());
}

void TestReceiverCatalog::describeRule()
{
    const Result<ReceiverCatalog> catalog = ReceiverCatalog::fromJson({bytes(goodFile())});
    QVERIFY(catalog);
    const ReceiverRule exact = catalog->describe(u"acme"_qs, u"BAYES_99"_qs, 3.5);
    QVERIFY(exact.documented);
    QCOMPARE(exact.meaning.en, u"Spam words"_qs);
    QCOMPARE(exact.familyLabel.ja, u"ベイズ"_qs);
    QCOMPARE(*exact.weight, 3.5);
    const ReceiverRule prefix = catalog->describe(u"acme"_qs, u"BAYES_00"_qs);
    QVERIFY(prefix.documented);
    QCOMPARE(prefix.meaning.en, u"Bayes"_qs);
    const ReceiverRule unknown = catalog->describe(u"acme"_qs, u"HTML_MESSAGE"_qs);
    QVERIFY(!unknown.documented);
    QVERIFY(unknown.meaning.isEmpty());
}

// The tokens the vendors' pages document, as they appear in the real messages: whenever one is
// written with a value, it must come out documented. Values the pages do not list (CAT:NONE,
// PCL:0 below Exchange's scale of 1 to 8) stay undocumented, as they should.
void TestReceiverCatalog::realMessagesDecodeDocumentedTokens()
{
    const QDir messages(QStringLiteral(KENSA_SHARED_DIR "/realworld/messages"));
    if (!messages.exists())
        QSKIP("the shared real-world messages are not here");
    const QHash<QString, QSet<QString>> documented{
        {u"microsoft X-Forefront-Antispam-Report"_qs, {u"CIP"_qs, u"CTRY"_qs, u"LANG"_qs, u"SCL"_qs, u"SFV"_qs, u"IPV"_qs, u"H"_qs, u"PTR"_qs, u"DIR"_qs, u"SRV"_qs, u"SFTY"_qs, u"CAT"_qs}},
        {u"microsoft X-MS-Exchange-Organization-SCL"_qs, {u"SCL"_qs}},
        {u"microsoft X-Microsoft-Antispam"_qs, {u"BCL"_qs, u"PCL"_qs}},
        {u"microsoft Authentication-Results"_qs, {u"spf"_qs, u"dkim"_qs, u"dmarc"_qs, u"action"_qs, u"compauth"_qs, u"reason"_qs, u"header.from"_qs, u"header.d"_qs, u"smtp.mailfrom"_qs}},
        {u"google Authentication-Results"_qs, {u"dmarc"_qs, u"p"_qs, u"sp"_qs, u"dis"_qs, u"arc"_qs, u"arc.i"_qs, u"arc.spf"_qs, u"arc.dkim"_qs, u"arc.dmarc"_qs}},
        {u"google Received-SPF"_qs, {u"result"_qs, u"client-ip"_qs, u"envelope-from"_qs, u"helo"_qs, u"receiver"_qs}},
    };
    const QSet<QString> knownUndocumented{u"CAT:NONE"_qs, u"PCL:0"_qs};
    int checked = 0;
    QSet<QString> vendorsSeen;
    for (const QString &name : messages.entryList(QDir::Files, QDir::Name)) {
        const Message message = Message::parse(readFile(messages.filePath(name)));
        for (const ReceiverVerdict &v : ReceiverFields::read(message, HopTimeline{})) {
            vendorsSeen.insert(v.vendor);
            const QSet<QString> tokens = documented.value(v.vendor + u' ' + v.field);
            for (const DecodedToken &t : v.decoded) {
                if (t.value.isEmpty() || !tokens.contains(t.token))
                    continue;
                ++checked;
                if (knownUndocumented.contains(t.token + u':' + t.value))
                    continue;
                QVERIFY2(t.documented, qPrintable(QStringLiteral("%1 line %2: %3 %4=%5").arg(name).arg(v.line).arg(v.field, t.token, t.value)));
                QVERIFY2(!t.source.isEmpty() && !t.meaning.en.isEmpty() && !t.meaning.ja.isEmpty(), qPrintable(name));
            }
        }
    }
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
    QVERIFY(vendorsSeen.contains(u"microsoft"_qs));
    QVERIFY(vendorsSeen.contains(u"google"_qs));
}

QTEST_GUILESS_MAIN(TestReceiverCatalog)
#include "TestReceiverCatalog.moc"
