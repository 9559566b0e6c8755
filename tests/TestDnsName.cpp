#include "core/dns/DnsName.h"

#include <QTest>

using namespace kensa;

// Domain names as the resolvers, the cache and the DNS transcript key them.
class TestDnsName : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
};

void TestDnsName::names_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("normalized");
    QTest::addColumn<QByteArray>("canonical"); // "-": not a valid domain name

    QTest::newRow("plain") << QByteArray("example.com") << QByteArray("example.com")
                           << QByteArray("example.com");
    QTest::newRow("upper-case-absolute")
        << QByteArray("Mail.Example.COM.") << QByteArray("mail.example.com")
        << QByteArray("mail.example.com");
    QTest::newRow("spaces-around")
        << QByteArray("  example.com ") << QByteArray("example.com") << QByteArray("example.com");
    QTest::newRow("root") << QByteArray(".") << QByteArray("") << QByteArray("");
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("dkim-key-name")
        << QByteArray("sel._domainkey.example.com") << QByteArray("sel._domainkey.example.com")
        << QByteArray("sel._domainkey.example.com");
    // RFC 1035 §5.1: an escaped dot belongs to the label, so it is not the root's dot.
    QTest::newRow("escaped-trailing-dot")
        << QByteArray("a\\.") << QByteArray("a\\.") << QByteArray("a\\.");
    // Escapes are printed in one form.
    QTest::newRow("decimal-escape")
        << QByteArray("\\097b.example") << QByteArray("\\097b.example") << QByteArray("ab.example");
    // Corrupted input.
    QTest::newRow("corrupt-empty-label")
        << QByteArray("a..example") << QByteArray("a..example") << QByteArray("-");
    QTest::newRow("corrupt-label-too-long")
        << QByteArray(64, 'a') + ".example" << QByteArray(64, 'a') + ".example" << QByteArray("-");
    QTest::newRow("corrupt-name-too-long")
        << (QByteArray(60, 'a') + '.').repeated(5)
        << (QByteArray(60, 'a') + '.').repeated(5).chopped(1) << QByteArray("-");
    QTest::newRow("corrupt-bad-escape")
        << QByteArray("a\\999.example") << QByteArray("a\\999.example") << QByteArray("-");
}

void TestDnsName::names()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, normalized);
    QFETCH(QByteArray, canonical);
    QCOMPARE(DnsName::normalized(name), normalized);
    const std::optional<QByteArray> c = DnsName::canonical(name);
    QCOMPARE(c.value_or("-"), canonical);
    // Both are idempotent.
    QCOMPARE(DnsName::normalized(normalized), normalized);
    if (c)
        QCOMPARE(DnsName::canonical(*c), c);
}

QTEST_GUILESS_MAIN(TestDnsName)
#include "TestDnsName.moc"
