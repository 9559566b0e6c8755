#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/checklist/RequirementEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
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
    void argumentsMatchPlaceholders();
    void unnamedReceiverHasItsOwnWording();
    void pluralsFollowTheCount_data();
    void pluralsFollowTheCount();
    void keyArgumentsShowTheirSentence();
    void sentencesFollowTheLanguageSwitch();
    void sentencesPastTheCacheBound();
    void sentencesTellArgumentsApart();

private:
    struct Message
    {
        QString context;
        QString source;
        QString type;
        bool numerus = false;
        QStringList translations;
    };
    static QList<Message> readTs(const QString &path);
};

namespace {
Finding withAllArguments(const QString &key, const QString &count = QStringLiteral("2"));
}

QList<TestTranslations::Message> TestTranslations::readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    Message current;
    QString context;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message();
                current.context = context;
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
        english.insert(key, Explanations::text(withAllArguments(key)));
    Localization::apply(QStringLiteral("ja"));
    for (const QString &key : Explanations::keys()) {
        const QString japanese = Explanations::text(withAllArguments(key));
        QVERIFY2(japanese != english.value(key), qPrintable(key));
    }
    Localization::apply(QStringLiteral("en"));
}

namespace {

// The numbers of the %1 ... %99 placeholders in a text, and whether it has %n.
QSet<int> placeholders(const QString &text, bool *plural)
{
    static const QRegularExpression re(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QSet<int> out;
    *plural = false;
    for (const QRegularExpressionMatch &m : re.globalMatch(text)) {
        if (m.captured(1) == u"n")
            *plural = true;
        else
            out.insert(m.captured(1).toInt());
    }
    return out;
}

// A finding for `key` with every argument its table row declares.
Finding withAllArguments(const QString &key, const QString &count)
{
    Finding f{key, Severity::Info, {}, 0, {}};
    const QString countName = Explanations::countArgument(key);
    for (const QString &name : Explanations::argumentNames(key))
        f.args.append({name, name == countName ? count : QStringLiteral("<%1>").arg(name)});
    return f;
}

} // namespace

void TestTranslations::argumentsMatchPlaceholders()
{
    // Every key declares exactly the arguments its English text and its Japanese translation
    // use: %1 ... %N for the N named arguments, in order, and %n for the count argument.
    QHash<QString, QStringList> japanese;
    for (const Message &m : readTs(QStringLiteral(KENSA_SOURCE_DIR "/translations/kensa_ja.ts"))) {
        if (m.context == u"kensa::Explanations")
            japanese.insert(m.source, m.translations);
    }
    QVERIFY(japanese.size() > 300);
    int checked = 0;
    for (const QString &key : Explanations::keys()) {
        const QString countName = Explanations::countArgument(key);
        const int named
            = int(Explanations::argumentNames(key).size()) - (countName.isEmpty() ? 0 : 1);
        QSet<int> expected;
        for (int i = 1; i <= named; ++i)
            expected.insert(i);
        const QString source = Explanations::sourceText(key);
        QVERIFY2(
            japanese.contains(source), qPrintable(QStringLiteral("%1: no Japanese text").arg(key)));
        QStringList texts{source};
        texts += japanese.value(source);
        for (const QString &text : std::as_const(texts)) {
            bool plural = false;
            const QSet<int> used = placeholders(text, &plural);
            QStringList usedNames;
            for (int i : used)
                usedNames << QString::number(i);
            usedNames.sort();
            QVERIFY2(used == expected,
                qPrintable(QStringLiteral("%1 declares %2 arguments, the text uses %3: %4")
                               .arg(key, QString::number(named), usedNames.join(u','), text)));
            QVERIFY2(plural == !countName.isEmpty(),
                qPrintable(QStringLiteral("%1: %n and the count argument go together: %2")
                               .arg(key, text)));
        }
        ++checked;
    }
    QCOMPARE(checked, Explanations::keys().size());

    // And at run time, in both languages, no sentence leaves a placeholder or warns.
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &msg) { warnings << msg; });
    for (const char *language : {"en", "ja"}) {
        Localization::apply(QString::fromLatin1(language));
        for (const QString &key : Explanations::keys()) {
            const QString text = Explanations::text(withAllArguments(key));
            static const QRegularExpression leftOver(QStringLiteral("%[0-9n]"));
            QVERIFY2(
                !leftOver.match(text).hasMatch(), qPrintable(key + QStringLiteral(": ") + text));
        }
    }
    qInstallMessageHandler(previous);
    Localization::apply(QStringLiteral("en"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestTranslations::unnamedReceiverHasItsOwnWording()
{
    // A receiver without an authserv-id (Exchange Online) has no name: every sentence that names
    // the receiver has a variant that does not, and it is the one shown.
    int variants = 0;
    for (const QString &key : Explanations::keys()) {
        if (!Explanations::argumentNames(key).contains(u"receiver"))
            continue;
        const QString unnamed = Explanations::unnamedReceiverKey(key);
        QVERIFY2(Explanations::hasText(unnamed), qPrintable(key));
        QStringList rest = Explanations::argumentNames(key);
        rest.removeAll(QStringLiteral("receiver"));
        QCOMPARE(Explanations::argumentNames(unnamed), rest);
        ++variants;
        for (const char *language : {"en", "ja"}) {
            Localization::apply(QString::fromLatin1(language));
            Finding f = withAllArguments(key);
            for (auto &a : f.args) {
                if (a.first == u"receiver")
                    a.second.clear();
            }
            const QString text = Explanations::text(f);
            QCOMPARE(text, Explanations::text(withAllArguments(unnamed)));
            QVERIFY2(!text.startsWith(u' '), qPrintable(text));
        }
    }
    Localization::apply(QStringLiteral("en"));
    QVERIFY(variants >= 10);
}

void TestTranslations::pluralsFollowTheCount_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("english");
    QTest::newRow("clock-skew-one-second")
        << u"hops.clock_skew"_qs << u"1"_qs << u"dated 1 second before"_qs;
    QTest::newRow("clock-skew-seconds")
        << u"hops.clock_skew"_qs << u"2"_qs << u"dated 2 seconds before"_qs;
    QTest::newRow("verdict-one-failure")
        << u"requirements.verdict.failures"_qs << u"1"_qs << u"1 of its requirements is not met"_qs;
    QTest::newRow("verdict-failures") << u"requirements.verdict.failures"_qs << u"3"_qs
                                      << u"3 of its requirements are not met"_qs;
    QTest::newRow("one-line-ending")
        << u"normalise.lf_to_crlf"_qs << u"1"_qs << u"1 line ending was LF only"_qs;
    QTest::newRow("one-more-finding")
        << u"message.findings.more"_qs << u"1"_qs << u"1 more finding like"_qs;
}

void TestTranslations::pluralsFollowTheCount()
{
    QFETCH(QString, key);
    QFETCH(QString, count);
    QFETCH(QString, english);
    Localization::apply(QStringLiteral("en"));
    const QString text = Explanations::text(withAllArguments(key, count));
    QVERIFY2(text.contains(english), qPrintable(text));
    Localization::apply(QStringLiteral("ja"));
    const QString japanese = Explanations::text(withAllArguments(key, count));
    QVERIFY2(japanese.contains(count) && !japanese.contains(u"%n"), qPrintable(japanese));
    Localization::apply(QStringLiteral("en"));
}

void TestTranslations::keyArgumentsShowTheirSentence()
{
    // An argument that names another finding key reaches the reader as that key's sentence.
    Localization::apply(QStringLiteral("en"));
    const QString more = Explanations::text(makeFinding(u"message.findings.more"_qs,
        Severity::Info,
        {{u"key"_qs, u"dkim.tag.syntax"_qs}, {u"count"_qs, u"3"_qs}}));
    QCOMPARE(more,
        u"3 more findings like \"The value of the …= tag is malformed.\" were not listed."_qs);
    const QString spf = Explanations::text(makeFinding(u"spf.record.syntax"_qs,
        Severity::Info,
        {{u"domain"_qs, u"example.com"_qs},
            {u"error"_qs, u"spf.syntax.unknown_mechanism"_qs},
            {u"column"_qs, u"10"_qs},
            {u"term"_qs, u"foo:bar"_qs}}));
    QVERIFY2(spf.endsWith(u"The record contains an unknown mechanism."), qPrintable(spf));
    QVERIFY2(!spf.contains(u"spf.syntax"), qPrintable(spf));
}

// Sentences are kept once made (per thread, per installed language): switching the language
// must still give the new language's sentences, and switching back the first ones again.
void TestTranslations::sentencesFollowTheLanguageSwitch()
{
    const Finding f = makeFinding(u"message.findings.more"_qs,
        Severity::Info,
        {{u"key"_qs, u"dkim.tag.syntax"_qs}, {u"count"_qs, u"3"_qs}});
    Localization::apply(QStringLiteral("en"));
    const QString english = Explanations::text(f);
    QCOMPARE(Explanations::text(f), english);
    Localization::apply(QStringLiteral("ja"));
    const QString japanese = Explanations::text(f);
    QVERIFY2(japanese != english, qPrintable(japanese));
    QVERIFY2(!japanese.contains(u"malformed"), qPrintable(japanese));
    QCOMPARE(Explanations::text(f, u"en"_qs), english);
    Localization::apply(QStringLiteral("en"));
    QCOMPARE(Explanations::text(f), english);
    QCOMPARE(Explanations::text(f, u"ja"_qs), japanese);
    // Another thread makes its own: the same sentence.
    QString fromThread;
    QThread *thread = QThread::create([&] { fromThread = Explanations::text(f); });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(fromThread, english);
}

// More distinct sentences than are kept: each is still the one its arguments make.
void TestTranslations::sentencesPastTheCacheBound()
{
    Localization::apply(QStringLiteral("en"));
    for (int i = 0; i < 25000; ++i) {
        const QString line = QString::number(i);
        const Finding f = makeFinding(u"mime.base64.invalid"_qs, Severity::Warning, {{u"line"_qs, line}});
        const QString text = Explanations::text(f);
        QVERIFY2(text.contains(line), qPrintable(text));
    }
    for (int i = 0; i < 25000; ++i) {
        const QString line = QString::number(i);
        const Finding f = makeFinding(u"mime.base64.invalid"_qs, Severity::Warning, {{u"line"_qs, line}});
        QVERIFY(Explanations::text(f).contains(line));
    }
}

// Sentences are kept by their key and arguments written one after the other: values that
// would run together the same way ("1" "23" and "12" "3"), a value that repeats a name, and the
// same arguments in two languages are still told apart.
void TestTranslations::sentencesTellArgumentsApart()
{
    Localization::apply(QStringLiteral("en"));
    const auto tooLong = [](const QString &line, const QString &length) {
        return Explanations::text(makeFinding(u"message.line.too_long"_qs, Severity::Warning,
                                              {{u"line"_qs, line}, {u"length"_qs, length}, {u"limit"_qs, u"998"_qs}}));
    };
    const QString first = tooLong(u"1"_qs, u"23"_qs);
    const QString second = tooLong(u"12"_qs, u"3"_qs);
    const QString third = tooLong(u"line"_qs, u"length"_qs);
    QVERIFY2(first != second && first != third && second != third, qPrintable(first + u'|' + second + u'|' + third));
    QCOMPARE(tooLong(u"1"_qs, u"23"_qs), first);
    const Finding f = makeFinding(u"message.line.too_long"_qs, Severity::Warning,
                                  {{u"line"_qs, u"7"_qs}, {u"length"_qs, u"1200"_qs}, {u"limit"_qs, u"998"_qs}});
    const QString english = Explanations::text(f, u"en"_qs);
    const QString japanese = Explanations::text(f, u"ja"_qs);
    QVERIFY(english != japanese);
    QCOMPARE(Explanations::text(f, u"en"_qs), english);
    QCOMPARE(Explanations::text(f, u"ja"_qs), japanese);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
