#pragma once

#include "core/dns/Resolver.h"

#include <QString>
#include <QStringList>

namespace kensa {

// Throughput of DKIM verification over a folder of messages, single-threaded, beside the bound
// that OpenSSL's own primitives set for the same work on this machine (the operations
// `openssl speed sha256 rsa2048 ed25519` times). Not a test: a measurement for the issue notes.
class DkimBenchmark
{
public:
    struct Figures
    {
        int messages = 0;
        int signatures = 0;
        int passed = 0;
        qint64 bodyBytesHashed = 0;
        int rsaVerifications = 0;
        int ed25519Verifications = 0;
        double seconds = 0;
        double messagesPerSecond = 0;
        // The bound: SHA-256 of the hashed bytes plus the signature verifications, at the rates
        // measured just before the run.
        double sha256BytesPerSecond = 0;
        double rsaVerifyPerSecond = 0;
        double ed25519VerifyPerSecond = 0;
        double boundMessagesPerSecond = 0;
        QStringList problems; // files that could not be read, signatures that did not pass
    };

    // Verifies every *.eml below `folder` (in manifest.json order when present). Keys come from
    // `resolver`; each distinct key is asked once before the clock starts, as batch work would
    // through the cache.
    static Figures run(const QString &folder, Resolver &resolver);
    static QString format(const Figures &figures);
};

} // namespace kensa
