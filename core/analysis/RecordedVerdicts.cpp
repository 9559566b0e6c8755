#include "core/analysis/RecordedVerdicts.h"


#include <QSet>

#include <algorithm>

namespace kensa {

namespace {

struct Candidate
{
    const AuthResultsField *field = nullptr;
    const AuthResultsMethod *method = nullptr;
    bool used = false;
};

bool sameDomain(const QString &a, const QString &b)
{
    auto trimmed = [](QString s) {
        while (s.endsWith(u'.'))
            s.chop(1);
        return s;
    };
    return !a.isEmpty() && trimmed(a).compare(trimmed(b), Qt::CaseInsensitive) == 0;
}

// The explanation key of a difference, by what the two verdicts and the reason say.
QString differenceKey(const DkimResult &r, const SourceInfo &source)
{
    const bool pasted = source.origin == u"paste" || !source.normalised.isEmpty();
    if (r.result == u"temperror")
        return QStringLiteral("dkim.recorded.unverifiable");
    if (r.recorded == u"pass") {
        if (r.reason == u"dkim.key.not_found" || r.reason == u"dkim.key.revoked" || r.reason == u"dkim.key.no_p")
            return QStringLiteral("dkim.recorded.key_gone");
        if (r.reason == u"dkim.expired")
            return QStringLiteral("dkim.recorded.expired_since");
        if (r.reason == u"dkim.body_hash_mismatch")
            return pasted ? QStringLiteral("dkim.recorded.body_changed_pasted")
                          : QStringLiteral("dkim.recorded.body_changed");
        if (r.reason == u"dkim.signature_mismatch")
            return pasted ? QStringLiteral("dkim.recorded.header_changed_pasted")
                          : QStringLiteral("dkim.recorded.header_changed");
        if (r.result == u"permerror")
            return QStringLiteral("dkim.recorded.stricter_now");
    }
    if (r.result == u"pass")
        return QStringLiteral("dkim.recorded.passes_now");
    return QStringLiteral("dkim.recorded.differs");
}

} // namespace

QList<Finding> RecordedVerdicts::matchDkim(QList<DkimResult> &results,
                                           const QList<AuthResultsField> &fields,
                                           const SourceInfo &source)
{
    QList<Candidate> candidates;
    for (const AuthResultsField &field : fields) {
        if (!field.trusted)
            continue;
        for (const AuthResultsMethod &method : field.methods) {
            if (method.method == u"dkim")
                candidates.append({&field, &method, false});
        }
    }
    QList<Finding> findings;
    if (candidates.isEmpty())
        return findings;

    QStringList bValues;
    for (const DkimResult &r : std::as_const(results))
        bValues.append(QString::fromLatin1(r.signatureValue));
    auto record = [](DkimResult &r, Candidate &c) {
        r.recorded = c.method->result;
        r.recordedReason = c.method->reason;
        r.recordedBy = c.field->authservId;
        c.used = true;
    };

    // Pass 1: header.b identifies the signature exactly.
    QList<int> unmatched;
    for (int i = 0; i < results.size(); ++i) {
        const QString &b = bValues.at(i);
        bool matched = false;
        for (Candidate &c : candidates) {
            const QString prefix = c.method->property(u"header.b");
            if (c.used || prefix.size() < 8 || b.isEmpty() || !b.startsWith(prefix))
                continue;
            record(results[i], c);
            matched = true;
            break;
        }
        if (!matched)
            unmatched.append(i);
    }
    // Pass 2: the domain, and the selector or identity when the receiver wrote them. A header.b
    // that fits none of the signatures (a truncated or rewritten field) does not rule a result out.
    for (int i : std::as_const(unmatched)) {
        DkimResult &r = results[i];
        for (Candidate &c : candidates) {
            if (c.used)
                continue;
            const QString prefix = c.method->property(u"header.b");
            if (prefix.size() >= 8
                && std::any_of(bValues.cbegin(), bValues.cend(), [&](const QString &b) { return b.startsWith(prefix); }))
                continue;
            const QString d = c.method->property(u"header.d");
            const QString identity = c.method->property(u"header.i");
            const QString selector = c.method->property(u"header.s");
            bool fits = false;
            if (!d.isEmpty())
                fits = sameDomain(d, r.domain);
            else if (!identity.isEmpty())
                fits = sameDomain(identity.section(u'@', -1), r.domain)
                       || identity.section(u'@', -1).endsWith(u'.' + r.domain, Qt::CaseInsensitive);
            if (fits && !selector.isEmpty())
                fits = selector.compare(r.selector, Qt::CaseInsensitive) == 0;
            if (!fits)
                continue;
            record(r, c);
            break;
        }
    }

    for (const DkimResult &r : std::as_const(results)) {
        if (r.recorded.isEmpty() || r.recorded == r.result)
            continue;
        Finding f = makeFinding(differenceKey(r, source), r.result == u"pass" ? Severity::Notice : Severity::Warning,
                                {{QStringLiteral("domain"), r.domain},
                                 {QStringLiteral("recorded"), r.recorded},
                                 {QStringLiteral("now"), r.result},
                                 {QStringLiteral("receiver"), r.recordedBy}});
        f.line = r.line;
        f.header = QStringLiteral("DKIM-Signature");
        findings.append(f);
    }
    return findings;
}

QList<Finding> RecordedVerdicts::matchArc(const ArcResult &arc,
                                         const QList<AuthResultsField> &fields,
                                         QString &recorded,
                                         QString &recordedBy)
{
    for (const AuthResultsField &field : fields) {
        const AuthResultsMethod *method = field.trusted ? field.method(u"arc") : nullptr;
        if (!method)
            continue;
        recorded = method->result;
        recordedBy = field.authservId;
        if (method->result == arc.result)
            return {};
        const bool unverifiable = arc.result == u"temperror";
        return {makeFinding(unverifiable ? QStringLiteral("arc.recorded.unverifiable")
                                         : QStringLiteral("arc.recorded.differs"),
                            unverifiable ? Severity::Notice : Severity::Warning,
                            {{QStringLiteral("receiver"), field.authservId},
                             {QStringLiteral("recorded"), method->result},
                             {QStringLiteral("now"), arc.result}},
                            0, QStringLiteral("Authentication-Results"))};
    }
    return {};
}

} // namespace kensa
