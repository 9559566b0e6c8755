// The mbox splitter (mboxo / mboxrd, as written by Thunderbird, mutt, Apple Mail, Gmail's
// Takeout), then InputLoader::load as the CLI and the window call it: detection, one message
// per entry, and the summary of each (normalised and parsed).

#include "FuzzSupport.h"

#include "core/input/InputLoader.h"
#include "core/input/MboxSplitter.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray bytes = fuzz::bytes(data, size);
    (void)MboxSplitter::looksLikeMbox(bytes);
    QList<Finding> findings;
    (void)MboxSplitter::split(bytes, &findings);
    (void)InputLoader::load(bytes, QStringLiteral("fuzz.mbox"), PasteNormalizer::Origin::File);
    return 0;
}
