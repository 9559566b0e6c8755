#include "LoopbackUdp.h"
#include "core/dns/LdnsResolver.h"

#include "core/base/Limits.h"
#include "core/dns/CachingResolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QFile>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <poll.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace kensa;

// Runs against the nsd fixture (tests/dns/start-nsd.sh), which serves tests/zones on 127.0.0.1;
// CTest starts it and passes the port file in KENSA_DNS_PORT_FILE.

namespace {

std::optional<DnsAnswer> ask(Resolver &resolver, const QByteArray &name, DnsType type, int timeoutMs = 15000)
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
    QCoreApplication::processEvents();
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

// Answers every UDP query on 127.0.0.1 with a broken packet built from the query.
class BrokenServer : public LoopbackUdp
{
public:
    enum class Mode { ShortHeader, WrongId, NotAResponse, AnswerOverrun, TxtLengthOverrun };

    explicit BrokenServer(Mode mode)
        : m_mode(mode)
    {
        if (m_fd >= 0)
            m_thread = std::thread([this] { run(); });
    }
    ~BrokenServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    QByteArray reply(const QByteArray &query) const
    {
        if (query.size() < 12)
            return {};
        QByteArray out = query;
        out[2] = char(quint8(out[2]) | 0x80); // QR
        switch (m_mode) {
        case Mode::ShortHeader:
            return out.left(5);
        case Mode::WrongId:
            out[0] = char(~quint8(out[0]));
            return out;
        case Mode::NotAResponse:
            out[2] = char(quint8(out[2]) & 0x7f);
            return out;
        case Mode::AnswerOverrun:
        case Mode::TxtLengthOverrun: {
            // Header and question of the query (ldns sends one question and one bare OPT RR of
            // 11 octets), then one TXT answer whose lengths point past the end.
            QByteArray packet = out.left(out.size() - 11);
            packet[6] = 0;
            packet[7] = 1; // ANCOUNT
            packet[10] = 0;
            packet[11] = 0; // ARCOUNT
            packet += QByteArray::fromHex("c00c0010000100000010");
            if (m_mode == Mode::AnswerOverrun)
                packet += QByteArray::fromHex("0032036162"); // RDLENGTH 50, 3 octets follow
            else
                packet += QByteArray::fromHex("00050a61626364"); // RDLENGTH 5, string of 10 in it
            return packet;
        }
        }
        return {};
    }

    void run()
    {
        while (!m_stop) {
            pollfd poller{m_fd, POLLIN, 0};
            if (::poll(&poller, 1, 50) <= 0)
                continue;
            char buffer[4096];
            sockaddr_in from{};
            socklen_t fromLength = sizeof from;
            const ssize_t n = ::recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
            if (n <= 0)
                continue;
            const QByteArray answer = reply(QByteArray(buffer, qsizetype(n)));
            ::sendto(m_fd, answer.constData(), size_t(answer.size()), 0, reinterpret_cast<sockaddr *>(&from), fromLength);
        }
    }

    Mode m_mode;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestLdnsResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookup_data();
    void lookup();
    void txtStrings();
    void truncatedAnswerRetriedOverTcp();
    void manyQuestionsAtOnce();
    void cacheAnswersWhileItsThreadIsBusy();
    void timeout();
    void nextServerAfterTimeout();
    void malformedReply_data();
    void malformedReply();
    void servers_data();
    void servers();
    void systemServers();
    void noCallbackAfterContextDeleted();

private:
    std::unique_ptr<LdnsResolver> makeResolver() const
    {
        auto resolver = std::make_unique<LdnsResolver>(QStringList{m_server});
        resolver->setTimeoutMs(2000);
        resolver->setTries(2);
        return resolver;
    }

    QString m_server; // "127.0.0.1:PORT" of the nsd fixture
};

void TestLdnsResolver::initTestCase()
{
    const QString portFile = qEnvironmentVariable("KENSA_DNS_PORT_FILE");
    if (portFile.isEmpty())
        QFAIL("KENSA_DNS_PORT_FILE is not set: run this test through ctest, which starts the nsd "
              "fixture (tests/dns/start-nsd.sh) first");
    QFile file(portFile);
    if (!file.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(u"No DNS fixture: cannot read %1 (did the dns_fixture_start test fail?)"_qs.arg(portFile)));
    bool ok = false;
    const int port = file.readAll().trimmed().toInt(&ok);
    QVERIFY2(ok && port > 0 && port < 65536, "the port file of the DNS fixture holds no port");
    m_server = u"127.0.0.1:%1"_qs.arg(port);
}

void TestLdnsResolver::lookup_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<DnsType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<int>("rcode");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("chain");

