#include "core/analysis/Analyzer.h"
#include "core/i18n/Localization.h"
#include "core/input/InputLoader.h"
#include "core/report/ReportJson.h"
#include "core/report/TextReport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

using namespace kensa;

// Real messages from public collections (../shared/realworld/messages, PROVENANCE.md there), one
// row each, against the facts a postmaster reads by eye in their raw header
// (tests/data/realworld/expected.json): the IP of every hop, which hops say they used TLS, the
// boundary and its IP, the receiver's trusted Authentication-Results, the decoded Subject, the
// sending service. Every text the report makes, in both languages, must come out without a
// QString::arg warning. A fact the table marks "known" with a reason is reported, not failed.
class TestRealWorld : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void message_data();
    void message();

private:
    QJsonObject m_expected;
    QDir m_messages;
};

namespace {

QMutex g_warningsLock;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.contains(u"QString::arg")) {
        QMutexLocker lock(&g_warningsLock);
        g_warnings.append(text);
    }
    g_previous(type, context, text);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString shown(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toVariant().toString();
}

} // namespace

void TestRealWorld::initTestCase()
{
    m_messages = QDir(QStringLiteral(KENSA_SHARED_DIR "/realworld/messages"));
    if (!m_messages.exists())
        QSKIP("../shared/realworld/messages is not beside the checkout");
    QFile f(QStringLiteral(KENSA_TEST_DATA_DIR "/realworld/expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    m_expected = QJsonDocument::fromJson(f.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(m_expected.size() > 100);
    g_previous = qInstallMessageHandler(collectWarnings);
}

void TestRealWorld::message_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : m_messages.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name;
}

void TestRealWorld::message()
{
    QFETCH(QString, file);
    QVERIFY2(m_expected.contains(file), "every real message has a row in tests/data/realworld/expected.json");
    const QJsonObject expected = m_expected.value(file).toObject();
    const QJsonObject known = expected.value(QStringLiteral("known")).toObject();

    const Result<QByteArray> bytes = InputLoader::readFile(m_messages.filePath(file));
    QVERIFY(bytes);
    const LoadedInput loaded = InputLoader::load(*bytes, file, PasteNormalizer::Origin::File);
    QVERIFY(!loaded.messages.isEmpty());
    AnalysisOptions options;
    options.offline = true;
    options.now = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    {
        QMutexLocker lock(&g_warningsLock);
        g_warnings.clear();
    }
    const Report report = Analyzer::analyze(loaded.messages.first(), options);

    // What Kensa read, in the table's terms (hops from the newest down).
    QJsonObject actual;
    QJsonArray ips;
    QJsonArray tls;
    for (qsizetype i = report.hops.hops.size() - 1; i >= 0; --i) {
        const ReceivedHop &hop = report.hops.hops.at(i).hop;
        ips.append(orNull(hop.fromIp));
        tls.append(hop.tls == HopTls::Unknown ? QJsonValue() : QJsonValue(hop.tls == HopTls::Encrypted));
    }
    actual.insert(QStringLiteral("hop_ips"), ips);
    actual.insert(QStringLiteral("hop_tls"), tls);
    actual.insert(QStringLiteral("boundary_ip"), report.hops.boundaryIndex < 0 ? QJsonValue() : orNull(report.hops.boundaryIp));
    QJsonArray trusted;
    for (const AuthResultsField &ar : report.authResults) {
        if (ar.trusted && !trusted.contains(ar.authservId))
            trusted.append(ar.authservId);
    }
    actual.insert(QStringLiteral("trusted_authserv_ids"), trusted);
    actual.insert(QStringLiteral("subject"), report.summary.subject.isNull() ? QJsonValue() : QJsonValue(report.summary.subject.simplified()));
    actual.insert(QStringLiteral("sending_service"), orNull(report.sendingService.name));

    QStringList failures;
    QStringList excused;
    const auto check = [&](const QString &fact, bool same) {
        if (same)
            return;
        const QString line = QStringLiteral("%1: expected %2, Kensa read %3")
                                 .arg(fact, shown(expected.value(fact)), shown(actual.value(fact)));
        if (known.contains(fact))
            excused.append(line + QStringLiteral(" (known: %1)").arg(known.value(fact).toString()));
        else
            failures.append(line);
    };
    check(QStringLiteral("hop_ips"), expected.value(QStringLiteral("hop_ips")) == actual.value(QStringLiteral("hop_ips")));
    // TLS: only the hops whose field says something about the protocol count.
    const QJsonArray expectedTls = expected.value(QStringLiteral("hop_tls")).toArray();
    bool tlsSame = expectedTls.size() == tls.size();
    for (qsizetype i = 0; tlsSame && i < expectedTls.size(); ++i)
        tlsSame = expectedTls.at(i).isNull() || expectedTls.at(i) == tls.at(i);
    check(QStringLiteral("hop_tls"), tlsSame);
    check(QStringLiteral("boundary_ip"), expected.value(QStringLiteral("boundary_ip")) == actual.value(QStringLiteral("boundary_ip")));
    QStringList expectedIds;
    for (const QJsonValue &v : expected.value(QStringLiteral("trusted_authserv_ids")).toArray())
        expectedIds.append(v.toString());
    QStringList actualIds;
    for (const QJsonValue &v : trusted)
        actualIds.append(v.toString());
    expectedIds.sort();
    actualIds.sort();
    check(QStringLiteral("trusted_authserv_ids"), expectedIds == actualIds);
    check(QStringLiteral("subject"), expected.value(QStringLiteral("subject")) == actual.value(QStringLiteral("subject")));
    check(QStringLiteral("sending_service"), expected.value(QStringLiteral("sending_service")) == actual.value(QStringLiteral("sending_service")));

    // Every text of the report, in both languages, without a QString::arg warning.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        Localization::apply(language);
        QVERIFY(!TextReport::render(report).isEmpty());
        QVERIFY(!ReportJson::toJson(report).isEmpty());
    }
    Localization::apply(QStringLiteral("en"));
    {
        QMutexLocker lock(&g_warningsLock);
        for (const QString &w : std::as_const(g_warnings))
            failures.append(QStringLiteral("text: %1").arg(w));
    }

    for (const QString &line : std::as_const(excused))
        qInfo().noquote() << line;
    for (const QString &line : std::as_const(failures))
        qWarning().noquote() << line;
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 fact(s) differ (listed above)").arg(failures.size())));
}

QTEST_GUILESS_MAIN(TestRealWorld)
#include "TestRealWorld.moc"
