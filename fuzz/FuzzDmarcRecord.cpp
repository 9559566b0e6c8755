// The DMARC record parser (RFC 9989 / RFC 7489 §6.3) on one TXT record, as DmarcEvaluator
// hands it over after its looksLikeDmarc check.

#include "FuzzSupport.h"

#include "core/auth/dmarc/DmarcRecord.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray text = fuzz::bytes(data, size);
    if (DmarcRecord::looksLikeDmarc(text))
        (void)DmarcRecord::parse(text);
    return 0;
}
