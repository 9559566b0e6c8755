#include "core/dns/LdnsResolver.h"

#include "core/base/Limits.h"

#include "core/dns/DnsName.h"
#include "core/dns/LdnsConvert.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>

#include <ldns/ldns.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

namespace kensa {

namespace {

// CNAME links followed for one question, across packets; a longer chain is a loop or abuse.
constexpr int MaxCnameChain = 16;
// Separate queries made for one question when a server hands back a CNAME without its target.
constexpr int MaxChaseQueries = 8;

// "HOST[:PORT]" with IPv6 hosts bare ("::1") or bracketed ("[::1]:5353").
std::optional<LdnsResolver::Server> parseServer(const QString &entry)
{
    const QByteArray text = entry.trimmed().toLatin1();
    if (text.isEmpty())
        return std::nullopt;
    LdnsResolver::Server server;
    QByteArray portText;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        server.host = text.mid(1, close - 1);
        const QByteArray rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return std::nullopt;
            portText = rest.mid(1);
        }
    } else if (text.count(':') == 1) {
        const qsizetype colon = text.indexOf(':');
        server.host = text.left(colon);
        portText = text.mid(colon + 1);
    } else {
        server.host = text;
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        server.port = quint16(port);
    }
    server.ipv6 = server.host.contains(':');
    ldns_rdf *rdf = ldns_rdf_new_frm_str(server.ipv6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A,
                                         server.host.constData());
    if (!rdf)
        return std::nullopt;
    ldns_rdf_deep_free(rdf);
    return server;
}

QString serverText(const LdnsResolver::Server &server)
{
    const QString host = QString::fromLatin1(server.host);
    return server.ipv6 ? QStringLiteral("[%1]:%2").arg(host).arg(server.port)
                       : QStringLiteral("%1:%2").arg(host).arg(server.port);
}

DnsStatus statusOfRcode(int rcode)
{
    switch (rcode) {
    case LDNS_RCODE_NOERROR:
        return DnsStatus::NoError;
    case LDNS_RCODE_SERVFAIL:
        return DnsStatus::ServFail;
    case LDNS_RCODE_NXDOMAIN:
        return DnsStatus::NxDomain;
    case LDNS_RCODE_REFUSED:
        return DnsStatus::Refused;
    default:
        return DnsStatus::OtherError;
    }
}

struct ResolverDeleter
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
};
struct PacketDeleter
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
struct RdfDeleter
{
    void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); }
};
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverDeleter>;
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;

bool isNetworkFailure(ldns_status status)
{
    switch (status) {
    case LDNS_STATUS_NETWORK_ERR:
    case LDNS_STATUS_ERR:
    case LDNS_STATUS_SOCKET_ERROR:
    case LDNS_STATUS_RES_NO_NS:
    case LDNS_STATUS_ADDRESS_ERR:
    case LDNS_STATUS_MEM_ERR:
        return true;
    default:
        return false;
    }
}

// A sockaddr for a server literal (parseServer() checked it).
struct Address
{
    sockaddr_storage storage{};
    socklen_t length = 0;
};

Address addressOf(const LdnsResolver::Server &server)
{
    Address a;
    if (server.ipv6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&a.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(server.port);
        if (::inet_pton(AF_INET6, server.host.constData(), &in6->sin6_addr) == 1)
            a.length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&a.storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(server.port);
        if (::inet_pton(AF_INET, server.host.constData(), &in4->sin_addr) == 1)
            a.length = sizeof(sockaddr_in);
    }
    return a;
}

