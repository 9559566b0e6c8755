// The Received parser: one field from the input (as the parser's tests build it), then the
// input as a header block (further "Received:" lines add hops) parsed with parseAll and put
// on the hop timeline as the analyser does, with the delays between neighbouring hops.

#include "FuzzSupport.h"

#include "core/hops/HopTimeline.h"
#include "core/hops/ReceivedParser.h"
#include "core/message/Message.h"
#include "core/net/OrganizationalDomain.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray value = fuzz::bytes(data, size);
    const ReceivedHop one = ReceivedParser::parse(fuzz::field("Received", value));
    (void)ReceivedParser::canonicalTlsVersion(one.tlsVersion);

    const Message message = Message::parse("Received:" + value + "\r\n\r\n");
    const QList<ReceivedHop> hops = ReceivedParser::parseAll(message);
    for (qsizetype i = 1; i < hops.size(); ++i)
        (void)ReceivedParser::delaySeconds(hops.at(i), hops.at(i - 1));
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    (void)HopTimeline::build(hops, QStringLiteral("example.net"), {},
        [&psl](const QString &host) { return psl.of(host); }, {QStringLiteral("example.net")});
    return 0;
}