    const QString spf = u"\"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\""_qs;
    QTest::newRow("a") << QByteArray("www.kensa.test") << DnsType::A << DnsStatus::NoError << 0
                       << QStringList{u"192.0.2.10"_qs} << QStringList();
    QTest::newRow("a-two-records") << QByteArray("mail.kensa.test") << DnsType::A << DnsStatus::NoError << 0
                                   << QStringList{u"192.0.2.25"_qs, u"192.0.2.26"_qs} << QStringList();
    QTest::newRow("aaaa") << QByteArray("www.kensa.test") << DnsType::AAAA << DnsStatus::NoError << 0
                          << QStringList{u"2001:db8::10"_qs} << QStringList();
    QTest::newRow("mx") << QByteArray("kensa.test") << DnsType::MX << DnsStatus::NoError << 0
                        << QStringList{u"10 mail.kensa.test."_qs, u"20 backup-mx.other.example."_qs} << QStringList();
    QTest::newRow("ptr-ipv4") << QByteArray("10.2.0.192.in-addr.arpa") << DnsType::PTR << DnsStatus::NoError << 0
                              << QStringList{u"www.kensa.test."_qs} << QStringList();
    QTest::newRow("ptr-ipv6") << QByteArray("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa")
                              << DnsType::PTR << DnsStatus::NoError << 0 << QStringList{u"www.kensa.test."_qs}
                              << QStringList();
    QTest::newRow("txt-split-strings") << QByteArray("split.kensa.test") << DnsType::TXT << DnsStatus::NoError << 0
                                       << QStringList{spf} << QStringList();
    QTest::newRow("spf-type-99") << QByteArray("spf99.kensa.test") << DnsType::SPF << DnsStatus::NoError << 0
                                 << QStringList{u"\"v=spf1 -all\""_qs} << QStringList();
    QTest::newRow("wildcard") << QByteArray("anything.wild.kensa.test") << DnsType::TXT << DnsStatus::NoError << 0
                              << QStringList{u"\"wildcard\""_qs} << QStringList();
    QTest::newRow("cname-to-txt") << QByteArray("alias.kensa.test") << DnsType::TXT << DnsStatus::NoError << 0
                                  << QStringList{spf} << QStringList{u"split.kensa.test"_qs};
    QTest::newRow("cname-two-links") << QByteArray("chain1.kensa.test") << DnsType::TXT << DnsStatus::NoError << 0
                                     << QStringList{spf} << QStringList{u"chain2.kensa.test"_qs, u"split.kensa.test"_qs};
    QTest::newRow("cname-across-zones") << QByteArray("outside.kensa.test") << DnsType::TXT << DnsStatus::NoError << 0
                                        << QStringList{u"\"text in other.example\""_qs}
                                        << QStringList{u"txt.other.example"_qs};
    QTest::newRow("cname-to-nxdomain") << QByteArray("dangling.kensa.test") << DnsType::TXT << DnsStatus::NxDomain << 3
                                       << QStringList() << QStringList{u"nowhere.kensa.test"_qs};
    QTest::newRow("cname-loop") << QByteArray("loop1.kensa.test") << DnsType::TXT << DnsStatus::ServFail << 2
                                << QStringList() << QStringList{u"loop2.kensa.test"_qs};
    QTest::newRow("nxdomain") << QByteArray("missing.kensa.test") << DnsType::TXT << DnsStatus::NxDomain << 3
                              << QStringList() << QStringList();
    QTest::newRow("nodata") << QByteArray("www.kensa.test") << DnsType::TXT << DnsStatus::NoData << 0
                            << QStringList() << QStringList();
    QTest::newRow("nodata-empty-non-terminal") << QByteArray("b.kensa.test") << DnsType::TXT << DnsStatus::NoData
                                               << 0 << QStringList() << QStringList();
    QTest::newRow("servfail-zone-not-loaded") << QByteArray("www.servfail.test") << DnsType::A << DnsStatus::ServFail
                                              << 2 << QStringList() << QStringList();
    QTest::newRow("refused-zone-not-served") << QByteArray("www.not-served.example") << DnsType::A
                                             << DnsStatus::Refused << 5 << QStringList() << QStringList();
}

