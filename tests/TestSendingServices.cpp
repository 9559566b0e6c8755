// The sending service is read from the sender's side only (issue 13 item 5): what a receiver,
// a list or a consumer mailbox leaves in a message names no service.
#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/sender/SendingServices.h"

#include <QtTest>

using namespace kensa;

namespace {

// `hops` oldest first, each "FROM BY LINE" ("-" for a missing name); `boundary` indexes them,
// -1 for none. Hops at and above the boundary are trusted, as HopTimeline marks them.
HopTimeline timeline(const QStringList &hops, int boundary)
{
    HopTimeline t;
    for (int i = 0; i < hops.size(); ++i) {
        const QStringList parts = hops.at(i).split(u' ');
        HopTimeline::Hop h;
        h.index = i;
        h.hop.fromReverse = parts.value(0) == u"-" ? QString() : parts.value(0);
        h.hop.by = parts.value(1) == u"-" ? QString() : parts.value(1);
        h.hop.line = parts.value(2).toInt();
        h.trusted = boundary >= 0 && i >= boundary;
        h.boundary = i == boundary;
        t.hops << h;
    }
    t.boundaryIndex = boundary;
    return t;
}

} // namespace

class TestSendingServices : public QObject
{
    Q_OBJECT

private slots:
    void recognise_data();
    void recognise();
    void everyServiceHasBothFixes();
};

