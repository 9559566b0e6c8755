#include "core/report/ReportJson.h"

#include "core/report/CustomerSummary.h"

#include "core/checklist/RequirementEngine.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kensa {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject sourceJson(const Report &r)
{
    QJsonObject o;
    o.insert(u"file", stringOrNull(r.source.file));
    o.insert(u"index", r.source.index >= 0 ? QJsonValue(r.source.index) : QJsonValue());
    o.insert(u"origin", stringOrNull(r.source.origin));
    o.insert(u"wrapper", r.source.wrapper.isEmpty() ? QJsonValue() : QJsonValue(r.source.wrapper));
    o.insert(u"headers_only", r.summary.headersOnly);
    o.insert(u"normalised", QJsonArray::fromStringList(r.source.normalised));
    o.insert(u"original_size", r.source.originalSize);
    return o;
}

QJsonObject messageJson(const Report &r)
{
    const MessageSummary &s = r.summary;
    const auto present = [&r](const char *name, const QString &value) {
        return r.message.field(name) ? QJsonValue(value) : QJsonValue();
    };
    QJsonObject o;
    o.insert(u"from", present("From", s.from));
    QJsonArray mailboxes;
    for (const Mailbox &m : s.fromMailboxes) {
        mailboxes.append(QJsonObject{{u"name"_qs, m.displayName},
                                     {u"address"_qs, m.address()},
                                     {u"domain"_qs, m.domainAscii}});
    }
    o.insert(u"from_mailboxes", mailboxes);
    o.insert(u"from_domain", s.fromDomain.isEmpty() ? QJsonValue() : QJsonValue(s.fromDomain));
    o.insert(u"to", present("To", s.to));
    o.insert(u"subject", present("Subject", s.subject));
    o.insert(u"date", present("Date", s.date));
    o.insert(u"message_id", present("Message-ID", s.messageId));
    o.insert(u"return_path", s.hasReturnPath ? QJsonValue(s.returnPath) : QJsonValue());
    o.insert(u"size", s.size);
    o.insert(u"header_fields", r.message.headers().size());
    return o;
}

QJsonObject findingJson(const Finding &f)
{
    QJsonObject args;
    for (const auto &[name, value] : f.args)
        args.insert(name, value);
    return QJsonObject{
        {u"key"_qs, f.key},
        {u"severity"_qs, severityName(f.severity)},
        {u"line"_qs, f.line > 0 ? QJsonValue(f.line) : QJsonValue()},
        {u"header"_qs, f.header.isEmpty() ? QJsonValue() : QJsonValue(f.header)},
        {u"args"_qs, args},
        {u"text"_qs, Explanations::text(f)},
    };
}

QJsonArray findingsJson(const Report &r)
{
    QJsonArray out;
    for (const Finding &f : r.findings)
        out.append(findingJson(f));
    return out;
}

QJsonValue numberOrNull(qint64 n)
{
    return n < 0 ? QJsonValue() : QJsonValue(double(n));
}

QJsonValue argsJson(const QList<QPair<QString, QString>> &args)
{
    QJsonObject o;
    for (const auto &[name, value] : args)
        o.insert(name, value);
    return o;
}

QJsonValue dkimJson(const Report &r)
{
    if (!r.dkimChecked)
        return QJsonValue();
    QJsonArray out;
    for (const DkimResult &d : r.dkim) {
        QJsonObject o;
        o.insert(u"d", d.domain);
        o.insert(u"s", d.selector);
        o.insert(u"a", d.algorithm);
        o.insert(u"c", d.canonicalization);
        o.insert(u"i", d.identity);
        o.insert(u"result", d.result);
        o.insert(u"reason", d.reason);
        o.insert(u"reason_args", argsJson(d.reasonArgs));
        o.insert(u"reason_text",
            Explanations::text(Finding{d.reason, Severity::Info, d.reasonArgs, d.line, {}}));
        o.insert(u"key_bits", d.keyBits > 0 ? QJsonValue(d.keyBits) : QJsonValue());
        o.insert(u"key_type", d.keyType.isEmpty() ? QJsonValue() : QJsonValue(d.keyType));
        o.insert(u"key_name", d.keyName);
        o.insert(u"key_record",
            d.keyRecord.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(d.keyRecord)));
        o.insert(u"key_testing", d.keyTesting);
        const QString bodyHash = DkimResult::bodyHashName(d.bodyHash);
        o.insert(u"body_hash", bodyHash.isEmpty() ? QJsonValue() : QJsonValue(bodyHash));
        o.insert(u"body_hash_claimed", QString::fromLatin1(d.claimedBodyHash));
        o.insert(u"body_hash_computed",
            d.computedBodyHash.isEmpty() ? QJsonValue()
                                         : QJsonValue(QString::fromLatin1(d.computedBodyHash)));
        o.insert(u"crypto", d.crypto.isEmpty() ? QJsonValue() : QJsonValue(d.crypto));
        o.insert(u"signed_headers", QJsonArray::fromStringList(d.signedHeaders));
        o.insert(u"l", numberOrNull(d.bodyLength));
        o.insert(u"t", numberOrNull(d.timestamp));
        o.insert(u"x", numberOrNull(d.expiry));
        o.insert(u"line", d.line);
        o.insert(u"recorded", d.recorded.isEmpty() ? QJsonValue() : QJsonValue(d.recorded));
        o.insert(u"recorded_reason", d.recordedReason.isEmpty() ? QJsonValue() : QJsonValue(d.recordedReason));
        o.insert(u"recorded_by", d.recordedBy.isEmpty() ? QJsonValue() : QJsonValue(d.recordedBy));
        out.append(o);
    }
    return out;
}