void TestLdnsResolver::lookup()
{
    QFETCH(QByteArray, name);
    QFETCH(DnsType, type);
    QFETCH(DnsStatus, status);
    QFETCH(int, rcode);
    QFETCH(QStringList, records);
    QFETCH(QStringList, chain);

    const auto resolver = makeResolver();
    const auto answer = ask(*resolver, name, type);
    QVERIFY(answer);
    QCOMPARE(answer->question, (DnsQuestion{name, type}));
    QCOMPARE(dnsStatusName(answer->status), dnsStatusName(status));
    QCOMPARE(answer->rcode, rcode);
    QCOMPARE(presentations(answer->records), records);
    QCOMPARE(names(answer->cnameChain), chain);
    QCOMPARE(answer->source, u"live"_qs);
    QCOMPARE(answer->server, m_server);
    // nsd serves the zones unsigned and, being authoritative, never sets AD.
    QCOMPARE(answer->secure, false);
    for (const DnsRecord &record : answer->records) {
        QCOMPARE(record.type, type);
        QCOMPARE(record.ttl, record.owner.endsWith("other.example") ? 600u : 300u);
    }
}

void TestLdnsResolver::txtStrings()
{
    const auto resolver = makeResolver();
    const auto split = ask(*resolver, "split.kensa.test", DnsType::TXT);
    QVERIFY(split);
    QCOMPARE(split->records.size(), 1);
    QCOMPARE(split->records.first().strings, (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.0/24 ", "-all"}));
    QCOMPARE(split->records.first().owner, QByteArray("split.kensa.test"));

    const auto longTxt = ask(*resolver, "long.kensa.test", DnsType::TXT);
    QVERIFY(longTxt);
    QCOMPARE(longTxt->status, DnsStatus::NoError);
    QCOMPARE(longTxt->records.size(), 1);
    QCOMPARE(longTxt->records.first().strings,
             (QList<QByteArray>{QByteArray(200, 'A'), QByteArray(200, 'B'), QByteArray(100, 'C')}));
    QCOMPARE(longTxt->records.first().joinedText().size(), 500);

    const auto dkim = ask(*resolver, "sel1._domainkey.kensa.test", DnsType::TXT);
    QVERIFY(dkim);
    QCOMPARE(dkim->records.size(), 1);
    QCOMPARE(dkim->records.first().strings.first().size(), 255);
    QVERIFY(dkim->records.first().joinedText().startsWith("v=DKIM1; k=rsa; p=MIIBIjAN"));
}

void TestLdnsResolver::truncatedAnswerRetriedOverTcp()
{
    // big.kensa.test holds 12 TXT records of 240 octets: about 3000 octets, truncated over UDP
    // with the 1232-octet EDNS0 buffer.
    const auto resolver = makeResolver();
    QCOMPARE(resolver->udpBufferSize(), quint16(1232));
    QCOMPARE(resolver->tcpFallbacks(), 0);
    const auto answer = ask(*resolver, "big.kensa.test", DnsType::TXT);
    QVERIFY(answer);
    QCOMPARE(answer->status, DnsStatus::NoError);
    QCOMPARE(resolver->tcpFallbacks(), 1);
    QCOMPARE(answer->records.size(), 12);
    QSet<QByteArray> seen;
    for (const DnsRecord &record : answer->records) {
        QCOMPARE(record.strings.size(), 1);
        QCOMPARE(record.joinedText().size(), 240);
        seen.insert(record.joinedText().left(7));
    }
    QCOMPARE(seen.size(), 12);
    QVERIFY(seen.contains("big-00-") && seen.contains("big-11-"));

    // A small answer stays on UDP.
    QVERIFY(ask(*resolver, "www.kensa.test", DnsType::A));
    QCOMPARE(resolver->tcpFallbacks(), 1);
}

void TestLdnsResolver::manyQuestionsAtOnce()
{
    // More questions than may be on the wire at once, asked together: they share the resolver's
    // few sockets to the server, so each answer must find its own question by its ID.
    struct Case
    {
        QByteArray name;
        DnsType type;
        QString record; // empty: NXDOMAIN
    };
    const QList<Case> cases{{"www.kensa.test", DnsType::A, u"192.0.2.10"_qs},
                            {"www.kensa.test", DnsType::AAAA, u"2001:db8::10"_qs},
                            {"10.2.0.192.in-addr.arpa", DnsType::PTR, u"www.kensa.test."_qs},
                            {"anything.wild.kensa.test", DnsType::TXT, u"\"wildcard\""_qs},
                            {"missing.kensa.test", DnsType::TXT, QString()}};
    const auto resolver = makeResolver();
    QObject context;
    const int count = Limits::MaxDnsQueriesInFlight * 2 + 50;
    int answered = 0;
    QStringList wrong;
    for (int i = 0; i < count; ++i) {
        const Case &c = cases.at(i % cases.size());
        resolver->resolve({c.name, c.type}, &context, [&, c](const DnsAnswer &a) {
            ++answered;
            const QStringList expected = c.record.isEmpty() ? QStringList() : QStringList{c.record};
            if (a.question != DnsQuestion{c.name, c.type} || presentations(a.records) != expected
                || a.status != (c.record.isEmpty() ? DnsStatus::NxDomain : DnsStatus::NoError))
                wrong << u"%1/%2: %3"_qs.arg(QString::fromLatin1(c.name), dnsTypeName(c.type), dnsStatusName(a.status));
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, count, 30000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(u"; "_qs)));
}

void TestLdnsResolver::cacheAnswersWhileItsThreadIsBusy()
{
    // The cache shared by a batch is made on kensa-cli's main thread (the GUI thread), which may
    // be busy reading input or drawing: the live answers must reach the analyses without it.
    auto cache = std::make_shared<CachingResolver>(std::shared_ptr<Resolver>(makeResolver()),
                                                   CachingResolver::Sources::KeepSource);
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);
    QSemaphore answered;
    DnsAnswer answer;
    QMetaObject::invokeMethod(&context, [&] {
        cache->resolve({"www.kensa.test", DnsType::A}, &context, [&](const DnsAnswer &a) {
            answer = a;
            answered.release();
        });
    });
    // This thread runs no event loop while it waits.
    const bool got = answered.tryAcquire(1, 10000);
    QMetaObject::invokeMethod(&context, [&] { context.moveToThread(QCoreApplication::instance()->thread()); },
                              Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    QVERIFY(got);
    QCOMPARE(answer.status, DnsStatus::NoError);
    QCOMPARE(presentations(answer.records), QStringList{u"192.0.2.10"_qs});
    QCOMPARE(answer.source, u"live"_qs);
}

void TestLdnsResolver::timeout()
{
    LoopbackUdp blackhole; // reads nothing and answers nothing
    QVERIFY(blackhole.port() != 0);
    LdnsResolver resolver({u"127.0.0.1:%1"_qs.arg(blackhole.port())});
    resolver.setTimeoutMs(300);
    resolver.setTries(2);

    QElapsedTimer timer;
    timer.start();
    const auto answer = ask(resolver, "www.kensa.test", DnsType::A);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(answer);
    QCOMPARE(answer->status, DnsStatus::Timeout);
    QCOMPARE(answer->rcode, -1);
    QVERIFY(answer->records.isEmpty());
    // Two tries of 300 ms: not sooner, and well within a bound.
    QVERIFY2(elapsed >= 550, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(answer->elapsedMs >= 550);
}

void TestLdnsResolver::nextServerAfterTimeout()
{
    LoopbackUdp blackhole; // reads nothing and answers nothing
    LdnsResolver resolver({u"127.0.0.1:%1"_qs.arg(blackhole.port()), m_server});
    resolver.setTimeoutMs(200);
    resolver.setTries(1);
    const auto answer = ask(resolver, "www.kensa.test", DnsType::A);
    QVERIFY(answer);
    QCOMPARE(answer->status, DnsStatus::NoError);
    QCOMPARE(answer->server, m_server);
    QCOMPARE(presentations(answer->records), QStringList{u"192.0.2.10"_qs});
}

void TestLdnsResolver::malformedReply_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    const int broken = int(DnsStatus::OtherError);
    QTest::newRow("short-header") << int(BrokenServer::Mode::ShortHeader) << broken;
    // A datagram with an ID no question waits for answers nothing: dropped (RFC 5452 §9.1), so
    // the question gets no answer.
    QTest::newRow("wrong-id") << int(BrokenServer::Mode::WrongId) << int(DnsStatus::Timeout);
    QTest::newRow("not-a-response") << int(BrokenServer::Mode::NotAResponse) << broken;
    QTest::newRow("rdlength-past-end") << int(BrokenServer::Mode::AnswerOverrun) << broken;
    QTest::newRow("character-string-past-rdata") << int(BrokenServer::Mode::TxtLengthOverrun) << broken;
}

void TestLdnsResolver::malformedReply()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    BrokenServer server{BrokenServer::Mode(mode)};
    QVERIFY(server.port() != 0);
    LdnsResolver resolver({u"127.0.0.1:%1"_qs.arg(server.port())});
    resolver.setTimeoutMs(500);
    resolver.setTries(1);
    const auto answer = ask(resolver, "www.kensa.test", DnsType::TXT);
    QVERIFY(answer);
    QCOMPARE(dnsStatusName(answer->status), dnsStatusName(DnsStatus(status)));
    QVERIFY(answer->records.isEmpty());
}

void TestLdnsResolver::servers_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("servers"); // empty: refused
    QTest::addColumn<int>("badEntry");

    QTest::newRow("ipv4") << QStringList{u"192.0.2.53"_qs} << QStringList{u"192.0.2.53:53"_qs} << 0;
    QTest::newRow("ipv4-port") << QStringList{u"192.0.2.53:5353"_qs} << QStringList{u"192.0.2.53:5353"_qs} << 0;
    QTest::newRow("ipv6-bare") << QStringList{u"2001:db8::53"_qs} << QStringList{u"[2001:db8::53]:53"_qs} << 0;
    QTest::newRow("ipv6-bracketed-port") << QStringList{u"[2001:db8::53]:5353"_qs}
                                         << QStringList{u"[2001:db8::53]:5353"_qs} << 0;
    QTest::newRow("two") << QStringList{u"192.0.2.1"_qs, u" 192.0.2.2:54 "_qs}
                         << QStringList{u"192.0.2.1:53"_qs, u"192.0.2.2:54"_qs} << 0;
    QTest::newRow("hostname-refused") << QStringList{u"192.0.2.1"_qs, u"dns.example"_qs} << QStringList() << 2;
    QTest::newRow("port-zero-refused") << QStringList{u"192.0.2.1:0"_qs} << QStringList() << 1;
    QTest::newRow("port-too-big-refused") << QStringList{u"192.0.2.1:65536"_qs} << QStringList() << 1;
    QTest::newRow("bad-address-refused") << QStringList{u"192.0.2.300"_qs} << QStringList() << 1;
    QTest::newRow("unclosed-bracket-refused") << QStringList{u"[2001:db8::1:53"_qs} << QStringList() << 1;
}

void TestLdnsResolver::servers()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, servers);
    QFETCH(int, badEntry);

    LdnsResolver resolver({u"198.51.100.1"_qs});
    const Result<int> set = resolver.setServers(entries);
    if (servers.isEmpty()) {
        QVERIFY(!set);
        QCOMPARE(set.error().key, u"dns.server.invalid"_qs);
        QCOMPARE(set.error().line, badEntry);
        QCOMPARE(resolver.servers(), QStringList{u"198.51.100.1:53"_qs});
    } else {
        QVERIFY(set);
        QCOMPARE(*set, servers.size());
        QCOMPARE(resolver.servers(), servers);
        QCOMPARE(resolver.description(), u"live DNS (%1)"_qs.arg(servers.join(u", "_qs)));
    }
}

