#pragma once

#include "core/dns/DnsConfig.h"
#include "core/dns/DnsTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace kensa {

// The DNS around an analysis, for callers that do not reach into core/dns (the GUI): the
// resolver built from the user's settings, and a report's answers as a snapshot to load later.
class AnalysisDns
{
public:
    // The resolver for the next analysis. `chain` is built from `config` when it is empty, and
    // kept by the caller across analyses; its cache is emptied here, so that the report's
    // transcript holds every answer the analysis used.
    static std::variant<std::shared_ptr<Resolver>, DnsConfigError> resolver(const DnsConfig &config,
                                                                            ResolverChain &chain);

    // The answers as a master-format zone file (a DNS snapshot), stamped with `created`.
    static QString snapshot(const QList<DnsAnswer> &answers, const QDateTime &created);
};

} // namespace kensa
