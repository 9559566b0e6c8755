#pragma once

#include <QByteArray>

#include <optional>

namespace kensa {

// Domain names as the resolvers, the cache and the transcript key them.
class DnsName
{
public:
    // Lower case, without the trailing dot; the root is "".
    static QByteArray normalized(const QByteArray &name);
    // The name as ldns prints it after parsing (escapes made uniform), normalised; nullopt when
    // the text is not a valid domain name.
    static std::optional<QByteArray> canonical(const QByteArray &name);
};

} // namespace kensa
