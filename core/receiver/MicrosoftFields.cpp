#include "core/receiver/MicrosoftFields.h"

#include "core/auth/results/AuthResultsParser.h"
#include "core/message/Message.h"
#include "core/text/VectorScan.h"

#include <cmath>
#include <optional>

namespace kensa {

namespace {

const QString vendor = QStringLiteral("microsoft");

// Adds the token to the verdict: decoded with the data; a value the data does not document goes
// to `undocumented` as TOKEN:value. A token written without value says nothing, so it is listed
// (with its label) but not counted as undocumented.
DecodedToken addToken(ReceiverVerdict &v, const ReceiverCatalog &catalog, const QString &token,
    const QString &value, QChar separator = u':')
{
    DecodedToken t = catalog.decode(vendor, v.field, token, value);
    if (!t.documented && !value.isEmpty())
        v.undocumented.append(token + separator + value);
    v.decoded.append(t);
    return t;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double n = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(n))
        return std::nullopt;
    return n;
}

// SCL's documented default actions: -1, 0, 1 inbox; 5 to 9 Junk Email folder (default policy).
ReceiverVerdict::Verdict sclVerdict(double scl)
{
    if (scl >= -1 && scl <= 1)
        return ReceiverVerdict::Verdict::Inbox;
    if (scl >= MicrosoftFields::SclThreshold && scl <= 9)
        return ReceiverVerdict::Verdict::Junk;
    return ReceiverVerdict::Verdict::Unknown; // 2 to 4 are never stamped
}

void hint(ReceiverVerdict &v, const char *key, Severity severity, QList<QPair<QString, QString>> args = {})
{
    v.findings.append(makeFinding(QString::fromLatin1(key), severity, std::move(args), v.line, v.field));
}

struct ForefrontFacts
{
    QString sfv;
    std::optional<double> scl;
    int index = -1; // in the output list
};

ReceiverVerdict readForefront(const ReceiverContext &c, const HeaderField &field, ForefrontFacts &facts)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = c.trusted(field.line);
    QString ipv, cip;
    for (const auto &[token, value] : MicrosoftFields::splitTokens(v.raw)) {
        addToken(v, c.catalog, token, value);
        const QString upper = token.toUpper();
        if (upper == u"SFV")
            facts.sfv = value;
        else if (upper == u"SCL")
            facts.scl = number(value);
        else if (upper == u"IPV")
            ipv = value;
        else if (upper == u"CIP")
            cip = value;
    }
    if (facts.scl) {
        v.score = facts.scl;
        v.threshold = MicrosoftFields::SclThreshold;
        v.verdict = sclVerdict(*facts.scl);
    } else if (facts.sfv == u"SPM" || facts.sfv == u"SKS" || facts.sfv == u"SKB") {
        v.verdict = ReceiverVerdict::Verdict::Junk; // "marked as spam": Junk Email by default
    } else if (facts.sfv == u"NSPM" || facts.sfv == u"SKA" || facts.sfv == u"SFE" || facts.sfv == u"SKN"
        || facts.sfv == u"SKI" || facts.sfv == u"SKQ") {
        v.verdict = ReceiverVerdict::Verdict::Inbox;
    }
    if (!v.trusted)
        return v;
    if (facts.sfv == u"SKN")
        hint(v, "receiver.microsoft.bypass_rule", Severity::Notice);
    else if (facts.sfv == u"SKA")
        hint(v, "receiver.microsoft.allowed_policy", Severity::Notice);
    else if (facts.sfv == u"SFE")
        hint(v, "receiver.microsoft.safe_sender", Severity::Info);
    else if (facts.sfv == u"SKI" || ipv == u"CAL")
        hint(v, "receiver.microsoft.ip_allow", Severity::Notice, {{u"ip"_qs, cip}});
    else if (facts.sfv == u"BLK")
        hint(v, "receiver.microsoft.blocked_sender", Severity::Warning);
    else if (facts.sfv == u"SKB")
        hint(v, "receiver.microsoft.blocked_policy", Severity::Warning);
    else if (facts.sfv == u"SKS")
        hint(v, "receiver.microsoft.spam_rule", Severity::Warning);
    else if (facts.scl && *facts.scl == -1)
        hint(v, "receiver.microsoft.scl_bypass", Severity::Notice);
    return v;
}

ReceiverVerdict readOrganizationScl(const ReceiverContext &c, const HeaderField &field)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = c.trusted(field.line);
    addToken(v, c.catalog, QStringLiteral("SCL"), v.raw);
    if (const std::optional<double> scl = number(v.raw)) {
        v.score = scl;
        v.threshold = MicrosoftFields::SclThreshold;
        v.verdict = sclVerdict(*scl);
    }
    return v;
}

