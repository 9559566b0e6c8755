// The Outlook .msg reader: the compound-file reader ([MS-CFB]) reading every stream of every
// entry, then OutlookMsg::read and messageBytes as InputLoader calls them.

#include "FuzzSupport.h"

#include "core/input/CompoundFile.h"
#include "core/input/OutlookMsg.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray bytes = fuzz::bytes(data, size);
    if (!CompoundFile::hasSignature(bytes))
        return 0; // InputLoader reads only files with the signature as .msg
    CompoundFileError error;
    if (const std::optional<CompoundFile> file = CompoundFile::parse(bytes, &error)) {
        for (qsizetype i = 0; i < file->entries().size(); ++i) {
            if (file->entries().at(i).type == CompoundEntry::Type::Stream)
                (void)file->stream(int(i), &error);
        }
        (void)file->child(0, QStringLiteral("__substg1.0_007D001F"));
    }
    if (const std::optional<OutlookMessage> message = OutlookMsg::read(bytes, &error)) {
        bool complete = false;
        (void)OutlookMsg::messageBytes(*message, &complete);
    }
    return 0;
}