QJsonValue authResultsJson(const Report &r)
{
    QJsonArray out;
    for (const AuthResultsField &field : r.authResults) {
        QJsonArray methods;
        for (const AuthResultsMethod &m : field.methods) {
            QJsonObject props;
            for (const AuthResultsProperty &p : m.properties) {
                if (!props.contains(p.name()))
                    props.insert(p.name(), p.value);
            }
            methods.append(QJsonObject{
                {u"method"_qs, m.method},
                {u"version"_qs, m.version >= 0 ? QJsonValue(m.version) : QJsonValue()},
                {u"result"_qs, m.result},
                {u"reason"_qs, m.reason.isNull() ? QJsonValue() : QJsonValue(m.reason)},
                {u"props"_qs, props},
                {u"comment"_qs, m.comment.isEmpty() ? QJsonValue() : QJsonValue(m.comment)},
            });
        }
        out.append(QJsonObject{
            {u"field"_qs, field.fieldName},
            {u"line"_qs, field.line},
            {u"instance"_qs, field.instance >= 0 ? QJsonValue(field.instance) : QJsonValue()},
            {u"authserv_id"_qs, field.authservId.isEmpty() ? QJsonValue() : QJsonValue(field.authservId)},
            {u"version"_qs, field.version >= 0 ? QJsonValue(field.version) : QJsonValue()},
            {u"trusted"_qs, field.trusted},
            {u"none"_qs, field.noResult},
            {u"nonconforming"_qs, field.nonconforming},
            {u"raw"_qs, QString::fromUtf8(field.raw).trimmed()},
            {u"methods"_qs, methods},
        });
    }
    return out;
}

QJsonValue hopsJson(const Report &r)
{
    QJsonArray out;
    for (const HopTimeline::Hop &h : r.hops.hops) {
        // The hop's one TLS fact, as the checklist's TLS row reads it; null when the field does not say.
        const QJsonValue tls = h.hop.tls == HopTls::Unknown ? QJsonValue() : QJsonValue(h.hop.tls == HopTls::Encrypted);
        QJsonArray findings;
        for (const Finding &f : h.hop.findings)
            findings.append(findingJson(f));
        out.append(QJsonObject{
            {u"index"_qs, h.index},
            {u"from"_qs,
                h.hop.fromReverse.isEmpty()
                    ? (h.hop.fromHelo.isEmpty() ? QJsonValue() : QJsonValue(h.hop.fromHelo))
                    : QJsonValue(h.hop.fromReverse)},
            {u"helo"_qs, h.hop.fromHelo.isEmpty() ? QJsonValue() : QJsonValue(h.hop.fromHelo)},
            {u"by"_qs, h.hop.by.isEmpty() ? QJsonValue() : QJsonValue(h.hop.by)},
            {u"ip"_qs, h.hop.fromIp.isEmpty() ? QJsonValue() : QJsonValue(h.hop.fromIp)},
            {u"ip_scope"_qs, h.ipScope.isEmpty() ? QJsonValue() : QJsonValue(h.ipScope)},
            {u"protocol"_qs, h.hop.with.isEmpty() ? QJsonValue() : QJsonValue(h.hop.with)},
            {u"tls"_qs, tls},
            {u"tls_version"_qs,
                h.hop.tlsVersion.isEmpty() ? QJsonValue() : QJsonValue(h.hop.tlsVersion)},
            {u"timestamp"_qs, h.hop.dateText.isEmpty() ? QJsonValue() : QJsonValue(h.hop.dateText)},
            {u"delay_s"_qs, h.hasDelay ? QJsonValue(h.delaySeconds) : QJsonValue()},
            {u"trusted"_qs, h.trusted},
            {u"boundary"_qs, h.boundary},
            // Which rule chose the boundary (HopTimeline::boundaryReason), on the boundary hop only.
            {u"boundary_rule"_qs, h.boundary ? QJsonValue(r.hops.boundaryReason) : QJsonValue()},
            {u"internal"_qs, h.internal},
            {u"status"_qs, hopStatusName(h.hop.status)},
            {u"line"_qs, h.hop.line > 0 ? QJsonValue(h.hop.line) : QJsonValue()},
            {u"findings"_qs, findings},
        });
    }
    return out;
}

