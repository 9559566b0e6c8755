#include "core/dns/CachingResolver.h"
#include "core/dns/DnsTranscript.h"
#include "core/dns/ZoneResolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

using namespace kensa;

namespace {

const QString ZonesDir = QStringLiteral(KENSA_SOURCE_DIR "/tests/zones");

// Asks once and runs the event loop until the answer comes; checks it came exactly once and
// not inside resolve() itself (Resolver's contract).
std::optional<DnsAnswer> ask(Resolver &resolver, const QByteArray &name, DnsType type, int timeoutMs = 5000)
{
    QObject context;
    std::optional<DnsAnswer> answer;
    int calls = 0;
    bool insideResolve = true;
    bool answeredInside = false;
    resolver.resolve(DnsQuestion{name, type}, &context, [&](const DnsAnswer &a) {
        answeredInside = answeredInside || insideResolve;
        ++calls;
        answer = a;
    });
    insideResolve = false;
    QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    QCoreApplication::processEvents(); // a second answer would show up here
    if (answeredInside || calls > 1)
        return std::nullopt;
    return answer;
}

QStringList presentations(const QList<DnsRecord> &records)
{
    QStringList out;
    for (const DnsRecord &record : records)
        out.append(record.presentation());
    out.sort();
    return out;
}

QStringList names(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

// Forwards to a real resolver and counts the questions that reached it.
class CountingResolver : public Resolver
{
public:
    explicit CountingResolver(std::shared_ptr<Resolver> inner)
        : m_inner(std::move(inner))
    {}
    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        ++count;
        m_inner->resolve(question, context, std::move(callback));
    }
    QString description() const override { return m_inner->description(); }
    std::atomic<int> count{0};

private:
    std::shared_ptr<Resolver> m_inner;
};

// Answers the first `failures` questions with `status` as a server in trouble would, then asks
// `inner`.
class FlakyResolver : public Resolver
{
public:
    FlakyResolver(std::shared_ptr<Resolver> inner, DnsStatus status, int failures)
        : m_inner(std::move(inner))
        , m_status(status)
        , m_failures(failures)
    {}
    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        if (++count > m_failures) {
            m_inner->resolve(question, context, std::move(callback));
            return;
        }
        DnsAnswer answer;
        answer.question = question;
        answer.status = m_status;
        answer.source = QStringLiteral("live");
        AnswerDelivery::post(context, std::move(callback), answer);
    }
    QString description() const override { return m_inner->description(); }
    std::atomic<int> count{0};

private:
    std::shared_ptr<Resolver> m_inner;
    DnsStatus m_status;
    int m_failures;
};

std::shared_ptr<ZoneResolver> zoneResolverWith(const QStringList &files)
{
    auto resolver = std::make_shared<ZoneResolver>();
    for (const QString &file : files) {
        const Result<int> loaded = resolver->loadFile(ZonesDir + u'/' + file);
        if (!loaded) {
            qWarning() << "cannot load" << file << loaded.error();
            return nullptr;
        }
    }
    return resolver;
}

} // namespace

class TestZoneResolver : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void txtStrings();
    void txtPresentationEscapes();
    void typeNames();
    void loadDirectory();
    void recordSet();
    void mergedApexes_data();
    void mergedApexes();
    void rules();
    void offline();
    void fallback();
    void malformedZone_data();
    void malformedZone();
    void transcriptRoundTrip();
    void transcriptEscapes();
    void cachingCoalesces();
    void cachingClear();
    void cachingHoldsFailuresBriefly_data();
    void cachingHoldsFailuresBriefly();
    void noCallbackAfterContextDeleted();
    void answersReachTheContextsThread();
    void answerLetsInLaterOnesDuringANestedLoop();
    void answersForAFinishedThreadAreDropped();
    void answersOfABatchComeInWhenItEnds();
    void answersOfACallbackComeInTheSameDrain();
};

