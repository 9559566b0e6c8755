#include "core/dns/LdnsResolver.h"

#include "core/base/Limits.h"

#include "core/dns/DnsName.h"
#include "core/dns/LdnsConvert.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <ldns/ldns.h>

#include <sys/time.h>

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

// What one server said to one query.
struct Exchange
{
    enum class Outcome { Answered, NoAnswer, Malformed };
    Outcome outcome = Outcome::NoAnswer;
    ldns_pkt *reply = nullptr;
    QString server;
};

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

} // namespace

struct LdnsResolver::Shared
{
    std::atomic<int> tcpFallbacks{0};
    std::atomic<bool> shuttingDown{false};
};

// ---------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------

LdnsResolver::LdnsResolver()
    : LdnsResolver(systemServers())
{}

LdnsResolver::LdnsResolver(const QStringList &servers)
    : m_shared(std::make_shared<Shared>())
    , m_pool(std::make_unique<QThreadPool>())
{
    for (const QString &entry : servers) {
        if (const auto server = parseServer(entry))
            m_settings.servers.append(*server);
    }
    // Each thread blocks in select() on one query: the threads are the questions on the wire.
    m_pool->setMaxThreadCount(Limits::MaxDnsQueriesInFlight);
}

LdnsResolver::~LdnsResolver()
{
    // Queued questions answer Timeout at once; the ones on the wire finish within their timeout.
    m_shared->shuttingDown = true;
    m_pool->waitForDone();
}

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
    return m_shared->tcpFallbacks.load();
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
    if (!context)
        return;
    auto *delivery = new AnswerDelivery(context, std::move(callback));
    Settings settings;
    {
        QMutexLocker lock(&m_mutex);
        settings = m_settings;
    }
    std::shared_ptr<Shared> shared = m_shared;
    m_pool->start([delivery, settings, question, shared] {
        if (shared->shuttingDown) {
            DnsAnswer answer;
            answer.question = question;
            answer.status = DnsStatus::Timeout;
            answer.source = QStringLiteral("live");
            delivery->deliver(answer);
            return;
        }
        delivery->deliver(query(settings, question, *shared));
    });
}

namespace {

Exchange exchange(const LdnsResolver::Settings &settings,
                  const ldns_rdf *name,
                  ldns_rr_type type,
                  std::atomic<int> &tcpFallbacks)
{
    Exchange result;
    for (const LdnsResolver::Server &server : settings.servers) {
        result.server = serverText(server);
        ResolverPtr resolver(ldns_resolver_new());
        RdfPtr address(ldns_rdf_new_frm_str(server.ipv6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A,
                                            server.host.constData()));
        if (!resolver || !address
            || ldns_resolver_push_nameserver(resolver.get(), address.get()) != LDNS_STATUS_OK)
            continue;
        ldns_resolver *r = resolver.get();
        ldns_resolver_set_port(r, server.port);
        timeval timeout{};
        timeout.tv_sec = settings.timeoutMs / 1000;
        timeout.tv_usec = (settings.timeoutMs % 1000) * 1000;
        ldns_resolver_set_timeout(r, timeout);
        ldns_resolver_set_retry(r, uint8_t(settings.tries));
        ldns_resolver_set_recursive(r, true);
        ldns_resolver_set_defnames(r, false);
        ldns_resolver_set_dnsrch(r, false);
        ldns_resolver_set_random(r, false);
        ldns_resolver_set_fail(r, false);
        // RFC 6891 §6.1.1 / RFC 3225: EDNS0 with the DO bit; the buffer size keeps UDP answers
        // below the fragmentation limit, so long TXT sets come truncated and go to TCP below.
        ldns_resolver_set_dnssec(r, true);
        ldns_resolver_set_edns_udp_size(r, settings.udpBufferSize);
        // ldns would first retry over UDP with a 4096-octet buffer; the TCP retry is ours.
        ldns_resolver_set_fallback(r, false);
        ldns_resolver_set_usevc(r, false);

        ldns_pkt *rawQuery = nullptr;
        if (ldns_resolver_prepare_query_pkt(&rawQuery, r, name, type, LDNS_RR_CLASS_IN, LDNS_RD)
                != LDNS_STATUS_OK
            || !rawQuery) {
            result.outcome = Exchange::Outcome::Malformed;
            return result;
        }
        PacketPtr query(rawQuery);
        // ldns seeds random() from the clock for the ID; take it from the system's generator.
        ldns_pkt_set_id(query.get(), quint16(QRandomGenerator::system()->generate()));

        ldns_pkt *rawReply = nullptr;
        ldns_status status = ldns_resolver_send_pkt(&rawReply, r, query.get());
        PacketPtr reply(rawReply);
        // RFC 7766 §5 / RFC 1035 §4.2.1: a truncated UDP answer is asked again over TCP.
        if (status == LDNS_STATUS_OK && reply && ldns_pkt_tc(reply.get())) {
            ++tcpFallbacks;
            ldns_resolver_set_usevc(r, true);
            rawReply = nullptr;
            status = ldns_resolver_send_pkt(&rawReply, r, query.get());
            reply.reset(rawReply);
        }
        if (status == LDNS_STATUS_OK && reply) {
            // An answer to another query, or not an answer at all, is not this server's reply.
            if (ldns_pkt_id(reply.get()) != ldns_pkt_id(query.get()) || !ldns_pkt_qr(reply.get())) {
                result.outcome = Exchange::Outcome::Malformed;
                return result;
            }
            result.outcome = Exchange::Outcome::Answered;
            result.reply = reply.release();
            return result;
        }
        if (!isNetworkFailure(status)) {
            // The bytes came back but did not parse: a malformed packet.
            result.outcome = Exchange::Outcome::Malformed;
            return result;
        }
    }
    result.outcome = Exchange::Outcome::NoAnswer;
    return result;
}

} // namespace