QJsonValue iprevJson(const Report &r)
{
    if (!r.iprevChecked)
        return QJsonValue();
    const IprevResult &i = r.iprev;
    return QJsonObject{{u"ip"_qs, i.ip},
                       {u"ptr"_qs, QJsonArray::fromStringList(i.ptr)},
                       {u"forward_confirmed"_qs, i.forwardConfirmed},
                       {u"name"_qs, i.confirmedName.isEmpty() ? QJsonValue() : QJsonValue(i.confirmedName)},
                       {u"generic"_qs, i.generic},
                       {u"helo"_qs, i.helo.isEmpty() ? QJsonValue() : QJsonValue(i.helo)},
                       {u"helo_matches"_qs, i.heloMatches},
                       {u"result"_qs, i.result},
                       {u"reason"_qs, i.reason},
                       {u"reason_text"_qs, Explanations::text(Finding{i.reason, Severity::Info, i.reasonArgs, 0, {}})}};
}

QJsonValue arcJson(const Report &r)
{
    if (!r.arcChecked)
        return QJsonValue();
    const ArcResult &a = r.arc;
    QJsonArray sets;
    for (const ArcInstanceResult &i : a.instances) {
        QJsonObject saw;
        for (const AuthResultsMethod &m : i.aar.methods) {
            if (!saw.contains(m.method))
                saw.insert(m.method, m.result);
        }
        sets.append(QJsonObject{{u"instance"_qs, i.instance},
                                {u"sealer"_qs, i.domain},
                                {u"selector"_qs, i.selector},
                                {u"cv"_qs, i.cv},
                                {u"seal"_qs, i.sealResult.isEmpty() ? QJsonValue() : QJsonValue(i.sealResult)},
                                {u"seal_reason"_qs, i.sealReason.isEmpty() ? QJsonValue() : QJsonValue(i.sealReason)},
                                {u"ams"_qs, i.ams.result.isEmpty() ? QJsonValue() : QJsonValue(i.ams.result)},
                                {u"ams_reason"_qs, i.ams.reason.isEmpty() ? QJsonValue() : QJsonValue(i.ams.reason)},
                                {u"authserv_id"_qs, i.aar.authservId},
                                {u"saw"_qs, saw}});
    }
    return QJsonObject{
        {u"instances"_qs, a.instanceCount},
        {u"cv"_qs, a.result},
        {u"result"_qs, a.result},
        {u"reason"_qs, a.reason},
        {u"reason_text"_qs, Explanations::text(Finding{a.reason, Severity::Info, a.reasonArgs, 0, {}})},
        {u"failed_instance"_qs, a.failedInstance > 0 ? QJsonValue(a.failedInstance) : QJsonValue()},
        {u"oldest_pass"_qs, a.oldestPass > 0 ? QJsonValue(a.oldestPass) : QJsonValue()},
        {u"sets"_qs, sets},
        {u"recorded"_qs, r.arcRecorded.isEmpty() ? QJsonValue() : QJsonValue(r.arcRecorded)},
    };
}

QJsonValue spfJson(const Report &r)
{
    if (!r.spfChecked)
        return QJsonValue();
    QJsonObject o = ReportJson::spf(r.spf);
    o.insert(u"recorded", r.spfRecorded.isEmpty() ? QJsonValue() : QJsonValue(r.spfRecorded));
    return o;
}

