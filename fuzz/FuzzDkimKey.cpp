// The DKIM key record parser (RFC 6376 §3.6.1) on one TXT record, joined, as DkimSignatureCheck
// hands it over; parse() itself, not the cache, so each input is parsed afresh.

#include "FuzzSupport.h"

#include "core/auth/dkim/DkimKey.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const DkimKey key = DkimKey::parse(fuzz::bytes(data, size));
    if (key.isUsable()) {
        (void)key.typeName();
        (void)key.bits();
        (void)key.allowsHash("sha256");
        (void)key.allowsHash("sha1");
    }
    return 0;
}