DnsAnswer LdnsResolver::query(const Settings &settings, const DnsQuestion &question, Shared &shared)
{
    QElapsedTimer timer;
    timer.start();
    DnsAnswer answer;
    answer.question = question;
    answer.source = QStringLiteral("live");
    auto finish = [&](DnsStatus status) {
        answer.status = status;
        answer.elapsedMs = timer.elapsed();
        limitAnswerSize(answer);
        return answer;
    };

    if (settings.servers.isEmpty())
        return finish(DnsStatus::OtherError);

    QByteArray current = DnsName::normalized(question.name);
    QSet<QByteArray> seen{current};
    bool allSecure = true;
    for (int round = 0; round < MaxChaseQueries; ++round) {
        RdfPtr name(ldns_dname_new_frm_str(current.isEmpty() ? "." : (current + '.').constData()));
        if (!name)
            return finish(DnsStatus::OtherError);
        const Exchange ex = exchange(settings, name.get(), ldns_rr_type(question.type), shared.tcpFallbacks);
        answer.server = ex.server;
        if (ex.outcome == Exchange::Outcome::NoAnswer)
            return finish(DnsStatus::Timeout);
        if (ex.outcome == Exchange::Outcome::Malformed)
            return finish(DnsStatus::OtherError);
        PacketPtr reply(ex.reply);

        answer.rcode = ldns_pkt_get_rcode(reply.get());
        allSecure = allSecure && ldns_pkt_ad(reply.get());
        answer.secure = allSecure;

        QList<DnsRecord> section;
        const ldns_rr_list *answers = ldns_pkt_answer(reply.get());
        const size_t count = answers ? ldns_rr_list_rr_count(answers) : 0;
        for (size_t i = 0; i < count; ++i) {
            if (const auto record = LdnsConvert::record(ldns_rr_list_rr(answers, i)))
                section.append(*record);
        }

        // Follow the chain through the answer section (RFC 1034 §3.6.2).
        bool chainGrew = false;
        for (;;) {
            QList<DnsRecord> matching;
            const DnsRecord *cname = nullptr;
            for (const DnsRecord &record : section) {
                if (record.owner != current)
                    continue;
                if (record.type == question.type)
                    matching.append(record);
                else if (record.type == DnsType::CNAME && !cname)
                    cname = &record;
            }
            if (!matching.isEmpty()) {
                answer.records = matching;
                break;
            }
            if (!cname || question.type == DnsType::CNAME)
                break;
            if (seen.contains(cname->target) || answer.cnameChain.size() >= MaxCnameChain) {
                answer.rcode = LDNS_RCODE_SERVFAIL; // a CNAME loop: what a resolver reports
                return finish(DnsStatus::ServFail);
            }
            seen.insert(cname->target);
            answer.cnameChain.append(cname->target);
            current = cname->target;
            chainGrew = true;
        }

        const DnsStatus status = statusOfRcode(answer.rcode);
        if (status != DnsStatus::NoError)
            return finish(status);
        if (!answer.records.isEmpty())
            return finish(DnsStatus::NoError);

        // An authoritative server answers a CNAME whose target lies outside its zones with the
        // CNAME alone and no SOA; a recursive resolver would go on, so do we.
        bool hasSoa = false;
        const ldns_rr_list *authority = ldns_pkt_authority(reply.get());
        const size_t authorityCount = authority ? ldns_rr_list_rr_count(authority) : 0;
        for (size_t i = 0; i < authorityCount; ++i)
            hasSoa = hasSoa || ldns_rr_get_type(ldns_rr_list_rr(authority, i)) == LDNS_RR_TYPE_SOA;
        if (!chainGrew || hasSoa)
            return finish(DnsStatus::NoData);
    }
    return finish(DnsStatus::ServFail);
}

} // namespace kensa
