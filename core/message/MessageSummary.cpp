#include "core/message/MessageSummary.h"

#include "core/message/DateTime.h"

namespace kensa {

namespace {

QString display(const Message &message, QByteArrayView name)
{
    const HeaderField *field = message.field(name);
    return field ? field->displayValue : QString();
}

void addAddressFindings(const AddressList &list, const HeaderField &field, QList<Finding> *out)
{
    if (!out)
        return;
    for (Finding f : list.findings) {
        f.line = field.line;
        f.header = field.nameText();
        out->append(std::move(f));
    }
}

} // namespace

MessageSummary MessageSummary::summarize(const Message &message, QList<Finding> *findings)
{
    MessageSummary s;
    s.from = display(message, "From");
    s.to = display(message, "To");
    s.cc = display(message, "Cc");
    s.subject = display(message, "Subject");
    s.date = display(message, "Date");
    if (const HeaderField *date = message.field("Date")) {
        if (const Result<ParsedDate> parsed = DateTime::parse(date->unfoldedValue().trimmed()))
            s.dateTime = parsed->dateTime;
    }
    s.messageId = display(message, "Message-ID");
    s.size = message.bytes().size();
    s.headersOnly = message.headersOnly();

    if (const HeaderField *from = message.field("From")) {
        const AddressList list = AddressParser::parseList(from->unfoldedValue());
        s.fromMailboxes = list.mailboxes;
        if (list.mailboxes.size() == 1)
            s.fromDomain = list.mailboxes.first().domainAscii;
        addAddressFindings(list, *from, findings);
    }
    if (const HeaderField *returnPath = message.field("Return-Path")) {
        const AddressList list = AddressParser::parseReturnPath(returnPath->unfoldedValue());
        s.hasReturnPath = true;
        if (!list.nullPath && !list.mailboxes.isEmpty())
            s.returnPath = list.mailboxes.first().address();
        addAddressFindings(list, *returnPath, findings);
    }
    for (const char *name : {"To", "Cc", "Reply-To", "Sender"}) {
        if (const HeaderField *field = message.field(name))
            addAddressFindings(AddressParser::parseList(field->unfoldedValue()), *field, findings);
    }
    return s;
}

} // namespace kensa
