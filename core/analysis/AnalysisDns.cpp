#include "core/analysis/AnalysisDns.h"

#include "core/dns/CachingResolver.h"
#include "core/dns/DnsTranscript.h"

namespace kensa {

std::variant<std::shared_ptr<Resolver>, DnsConfigError> AnalysisDns::resolver(
    const DnsConfig &config, ResolverChain &chain)
{
    if (!chain.resolver) {
        auto built = DnsSetup::build(config);
        if (auto *bad = std::get_if<DnsConfigError>(&built))
            return std::move(*bad);
        chain = std::get<ResolverChain>(std::move(built));
    }
    chain.cache->clear();
    return chain.resolver;
}

QString AnalysisDns::snapshot(const QList<DnsAnswer> &answers, const QDateTime &created)
{
    return DnsTranscript::toZoneFile(answers, created);
}

} // namespace kensa
