#include "app/cli/CliProgress.h"
#include "core/checklist/RequirementTable.h"
#include "core/format/FormatChecker.h"
#include "core/report/TextReport.h"

#include "MsgWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kensa::FormatChecker;
using kensa::RequirementRow;
using kensa::RequirementTable;

// kensa-cli as a user runs it: exit codes, text in both languages, the JSON report's shape.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonSchema();
    void checklistOptions_data();
    void checklistOptions();
    void checklistText();
    void displayWidth_data();
    void displayWidth();
    void checklistColumnsInJapanese();
    void checklistOptionErrors();
    void jsonArrayForSeveralMessages();
    void standardInput();
    void streamedJsonEqualsTheDocument_data();
    void streamedJsonEqualsTheDocument();
    void jsonLines();
    void mboxFromStandardInput();
    void noProgressWithoutTerminal();
    void progressOnTerminal();
    void progressFormat_data();
    void progressFormat();
    void textInJapanese();
    void offlineZoneAndSnapshot();
    void saveDnsOfEveryMessage();
    void twoRootZoneFiles();
    void outlookMsg();
    void authenticationResultsInJson();
    void dnsOptionErrors_data();
    void dnsOptionErrors();
    void spfCommand_data();
    void spfCommand();
    void spfScopeFrom_data();
    void spfScopeFrom();
    void dmarcCommand();
    void sendingServiceAndReturnPath();
    void receivedHopsInJsonAndText();
    void arcKeysUnavailable_data();
    void arcKeysUnavailable();
    void everySentenceIsComplete_data();
    void everySentenceIsComplete();
    void dnsBudgetInReport();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

namespace {

const QByteArray simpleMessage = "Return-Path: <bounce@mail.example.com>\r\n"
                                 "From: =?UTF-8?B?5bGx55Sw?= <yamada@example.jp>\r\n"
                                 "To: user@example.net\r\n"
                                 "Subject: Quarterly report\r\n"
                                 "Date: Mon, 23 Nov 2026 10:00:00 +0900\r\n"
                                 "Message-ID: <abc@example.jp>\r\n"
                                 "\r\n"
                                 "Hello\r\n";

} // namespace

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(KENSA_CLI)));
}

TestCli::Run TestCli::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    // Never live DNS from a test: offline unless the test names a server itself.
    QStringList all = args;
    if (!all.contains(QStringLiteral("--dns")) && !all.contains(QStringLiteral("--offline")))
        all.insert(!all.isEmpty() && (all.first() == u"spf" || all.first() == u"dmarc") ? 1 : 0, QStringLiteral("--offline"));
    p.start(QStringLiteral(KENSA_CLI), all);
    if (!p.waitForStarted())
        return {};
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errContains");

    QTest::newRow("analysed") << QStringList{QStringLiteral("simple.eml")} << 0 << QString();
    QTest::newRow("no-file") << QStringList{} << 2 << QStringLiteral("no input file");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("simple.eml")} << 2 << QStringLiteral("frobnicate");
    QTest::newRow("unknown-language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("simple.eml")} << 2 << QStringLiteral("fr");
    QTest::newRow("missing-file") << QStringList{QStringLiteral("does-not-exist.eml")} << 3 << QStringLiteral("does-not-exist.eml");
    QTest::newRow("one-missing-one-fine") << QStringList{QStringLiteral("simple.eml"), QStringLiteral("nope.eml")} << 3 << QStringLiteral("nope.eml");
    QTest::newRow("directory") << QStringList{QStringLiteral(".")} << 3 << QStringLiteral("folder");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, errContains);
    writeFile(QStringLiteral("simple.eml"), simpleMessage);
    for (QString &a : args) {
        if (a.endsWith(u".eml") || a == u".")
            a = m_dir.filePath(a);
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    if (!errContains.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(errContains), r.err.constData());
}

