// The receiver-verdict decoders (Microsoft, Google, Apple, Yahoo, SpamAssassin, rspamd, the
// Japanese ISPs' fields and subject tags) on a whole header block, read as the analyser reads
// them: Received fields on the hop timeline for the trust boundary, then ReceiverFields::read
// with the built-in catalogue. The token splitters of the Microsoft and Google fields also run
// on the raw input.

#include "FuzzSupport.h"

#include "core/hops/HopTimeline.h"
#include "core/hops/ReceivedParser.h"
#include "core/message/Message.h"
#include "core/net/OrganizationalDomain.h"
#include "core/receiver/GoogleFields.h"
#include "core/receiver/MicrosoftFields.h"
#include "core/receiver/ReceiverFields.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray bytes = fuzz::bytes(data, size);
    const Message message = Message::parse(bytes);
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    const HopTimeline hops = HopTimeline::build(ReceivedParser::parseAll(message), {}, {},
        [&psl](const QString &host) { return psl.of(host); });
    (void)ReceiverFields::read(message, hops);

    const QString text = QString::fromUtf8(bytes.left(4096));
    (void)MicrosoftFields::splitTokens(text);
    (void)GoogleFields::parseReceivedSpf(text);
    return 0;
}
