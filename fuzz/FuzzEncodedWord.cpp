// The RFC 2047 decoder on one unfolded field value (Subject, display names, parameters).

#include "FuzzSupport.h"

#include "core/message/EncodedWordDecoder.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray value = fuzz::bytes(data, size);
    const EncodedWordDecoder::Output out = EncodedWordDecoder::decode(value);
    (void)out.text.toUtf8();
    return 0;
}
