#include "core/report/ReportJson.h"

#include "core/report/CustomerSummary.h"

#include "core/checklist/RequirementEngine.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "core/report/JsonWriter.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>


namespace kensa {

// The report is written straight to text (JsonWriter), member by member. Schema 1 has always
// printed every object's keys sorted (it was built as a QJsonObject): each function below writes
// its keys in that order, and debug builds check it.

namespace {

using W = JsonWriter;
consteval W::PlainKey operator""_k(const char *s, std::size_t n)
{
    return W::PlainKey(s, qsizetype(n));
}

void argsObject(W &w, const QList<QPair<QString, QString>> &args)
{
    w.stringMap(args);
}

void nullOrInt(W &w, bool present, qint64 n)
{
    if (present)
        w.integer(n);
    else
        w.null();
}

void source(W &w, const Report &r)
{
    w.beginObject();
    w.key("file"_k), w.stringOrNull(r.source.file);
    w.field("headers_only"_k, r.summary.headersOnly);
    w.key("index"_k), nullOrInt(w, r.source.index >= 0, r.source.index);
    // false: the input is not an email message; nothing was checked and no provider judged.
    w.field("is_message"_k, r.isMessage);
    w.key("normalised"_k), w.stringList(r.source.normalised);
    w.key("not_message_reason"_k), w.stringOrNull(r.notMessageReason);
    w.key("origin"_k), w.stringOrNull(r.source.origin);
    w.field("original_size"_k, r.source.originalSize);
    w.key("wrapper"_k), w.textOrNull(r.source.wrapper);
    w.endObject();
}

void message(W &w, const Report &r)
{
    const MessageSummary &s = r.summary;
    const auto present = [&](QLatin1StringView key, const char *name, const QString &value) {
        w.key(key);
        if (r.message.field(name))
            w.value(value);
        else
            w.null();
    };
    w.beginObject();
    present("date"_k, "Date", s.date);
    present("from"_k, "From", s.from);
    w.key("from_domain"_k), w.textOrNull(s.fromDomain);
    w.key("from_mailboxes"_k);
    w.beginArray();
    for (const Mailbox &m : s.fromMailboxes) {
        w.beginObject();
        w.field("address"_k, m.address());
        w.field("domain"_k, m.domainAscii);
        w.field("name"_k, m.displayName);
        w.endObject();
    }
    w.endArray();
    w.field("header_fields"_k, r.message.headers().size());
    present("message_id"_k, "Message-ID", s.messageId);
    w.key("return_path"_k);
    if (s.hasReturnPath)
        w.value(s.returnPath);
    else
        w.null();
    w.field("size"_k, s.size);
    present("subject"_k, "Subject", s.subject);
    present("to"_k, "To", s.to);
    w.endObject();
}

void finding(W &w, const Finding &f)
{
    w.beginObject();
    w.key("args"_k), argsObject(w, f.args);
    w.key("header"_k), w.textOrNull(f.header);
    w.field("key"_k, f.key);
    w.key("line"_k), nullOrInt(w, f.line > 0, f.line);
    w.field("severity"_k, severityName(f.severity));
    w.field("text"_k, Explanations::text(f));
    w.endObject();
}

void findings(W &w, const QList<Finding> &list)
{
    w.beginArray();
    for (const Finding &f : list)
        finding(w, f);
    w.endArray();
}

// A count that is unknown below 0, printed as QJsonValue(double) printed it.
void numberOrNull(W &w, qint64 n)
{
    if (n < 0)
        w.null();
    else
        w.value(double(n));
}

void explained(W &w, const QString &reason, const QList<QPair<QString, QString>> &args, int line = 0)
{
    w.field("reason_text"_k, Explanations::text(Finding{reason, Severity::Info, args, line, {}}));
}

void dkim(W &w, const Report &r)
{
    if (!r.dkimChecked) {
        w.null();
        return;
    }
    w.beginArray();
    for (const DkimResult &d : r.dkim) {
        w.beginObject();
        w.field("a"_k, d.algorithm);
        const QString bodyHash = DkimResult::bodyHashName(d.bodyHash);
        w.key("body_hash"_k), w.textOrNull(bodyHash);
        w.key("body_hash_claimed"_k), w.latin1(d.claimedBodyHash);
        w.key("body_hash_computed"_k);
        if (d.computedBodyHash.isEmpty())
            w.null();
        else
            w.latin1(d.computedBodyHash);
        w.field("c"_k, d.canonicalization);
        w.key("crypto"_k), w.textOrNull(d.crypto);
        w.field("d"_k, d.domain);
        w.field("i"_k, d.identity);
        w.key("key_bits"_k), nullOrInt(w, d.keyBits > 0, d.keyBits);
        w.field("key_name"_k, d.keyName);
        w.key("key_record"_k);
        if (d.keyRecord.isEmpty())
            w.null();
        else
            w.latin1(d.keyRecord);
        w.field("key_testing"_k, d.keyTesting);
        w.key("key_type"_k), w.textOrNull(d.keyType);
        w.key("l"_k), numberOrNull(w, d.bodyLength);
        w.field("line"_k, d.line);
        w.field("reason"_k, d.reason);
        w.key("reason_args"_k), argsObject(w, d.reasonArgs);
        explained(w, d.reason, d.reasonArgs, d.line);
        w.key("recorded"_k), w.textOrNull(d.recorded);
        w.key("recorded_by"_k), w.textOrNull(d.recordedBy);
        w.key("recorded_reason"_k), w.textOrNull(d.recordedReason);
        w.field("result"_k, d.result);
        w.field("s"_k, d.selector);
        w.key("signed_headers"_k), w.stringList(d.signedHeaders);
        w.key("t"_k), numberOrNull(w, d.timestamp);
        w.key("x"_k), numberOrNull(w, d.expiry);
        w.endObject();
    }
    w.endArray();
}

void authResults(W &w, const Report &r)
{
    w.beginArray();
    for (const AuthResultsField &field : r.authResults) {
        w.beginObject();
        w.key("authserv_id"_k), w.textOrNull(field.authservId);
        w.field("field"_k, field.fieldName);
        w.key("instance"_k), nullOrInt(w, field.instance >= 0, field.instance);
        w.field("line"_k, field.line);
        w.key("methods"_k);
        w.beginArray();
        for (const AuthResultsMethod &m : field.methods) {
            w.beginObject();
            w.key("comment"_k), w.textOrNull(m.comment);
            w.field("method"_k, m.method);
            w.key("props"_k);
            w.beginObject();
            const auto name = [](const AuthResultsProperty &p) { return p.name(); };
            for (const qsizetype i : W::membersInOrder(m.properties, name, W::Keep::First))
                w.field(QStringView(m.properties.at(i).name()), m.properties.at(i).value);
            w.endObject();
            w.key("reason"_k), w.stringOrNull(m.reason);
            w.field("result"_k, m.result);
            w.key("version"_k), nullOrInt(w, m.version >= 0, m.version);
            w.endObject();
        }
        w.endArray();
        w.field("nonconforming"_k, field.nonconforming);
        w.field("none"_k, field.noResult);
        w.field("raw"_k, QString::fromUtf8(field.raw).trimmed());
        w.field("trusted"_k, field.trusted);
        w.key("version"_k), nullOrInt(w, field.version >= 0, field.version);
        w.endObject();
    }
    w.endArray();
}

void hops(W &w, const Report &r)
{
    w.beginArray();
    for (const HopTimeline::Hop &h : r.hops.hops) {
        w.beginObject();
        w.field("boundary"_k, h.boundary);
        // Which rule chose the boundary (HopTimeline::boundaryReason), on the boundary hop only.
        w.key("boundary_rule"_k);
        if (h.boundary)
            w.value(r.hops.boundaryReason);
        else
            w.null();
        w.key("by"_k), w.textOrNull(h.hop.by);
        w.key("delay_s"_k), nullOrInt(w, h.hasDelay, h.delaySeconds);
        w.key("findings"_k), findings(w, h.hop.findings);
        w.key("from"_k), w.textOrNull(h.hop.fromReverse.isEmpty() ? h.hop.fromHelo : h.hop.fromReverse);
        w.key("helo"_k), w.textOrNull(h.hop.fromHelo);
        w.field("index"_k, h.index);
        w.field("internal"_k, h.internal);
        w.key("ip"_k), w.textOrNull(h.hop.fromIp);
        w.key("ip_scope"_k), w.textOrNull(h.ipScope);
        w.key("line"_k), nullOrInt(w, h.hop.line > 0, h.hop.line);
        w.key("protocol"_k), w.textOrNull(h.hop.with);
        w.field("status"_k, hopStatusName(h.hop.status));
        w.key("timestamp"_k), w.textOrNull(h.hop.dateText);
        // The hop's one TLS fact, as the checklist's TLS row reads it; null when the field does not say.
        w.key("tls"_k);
        if (h.hop.tls == HopTls::Unknown)
            w.null();
        else
            w.value(h.hop.tls == HopTls::Encrypted);
        w.key("tls_version"_k), w.textOrNull(h.hop.tlsVersion);
        w.field("trusted"_k, h.trusted);
        w.endObject();
    }
    w.endArray();
}

void iprev(W &w, const Report &r)
{
    if (!r.iprevChecked) {
        w.null();
        return;
    }
    const IprevResult &i = r.iprev;
    w.beginObject();
    w.field("forward_confirmed"_k, i.forwardConfirmed);
    w.field("generic"_k, i.generic);
    w.key("helo"_k), w.textOrNull(i.helo);
    w.field("helo_matches"_k, i.heloMatches);
    w.field("ip"_k, i.ip);
    w.key("name"_k), w.textOrNull(i.confirmedName);
    w.key("ptr"_k), w.stringList(i.ptr);
    w.field("reason"_k, i.reason);
    explained(w, i.reason, i.reasonArgs);
    w.field("result"_k, i.result);
    w.endObject();
}

void arc(W &w, const Report &r)
{
    if (!r.arcChecked) {
        w.null();
        return;
    }
    const ArcResult &a = r.arc;
    w.beginObject();
    w.field("cv"_k, a.result);
    w.key("failed_instance"_k), nullOrInt(w, a.failedInstance > 0, a.failedInstance);
    w.field("instances"_k, a.instanceCount);
    w.key("oldest_pass"_k), nullOrInt(w, a.oldestPass > 0, a.oldestPass);
    w.field("reason"_k, a.reason);
    explained(w, a.reason, a.reasonArgs);
    w.key("recorded"_k), w.textOrNull(r.arcRecorded);
    w.field("result"_k, a.result);
    w.key("sets"_k);
    w.beginArray();
    for (const ArcInstanceResult &i : a.instances) {
        w.beginObject();
        w.key("ams"_k), w.textOrNull(i.ams.result);
        w.key("ams_reason"_k), w.textOrNull(i.ams.reason);
        w.field("authserv_id"_k, i.aar.authservId);
        w.field("cv"_k, i.cv);
        w.field("instance"_k, i.instance);
        w.key("saw"_k);
        w.beginObject();
        const auto method = [](const AuthResultsMethod &m) { return m.method; };
        for (const qsizetype k : W::membersInOrder(i.aar.methods, method, W::Keep::First))
            w.field(QStringView(i.aar.methods.at(k).method), i.aar.methods.at(k).result);
        w.endObject();
        w.key("seal"_k), w.textOrNull(i.sealResult);
        w.key("seal_reason"_k), w.textOrNull(i.sealReason);
        w.field("sealer"_k, i.domain);
        w.field("selector"_k, i.selector);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

// The members of the "spf" object; `recorded` and `reused` are the report's own, written only
// when `inReport`.
struct SpfExtras
{
    bool inReport = false;
    QString recorded;
    std::optional<bool> reused;
};

void spfObject(W &w, const SpfResult &spf, bool fromScope, const SpfExtras &extras)
{
    const auto text = [&w](const QByteArray &b) {
        if (b.isEmpty())
            w.null();
        else
            w.utf8(b);
    };
    const bool nullSender = spf.sender.startsWith("postmaster@") && spf.domain == spf.helo;
    w.beginObject();
    w.key("domain"_k), text(spf.domain);
    w.key("explanation"_k), w.textOrNull(spf.explanation);
    w.key("helo"_k), text(spf.helo);
    w.key("ip"_k), text(spf.ip);
    w.field("lookups"_k, spf.lookups);
    w.key("mailfrom"_k);
    if (nullSender && !fromScope)
        w.value(QLatin1StringView(""));
    else
        text(spf.sender);
    w.key("matched"_k), text(spf.matchedTerm);
    w.field("reason"_k, spf.reason);
    explained(w, spf.reason, spf.reasonArgs);
    w.key("record"_k), text(spf.record);
    if (extras.inReport)
        w.key("recorded"_k), w.textOrNull(extras.recorded);
    w.field("result"_k, spf.result);
    if (extras.reused)
        w.field("reused"_k, *extras.reused);
    w.field("scope"_k, fromScope ? "from"_k : (nullSender ? "helo"_k : "mailfrom"_k));
    w.key("trace"_k);
    w.beginArray();
    for (const SpfTraceEntry &e : spf.trace) {
        w.beginObject();
        w.field("depth"_k, e.depth);
        // The result step's detail has always been its key.
        w.field("detail"_k, e.kind == SpfTraceEntry::Kind::Result ? e.key : e.detail);
        w.key("domain"_k), w.utf8(e.domain);
        w.field("kind"_k, SpfTraceEntry::kindName(e.kind));
        w.key("text"_k), w.utf8(e.text);
        w.endObject();
    }
    w.endArray();
    w.field("void_lookups"_k, spf.voidLookups);
    w.endObject();
}

void spfReport(W &w, const Report &r)
{
    if (!r.spfChecked)
        w.null();
    else
        spfObject(w, r.spf, false, SpfExtras{true, r.spfRecorded, std::nullopt});
}

// SPF of the header From domain: the shape of "spf" with scope "from"; "reused" when the From
// domain is the envelope domain and the envelope's evaluation stands for both.
void spfFrom(W &w, const Report &r)
{
    if (!r.spfFromChecked)
        w.null();
    else
        spfObject(w, r.spfFrom, true, SpfExtras{true, QString(), r.spfFromReused});
}

void dmarc(W &w, const Report &r)
{
    if (!r.dmarcChecked) {
        w.null();
        return;
    }
    const DmarcResult &d = r.dmarc;
    w.beginObject();
    w.key("applied_policy"_k), w.textOrNull(d.policy);
    w.key("disposition"_k), w.textOrNull(d.disposition);
    w.field("dkim_aligned"_k, d.dkimAligned);
    w.key("dkim_aligned_domains"_k), w.stringList(d.alignedDkimDomains);
    w.key("from_domain"_k), w.textOrNull(d.fromDomain);
    w.key("nonexistent_policy"_k), w.textOrNull(d.record.nonexistentPolicy);
    w.key("org_domain"_k), w.textOrNull(d.orgDomain);
    w.key("policy"_k);
    if (d.record.valid)
        w.textOrNull(d.record.policy);
    else
        w.null();
    w.field("reason"_k, d.reason);
    explained(w, d.reason, d.reasonArgs);
    w.key("record"_k);
    if (d.record.valid)
        w.utf8(d.record.text);
    else
        w.null();
    w.key("record_domain"_k), w.textOrNull(d.recordDomain);
    w.key("recorded"_k), w.textOrNull(d.recorded);
    w.field("result"_k, d.result);
    w.key("return_path_alignment"_k), w.textOrNull(r.returnPathAlignment);
    w.key("rfc7489"_k);
    w.beginObject();
    w.key("org_domain"_k), w.textOrNull(d.rfc7489OrgDomain);
    w.key("result"_k), w.textOrNull(d.rfc7489Result);
    w.endObject();
    w.field("spf_aligned"_k, d.spfAligned);
    w.key("spf_domain"_k), w.textOrNull(d.spfDomain);
    w.key("subdomain_policy"_k), w.textOrNull(d.record.subdomainPolicy);
    w.field("testing"_k, d.record.testing);
    w.endObject();
}

// The DNS budget of the analysis: its length, whether it ran out and how many questions it
// left unanswered; null when no analysis ran.
void dnsBudget(W &w, const Report &r)
{
    if (r.dnsBudgetMs <= 0) {
        w.null();
        return;
    }
    w.beginObject();
    w.field("exhausted"_k, r.dnsBudgetExhausted);
    w.field("seconds"_k, r.dnsBudgetMs / 1000.0);
    w.field("unanswered"_k, r.dnsUnanswered);
    w.endObject();
}

void dns(W &w, const Report &r)
{
    if (!r.dkimChecked) {
        w.null();
        return;
    }
    w.beginArray();
    for (const DnsAnswer &a : r.dns) {
        w.beginObject();
        w.key("answers"_k);
        w.beginArray();
        for (const DnsRecord &record : a.records)
            w.value(record.presentation());
        w.endArray();
        w.key("name"_k), w.latin1(a.question.name);
        w.field("rcode"_k, dnsStatusName(a.status));
        w.field("secure"_k, a.secure);
        w.field("source"_k, a.source);
        w.field("type"_k, dnsTypeName(a.question.type));
        w.endObject();
    }
    w.endArray();
}

void evidence(W &w, const QList<Finding> &list)
{
    w.beginArray();
    for (const Finding &f : list) {
        w.beginObject();
        w.key("header"_k), w.textOrNull(f.header);
        w.field("key"_k, f.key);
        w.key("line"_k), nullOrInt(w, f.line > 0, f.line);
        w.field("text"_k, Explanations::text(f));
        w.endObject();
    }
    w.endArray();
}

void unsubscribe(W &w, const Report &r)
{
    if (!r.unsubscribeChecked) {
        w.null();
        return;
    }
    const UnsubscribeResult &u = r.unsubscribe;
    w.beginObject();
    w.key("body_link"_k);
    w.beginObject();
    w.field("status"_k, bodyLinkName(u.bodyLink));
    w.key("text"_k), w.textOrNull(u.bodyLinkText);
    w.key("uri"_k), w.textOrNull(u.bodyLinkUri);
    w.endObject();
    w.field("dkim_covered"_k, u.dkimCovered);
    w.key("dkim_covering_domain"_k), w.textOrNull(u.coveringDomain);
    w.field("http"_k, u.http);
    w.field("https"_k, u.https);
    w.key("list_unsubscribe"_k);
    w.beginArray();
    for (const UnsubscribeUri &uri : u.uris)
        w.value(uri.uri);
    w.endArray();
    w.key("list_unsubscribe_post"_k);
    if (u.listUnsubscribePost)
        w.value(u.postValue);
    else
        w.null();
    w.field("mailto"_k, u.mailto);
    w.field("marketing"_k, u.looksMarketing);
    w.key("marketing_signals"_k), w.stringList(u.marketingSignals);
    w.field("one_click"_k, u.oneClick);
    w.endObject();
}

QString detail(const QString &reason, const QList<QPair<QString, QString>> &args)
{
    return Explanations::text(makeFinding(reason, Severity::Info, args));
}

void format(W &w, const Report &r)
{
    if (!r.formatChecked) {
        w.null();
        return;
    }
    w.beginArray();
    for (const CheckOutcome &o : r.format) {
        w.beginObject();
        w.field("detail"_k, detail(o.reason, o.reasonArgs));
        w.key("evidence"_k), evidence(w, o.evidence);
        w.field("id"_k, o.check);
        w.field("reason"_k, o.reason);
        w.field("status"_k, checkStatusName(o.status));
        w.endObject();
    }
    w.endArray();
}

// Identifies the data an implicitly shared value points to: two values with the same identity
// hold the same contents (while neither changes).
struct Sharing
{
    const void *data = nullptr;
    qsizetype size = 0;
    bool operator==(const Sharing &) const = default;
};

template<typename T>
Sharing sharing(const T &value)
{
    return Sharing{value.constData(), value.size()};
}

size_t qHash(const Sharing &s, size_t seed = 0)
{
    return qHashMulti(seed, quintptr(s.data), s.size);
}

// The JSON text of values that repeat, written once each. The some 200 checklist cells (rows
// times providers) hold copies of a few dozen check outcomes: every cell of a check repeats its
// evidence list, and most repeat its reason, so they share their data. Keyed by that sharing, a
// repeat is known without comparing or hashing the contents; the cells all sit at one depth, so
// the text written for one is the text of every other.
template<typename Key>
class Repeats
{
public:
    // The text of `key`'s value written at `depth`, made with `make` the first time.
    template<typename Make>
    QByteArrayView text(W::Style style, int depth, const Key &key, Make make)
    {
        // The cells of a row mostly share their check's values: the last one is tried first.
        if (!m_last || m_last->first != key) {
            auto it = m_spans.constFind(key);
            if (it == m_spans.cend()) {
                const qsizetype start = m_texts.size();
                W once(&m_texts, style, depth);
                make(once);
                it = m_spans.insert(key, {start, m_texts.size() - start});
            }
            m_last = {key, *it};
        }
        return QByteArrayView(m_texts).sliced(m_last->second.first, m_last->second.second);
    }

private:
    using Span = std::pair<qsizetype, qsizetype>; // where a text starts, its length
    // The texts one after the other, in one array rather than an allocation each.
    QByteArray m_texts;
    QHash<Key, Span> m_spans;
    std::optional<std::pair<Key, Span>> m_last;
};

// The text of a checklist cell around its detail and evidence: its opening and "applies" and
// "check" members, and its members from "id" to the closing brace. These come from the
// requirement table and the check's status, not from the message, so a batch writes the same
// few hundred for every message; each thread keeps them, written once.
class RowFrames
{
public:
    struct Texts
    {
        QByteArray head;   // "{ ... "detail": "
        QByteArray middle; // ", "evidence": "
        QByteArray tail;   // ", "id": ... }"
        // The strings of the key, kept: while this entry is in the table, no other string can
        // take their addresses, so an equal key means equal text.
        std::array<QString, 4> kept;
    };

    // The frame of `q`, the cell at `place` in the list of cells.
    static const Texts &of(const RequirementResult &q, W::Style style, int depth, qsizetype place)
    {
        thread_local RowFrames frames;
        return frames.find(q, style, depth, place);
    }

private:
    // The members that decide the texts, the strings by their data (address and length): the
    // entry keeps the strings (Texts::kept), so a look-up copies no string and compares no
    // text. The table's strings are shared by every message, so they meet at the same
    // addresses; strings of equal text at other addresses only miss and are kept again.
    struct Key
    {
        std::array<Sharing, 4> strings; // check, id, provider, reason
        Applicability applies;
        bool inScope;
        CheckStatus status;
        W::Style style;
        int depth;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        // Mixed by hand and hashed once: qHashMulti() hashed each of the nine members in turn,
        // some 100 instructions of the 210 look-ups of a report.
        quint64 h = quint64(k.depth) << 8 | quint64(k.applies) << 4 | quint64(k.status) << 1 | quint64(k.inScope);
        h = h << 1 | quint64(k.style);
        for (const Sharing &t : k.strings)
            h = (h ^ quintptr(t.data) ^ quint64(t.size) << 48) * 0x9E3779B97F4A7C15ull;
        return ::qHash(h, seed);
    }

    const Texts &find(const RequirementResult &q, W::Style style, int depth, qsizetype place)
    {
        const Key key{{sharing(q.outcome.check), sharing(q.id), sharing(q.provider), sharing(q.reason)},
                      q.applies, q.inScope, q.status, style, depth};
        // Every report of a batch lists the same table's cells in the same order, so the frame
        // the cell at this place had in the last report is tried first, without hashing.
        if (place >= MaxPlaces)
            return lookUp(key, q, style, depth);
        if (place >= qsizetype(m_byPlace.size()))
            m_byPlace.resize(place + 1);
        std::optional<std::pair<Key, Texts>> &last = m_byPlace[place];
        if (!last || last->first != key)
            last.emplace(key, lookUp(key, q, style, depth));
        return last->second;
    }

    const Texts &lookUp(const Key &key, const RequirementResult &q, W::Style style, int depth)
    {
        if (const auto it = m_texts.constFind(key); it != m_texts.cend())
            return *it;
        // Written by a JsonWriter with null for the message's parts, then cut around them: the
        // text is exactly what writing the cell member by member gives.
        QByteArray text;
        {
            W once(&text, style, depth);
            once.beginObject();
            once.field("applies"_k, applicabilityName(q.applies));
            once.field("check"_k, q.outcome.check);
            once.nullField("detail"_k);
            once.nullField("evidence"_k);
            once.field("id"_k, q.id);
            once.field("in_scope"_k, q.inScope);
            once.field("provider"_k, q.provider);
            once.field("reason"_k, q.reason);
            once.field("status"_k, checkStatusName(q.status));
            once.endObject();
        }
        // A quote inside a string is escaped, so these keys are found only as keys.
        const QByteArray detail = style == W::Style::Indented ? "\"detail\": " : "\"detail\":";
        const QByteArray evidence = style == W::Style::Indented ? "\"evidence\": " : "\"evidence\":";
        const qsizetype detailAt = text.indexOf(detail) + detail.size();
        const qsizetype evidenceAt = text.indexOf(evidence, detailAt) + evidence.size();
        Q_ASSERT(detailAt >= detail.size() && evidenceAt >= evidence.size());
        Texts texts;
        texts.head = text.first(detailAt);
        texts.middle = text.sliced(detailAt + 4, evidenceAt - detailAt - 4); // after "null"
        texts.tail = text.sliced(evidenceAt + 4);
        texts.kept = {q.outcome.check, q.id, q.provider, q.reason};
        // A bound: a caller whose strings are made anew for every message would only miss.
        if (m_texts.size() >= 4096)
            m_texts.clear();
        return *m_texts.insert(key, std::move(texts));
    }

    // The places remembered: more than the built-in table's some 200 cells.
    static constexpr qsizetype MaxPlaces = 1024;
    QHash<Key, Texts> m_texts;
    std::vector<std::optional<std::pair<Key, Texts>>> m_byPlace;
};

void requirements(W &w, const Report &r)
{
    Repeats<std::pair<Sharing, Sharing>> details;
    Repeats<Sharing> evidences;
    // Each cell is one value: its frame from the table, its detail and evidence from the message,
    // which are members of the cell, a level below the array's elements.
    const int elementDepth = w.depth() + 1;
    const int memberDepth = elementDepth + 1;
    w.beginArray();
    qsizetype place = 0;
    for (const RequirementResult &q : r.requirements) {
        const RowFrames::Texts &frame = RowFrames::of(q, w.style(), elementDepth, place++);
        const QByteArrayView detailText = details.text(w.style(), memberDepth, {sharing(q.reason), sharing(q.reasonArgs)},
                                                   [&q](W &once) { once.value(detail(q.reason, q.reasonArgs)); });
        const QByteArrayView evidenceText = evidences.text(w.style(), memberDepth, sharing(q.outcome.evidence),
                                                           [&q](W &once) { evidence(once, q.outcome.evidence); });
        w.json({frame.head, detailText, frame.middle, evidenceText, frame.tail});
    }
    w.endArray();
}

void verdicts(W &w, const Report &r)
{
    QStringList providers;
    for (const RequirementResult &q : r.requirements) {
        const auto same = [&q](const QString &p) { return sameProvider(p, q.provider); };
        if (std::none_of(providers.cbegin(), providers.cend(), same))
            providers << q.provider;
    }
    w.beginArray();
    if (!providers.isEmpty()) {
        const CheckResults checks = r.checkResults();
        for (const QString &p : std::as_const(providers)) {
            const ProviderVerdict v = RequirementEngine::verdict(checks, r.requirements, p);
            w.beginObject();
            w.field("detail"_k, detail(v.reason, v.reasonArgs));
            w.field("outcome"_k, verdictOutcomeName(v.outcome));
            w.field("provider"_k, p);
            w.field("reason"_k, v.reason);
            w.key("rows"_k), w.stringList(v.decidingRows);
            w.endObject();
        }
    }
    w.endArray();
}

void number(W &w, std::optional<double> value)
{
    if (value)
        w.value(*value);
    else
        w.null();
}

// DESIGN.md "receiver_verdicts": meanings in the current language, null where undocumented.
void receiverVerdicts(W &w, const Report &r)
{
    if (!r.receiverChecked) {
        w.null();
        return;
    }
    const QString language = Localization::current();
    const auto localText = [&](const LocalText &t) {
        if (t.isEmpty())
            w.null();
        else
            w.value(t.text(language));
    };
    w.beginArray();
    for (const ReceiverVerdict &v : r.receiverVerdicts) {
        w.beginObject();
        w.key("decoded"_k);
        w.beginObject();
        const auto token = [](const DecodedToken &t) { return t.token; };
        for (const qsizetype i : W::membersInOrder(v.decoded, token, W::Keep::Last)) {
            const DecodedToken &t = v.decoded.at(i);
            w.key(QStringView(t.token));
            w.beginObject();
            w.key("label"_k), localText(t.label);
            w.key("meaning"_k);
            if (t.documented)
                localText(t.meaning);
            else
                w.null();
            w.key("source"_k), w.textOrNull(t.source);
            w.field("value"_k, t.value);
            w.endObject();
        }
        w.endObject();
        w.field("field"_k, v.field);
        w.field("line"_k, v.line);
        w.field("raw"_k, v.raw);
        w.key("rules"_k);
        w.beginArray();
        for (const ReceiverRule &rule : v.rules) {
            w.beginObject();
            w.key("family"_k), w.textOrNull(rule.family);
            w.key("meaning"_k);
            if (rule.documented)
                localText(rule.meaning);
            else
                w.null();
            w.field("name"_k, rule.name);
            w.key("options"_k), w.textOrNull(rule.options);
            w.key("source"_k), w.textOrNull(rule.source);
            w.key("weight"_k), number(w, rule.weight);
            w.endObject();
        }
        w.endArray();
        w.key("score"_k), number(w, v.score);
        w.key("threshold"_k), number(w, v.threshold);
        w.field("trusted"_k, v.trusted);
        w.key("undocumented"_k), w.stringList(v.undocumented);
        w.field("vendor"_k, v.vendor);
        w.key("verdict"_k), w.textOrNull(verdictName(v.verdict));
        w.endObject();
    }
    w.endArray();
}

void sendingService(W &w, const Report &r)
{
    if (r.sendingService.id.isEmpty()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("evidence"_k), w.stringList(r.sendingService.evidence);
    w.field("fix"_k, r.sendingService.fix(Localization::current()));
    w.field("id"_k, r.sendingService.id);
    w.field("name"_k, r.sendingService.name);
    w.endObject();
}

} // namespace

void ReportJson::write(QByteArray *out, const Report &r, JsonWriter::Style style, int depth)
{
    // A report runs to some 100-200 KB of JSON (the checklist rows make most of it): room for it
    // at once, rather than a dozen reallocations as the array grows. At least doubling, so that
    // a caller writing many reports into one array still grows it geometrically.
    constexpr qsizetype ReportRoom = 256 * 1024;
    if (out->capacity() - out->size() < ReportRoom)
        out->reserve(qMax(out->size() * 2, out->size() + ReportRoom));
    W w(out, style, depth);
    w.beginObject();
    w.key("arc"_k), arc(w, r);
    w.key("authentication_results"_k), authResults(w, r);
    w.key("dkim"_k), dkim(w, r);
    w.key("dmarc"_k), dmarc(w, r);
    w.key("dns"_k), dns(w, r);
    w.key("dns_budget"_k), dnsBudget(w, r);
    // null while Kensa's DNS answers can be relied on, else the key of the finding saying why.
    w.key("dns_unreliable"_k), w.stringOrNull(r.dnsUnreliable);
    w.key("findings"_k), findings(w, r.findings);
    w.key("format"_k), format(w, r);
    w.key("hops"_k), hops(w, r);
    w.key("iprev"_k), iprev(w, r);
    w.key("message"_k), message(w, r);
    w.key("receiver_verdicts"_k), receiverVerdicts(w, r);
    w.key("requirements"_k), requirements(w, r);
    w.field("schema"_k, Schema);
    w.key("sending_service"_k), sendingService(w, r);
    w.key("source"_k), source(w, r);
    w.key("spf"_k), spfReport(w, r);
    w.key("spf_from"_k), spfFrom(w, r);
    w.key("summary"_k);
    CustomerSummary::writeJson(w, CustomerSummary::fromReport(r), Localization::current());
    w.key("unsubscribe"_k), unsubscribe(w, r);
    w.key("verdicts"_k), verdicts(w, r);
    w.endObject();
}

QJsonObject ReportJson::toJson(const Report &report)
{
    QByteArray text;
    write(&text, report, JsonWriter::Style::Compact);
    return QJsonDocument::fromJson(text).object();
}

QJsonObject ReportJson::spf(const SpfResult &result, bool fromScope)
{
    QByteArray text;
    W w(&text, JsonWriter::Style::Compact);
    spfObject(w, result, fromScope, SpfExtras{});
    return QJsonDocument::fromJson(text).object();
}

QByteArray ReportJson::serialize(const QList<Report> &reports)
{
    QByteArray out;
    if (reports.size() == 1) {
        write(&out, reports.first());
        out.append('\n');
        return out;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (i > 0)
            out.append(",\n");
        out.append("    ");
        write(&out, reports.at(i), JsonWriter::Style::Indented, 1);
    }
    out.append(reports.isEmpty() ? "]\n" : "\n]\n");
    return out;
}

} // namespace kensa
