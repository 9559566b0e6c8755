#include "core/net/IpAddress.h"

#include <QTest>

using namespace kensa;

// IP addresses as Received fields write them (lenient) and as SPF, iprev and DNS answers write
// them (strict).
class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void scopeOf_data();
    void scopeOf();
    void strict_data();
    void strict();
};

void TestIpAddress::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("unmap");
    QTest::addColumn<QString>("expected"); // empty: not an address

    QTest::newRow("v4") << "192.0.2.1" << false << "192.0.2.1";
    QTest::newRow("v4-brackets") << "[192.0.2.1]" << false << "192.0.2.1";
    QTest::newRow("v4-brackets-port") << "[192.0.2.1]:25" << false << "192.0.2.1";
    QTest::newRow("v4-port-unbracketed") << "192.0.2.1:2525" << false << "192.0.2.1";
    QTest::newRow("v4-spaces") << "  198.51.100.7 " << false << "198.51.100.7";
    QTest::newRow("v4-zero") << "0.0.0.0" << false << "0.0.0.0";
    QTest::newRow("v4-max") << "255.255.255.255" << false << "255.255.255.255";
    // RFC 5952 §4.1: no leading zeros; §4.2.1: "::" for the longest run; §4.3: lower case
    QTest::newRow("v6-full") << "2001:0DB8:0000:0000:0000:0000:0000:0001" << false << "2001:db8::1";
    QTest::newRow("v6-ipv6-prefix") << "IPv6:2001:DB8:0:0:0:0:0:25" << false << "2001:db8::25";
    QTest::newRow("v6-bracketed-prefix") << "[IPv6:2001:db8::1]" << false << "2001:db8::1";
    QTest::newRow("v6-bracketed") << "[2001:db8::1]" << false << "2001:db8::1";
    QTest::newRow("v6-prefix-lower-case") << "ipv6:2001:db8::2" << false << "2001:db8::2";
    // §4.2.2: a single zero group is not compressed
    QTest::newRow("v6-single-zero") << "2001:db8:0:1:1:1:1:1" << false << "2001:db8:0:1:1:1:1:1";
    // §4.2.3: the longest run wins; on a tie, the first
    QTest::newRow("v6-longest-run") << "2001:0:0:1:0:0:0:1" << false << "2001:0:0:1::1";
    QTest::newRow("v6-first-of-equal-runs")
        << "2001:db8:0:0:1:0:0:1" << false << "2001:db8::1:0:0:1";
    QTest::newRow("v6-already-compressed") << "2001:db8::" << false << "2001:db8::";
    QTest::newRow("v6-loopback") << "0:0:0:0:0:0:0:1" << false << "::1";
    QTest::newRow("v6-unspecified") << "::" << false << "::";
    QTest::newRow("v6-single-leading-zero") << "::2:3:4:5:6:7:8" << false << "0:2:3:4:5:6:7:8";
    QTest::newRow("v6-leading-run") << "0:0:3:4:5:6:7:8" << false << "::3:4:5:6:7:8";
    QTest::newRow("v6-trailing-group") << "1:2:3:4:5:6:7::" << false << "1:2:3:4:5:6:7:0";
    QTest::newRow("v6-exchange") << "2603:10B6:A03:01D0:0:0:0:12" << false
                                 << "2603:10b6:a03:1d0::12";
    // §5: IPv4-mapped addresses keep the dotted quad
    QTest::newRow("v6-mapped") << "::FFFF:192.0.2.1" << false << "::ffff:192.0.2.1";
    QTest::newRow("v6-mapped-hex") << "0:0:0:0:0:ffff:c000:0201" << false << "::ffff:192.0.2.1";
    QTest::newRow("v6-mapped-unmapped") << "[IPv6:::ffff:192.0.2.1]" << true << "192.0.2.1";
    QTest::newRow("v6-embedded-v4") << "64:ff9b::192.0.2.33" << false << "64:ff9b::c000:221";
    QTest::newRow("v6-zone") << "[fe80::1C4F:0:0:9A1D%12]" << false << "fe80::1c4f:0:0:9a1d%12";
    QTest::newRow("v6-zone-name") << "fe80::1%eth0" << true << "fe80::1%eth0";
    // Not addresses
    QTest::newRow("bad-empty") << "" << false << "";
    QTest::newRow("bad-brackets-only") << "[]" << false << "";
    QTest::newRow("bad-v4-octet") << "192.0.2.256" << false << "";
    QTest::newRow("bad-v4-three-parts") << "192.0.2" << false << "";
    QTest::newRow("bad-v4-five-parts") << "192.0.2.1.5" << false << "";
    QTest::newRow("bad-v4-leading-zero") << "192.000.002.001" << false << "";
    QTest::newRow("bad-v4-sign") << "192.0.2.-1" << false << "";
    QTest::newRow("bad-v4-trailing-dot") << "192.0.2.1." << false << "";
    QTest::newRow("bad-v4-with-ipv6-prefix") << "IPv6:192.0.2.1" << false << "";
    QTest::newRow("bad-v4-zone") << "192.0.2.1%1" << false << "";
    QTest::newRow("bad-v6-two-double-colons") << "2001::db8::1" << false << "";
    QTest::newRow("bad-v6-nine-groups") << "1:2:3:4:5:6:7:8:9" << false << "";
    QTest::newRow("bad-v6-seven-groups") << "1:2:3:4:5:6:7" << false << "";
    QTest::newRow("bad-v6-eight-and-compression") << "1:2:3:4:5:6:7:8::" << false << "";
    QTest::newRow("bad-v6-group-too-long") << "2001:db8::12345" << false << "";
    QTest::newRow("bad-v6-hex") << "2001:db8::g" << false << "";
    QTest::newRow("bad-v6-leading-colon") << ":2001:db8::1" << false << "";
    QTest::newRow("bad-v6-trailing-colon") << "2001:db8::1:" << false << "";
    QTest::newRow("bad-v6-v4-not-last") << "::192.0.2.1:1" << false << "";
    QTest::newRow("bad-unclosed-bracket") << "[192.0.2.1" << false << "";
    QTest::newRow("bad-after-bracket") << "[192.0.2.1]x" << false << "";
    QTest::newRow("bad-hostname") << "mail.example.com" << false << "";
    QTest::newRow("bad-unknown") << "unknown" << false << "";
    QTest::newRow("bad-zone-empty") << "fe80::1%" << false << "";
}

