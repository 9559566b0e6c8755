// The MIME walker: a whole message parsed, its MIME tree built as the analyser builds it, and
// every part read the way the format checks and the GUI's MIME tree read it (parameters,
// file names, decoded bodies, text in the part's charset).

#include "FuzzSupport.h"

#include "core/message/Message.h"
#include "core/message/MimePart.h"

KENSA_FUZZ_INIT

namespace {

void walk(const kensa::MimePart &part)
{
    (void)part.mediaType();
    (void)part.subtype();
    (void)part.charset();
    (void)part.parameter("boundary");
    (void)part.parameter("name");
    (void)part.fileName();
    (void)part.isAttachment();
    (void)part.rawBody();
    (void)part.decodedBody();
    if (part.isText())
        (void)part.text();
    // A text/html leaf is read as the unsubscribe and format checks read it (HtmlText).
    (void)part.html().links();
    for (const kensa::MimePart &child : part.children())
        walk(child);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const Message message = Message::parse(fuzz::bytes(data, size));
    if (message.headersOnly())
        return 0;
    QList<Finding> findings;
    const MimePart root = MimePart::parse(message, &findings);
    walk(root);
    (void)root.leaves();
    return 0;
}
