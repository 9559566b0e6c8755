#include "core/format/FormatFromRules.h"

#include "core/base/Limits.h"
#include "core/format/FormatContext.h"
#include "core/format/FormatEvidence.h"
#include "core/message/AddressParser.h"
#include "core/net/OrganizationalDomain.h"
#include "core/text/Idn.h"

#include <QRegularExpression>

namespace kensa {

namespace {

using namespace format;

// A domain Gmail can deliver from: a host name (not an address literal) under a public suffix.
bool isValidFromDomain(const Mailbox &mailbox)
{
    if (mailbox.domainAscii.isEmpty() || !isFqdn(mailbox.domainAscii))
        return false;
    return !OrganizationalDomain::system().of(mailbox.domainAscii).isEmpty();
}

// ---------------------------------------------------------------------------------------------
// format.honest_identity (heuristics; Warning at most)

QString registrable(const QString &domain)
{
    QString ascii = Idn::toAscii(domain);
    if (ascii.isEmpty())
        ascii = domain.toLower();
    return OrganizationalDomain::system().orSelf(ascii);
}

// Symbols that imitate verification badges, locks or seals.
bool isBadgeSymbol(char32_t c)
{
    switch (c) {
    case 0x2611: // ☑
    case 0x2705: // ✅
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x1F510: // 🔐
    case 0x1F512: // 🔒
    case 0x1F50F: // 🔏
    case 0x1F6E1: // 🛡
    case 0x1F396: // 🎖
    case 0x1F3C5: // 🏅
        return true;
    default:
        return false;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// format.single_from.*

CheckOutcome FormatFromRules::singleFromGmail(const FormatContext &ctx)
{
    const FormatContext::From &from = ctx.from;
    FormatEvidence ev;
    if (from.fields.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.from.missing"), Severity::Info));
        return ev.outcome(CheckSingleFromGmail, {}, {});
    }
    const HeaderField &field = *from.fields.first();
    if (from.fields.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.repeated"),
            {{QStringLiteral("count"), number(from.fields.size())}},
            *from.fields.at(1)));
    }
    if (!from.list.groups.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.group"),
            {{QStringLiteral("group"), shortened(from.list.groups.first())}},
            field));
    }
    if (from.list.mailboxes.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.empty"), {}, field));
    } else if (from.list.mailboxes.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.several"),
            {{QStringLiteral("count"), number(from.list.mailboxes.size())}},
            field));
    }
    for (const Mailbox &mailbox : from.list.mailboxes) {
        if (!mailbox.domain.isEmpty() && !isValidFromDomain(mailbox)) {
            ev.fail(fieldFinding(QStringLiteral("format.single_from.bad_domain"),
                {{QStringLiteral("domain"), shortened(mailbox.domain)}},
                field));
        }
    }
    if (!from.list.findings.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.syntax"), {}, field));
        for (const Finding &f : located(from.list.findings, field))
            ev.keep(f, CheckStatus::Fail);
    }
    const QString address = from.list.mailboxes.isEmpty()
        ? QString()
        : shortened(from.list.mailboxes.first().address());
    return ev.outcome(CheckSingleFromGmail,
        QStringLiteral("format.single_from.ok"),
        {{QStringLiteral("address"), address}});
}

CheckOutcome FormatFromRules::singleFromRfc(const FormatContext &ctx)
{
    const FormatContext::From &from = ctx.from;
    FormatEvidence ev;
    if (from.fields.isEmpty()) {
        ev.fail(makeFinding(QStringLiteral("format.from.missing"), Severity::Info));
        return ev.outcome(CheckSingleFromRfc, {}, {});
    }
    const HeaderField &field = *from.fields.first();
    if (from.fields.size() > 1) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.repeated"),
            {{QStringLiteral("count"), number(from.fields.size())}},
            *from.fields.at(1)));
    }
    const qsizetype mailboxes = from.list.mailboxes.size();
    const QList<const HeaderField *> senders = ctx.named("Sender");
    if (mailboxes == 0) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.empty"), {}, field));
    } else if (mailboxes > 1 && senders.isEmpty()) {
        ev.fail(fieldFinding(QStringLiteral("format.single_from.several_no_sender"),
            {{QStringLiteral("count"), number(mailboxes)}},
            field));
    }
    // RFC 6854 allows a group in From, for limited use; RFC 5322 itself does not.
    if (!from.list.groups.isEmpty()) {
        ev.warn(fieldFinding(QStringLiteral("format.single_from.group_rfc6854"),
            {{QStringLiteral("group"), shortened(from.list.groups.first())}},
            field));
    }
    if (mailboxes > 1 && !senders.isEmpty()) {
        const AddressList sender = AddressParser::parseList(senders.first()->unfoldedValue());
        const QString senderAddress = sender.mailboxes.isEmpty()
            ? QString()
            : shortened(sender.mailboxes.first().address());
        return ev.outcome(CheckSingleFromRfc,
            QStringLiteral("format.single_from.ok_sender"),
            {{QStringLiteral("count"), number(mailboxes)},
                {QStringLiteral("sender"), senderAddress}});
    }
    const QString address
        = mailboxes == 0 ? QString() : shortened(from.list.mailboxes.first().address());
    return ev.outcome(CheckSingleFromRfc,
        QStringLiteral("format.single_from.ok"),
        {{QStringLiteral("address"), address}});
}

