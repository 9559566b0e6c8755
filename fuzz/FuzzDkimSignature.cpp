// DKIM tag lists and DKIM-Signature / ARC-Message-Signature parsing: the input is the value
// of the first field (the first byte chooses DKIM-Signature or ARC-Message-Signature); what
// follows a line break that does not fold may add more fields and a body. The tag list and the
// signature are parsed as DkimVerifier parses them, then the verifier and the ARC validator
// run over the whole message with every key question answered by one fixed RSA key, so
// canonicalisation, l=, the body hash and the header hash see the fuzzer's tags.

#include "FuzzSupport.h"

#include "core/auth/arc/ArcValidator.h"
#include "core/auth/dkim/DkimSignature.h"
#include "core/auth/dkim/DkimVerifier.h"
#include "core/message/Message.h"
#include "core/text/TagList.h"

KENSA_FUZZ_INIT

namespace {

// tests/zones/kensa.test.zone, sel1._domainkey.
const QByteArray Key = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvoKfdDuD2l7Z7ypJr4l7zQRwHzfcVM/otC3hM4ey0bfsLkEgjWvYjj5wmcNDvUS3nG7IJiA36pSKzKR7t9+gcNK7USos1jW/fd1uyLfqMj9UD3q1U9FYG4/vglecNxg7xllH3noCfXkgtojXwtEFDRYzjOgd+/lo/o64BTeyknetSV9uKI2zhNvpZFirdYBs9agDEdnAGIOnv9HZM9yacO48lH57/RYpDcbuOul7vC3orNMGSkGTrLh+tWxYNvWru8LOulqvw0RxrNpTZvZ38LL+hsXW2OOm2aAJRgat5BDZy4mXgyQ16dyyzHsdxXd11QXKvzDI8cmWyc2l7DH93QIDAQAB";

kensa::DnsAnswer keyAnswer(const kensa::DnsQuestion &question)
{
    kensa::DnsAnswer answer;
    answer.question = question;
    answer.status = kensa::DnsStatus::NoError;
    answer.rcode = 0;
    kensa::DnsRecord record;
    record.owner = question.name;
    record.type = kensa::DnsType::TXT;
    record.strings = {Key};
    answer.records = {record};
    answer.source = QStringLiteral("zone");
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    if (size == 0)
        return 0;
    const bool arc = data[0] & 1;
    const QByteArray name = arc ? "ARC-Message-Signature" : "DKIM-Signature";
    const QByteArray value = fuzz::bytes(data + 1, size - 1);
    const HeaderField header = fuzz::field(name, value);
    if (const Result<TagList> tags = TagList::parse(header.unfoldedValue())) {
        for (const TagList::Tag &tag : tags->tags())
            (void)TagList::stripWhiteSpace(tag.value);
    }
    const DkimSignature signature = DkimSignature::parse(header,
        arc ? DkimSignature::Kind::ArcMessageSignature : DkimSignature::Kind::Dkim);
    (void)signature.keyName();
    (void)signature.canonName();

    const Message message = Message::parse(name + ':' + value);
    const qint64 now = 1790000000; // 2026-09
    DkimVerifier verifier(message, DkimVerifier::Options{now, message.headersOnly()});
    for (const DnsQuestion &q : verifier.keyQuestions())
        verifier.setAnswer(keyAnswer(q));
    (void)verifier.results();
    ArcValidator validator(message, ArcValidator::Options{now, message.headersOnly()});
    for (const DnsQuestion &q : validator.keyQuestions())
        validator.setAnswer(keyAnswer(q));
    (void)validator.result();
    return 0;
}
