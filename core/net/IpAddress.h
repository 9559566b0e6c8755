#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace kensa {

// What kind of address an IP is, for deciding which hop is the sender's connection.
enum class IpScope {
    Invalid, // not an IP address
    Public,
    Unspecified, // 0.0.0.0/8, ::
    Loopback, // 127.0.0.0/8, ::1
    Private, // RFC 1918, fc00::/7 (RFC 4193)
    Cgnat, // 100.64.0.0/10 (RFC 6598)
    LinkLocal, // 169.254.0.0/16, fe80::/10
    Documentation, // RFC 5737, 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637)
    Benchmarking, // 198.18.0.0/15 (RFC 2544), 2001:2::/48 (RFC 5180)
    Multicast, // 224.0.0.0/4, ff00::/8
    Reserved, // 240.0.0.0/4 (incl. 255.255.255.255), 192.0.0.0/24
};

QString ipScopeName(IpScope scope); // "invalid", "public", "private", ...

// An IPv4 or IPv6 address, read without QtNetwork (core/ links QtCore only). Two readings:
// the strict text forms of the RFCs (parseIp4/parseIp6: SPF, iprev, DNS answers), and the
// lenient one of Received fields (parse/normalize: brackets, "IPv6:", ports, zone indexes).
class IpAddress
{
public:
    IpAddress() = default;

    // An IP address in any form a Received field writes it: "192.0.2.1", "[192.0.2.1]",
    // "[192.0.2.1]:25", "IPv6:2001:DB8::1", "[IPv6:2001:db8:0:0::1]", "fe80::1%12".
    static IpAddress parse(QStringView text);

    // Addresses in network order (4 or 16 bytes); nullopt when not in the RFC's form (ip4: dotted
    // quad without leading zeros, RFC 7208 §5.6; ip6: RFC 4291 §2.2 text forms).
    static std::optional<QByteArray> parseIp4(QByteArrayView text);
    static std::optional<QByteArray> parseIp6(QByteArrayView text);

    // The normalised text of parse(text) (RFC 5952 §4 for IPv6, "::ffff:192.0.2.1" for
    // IPv4-mapped; with `unmapV4` the mapped address as plain IPv4), or an empty string when it
    // is not an address.
    static QString normalize(QStringView text, bool unmapV4 = false);
    static IpScope scopeOf(QStringView ip); // accepts what parse() accepts
    static bool isPrivate(QStringView ip); // RFC 1918, fc00::/7
    static bool isLoopback(QStringView ip); // 127.0.0.0/8, ::1
    static bool isLinkLocal(QStringView ip); // 169.254.0.0/16, fe80::/10
    static bool isCgnat(QStringView ip); // 100.64.0.0/10
    static bool isDocumentation(QStringView ip); // RFC 5737, RFC 3849, RFC 9637
    static bool isPublic(QStringView ip); // valid and none of the special scopes

    bool isValid() const { return m_valid; }
    bool isV6() const { return m_v6; }
    bool isV4Mapped() const; // ::ffff:a.b.c.d
    QString zone() const { return m_zone; } // IPv6 zone index ("12" of "%12")
    QByteArray bytes() const; // network order: 4 bytes for IPv4, 16 for IPv6, empty when invalid
    IpScope scope() const;
    QString toString(bool unmapV4 = false) const; // as normalize()

    bool operator==(const IpAddress &) const = default;

private:
    bool m_valid = false;
    bool m_v6 = false;
    std::array<quint8, 16> m_bytes{}; // IPv4 in the first four bytes
    QString m_zone;
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::IpScope)