void TestCli::jsonSchema()
{
    const QString path = writeFile(QStringLiteral("simple.eml"), simpleMessage);
    const Run r = run({QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"schema").toInt(), 1);
    // DESIGN.md schema 1: every top-level name present; absent data is null, not missing.
    for (const char *key : {"source", "message", "authentication_results", "dkim", "arc", "spf", "spf_from", "dmarc",
                            "iprev", "hops", "unsubscribe", "format", "requirements", "dns", "dns_budget"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonObject source = o.value(u"source").toObject();
    for (const char *key : {"file", "index", "headers_only", "normalised"})
        QVERIFY2(source.contains(QLatin1String(key)), key);
    QCOMPARE(source.value(u"file").toString(), path);
    QVERIFY(source.value(u"index").isNull());
    QCOMPARE(source.value(u"headers_only").toBool(), false);
    const QJsonObject message = o.value(u"message").toObject();
    for (const char *key : {"from", "from_domain", "subject", "date", "message_id", "return_path", "size"})
        QVERIFY2(message.contains(QLatin1String(key)), key);
    QCOMPARE(message.value(u"from").toString(), QStringLiteral("山田 <yamada@example.jp>"));
    QCOMPARE(message.value(u"from_domain").toString(), QStringLiteral("example.jp"));
    QCOMPARE(message.value(u"subject").toString(), QStringLiteral("Quarterly report"));
    QCOMPARE(message.value(u"message_id").toString(), QStringLiteral("<abc@example.jp>"));
    QCOMPARE(message.value(u"return_path").toString(), QStringLiteral("bounce@mail.example.com"));
    QCOMPARE(message.value(u"size").toInt(), simpleMessage.size());
    QVERIFY(o.value(u"dkim").isArray());
    QCOMPARE(o.value(u"dkim").toArray().size(), 0);
    // No ARC fields: the chain is "none", not unknown.
    QCOMPARE(o.value(u"arc").toObject().value(u"result").toString(), QStringLiteral("none"));
    QCOMPARE(o.value(u"arc").toObject().value(u"instances").toInt(), 0);
    // The default DNS budget, not used up.
    const QJsonObject budget = o.value(u"dns_budget").toObject();
    QCOMPARE(budget.value(u"seconds").toDouble(), 20.0);
    QCOMPARE(budget.value(u"exhausted").toBool(), false);
    QCOMPARE(budget.value(u"unanswered").toInt(), 0);
    // Offline, the DMARC policy of example.jp cannot be fetched: temperror, never a made-up none.
    QCOMPARE(o.value(u"dmarc").toObject().value(u"result").toString(), QStringLiteral("temperror"));
    // The checklist: every row of the reference for every provider, not_applicable included.
    const QJsonArray requirements = o.value(u"requirements").toArray();
    QCOMPARE(requirements.size(), RequirementTable::builtin().rows().size() * RequirementTable::builtin().providers().size());
    QSet<QString> ids;
    for (const QJsonValue &v : requirements) {
        const QJsonObject r = v.toObject();
        for (const char *key : {"id", "provider", "applies", "in_scope", "status", "evidence"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QVERIFY(RequirementTable::builtin().row(r.value(u"id").toString()));
        ids.insert(r.value(u"id").toString());
        // Offline without a snapshot DMARC cannot be judged: grey, never green or red.
        if (r.value(u"id").toString() == u"AUTH-DMARC-RECORD" && r.value(u"applies").toString() != u"none")
            QCOMPARE(r.value(u"status").toString(), QStringLiteral("not_verifiable"));
    }
    QCOMPARE(ids.size(), RequirementTable::builtin().rows().size());
    QCOMPARE(o.value(u"format").toArray().size(), FormatChecker::checkIds().size());
    QCOMPARE(o.value(u"format").toArray().first().toObject().value(u"id").toString(), QStringLiteral("format.rfc5322"));
    const QJsonObject unsubscribe = o.value(u"unsubscribe").toObject();
    QCOMPARE(unsubscribe.value(u"list_unsubscribe").toArray().size(), 0);
    QCOMPARE(unsubscribe.value(u"one_click").toBool(), false);
    QCOMPARE(unsubscribe.value(u"marketing").toBool(), false);
}

void TestCli::checklistOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("inScope");
    const int rows = int(RequirementTable::builtin().rows().size());
    const int providers = int(RequirementTable::builtin().providers().size());
    // The newsletter sample offline with its snapshot.
    QTest::newRow("default") << QStringList{} << rows * providers << "AUTH-DMARC-RECORD" << "gmail" << "pass" << false;
    QTest::newRow("bulk") << QStringList{u"--bulk"_qs} << rows * providers << "AUTH-DMARC-RECORD" << "gmail" << "pass" << true;
    QTest::newRow("provider") << QStringList{u"--provider"_qs, u"yahoo"_qs} << rows << "UNSUB-ONECLICK" << "yahoo" << "pass" << false;
    QTest::newRow("two-providers") << QStringList{u"--provider"_qs, u"yahoo"_qs, u"--provider"_qs, u"apple"_qs} << rows * 2
                                   << "AUTH-ARC-FORWARDER" << "apple" << "not_applicable" << false;
    QTest::newRow("transactional") << QStringList{u"--transactional"_qs, u"--bulk"_qs} << rows * providers << "UNSUB-ONECLICK" << "gmail"
                                   << "not_applicable" << false;
    QTest::newRow("marketing") << QStringList{u"--marketing"_qs, u"--bulk"_qs} << rows * providers << "UNSUB-ONECLICK" << "gmail" << "pass" << true;
    // Its From domain (shop.example.com) publishes no SPF: the carriers' spoofed-sender rejection.
    QTest::newRow("carrier") << QStringList{u"--provider"_qs, u"docomo"_qs} << rows << "JP-SPOOF-SPF-FROM" << "docomo" << "fail" << true;
}

void TestCli::checklistOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, entries);
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, status);
    QFETCH(bool, inScope);
    const Run r = run(QStringList{u"--json"_qs, u"--offline"_qs, u"--zone"_qs,
                                  QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone")}
                      + args + QStringList{QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray requirements = QJsonDocument::fromJson(r.out).object().value(u"requirements").toArray();
    QCOMPARE(requirements.size(), entries);
    bool found = false;
    for (const QJsonValue &v : requirements) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id").toString() != id || o.value(u"provider").toString() != provider)
            continue;
        found = true;
        QCOMPARE(o.value(u"status").toString(), status);
        QCOMPARE(o.value(u"in_scope").toBool(), inScope);
    }
    QVERIFY(found);
}

void TestCli::checklistText()
{
    // The text report ends with the matrix, one line per row, and each provider's verdict.
    const Run r = run({u"--offline"_qs, u"--zone"_qs, QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.zone"),
                       QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.eml")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    const qsizetype matrix = text.indexOf(u"Provider requirements:"_qs);
    QVERIFY(matrix > 0);
    QVERIFY(text.indexOf(u"Findings:"_qs) < matrix);
    QVERIFY(text.contains(u"Gmail would most likely reject this message: neither SPF nor DKIM passes."_qs));
    QVERIFY(text.contains(u"Outlook.com would most likely put this message in spam: DMARC fails for bank.example.com and its policy is p=quarantine."_qs));
    for (const RequirementRow &row : RequirementTable::builtin().rows())
        QVERIFY2(text.contains(u"\n  "_qs + row.id), qPrintable(row.id));
    QVERIFY(text.contains(QRegularExpression(u"AUTH-SPF-OR-DKIM +FAIL +FAIL"_qs)));
    QVERIFY(text.trimmed().endsWith(u"* recommended, not required."_qs));
}

void TestCli::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"FMT-RFC5322"_qs << 11;
    QTest::newRow("kanji-kana") << u"判定不能"_qs << 8;
    QTest::newRow("fullwidth-parentheses") << u"Yahoo（米国）"_qs << 13;
    QTest::newRow("halfwidth-katakana") << u"ｶﾀｶﾅ"_qs << 4;
    QTest::newRow("fullwidth-latin") << u"ＡＢ"_qs << 4;
    QTest::newRow("ideographic-space") << u"\u3000"_qs << 2;
    QTest::newRow("hangul") << u"한국"_qs << 4;
    QTest::newRow("combining-acute") << u"e\u0301"_qs << 1;
    QTest::newRow("zero-width-space") << u"a\u200Bb"_qs << 2;
    QTest::newRow("ellipsis-narrow") << u"…"_qs << 1;
    QTest::newRow("right-quote-narrow") << u"can’t"_qs << 5;
    QTest::newRow("emoji-outside-bmp") << u"\U0001F600"_qs << 2;
    QTest::newRow("cjk-extension-b") << u"\U00020000"_qs << 2;
}

void TestCli::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(kensa::TextReport::displayWidth(text), width);
}

void TestCli::checklistColumnsInJapanese()
{
    // In Japanese the matrix lines up by terminal columns, with a space between columns.
    const Run r = run({u"--offline"_qs,
        u"--lang"_qs,
        u"ja"_qs,
        u"--zone"_qs,
        QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.zone"),
        QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.eml")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QSet<int> titleColumns;
    for (const RequirementRow &row : RequirementTable::builtin().rows()) {
        const QString title = row.title.text(u"ja"_qs);
        for (const QString &line : lines) {
            if (!line.startsWith(u"  "_qs + row.id + u' ') || !line.endsWith(title))
                continue;
            const QString cells = line.left(line.size() - title.size());
            QVERIFY2(cells.endsWith(u' '), qPrintable(line));
            titleColumns.insert(kensa::TextReport::displayWidth(cells));
        }
    }
    // One column for the titles of each table: the mailbox providers', then the carriers'.
    QCOMPARE(titleColumns.size(), 2);
    // The header names each provider, none running into the next.
    const qsizetype header = lines.indexOf(QRegularExpression(u" +Gmail +Yahoo.*"_qs));
    QVERIFY(header > 0);
    const QString names = lines.at(header);
    for (const QString &name : {u"Gmail"_qs, u"Yahoo（米国）"_qs})
        QVERIFY2(names.contains(name + u' '), qPrintable(names));
}

void TestCli::checklistOptionErrors()
{
    QCOMPARE(run({u"--provider"_qs, u"hotmail"_qs, u"x.eml"_qs}).exitCode, 2);
    QCOMPARE(run({u"--marketing"_qs, u"--transactional"_qs, u"x.eml"_qs}).exitCode, 2);
}

void TestCli::jsonArrayForSeveralMessages()
{
    QByteArray mbox;
    for (int i = 1; i <= 3; ++i) {
        mbox += "From sender@example.com Mon Nov 23 10:00:00 2026\n";
        mbox += "From: sender@example.com\nSubject: message " + QByteArray::number(i) + "\n\nbody " + QByteArray::number(i) + "\n\n";
    }
    const QString path = writeFile(QStringLiteral("three.mbox"), mbox);
    const Run r = run({QStringLiteral("--json"), QStringLiteral("--mbox"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.value(u"source").toObject().value(u"index").toInt(), i);
        QCOMPARE(o.value(u"message").toObject().value(u"subject").toString(), QStringLiteral("message %1").arg(i + 1));
    }
}

void TestCli::standardInput()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, simpleMessage);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"source").toObject().value(u"file").toString(), QStringLiteral("-"));
    QCOMPARE(o.value(u"message").toObject().value(u"subject").toString(), QStringLiteral("Quarterly report"));
}

namespace {

QByteArray mboxOf(int count)
{
    QByteArray mbox;
    for (int i = 1; i <= count; ++i) {
        mbox += "From sender@example.com Mon Nov 23 10:00:00 2026\n";
        mbox += "From: sender@example.com\nSubject: message " + QByteArray::number(i) + "\n\nbody " + QByteArray::number(i) + "\n>From here\n\n";
    }
    return mbox;
}

} // namespace

// --json writes its reports as they are done; the bytes are still those of one QJsonDocument
// (one object for one report, an array for several or for several inputs).
void TestCli::streamedJsonEqualsTheDocument_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("perFile");
    QTest::addColumn<bool>("array");
    QTest::newRow("one-message") << 1 << 1 << false;
    QTest::newRow("one-mbox-of-three") << 1 << 3 << true;
    QTest::newRow("two-messages") << 2 << 1 << true;
    QTest::newRow("three-mboxes-of-two") << 3 << 2 << true;
}

