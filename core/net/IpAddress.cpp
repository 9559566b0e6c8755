#include "core/net/IpAddress.h"

#include <QList>

#include <algorithm>

namespace kensa {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isDigitChar(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Address text is ASCII; anything else is not an address (an empty view fails every parser).
QByteArray ascii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return QByteArrayLiteral("!");
    }
    return s.toLatin1();
}

bool parseIpv4(QByteArrayView s, quint8 *out)
{
    int part = 0;
    qsizetype i = 0;
    while (part < 4) {
        const qsizetype start = i;
        int value = 0;
        while (i < s.size() && isDigit(s.at(i)) && i - start < 3) {
            value = value * 10 + (s.at(i) - '0');
            ++i;
        }
        const qsizetype digits = i - start;
        // Leading zeros are refused as inet_pton does: "010" would read as octal elsewhere.
        if (digits == 0 || value > 255 || (digits > 1 && s.at(start) == '0'))
            return false;
        out[part++] = quint8(value);
        if (part < 4) {
            if (i >= s.size() || s.at(i) != '.')
                return false;
            ++i;
        }
    }
    return i == s.size();
}

// Hex groups separated by ':' (no "::" inside); the last may be dotted IPv4 when allowed.
bool parseGroups(QByteArrayView s, QList<quint16> &groups, bool allowV4Tail)
{
    if (s.isEmpty())
        return true;
    qsizetype start = 0;
    while (start <= s.size()) {
        qsizetype colon = s.indexOf(':', start);
        if (colon < 0)
            colon = s.size();
        const QByteArrayView piece = s.sliced(start, colon - start);
        const bool last = colon == s.size();
        if (piece.isEmpty())
            return false;
        if (last && allowV4Tail && piece.contains('.')) {
            quint8 v4[4];
            if (!parseIpv4(piece, v4))
                return false;
            groups.append(quint16(v4[0] << 8 | v4[1]));
            groups.append(quint16(v4[2] << 8 | v4[3]));
        } else {
            if (piece.size() > 4)
                return false;
            int value = 0;
            for (const char c : piece) {
                const int h = hexValue(c);
                if (h < 0)
                    return false;
                value = value * 16 + h;
            }
            groups.append(quint16(value));
        }
        if (groups.size() > 8)
            return false;
        if (last)
            break;
        start = colon + 1;
    }
    return true;
}

bool parseIpv6(QByteArrayView s, quint8 *out)
{
    QList<quint16> head;
    QList<quint16> tail;
    const qsizetype dc = s.indexOf("::");
    if (dc >= 0) {
        if (s.indexOf("::", dc + 1) >= 0)
            return false;
        if (!parseGroups(s.first(dc), head, false) || !parseGroups(s.sliced(dc + 2), tail, true))
            return false;
        // RFC 4291 §2.2: "::" stands for one or more groups of zeros.
        if (head.size() + tail.size() > 7)
            return false;
    } else {
        if (!parseGroups(s, head, true) || head.size() != 8)
            return false;
    }
    std::array<quint16, 8> groups{};
    for (qsizetype i = 0; i < head.size(); ++i)
        groups[size_t(i)] = head.at(i);
    for (qsizetype i = 0; i < tail.size(); ++i)
        groups[size_t(8 - tail.size() + i)] = tail.at(i);
    for (size_t i = 0; i < 8; ++i) {
        out[2 * i] = quint8(groups[i] >> 8);
        out[2 * i + 1] = quint8(groups[i] & 0xff);
    }
    return true;
}

