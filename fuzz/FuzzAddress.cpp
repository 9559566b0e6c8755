// The address parser on an unfolded From/To/Reply-To value and on a Return-Path value.

#include "FuzzSupport.h"

#include "core/message/AddressParser.h"

KENSA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray value = fuzz::bytes(data, size);
    for (const AddressList &list : {AddressParser::parseList(value), AddressParser::parseReturnPath(value)}) {
        for (const Mailbox &m : list.mailboxes) {
            (void)m.address();
            (void)m.display();
        }
    }
    return 0;
}