void TestCli::streamedJsonEqualsTheDocument()
{
    QFETCH(int, files);
    QFETCH(int, perFile);
    QFETCH(bool, array);
    QStringList args{QStringLiteral("--json")};
    for (int i = 0; i < files; ++i) {
        const QByteArray bytes = perFile == 1 ? simpleMessage : mboxOf(perFile);
        args << writeFile(QStringLiteral("stream-%1-%2.%3").arg(i).arg(perFile).arg(perFile == 1 ? QStringLiteral("eml") : QStringLiteral("mbox")), bytes);
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.isArray(), array);
    if (array)
        QCOMPARE(doc.array().size(), files * perFile);
    // Key order, indentation and numbers exactly as QJsonDocument prints them.
    QCOMPARE(r.out, doc.toJson(QJsonDocument::Indented));
}

void TestCli::jsonLines()
{
    const QString mbox = writeFile(QStringLiteral("lines.mbox"), mboxOf(3));
    const QString single = writeFile(QStringLiteral("lines.eml"), simpleMessage);
    const Run r = run({QStringLiteral("--jsonl"), mbox, single});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith('\n'));
    const QList<QByteArray> lines = r.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 4);
    const Run json = run({QStringLiteral("--json"), mbox, single});
    const QJsonArray all = QJsonDocument::fromJson(json.out).array();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i));
        QVERIFY(line.isObject());
        // Compact, and the same report as --json gives.
        QCOMPARE(lines.at(i), line.toJson(QJsonDocument::Compact));
        QCOMPARE(line.object(), all.at(i).toObject());
    }
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--jsonl"), single}).exitCode, 2);
}

void TestCli::mboxFromStandardInput()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, mboxOf(3));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(array.at(i)[u"source"][u"index"].toInt(), i);
        QCOMPARE(array.at(i)[u"source"][u"origin"].toString(), QStringLiteral("stdin"));
    }
    // A single "From " line in front of one message is a message, not an mbox.
    const Run one = run({QStringLiteral("--json"), QStringLiteral("-")}, mboxOf(1));
    QVERIFY(QJsonDocument::fromJson(one.out).isObject());
    QVERIFY(QJsonDocument::fromJson(one.out)[u"source"][u"index"].isNull());
}

