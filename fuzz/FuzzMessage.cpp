// Message::parse and what the analyser reads from a parsed message before MIME: the fields,
// their display values, the body findings and the summary (From, To, Subject, Date, Return-Path).

#include "FuzzSupport.h"

#include "core/message/Message.h"
#include "core/message/MessageSummary.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    Message message = Message::parse(fuzz::bytes(data, size));
    QList<Finding> findings = message.findings();
    findings += message.bodyFindings();
    const MessageSummary summary = MessageSummary::summarize(message, &findings);
    for (const HeaderField &f : message.headers()) {
        (void)f.unfoldedValue();
        (void)f.lineCount();
        (void)message.field(f.name());
    }
    (void)Message::rawText(message.body());
    message.treatEmptyBodyAsAbsent();
    (void)summary;
    return 0;
}
