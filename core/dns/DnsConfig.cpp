#include "core/dns/DnsConfig.h"

#include "core/dns/CachingResolver.h"
#include "core/dns/LdnsResolver.h"
#include "core/dns/ZoneResolver.h"

#include <QFileInfo>

namespace kensa {

QString DnsConfig::describe() const
{
    QStringList parts;
    if (!zoneFiles.isEmpty() || !zoneTexts.isEmpty()) {
        QStringList names;
        for (const QString &file : zoneFiles)
            names << QFileInfo(file).fileName();
        for (const auto &zone : zoneTexts)
            names << zone.first;
        parts << QStringLiteral("zone files (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (offline)
        parts.prepend(QStringLiteral("offline"));
    else
        parts << QStringLiteral("live DNS (%1)")
                     .arg(servers.isEmpty() ? QStringLiteral("system resolver") : servers.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

std::variant<ResolverChain, DnsConfigError> DnsSetup::build(const DnsConfig &config)
{
    std::shared_ptr<Resolver> live;
    if (!config.offline) {
        auto ldns = std::make_shared<LdnsResolver>(QStringList{});
        const Result<int> servers = ldns->setServers(config.servers.isEmpty() ? LdnsResolver::systemServers()
                                                                               : config.servers);
        if (!servers) {
            const int index = servers.error().line - 1;
            const QString subject = index >= 0 && index < config.servers.size() ? config.servers.at(index) : QString();
            return DnsConfigError{ParseError{servers.error().key, 0, 0, -1}, subject};
        }
        ldns->setTimeoutMs(config.timeoutMs);
        ldns->setTries(config.tries);
        live = std::move(ldns);
    }

    std::shared_ptr<Resolver> upstream = live;
    if (!config.zoneFiles.isEmpty() || !config.zoneTexts.isEmpty() || config.offline) {
        auto zones = std::make_shared<ZoneResolver>(live);
        zones->setOffline(config.offline);
        for (const QString &file : config.zoneFiles) {
            const Result<int> loaded = zones->loadFile(file);
            if (!loaded)
                return DnsConfigError{loaded.error(), file};
        }
        for (const auto &[name, text] : config.zoneTexts) {
            const Result<int> loaded = zones->loadText(text, name);
            if (!loaded)
                return DnsConfigError{loaded.error(), name};
        }
        upstream = std::move(zones);
    }
    // Shared by every analysis run with this chain; each analysis marks the questions it asked
    // again itself (Analyzer), so answers keep their source here.
    auto cache = std::make_shared<CachingResolver>(upstream, CachingResolver::Sources::KeepSource);
    return ResolverChain{cache, cache};
}

} // namespace kensa