// An ldns resolver for one server, to send a query packet built here again over TCP.
ResolverPtr makeLdnsResolver(const LdnsResolver::Settings &settings, const LdnsResolver::Server &server)
{
    ResolverPtr resolver(ldns_resolver_new());
    RdfPtr address(ldns_rdf_new_frm_str(server.ipv6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A,
                                        server.host.constData()));
    if (!resolver || !address || ldns_resolver_push_nameserver(resolver.get(), address.get()) != LDNS_STATUS_OK)
        return nullptr;
    ldns_resolver *r = resolver.get();
    ldns_resolver_set_port(r, server.port);
    timeval timeout{};
    timeout.tv_sec = settings.timeoutMs / 1000;
    timeout.tv_usec = (settings.timeoutMs % 1000) * 1000;
    ldns_resolver_set_timeout(r, timeout);
    ldns_resolver_set_retry(r, uint8_t(settings.tries));
    ldns_resolver_set_random(r, false);
    ldns_resolver_set_fail(r, false);
    ldns_resolver_set_fallback(r, false);
    ldns_resolver_set_usevc(r, true);
    return resolver;
}

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

struct Task;

// A UDP socket connected to one server (so the kernel hands over only that server's datagrams),
// shared by the questions asked of it, each known by its query ID. A server has a few, and each is
// replaced after MaxChannelQueries queries, so the source port keeps changing (RFC 5452 §9.2).
struct Channel
{
    int fd = -1;
    int sent = 0;
    bool retired = false; // replaced: closes once its last question is answered or given up
    QHash<quint16, Task *> waiting;
};

constexpr int ChannelsPerServer = 8;
constexpr int MaxChannelQueries = 1024;

// One question on its way: which name of its CNAME chain is asked, of which server, which attempt.
struct Task
{
    AnswerDelivery *delivery = nullptr; // queues the answer to the caller's context, or
    Resolver::Callback direct;          // takes it on the resolver's thread
    LdnsResolver::Settings settings;
    DnsAnswer answer;
    QElapsedTimer timer;
    QByteArray current; // the name asked now: the question's, then a CNAME target
    QSet<QByteArray> seen;
    bool allSecure = true;
    int round = 0;      // queries made for the question
    int server = 0;     // index in settings.servers
    int attempt = 0;    // UDP attempts made of this server
    PacketPtr query;    // this round's query to this server
    QByteArray wire;
    Channel *channel = nullptr; // where the attempt on the wire waits, by its ID
    quint16 id = 0;
    qint64 deadline = 0;
};

} // namespace

// The thread that keeps every UDP exchange in one epoll loop, and the pool that asks over TCP.
// Tasks are owned by whoever holds them: the queue, the loop, or a TCP exchange.
class LdnsResolver::Engine
{
public:
    Engine()
        : m_wake(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
        , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.ptr = nullptr; // the wake-up
        // Without them (no file descriptor left) no question can be asked: each gets OtherError
        // at once, and no thread is started.
        if (m_wake < 0 || m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0)
            return;
        // TCP is for the rare truncated answer; a few threads that block in ldns are enough.
        m_tcp.setMaxThreadCount(8);
        m_thread = std::thread([this] {
            ::pthread_setname_np(::pthread_self(), "dns"); // shows in top -H and perf
            loop();
        });
    }

    ~Engine()
    {
        // Questions not answered yet get Timeout at once; a TCP exchange on the wire finishes
        // within its timeout, and its question gets Timeout too.
        {
            QMutexLocker lock(&m_mutex);
            m_shuttingDown = true;
        }
        if (m_thread.joinable()) {
            wake();
            m_thread.join();
        }
        m_tcp.waitForDone();
        for (Task *task : std::as_const(m_incoming))
            finish(task, DnsStatus::Timeout);
        for (const TcpResult &r : std::as_const(m_tcpDone)) {
            ldns_pkt_free(r.reply);
            finish(r.task, DnsStatus::Timeout);
        }
        if (m_epoll >= 0)
            ::close(m_epoll);
        if (m_wake >= 0)
            ::close(m_wake);
    }

    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    void submit(Task *task)
    {
        if (!m_thread.joinable())
            return finish(task, DnsStatus::OtherError);
        bool asleep = false;
        {
            QMutexLocker lock(&m_mutex);
            // A queue that was not empty has its wake-up on the way already.
            asleep = m_incoming.isEmpty();
            m_incoming.append(task);
        }
        if (asleep)
            wake();
    }