// Standard error is a pipe here: no progress, not even with many messages.
void TestCli::noProgressWithoutTerminal()
{
    const QString mbox = writeFile(QStringLiteral("quiet.mbox"), mboxOf(30));
    for (const QString &format : {QStringLiteral("--json"), QStringLiteral("--jsonl"), QStringLiteral("--lang=en")}) {
        const Run r = run({format, mbox});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
    }
}

// On a terminal (script(1) gives one) the progress line is drawn on standard error and erased
// at the end; --quiet draws nothing.
void TestCli::progressOnTerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed: no terminal to run kensa-cli on");
    const QString mbox = writeFile(QStringLiteral("tty.mbox"), mboxOf(5));
    const auto onTerminal = [&](const QString &extra) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        const QString command = QStringLiteral("'%1' --offline --lang en --json %2 '%3' > /dev/null")
                                    .arg(QStringLiteral(KENSA_CLI), extra, mbox);
        p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    };
    const QByteArray shown = onTerminal(QString());
    QVERIFY2(shown.contains("/5 messages"), shown.constData());
    QVERIFY(shown.contains('\r'));
    QVERIFY2(shown.endsWith("\r\x1b[K"), shown.constData());
    const QByteArray quiet = onTerminal(QStringLiteral("--quiet"));
    QVERIFY2(!quiet.contains("messages"), quiet.constData());
}

void TestCli::progressFormat_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("start") << qint64(0) << qint64(2200) << qint64(0) << QStringLiteral("0/2200 messages · 0.0 msgs/s · -:-- left");
    QTest::newRow("slow") << qint64(3) << qint64(10) << qint64(2000) << QStringLiteral("3/10 messages · 1.5 msgs/s · 0:05 left");
    QTest::newRow("fast") << qint64(1100) << qint64(2200) << qint64(2000) << QStringLiteral("1100/2200 messages · 550 msgs/s · 0:02 left");
    QTest::newRow("hours") << qint64(10) << qint64(100010) << qint64(10000) << QStringLiteral("10/100010 messages · 1.0 msgs/s · 27:46:40 left");
    QTest::newRow("minutes") << qint64(100) << qint64(10000) << qint64(10000) << QStringLiteral("100/10000 messages · 10 msgs/s · 16:30 left");
    QTest::newRow("done") << qint64(5) << qint64(5) << qint64(1000) << QStringLiteral("5/5 messages · 5.0 msgs/s · 0:00 left");
    QTest::newRow("total-unknown") << qint64(42) << qint64(-1) << qint64(2000) << QStringLiteral("42 messages · 21 msgs/s");
    QTest::newRow("more-than-counted") << qint64(7) << qint64(5) << qint64(1000) << QStringLiteral("7/5 messages · 7.0 msgs/s · -:-- left");
}

void TestCli::progressFormat()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, text);
    QCOMPARE(kensa::CliProgress::format(done, total, elapsedMs), text);
}

void TestCli::textInJapanese()
{
    const QString path = writeFile(QStringLiteral("simple.eml"), simpleMessage);
    const Run en = run({QStringLiteral("--lang"), QStringLiteral("en"), path});
    const Run ja = run({QStringLiteral("--lang"), QStringLiteral("ja"), path});
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(ja.exitCode, 0);
    const QString enText = QString::fromUtf8(en.out);
    const QString jaText = QString::fromUtf8(ja.out);
    QVERIFY2(enText.contains(QStringLiteral("Subject:")), qPrintable(enText));
    QVERIFY2(jaText.contains(QStringLiteral("件名")), qPrintable(jaText));
    QVERIFY(jaText.contains(QStringLiteral("Quarterly report")));
    QVERIFY(enText != jaText);
}