void TestZoneResolver::lookup_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QString>("server");

    const QString kensa = QStringLiteral("kensa.test.zone");
    QTest::newRow("a") << QByteArray("www.kensa.test") << DnsType::A << DnsStatus::NoError
                       << QStringList{u"192.0.2.10"_qs} << QStringList() << kensa;
    QTest::newRow("a-two-records") << QByteArray("mail.kensa.test") << DnsType::A << DnsStatus::NoError
                                   << QStringList{u"192.0.2.25"_qs, u"192.0.2.26"_qs} << QStringList() << kensa;
    QTest::newRow("aaaa") << QByteArray("www.kensa.test") << DnsType::AAAA << DnsStatus::NoError
                          << QStringList{u"2001:db8::10"_qs} << QStringList() << kensa;
    QTest::newRow("mx") << QByteArray("kensa.test") << DnsType::MX << DnsStatus::NoError
                        << QStringList{u"10 mail.kensa.test."_qs, u"20 backup-mx.other.example."_qs}
                        << QStringList() << kensa;
    QTest::newRow("ptr-ipv4") << QByteArray("10.2.0.192.in-addr.arpa") << DnsType::PTR << DnsStatus::NoError
                              << QStringList{u"www.kensa.test."_qs} << QStringList()
                              << u"2.0.192.in-addr.arpa.zone"_qs;
    QTest::newRow("ptr-ipv6") << QByteArray("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa")
                              << DnsType::PTR << DnsStatus::NoError << QStringList{u"www.kensa.test."_qs}
                              << QStringList() << u"8.b.d.0.1.0.0.2.ip6.arpa.zone"_qs;
    QTest::newRow("txt-split-strings") << QByteArray("split.kensa.test") << DnsType::TXT << DnsStatus::NoError
                                       << QStringList{u"\"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\""_qs}
                                       << QStringList() << kensa;
    QTest::newRow("soa-apex") << QByteArray("kensa.test") << DnsType::SOA << DnsStatus::NoError
                              << QStringList{u"ns1.kensa.test. hostmaster.kensa.test. 2024010101 3600 600 86400 300"_qs}
                              << QStringList() << kensa;
    QTest::newRow("case-and-trailing-dot") << QByteArray("WWW.Kensa.TEST.") << DnsType::A << DnsStatus::NoError
                                           << QStringList{u"192.0.2.10"_qs} << QStringList() << kensa;
    QTest::newRow("nodata-missing-type") << QByteArray("www.kensa.test") << DnsType::TXT << DnsStatus::NoData
                                         << QStringList() << QStringList() << kensa;
    QTest::newRow("nodata-empty-non-terminal") << QByteArray("b.kensa.test") << DnsType::TXT << DnsStatus::NoData
                                               << QStringList() << QStringList() << kensa;
    QTest::newRow("nxdomain-missing-name") << QByteArray("missing.kensa.test") << DnsType::TXT
                                           << DnsStatus::NxDomain << QStringList() << QStringList() << kensa;
    QTest::newRow("nxdomain-below-existing-name") << QByteArray("x.www.kensa.test") << DnsType::A
                                                  << DnsStatus::NxDomain << QStringList() << QStringList() << kensa;
    QTest::newRow("nxdomain-other-zone") << QByteArray("nope.other.example") << DnsType::TXT
                                         << DnsStatus::NxDomain << QStringList() << QStringList()
                                         << u"other.example.zone"_qs;
    QTest::newRow("cname-one-link") << QByteArray("alias.kensa.test") << DnsType::TXT << DnsStatus::NoError
                                    << QStringList{u"\"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\""_qs}
                                    << QStringList{u"split.kensa.test"_qs} << kensa;
    QTest::newRow("cname-two-links") << QByteArray("chain1.kensa.test") << DnsType::TXT << DnsStatus::NoError
                                     << QStringList{u"\"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\""_qs}
                                     << QStringList{u"chain2.kensa.test"_qs, u"split.kensa.test"_qs} << kensa;
    QTest::newRow("cname-across-zones") << QByteArray("outside.kensa.test") << DnsType::TXT << DnsStatus::NoError
                                        << QStringList{u"\"text in other.example\""_qs}
                                        << QStringList{u"txt.other.example"_qs} << u"other.example.zone"_qs;
    QTest::newRow("cname-to-nxdomain") << QByteArray("dangling.kensa.test") << DnsType::TXT << DnsStatus::NxDomain
                                       << QStringList() << QStringList{u"nowhere.kensa.test"_qs} << kensa;
    QTest::newRow("cname-to-nodata") << QByteArray("alias.kensa.test") << DnsType::A << DnsStatus::NoData
                                     << QStringList() << QStringList{u"split.kensa.test"_qs} << kensa;
    QTest::newRow("cname-asked-itself") << QByteArray("alias.kensa.test") << DnsType::CNAME << DnsStatus::NoError
                                        << QStringList{u"split.kensa.test."_qs} << QStringList() << kensa;
    QTest::newRow("cname-loop") << QByteArray("loop1.kensa.test") << DnsType::TXT << DnsStatus::ServFail
                                << QStringList() << QStringList{u"loop2.kensa.test"_qs} << kensa;
    QTest::newRow("wildcard") << QByteArray("anything.wild.kensa.test") << DnsType::TXT << DnsStatus::NoError
                              << QStringList{u"\"wildcard\""_qs} << QStringList() << kensa;
    QTest::newRow("wildcard-nodata") << QByteArray("anything.wild.kensa.test") << DnsType::A << DnsStatus::NoData
                                     << QStringList() << QStringList() << kensa;
    QTest::newRow("spf-type-99") << QByteArray("spf99.kensa.test") << DnsType::SPF << DnsStatus::NoError
                                 << QStringList{u"\"v=spf1 -all\""_qs} << QStringList() << kensa;
    QTest::newRow("spf-type-99-not-txt") << QByteArray("spf99.kensa.test") << DnsType::TXT << DnsStatus::NoData
                                         << QStringList() << QStringList() << kensa;
}

void TestZoneResolver::lookup()
{
    QFETCH(QByteArray, name);
    QFETCH(DnsType, type);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, records);
    QFETCH(QStringList, chain);
    QFETCH(QString, server);

    const auto resolver = zoneResolverWith({u"kensa.test.zone"_qs,
                                            u"other.example.zone"_qs,
                                            u"2.0.192.in-addr.arpa.zone"_qs,
                                            u"8.b.d.0.1.0.0.2.ip6.arpa.zone"_qs});
    QVERIFY(resolver);
    const auto answer = ask(*resolver, name, type);
    QVERIFY(answer);
    QCOMPARE(answer->question, (DnsQuestion{name, type}));
    QCOMPARE(dnsStatusName(answer->status), dnsStatusName(status));
    QCOMPARE(presentations(answer->records), records);
    QCOMPARE(names(answer->cnameChain), chain);
    QCOMPARE(answer->source, u"zone"_qs);
    QCOMPARE(answer->server, server);
    QCOMPARE(answer->secure, false);
    const int rcode = status == DnsStatus::NxDomain ? 3 : status == DnsStatus::ServFail ? 2 : 0;
    QCOMPARE(answer->rcode, rcode);
    for (const DnsRecord &record : answer->records) {
        QCOMPARE(record.type, type);
        QCOMPARE(record.owner, chain.isEmpty() ? name.toLower().chopped(name.endsWith('.') ? 1 : 0)
                                               : chain.last().toLatin1());
    }
}

