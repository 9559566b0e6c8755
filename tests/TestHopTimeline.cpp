#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/hops/ReceivedParser.h"

#include <QFile>
#include <QTest>

using namespace kensa;

// The timeline and boundary of the sample messages. The organisational domain comes from a fixed
// table here; the application uses libpsl.
class TestHopTimeline : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void clockSkew();
    void recordedIpWins();
};

namespace {

QString org(const QString &host)
{
    static const QStringList orgs = {QStringLiteral("example.net"), QStringLiteral("example.com"),
                                     QStringLiteral("example.org"), QStringLiteral("example.jp")};
    const QString h = host.toLower();
    for (const QString &o : orgs) {
        // "shop.example.com" counts as its own organisation in this table, as a registrable name.
        for (const QString &label : {QStringLiteral("shop."), QStringLiteral("bank."), QStringLiteral("list."),
                                     QStringLiteral("mail.")}) {
            if (h == label + o || h.endsWith(u'.' + label + o))
                return label + o;
        }
        if (h == o || h.endsWith(u'.' + o))
            return o;
    }
    return {};
}

HopTimeline timelineOf(const QByteArray &bytes, const QString &receiver = {}, const QString &ip = {})
{
    return HopTimeline::build(ReceivedParser::parseAll(Message::parse(bytes)), receiver, ip, org);
}

QByteArray sample(const QString &name)
{
    QFile f(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestHopTimeline::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("boundaryIp");
    QTest::addColumn<int>("trusted");
    QTest::newRow("newsletter") << QStringLiteral("newsletter.eml") << QStringLiteral("mx.example.net") << 3
                                << QStringLiteral("198.51.100.25") << 2;
}

void TestHopTimeline::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, receiver);
    QFETCH(int, hops);
    QFETCH(QString, boundaryIp);
    QFETCH(int, trusted);
    const HopTimeline t = timelineOf(sample(file), receiver);
    QCOMPARE(t.hops.size(), hops);
    QCOMPARE(t.boundaryIp, boundaryIp);
    int trustedCount = 0;
    for (const HopTimeline::Hop &h : t.hops)
        trustedCount += h.trusted ? 1 : 0;
    QCOMPARE(trustedCount, trusted);
    QVERIFY(t.hops.first().index == 0 && !t.hops.first().hasDelay);
    QVERIFY(t.hasTotal);
}

void TestHopTimeline::clockSkew()
{
    const QByteArray m = "Received: from b.example.com (b.example.com [192.0.2.2]) by mx.example.net; Mon, 1 Jan 2024 10:00:00 +0000\r\n"
                         "Received: from a.example.com (a.example.com [192.0.2.1]) by b.example.com; Mon, 1 Jan 2024 10:05:00 +0000\r\n"
                         "From: x@example.com\r\n\r\n";
    const HopTimeline t = timelineOf(m, QStringLiteral("mx.example.net"));
    QCOMPARE(t.hops.size(), 2);
    QCOMPARE(t.hops.at(1).delaySeconds, -300);
    QCOMPARE(t.findings.size(), 1);
    QCOMPARE(t.findings.first().key, QStringLiteral("hops.clock_skew"));
    QCOMPARE(t.findings.first().line, 1);
    QCOMPARE(t.boundaryIp, QStringLiteral("192.0.2.2"));
}

void TestHopTimeline::recordedIpWins()
{
    const QByteArray m = "Received: from relay.example.net (relay.example.net [10.0.0.5]) by mx.example.net; Mon, 1 Jan 2024 10:00:02 +0000\r\n"
                         "Received: from out.example.com (out.example.com [198.51.100.7]) by relay.example.net; Mon, 1 Jan 2024 10:00:01 +0000\r\n"
                         "Received: from app.example.com (app.example.com [203.0.113.9]) by out.example.com; Mon, 1 Jan 2024 10:00:00 +0000\r\n"
                         "From: x@example.com\r\n\r\n";
    const HopTimeline byWalk = timelineOf(m, QStringLiteral("mx.example.net"));
    QCOMPARE(byWalk.boundaryIp, QStringLiteral("198.51.100.7"));
    QCOMPARE(byWalk.boundaryReason, QStringLiteral("first_external_client"));
    const HopTimeline byRecord = timelineOf(m, QStringLiteral("mx.example.net"), QStringLiteral("203.0.113.9"));
    QCOMPARE(byRecord.boundaryIp, QStringLiteral("203.0.113.9"));
    QCOMPARE(byRecord.boundaryReason, QStringLiteral("recorded_ip"));
    QCOMPARE(byRecord.hops.at(0).trusted, true);
}

QTEST_GUILESS_MAIN(TestHopTimeline)
#include "TestHopTimeline.moc"