bool isZoneId(QStringView zone)
{
    if (zone.isEmpty() || zone.size() > 32)
        return false;
    for (const QChar c : zone) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_' && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

bool isPort(QStringView s)
{
    if (s.isEmpty() || s.size() > 5)
        return false;
    return std::all_of(s.begin(), s.end(), isDigitChar);
}

bool isV4MappedBytes(const std::array<quint8, 16> &bytes)
{
    for (size_t i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

QString formatIpv4(const quint8 *b)
{
    return QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
}

// RFC 5952 §4: lower case, no leading zeros, the longest run (first on a tie) of two or more
// zero groups as "::"; §5: IPv4-mapped addresses end in dotted decimal.
QString formatIpv6(const std::array<quint8, 16> &bytes)
{
    if (isV4MappedBytes(bytes))
        return QStringLiteral("::ffff:") + formatIpv4(bytes.data() + 12);
    std::array<int, 8> g{};
    for (size_t i = 0; i < 8; ++i)
        g[i] = bytes[2 * i] << 8 | bytes[2 * i + 1];
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8;) {
        if (g[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[size_t(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2)
        bestStart = -1;
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(g[size_t(i)], 16);
    }
    return out;
}

} // namespace

IpAddress IpAddress::parse(QStringView text)
{
    IpAddress ip;
    QStringView s = text.trimmed();
    bool bracketed = false;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return ip;
        const QStringView after = s.mid(close + 1);
        // "[192.0.2.1]:25" (Exim with port logging), "[192.0.2.1]." is not an address.
        if (!after.isEmpty() && !(after.startsWith(u':') && isPort(after.mid(1))))
            return ip;
        s = s.mid(1, close - 1).trimmed();
        bracketed = true;
    }
    // RFC 5321 §4.1.3: IPv6-address-literal = "IPv6:" IPv6-addr
    if (s.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        s = s.mid(5);
        ip.m_v6 = true;
    }
    const qsizetype percent = s.indexOf(u'%');
    if (percent >= 0) {
        if (!isZoneId(s.mid(percent + 1)))
            return ip;
        ip.m_zone = s.mid(percent + 1).toString();
        s = s.left(percent);
    }
    if (s.contains(u':')) {
        ip.m_v6 = true;
        if (parseIpv6(ascii(s), ip.m_bytes.data())) {
            ip.m_valid = true;
            return ip;
        }
        // "192.0.2.1:25" written without brackets.
        const qsizetype colon = s.indexOf(u':');
        if (!bracketed && ip.m_zone.isEmpty() && s.indexOf(u':', colon + 1) < 0
            && isPort(s.mid(colon + 1)) && parseIpv4(ascii(s.left(colon)), ip.m_bytes.data())) {
            ip.m_v6 = false;
            ip.m_valid = true;
        }
        return ip;
    }
    if (ip.m_v6 || !ip.m_zone.isEmpty())
        return ip;
    ip.m_valid = parseIpv4(ascii(s), ip.m_bytes.data());
    return ip;
}

std::optional<QByteArray> IpAddress::parseIp4(QByteArrayView text)
{
    std::array<quint8, 4> bytes{};
    if (!parseIpv4(text, bytes.data()))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), 4);
}

std::optional<QByteArray> IpAddress::parseIp6(QByteArrayView text)
{
    std::array<quint8, 16> bytes{};
    if (!text.contains(':') || !parseIpv6(text, bytes.data()))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), 16);
}

bool IpAddress::isV4Mapped() const
{
    return m_v6 && isV4MappedBytes(m_bytes);
}

QByteArray IpAddress::bytes() const
{
    if (!m_valid)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), m_v6 ? 16 : 4);
}

QString IpAddress::toString(bool unmapV4) const
{
    if (!m_valid)
        return {};
    if (!m_v6)
        return formatIpv4(m_bytes.data());
    if (unmapV4 && isV4Mapped() && m_zone.isEmpty())
        return formatIpv4(m_bytes.data() + 12);
    QString out = formatIpv6(m_bytes);
    if (!m_zone.isEmpty())
        out += u'%' + m_zone;
    return out;
}

QString IpAddress::normalize(QStringView text, bool unmapV4)
{
    return parse(text).toString(unmapV4);
}

IpScope IpAddress::scopeOf(QStringView ip)
{
    return parse(ip).scope();
}

bool IpAddress::isPrivate(QStringView ip)
{
    return scopeOf(ip) == IpScope::Private;
}