    int tcpFallbacks() const { return m_tcpFallbacks.load(); }

private:
    struct TcpResult
    {
        Task *task = nullptr;
        ldns_status status = LDNS_STATUS_ERR;
        ldns_pkt *reply = nullptr;
    };

    void wake()
    {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
    }

    void loop()
    {
        QList<Task *> waiting; // past the bound of questions on the wire, in arrival order
        epoll_event events[64];
        for (;;) {
            QList<Task *> incoming;
            QList<TcpResult> tcpDone;
            bool stop = false;
            {
                QMutexLocker lock(&m_mutex);
                incoming.swap(m_incoming);
                tcpDone.swap(m_tcpDone);
                stop = m_shuttingDown;
            }
            if (stop) {
                for (Task *task : std::as_const(incoming) + waiting + m_onWire.values())
                    finish(task, DnsStatus::Timeout);
                for (const TcpResult &r : std::as_const(tcpDone)) {
                    ldns_pkt_free(r.reply);
                    finish(r.task, DnsStatus::Timeout);
                }
                for (const QList<Channel *> &serverChannels : std::as_const(m_channels)) {
                    for (Channel *channel : serverChannels) {
                        if (channel) {
                            channel->retired = true;
                            closeIfDone(channel);
                        }
                    }
                }
                closeRetired();
                return;
            }
            waiting += incoming;
            {
                const AnswerBatch batch; // the answers of this turn wake each caller's thread once
                for (const TcpResult &r : std::as_const(tcpDone))
                    afterTcp(r);
                while (!waiting.isEmpty() && m_onWire.size() < Limits::MaxDnsQueriesInFlight)
                    start(waiting.takeFirst());
            }

            // Wait for answers, a new question or the first deadline.
            const qint64 timeout = m_deadlines.empty() ? -1 : qMax<qint64>(0, m_deadlines.begin()->first - nowMs());
            const int ready = ::epoll_wait(m_epoll, events, int(std::size(events)), int(qMin<qint64>(timeout, 60000)));
            const AnswerBatch batch; // ends with the turn, before the next wait
            for (int i = 0; i < ready; ++i) {
                if (auto *channel = static_cast<Channel *>(events[i].data.ptr))
                    receive(channel);
                else
                    drainWake();
            }
            const qint64 after = nowMs();
            QList<Task *> late;
            for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= after; ++it)
                late.append(it->second);
            for (Task *task : std::as_const(late))
                send(task); // the next attempt
            closeRetired();
        }
    }

    void drainWake()
    {
        quint64 count = 0;
        [[maybe_unused]] const ssize_t n = ::read(m_wake, &count, sizeof count);
    }

    // A new question: its first round.
    void start(Task *task)
    {
        task->timer.start();
        if (task->settings.servers.isEmpty())
            return finish(task, DnsStatus::OtherError);
        task->current = DnsName::normalized(task->answer.question.name);
        task->seen = {task->current};
        beginRound(task);
    }

    // Asks the current name of the first server.
    void beginRound(Task *task)
    {
        if (task->round >= MaxChaseQueries)
            return finish(task, DnsStatus::ServFail);
        ++task->round;
        task->server = 0;
        beginServer(task);
    }

    void beginServer(Task *task)
    {
        if (task->server >= task->settings.servers.size())
            return finish(task, DnsStatus::Timeout); // no server answered
        const Server &server = task->settings.servers.at(task->server);
        task->answer.server = serverText(server);
        task->attempt = 0;
        // What ldns_resolver_prepare_query_pkt() makes of Kensa's settings: RD, EDNS0 with the DO
        // bit and the buffer size (RFC 6891 §6.1.1, RFC 3225).
        ldns_rdf *name = ldns_dname_new_frm_str(task->current.isEmpty() ? "." : (task->current + '.').constData());
        ldns_pkt *raw = name ? ldns_pkt_query_new(name, ldns_rr_type(task->answer.question.type), LDNS_RR_CLASS_IN, LDNS_RD)
                             : nullptr;
        if (!raw)
            return finish(task, DnsStatus::OtherError);
        ldns_pkt_set_edns_do(raw, true);
        ldns_pkt_set_edns_udp_size(raw, task->settings.udpBufferSize);
        task->query.reset(raw);
        uint8_t *wire = nullptr;
        size_t size = 0;
        if (ldns_pkt2wire(&wire, raw, &size) != LDNS_STATUS_OK || !wire)
            return finish(task, DnsStatus::OtherError);
        task->wire = QByteArray(reinterpret_cast<const char *>(wire), qsizetype(size));
        LDNS_FREE(wire);
        send(task);
    }

    // The next UDP attempt of this server, or the next server.
    void send(Task *task)
    {
        leaveChannel(task);
        if (task->attempt >= task->settings.tries)
            return next(task);
        ++task->attempt;
        Channel *channel = channelFor(task->settings.servers.at(task->server));
        if (!channel)
            return send(task); // a network failure ends this attempt at once (ldns counts it too)
        // A fresh ID for every attempt, unique among the questions waiting on the channel.
        quint16 id = 0;
        do {
            id = randomId();
        } while (channel->waiting.contains(id));
        ldns_pkt_set_id(task->query.get(), id);
        task->wire[0] = char(id >> 8);
        task->wire[1] = char(id & 0xff);
        if (::send(channel->fd, task->wire.constData(), size_t(task->wire.size()), 0) != task->wire.size())
            return send(task);
        ++channel->sent;
        channel->waiting.insert(id, task);
        task->channel = channel;
        task->id = id;
        task->deadline = nowMs() + task->settings.timeoutMs;
        m_onWire.insert(task);
        m_deadlines.emplace(task->deadline, task);
    }

    void next(Task *task)
    {
        leaveChannel(task);
        ++task->server;
        beginServer(task);
    }

    // From the system's generator (not ldns's clock-seeded random()), drawn a few hundred at a
    // time: one system call each would cost more than the rest of a question.
    quint16 randomId()
    {
        if (m_ids.empty()) {
            m_ids.resize(256);
            QRandomGenerator::system()->fillRange(m_ids.data(), qsizetype(m_ids.size()));
        }
        const quint16 id = quint16(m_ids.back());
        m_ids.pop_back();
        return id;
    }

    // One of the server's channels, opened or replaced as needed; null when no socket opens.
    Channel *channelFor(const Server &server)
    {
        QList<Channel *> &serverChannels = m_channels[serverText(server)];
        if (serverChannels.isEmpty())
            serverChannels.resize(ChannelsPerServer, nullptr);
        Channel *&slot = serverChannels[qsizetype(randomId() % ChannelsPerServer)];
        if (slot && slot->sent >= MaxChannelQueries) {
            slot->retired = true;
            closeIfDone(slot);
            slot = nullptr;
        }
        if (!slot)
            slot = open(server);
        return slot;
    }

    Channel *open(const Server &server)
    {
        const Address address = addressOf(server);
        const int fd = ::socket(address.storage.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return nullptr;
        auto *channel = new Channel;
        channel->fd = fd;
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.ptr = channel;
        if (address.length == 0
            || ::connect(fd, reinterpret_cast<const sockaddr *>(&address.storage), address.length) != 0
            || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
            ::close(fd);
            delete channel;
            return nullptr;
        }
        return channel;
    }

    // A retired channel is closed between two turns of the loop, never while it is being read.
    void closeIfDone(Channel *channel)
    {
        if (channel->retired && channel->waiting.isEmpty() && !m_closing.contains(channel))
            m_closing.append(channel);
    }

    void closeRetired()
    {
        for (Channel *channel : std::as_const(m_closing)) {
            ::close(channel->fd); // which also takes it out of the epoll set
            delete channel;
        }
        m_closing.clear();
    }

    // The attempt on the wire is over: its ID is free, its deadline no longer runs.
    void leaveChannel(Task *task)
    {
        if (m_onWire.remove(task))
            m_deadlines.erase({task->deadline, task});
        if (Channel *channel = std::exchange(task->channel, nullptr)) {
            channel->waiting.remove(task->id);
            closeIfDone(channel);
        }
    }

    // One datagram a call: epoll reports the socket again while more wait, and a read that
    // would find nothing is a system call saved.
    void receive(Channel *channel)
    {
        const ssize_t n = ::recv(channel->fd, m_buffer.data(), m_buffer.size(), 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            // ICMP unreachable and the like: every attempt waiting here has failed.
            for (Task *task : channel->waiting.values())
                send(task);
            return;
        }
        // A datagram whose ID answers no question waiting here is not a reply to us: it is
        // dropped and the question keeps waiting (RFC 5452 §9.1).
        if (n < 2)
            return;
        Task *task = channel->waiting.value(quint16((m_buffer[0] << 8) | m_buffer[1]));
        if (!task)
            return;
        ldns_pkt *raw = nullptr;
        if (ldns_wire2pkt(&raw, m_buffer.data(), size_t(n)) != LDNS_STATUS_OK || !raw)
            return finish(task, DnsStatus::OtherError); // the bytes came back but did not parse
        PacketPtr reply(raw);
        if (!asksTheSame(task, reply.get()))
            return;
        leaveChannel(task);
        if (!isReplyTo(task, reply.get()))
            return finish(task, DnsStatus::OtherError);
        // RFC 7766 §5 / RFC 1035 §4.2.1: a truncated UDP answer is asked again over TCP.
        if (ldns_pkt_tc(reply.get())) {
            ++m_tcpFallbacks;
            askOverTcp(task);
            return;
        }
        interpret(task, reply.get());
    }

    // A reply that names a question must name ours (RFC 5452 §9.1); servers may leave the
    // question out of an error reply.
    static bool asksTheSame(const Task *task, const ldns_pkt *reply)
    {
        const ldns_rr_list *asked = ldns_pkt_question(reply);
        if (!asked || ldns_rr_list_rr_count(asked) == 0)
            return true;
        const ldns_rr *question = ldns_rr_list_rr(asked, 0);
        const ldns_rr *ours = ldns_rr_list_rr(ldns_pkt_question(task->query.get()), 0);
        return ldns_rr_list_rr_count(asked) == 1 && ours && ldns_rr_get_type(question) == ldns_rr_get_type(ours)
            && ldns_dname_compare(ldns_rr_owner(question), ldns_rr_owner(ours)) == 0;
    }

    static bool isReplyTo(const Task *task, const ldns_pkt *reply)
    {
        // An answer to another query, or not an answer at all, is not this server's reply.
        return ldns_pkt_id(reply) == ldns_pkt_id(task->query.get()) && ldns_pkt_qr(reply);
    }

    void askOverTcp(Task *task)
    {
        m_tcp.start([this, task] {
            TcpResult result;
            result.task = task;
            const ResolverPtr resolver = makeLdnsResolver(task->settings, task->settings.servers.at(task->server));
            if (resolver)
                result.status = ldns_resolver_send_pkt(&result.reply, resolver.get(), task->query.get());
            {
                QMutexLocker lock(&m_mutex);
                m_tcpDone.append(result);
            }
            wake();
        });
    }

    void afterTcp(const TcpResult &r)
    {
        PacketPtr reply(r.reply);
        if (r.status == LDNS_STATUS_OK && reply) {
            if (!isReplyTo(r.task, reply.get()))
                return finish(r.task, DnsStatus::OtherError);
            return interpret(r.task, reply.get());
        }
        if (!isNetworkFailure(r.status))
            return finish(r.task, DnsStatus::OtherError);
        next(r.task);
    }

    // What the reply says of the current name: an answer, a CNAME to follow in this packet or
    // in another query, or nothing.
    void interpret(Task *task, const ldns_pkt *reply)
    {
        DnsAnswer &answer = task->answer;
        answer.rcode = ldns_pkt_get_rcode(reply);
        task->allSecure = task->allSecure && ldns_pkt_ad(reply);
        answer.secure = task->allSecure;

        QList<DnsRecord> section;
        const ldns_rr_list *answers = ldns_pkt_answer(reply);
        const size_t count = answers ? ldns_rr_list_rr_count(answers) : 0;
        for (size_t i = 0; i < count; ++i) {
            if (const auto record = LdnsConvert::record(ldns_rr_list_rr(answers, i)))
                section.append(*record);
        }

        // Follow the chain through the answer section (RFC 1034 §3.6.2).
        const DnsType type = answer.question.type;
        bool chainGrew = false;
        for (;;) {
            QList<DnsRecord> matching;
            const DnsRecord *cname = nullptr;
            for (const DnsRecord &record : section) {
                if (record.owner != task->current)
                    continue;
                if (record.type == type)
                    matching.append(record);
                else if (record.type == DnsType::CNAME && !cname)
                    cname = &record;
            }
            if (!matching.isEmpty()) {
                answer.records = matching;
                break;
            }
            if (!cname || type == DnsType::CNAME)
                break;
            if (task->seen.contains(cname->target) || answer.cnameChain.size() >= MaxCnameChain) {
                answer.rcode = LDNS_RCODE_SERVFAIL; // a CNAME loop: what a resolver reports
                return finish(task, DnsStatus::ServFail);
            }
            task->seen.insert(cname->target);
            answer.cnameChain.append(cname->target);
            task->current = cname->target;
            chainGrew = true;
        }

        const DnsStatus status = statusOfRcode(answer.rcode);
        if (status != DnsStatus::NoError)
            return finish(task, status);
        if (!answer.records.isEmpty())
            return finish(task, DnsStatus::NoError);

        // An authoritative server answers a CNAME whose target lies outside its zones with the
        // CNAME alone and no SOA; a recursive resolver would go on, so do we.
        bool hasSoa = false;
        const ldns_rr_list *authority = ldns_pkt_authority(reply);
        const size_t authorityCount = authority ? ldns_rr_list_rr_count(authority) : 0;
        for (size_t i = 0; i < authorityCount; ++i)
            hasSoa = hasSoa || ldns_rr_get_type(ldns_rr_list_rr(authority, i)) == LDNS_RR_TYPE_SOA;
        if (!chainGrew || hasSoa)
            return finish(task, DnsStatus::NoData);
        beginRound(task);
    }

    void finish(Task *task, DnsStatus status)
    {
        leaveChannel(task);
        task->answer.status = status;
        task->answer.elapsedMs = task->timer.isValid() ? task->timer.elapsed() : 0;
        limitAnswerSize(task->answer);
        if (task->delivery)
            task->delivery->deliver(task->answer);
        else
            task->direct(task->answer);
        delete task;
    }

    const int m_wake;
    const int m_epoll;
    std::thread m_thread;
    QThreadPool m_tcp;
    std::atomic<int> m_tcpFallbacks{0};
    QSet<Task *> m_onWire;              // UDP attempts waiting for their answer (the loop's)
    // The same attempts by deadline: the loop's next wake-up and the attempts that ran out are
    // found at the front, not by walking every question on the wire at each answer.
    std::set<std::pair<qint64, Task *>> m_deadlines;
    QHash<QString, QList<Channel *>> m_channels; // by server, "HOST:PORT"
    QList<Channel *> m_closing;
    std::array<uint8_t, 65536> m_buffer; // one datagram, the largest UDP can carry
    std::vector<quint32> m_ids;          // random query IDs not used yet

    QMutex m_mutex;
    bool m_shuttingDown = false;
    QList<Task *> m_incoming;
    QList<TcpResult> m_tcpDone;
};