// SPF of the header From domain: the shape of "spf" with scope "from"; "reused" when the From
// domain is the envelope domain and the envelope's evaluation stands for both.
QJsonValue spfFromJson(const Report &r)
{
    if (!r.spfFromChecked)
        return QJsonValue();
    QJsonObject o = ReportJson::spf(r.spfFrom, true);
    o.insert(u"recorded", QJsonValue());
    o.insert(u"reused", r.spfFromReused);
    return o;
}

QJsonValue dmarcJson(const Report &r)
{
    if (!r.dmarcChecked)
        return QJsonValue();
    const DmarcResult &d = r.dmarc;
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray aligned;
    for (const QString &domain : d.alignedDkimDomains)
        aligned.append(domain);
    return QJsonObject{
        {u"from_domain"_qs, text(d.fromDomain)},
        {u"org_domain"_qs, text(d.orgDomain)},
        {u"record"_qs, d.record.valid ? QJsonValue(QString::fromUtf8(d.record.text)) : QJsonValue()},
        {u"record_domain"_qs, text(d.recordDomain)},
        {u"policy"_qs, d.record.valid ? text(d.record.policy) : QJsonValue()},
        {u"subdomain_policy"_qs, text(d.record.subdomainPolicy)},
        {u"nonexistent_policy"_qs, text(d.record.nonexistentPolicy)},
        {u"applied_policy"_qs, text(d.policy)},
        {u"testing"_qs, d.record.testing},
        {u"result"_qs, d.result},
        {u"reason"_qs, d.reason},
        {u"reason_text"_qs, Explanations::text(Finding{d.reason, Severity::Info, d.reasonArgs, 0, {}})},
        {u"spf_aligned"_qs, d.spfAligned},
        {u"spf_domain"_qs, text(d.spfDomain)},
        {u"dkim_aligned"_qs, d.dkimAligned},
        {u"dkim_aligned_domains"_qs, aligned},
        {u"disposition"_qs, text(d.disposition)},
        {u"recorded"_qs, text(d.recorded)},
        {u"rfc7489"_qs, QJsonObject{{u"org_domain"_qs, text(d.rfc7489OrgDomain)}, {u"result"_qs, text(d.rfc7489Result)}}},
        {u"return_path_alignment"_qs, text(r.returnPathAlignment)},
    };
}

QJsonValue dnsJson(const Report &r)
{
    if (!r.dkimChecked)
        return QJsonValue();
    QJsonArray out;
    for (const DnsAnswer &a : r.dns) {
        QJsonArray answers;
        for (const DnsRecord &record : a.records)
            answers.append(record.presentation());
        out.append(QJsonObject{
            {u"name"_qs, QString::fromLatin1(a.question.name)},
            {u"type"_qs, dnsTypeName(a.question.type)},
            {u"rcode"_qs, dnsStatusName(a.status)},
            {u"secure"_qs, a.secure},
            {u"answers"_qs, answers},
            {u"source"_qs, a.source},
        });
    }
    return out;
}

QJsonArray evidenceJson(const QList<Finding> &evidence)
{
    QJsonArray out;
    for (const Finding &f : evidence) {
        out.append(QJsonObject{{u"key"_qs, f.key},
                               {u"text"_qs, Explanations::text(f)},
                               {u"header"_qs, f.header.isEmpty() ? QJsonValue() : QJsonValue(f.header)},
                               {u"line"_qs, f.line > 0 ? QJsonValue(f.line) : QJsonValue()}});
    }
    return out;
}

QJsonValue unsubscribeJson(const Report &r)
{
    if (!r.unsubscribeChecked)
        return QJsonValue();
    const UnsubscribeResult &u = r.unsubscribe;
    QJsonArray uris;
    for (const UnsubscribeUri &uri : u.uris)
        uris.append(uri.uri);
    QJsonObject body{{u"status"_qs, bodyLinkName(u.bodyLink)},
                     {u"text"_qs, u.bodyLinkText.isEmpty() ? QJsonValue() : QJsonValue(u.bodyLinkText)},
                     {u"uri"_qs, u.bodyLinkUri.isEmpty() ? QJsonValue() : QJsonValue(u.bodyLinkUri)}};
    return QJsonObject{
        {u"list_unsubscribe"_qs, uris},
        {u"list_unsubscribe_post"_qs, u.listUnsubscribePost ? QJsonValue(u.postValue) : QJsonValue()},
        {u"one_click"_qs, u.oneClick},
        {u"https"_qs, u.https},
        {u"http"_qs, u.http},
        {u"mailto"_qs, u.mailto},
        {u"dkim_covered"_qs, u.dkimCovered},
        {u"dkim_covering_domain"_qs, u.coveringDomain.isEmpty() ? QJsonValue() : QJsonValue(u.coveringDomain)},
        {u"body_link"_qs, body},
        {u"marketing"_qs, u.looksMarketing},
        {u"marketing_signals"_qs, QJsonArray::fromStringList(u.marketingSignals)},
    };
}