// ---------------------------------------------------------------------------------------------
// format.honest_identity (heuristics; Warning at most)

CheckOutcome FormatFromRules::honestIdentity(const FormatContext &ctx)
{
    const FormatContext::From &from = ctx.from;
    FormatEvidence ev;
    if (!from.fields.isEmpty() && !from.list.mailboxes.isEmpty()) {
        const HeaderField &field = *from.fields.first();
        const Mailbox &mailbox = from.list.mailboxes.first();
        const QString name = mailbox.displayName;
        const QString fromOrg = registrable(mailbox.domain);
        static const QRegularExpression address(QStringLiteral(
            "[^\\s@<>()\\[\\]\"',;:]+@([^\\s@<>()\\[\\]\"',;:]+\\.[^\\s@<>()\\[\\]\"',;:]+)"));
        bool named = false;
        QRegularExpressionMatchIterator it = address.globalMatch(name);
        for (int guard = 0; it.hasNext() && guard < Limits::MaxAddresses; ++guard) {
            QString domain = it.next().captured(1);
            while (domain.endsWith(u'.'))
                domain.chop(1);
            if (registrable(domain) != fromOrg) {
                ev.warn(fieldFinding(QStringLiteral("format.identity.display_address"),
                    {{QStringLiteral("name"), shortened(name)},
                        {QStringLiteral("domain"), shortened(domain)},
                        {QStringLiteral("from"), shortened(mailbox.domain)}},
                    field));
                named = true;
                break;
            }
        }
        if (!named && name.contains(QLatin1String("@gmail.com"), Qt::CaseInsensitive)
            && fromOrg != QLatin1String("gmail.com")) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.display_address"),
                {{QStringLiteral("name"), shortened(name)},
                    {QStringLiteral("domain"), QStringLiteral("gmail.com")},
                    {QStringLiteral("from"), shortened(mailbox.domain)}},
                field));
        }
        const QList<uint> codes = name.toUcs4();
        for (const uint code : codes) {
            if (isBadgeSymbol(code)) {
                const char32_t c = code;
                ev.warn(fieldFinding(QStringLiteral("format.identity.badge"),
                    {{QStringLiteral("name"), shortened(name)},
                        {QStringLiteral("symbol"), QString::fromUcs4(&c, 1)}},
                    field));
                break;
            }
        }
        static const QRegularExpression countedName(
            QStringLiteral("[(（]\\s*\\d{1,3}\\s*[)）]\\s*$"));
        if (countedName.match(name).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.thread_count.name"),
                {{QStringLiteral("name"), shortened(name)}},
                field));
        }
    }

    const QList<const HeaderField *> subjects = ctx.named("Subject");
    if (!subjects.isEmpty()) {
        const HeaderField &field = *subjects.first();
        const QString subject = field.displayValue.trimmed();
        static const QRegularExpression reply(QStringLiteral("^(?:re|fwd?|fw|返信|転送)\\s*[:：]"),
            QRegularExpression::CaseInsensitiveOption);
        const bool threaded
            = !ctx.named("In-Reply-To").isEmpty() || !ctx.named("References").isEmpty();
        if (!threaded && reply.match(subject).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.fake_reply"),
                {{QStringLiteral("subject"), shortened(subject)}},
                field));
        }
        static const QRegularExpression counted(QStringLiteral("^[(（]\\s*\\d{1,3}\\s*[)）]"));
        if (counted.match(subject).hasMatch()) {
            ev.warn(fieldFinding(QStringLiteral("format.identity.thread_count.subject"),
                {{QStringLiteral("subject"), shortened(subject)}},
                field));
        }
    }
    return ev.outcome(CheckHonestIdentity, QStringLiteral("format.identity.ok"), {});
}

} // namespace kensa
