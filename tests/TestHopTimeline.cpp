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
    void boundaryRule_data();
    void boundaryRule();
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

// Which hop handed the message to the final receiver, and which rule says so (issue 13). The
// header blocks are modelled on the forms real receivers write.
void TestHopTimeline::boundaryRule_data()
{
    QTest::addColumn<QByteArray>("received"); // Received fields, newest first
    QTest::addColumn<QString>("receiver"); // authserv-id, "" when none
    QTest::addColumn<QString>("claimedIp");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("boundaryIp");
    QTest::addColumn<QString>("rule");

    const QString none;
    // An ESP's submission hop below the receiver's MX: the MX hop is the boundary, not the
    // sender's client.
    QTest::newRow("esp-submission-below-recipient-mx") << QByteArray(
        "Received: from out.esp.example.net (out.esp.example.net [198.51.100.20])\r\n"
        "\tby mx.example.jp (Postfix) with ESMTPS id 4AbC1; Mon, 1 Jan 2024 10:00:02 +0900\r\n"
        "Received: from [192.0.2.99] (unknown [192.0.2.99])\r\n"
        "\tby out.esp.example.net with ESMTP id 9f; Mon, 1 Jan 2024 01:00:01 +0000\r\n")
                                                       << none << none
                                                       << QStringList{QStringLiteral("example.jp")}
                                                       << QStringLiteral("198.51.100.20")
                                                       << QStringLiteral("recipient_organisation");
    // Postfix to Cyrus inside the recipient's organisation, then amavis on loopback.
    QTest::newRow("recipient-mx-below-internal-hops") << QByteArray(
        "Received: from localhost (localhost [127.0.0.1])\r\n"
        "\tby mail.example.jp (Postfix) with ESMTP id 50F; Mon, 1 Jan 2024 10:00:03 +0900\r\n"
        "Received: from mx1.example.jp (mx1.example.jp [10.1.1.254])\r\n"
        "\tby mail.example.jp (Postfix) with ESMTP id 51F; Mon, 1 Jan 2024 10:00:02 +0900\r\n"
        "Received: from mail.example.com (mail.example.com [203.0.113.45])\r\n"
        "\tby mx1.example.jp (Postfix) with ESMTP id 52F; Mon, 1 Jan 2024 10:00:01 +0900\r\n")
                                                      << none << none
                                                      << QStringList{QStringLiteral("example.jp")}
                                                      << QStringLiteral("203.0.113.45")
                                                      << QStringLiteral("recipient_organisation");
    // Exchange internal hop on private addresses, the recipient's domain in no "by".
    QTest::newRow("first-public-client-below-private-hop") << QByteArray(
        "Received: from mx01.example.net (192.168.42.42) by epost.example.net\r\n"
        " (192.168.73.7) with Microsoft SMTP Server id 8.1.393.1; Mon, 1 Jan 2024 10:00:02 "
        "+0100\r\n"
        "Received: from relay.example.com ([198.51.100.230])  by mx01.example.net with\r\n"
        " ESMTP; Mon, 1 Jan 2024 10:00:01 +0100\r\n"
        "Received: from [10.0.0.5] (client.isp.example [192.0.2.28]) by relay.example.com\r\n"
        " (Postfix) with ESMTPSA id EC3; Mon, 1 Jan 2024 09:00:00 +0000\r\n")
                                                           << none << none
                                                           << QStringList{QStringLiteral(
                                                                  "example.org")}
                                                           << QStringLiteral("198.51.100.230")
                                                           << QStringLiteral(
                                                                  "first_external_client");
    // A relay inside the receiver with public addresses on both ends (mx03 -> pt02).
    QTest::newRow("receiver-relay-with-public-ip-skipped")
        << QByteArray("Received: from mx03.example.net (mx03.example.net [198.51.100.174])\r\n"
                      "  by pt02.example.net ([198.51.100.173])\r\n"
                      "  with ESMTP via TCP; 1 Jan 2024 10:00:02 -0000\r\n"
                      "Received: from localhost.localdomain (mail.example.com [203.0.113.248])\r\n"
                      "  by mx03.example.net ([198.51.100.174])\r\n"
                      "  with ESMTP via TCP; 1 Jan 2024 10:00:01 -0000\r\n")
        << none << none << QStringList() << QStringLiteral("203.0.113.248")
        << QStringLiteral("first_external_client");
    // Sender and receiver are one provider (Yahoo to Yahoo): every client is inside it.
    QTest::newRow("same-provider-oldest-inside") << QByteArray(
        "Received: from 127.0.0.1  (EHLO sonic311-12.consmr.mail.example.net) (198.51.100.189)\r\n"
        "  by mta4014.mail.example.net with SMTPS; Mon, 1 Jan 2024 12:15:38 +0000\r\n"
        "Received: from sonic.gate.mail.example.net by sonic311.consmr.mail.example.net with HTTP;"
        " Mon, 1 Jan 2024 12:15:36 +0000\r\n") << QStringLiteral("mta4014.mail.example.net")
                                                 << none
                                                 << QStringList{QStringLiteral("example.jp")}
                                                 << QStringLiteral("198.51.100.189")
                                                 << QStringLiteral("same_organisation");
    // One provider on both sides, the sender's authenticated client below: never the client.
    QTest::newRow("same-provider-above-authenticated-submission") << QByteArray(
        "Received: from mail-sor-f41.example.net (mail-sor-f41.example.net. [198.51.100.41])\r\n"
        "        by mx.example.net with SMTPS id x1; Mon, 1 Jan 2024 10:00:02 -0800 (PST)\r\n"
        "Received: from [10.233.168.165] ([192.0.2.141])\r\n"
        "        by smtp.example.net with ESMTPSA id y2; Mon, 1 Jan 2024 10:00:01 -0800 (PST)\r\n")
                                                                  << QStringLiteral(
                                                                         "mx.example.net")
                                                                  << none
                                                                  << QStringList{QStringLiteral(
                                                                         "example.net")}
                                                                  << QStringLiteral("198.51.100.41")
                                                                  << QStringLiteral(
                                                                         "same_organisation");
    // The client IP from smtp.client-ip= beats every walk.
    QTest::newRow("recorded-client-ip") << QByteArray(
        "Received: from df.example.jp (unknown [203.0.113.25])\r\n"
        "\tby email.example.jp (Postfix) with ESMTP id 4Vz; Wed, 12 Jun 2024 10:35:30 +0900\r\n")
                                        << QStringLiteral("email.example.jp")
                                        << QStringLiteral("203.0.113.25")
                                        << QStringList{QStringLiteral("example.jp")}
                                        << QStringLiteral("203.0.113.25")
                                        << QStringLiteral("recorded_ip");
    // A list server named in To below the receiver that wrote Authentication-Results: the
    // receiver's org decides, not the list's.
    QTest::newRow("list-in-to-below-known-receiver")
        << QByteArray("Received: from list.example.org (list.example.org [198.51.100.40])\r\n"
                      "\tby mx.example.net with ESMTPS id 77; Mon, 1 Jan 2024 10:00:03 +0000\r\n"
                      "Received: from mail.example.com (mail.example.com [192.0.2.25])\r\n"
                      "\tby list.example.org with ESMTPS id 66; Mon, 1 Jan 2024 10:00:00 +0000\r\n")
        << QStringLiteral("mx.example.net") << none
        << QStringList{QStringLiteral("list.example.org")} << QStringLiteral("198.51.100.40")
        << QStringLiteral("first_external_client");
    // Only the sender's own authenticated submission: no hop into a receiver.
    QTest::newRow("authenticated-submission-only")
        << QByteArray("Received: from [172.17.234.195] (p5b28.dip0.isp.example. [192.0.2.107])\r\n"
                      "        by smtp.example.com with ESMTPSA id p16; Thu, 08 Nov 2018 14:39:35 "
                      "-0800 (PST)\r\n")
        << none << none << QStringList{QStringLiteral("example.com")} << none << none;
    // A test network's sender (RFC 2544 benchmarking range, as a sending system's lab or a
    // load test uses) delivering to the receiver named by Authentication-Results.
    QTest::newRow("benchmarking-range-client") << QByteArray(
        "Received: from mta0.lab.example (mta0.lab.example [198.18.0.1])\r\n"
        "\tby mx.receiver.example (Postfix) with ESMTPS id B0; Wed, 01 Jan 2025 12:00:00 +0000\r\n")
                                               << QStringLiteral("mx.receiver.example") << none
                                               << QStringList() << QStringLiteral("198.18.0.1")
                                               << QStringLiteral("first_external_client");
    QTest::newRow("only-private-clients") << QByteArray(
        "Received: from mx1.example.net ([10.202.2.200]) by compute5.example.net (LMTPProxy);"
        " Mon, 1 Jan 2024 10:00:01 -0500\r\n")
                                          << none << none << QStringList() << none << none;
}

void TestHopTimeline::boundaryRule()
{
    QFETCH(QByteArray, received);
    QFETCH(QString, receiver);
    QFETCH(QString, claimedIp);
    QFETCH(QStringList, recipients);
    QFETCH(QString, boundaryIp);
    QFETCH(QString, rule);
    const QList<ReceivedHop> hops
        = ReceivedParser::parseAll(Message::parse(received + "From: x@example.com\r\n\r\n"));
    const HopTimeline t = HopTimeline::build(hops, receiver, claimedIp, org, recipients);
    QCOMPARE(t.boundaryIp, boundaryIp);
    QCOMPARE(t.boundaryReason, rule);
    QCOMPARE(t.boundaryIndex >= 0, !rule.isEmpty());
}

QTEST_GUILESS_MAIN(TestHopTimeline)
#include "TestHopTimeline.moc"