ReceiverVerdict readAntispam(const ReceiverContext &c, const HeaderField &field)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = c.trusted(field.line);
    std::optional<double> bcl;
    for (const auto &[token, value] : MicrosoftFields::splitTokens(v.raw)) {
        addToken(v, c.catalog, token, value);
        if (token.compare(u"BCL", Qt::CaseInsensitive) == 0)
            bcl = number(value);
    }
    if (bcl) {
        v.score = bcl;
        v.threshold = MicrosoftFields::BclThreshold;
        if (*bcl >= MicrosoftFields::BclThreshold) {
            v.verdict = ReceiverVerdict::Verdict::Junk;
            if (v.trusted)
                hint(v, "receiver.microsoft.bulk", Severity::Warning,
                    {{u"bcl"_qs, QString::number(*bcl)}, {u"threshold"_qs, QString::number(MicrosoftFields::BclThreshold)}});
        }
    }
    return v;
}

// Microsoft publishes no meaning for any token of this field: every one stays raw.
ReceiverVerdict readMailboxDelivery(const ReceiverContext &c, const HeaderField &field, bool &junkFolder)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = c.trusted(field.line);
    for (const auto &[token, value] : MicrosoftFields::splitTokens(v.raw)) {
        addToken(v, c.catalog, token, value);
        if ((token == u"dest" && value == u"J") || (token == u"RF" && value == u"JunkEmail"))
            junkFolder = true;
    }
    return v;
}

// Microsoft's Authentication-Results: compauth=, which only Microsoft writes, or no authserv-id
// with one of Microsoft's marks: dmarc's "action=" or spf's "(sender IP is ...)" comment.
bool isMicrosoftResults(const AuthResultsField &f)
{
    if (f.isArc())
        return false;
    if (f.method(u"compauth"))
        return true;
    if (!f.authservId.isEmpty())
        return false;
    const AuthResultsMethod *dmarc = f.method(u"dmarc");
    const AuthResultsMethod *spf = f.method(u"spf");
    return (dmarc && !dmarc->property(u"action").isNull())
        || (spf && spf->comment.startsWith(u"sender IP is", Qt::CaseInsensitive));
}

ReceiverVerdict readAuthResults(const ReceiverContext &c, const HeaderField &field, const AuthResultsField &ar)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = c.trusted(field.line);
    QString from;
    QString compauth, reason;
    bool oreject = false;
    for (const AuthResultsMethod &m : ar.methods) {
        const bool known = m.method == u"spf" || m.method == u"dkim" || m.method == u"dmarc" || m.method == u"compauth";
        if (known)
            addToken(v, c.catalog, m.method, m.result, u'=');
        else
            v.undocumented.append(m.method + u'=' + m.result);
        if (m.method == u"compauth") {
            compauth = m.result;
            if (!m.reason.isNull()) {
                reason = m.reason;
                addToken(v, c.catalog, QStringLiteral("reason"), m.reason, u'=');
            }
        }
        for (const AuthResultsProperty &p : m.properties) {
            const QString name = p.name();
            if (name == u"action") {
                addToken(v, c.catalog, name, p.value, u'=');
                oreject = oreject || p.value == u"oreject" || p.value == u"o.reject";
            } else if (name == u"header.from" || name == u"smtp.mailfrom" || name == u"header.d") {
                addToken(v, c.catalog, name, p.value, u'=');
                if (name == u"header.from")
                    from = p.value;
            } else {
                v.undocumented.append(name + u'=' + p.value);
            }
        }
    }
    if (oreject)
        v.verdict = ReceiverVerdict::Verdict::Junk; // "marks the message as spam"
    if (!v.trusted)
        return v;
    if (oreject)
        hint(v, "receiver.microsoft.dmarc_oreject", Severity::Warning, {{u"from"_qs, from}});
    if (compauth == u"fail") {
        const int code = reason.toInt();
        const char *key = "receiver.microsoft.compauth_fail.other";
        if (reason == u"000")
            key = "receiver.microsoft.compauth_fail.explicit";
        else if (reason == u"001")
            key = "receiver.microsoft.compauth_fail.implicit";
        else if (reason == u"002")
            key = "receiver.microsoft.compauth_fail.admin";
        else if (reason == u"010" || (code >= 600 && code <= 699))
            key = "receiver.microsoft.compauth_fail.intra_org";
        hint(v, key, Severity::Warning, {{u"reason"_qs, reason}});
    }
    return v;
}

} // namespace