void TestLdnsResolver::systemServers()
{
    QTemporaryFile conf;
    QVERIFY(conf.open());
    conf.write("# test\nnameserver 192.0.2.53\nnameserver 2001:db8::53\nsearch example.test\n");
    conf.close();
    QCOMPARE(LdnsResolver::systemServers(conf.fileName()),
             (QStringList{u"192.0.2.53:53"_qs, u"[2001:db8::53]:53"_qs}));
    QCOMPARE(LdnsResolver::systemServers(u"/nonexistent/resolv.conf"_qs), QStringList());
    LdnsResolver defaults;
    QCOMPARE(defaults.timeoutMs(), 3000);
    QCOMPARE(defaults.tries(), 2);
}

void TestLdnsResolver::noCallbackAfterContextDeleted()
{
    const auto resolver = makeResolver();
    int lateCalls = 0;
    auto *doomed = new QObject;
    resolver->resolve({"www.kensa.test", DnsType::A}, doomed, [&](const DnsAnswer &) { ++lateCalls; });
    resolver->resolve({"big.kensa.test", DnsType::TXT}, doomed, [&](const DnsAnswer &) { ++lateCalls; });
    delete doomed;

    QObject alive;
    int liveCalls = 0;
    resolver->resolve({"www.kensa.test", DnsType::A}, &alive, [&](const DnsAnswer &) { ++liveCalls; });
    QTRY_COMPARE(liveCalls, 1);
    // The big answer was asked and came (over TCP) after its context was gone: dropped.
    QTRY_COMPARE(resolver->tcpFallbacks(), 1);
    QTest::qWait(100);
    QCOMPARE(lateCalls, 0);
}

QTEST_GUILESS_MAIN(TestLdnsResolver)
#include "TestLdnsResolver.moc"