void TestZoneResolver::txtStrings()
{
    const auto resolver = zoneResolverWith({u"kensa.test.zone"_qs});
    QVERIFY(resolver);

    const auto split = ask(*resolver, "split.kensa.test", DnsType::TXT);
    QVERIFY(split);
    QCOMPARE(split->records.size(), 1);
    QCOMPARE(split->records.first().strings,
             (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.0/24 ", "-all"}));
    QCOMPARE(split->records.first().joinedText(), QByteArray("v=spf1 ip4:192.0.2.0/24 -all"));
    QCOMPARE(split->records.first().ttl, 300u);

    const auto longTxt = ask(*resolver, "long.kensa.test", DnsType::TXT);
    QVERIFY(longTxt);
    QCOMPARE(longTxt->records.size(), 1);
    const DnsRecord &record = longTxt->records.first();
    QCOMPARE(record.strings,
             (QList<QByteArray>{QByteArray(200, 'A'), QByteArray(200, 'B'), QByteArray(100, 'C')}));
    QCOMPARE(record.joinedText().size(), 500);

    const auto big = ask(*resolver, "big.kensa.test", DnsType::TXT);
    QVERIFY(big);
    QCOMPARE(big->records.size(), 12);

    const auto dkim = ask(*resolver, "sel1._domainkey.kensa.test", DnsType::TXT);
    QVERIFY(dkim);
    QCOMPARE(dkim->records.size(), 1);
    QVERIFY(dkim->records.first().strings.size() > 1);
    QVERIFY(dkim->records.first().joinedText().startsWith("v=DKIM1; k=rsa; p=MIIBIjAN"));
}

void TestZoneResolver::typeNames()
{
    QCOMPARE(dnsTypeName(DnsType::TXT), u"TXT"_qs);
    QCOMPARE(dnsTypeName(DnsType::SPF), u"SPF"_qs);
    QCOMPARE(dnsTypeName(DnsType(64)), u"TYPE64"_qs);
    QCOMPARE(dnsStatusName(DnsStatus::NxDomain), u"NXDOMAIN"_qs);
    QCOMPARE(dnsStatusName(DnsStatus::NoData), u"NODATA"_qs);
    QCOMPARE(dnsStatusName(DnsStatus::Timeout), u"TIMEOUT"_qs);
    QVERIFY(qHash(DnsQuestion{"a.test", DnsType::A}) != qHash(DnsQuestion{"a.test", DnsType::TXT}));
}

void TestZoneResolver::loadDirectory()
{
    ZoneResolver resolver;
    const Result<int> loaded = resolver.loadDirectory(ZonesDir);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().key));
    QVERIFY(*loaded > 30);
    QCOMPARE(resolver.files().size(), 4);
    QCOMPARE(resolver.description(), u"zone files (4)"_qs);
    const auto answer = ask(resolver, "25.2.0.192.in-addr.arpa", DnsType::PTR);
    QVERIFY(answer);
    QCOMPARE(presentations(answer->records), QStringList{u"mail.kensa.test."_qs});
}