// ---------------------------------------------------------------------------------------------

LdnsResolver::LdnsResolver()
    : LdnsResolver(systemServers())
{}

LdnsResolver::LdnsResolver(const QStringList &servers)
{
    for (const QString &entry : servers) {
        if (const auto server = parseServer(entry))
            m_settings.servers.append(*server);
    }
    m_engine = std::make_unique<Engine>();
}

LdnsResolver::~LdnsResolver() = default;

Result<int> LdnsResolver::setServers(const QStringList &servers)
{
    QList<Server> parsed;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const auto server = parseServer(servers.at(i));
        if (!server)
            return ParseError{QStringLiteral("dns.server.invalid"), int(i + 1), 0, -1};
        parsed.append(*server);
    }
    QMutexLocker lock(&m_mutex);
    m_settings.servers = parsed;
    return int(parsed.size());
}

QStringList LdnsResolver::servers() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const Server &server : m_settings.servers)
        out.append(serverText(server));
    return out;
}

void LdnsResolver::setTimeoutMs(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_settings.timeoutMs = qMax(1, milliseconds);
}

int LdnsResolver::timeoutMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.timeoutMs;
}

void LdnsResolver::setTries(int tries)
{
    QMutexLocker lock(&m_mutex);
    m_settings.tries = qBound(1, tries, 20);
}

