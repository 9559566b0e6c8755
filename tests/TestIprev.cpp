#include "core/auth/iprev/IprevChecker.h"
#include "core/dns/LdnsResolver.h"

#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace kensa;

// iprev (RFC 8601 §3) against the real nsd fixture on loopback (tests/zones): PTR, then the
// forward lookup of every name, over LdnsResolver, as the Analyzer drives it.
class TestIprev : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reverseName();
    void generic_data();
    void generic();
    void live_data();
    void live();

private:
    IprevResult check(const QString &ip, const QString &helo);
    std::unique_ptr<LdnsResolver> m_resolver;
};

void TestIprev::initTestCase()
{
    QFile portFile(qEnvironmentVariable("KENSA_DNS_PORT_FILE"));
    QVERIFY2(portFile.open(QIODevice::ReadOnly), "the nsd fixture writes its port to KENSA_DNS_PORT_FILE");
    const QString port = QString::fromLatin1(portFile.readAll()).trimmed();
    m_resolver = std::make_unique<LdnsResolver>(QStringList{QStringLiteral("127.0.0.1:") + port});
    m_resolver->setTimeoutMs(2000);
}

IprevResult TestIprev::check(const QString &ip, const QString &helo)
{
    IprevChecker checker(ip, helo);
    QObject context;
    for (int round = 0; round < 4 && !checker.isFinished(); ++round) {
        const QList<DnsQuestion> questions = checker.questions();
        QEventLoop loop;
        int pending = int(questions.size());
        for (const DnsQuestion &q : questions) {
            m_resolver->resolve(q, &context, [&](const DnsAnswer &a) {
                checker.setAnswer(a);
                if (--pending == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return checker.result();
}

void TestIprev::reverseName()
{
    QCOMPARE(reverseLookupName(QByteArray("\xc0\x00\x02\x19", 4)), QByteArray("25.2.0.192.in-addr.arpa"));
    QByteArray v6(16, '\0');
    v6[0] = char(0x20);
    v6[1] = char(0x01);
    v6[2] = char(0x0d);
    v6[3] = char(0xb8);
    v6[15] = char(0x10);
    QCOMPARE(reverseLookupName(v6),
             QByteArray("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
}

void TestIprev::generic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("generic");
    QTest::newRow("dashed-ip") << "192-0-2-40.dynamic.kensa.test" << "192.0.2.40" << true;
    QTest::newRow("reversed-ip") << "40.2.0.192.example.net" << "192.0.2.40" << true;
    QTest::newRow("pool-word") << "pool-7.isp.example" << "198.51.100.7" << true;
    QTest::newRow("dsl-word") << "adsl-123.example.jp" << "198.51.100.7" << true;
    QTest::newRow("mail-server") << "mail25.bounce.shop.example.com" << "198.51.100.25" << false;
    QTest::newRow("google") << "mail-sor-f41.google.com" << "209.85.220.41" << false;
}

void TestIprev::generic()
{
    QFETCH(QString, name);
    QFETCH(QString, ip);
    QFETCH(bool, generic);
    QCOMPARE(IprevChecker::looksGeneric(name, ip), generic);
}

void TestIprev::live_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("generic");
    QTest::addColumn<bool>("heloMatches");
    QTest::newRow("pass-v4") << "192.0.2.25" << "mail.kensa.test" << "pass" << "iprev.pass" << false << true;
    QTest::newRow("pass-v6") << "2001:db8::10" << "other.example" << "pass" << "iprev.pass" << false << false;
    QTest::newRow("points-elsewhere") << "192.0.2.30" << "" << "fail" << "iprev.fail" << false << false;
    QTest::newRow("name-does-not-exist") << "192.0.2.60" << "" << "fail" << "iprev.fail" << false << false;
    QTest::newRow("generic-but-confirmed") << "192.0.2.40" << "" << "pass" << "iprev.pass" << true << false;
    QTest::newRow("no-ptr") << "192.0.2.50" << "" << "permerror" << "iprev.no_ptr" << false << false;
}

void TestIprev::live()
{
    QFETCH(QString, ip);
    QFETCH(QString, helo);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(bool, generic);
    QFETCH(bool, heloMatches);
    const IprevResult r = check(ip, helo);
    QCOMPARE(r.result, result);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.generic, generic);
    QCOMPARE(r.heloMatches, heloMatches);
    if (result == u"pass")
        QVERIFY(r.forwardConfirmed && !r.confirmedName.isEmpty());
}

QTEST_GUILESS_MAIN(TestIprev)
#include "TestIprev.moc"
