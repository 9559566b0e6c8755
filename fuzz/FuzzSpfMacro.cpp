// The SPF evaluator and its macro expander (RFC 7208 §7). The input is "ip\nsender\nhelo\n"
// followed by the SPF record: every TXT question (the domain, include:, redirect=, exp=) is
// answered with that record, so the record's macros are expanded against the fuzzer's sender,
// HELO and IP, in domain-specs and in the explanation. A, AAAA, MX and PTR questions get fixed
// answers (documentation addresses) so that every mechanism is reached.

#include "FuzzSupport.h"

#include "core/auth/spf/SpfEvaluator.h"

KENSA_FUZZ_INIT

namespace {

kensa::DnsAnswer answer(const kensa::DnsQuestion &question, const QByteArray &record)
{
    using namespace kensa;
    DnsAnswer out;
    out.question = question;
    out.status = DnsStatus::NoError;
    out.rcode = 0;
    out.source = QStringLiteral("zone");
    DnsRecord r;
    r.owner = question.name;
    r.type = question.type;
    switch (question.type) {
    case DnsType::TXT:
    case DnsType::SPF:
        // TXT strings are at most 255 bytes each (RFC 1035 §3.3.14).
        for (qsizetype i = 0; i < record.size() || i == 0; i += 255)
            r.strings.append(record.mid(i, 255));
        break;
    case DnsType::A:
        r.target = "192.0.2.1";
        break;
    case DnsType::AAAA:
        r.target = "2001:db8::1";
        break;
    case DnsType::MX:
        r.target = "mx." + question.name;
        r.preference = 10;
        break;
    case DnsType::PTR:
        r.target = "mail.example.com";
        break;
    default:
        out.status = DnsStatus::NoData;
        return out;
    }
    out.records = {r};
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kensa;
    const QByteArray text = fuzz::bytes(data, size);
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 4)
        return 0;
    SpfEvaluator::Input in;
    in.ip = lines.at(0);
    in.sender = lines.at(1);
    in.helo = lines.at(2);
    in.domain = in.sender.mid(in.sender.lastIndexOf('@') + 1);
    if (in.domain.isEmpty())
        return 0; // the analyser does not evaluate without a domain
    const QByteArray record = text.mid(lines.at(0).size() + lines.at(1).size() + lines.at(2).size() + 3);
    SpfEvaluator::Options options;
    options.now = 1790000000;
    options.receiver = "mx.example.net";
    SpfEvaluator evaluator(in, options);
    for (int round = 0; round < 100 && !evaluator.isFinished(); ++round) {
        const QList<DnsQuestion> questions = evaluator.questions();
        if (questions.isEmpty())
            break;
        for (const DnsQuestion &q : questions)
            evaluator.setAnswer(answer(q, record));
    }
    (void)evaluator.result();
    return 0;
}
