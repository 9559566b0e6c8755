#include "core/dns/DnsName.h"
#include "core/dns/LdnsConvert.h"

#include <ldns/ldns.h>

#include <QTest>

using namespace kensa;

// Domain names as the resolvers, the cache and the DNS transcript key them.
class TestDnsName : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void nameTextAsLdnsPrintsIt();
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

// LdnsConvert::nameText writes what ldns_rdf2str() prints (then normalised), without its printf a
// byte: the same text for names of every byte value, of every label length, and the root.
void TestDnsName::nameTextAsLdnsPrintsIt()
{
    const auto byLdns = [](const ldns_rdf *rdf) {
        char *text = ldns_rdf2str(rdf);
        const QByteArray out = text ? QByteArray(text) : QByteArray();
        LDNS_FREE(text);
        return DnsName::normalized(out);
    };
    quint32 seed = 1205;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u; // fixed, reproducible
        return seed >> 8;
    };
    int compared = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray wire;
        const int labels = round == 0 ? 0 : int(next() % 5) + 1;
        for (int l = 0; l < labels; ++l) {
            const int length = int(next() % 20) + 1;
            wire.append(char(length));
            for (int i = 0; i < length; ++i) {
                // Mostly letters and digits, often a byte of any value.
                const quint32 r = next();
                wire.append(r % 4 == 0 ? char(r / 4 % 256) : "abcxyzABC019-_"[r / 4 % 14]);
            }
        }
        wire.append('\0');
        ldns_rdf *rdf = ldns_rdf_new_frm_data(LDNS_RDF_TYPE_DNAME, size_t(wire.size()), wire.constData());
        QVERIFY(rdf);
        QCOMPARE(LdnsConvert::nameText(rdf), byLdns(rdf));
        ldns_rdf_deep_free(rdf);
        ++compared;
    }
    QCOMPARE(compared, 3000);
    QCOMPARE(LdnsConvert::nameText(nullptr), QByteArray());
}

QTEST_GUILESS_MAIN(TestDnsName)
#include "TestDnsName.moc"