void TestCli::offlineZoneAndSnapshot()
{
    // The sample's key from its zone file, offline; the answers saved as a snapshot give the
    // same verdict when loaded back, and without either the key is "not in snapshot".
    const QString sample = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
    const QString zone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");
    const QString snapshot = m_dir.filePath(QStringLiteral("snapshot.zone"));
    const Run first = run({QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"), zone,
                           QStringLiteral("--save-dns"), snapshot, sample});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(a.value(u"dkim").toArray().at(0).toObject().value(u"result").toString(), QStringLiteral("pass"));
    QCOMPARE(a.value(u"dns").toArray().at(0).toObject().value(u"source").toString(), QStringLiteral("zone"));
    QVERIFY(QFile::exists(snapshot));

    const Run replay = run({QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"), snapshot, sample});
    QCOMPARE(replay.exitCode, 0);
    const QJsonObject b = QJsonDocument::fromJson(replay.out).object();
    QCOMPARE(b.value(u"dkim").toArray().at(0).toObject().value(u"result").toString(), QStringLiteral("pass"));

    const Run none = run({QStringLiteral("--json"), QStringLiteral("--offline"), sample});
    const QJsonObject c = QJsonDocument::fromJson(none.out).object();
    QCOMPARE(c.value(u"dkim").toArray().at(0).toObject().value(u"result").toString(), QStringLiteral("temperror"));
    QCOMPARE(c.value(u"dkim").toArray().at(0).toObject().value(u"reason").toString(), QStringLiteral("dkim.key.not_in_snapshot"));
    QCOMPARE(c.value(u"dns").toArray().at(0).toObject().value(u"rcode").toString(), QStringLiteral("NOT_IN_SNAPSHOT"));
}

void TestCli::saveDnsOfEveryMessage()
{
    // --save-dns keeps the answers of every message of a batch, the last one's too (the reports
    // of a batch are otherwise freed once printed).
    const QString sample = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
    const QString zone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");
    const QString snapshot = m_dir.filePath(QStringLiteral("batch-snapshot.zone"));
    const QString first = writeFile(QStringLiteral("batch-1.eml"), simpleMessage);
    const QString second = writeFile(QStringLiteral("batch-2.eml"), simpleMessage);
    const Run r = run({QStringLiteral("--jsonl"), QStringLiteral("--offline"), QStringLiteral("--zone"), zone,
                       QStringLiteral("--save-dns"), snapshot, first, second, sample});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 3);
    QFile saved(snapshot);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY2(text.contains("s2024._domainkey.shop.example.com."), text.constData());
}

void TestCli::twoRootZoneFiles()
{
    // Both bundled samples' zones have the root as apex; the second must not be shadowed by the
    // first, so the newsletter keeps its passing DKIM, SPF and DMARC in either order.
    const QString sample = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
    const QString phishing = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/dmarc-fail.zone");
    const QString newsletter = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");
    for (const QStringList &order : {QStringList{phishing, newsletter}, QStringList{newsletter, phishing}}) {
        const Run r = run({QStringLiteral("--offline"), QStringLiteral("--zone"), order.at(0), QStringLiteral("--zone"),
                           order.at(1), sample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Gmail: the message meets every requirement Kensa can check."), r.out.constData());
        QVERIFY(!r.out.contains("would most likely"));
    }
}

void TestCli::outlookMsg()
{
    // A .msg written here ([MS-CFB], [MS-OXMSG]): read as headers only, and said so.
    const QByteArray headers = "From: a@example.com\r\nTo: b@example.net\r\nSubject: from Outlook\r\n"
                               "Date: Mon, 23 Nov 2026 10:00:00 +0900\r\nMessage-ID: <m@example.com>\r\n";
    msgwriter::Layout layout;
    const QByteArray msg = msgwriter::write(
        msgwriter::storage({}, {msgwriter::stream(msgwriter::propertyStream(0x007D, 0x001F),
                                                  msgwriter::utf16(QString::fromLatin1(headers))),
                                msgwriter::stream(msgwriter::propertyStream(0x1000, 0x001F), msgwriter::utf16(u"Hi"_qs))}),
        &layout);
    const Run r = run({QStringLiteral("--json"), writeFile(QStringLiteral("from-outlook.msg"), msg)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"source").toObject().value(u"normalised").toArray().first().toString(), u"outlook_msg_headers"_qs);
    QCOMPARE(o.value(u"source").toObject().value(u"headers_only").toBool(), true);
    QVERIFY2(r.out.contains("\"input.msg.headers_only\""), r.out.constData());
    QVERIFY(r.out.contains("from Outlook"));

    // Damaged: the text report names the problem and where.
    QByteArray damaged = msg;
    msgwriter::put32(damaged, layout.fatEntryOffset(layout.firstDirectorySector), layout.firstDirectorySector);
    const Run bad = run({writeFile(QStringLiteral("damaged.msg"), damaged)});
    QCOMPARE(bad.exitCode, 0);
    QVERIFY2(bad.out.contains("the sector chain of its directory runs in a loop"), bad.out.constData());
}

void TestCli::authenticationResultsInJson()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("--offline"),
                       QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/forwarded-list.eml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray fields = o.value(u"authentication_results").toArray();
    QVERIFY(fields.size() >= 3);
    int trusted = 0;
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.contains(u"raw") && f.contains(u"methods") && f.contains(u"authserv_id"));
        if (f.value(u"trusted").toBool()) {
            ++trusted;
            QCOMPARE(f.value(u"authserv_id").toString(), QStringLiteral("mx.example.net"));
            const QJsonObject dkim = f.value(u"methods").toArray().at(0).toObject();
            QCOMPARE(dkim.value(u"method").toString(), QStringLiteral("dkim"));
            QCOMPARE(dkim.value(u"props").toObject().value(u"header.s").toString(), QStringLiteral("list2024"));
        }
    }
    QCOMPARE(trusted, 1);
    const QJsonArray dkim = o.value(u"dkim").toArray();
    QCOMPARE(dkim.at(0).toObject().value(u"recorded").toString(), QStringLiteral("pass"));
    QCOMPARE(dkim.at(1).toObject().value(u"recorded").toString(), QStringLiteral("fail"));
    QCOMPARE(dkim.at(0).toObject().value(u"recorded_by").toString(), QStringLiteral("mx.example.net"));
}

void TestCli::dnsOptionErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("server-not-ip") << QStringList{QStringLiteral("--dns"), QStringLiteral("dns.example.net")} << 2
                                   << QStringLiteral("not an IP address");
    QTest::newRow("zone-missing") << QStringList{QStringLiteral("--offline"), QStringLiteral("--zone"), QStringLiteral("/nonexistent/k.zone")}
                                  << 3 << QStringLiteral("cannot be read");
    QTest::newRow("bad-timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << 2
                                 << QStringLiteral("--timeout");
    QTest::newRow("bad-now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")} << 2
                             << QStringLiteral("--now");
}

void TestCli::dnsOptionErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(args << QStringLiteral("--lang") << QStringLiteral("en") << writeFile(QStringLiteral("m.eml"), simpleMessage));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::spfCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("matched"); // the term that decided; null when none did
    QTest::newRow("pass") << QStringList{"--ip", "198.51.100.25", "--mailfrom", "b@bounce.shop.example.com"} << "pass" << "mailfrom"
                          << "ip4:198.51.100.0/24";
    QTest::newRow("fail") << QStringList{"--ip", "203.0.113.9", "--mailfrom", "b@bounce.shop.example.com"} << "fail" << "mailfrom"
                          << "-all";
    // The null reverse-path: the HELO identity is checked (RFC 7208 §2.4).
    QTest::newRow("null-sender-helo") << QStringList{"--ip", "198.51.100.25", "--mailfrom", "", "--helo", "bounce.shop.example.com"}
                                      << "pass" << "helo" << "ip4:198.51.100.0/24";
    // A domain without local-part is checked as postmaster@domain (RFC 7208 §4.3), but the
    // command echoes what it was given.
    QTest::newRow("bare-domain-mailfrom") << QStringList{"--ip", "198.51.100.25", "--mailfrom", "bounce.shop.example.com"}
                                          << "pass" << "mailfrom" << "ip4:198.51.100.0/24";
    // A real postmaster@ sender at the HELO name is still the MAIL FROM check.
    QTest::newRow("postmaster-at-helo") << QStringList{"--ip", "198.51.100.25", "--mailfrom", "postmaster@bounce.shop.example.com",
                                                       "--helo", "bounce.shop.example.com"}
                                        << "pass" << "mailfrom" << "ip4:198.51.100.0/24";
    // The sample's zone is a record set: every other name is NXDOMAIN, so no SPF record.
    QTest::newRow("no-record") << QStringList{"--ip", "198.51.100.25", "--mailfrom", "x@elsewhere.example"} << "none" << "mailfrom"
                               << QString();
}