void TestSendingServices::recognise_data()
{
    QTest::addColumn<QByteArray>("header");      // the header section (line numbers matter)
    QTest::addColumn<QStringList>("hops");
    QTest::addColumn<int>("boundary");
    QTest::addColumn<QString>("returnPath");
    QTest::addColumn<QString>("fromDomain");
    QTest::addColumn<QStringList>("dkim");
    QTest::addColumn<QString>("id");

    const QByteArray plain = "From: a@example.com\r\nSubject: x\r\n";
    const QStringList none;

    QTest::newRow("amazon-ses-return-path")
        << plain << none << -1 << "e.bounces.amazonses.com" << "example.com" << none << "amazon-ses";
    // A suffix matches the name itself or a name under it, never a name that only ends alike.
    QTest::newRow("amazon-ses-exact-name")
        << plain << none << -1 << "amazonses.com" << "example.com" << none << "amazon-ses";
    QTest::newRow("ends-alike-is-not-under")
        << plain << none << -1 << "notamazonses.com" << "example.com" << none << "";
    QTest::newRow("google-workspace-user")
        << plain << QStringList{"- mail-yk1-f41.google.com 0", "mail-yk1-f41.google.com mx.example.org 0"} << 1
        << "example.com" << "example.com" << QStringList{"example.com"} << "google-workspace";
    QTest::newRow("gappssmtp-signature")
        << plain << none << -1 << "" << "example.com" << QStringList{"example-com.20230601.gappssmtp.com"}
        << "google-workspace";
    // A consumer address: Gmail's own hosts carry it.
    QTest::newRow("gmail-consumer")
        << plain << QStringList{"- mail-oi1-f179.google.com 0", "mail-oi1-f179.google.com zonemx.eu 0"} << 1
        << "gmail.com" << "gmail.com" << QStringList{"gmail.com"} << "";
    QTest::newRow("google-dsn-googlemail")
        << plain << QStringList{"- mail-sor-f69.google.com 0", "mail-sor-f69.google.com mx.example.org 0"} << 1
        << "" << "googlemail.com" << QStringList{"googlemail.com"} << "";
    QTest::newRow("outlook-jp-consumer")
        << plain << QStringList{"mail-ty1.outbound.protection.outlook.com mx.example.jp 0"} << 0
        << "outlook.jp" << "outlook.jp" << QStringList{"outlook.jp"} << "";
    QTest::newRow("163-consumer-via-relay")
        << plain << QStringList{"- smtp-relay.gmail.com 0", "smtp-relay.gmail.com mx.example.org 0"} << 1
        << "163.com" << "163.com" << none << "";
    // A list or a forwarder on Google's hosts.
    QTest::newRow("google-groups-group-id")
        << QByteArray(plain + "X-Google-Group-Id: 123\r\nList-ID: <team.example.com>\r\n")
        << QStringList{"- mail-pg1-f205.google.com 0", "mail-pg1-f205.google.com mx.example.org 0"} << 1
        << "team+bncBAA@example.com" << "example.com" << none << "";
    QTest::newRow("google-groups-sender")
        << QByteArray(plain + "Sender: team@googlegroups.com\r\n")
        << QStringList{"- mail-pg1-f205.google.com 0", "mail-pg1-f205.google.com mx.example.org 0"} << 1
        << "example.com" << "example.com" << none << "";
    QTest::newRow("google-groups-return-path")
        << plain << QStringList{"mail-pg1-f205.google.com mx.example.org 0"} << 0
        << "googlegroups.com" << "example.com" << none << "";
    // A receiver: the hop into a Gmail or Outlook mailbox, and what follows it.
    QTest::newRow("forwarded-by-gmail-mailbox")
        << plain
        << QStringList{"foo srs3.zonevs.eu 0", "srs3.zonevs.eu mx.google.com 0", "- 2002:a19:24c6:: 0",
                       "mail-sor-f41.google.com mx.google.com 0"}
        << 3 << "example.ee" << "example.ee" << QStringList{"example.ee"} << "";
    QTest::newRow("received-by-outlook")
        << plain
        << QStringList{"localhost vmta6.response.example.org 0",
                       "vmta6.response.example.org BN3NAM04FT003.mail.protection.outlook.com 0",
                       "BN3NAM04FT003.eop-NAM04.prod.protection.outlook.com SN1PR16MB0494.namprd16.prod.outlook.com 0"}
        << 1 << "" << "example.org" << none << "";
    QTest::newRow("no-boundary-top-by-is-receiver")
        << plain << QStringList{"mail.example.com mx.google.com 0"} << -1 << "example.com" << "example.com" << none
        << "";
    QTest::newRow("received-by-tenant-crosstenant-field")
        << QByteArray(plain + "X-MS-Exchange-CrossTenant-Id: 84df9e7f\r\nX-MS-Exchange-Organization-AuthSource: a\r\n")
        << QStringList{"mail.example.org CO1PEPF0001.mail.protection.outlook.com 0"} << 0 << "example.org"
        << "example.org" << none << "";
    QTest::newRow("exchange-on-premises")
        << QByteArray(plain + "X-MS-Exchange-Organization-AuthSource: epost.example.no\r\n")
        << QStringList{"epost.example.no mx.example.net 0"} << 0 << "" << "example.no" << none << "";
    // The tenant's own egress and default domain.
    QTest::newRow("m365-tenant-egress")
        << plain << QStringList{"mail-pu1apc01hn0212.outbound.protection.outlook.com mail.example.org 0"} << 0
        << "" << "example.com" << none << "microsoft-365";
    QTest::newRow("m365-onmicrosoft-signature")
        << plain << none << -1 << "" << "kyotoneko.onmicrosoft.com" << QStringList{"kyotoneko.onmicrosoft.com"}
        << "microsoft-365";
    QTest::newRow("outlook-consumer-ndr")
        << plain << QStringList{"APC01-HK2-obe.outbound.protection.outlook.com HE1EUR01FT042.mail.protection.outlook.com 0"}
        << 0 << "" << "outlook.com" << none << "";
    // Header fields: only those below the boundary's Received field are the sender's.
    QTest::newRow("esp-field-below-boundary")
        << QByteArray("Received: from a by b; Mon, 1 Jan 2024 00:00:00 +0000\r\nX-SES-Outgoing: 1\r\n" + plain)
        << QStringList{"a b 1"} << 0 << "" << "example.com" << none << "amazon-ses";
    QTest::newRow("field-above-boundary-is-receivers")
        << QByteArray("X-SES-Outgoing: 1\r\nReceived: from a by b; Mon, 1 Jan 2024 00:00:00 +0000\r\n" + plain)
        << QStringList{"a b 2"} << 0 << "" << "example.com" << none << "";
    QTest::newRow("x-mc-unique-mailchimp")
        << QByteArray(plain + "X-MC-Unique: 1\r\n") << none << -1 << "" << "example.com" << none << "mailchimp";
    QTest::newRow("x-mc-unique-beside-mimecast")
        << QByteArray(plain + "X-MC-Unique: 1\r\nX-Mimecast-Spam-Score: 0\r\n") << none << -1 << ""
        << "example.com" << none << "mimecast";
    // A list does not hide an ESP that runs the list (Mailchimp writes List-ID).
    QTest::newRow("mailchimp-list")
        << QByteArray(plain + "List-ID: <abc.mcsv.net>\r\n") << none << -1 << "bounce.mcsv.net" << "example.com"
        << none << "mailchimp";
    // Gateways on the sender's side.
    QTest::newRow("proofpoint-outbound")
        << plain
        << QStringList{"e06smtp10.uk.example.com mx0b-001b2d01.pphosted.com 0",
                       "mx0b-001b2d01.pphosted.com smtp.example.it 0"}
        << 1 << "it.example.com" << "it.example.com" << none << "proofpoint";
    QTest::newRow("proofpoint-as-receiver")
        << plain << QStringList{"mail.example.com mx0a-0012.pphosted.com 0"} << 0 << "example.com"
        << "example.com" << none << "";
    QTest::newRow("messagelabs-outbound")
        << plain
        << QStringList{"neko.example.net server-2.tower-222.messagelabs.com 0",
                       "mail2.memta22.messagelabs.com mail.example.org 0"}
        << 1 << "" << "example.jp" << none << "messagelabs";
    QTest::newRow("zeta-global")
        << plain << QStringList{"cnn3alerts-87-1.bm16.maas.zetaglobal.net mx3.messagingengine.com 0"} << 0
        << "response.emailalerts.example.com" << "emailalerts.example.com" << QStringList{"emailalerts.example.com"}
        << "zeta-global";
}

void TestSendingServices::recognise()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, hops);
    QFETCH(int, boundary);
    QFETCH(QString, returnPath);
    QFETCH(QString, fromDomain);
    QFETCH(QStringList, dkim);
    QFETCH(QString, id);

    const Message m = Message::parse(header + "\r\nbody\r\n");
    const SendingServiceResult r
        = SendingServices::recognise(m, {returnPath, fromDomain, dkim}, timeline(hops, boundary));
    QCOMPARE(r.id, id);
    QCOMPARE(r.evidence.isEmpty(), id.isEmpty());
}

void TestSendingServices::everyServiceHasBothFixes()
{
    const QStringList ids = SendingServices::ids();
    QVERIFY(ids.size() >= 16);
    for (const QString &id : ids) {
        QVERIFY2(!SendingServices::fix(id, QStringLiteral("en")).isEmpty(), qPrintable(id));
        QVERIFY2(!SendingServices::fix(id, QStringLiteral("ja")).isEmpty(), qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestSendingServices)
#include "TestSendingServices.moc"
