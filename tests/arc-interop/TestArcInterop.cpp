#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>

// The ARC interoperability corpus (tests/arc-interop/README.md): messages ARC-sealed by dkimpy and
// Mail::DKIM (alone and mixed in one chain), verified by kensa-cli offline against arc.zone. One row
// per message of expected.tsv; Kensa's `arc.result` must be `expected` (what both libraries say,
// except where the row's rfc_note names the RFC 8617 section that decides) and `arc.instances`
// must be the highest instance number in the message.
class TestArcInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chain_data();
    void chain();
    void cleanupTestCase();

private:
    int m_rows = 0;
    int m_agree = 0;
    QMap<QString, QPair<int, int>> m_bySigner; // signer -> (rows, agree)
};

namespace {

const QString arcDir = QStringLiteral(KENSA_ARC_INTEROP_DIR);

struct Row
{
    QString file, signer, expected, dkimpy, maildkim, rfcNote;
    int instances = 0;
};

QList<Row> readExpected(QString *error)
{
    QFile f(arcDir + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> wanted = {"file", "signer", "instances", "expected", "dkimpy", "maildkim", "rfc_note"};
    if (lines.value(0).split('\t') != wanted) {
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
        bool ok = false;
        const int instances = cols.at(2).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("expected.tsv line %1: instances is not a number").arg(i + 1);
            return {};
        }
        rows.append({col(0), col(1), col(3), col(4), col(5), col(6), instances});
    }
    return rows;
}

QString text(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("null") : v.toVariant().toString();
}

} // namespace

void TestArcInterop::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KENSA_CLI)), KENSA_CLI);
    QVERIFY(QFile::exists(arcDir + QStringLiteral("/arc.zone")));
}

void TestArcInterop::chain_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("instances");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("dkimpy");
    QTest::addColumn<QString>("maildkim");
    QTest::addColumn<QString>("rfcNote");

    QString error;
    const QList<Row> rows = readExpected(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rows.size() >= 30);
    for (const Row &r : rows) {
        QVERIFY2(r.expected == u"pass" || r.expected == u"fail" || r.expected == u"none", qPrintable(r.file));
        QTest::newRow(qPrintable(r.file.mid(r.file.indexOf(u'/') + 1)))
            << r.file << r.signer << r.instances << r.expected << r.dkimpy << r.maildkim << r.rfcNote;
    }
}

void TestArcInterop::chain()
{
    QFETCH(QString, file);
    QFETCH(QString, signer);
    QFETCH(int, instances);
    QFETCH(QString, expected);
    QFETCH(QString, dkimpy);
    QFETCH(QString, maildkim);
    QFETCH(QString, rfcNote);

    ++m_rows;
    ++m_bySigner[signer].first;

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KENSA_CLI), {QStringLiteral("--json"), QStringLiteral("--offline"), QStringLiteral("--zone"),
                                        arcDir + QStringLiteral("/arc.zone"), arcDir + u'/' + file});
    QVERIFY2(p.waitForStarted(), "kensa-cli did not start");
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        QFAIL("kensa-cli did not finish within 60 s");
    }
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit,
             qPrintable(QStringLiteral("%1: kensa-cli crashed: %2").arg(file, QString::fromUtf8(err).trimmed())));
    QVERIFY2(p.exitCode() == 0,
             qPrintable(QStringLiteral("%1: kensa-cli exited with %2: %3").arg(file).arg(p.exitCode()).arg(QString::fromUtf8(err).trimmed())));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(QStringLiteral("kensa-cli printed no JSON object: ") + parseError.errorString()));

    const QJsonValue arcValue = doc.object().value(u"arc");
    QVERIFY2(arcValue.isObject(), qPrintable(QStringLiteral("%1: the report's \"arc\" is %2, not an object")
                                                 .arg(file, arcValue.isNull() ? QStringLiteral("null") : QStringLiteral("missing or not an object"))));
    const QJsonObject arc = arcValue.toObject();
    QStringList wrong;
    if (arc.value(u"result").toString() != expected)
        wrong << QStringLiteral("result %1 (reason %2, failed_instance %3), expected %4")
                     .arg(text(arc.value(u"result")), text(arc.value(u"reason")), text(arc.value(u"failed_instance")), expected);
    if (arc.value(u"instances").toInt(-1) != instances)
        wrong << QStringLiteral("instances %1, expected %2").arg(text(arc.value(u"instances"))).arg(instances);
    if (wrong.isEmpty()) {
        ++m_agree;
        ++m_bySigner[signer].second;
        return;
    }
    QString message = QStringLiteral("%1 (sealed by %2): Kensa: %3. dkimpy: %4. Mail::DKIM: %5.")
                          .arg(file, signer, wrong.join(QStringLiteral("; ")), dkimpy, maildkim);
    if (!rfcNote.isEmpty())
        message += QStringLiteral(" Note: ") + rfcNote;
    QFAIL(qPrintable(message));
}

void TestArcInterop::cleanupTestCase()
{
    QStringList perSigner;
    for (auto it = m_bySigner.cbegin(); it != m_bySigner.cend(); ++it)
        perSigner << QStringLiteral("%1 %2/%3").arg(it.key()).arg(it->second).arg(it->first);
    qInfo().noquote() << QStringLiteral("ARC interop totals: %1 messages, Kensa agrees on %2, differs on %3 (%4)")
                             .arg(m_rows)
                             .arg(m_agree)
                             .arg(m_rows - m_agree)
                             .arg(perSigner.join(QStringLiteral(", ")));
}

QTEST_GUILESS_MAIN(TestArcInterop)
#include "TestArcInterop.moc"
