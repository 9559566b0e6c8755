#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A UDP socket on 127.0.0.1, on a port of its own, for the DNS tests: a server that never
// answers as it is, or the socket of a test server that answers as it likes (m_fd).
class LoopbackUdp
{
public:
    LoopbackUdp()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackUdp()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LoopbackUdp(const LoopbackUdp &) = delete;
    LoopbackUdp &operator=(const LoopbackUdp &) = delete;

    // 0 when no socket could be bound.
    quint16 port() const { return m_port; }

    // The datagrams that arrived so far, read without waiting (so taken off the socket).
    QList<QByteArray> receive()
    {
        QList<QByteArray> out;
        char buffer[4096];
        for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;)
            out.append(QByteArray(buffer, qsizetype(n)));
        return out;
    }

    // The question name of a DNS query, in lower case, without the final dot.
    static QString questionName(const QByteArray &query)
    {
        QStringList labels;
        for (qsizetype at = 12; at < query.size() && query.at(at) != 0;) {
            const qsizetype length = quint8(query.at(at));
            if (length > 63 || at + 1 + length > query.size())
                break;
            labels << QString::fromLatin1(query.mid(at + 1, length));
            at += 1 + length;
        }
        return labels.join(u'.').toLower();
    }

protected:
    int m_fd = -1;
    quint16 m_port = 0;
};
