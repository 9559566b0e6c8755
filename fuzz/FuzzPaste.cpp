// PasteNormalizer::normalize as the analyser calls it, for a file and for a paste (the first
// byte chooses), then Message::parse of the result, as InputLoader and the analyser do.

#include "FuzzSupport.h"

#include "core/input/PasteNormalizer.h"
#include "core/message/Message.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    if (size == 0)
        return 0;
    const auto origin = (data[0] & 1) ? PasteNormalizer::Origin::Paste : PasteNormalizer::Origin::File;
    const NormalizedInput normalized = PasteNormalizer::normalize(fuzz::bytes(data + 1, size - 1), origin);
    Message message = Message::parse(normalized.bytes);
    if (origin == PasteNormalizer::Origin::Paste)
        message.treatEmptyBodyAsAbsent();
    return 0;
}
