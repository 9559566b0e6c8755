// The Authentication-Results parser: the input is a header block (the first byte chooses
// Authentication-Results or ARC-Authentication-Results for the first field, further fields
// may follow), parsed with parseAll as the analyser does (trust through the Public Suffix
// List, the lowest Received's by-host), and the client IP read from each field.

#include "FuzzSupport.h"

#include "core/auth/results/AuthResultsParser.h"
#include "core/hops/ReceivedParser.h"
#include "core/message/Message.h"
#include "core/net/OrganizationalDomain.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    if (size == 0)
        return 0;
    const QByteArray name = (data[0] & 1) ? "ARC-Authentication-Results" : "Authentication-Results";
    const QByteArray value = fuzz::bytes(data + 1, size - 1);
    // One field straight from its unfolded value, as the parser's own entry point takes it.
    (void)AuthResultsParser::parse(fuzz::field(name, value));

    const Message message = Message::parse(name + ':' + value + "\r\n\r\n");
    const QList<ReceivedHop> received = ReceivedParser::parseAll(message);
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    const QList<AuthResultsField> fields = AuthResultsParser::parseAll(message, {},
        [&psl](const QString &host) { return psl.of(host); },
        received.isEmpty() ? QString() : received.last().by);
    for (const AuthResultsField &f : fields)
        (void)AuthResultsParser::clientIp(f);
    return 0;
}