int LdnsResolver::tries() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.tries;
}

void LdnsResolver::setUdpBufferSize(quint16 octets)
{
    QMutexLocker lock(&m_mutex);
    m_settings.udpBufferSize = qMax<quint16>(512, octets);
}

quint16 LdnsResolver::udpBufferSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.udpBufferSize;
}

int LdnsResolver::tcpFallbacks() const
{
    return m_engine->tcpFallbacks();
}

QStringList LdnsResolver::systemServers(const QString &resolvConf)
{
    QStringList out;
    ldns_resolver *raw = nullptr;
    if (ldns_resolver_new_frm_file(&raw, QFile::encodeName(resolvConf).constData()) != LDNS_STATUS_OK
        || !raw)
        return out;
    ResolverPtr resolver(raw);
    ldns_rdf **nameservers = ldns_resolver_nameservers(resolver.get());
    const size_t count = ldns_resolver_nameserver_count(resolver.get());
    for (size_t i = 0; i < count; ++i) {
        Server server;
        server.host = LdnsConvert::takeString(ldns_rdf2str(nameservers[i]));
        server.port = ldns_resolver_port(resolver.get());
        server.ipv6 = ldns_rdf_get_type(nameservers[i]) == LDNS_RDF_TYPE_AAAA;
        if (!server.host.isEmpty())
            out.append(serverText(server));
    }
    return out;
}

QString LdnsResolver::description() const
{
    const QStringList list = servers();
    return QStringLiteral("live DNS (%1)")
        .arg(list.isEmpty() ? QStringLiteral("no server") : list.join(QStringLiteral(", ")));
}

void LdnsResolver::resolve(const DnsQuestion &question, QObject *context, Callback callback)
{
    if (context)
        ask(question, new AnswerDelivery(context, std::move(callback)), nullptr);
}

void LdnsResolver::resolveAnywhere(const DnsQuestion &question, QObject *context, Callback callback)
{
    if (context)
        ask(question, nullptr, std::move(callback));
}

void LdnsResolver::ask(const DnsQuestion &question, AnswerDelivery *delivery, Callback direct)
{
    auto *task = new Task;
    task->delivery = delivery;
    task->direct = std::move(direct);
    task->answer.question = question;
    task->answer.source = QStringLiteral("live");
    {
        QMutexLocker lock(&m_mutex);
        task->settings = m_settings;
    }
    m_engine->submit(task);
}

} // namespace kensa
