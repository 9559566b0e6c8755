#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/checklist/RequirementEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace kensa;

// The catalogues are complete at every commit, and every finding key the engine can emit has a
// sentence in both languages.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseCatalogueIsComplete();
    void englishCatalogueHoldsOnlyPlurals();
    void everyEmittedKeyHasText();
    void everyKeyIsTranslated();

private:
    struct Message
    {
        QString source;
        QString type;
        bool numerus = false;
        QStringList translations;
    };
    static QList<Message> readTs(const QString &path);
};

QList<TestTranslations::Message> TestTranslations::readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"message") {
                current = Message();
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                inMessage = true;
            } else if (inMessage && xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (inMessage && xml.name() == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (inMessage && xml.name() == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(current);
            inMessage = false;
        }
    }
    return out;
}

void TestTranslations::japaneseCatalogueIsComplete()
{
    const QList<Message> messages = readTs(QStringLiteral(KENSA_SOURCE_DIR "/translations/kensa_ja.ts"));
    QVERIFY(messages.size() > 50);
    for (const Message &m : messages) {
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(m.type, m.source)));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(m.source));
        for (const QString &t : m.translations)
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(m.source));
    }
}

void TestTranslations::englishCatalogueHoldsOnlyPlurals()
{
    const QList<Message> messages = readTs(QStringLiteral(KENSA_SOURCE_DIR "/translations/kensa_en.ts"));
    QVERIFY(!messages.isEmpty());
    for (const Message &m : messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
        QCOMPARE(m.translations.size(), 2);
        QVERIFY2(!m.translations.at(0).contains(u"(s)"), qPrintable(m.source));
    }
}

void TestTranslations::everyEmittedKeyHasText()
{
    // Every finding key written as a literal anywhere under core/ must have a sentence in the
    // table. The key families are the first labels of the table's own keys, so a new family
    // (iprev., hops., sender., ...) is checked from its first key on.
    QStringList families;
    for (const QString &k : Explanations::keys()) {
        const QString family = k.section(u'.', 0, 0);
        if (!families.contains(family))
            families.append(family);
    }
    QVERIFY(families.size() > 10);
    const QRegularExpression keyLiteral(
        QStringLiteral(R"re("((?:%1)\.[a-z0-9_.]+)")re").arg(families.join(u'|')));
    QVERIFY(keyLiteral.isValid());
    QSet<QString> familiesSeen;
    int seen = 0;
    QDirIterator it(QStringLiteral(KENSA_SOURCE_DIR "/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(QStringLiteral(KENSA_SOURCE_DIR)).relativeFilePath(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QRegularExpressionMatch &m : keyLiteral.globalMatch(text)) {
            const QString key = m.captured(1);
            // RFC 8601 ptype.property names (header.d, header.from, ...) share the "header."
            // prefix with finding keys but are not keys.
            static const QRegularExpression authresProperty(QStringLiteral("^header\\.(a|b|d|i|s|from|sender|subject)$"));
            if (authresProperty.match(key).hasMatch())
                continue;
            // The names of checks (arc.forwarder, format.idn, unsub.body_link ...) that
            // requirement rows bind to are identifiers, not explanation keys.
            if (RequirementEngine::checkIds().contains(key))
                continue;
            ++seen;
            familiesSeen.insert(key.section(u'.', 0, 0));
            if (key.endsWith(u'.')) {
                // A prefix completed in code ("address.unbalanced." + kind): some key must have it.
                bool any = false;
                for (const QString &k : Explanations::keys())
                    any = any || k.startsWith(key);
                QVERIFY2(any, qPrintable(QStringLiteral("no key starts with %1 (%2)").arg(key, name)));
                continue;
            }
            QVERIFY2(Explanations::hasText(key), qPrintable(QStringLiteral("%1 in %2").arg(key, name)));
        }
    }
    // The walk really reached the sources: hundreds of keys, from every family but a few.
    QVERIFY2(seen > 300, qPrintable(QString::number(seen)));
    for (const char *family : {"dkim", "arc", "spf", "dmarc", "iprev", "hops", "received", "format", "unsub", "requirements"})
        QVERIFY2(familiesSeen.contains(QLatin1String(family)), family);
}

void TestTranslations::everyKeyIsTranslated()
{
    Localization::apply(QStringLiteral("en"));
    QHash<QString, QString> english;
    for (const QString &key : Explanations::keys())
        english.insert(key, Explanations::text(Finding{key, Severity::Info, {}, 0, {}}));
    Localization::apply(QStringLiteral("ja"));
    for (const QString &key : Explanations::keys()) {
        const QString japanese = Explanations::text(Finding{key, Severity::Info, {}, 0, {}});
        QVERIFY2(japanese != english.value(key), qPrintable(key));
    }
    Localization::apply(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