QJsonValue formatJson(const Report &r)
{
    if (!r.formatChecked)
        return QJsonValue();
    QJsonArray out;
    for (const CheckOutcome &o : r.format) {
        out.append(QJsonObject{{u"id"_qs, o.check},
                               {u"status"_qs, checkStatusName(o.status)},
                               {u"reason"_qs, o.reason},
                               {u"detail"_qs, Explanations::text(makeFinding(o.reason, Severity::Info, o.reasonArgs))},
                               {u"evidence"_qs, evidenceJson(o.evidence)}});
    }
    return out;
}

QJsonValue requirementsJson(const Report &r)
{
    QJsonArray out;
    for (const RequirementResult &q : r.requirements) {
        out.append(QJsonObject{{u"id"_qs, q.id},
                               {u"provider"_qs, q.provider},
                               {u"applies"_qs, applicabilityName(q.applies)},
                               {u"in_scope"_qs, q.inScope},
                               {u"status"_qs, checkStatusName(q.status)},
                               {u"check"_qs, q.outcome.check},
                               {u"reason"_qs, q.reason},
                               {u"detail"_qs, Explanations::text(makeFinding(q.reason, Severity::Info, q.reasonArgs))},
                               {u"evidence"_qs, evidenceJson(q.outcome.evidence)}});
    }
    return out;
}

QJsonValue verdictsJson(const Report &r)
{
    QJsonArray out;
    QStringList providers;
    for (const RequirementResult &q : r.requirements) {
        if (!providers.contains(q.provider))
            providers << q.provider;
    }
    const CheckResults checks = r.checkResults();
    for (const QString &p : std::as_const(providers)) {
        const ProviderVerdict v = RequirementEngine::verdict(checks, r.requirements, p);
        out.append(QJsonObject{{u"provider"_qs, p},
                               {u"outcome"_qs, verdictOutcomeName(v.outcome)},
                               {u"reason"_qs, v.reason},
                               {u"detail"_qs, Explanations::text(makeFinding(v.reason, Severity::Info, v.reasonArgs))},
                               {u"rows"_qs, QJsonArray::fromStringList(v.decidingRows)}});
    }
    return out;
}

} // namespace

QJsonObject ReportJson::spf(const SpfResult &spf, bool fromScope)
{
    auto text = [](const QByteArray &b) { return b.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(b)); };
    QJsonArray trace;
    for (const SpfTraceEntry &e : spf.trace) {
        trace.append(QJsonObject{{u"kind"_qs, SpfTraceEntry::kindName(e.kind)},
            {u"depth"_qs, e.depth},
            {u"domain"_qs, QString::fromUtf8(e.domain)},
            {u"text"_qs, QString::fromUtf8(e.text)},
            // The result step's detail has always been its key.
            {u"detail"_qs, e.kind == SpfTraceEntry::Kind::Result ? e.key : e.detail}});
    }
    const bool nullSender = spf.sender.startsWith("postmaster@") && spf.domain == spf.helo;
    return QJsonObject{
        {u"ip"_qs, text(spf.ip)},
        {u"helo"_qs, text(spf.helo)},
        {u"mailfrom"_qs, nullSender && !fromScope ? QJsonValue(QString()) : text(spf.sender)},
        {u"domain"_qs, text(spf.domain)},
        {u"scope"_qs, fromScope ? u"from"_qs : (nullSender ? u"helo"_qs : u"mailfrom"_qs)},
        {u"result"_qs, spf.result},
        {u"reason"_qs, spf.reason},
        {u"reason_text"_qs, Explanations::text(Finding{spf.reason, Severity::Info, spf.reasonArgs, 0, {}})},
        {u"explanation"_qs, spf.explanation.isEmpty() ? QJsonValue() : QJsonValue(spf.explanation)},
        {u"record"_qs, text(spf.record)},
        {u"matched"_qs, text(spf.matchedTerm)},
        {u"lookups"_qs, spf.lookups},
        {u"void_lookups"_qs, spf.voidLookups},
        {u"trace"_qs, trace},
    };
}

