#pragma once

#include "core/dns/Resolver.h"
#include "core/base/Result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace kensa {

// Asks real DNS servers (DESIGN.md "DNS"): ldns builds and reads the packets, and one thread of
// the resolver's own keeps every question's UDP exchange in one epoll loop, so a batch's
// hundreds of questions on the wire cost no thread each. Answers are queued back to the thread of
// the caller's context. Per server: `tries` UDP attempts of `timeoutMs` each, each with a fresh
// random ID on one of a few connected sockets that are replaced after some use (so the source
// port keeps changing), EDNS0 with the DO bit and a 1232-octet buffer (the DNS Flag Day 2020
// size); a truncated (TC) answer is asked again over TCP, on a small thread pool. Servers are
// tried in order until one answers. `secure` is the AD bit, so it means something only when the
// server is a validating resolver the user trusts.
class LdnsResolver : public Resolver
{
public:
    static constexpr int DefaultTimeoutMs = 3000;
    static constexpr int DefaultTries = 2;
    static constexpr quint16 DefaultUdpBufferSize = 1232;

    // The servers of /etc/resolv.conf.
    LdnsResolver();
    // "HOST[:PORT]" entries: "192.0.2.53", "192.0.2.53:5353", "2001:db8::53", "[2001:db8::53]:5353".
    // Entries that are not IP literals are left out (setServers() reports them).
    explicit LdnsResolver(const QStringList &servers);
    ~LdnsResolver() override;

    LdnsResolver(const LdnsResolver &) = delete;
    LdnsResolver &operator=(const LdnsResolver &) = delete;

    // Replaces the server list; on a bad entry the list stays as it was and the error's line is
    // the 1-based index of the entry. Returns the number of servers.
    Result<int> setServers(const QStringList &servers);
    QStringList servers() const; // "HOST:PORT", IPv6 hosts in brackets

    void setTimeoutMs(int milliseconds); // per attempt, at least 1
    int timeoutMs() const;
    void setTries(int tries); // UDP attempts per server, 1..20
    int tries() const;
    void setUdpBufferSize(quint16 octets); // EDNS0 payload size advertised, at least 512
    quint16 udpBufferSize() const;

    // Answers that arrived truncated over UDP and were asked again over TCP.
    int tcpFallbacks() const;

    // The nameservers of a resolv.conf file, as "HOST:PORT".
    static QStringList systemServers(const QString &resolvConf = QStringLiteral("/etc/resolv.conf"));

    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override;
    // The callback runs on the resolver's thread.
    void resolveAnywhere(const DnsQuestion &question, QObject *context, Callback callback) override;
    QString description() const override;

    struct Server
    {
        QByteArray host; // an IPv4 or IPv6 literal
        quint16 port = 53;
        bool ipv6 = false;
    };
    struct Settings
    {
        QList<Server> servers;
        int timeoutMs = DefaultTimeoutMs;
        int tries = DefaultTries;
        quint16 udpBufferSize = DefaultUdpBufferSize;
    };
private:
    class Engine; // the thread that keeps the exchanges

    void ask(const DnsQuestion &question, AnswerDelivery *delivery, Callback direct);

    mutable QMutex m_mutex;
    Settings m_settings;
    std::unique_ptr<Engine> m_engine;
};


} // namespace kensa