void TestCli::spfCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, result);
    QFETCH(QString, scope);
    QFETCH(QString, matched);
    const Run r = run(QStringList{QStringLiteral("spf"), QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"),
                                  QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone")} + args);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"result").toString(), result);
    QCOMPARE(o.value(u"scope").toString(), scope);
    QVERIFY(!o.value(u"trace").toArray().isEmpty());
    // The report's "spf" object (one writer), with the arguments as given and the findings.
    for (const char *key : {"ip", "helo", "mailfrom", "domain", "scope", "result", "reason", "reason_text", "explanation",
                            "record", "matched", "lookups", "void_lookups", "trace", "findings"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(u"matched").isNull(), matched.isNull());
    QCOMPARE(o.value(u"matched").toString(), matched);
    QCOMPARE(o.value(u"mailfrom").toString(), args.at(args.indexOf(QStringLiteral("--mailfrom")) + 1));
    const qsizetype helo = args.indexOf(QStringLiteral("--helo"));
    QCOMPARE(o.value(u"helo").toString(), helo < 0 ? QString() : args.at(helo + 1));
    QVERIFY(o.value(u"findings").isArray());

    // The text trace is translated and shows sentences, never a finding key.
    for (const char *language : {"en", "ja"}) {
        const Run text
            = run(QStringList{QStringLiteral("spf"),
                      QStringLiteral("--lang"),
                      QString::fromLatin1(language),
                      QStringLiteral("--offline"),
                      QStringLiteral("--zone"),
                      QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone")}
                + args);
        const QString out = QString::fromUtf8(text.out);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            !out.contains(QRegularExpression(u"\\bspf\\.[a-z_]+\\.[a-z_]+"_qs)), qPrintable(out));
        // Japanese names the result in words, with the RFC 7208 token in parentheses.
        const QString step = qstrcmp(language, "ja") == 0
            ? u"結果："_qs + (result == u"pass" ? u"成功"_qs : result == u"fail" ? u"失敗"_qs : result == u"none" ? u"なし"_qs : result) + u'（' + result + u'）'
            : u"result: "_qs + result;
        QVERIFY2(out.contains(step), qPrintable(out));
    }

    // Offline without any zone nothing can be asked: temperror, never a made-up none.
    const Run offline = run({QStringLiteral("spf"), QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--ip"),
                             QStringLiteral("192.0.2.1"), QStringLiteral("--mailfrom"), QStringLiteral("a@b.example")});
    QCOMPARE(QJsonDocument::fromJson(offline.out).object().value(u"result").toString(), QStringLiteral("temperror"));

    const Run bad = run({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("999.1.1.1"), QStringLiteral("--mailfrom"), QStringLiteral("a@b.example")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::spfScopeFrom_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("sentence"); // what the carriers make of it (English text)
    // tests/data/carriers/carriers.zone: the envelope domain lists 192.0.2.0/28.
    QTest::newRow("from-no-spf") << QStringList{"--from", "news@no-spf.example", "--ip", "192.0.2.10"} << "none"
                                 << "no-spf.example" << "publishes no SPF record";
    QTest::newRow("from-not-listed") << QStringList{"--from", "news@not-listed.example", "--ip", "192.0.2.10"} << "fail"
                                     << "not-listed.example" << "does not authorise the sending server";
    QTest::newRow("from-pass-domain") << QStringList{"--from", "with-spf.example", "--ip", "192.0.2.10"} << "pass"
                                      << "with-spf.example" << "spoofed-sender rejection accepts the message";
}

// kensa-cli spf --scope from: the header From domain's check the report makes, from the command line.
void TestCli::spfScopeFrom()
{
    QFETCH(QStringList, args);
    QFETCH(QString, result);
    QFETCH(QString, domain);
    QFETCH(QString, sentence);
    const QStringList common{QStringLiteral("spf"), QStringLiteral("--offline"), QStringLiteral("--zone"),
                             QStringLiteral(KENSA_SOURCE_DIR "/tests/data/carriers/carriers.zone"), QStringLiteral("--scope"),
                             QStringLiteral("from")};
    const Run r = run(common + QStringList{QStringLiteral("--json")} + args);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"scope").toString(), QStringLiteral("from"));
    QCOMPARE(o.value(u"result").toString(), result);
    QCOMPARE(o.value(u"domain").toString(), domain);
    QCOMPARE(o.value(u"mailfrom").toString(), QStringLiteral("postmaster@") + domain);
    QVERIFY(!o.value(u"trace").toArray().isEmpty());
    for (const char *key : {"ip", "helo", "mailfrom", "domain", "scope", "result", "reason", "reason_text", "record", "matched",
                            "lookups", "void_lookups", "trace", "findings"})
        QVERIFY2(o.contains(QLatin1String(key)), key);

    const Run en = run(common + QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    const QString text = QString::fromUtf8(en.out);
    QVERIFY2(text.contains(QStringLiteral("SPF for the header From domain %1 from 192.0.2.10: %2").arg(domain, result)),
             qPrintable(text));
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("result: ") + result), qPrintable(text));
    const Run ja = run(common + QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + args);
    QVERIFY2(QString::fromUtf8(ja.out).contains(QStringLiteral("ヘッダーFrom のドメイン %1 の SPF").arg(domain)), ja.out.constData());

    // --scope from needs --from; an unknown scope is a usage error.
    QCOMPARE(run({QStringLiteral("spf"), QStringLiteral("--scope"), QStringLiteral("from"), QStringLiteral("--ip"),
                  QStringLiteral("192.0.2.10")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("spf"), QStringLiteral("--scope"), QStringLiteral("helo"), QStringLiteral("--ip"),
                  QStringLiteral("192.0.2.10"), QStringLiteral("--mailfrom"), QStringLiteral("a@b.example")}).exitCode, 2);
}

void TestCli::dmarcCommand()
{
    const QString zone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");
    const Run found = run({QStringLiteral("dmarc"), QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"), zone,
                           QStringLiteral("news.shop.example.com")});
    QCOMPARE(found.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(found.out).object();
    QCOMPARE(o.value(u"record_domain").toString(), QStringLiteral("shop.example.com"));
    QCOMPARE(o.value(u"tags").toObject().value(u"p").toString(), QStringLiteral("reject"));
    QCOMPARE(o.value(u"rfc7489").toObject().value(u"org_domain").toString(), QStringLiteral("example.com"));

    const Run text = run({QStringLiteral("dmarc"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--offline"),
                          QStringLiteral("--zone"), zone, QStringLiteral("shop.example.com")});
    QVERIFY(text.out.contains("record at _dmarc.shop.example.com"));
    const Run none = run({QStringLiteral("dmarc"), QStringLiteral("--offline"), QStringLiteral("--json"), QStringLiteral("unknown.example")});
    QCOMPARE(QJsonDocument::fromJson(none.out).object().value(u"result").toString(), QStringLiteral("temperror"));
    QCOMPARE(run({QStringLiteral("dmarc")}).exitCode, 2);
}

void TestCli::sendingServiceAndReturnPath()
{
    // Sent through Amazon SES with its own bounce domain and no DKIM of the From domain: DMARC
    // fails, the Return-Path is another organisation's, and the fix is named in SES's terms.
    const QByteArray message = "Return-Path: <0100018f-abc@bounces.amazonses.com>\r\n"
                               "From: Shop <news@shop.example.com>\r\n"
                               "To: user@example.net\r\n"
                               "Subject: Sale\r\n"
                               "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                               "Message-ID: <1@shop.example.com>\r\n"
                               "X-SES-Outgoing: 2026.11.23-54.240.1.1\r\n"
                               "\r\n"
                               "Hello\r\n";
    const QString path = writeFile(QStringLiteral("ses.eml"), message);
    const Run r = run({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--offline"),
                       QStringLiteral("--zone"), QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"dmarc").toObject().value(u"result").toString(), QStringLiteral("fail"));
    QCOMPARE(o.value(u"dmarc").toObject().value(u"return_path_alignment").toString(), QStringLiteral("different"));
    const QJsonObject service = o.value(u"sending_service").toObject();
    QCOMPARE(service.value(u"id").toString(), QStringLiteral("amazon-ses"));
    QVERIFY(service.value(u"fix").toString().contains(QStringLiteral("custom MAIL FROM domain")));
    bool different = false;
    for (const QJsonValue &f : o.value(u"findings").toArray())
        different = different || f.toObject().value(u"key").toString() == u"dmarc.return_path.different";
    QVERIFY(different);

    const Run ja = run({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--offline"), path});
    QVERIFY(QJsonDocument::fromJson(ja.out).object().value(u"sending_service").toObject().value(u"fix").toString().contains(
        QStringLiteral("カスタム MAIL FROM ドメイン")));
}

void TestCli::receivedHopsInJsonAndText()
{
    // Three hops, newest first: Gmail's SMTPS hop (encrypted, said only by the protocol word),
    // a field that cannot be read, and a relay whose "by" names no host (read in part).
    const QByteArray message = "Received: from mail.example.org (mail.example.org. [192.0.2.7])\r\n"
                               "        by mx.google.com with SMTPS id x12sor;\r\n"
                               "        Tue, 14 May 2024 01:02:05 -0700 (PDT)\r\n"
                               "Received: this is not what it should be\r\n"
                               "Received: from [192.0.2.5] (account a@example.org HELO x.example.org)\r\n"
                               "\tby  (Postfix) with ESMTPA id 24hEA8; Tue, 14 May 2024 09:02:01 +0100\r\n"
                               "From: a@example.org\r\nTo: b@gmail.com\r\nSubject: hops\r\n"
                               "Date: Tue, 14 May 2024 10:02:00 +0200\r\nMessage-ID: <h@example.org>\r\n\r\nHi\r\n";
    const QString path = writeFile(QStringLiteral("hops.eml"), message);
    const Run r = run({QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray hops = o.value(u"hops").toArray();
    QCOMPARE(hops.size(), 3);
    // Oldest first (DESIGN.md): line 5 partial, line 4 unreadable, line 1 ok.
    const QJsonObject partial = hops.at(0).toObject(), unreadable = hops.at(1).toObject(), gmail = hops.at(2).toObject();
    QCOMPARE(partial.value(u"status").toString(), QStringLiteral("partial"));
    QCOMPARE(partial.value(u"line").toInt(), 5);
    QCOMPARE(partial.value(u"tls").toBool(true), false); // ESMTPA: no TLS
    QCOMPARE(partial.value(u"findings").toArray().first().toObject().value(u"key").toString(), QStringLiteral("received.partial"));
    QCOMPARE(unreadable.value(u"status").toString(), QStringLiteral("unreadable"));
    QCOMPARE(unreadable.value(u"line").toInt(), 4);
    QVERIFY(unreadable.value(u"tls").isNull()); // the field does not say
    QCOMPARE(unreadable.value(u"findings").toArray().first().toObject().value(u"key").toString(), QStringLiteral("received.unreadable"));
    QCOMPARE(gmail.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(gmail.value(u"tls").toBool(), true);
    // The same reasons are in the report's findings, with their line.
    QStringList keys;
    for (const QJsonValue &f : o.value(u"findings").toArray()) {
        if (f.toObject().value(u"header").toString() == u"Received")
            keys << f.toObject().value(u"key").toString() + u'@' + QString::number(f.toObject().value(u"line").toInt());
    }
    QVERIFY2(keys.contains(QStringLiteral("received.unreadable@4")), qPrintable(keys.join(u' ')));
    QVERIFY2(keys.contains(QStringLiteral("received.partial@6")), qPrintable(keys.join(u' ')));
    // The checklist's TLS row reads the same fact as hops[].tls of the boundary hop.
    QJsonValue boundaryTls = QStringLiteral("no boundary");
    for (const QJsonValue &h : hops) {
        if (h.toObject().value(u"boundary").toBool())
            boundaryTls = h.toObject().value(u"tls");
    }
    const QString expected = boundaryTls.isBool() ? (boundaryTls.toBool() ? QStringLiteral("pass") : QStringLiteral("fail"))
                                                  : QStringLiteral("not_verifiable");
    int rows = 0;
    for (const QJsonValue &v : o.value(u"requirements").toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"id").toString() == u"INFRA-TLS" && row.value(u"applies").toString() != u"none") {
            QCOMPARE(row.value(u"status").toString(), expected);
            ++rows;
        }
    }
    QVERIFY(rows > 0);

    const Run text = run({QStringLiteral("--lang"), QStringLiteral("en"), path});
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("[read in part: line 5]")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("[unreadable: line 4]")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("The Received field on line 4 could not be read")), qPrintable(out));
}

// ARC whose keys cannot be fetched (offline, not in the snapshot) is temperror, and the
// receiver's arc=pass is then unverifiable, not "changed after delivery" (issue 13 item 3).
void TestCli::arcKeysUnavailable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zone"); // "" for none
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("recordedKey"); // the arc.recorded.* finding, "" for none

    QTest::newRow("offline-no-snapshot-recorded-pass")
        << QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/forwarded-list.eml") << QString()
        << QStringLiteral("temperror") << QStringLiteral("arc.key.unavailable")
        << QStringLiteral("arc.recorded.unverifiable");
    QTest::newRow("offline-no-snapshot-chain3")
        << QStringLiteral(KENSA_SOURCE_DIR "/tests/arc-interop/messages/dkimpy/chain3.eml") << QString()
        << QStringLiteral("temperror") << QStringLiteral("arc.key.unavailable")
        << QStringLiteral("arc.recorded.unverifiable");
    QTest::newRow("offline-with-snapshot-chain3")
        << QStringLiteral(KENSA_SOURCE_DIR "/tests/arc-interop/messages/dkimpy/chain3.eml")
        << QStringLiteral(KENSA_SOURCE_DIR "/tests/arc-interop/arc.zone") << QStringLiteral("pass")
        << QStringLiteral("arc.pass") << QString();
}

void TestCli::arcKeysUnavailable()
{
    QFETCH(QString, file);
    QFETCH(QString, zone);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QString, recordedKey);

    QStringList args{QStringLiteral("--json"), QStringLiteral("--offline")};
    if (!zone.isEmpty())
        args << QStringLiteral("--zone") << zone;
    const Run r = run(args << file);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"arc").toObject().value(u"result").toString(), result);
    QCOMPARE(o.value(u"arc").toObject().value(u"reason").toString(), reason);
    QStringList recorded;
    for (const QJsonValue &f : o.value(u"findings").toArray()) {
        const QString key = f.toObject().value(u"key").toString();
        if (key.startsWith(u"arc.recorded."))
            recorded << key;
    }
    QCOMPARE(recorded, recordedKey.isEmpty() ? QStringList{} : QStringList{recordedKey});
    for (const QJsonValue &row : o.value(u"requirements").toArray()) {
        const QJsonObject req = row.toObject();
        if (req.value(u"id").toString() == u"arc.forwarder" && result == u"temperror")
            QVERIFY(req.value(u"status").toString() != u"fail");
    }
}


