#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>

// The DKIM interoperability corpus (tests/interop/README.md): messages signed by dkimpy,
// Mail::DKIM, OpenDKIM and mailauth, verified by kensa-cli offline against interop.zone. One row per
// signature of expected.tsv; Kensa must report `expected`, which is the signer's own verdict except
// where the row's rfc_note names the RFC section that decides otherwise.
class TestDkimInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signature_data();
    void signature();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject report;
        QString problem; // why there is no report
    };
    const Run &analyse(const QString &file);

    QHash<QString, Run> m_runs; // several rows share a message
    int m_rows = 0;
    int m_agree = 0;
    QMap<QString, QPair<int, int>> m_bySigner; // signer -> (rows, agree)
    QStringList m_differ;
};

namespace {

const QString interopDir = QStringLiteral(KENSA_INTEROP_DIR);

struct Row
{
    QString file, signer, d, s, a, c, expected, signerResult, rfcNote;
    int sig = 0;
};

QList<Row> readExpected(QString *error)
{
    QFile f(interopDir + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.value(0).split('\t');
    const QList<QByteArray> wanted = {"file", "sig", "signer", "d", "s", "a", "c", "expected", "signer_result", "rfc_note"};
    if (header != wanted) {
        *error = QStringLiteral("expected.tsv: unexpected columns: ") + QString::fromUtf8(lines.value(0));
        return {};
    }
    QList<Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QList<QByteArray> cols = lines.at(i).split('\t');
        if (cols.size() != wanted.size()) {
            *error = QStringLiteral("expected.tsv line %1: %2 columns").arg(i + 1).arg(cols.size());
            return {};
        }
        const auto col = [&cols](int n) { return QString::fromUtf8(cols.at(n)); };
        rows.append({col(0), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9), cols.at(1).toInt()});
    }
    return rows;
}

QString text(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("null") : v.toVariant().toString();
}

} // namespace

void TestDkimInterop::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KENSA_CLI)), KENSA_CLI);
    QVERIFY(QFile::exists(interopDir + QStringLiteral("/interop.zone")));
}

const TestDkimInterop::Run &TestDkimInterop::analyse(const QString &file)
{
    const auto it = m_runs.constFind(file);
    if (it != m_runs.cend())
        return *it;
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    const QStringList args = {QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"),
                              interopDir + QStringLiteral("/interop.zone"), interopDir + u'/' + file};
    p.start(QStringLiteral(KENSA_CLI), args);
    if (!p.waitForStarted()) {
        run.problem = QStringLiteral("kensa-cli did not start");
    } else if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.problem = QStringLiteral("kensa-cli did not finish within 60 s");
    } else {
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (run.exitCode != 0)
            run.problem = QStringLiteral("kensa-cli exited with %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err).trimmed());
        else if (error.error != QJsonParseError::NoError || !doc.isObject())
            run.problem = QStringLiteral("kensa-cli printed no JSON object: %1").arg(error.errorString());
        else
            run.report = doc.object();
    }
    return *m_runs.insert(file, run);
}

void TestDkimInterop::signature_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sig");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("d");
    QTest::addColumn<QString>("s");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("signerResult");
    QTest::addColumn<QString>("rfcNote");

    QString error;
    const QList<Row> rows = readExpected(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rows.size() >= 60);
    for (const Row &r : rows) {
        const QString name = r.file.mid(r.file.indexOf(u'/') + 1) + QStringLiteral("#%1").arg(r.sig);
        QTest::newRow(qPrintable(name)) << r.file << r.sig << r.signer << r.d << r.s << r.a << r.expected
                                        << r.signerResult << r.rfcNote;
    }
}

void TestDkimInterop::signature()
{
    QFETCH(QString, file);
    QFETCH(int, sig);
    QFETCH(QString, signer);
    QFETCH(QString, d);
    QFETCH(QString, s);
    QFETCH(QString, a);
    QFETCH(QString, expected);
    QFETCH(QString, signerResult);
    QFETCH(QString, rfcNote);

    ++m_rows;
    ++m_bySigner[signer].first;
    const Run &run = analyse(file);
    QString mismatch;
    QJsonObject got;
    if (!run.problem.isEmpty()) {
        mismatch = run.problem;
    } else {
        const QJsonArray dkim = run.report.value(u"dkim").toArray();
        if (sig > dkim.size()) {
            mismatch = QStringLiteral("Kensa reports %1 DKIM signature(s), this row is signature %2").arg(dkim.size()).arg(sig);
        } else {
            got = dkim.at(sig - 1).toObject();
            QStringList wrong;
            if (got.value(u"result").toString() != expected)
                wrong << QStringLiteral("result %1 (reason %2), expected %3")
                             .arg(text(got.value(u"result")), text(got.value(u"reason")), expected);
            if (got.value(u"d").toString().compare(d, Qt::CaseInsensitive) != 0)
                wrong << QStringLiteral("d=%1, expected %2").arg(text(got.value(u"d")), d);
            if (got.value(u"s").toString() != s)
                wrong << QStringLiteral("s=%1, expected %2").arg(text(got.value(u"s")), s);
            if (got.value(u"a").toString() != a)
                wrong << QStringLiteral("a=%1, expected %2").arg(text(got.value(u"a")), a);
            // Every corpus message is whole: its header section ends with the empty line, so the body
            // (empty in the empty-* variants) is there and its hash is checked (RFC 6376 §3.7). Only the
            // tbody and tstrip variants change the body after signing.
            const bool headersOnly = run.report.value(u"source").toObject().value(u"headers_only").toBool();
            if (headersOnly)
                wrong << QStringLiteral("source.headers_only is true, but the message has a (possibly empty) body after the empty line");
            const QString wantBodyHash = file.endsWith(u"/tbody.eml") || file.endsWith(u"/tstrip.eml") ? QStringLiteral("mismatch") : QStringLiteral("match");
            if (got.value(u"body_hash").toString() != wantBodyHash)
                wrong << QStringLiteral("body_hash %1 (reason %2), expected %3 (RFC 6376 §3.7)")
                             .arg(text(got.value(u"body_hash")), text(got.value(u"reason")), wantBodyHash);
            mismatch = wrong.join(QStringLiteral("; "));
        }
    }
    if (mismatch.isEmpty()) {
        ++m_agree;
        ++m_bySigner[signer].second;
        return;
    }
    QString message = QStringLiteral("%1 sig %2 (signed by %3): Kensa: %4. %3 itself: %5.")
                          .arg(file).arg(sig).arg(signer, mismatch, signerResult);
    if (!rfcNote.isEmpty())
        message += QStringLiteral(" Expected per %1").arg(rfcNote);
    if (!got.isEmpty())
        message += QStringLiteral(" [key_bits %1, body_hash %2]").arg(text(got.value(u"key_bits")), text(got.value(u"body_hash")));
    m_differ << message;
    QFAIL(qPrintable(message));
}

void TestDkimInterop::cleanupTestCase()
{
    QStringList perSigner;
    for (auto it = m_bySigner.cbegin(); it != m_bySigner.cend(); ++it)
        perSigner << QStringLiteral("%1 %2/%3").arg(it.key()).arg(it->second).arg(it->first);
    qInfo().noquote() << QStringLiteral("DKIM interop totals: %1 signatures, Kensa agrees on %2, differs on %3 (%4)")
                             .arg(m_rows)
                             .arg(m_agree)
                             .arg(m_rows - m_agree)
                             .arg(perSigner.join(QStringLiteral(", ")));
}

QTEST_GUILESS_MAIN(TestDkimInterop)
#include "TestDkimInterop.moc"
