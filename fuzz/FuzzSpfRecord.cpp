// The SPF record parser (RFC 7208 §4.5, §12) on one TXT record, and the macro-string and
// domain-spec checks on the same bytes (in a domain-spec and in an explanation).

#include "FuzzSupport.h"

#include "core/auth/spf/SpfRecord.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray text = fuzz::bytes(data, size);
    (void)SpfRecord::isSpfRecord(text);
    if (const Result<SpfRecord> record = SpfRecord::parse(text)) {
        for (const SpfTerm &term : record->mechanisms())
            (void)SpfTerm::kindName(term.kind);
    }
    (void)SpfRecord::macroStringError(text, false);
    (void)SpfRecord::macroStringError(text, true);
    (void)SpfRecord::isValidDomainSpec(text);
    return 0;
}