void TestCli::everySentenceIsComplete_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("text-en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
    QTest::newRow("text-ja") << QStringList{QStringLiteral("--lang"), QStringLiteral("ja")};
    QTest::newRow("json-en") << QStringList{
        QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")};
    QTest::newRow("json-ja-bulk") << QStringList{QStringLiteral("--json"),
        QStringLiteral("--lang"),
        QStringLiteral("ja"),
        QStringLiteral("--bulk")};
}

void TestCli::everySentenceIsComplete()
{
    // Every test message and every real-world message: no sentence misses an argument, in
    // either language (QString::arg and Explanations report a missing one on stderr).
    QFETCH(QStringList, options);
    QStringList files;
    for (const QString &root : {QStringLiteral(KENSA_SOURCE_DIR "/tests"),
             QStringLiteral(KENSA_SOURCE_DIR "/resources"),
             QStringLiteral(KENSA_SHARED_DIR "/realworld/messages")}) {
        QDirIterator it(root,
            {QStringLiteral("*.eml"), QStringLiteral("*.txt")},
            QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".eml") || path.contains(u"paste") || path.contains(u"/realworld/"))
                files << path;
        }
    }
    files.sort();
    QVERIFY2(files.size() > 250, qPrintable(QString::number(files.size())));
    const Run r = run(QStringList{QStringLiteral("--now"), QStringLiteral("2026-12-01T00:00:00Z")}
        + options + files);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.contains(u"QString::arg"), qPrintable(err.left(2000)));
    QVERIFY2(!err.contains(u"Explanations:"), qPrintable(err.left(2000)));
}

void TestCli::dnsBudgetInReport()
{
    // --timeout sets the DNS budget; both reports give it (DESIGN.md: fields added, never renamed).
    const QString path = writeFile(QStringLiteral("budget.eml"), simpleMessage);
    const Run json = run({u"--json"_qs, u"--offline"_qs, u"--timeout"_qs, u"2.5"_qs, path});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject budget = QJsonDocument::fromJson(json.out).object().value(u"dns_budget").toObject();
    QCOMPARE(budget.value(u"seconds").toDouble(), 2.5);
    QCOMPARE(budget.value(u"exhausted").toBool(), false);
    const Run text = run({u"--offline"_qs, u"--timeout"_qs, u"2.5"_qs, path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(QString::fromUtf8(text.out).contains(QRegularExpression(u"\\n  [0-9]+ answers? within the budget of 2\\.5 s\\.\\n"_qs)),
             text.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
