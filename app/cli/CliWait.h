#pragma once

#include "core/dns/Resolver.h"

#include <QList>

#include <functional>

class QObject;

namespace kensa {

// The command line's one way to wait for asynchronous work other than an analysis (check_host(),
// the answers to a list of DNS questions): run the event loop until the work says it is done or a
// time limit passes. An analysis is waited for by Analyzer::analyze(), for the CLI and the tests
// alike. The GUI never waits; it takes the signals instead.
class CliWait
{
public:
    using Done = std::function<void()>;
    using Start = std::function<void(QObject *context, const Done &done)>;

    // Calls start() with a context for the work's callbacks and done(), which the work calls
    // once when it has finished, possibly before start() returns. timeoutMs 0 waits without a
    // limit. False when the time ran out; callbacks on the context are dropped with it.
    static bool until(const Start &start, int timeoutMs = 0);

    // Asks every question and waits for all the answers, each handed to onAnswer as it arrives.
    static bool forAnswers(Resolver &resolver,
        const QList<DnsQuestion> &questions,
        const std::function<void(const DnsAnswer &)> &onAnswer,
        int timeoutMs);
};

} // namespace kensa