QList<QPair<QString, QString>> MicrosoftFields::splitTokens(const QString &value)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : value.split(u';')) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype colon = p.indexOf(u':');
        if (colon < 0)
            out.append({p, QString()});
        else
            out.append({p.left(colon).trimmed(), p.mid(colon + 1).trimmed()});
    }
    return out;
}

// Exchange Online writes its verdict fields below the Received fields, among the message's own
// (X-MS-Exchange-Organization-SCL and X-Microsoft-Antispam after To and Subject), so the position
// rule alone would call them claims. When the boundary hop was received by Microsoft's servers,
// Microsoft is the final receiver and its fields are its own wherever they stand: copies that
// arrive from an earlier Microsoft tenant are renamed on the way in (X-Forefront-Antispam-Report-
// Untrusted, Authentication-Results-Original, as the real messages show), so they are not read.
bool MicrosoftFields::receivedByMicrosoft(const ReceiverContext &context)
{
    const QList<const HeaderField *> received = context.message.fields("Received");
    if (received.isEmpty())
        return false;
    // The boundary's Received field starts on the first line the rule does not trust.
    int limit = 1;
    while (context.trusted(limit))
        ++limit;
    for (const HeaderField *field : received) {
        if (field->line != limit)
            continue;
        const QByteArray bytes = field->unfoldedValue();
        // Only a host under outlook.com or office365.com counts. A plain ASCII field that names
        // neither (nearly every one) is known without decoding, simplifying and lower-casing it
        // in Unicode: some 14,000 instructions a message. (A field with "=?" takes the long way,
        // which gives the same answer.)
        if (VectorScan::isPlainAscii(bytes)) {
            const QByteArray lower = bytes.toLower();
            if (!lower.contains("outlook.com") && !lower.contains("office365.com"))
                return false;
        }
        const QString value = QString::fromUtf8(bytes).simplified().toLower();
        const qsizetype by = value.indexOf(QLatin1String(" by "));
        const qsizetype start = by >= 0 ? by + 4 : (value.startsWith(u"by ") ? 3 : -1);
        if (start < 0)
            return false;
        const QString host = value.mid(start).section(u' ', 0, 0);
        return host.endsWith(u".outlook.com") || host.endsWith(u".office365.com");
    }
    return false;
}

QList<ReceiverVerdict> MicrosoftFields::read(const ReceiverContext &context)
{
    QList<ReceiverVerdict> out;
    const bool microsoftReceiver = receivedByMicrosoft(context);
    const ReceiverContext c{context.message, context.catalog,
        [&context, microsoftReceiver](int line) { return microsoftReceiver || context.trusted(line); }};
    std::optional<ForefrontFacts> filter; // the topmost trusted X-Forefront-Antispam-Report
    int deliveryIndex = -1;               // the topmost trusted Mailbox-Delivery field
    bool junkFolder = false;
    for (const HeaderField &field : c.message.headers()) {
        // Named in place (hasName): a lower-cased copy of every name cost two allocations a field.
        if (field.hasName("x-forefront-antispam-report")) {
            ForefrontFacts facts;
            out.append(readForefront(c, field, facts));
            if (out.constLast().trusted && !filter) {
                facts.index = int(out.size()) - 1;
                filter = facts;
            }
        } else if (field.hasName("x-ms-exchange-organization-scl")) {
            out.append(readOrganizationScl(c, field));
        } else if (field.hasName("x-microsoft-antispam")) {
            out.append(readAntispam(c, field));
        } else if (field.hasName("x-microsoft-antispam-mailbox-delivery")) {
            bool junk = false;
            out.append(readMailboxDelivery(c, field, junk));
            if (out.constLast().trusted && deliveryIndex < 0) {
                deliveryIndex = int(out.size()) - 1;
                junkFolder = junk;
            }
        } else if (field.hasName("authentication-results")) {
            const AuthResultsField ar = AuthResultsParser::parse(field);
            if (isMicrosoftResults(ar))
                out.append(readAuthResults(c, field, ar));
        }
    }
    // Junk folder although the filter found no spam: the mailbox's own junk settings or rules.
    const bool notSpam = filter
        && (filter->sfv == u"NSPM" || (filter->scl && *filter->scl >= -1 && *filter->scl <= 1));
    if (junkFolder && notSpam) {
        ReceiverVerdict &delivery = out[deliveryIndex];
        hint(delivery, "receiver.microsoft.junk_not_filter", Severity::Warning,
            {{u"sfv"_qs, filter->sfv.isEmpty() ? QStringLiteral("-") : filter->sfv},
                {u"scl"_qs, filter->scl ? QString::number(*filter->scl) : QStringLiteral("-")}});
    }
    return out;
}

} // namespace kensa