void TestIpAddress::normalize()
{
    QFETCH(QString, input);
    QFETCH(bool, unmap);
    QFETCH(QString, expected);
    const QString normalized = IpAddress::normalize(input, unmap);
    QCOMPARE(normalized, expected);
    // Normalising is idempotent.
    if (!expected.isEmpty())
        QCOMPARE(IpAddress::normalize(normalized, unmap), expected);
}

void TestIpAddress::scopeOf_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("scope");

    QTest::newRow("public-v4") << "8.8.8.8"
                               << "public";
    QTest::newRow("public-v6") << "2a00:1450:4001:80b::200e"
                               << "public";
    QTest::newRow("rfc1918-10") << "10.1.2.3"
                                << "private";
    QTest::newRow("rfc1918-172-16") << "172.16.0.1"
                                    << "private";
    QTest::newRow("rfc1918-172-31") << "172.31.255.255"
                                    << "private";
    QTest::newRow("not-rfc1918-172-32") << "172.32.0.1"
                                        << "public";
    QTest::newRow("not-rfc1918-172-15") << "172.15.255.255"
                                        << "public";
    QTest::newRow("rfc1918-192-168") << "192.168.1.23"
                                     << "private";
    QTest::newRow("rfc1918-bracketed") << "[192.168.1.23]"
                                       << "private";
    QTest::newRow("rfc6598-first") << "100.64.0.1"
                                   << "cgnat";
    QTest::newRow("rfc6598-last") << "100.127.255.254"
                                  << "cgnat";
    QTest::newRow("not-rfc6598-below") << "100.63.255.255"
                                       << "public";
    QTest::newRow("not-rfc6598-above") << "100.128.0.1"
                                       << "public";
    QTest::newRow("rfc5737-test-net-1") << "192.0.2.1"
                                        << "documentation";
    QTest::newRow("rfc5737-test-net-2") << "198.51.100.7"
                                        << "documentation";
    QTest::newRow("rfc5737-test-net-3") << "203.0.113.255"
                                        << "documentation";
    QTest::newRow("not-rfc5737") << "203.0.114.1"
                                 << "public";
    QTest::newRow("rfc3849") << "2001:db8::1"
                             << "documentation";
    QTest::newRow("rfc3849-last") << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"
                                  << "documentation";
    QTest::newRow("not-rfc3849") << "2001:db9::1"
                                 << "public";
    QTest::newRow("rfc9637") << "3fff:0fff::1"
                             << "documentation";
    QTest::newRow("not-rfc9637") << "3fff:1000::1"
                                 << "public";
    QTest::newRow("loopback-v4") << "127.0.0.1"
                                 << "loopback";
    QTest::newRow("loopback-v4-other") << "127.53.0.9"
                                       << "loopback";
    QTest::newRow("loopback-v6") << "::1"
                                 << "loopback";
    QTest::newRow("link-local-v4") << "169.254.10.20"
                                   << "link_local";
    QTest::newRow("link-local-v6") << "fe80::1c4f:2ba4:7c3e:9a1d%12"
                                   << "link_local";
    QTest::newRow("link-local-v6-febf") << "febf::1"
                                        << "link_local";
    QTest::newRow("not-link-local-fec0") << "fec0::1"
                                         << "public";
    QTest::newRow("ula-fc") << "fc00::1"
                            << "private";
    QTest::newRow("ula-fd") << "fd12:3456:789a::1"
                            << "private";
    QTest::newRow("mapped-private") << "::ffff:10.0.0.1"
                                    << "private";
    QTest::newRow("mapped-public") << "::ffff:8.8.4.4"
                                   << "public";
    QTest::newRow("unspecified-v4") << "0.0.0.0"
                                    << "unspecified";
    QTest::newRow("unspecified-v6") << "::"
                                    << "unspecified";
    QTest::newRow("multicast-v4") << "224.0.0.251"
                                  << "multicast";
    QTest::newRow("multicast-v6") << "ff02::fb"
                                  << "multicast";
    QTest::newRow("reserved-240") << "240.0.0.1"
                                  << "reserved";
    QTest::newRow("reserved-broadcast") << "255.255.255.255"
                                        << "reserved";
    QTest::newRow("benchmarking-v4") << "198.18.0.1"
                                     << "benchmarking";
    QTest::newRow("benchmarking-v4-upper") << "198.19.255.254"
                                           << "benchmarking";
    QTest::newRow("public-beside-benchmarking") << "198.20.0.1"
                                                << "public";
    QTest::newRow("benchmarking-v6") << "2001:2::25"
                                     << "benchmarking";
    QTest::newRow("public-beside-benchmarking-v6") << "2001:2:1::25"
                                                   << "public";
    QTest::newRow("reserved-192-0-0") << "192.0.0.8"
                                      << "reserved";
    QTest::newRow("invalid") << "not-an-ip"
                             << "invalid";
    QTest::newRow("invalid-empty") << ""
                                   << "invalid";
}

