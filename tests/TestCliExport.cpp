#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// kensa-cli --html FILE / --pdf FILE with --include-body and --redact: the report of one message,
// written without a display.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReports_data();
    void writesReports();
    void pdfWithoutDisplay();
    void oneMessageOnly();
    void unwritableFile_data();
    void unwritableFile();
    void pdfModuleMissing();
    void helpNamesTheOptions();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, bool withoutPlatform = true);
    QByteArray read(const QString &name);

    QTemporaryDir m_dir;
};

namespace {

const QString hostile = QStringLiteral(KENSA_TEST_DATA_DIR "/export/hostile.eml");
const QString newsletter = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.eml");
const QString newsletterZone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/newsletter.zone");

} // namespace

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(KENSA_CLI)));
}

TestCliExport::Run TestCliExport::run(const QStringList &args, bool withoutPlatform)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // As on a server: no display and no platform chosen, so kensa-cli picks its own.
    if (withoutPlatform) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KENSA_CLI), QStringList{QStringLiteral("--offline")} + args);
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray TestCliExport::read(const QString &name)
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliExport::writesReports_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("body");
    QTest::addColumn<bool>("redacted");
    QTest::newRow("default-en") << QStringList{} << "en" << false << false;
    QTest::newRow("default-ja") << QStringList{} << "ja" << false << false;
    QTest::newRow("include-body") << QStringList{u"--include-body"_qs} << "en" << true << false;
    QTest::newRow("redact") << QStringList{u"--redact"_qs} << "en" << false << true;
    QTest::newRow("include-body-and-redact") << QStringList{u"--include-body"_qs, u"--redact"_qs} << "ja" << true << true;
}

void TestCliExport::writesReports()
{
    QFETCH(QStringList, options);
    QFETCH(QString, language);
    QFETCH(bool, body);
    QFETCH(bool, redacted);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const Run r = run(QStringList{u"--lang"_qs, language, u"--html"_qs, m_dir.filePath(name + u".html"_qs), u"--pdf"_qs,
                                  m_dir.filePath(name + u".pdf"_qs)}
                      + options + QStringList{hostile});
    QCOMPARE(r.exitCode, 0);
    // Standard output is the text report, as without --html.
    QVERIFY(r.out.contains(language == u"ja" ? "宛先" : "To:"));
    const QString html = QString::fromUtf8(read(name + u".html"_qs));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(language == u"ja" ? u"<html lang=\"ja\">"_qs : u"<html lang=\"en\">"_qs));
    QCOMPARE(html.contains(u"BODY-MARKER-7Q3"), body);
    QCOMPARE(html.contains(u"alice.recipient"), !redacted);
    QVERIFY(!html.contains(u"<script"));
    QVERIFY(read(name + u".pdf"_qs).startsWith("%PDF-"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_dir.filePath(name + u".pdf"_qs), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(language == u"ja" ? u"送信ドメイン認証レポート"_qs : u"Email authentication report"_qs));
    QCOMPARE(text.contains(u"BODY-MARKER-7Q3"), body);
    QCOMPARE(text.contains(u"alice.recipient"), !redacted);
}

void TestCliExport::pdfWithoutDisplay()
{
    // Only --pdf needs QtGui; --html and the text report stay a plain QCoreApplication.
    const Run r = run({u"--zone"_qs, newsletterZone, u"--pdf"_qs, m_dir.filePath(u"n.pdf"_qs), newsletter});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.err.contains("qt.qpa"));
    QVERIFY(!r.err.contains("could not connect to display"));
    // Qt's main thread is the one that made the application (not kensa-cli's table loader).
    QVERIFY2(!r.err.contains("WARNING"), r.err.constData());
    QVERIFY(read(u"n.pdf"_qs).startsWith("%PDF-"));
}

void TestCliExport::oneMessageOnly()
{
    const Run r = run({u"--html"_qs, m_dir.filePath(u"two.html"_qs), hostile, newsletter});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--html and --pdf write the report of one message; the input holds 2 messages."), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"two.html"_qs)));
}

void TestCliExport::unwritableFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("html") << "--html";
    QTest::newRow("pdf") << "--pdf";
}

void TestCliExport::unwritableFile()
{
    QFETCH(QString, option);
    const Run r = run({option, m_dir.filePath(u"missing/folder/report"_qs), hostile});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("kensa-cli: cannot write the"), r.err.constData());
}

void TestCliExport::pdfModuleMissing()
{
    // A copy of kensa-cli without kensa-pdf.so beside it or where the install puts it. A file of
    // that name in the working folder is never loaded: the module is looked for relative to the
    // program only.
    const QString folder = m_dir.filePath(u"alone"_qs);
    const QString work = m_dir.filePath(u"work"_qs);
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(work));
    const QString program = folder + u"/kensa-cli"_qs;
    QVERIFY(QFile::copy(QStringLiteral(KENSA_CLI), program));
    QFile planted(work + u"/kensa-pdf.so"_qs);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("not a module");
    planted.close();
    QProcess p;
    p.setWorkingDirectory(work);
    p.start(program, {u"--offline"_qs, u"--pdf"_qs, m_dir.filePath(u"none.pdf"_qs), hostile});
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(err.contains("kensa-cli: cannot write the PDF report") && err.contains("the PDF module cannot be loaded")
                 && err.contains("kensa-pdf.so: No such file or directory"),
             err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_qs)));
    // The rest of the run is done as without --pdf: the text report is there.
    QVERIFY(p.readAllStandardOutput().contains("To:"));
}

void TestCliExport::helpNamesTheOptions()
{
    const Run r = run({u"--help"_qs});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--html <FILE>", "--pdf <FILE>", "--include-body", "--redact"})
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
