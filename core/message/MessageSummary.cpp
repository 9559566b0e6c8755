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
        AddressList list = AddressParser::parseReturnPath(returnPath->unfoldedValue());
        s.hasReturnPath = true;
        if (!list.nullPath && !list.mailboxes.isEmpty()) {
            const Mailbox &mailbox = list.mailboxes.first();
            if (!mailbox.domainAscii.isEmpty()) {
                s.returnPath = mailbox.address();
            } else if (findings) {
                // <MAILER-DAEMON>: some receiving servers (Sendmail, qmail) write the null
                // reverse-path of a bounce this way. There is no domain to check, so it is
                // taken as the null sender (RFC 5321 §4.5.5), as <> would be; this notice says
                // so, and address.no_domain would only repeat it.
                Finding f = makeFinding(QStringLiteral("address.return_path.no_domain"), Severity::Notice,
                    {{QStringLiteral("address"), mailbox.address()}});
                f.line = returnPath->line;
                f.header = returnPath->nameText();
                findings->append(f);
                list.findings.removeIf([](const Finding &x) { return x.key == u"address.no_domain"; });
            }
        }
        addAddressFindings(list, *returnPath, findings);
    }
    for (const char *name : {"To", "Cc", "Reply-To", "Sender"}) {
        if (const HeaderField *field = message.field(name))
            addAddressFindings(AddressParser::parseList(field->unfoldedValue()), *field, findings);
    }
    return s;
}

} // namespace kensa
