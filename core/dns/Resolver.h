#pragma once

#include "core/dns/DnsTypes.h"

#include <QObject>

#include <functional>

namespace kensa {

// The one way Kensa asks DNS (DESIGN.md "DNS"). Asynchronous: resolve() returns at once and the
// callback runs later on the thread of `context` (queued), never inside resolve() itself, and
// never after `context` is destroyed. Every question gets exactly one answer, possibly Timeout.
class Resolver
{
public:
    using Callback = std::function<void(const DnsAnswer &)>;

    virtual ~Resolver() = default;
    virtual void resolve(const DnsQuestion &question, QObject *context, Callback callback) = 0;
    // A short description for the report: "live DNS (127.0.0.1:53)", "zone files (2)".
    virtual QString description() const = 0;
};

} // namespace kensa