void TestIpAddress::scopeOf()
{
    QFETCH(QString, ip);
    QFETCH(QString, scope);
    QCOMPARE(ipScopeName(IpAddress::scopeOf(ip)), scope);
    QCOMPARE(IpAddress::isPrivate(ip), scope == u"private");
    QCOMPARE(IpAddress::isLoopback(ip), scope == u"loopback");
    QCOMPARE(IpAddress::isLinkLocal(ip), scope == u"link_local");
    QCOMPARE(IpAddress::isCgnat(ip), scope == u"cgnat");
    QCOMPARE(IpAddress::isDocumentation(ip), scope == u"documentation");
    QCOMPARE(IpAddress::isPublic(ip), scope == u"public");
}

void TestIpAddress::strict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("ip4"); // hex of the bytes; "-" for not an address
    QTest::addColumn<QByteArray>("ip6");

    // RFC 7208 §5.6 ip4-network: dotted quad without leading zeros.
    QTest::newRow("v4") << QByteArray("192.0.2.1") << QByteArray("c0000201") << QByteArray("-");
    QTest::newRow("v4-zero") << QByteArray("0.0.0.0") << QByteArray("00000000") << QByteArray("-");
    // RFC 4291 §2.2: the three text forms.
    QTest::newRow("v6-full") << QByteArray("2001:DB8:0:0:8:800:200C:417A") << QByteArray("-")
                             << QByteArray("20010db80000000000080800200c417a");
    QTest::newRow("v6-compressed") << QByteArray("ff01::101") << QByteArray("-")
                                   << QByteArray("ff010000000000000000000000000101");
    QTest::newRow("v6-unspecified")
        << QByteArray("::") << QByteArray("-") << QByteArray("00000000000000000000000000000000");
    QTest::newRow("v6-v4-tail") << QByteArray("::13.1.68.3") << QByteArray("-")
                                << QByteArray("0000000000000000000000000d014403");
    QTest::newRow("v6-mapped") << QByteArray("::FFFF:129.144.52.38") << QByteArray("-")
                               << QByteArray("00000000000000000000ffff81903426");
    QTest::newRow("v6-full-v4-tail")
        << QByteArray("0:0:0:0:0:FFFF:129.144.52.38") << QByteArray("-")
        << QByteArray("00000000000000000000ffff81903426");
    // Corrupted input: the lenient forms of Received fields are not strict forms.
    QTest::newRow("corrupt-empty") << QByteArray() << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-brackets")
        << QByteArray("[192.0.2.1]") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-port") << QByteArray("192.0.2.1:25") << QByteArray("-")
                                  << QByteArray("-");
    QTest::newRow("corrupt-ipv6-prefix")
        << QByteArray("IPv6:2001:db8::1") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-zone") << QByteArray("fe80::1%eth0") << QByteArray("-")
                                  << QByteArray("-");
    QTest::newRow("corrupt-leading-zero")
        << QByteArray("192.0.2.01") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-octet") << QByteArray("256.0.0.1") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-spaces")
        << QByteArray(" 192.0.2.1") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-nul") << QByteArray("192.0.2.1\0", 10) << QByteArray("-")
                                 << QByteArray("-");
    QTest::newRow("corrupt-high-bytes")
        << QByteArray("\xff\xfe::1") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-two-compressions")
        << QByteArray("1::2::3") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-compression-of-nothing")
        << QByteArray("1:2:3:4:5:6::7:8") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-v4-tail-too-many")
        << QByteArray("1:2:3:4:5:6:7:1.2.3.4") << QByteArray("-") << QByteArray("-");
    QTest::newRow("corrupt-long") << QByteArray(4096, ':') << QByteArray("-") << QByteArray("-");
}

void TestIpAddress::strict()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, ip4);
    QFETCH(QByteArray, ip6);
    const auto hex
        = [](const std::optional<QByteArray> &b) { return b ? b->toHex() : QByteArray("-"); };
    QCOMPARE(hex(IpAddress::parseIp4(text)), ip4);
    QCOMPARE(hex(IpAddress::parseIp6(text)), ip6);
    // A strict address is also a lenient one, with the same bytes.
    if (ip4 != "-" || ip6 != "-") {
        const IpAddress ip = IpAddress::parse(QString::fromLatin1(text));
        QVERIFY(ip.isValid());
        QCOMPARE(ip.bytes().toHex(), ip4 != "-" ? ip4 : ip6);
    }
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "TestIpAddress.moc"