void TestZoneResolver::recordSet()
{
    // The key records of the Mail::DKIM corpus: absolute names from several domains, no SOA.
    ZoneResolver resolver;
    const Result<int> loaded = resolver.loadFile(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/zones/mail-dkim.zone"));
    QVERIFY2(loaded, "the conformance record set must load");
    QVERIFY(*loaded >= 20);

    const auto key = ask(resolver, "selector1._domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(key);
    QCOMPARE(key->status, DnsStatus::NoError);
    QVERIFY(key->records.first().joinedText().startsWith("k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDhMlYq"));
    QCOMPARE(key->server, u"mail-dkim.zone"_qs);

    const auto split = ask(resolver, "shan._domainkey.vmt2.cis.att.net", DnsType::TXT);
    QVERIFY(split);
    QCOMPARE(split->records.size(), 1);
    QCOMPARE(split->records.first().strings.size(), 2);
    QCOMPARE(split->records.first().strings.last(), QByteArray("AQAB"));

    const auto missing = ask(resolver, "nonexistent._domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(missing);
    QCOMPARE(missing->status, DnsStatus::NxDomain);

    const auto parent = ask(resolver, "_domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(parent);
    QCOMPARE(parent->status, DnsStatus::NoData);

    // A record set claims every name no zone covers: NXDOMAIN, not NotInSnapshot.
    const auto unrelated = ask(resolver, "www.unrelated.example", DnsType::A);
    QVERIFY(unrelated);
    QCOMPARE(unrelated->status, DnsStatus::NxDomain);

    // ... unless a zone covers it.
    QVERIFY(resolver.loadFile(ZonesDir + u"/kensa.test.zone"_qs));
    const auto zoned = ask(resolver, "www.kensa.test", DnsType::A);
    QVERIFY(zoned);
    QCOMPARE(zoned->status, DnsStatus::NoError);
    QCOMPARE(zoned->server, u"kensa.test.zone"_qs);
}

void TestZoneResolver::mergedApexes_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QString>("server");

    const QString a = QStringLiteral("root-a.zone");
    const QString b = QStringLiteral("root-b.zone");
    const QString sub = QStringLiteral("sub.example.zone");
    QTest::newRow("first-file") << QByteArray("a.example") << DnsType::TXT << DnsStatus::NoError
                                << QStringList{u"\"a\""_qs} << QStringList() << a;
    QTest::newRow("second-file-not-shadowed") << QByteArray("b.example") << DnsType::TXT << DnsStatus::NoError
                                              << QStringList{u"\"b\""_qs} << QStringList() << b;
    QTest::newRow("conflicting-records-both-answer")
        << QByteArray("shared.example") << DnsType::TXT << DnsStatus::NoError
        << QStringList{u"\"from a\""_qs, u"\"from b\""_qs} << QStringList() << a + u", "_qs + b;
    QTest::newRow("identical-records-once") << QByteArray("both.example") << DnsType::A << DnsStatus::NoError
                                            << QStringList{u"192.0.2.1"_qs} << QStringList() << a;
    QTest::newRow("type-in-second-name-in-both")
        << QByteArray("typed.example") << DnsType::TXT << DnsStatus::NoError << QStringList{u"\"txt in b\""_qs}
        << QStringList() << b;
    QTest::newRow("nodata-when-no-file-has-type") << QByteArray("typed.example") << DnsType::MX << DnsStatus::NoData
                                                  << QStringList() << QStringList() << a;
    QTest::newRow("nxdomain-only-when-neither-has-name")
        << QByteArray("none.example") << DnsType::TXT << DnsStatus::NxDomain << QStringList() << QStringList() << a;
    QTest::newRow("one-soa-the-first") << QByteArray(".") << DnsType::SOA << DnsStatus::NoError
                                       << QStringList{u"ns.a.example. hostmaster.a.example. 1 3600 600 86400 3600"_qs}
                                       << QStringList() << a;
    QTest::newRow("cname-first-file-decides") << QByteArray("alias.example") << DnsType::TXT << DnsStatus::NoError
                                              << QStringList{u"\"a\""_qs} << QStringList{u"a.example"_qs} << a;
    QTest::newRow("overlapping-apex-child") << QByteArray("www.sub.example") << DnsType::A << DnsStatus::NoError
                                            << QStringList{u"192.0.2.3"_qs} << QStringList() << sub;
    QTest::newRow("overlapping-apex-parent-data")
        << QByteArray("old.sub.example") << DnsType::TXT << DnsStatus::NoError << QStringList{u"\"in root b\""_qs}
        << QStringList() << b;
    QTest::newRow("overlapping-apex-nxdomain") << QByteArray("missing.sub.example") << DnsType::TXT
                                               << DnsStatus::NxDomain << QStringList() << QStringList() << sub;
}

void TestZoneResolver::mergedApexes()
{
    QFETCH(QByteArray, name);
    QFETCH(DnsType, type);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, records);
    QFETCH(QStringList, chain);
    QFETCH(QString, server);

    // Two snapshots of the root, as resources/samples writes them, and a zone below them.
    ZoneResolver resolver;
    QVERIFY(resolver.loadText("$TTL 3600\n"
                              ". IN SOA ns.a.example. hostmaster.a.example. 1 3600 600 86400 3600\n"
                              "a.example. IN TXT \"a\"\n"
                              "shared.example. IN TXT \"from a\"\n"
                              "both.example. IN A 192.0.2.1\n"
                              "typed.example. IN A 192.0.2.2\n"
                              "alias.example. IN CNAME a.example.\n",
                              u"root-a.zone"_qs));
    QVERIFY(resolver.loadText("$TTL 3600\n"
                              ". IN SOA ns.b.example. hostmaster.b.example. 2 3600 600 86400 3600\n"
                              "b.example. IN TXT \"b\"\n"
                              "shared.example. IN TXT \"from b\"\n"
                              "both.example. IN A 192.0.2.1\n"
                              "typed.example. IN TXT \"txt in b\"\n"
                              "alias.example. IN TXT \"data beside the alias\"\n"
                              "old.sub.example. IN TXT \"in root b\"\n",
                              u"root-b.zone"_qs));
    QVERIFY(resolver.loadText("$TTL 3600\n"
                              "sub.example. IN SOA ns.sub.example. hostmaster.sub.example. 3 3600 600 86400 3600\n"
                              "www.sub.example. IN A 192.0.2.3\n",
                              u"sub.example.zone"_qs));
    const auto answer = ask(resolver, name, type);
    QVERIFY(answer);
    QCOMPARE(dnsStatusName(answer->status), dnsStatusName(status));
    QCOMPARE(presentations(answer->records), records);
    QCOMPARE(names(answer->cnameChain), chain);
    QCOMPARE(answer->server, server);
}

void TestZoneResolver::rules()
{
    // The two failures of the Mail::DKIM corpus a zone file cannot express (PROVENANCE.md).
    ZoneResolver resolver;
    QVERIFY(resolver.loadFile(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/zones/mail-dkim.zone")));
    resolver.addRule("test3._domainkey.blackhole.messiah.edu", DnsStatus::Timeout);
    resolver.addRule("Test3._domainkey.Blackhole2.messiah.edu.", DnsStatus::ServFail);
    resolver.addRule("test1._domainkey.messiah.edu", DnsStatus::Refused);

    const auto timeout = ask(resolver, "test3._domainkey.blackhole.messiah.edu", DnsType::TXT);
    QVERIFY(timeout);
    QCOMPARE(timeout->status, DnsStatus::Timeout);
    QCOMPARE(timeout->rcode, -1);
    QVERIFY(timeout->records.isEmpty());

    const auto servfail = ask(resolver, "test3._domainkey.blackhole2.messiah.edu", DnsType::TXT);
    QVERIFY(servfail);
    QCOMPARE(servfail->status, DnsStatus::ServFail);
    QCOMPARE(servfail->rcode, 2);

    // A rule comes before the data.
    const auto refused = ask(resolver, "test1._domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(refused);
    QCOMPARE(refused->status, DnsStatus::Refused);
    QVERIFY(refused->records.isEmpty());

    // Exactly the name: the sibling still answers from the data.
    const auto sibling = ask(resolver, "test2._domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(sibling);
    QCOMPARE(sibling->status, DnsStatus::NoError);

    resolver.clearRules();
    const auto cleared = ask(resolver, "test1._domainkey.messiah.edu", DnsType::TXT);
    QVERIFY(cleared);
    QCOMPARE(cleared->status, DnsStatus::NoError);
}

void TestZoneResolver::offline()
{
    auto counting = std::make_shared<CountingResolver>(zoneResolverWith({u"other.example.zone"_qs}));
    ZoneResolver resolver(counting);
    QVERIFY(resolver.loadFile(ZonesDir + u"/kensa.test.zone"_qs));
    QVERIFY(!resolver.isOffline());
    resolver.setOffline(true);

    const auto outside = ask(resolver, "txt.other.example", DnsType::TXT);
    QVERIFY(outside);
    QCOMPARE(outside->status, DnsStatus::NotInSnapshot);
    QCOMPARE(outside->rcode, -1);
    QVERIFY(outside->records.isEmpty());

    // A chain that leaves the zones stops at the edge, with the links so far.
    const auto chained = ask(resolver, "outside.kensa.test", DnsType::TXT);
    QVERIFY(chained);
    QCOMPARE(chained->status, DnsStatus::NotInSnapshot);
    QCOMPARE(names(chained->cnameChain), QStringList{u"txt.other.example"_qs});

    // Inside the zone a missing name is still NXDOMAIN.
    const auto inside = ask(resolver, "missing.kensa.test", DnsType::TXT);
    QVERIFY(inside);
    QCOMPARE(inside->status, DnsStatus::NxDomain);

    QCOMPARE(counting->count.load(), 0);
    QCOMPARE(resolver.description(), u"zone files (1)"_qs);
}

void TestZoneResolver::fallback()
{
    auto counting = std::make_shared<CountingResolver>(zoneResolverWith({u"other.example.zone"_qs}));
    ZoneResolver resolver(counting);
    QVERIFY(resolver.loadFile(ZonesDir + u"/kensa.test.zone"_qs));

    const auto outside = ask(resolver, "txt.other.example", DnsType::TXT);
    QVERIFY(outside);
    QCOMPARE(outside->status, DnsStatus::NoError);
    QCOMPARE(outside->server, u"other.example.zone"_qs);
    QCOMPARE(counting->count.load(), 1);

    const auto chained = ask(resolver, "outside.kensa.test", DnsType::TXT);
    QVERIFY(chained);
    QCOMPARE(chained->status, DnsStatus::NoError);
    QCOMPARE(chained->question.name, QByteArray("outside.kensa.test"));
    QCOMPARE(names(chained->cnameChain), QStringList{u"txt.other.example"_qs});
    QCOMPARE(presentations(chained->records), QStringList{u"\"text in other.example\""_qs});
    QCOMPARE(counting->count.load(), 2);

    const auto inside = ask(resolver, "www.kensa.test", DnsType::A);
    QVERIFY(inside);
    QCOMPARE(inside->status, DnsStatus::NoError);
    QCOMPARE(counting->count.load(), 2);
    QCOMPARE(resolver.description(), u"zone files (1), then zone files (1)"_qs);
}

void TestZoneResolver::malformedZone_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");

    const QByteArray head = "$ORIGIN bad.test.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n";
    QTest::newRow("unknown-type") << head + "www IN A 192.0.2.1\nwww IN BOGUS 1\n" << u"dns.zone.syntax"_qs << 5;
    QTest::newRow("bad-ipv4") << head + "www IN A 192.0.2.300\n" << u"dns.zone.syntax"_qs << 4;
    QTest::newRow("bad-ipv6") << head + "\n\nwww IN AAAA 2001:db8::zz\n" << u"dns.zone.syntax"_qs << 6;
    QTest::newRow("mx-without-exchange") << head + "@ IN MX 10\n" << u"dns.zone.syntax"_qs << 4;
    QTest::newRow("character-string-over-255") << head + "www IN TXT \"" + QByteArray(300, 'a') + "\"\n"
                                               << u"dns.zone.syntax"_qs << 4;
    QTest::newRow("bad-origin") << QByteArray("$ORIGIN a..b.\n") << u"dns.zone.syntax"_qs << 1;
    QTest::newRow("include-missing") << QByteArray("$INCLUDE /nonexistent/kensa.zone\n") << u"dns.zone.syntax"_qs << 1;
    QTest::newRow("directives-only") << QByteArray("$TTL 300\n; nothing else\n") << u"dns.zone.empty"_qs << 0;
    QTest::newRow("empty") << QByteArray("\n \n") << u"dns.zone.empty"_qs << 0;
    QTest::newRow("snapshot-bad-status")
        << QByteArray("; kensa-dns-snapshot 1\n. 0 IN SOA a. b. 1 2 3 4 5\n; kensa-answer: a.test TXT MAYBE\n")
        << u"dns.zone.snapshot_syntax"_qs << 3;
    QTest::newRow("snapshot-bad-type")
        << QByteArray("; kensa-dns-snapshot 1\n. 0 IN SOA a. b. 1 2 3 4 5\n\n; kensa-answer: a.test NSEC3 NXDOMAIN\n")
        << u"dns.zone.snapshot_syntax"_qs << 4;
}

void TestZoneResolver::malformedZone()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.zone"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    ZoneResolver resolver;
    const Result<int> loaded = resolver.loadFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().key, key);
    QCOMPARE(loaded.error().line, line);
    QVERIFY(resolver.files().isEmpty());
}

void TestZoneResolver::transcriptRoundTrip()
{
    const auto live = zoneResolverWith({u"kensa.test.zone"_qs, u"other.example.zone"_qs});
    QVERIFY(live);
    live->addRule("slow.kensa.test", DnsStatus::Timeout);
    live->addRule("broken.kensa.test", DnsStatus::ServFail);

    const QList<DnsQuestion> questions{
        {"www.kensa.test", DnsType::A},
        {"www.kensa.test", DnsType::AAAA},
        {"kensa.test", DnsType::MX},
        {"split.kensa.test", DnsType::TXT},
        {"long.kensa.test", DnsType::TXT},
        {"big.kensa.test", DnsType::TXT},
        {"chain1.kensa.test", DnsType::TXT},
        {"outside.kensa.test", DnsType::TXT},
        {"dangling.kensa.test", DnsType::TXT},
        {"missing.kensa.test", DnsType::TXT},
        {"www.kensa.test", DnsType::TXT},
        {"spf99.kensa.test", DnsType::SPF},
        {"anything.wild.kensa.test", DnsType::TXT},
        {"slow.kensa.test", DnsType::TXT},
        {"broken.kensa.test", DnsType::TXT},
    };
    DnsTranscript transcript;
    QList<DnsAnswer> originals;
    for (const DnsQuestion &question : questions) {
        const auto answer = ask(*live, question.name, question.type);
        QVERIFY(answer);
        originals.append(*answer);
        transcript.record(*answer);
        transcript.record(*answer); // asked twice: one kensa-answer line
    }
    QCOMPARE(transcript.size(), 2 * questions.size());

    const QString zone = transcript.toZoneFile(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(zone.startsWith(u"; kensa-dns-snapshot 1\n"_qs));
    QVERIFY(zone.contains(u"2024-05-01T12:00:00Z"_qs));
    QVERIFY(zone.contains(u"\n. 0 IN SOA "_qs));
    QVERIFY(zone.contains(u"\n; kensa-answer: missing.kensa.test TXT NXDOMAIN\n"_qs));
    QVERIFY(zone.contains(u"\n; kensa-answer: www.kensa.test TXT NODATA\n"_qs));
    QVERIFY(zone.contains(u"\n; kensa-answer: slow.kensa.test TXT TIMEOUT\n"_qs));
    QVERIFY(zone.contains(u"\n; kensa-answer: broken.kensa.test TXT SERVFAIL\n"_qs));
    QVERIFY(zone.contains(u"\n; kensa-answer: chain1.kensa.test TXT NOERROR cname=chain2.kensa.test,split.kensa.test\n"_qs));
    QCOMPARE(zone.count(u"; kensa-answer: www.kensa.test A "_qs), 1);
    QVERIFY(zone.contains(u"\nwww.kensa.test. 300 IN A 192.0.2.10\n"_qs));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"snapshot.zone"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zone.toUtf8());
    file.close();

    ZoneResolver replay;
    const Result<int> loaded = replay.loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().key + QString::number(loaded.error().line)));
    for (const DnsAnswer &original : std::as_const(originals)) {
        const auto again = ask(replay, original.question.name, original.question.type);
        QVERIFY(again);
        QCOMPARE(again->question, original.question);
        QCOMPARE(dnsStatusName(again->status), dnsStatusName(original.status));
        QCOMPARE(again->rcode, original.rcode);
        QCOMPARE(again->records, original.records);
        QCOMPARE(again->cnameChain, original.cnameChain);
        QCOMPARE(again->secure, original.secure);
        QCOMPARE(again->server, u"snapshot.zone"_qs);
    }

    // Not recorded: NotInSnapshot, though the snapshot has a root SOA and the name sits beside
    // recorded ones; a recorded name asked for another type is not recorded either.
    // The target of a recorded chain was not asked on its own.
    const QList<DnsQuestion> unrecordedQuestions{{"other.kensa.test", DnsType::TXT},
                                                 {"www.kensa.test", DnsType::MX},
                                                 {"nowhere.kensa.test", DnsType::TXT}};
    for (const DnsQuestion &question : unrecordedQuestions) {
        const auto unrecorded = ask(replay, question.name, question.type);
        QVERIFY(unrecorded);
        QCOMPARE(unrecorded->status, DnsStatus::NotInSnapshot);
    }
}

void TestZoneResolver::transcriptEscapes()
{
    // A live answer with octets a zone file must escape, the DNSSEC flag and a chain.
    DnsAnswer answer;
    answer.question = {"sel._domainkey.example.org", DnsType::TXT};
    answer.status = DnsStatus::NoError;
    answer.rcode = 0;
    answer.secure = true;
    answer.source = u"live"_qs;
    answer.cnameChain = {"keys.example.net"};
    DnsRecord record;
    record.owner = "keys.example.net";
    record.type = DnsType::TXT;
    record.ttl = 3600;
    record.strings = {"v=DKIM1; n=\"quoted\" back\\slash", QByteArray("\xff\x00\x7f;end", 7), QByteArray()};
    answer.records = {record};

    DnsAnswer empty;
    empty.question = {"gone.example.org", DnsType::A};
    empty.status = DnsStatus::NxDomain;
    empty.rcode = 3;

    DnsTranscript transcript;
    transcript.record(answer);
    transcript.record(empty);
    const QString zone = transcript.toZoneFile();
    QVERIFY(zone.contains(u"\"v=DKIM1; n=\\\"quoted\\\" back\\\\slash\" \"\\255\\000\\127;end\" \"\""_qs));
    QVERIFY(zone.contains(u"; kensa-answer: sel._domainkey.example.org TXT NOERROR secure cname=keys.example.net\n"_qs));
    QVERIFY(zone.contains(u"sel._domainkey.example.org. 3600 IN CNAME keys.example.net.\n"_qs));

    ZoneResolver replay;
    const Result<int> loaded = replay.loadText(zone.toUtf8(), u"escapes.zone"_qs);
    QVERIFY(loaded);
    const auto again = ask(replay, "sel._domainkey.example.org", DnsType::TXT);
    QVERIFY(again);
    QCOMPARE(again->status, DnsStatus::NoError);
    QCOMPARE(again->records, answer.records);
    QCOMPARE(again->cnameChain, answer.cnameChain);
    QCOMPARE(again->secure, true);
    const auto gone = ask(replay, "gone.example.org", DnsType::A);
    QVERIFY(gone);
    QCOMPARE(gone->status, DnsStatus::NxDomain);
    QCOMPARE(gone->rcode, 3);
}

void TestZoneResolver::cachingCoalesces()
{
    auto counting = std::make_shared<CountingResolver>(zoneResolverWith({u"kensa.test.zone"_qs}));
    CachingResolver cache(counting);

    QObject context;
    QList<DnsAnswer> answers;
    auto collect = [&](const DnsAnswer &answer) { answers.append(answer); };
    cache.resolve({"split.kensa.test", DnsType::TXT}, &context, collect);
    cache.resolve({"Split.Kensa.Test", DnsType::TXT}, &context, collect);
    QVERIFY(answers.isEmpty());
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(counting->count.load(), 1);
    QCOMPARE(cache.upstreamQueries(), 1);
    QCOMPARE(answers.at(0).source, u"zone"_qs);
    QCOMPARE(answers.at(1).source, u"cache"_qs);
    QCOMPARE(answers.at(1).question.name, QByteArray("Split.Kensa.Test"));
    QCOMPARE(answers.at(0).records, answers.at(1).records);
    QCOMPARE(answers.at(0).records.size(), 1);

    // Later: straight from the cache.
    const auto later = ask(cache, "split.kensa.test", DnsType::TXT);
    QVERIFY(later);
    QCOMPARE(later->source, u"cache"_qs);
    QCOMPARE(later->records, answers.at(0).records);
    QCOMPARE(counting->count.load(), 1);
    QCOMPARE(cache.hits(), 2);

    // Another type is another question; negative answers are cached too.
    const auto other = ask(cache, "split.kensa.test", DnsType::A);
    QVERIFY(other);
    QCOMPARE(other->status, DnsStatus::NoData);
    QCOMPARE(other->source, u"zone"_qs);
    const auto otherAgain = ask(cache, "split.kensa.test", DnsType::A);
    QVERIFY(otherAgain);
    QCOMPARE(otherAgain->status, DnsStatus::NoData);
    QCOMPARE(otherAgain->source, u"cache"_qs);
    QCOMPARE(counting->count.load(), 2);
}

void TestZoneResolver::cachingClear()
{
    auto counting = std::make_shared<CountingResolver>(zoneResolverWith({u"kensa.test.zone"_qs}));
    CachingResolver cache(counting);
    QVERIFY(ask(cache, "www.kensa.test", DnsType::A));
    QVERIFY(ask(cache, "www.kensa.test", DnsType::A));
    QCOMPARE(counting->count.load(), 1);
    cache.clear();
    const auto fresh = ask(cache, "www.kensa.test", DnsType::A);
    QVERIFY(fresh);
    QCOMPARE(fresh->source, u"zone"_qs);
    QCOMPARE(counting->count.load(), 2);
}

void TestZoneResolver::cachingHoldsFailuresBriefly_data()
{
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<bool>("held"); // kept only for a while, then asked again
    QTest::newRow("timeout") << DnsStatus::Timeout << true;
    QTest::newRow("servfail") << DnsStatus::ServFail << true;
    QTest::newRow("refused") << DnsStatus::Refused << true;
    QTest::newRow("transport-error") << DnsStatus::OtherError << true;
    QTest::newRow("nxdomain-is-an-answer") << DnsStatus::NxDomain << false;
    QTest::newRow("nodata-is-an-answer") << DnsStatus::NoData << false;
}

// A failure is shared by the questions of the moment and asked again once held long enough; an
// answer (NXDOMAIN and NODATA included) is kept for the cache's life.
void TestZoneResolver::cachingHoldsFailuresBriefly()
{
    QFETCH(DnsStatus, status);
    QFETCH(bool, held);
    auto flaky = std::make_shared<FlakyResolver>(zoneResolverWith({u"kensa.test.zone"_qs}), status, 1);
    CachingResolver cache(flaky);
    cache.setFailureHoldMs(300);

    const auto first = ask(cache, "www.kensa.test", DnsType::A);
    QVERIFY(first);
    QCOMPARE(first->status, status);
    const auto soon = ask(cache, "www.kensa.test", DnsType::A);
    QVERIFY(soon);
    QCOMPARE(soon->status, status);
    QCOMPARE(soon->source, u"cache"_qs);
    QCOMPARE(flaky->count.load(), 1);

    QTest::qWait(400);
    const auto later = ask(cache, "www.kensa.test", DnsType::A);
    QVERIFY(later);
    if (held) {
        QCOMPARE(flaky->count.load(), 2);
        QCOMPARE(later->status, DnsStatus::NoError);
        QCOMPARE(later->source, u"zone"_qs);
        QCOMPARE(cache.upstreamQueries(), 2);
    } else {
        QCOMPARE(flaky->count.load(), 1);
        QCOMPARE(later->status, status);
        QCOMPARE(later->source, u"cache"_qs);
    }
}

void TestZoneResolver::noCallbackAfterContextDeleted()
{
    const auto zones = zoneResolverWith({u"kensa.test.zone"_qs});
    QVERIFY(zones);
    CachingResolver cache(zones);

    for (Resolver *resolver : {static_cast<Resolver *>(zones.get()), static_cast<Resolver *>(&cache)}) {
        int lateCalls = 0;
        auto *doomed = new QObject;
        resolver->resolve({"www.kensa.test", DnsType::A}, doomed, [&](const DnsAnswer &) { ++lateCalls; });
        resolver->resolve({"split.kensa.test", DnsType::TXT}, doomed, [&](const DnsAnswer &) { ++lateCalls; });
        delete doomed;

        // A question on a live context in the same round shows the loop did deliver.
        QObject alive;
        int liveCalls = 0;
        resolver->resolve({"www.kensa.test", DnsType::A}, &alive, [&](const DnsAnswer &) { ++liveCalls; });
        QTRY_COMPARE(liveCalls, 1);
        QTest::qWait(50);
        QCOMPARE(lateCalls, 0);
        QCOMPARE(liveCalls, 1);
    }
}

namespace {

// An object living on `worker`, which is started.
QObject *contextOn(QThread &worker)
{
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    return context;
}

} // namespace

void TestZoneResolver::answersReachTheContextsThread()
{
    QThread worker;
    QObject *context = contextOn(worker);

    // Posted from this thread and from a third one (as the DNS thread does), several at once.
    // The callbacks only count: QTest's checks belong to the test's own thread.
    std::atomic<int> onWorker{0};
    std::atomic<int> elsewhere{0};
    std::atomic<int> otherStatus{0};
    const auto callback = [&](const DnsAnswer &answer) {
        (QThread::currentThread() == &worker ? onWorker : elsewhere)++;
        otherStatus += answer.status != DnsStatus::NoData;
    };
    DnsAnswer answer;
    answer.status = DnsStatus::NoData;
    for (int i = 0; i < 3; ++i)
        AnswerDelivery::post(context, callback, answer);
    QThread *third = QThread::create([&] {
        for (int i = 0; i < 3; ++i)
            AnswerDelivery::post(context, callback, answer);
    });
    third->start();
    QVERIFY(third->wait(5000));
    delete third;
    QTRY_COMPARE(onWorker.load(), 6);
    QCOMPARE(elsewhere.load(), 0);
    QCOMPARE(otherStatus.load(), 0);

    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void TestZoneResolver::txtPresentationEscapes()
{
    // RFC 1035 §5.1: a quote and a backslash escaped with a backslash, other bytes outside the
    // printable ASCII as \DDD; the printable runs between them kept whole.
    DnsRecord record;
    record.type = DnsType::TXT;
    record.strings = {QByteArray("v=DKIM1; p=\"ab\\c\x01" "d\xff"), QByteArray("plain text"), QByteArray(),
                      QByteArray("\x7f")};
    QCOMPARE(record.presentation(),
             u"\"v=DKIM1; p=\\\"ab\\\\c\\001d\\255\" \"plain text\" \"\" \"\\127\""_qs);
}

void TestZoneResolver::answersOfABatchComeInWhenItEnds()
{
    // Delivered inside a batch (as the DNS thread does in one turn of its loop), the answers
    // wait for its end, then all come in, in order; a nested batch does not end the outer one.
    QObject context;
    QList<int> order;
    DnsAnswer answer;
    {
        const AnswerBatch batch;
        AnswerDelivery::post(&context, [&](const DnsAnswer &) { order << 1; }, answer);
        {
            const AnswerBatch inner;
            AnswerDelivery::post(&context, [&](const DnsAnswer &) { order << 2; }, answer);
        }
        AnswerDelivery::post(&context, [&](const DnsAnswer &) { order << 3; }, answer);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY2(order.isEmpty(), "an answer came in before its batch ended");
    }
    QTRY_COMPARE(order, (QList<int>{1, 2, 3}));

    // Without a batch an answer comes in at the next turn of the event loop.
    AnswerDelivery::post(&context, [&](const DnsAnswer &) { order << 4; }, answer);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(order, (QList<int>{1, 2, 3, 4}));
}

namespace {

// Counts the queued calls (QEvent::MetaCall) the objects of the main thread receive.
class MetaCallCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::MetaCall;
        return false;
    }
};

} // namespace

