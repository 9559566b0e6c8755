#pragma once

#include "core/dns/Resolver.h"
#include "core/base/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace kensa {

class CachingResolver;

// Where DNS answers come from, as the user set it (kensa-cli options, the GUI's settings), and
// the resolver chain built from it (DESIGN.md "DNS"):
//
//   CachingResolver -> ZoneResolver (the zone files, when any) -> LdnsResolver (unless offline)
//
// Offline, no query ever leaves the machine: names outside every loaded zone answer
// NotInSnapshot, and the checks that need them say they could not be verified offline.
struct DnsConfig
{
    QStringList servers;          // "HOST[:PORT]"; empty = the servers of /etc/resolv.conf
    int timeoutMs = 3000;         // per attempt
    int tries = 2;                // UDP attempts per server
    QStringList zoneFiles;        // master-format zones, record sets or Kensa snapshots
    // Zones held in memory (a bundled sample's keys): name for messages, then the text.
    QList<QPair<QString, QByteArray>> zoneTexts;
    bool offline = false;

    // A one-line account for the report and the status bar: "live DNS (192.0.2.53:53)",
    // "offline: 2 zone files".
    QString describe() const;
};

struct ResolverChain
{
    std::shared_ptr<Resolver> resolver;     // what the Analyzer asks
    std::shared_ptr<CachingResolver> cache; // the same object, to clear between batches
};

// Why a configuration could not be built: the explanation key (dns.server.invalid,
// dns.zone.*), the entry it concerns (a server or a zone file) and the line in that file.
struct DnsConfigError
{
    ParseError error;
    QString subject;
};

class DnsSetup
{
public:
    // Builds the chain; loads every zone file (all errors are fatal, so a typo never silently
    // sends questions to live DNS).
    static std::variant<ResolverChain, DnsConfigError> build(const DnsConfig &config);
};

} // namespace kensa