bool IpAddress::isLoopback(QStringView ip)
{
    return scopeOf(ip) == IpScope::Loopback;
}

bool IpAddress::isLinkLocal(QStringView ip)
{
    return scopeOf(ip) == IpScope::LinkLocal;
}

bool IpAddress::isCgnat(QStringView ip)
{
    return scopeOf(ip) == IpScope::Cgnat;
}

bool IpAddress::isDocumentation(QStringView ip)
{
    return scopeOf(ip) == IpScope::Documentation;
}

bool IpAddress::isPublic(QStringView ip)
{
    return scopeOf(ip) == IpScope::Public;
}

IpScope IpAddress::scope() const
{
    if (!m_valid)
        return IpScope::Invalid;
    const auto &b = m_bytes;
    if (!m_v6 || isV4Mapped()) {
        const quint8 *a = m_v6 ? b.data() + 12 : b.data();
        if (a[0] == 0)
            return IpScope::Unspecified;
        if (a[0] == 127)
            return IpScope::Loopback;
        // RFC 1918 §3
        if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168))
            return IpScope::Private;
        // RFC 6598 §7: 100.64.0.0/10
        if (a[0] == 100 && (a[1] & 0xc0) == 64)
            return IpScope::Cgnat;
        if (a[0] == 169 && a[1] == 254)
            return IpScope::LinkLocal;
        // RFC 5737 §3: TEST-NET-1, -2, -3
        if ((a[0] == 192 && a[1] == 0 && a[2] == 2) || (a[0] == 198 && a[1] == 51 && a[2] == 100)
            || (a[0] == 203 && a[1] == 0 && a[2] == 113))
            return IpScope::Documentation;
        // RFC 2544 §C.2.2: networks for benchmarking, never routed on the internet
        if (a[0] == 198 && (a[1] & 0xfe) == 18)
            return IpScope::Benchmarking;
        if ((a[0] & 0xf0) == 224)
            return IpScope::Multicast;
        // 240.0.0.0/4 (RFC 1112), 192.0.0.0/24 (RFC 6890)
        if ((a[0] & 0xf0) == 240 || (a[0] == 192 && a[1] == 0 && a[2] == 0))
            return IpScope::Reserved;
        return IpScope::Public;
    }
    bool allZero = true;
    for (size_t i = 0; i < 15; ++i)
        allZero = allZero && b[i] == 0;
    if (allZero && b[15] == 0)
        return IpScope::Unspecified;
    if (allZero && b[15] == 1)
        return IpScope::Loopback;
    if ((b[0] & 0xfe) == 0xfc) // RFC 4193
        return IpScope::Private;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // RFC 4291 §2.5.6
        return IpScope::LinkLocal;
    // RFC 3849: 2001:db8::/32; RFC 9637: 3fff::/20
    if ((b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        || (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0))
        return IpScope::Documentation;
    // RFC 5180 §8: 2001:2::/48 for benchmarking
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x02 && b[4] == 0 && b[5] == 0)
        return IpScope::Benchmarking;
    if (b[0] == 0xff)
        return IpScope::Multicast;
    return IpScope::Public;
}

QString ipScopeName(IpScope scope)
{
    switch (scope) {
    case IpScope::Invalid:
        return QStringLiteral("invalid");
    case IpScope::Public:
        return QStringLiteral("public");
    case IpScope::Unspecified:
        return QStringLiteral("unspecified");
    case IpScope::Loopback:
        return QStringLiteral("loopback");
    case IpScope::Private:
        return QStringLiteral("private");
    case IpScope::Cgnat:
        return QStringLiteral("cgnat");
    case IpScope::LinkLocal:
        return QStringLiteral("link_local");
    case IpScope::Documentation:
        return QStringLiteral("documentation");
    case IpScope::Benchmarking:
        return QStringLiteral("benchmarking");
    case IpScope::Multicast:
        return QStringLiteral("multicast");
    case IpScope::Reserved:
        return QStringLiteral("reserved");
    }
    return QStringLiteral("invalid");
}

} // namespace kensa