void TestZoneResolver::answersOfACallbackComeInTheSameDrain()
{
    // An answer delivered from a callback (the cache answering the next round at once) is taken
    // by the drain that runs, after the callback returns, and costs no event of its own: two
    // queued calls in all, the drain and the event the callback posts.
    QObject context;
    QStringList order;
    DnsAnswer answer;
    MetaCallCounter counter;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::instance()->installEventFilter(&counter);
    AnswerDelivery::post(&context, [&](const DnsAnswer &) {
        order << u"first"_qs;
        QMetaObject::invokeMethod(&context, [&] { order << u"event"_qs; }, Qt::QueuedConnection);
        AnswerDelivery::post(&context, [&](const DnsAnswer &) { order << u"second"_qs; }, answer);
        QVERIFY(order.size() == 1); // never inside the callback that delivered it
    }, answer);
    QTRY_COMPARE(order, (QStringList{u"first"_qs, u"second"_qs, u"event"_qs}));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::instance()->removeEventFilter(&counter);
    QCOMPARE(counter.count, 2);
}

void TestZoneResolver::answerLetsInLaterOnesDuringANestedLoop()
{
    // The first callback waits, in an event loop of its own (as a modal dialog does), for the
    // second answer: it must come in, not wait for the first callback to return.
    QObject context;
    QEventLoop nested;
    bool secondInsideFirst = false;
    bool firstDone = false;
    DnsAnswer answer;
    AnswerDelivery::post(&context, [&](const DnsAnswer &) {
        QTimer::singleShot(5000, &nested, &QEventLoop::quit);
        nested.exec();
        firstDone = true;
    }, answer);
    AnswerDelivery::post(&context, [&](const DnsAnswer &) {
        secondInsideFirst = !firstDone;
        nested.quit();
    }, answer);
    QTRY_VERIFY(firstDone);
    QVERIFY(secondInsideFirst);
}

void TestZoneResolver::answersForAFinishedThreadAreDropped()
{
    QThread worker;
    QObject *context = contextOn(worker);
    std::atomic<int> calls{0};
    DnsAnswer answer;
    // One answer goes through, so that the thread's inbox exists before the thread ends.
    AnswerDelivery::post(context, [&](const DnsAnswer &) { ++calls; }, answer);
    QTRY_COMPARE(calls.load(), 1);
    worker.quit();
    QVERIFY(worker.wait(5000));

    // The thread runs no loop any more: the answer is dropped, neither run here nor kept.
    AnswerDelivery::post(context, [&](const DnsAnswer &) { ++calls; }, answer);
    QTest::qWait(50);
    QCOMPARE(calls.load(), 1);
    delete context;
}

QTEST_GUILESS_MAIN(TestZoneResolver)
#include "TestZoneResolver.moc"