namespace {

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// DESIGN.md "receiver_verdicts": meanings in the current language, null where undocumented.
QJsonValue receiverVerdictsJson(const Report &r)
{
    if (!r.receiverChecked)
        return QJsonValue();
    const QString language = Localization::current();
    const auto localText = [&language](const LocalText &t) {
        return t.isEmpty() ? QJsonValue() : QJsonValue(t.text(language));
    };
    QJsonArray out;
    for (const ReceiverVerdict &v : r.receiverVerdicts) {
        QJsonObject decoded;
        for (const DecodedToken &t : v.decoded) {
            decoded.insert(t.token, QJsonObject{{u"value"_qs, t.value},
                                                {u"label"_qs, localText(t.label)},
                                                {u"meaning"_qs, t.documented ? localText(t.meaning) : QJsonValue()},
                                                {u"source"_qs, t.source.isEmpty() ? QJsonValue() : QJsonValue(t.source)}});
        }
        QJsonArray rules;
        for (const ReceiverRule &rule : v.rules) {
            rules.append(QJsonObject{{u"name"_qs, rule.name},
                                     {u"weight"_qs, number(rule.weight)},
                                     {u"options"_qs, rule.options.isEmpty() ? QJsonValue() : QJsonValue(rule.options)},
                                     {u"family"_qs, rule.family.isEmpty() ? QJsonValue() : QJsonValue(rule.family)},
                                     {u"meaning"_qs, rule.documented ? localText(rule.meaning) : QJsonValue()},
                                     {u"source"_qs, rule.source.isEmpty() ? QJsonValue() : QJsonValue(rule.source)}});
        }
        const QString verdict = verdictName(v.verdict);
        out.append(QJsonObject{{u"vendor"_qs, v.vendor},
                               {u"field"_qs, v.field},
                               {u"line"_qs, v.line},
                               {u"trusted"_qs, v.trusted},
                               {u"raw"_qs, v.raw},
                               {u"verdict"_qs, verdict.isEmpty() ? QJsonValue() : QJsonValue(verdict)},
                               {u"score"_qs, number(v.score)},
                               {u"threshold"_qs, number(v.threshold)},
                               {u"decoded"_qs, decoded},
                               {u"rules"_qs, rules},
                               {u"undocumented"_qs, QJsonArray::fromStringList(v.undocumented)}});
    }
    return out;
}

} // namespace

QJsonObject ReportJson::toJson(const Report &r)
{
    QJsonObject o;
    o.insert(u"schema", Schema);
    o.insert(u"source", sourceJson(r));
    o.insert(u"message", messageJson(r));
    o.insert(u"authentication_results", authResultsJson(r));
    o.insert(u"dkim", dkimJson(r));
    o.insert(u"arc", arcJson(r));
    o.insert(u"spf", spfJson(r));
    o.insert(u"spf_from", spfFromJson(r));
    o.insert(u"dmarc", dmarcJson(r));
    o.insert(u"iprev", iprevJson(r));
    o.insert(u"hops", hopsJson(r));
    o.insert(u"receiver_verdicts", receiverVerdictsJson(r));
    o.insert(u"unsubscribe", unsubscribeJson(r));
    o.insert(u"format", formatJson(r));
    o.insert(u"requirements", requirementsJson(r));
    o.insert(u"verdicts", verdictsJson(r));
    o.insert(u"dns", dnsJson(r));
    if (r.sendingService.id.isEmpty()) {
        o.insert(u"sending_service", QJsonValue());
    } else {
        o.insert(u"sending_service", QJsonObject{{u"id"_qs, r.sendingService.id},
                                                 {u"name"_qs, r.sendingService.name},
                                                 {u"evidence"_qs, QJsonArray::fromStringList(r.sendingService.evidence)},
                                                 {u"fix"_qs, r.sendingService.fix(Localization::current())}});
    }
    o.insert(u"findings", findingsJson(r));
    o.insert(u"summary", CustomerSummary::toJson(CustomerSummary::fromReport(r), Localization::current()));
    return o;
}

QByteArray ReportJson::serialize(const QList<Report> &reports)
{
    if (reports.size() == 1)
        return QJsonDocument(toJson(reports.first())).toJson(QJsonDocument::Indented);
    QJsonArray array;
    for (const Report &r : reports)
        array.append(toJson(r));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace kensa
