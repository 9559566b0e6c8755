#include "core/auth/spf/SpfEvaluator.h"

#include "core/net/IpAddress.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace kensa {

namespace {

using Args = QList<QPair<QString, QString>>;

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

bool isTempStatus(DnsStatus status)
{
    return status != DnsStatus::NoError && status != DnsStatus::NoData
        && status != DnsStatus::NxDomain;
}

// Lower-cases ASCII, drops one trailing dot and, RFC 7208 §4.8, cuts labels from the left until
// the name fits 253 octets.
QByteArray queryName(QByteArray name)
{
    for (char &c : name) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    if (name.endsWith('.'))
        name.chop(1);
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf('.');
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return name;
}

// A DNS query can be composed from it (RFC 1035 §2.3.4).
bool isQueryable(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

// RFC 7208 §4.3: a malformed or single-label domain gives "none" at once.
bool isCheckableDomain(const QByteArray &domain)
{
    QByteArray name = domain;
    if (name.endsWith('.'))
        name.chop(1);
    if (name.startsWith('[') || !name.contains('.') || !isQueryable(queryName(name)))
        return false;
    const QByteArray top = name.mid(name.lastIndexOf('.') + 1);
    bool numeric = true;
    for (char c : top)
        numeric = numeric && c >= '0' && c <= '9';
    return !numeric;
}

QByteArray ip4Text(const QByteArray &a)
{
    return QByteArray::number(uchar(a.at(0))) + '.' + QByteArray::number(uchar(a.at(1))) + '.'
        + QByteArray::number(uchar(a.at(2))) + '.' + QByteArray::number(uchar(a.at(3)));
}

// RFC 5952 text form (for %{c} and the trace).
QByteArray ip6Text(const QByteArray &a)
{
    QList<int> groups;
    for (int i = 0; i < 16; i += 2)
        groups.append((uchar(a.at(i)) << 8) | uchar(a.at(i + 1)));
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8;) {
        if (groups.at(i) != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups.at(j) == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QByteArray out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(':'))
            out += ':';
        out += QByteArray::number(groups.at(i), 16);
    }
    return out;
}

QByteArray ipText(const QByteArray &a)
{
    return a.size() == 4 ? ip4Text(a) : ip6Text(a);
}

// %{i} for IPv6: dot-separated nibbles (RFC 7208 §7.3).
QByteArray ip6Nibbles(const QByteArray &a)
{
    QByteArray out;
    for (char byte : a) {
        const QByteArray hex = QByteArray(1, byte).toHex();
        if (!out.isEmpty())
            out += '.';
        out += hex.at(0);
        out += '.';
        out += hex.at(1);
    }
    return out;
}

bool prefixEquals(const QByteArray &a, const QByteArray &b, int bits)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size() && bits > 0; ++i, bits -= 8) {
        const uchar mask = bits >= 8 ? 0xff : uchar(0xff << (8 - bits));
        if ((uchar(a.at(i)) & mask) != (uchar(b.at(i)) & mask))
            return false;
    }
    return true;
}

QString answerSummary(const DnsAnswer &answer)
{
    QStringList parts;
    for (const DnsRecord &r : answer.records)
        parts.append(r.presentation());
    if (parts.isEmpty())
        return dnsStatusName(answer.status);
    return dnsStatusName(answer.status) + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

} // namespace

QString SpfTraceEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Record:
        return QStringLiteral("record");
    case Kind::Term:
        return QStringLiteral("term");
    case Kind::Lookup:
        return QStringLiteral("lookup");
    case Kind::Match:
        return QStringLiteral("match");
    case Kind::Result:
        return QStringLiteral("result");
    case Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

struct SpfEvaluator::Run
{
    int lookups = 0;
    int voids = 0;
    QList<DnsQuestion> missing;
    QList<DnsQuestion> used; // a few; a list (see DnsAnswerList)
    SpfResult result;
    std::optional<QByteArray> validated; // %{p}, once computed

    void note(SpfTraceEntry::Kind kind,
        int depth,
        const QByteArray &domain,
        const QByteArray &what,
        const QString &detail = {})
    {
        result.trace.append(SpfTraceEntry{kind, depth, domain, what, detail, {}, {}});
        // A note's text is its key (kept as is for the JSON trace).
        if (kind == SpfTraceEntry::Kind::Note)
            result.trace.last().key = QString::fromLatin1(what);
    }
    // The first (innermost) reason wins.
    void why(const char *key, Args args = {})
    {
        if (result.reason.isEmpty()) {
            result.reason = QString::fromLatin1(key);
            result.reasonArgs = std::move(args);
        }
    }
};

SpfEvaluator::SpfEvaluator(Input input)
    : SpfEvaluator(std::move(input), Options{})
{ }

SpfEvaluator::SpfEvaluator(Input input, Options options)
    : m_input(std::move(input))
    , m_options(std::move(options))
{
    const QByteArray ip = m_input.ip.trimmed();
    if (auto v4 = IpAddress::parseIp4(ip)) {
        m_ip = *v4;
    } else if (auto v6 = IpAddress::parseIp6(ip)) {
        m_ip = *v6;
        // RFC 7208 §5: an IPv4-mapped IPv6 client is an IPv4 client.
        if (m_ip.startsWith(QByteArray(10, '\0') + QByteArray(2, '\xff')))
            m_ip = m_ip.mid(12);
    }
}

QList<DnsQuestion> SpfEvaluator::questions() const
{
    evaluate();
    return m_finished ? QList<DnsQuestion>{} : m_pending;
}

void SpfEvaluator::setAnswer(const DnsAnswer &answer)
{
    DnsAnswer a = answer;
    a.question.name = queryName(a.question.name);
    m_answers.insert(a);
    m_dirty = true;
}

bool SpfEvaluator::isFinished() const
{
    evaluate();
    return m_finished;
}

SpfResult SpfEvaluator::result() const
{
    evaluate();
    return m_result;
}

QString SpfEvaluator::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::SoftFail:
        return QStringLiteral("softfail");
    case Outcome::Neutral:
        return QStringLiteral("neutral");
    case Outcome::None:
        return QStringLiteral("none");
    case Outcome::TempError:
        return QStringLiteral("temperror");
    case Outcome::PermError:
    case Outcome::Pending:
        break;
    }
    return QStringLiteral("permerror");
}

void SpfEvaluator::evaluate() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    Run run;
    run.result.ip = m_input.ip;
    run.result.domain = m_input.domain;
    run.result.sender = m_input.sender;
    run.result.helo = m_input.helo;
    Outcome outcome = Outcome::TempError;
    if (m_ip.isEmpty()) {
        outcome = Outcome::PermError;
        run.why("spf.input.ip", {{QStringLiteral("ip"), text(m_input.ip)}});
    } else {
        outcome = checkDomain(run, m_input.domain, 0, true);
    }
    if (outcome == Outcome::Pending) {
        m_questionsAsked += int(run.missing.size());
        if (m_questionsAsked <= m_options.questionLimit) {
            m_pending = run.missing;
            m_finished = false;
            // What result() says if no more answers come (the analysis' DNS budget ran out):
            // temperror for the first question still open, never pass or fail.
            const DnsQuestion open = run.missing.isEmpty()
                ? DnsQuestion{m_input.domain, DnsType::TXT}
                : run.missing.constFirst();
            run.result.result = outcomeName(Outcome::TempError);
            run.result.reason.clear();
            run.why("spf.dns.unanswered",
                {{QStringLiteral("name"), text(open.name)},
                    {QStringLiteral("type"), dnsTypeName(open.type)}});
            run.result.explanation.clear();
            run.result.defaultExplanation = false;
            run.result.lookups = run.lookups;
            run.result.voidLookups = run.voids;
            run.note(SpfTraceEntry::Kind::Result, 0, m_input.domain, run.result.result.toLatin1());
            run.result.trace.last().key = run.result.reason;
            run.result.trace.last().args = run.result.reasonArgs;
            m_result = run.result;
            return;
        }
        run.result.reason.clear();
        run.why("spf.limit.questions",
            {{QStringLiteral("limit"), QString::number(m_options.questionLimit)}});
        outcome = Outcome::TempError;
    }
    m_pending.clear();
    m_finished = true;
    run.result.result = outcomeName(outcome);
    if (run.result.reason.isEmpty()) {
        if (run.result.matchedTerm.isEmpty())
            run.why("spf.result.default", {{QStringLiteral("domain"), text(run.result.domain)}});
        else
            run.why("spf.result.matched",
                {{QStringLiteral("term"), text(run.result.matchedTerm)},
                    {QStringLiteral("domain"), text(run.result.matchedDomain)}});
    }
    if (outcome != Outcome::Fail) {
        run.result.explanation.clear();
        run.result.defaultExplanation = false;
    }
    run.result.lookups = run.lookups;
    run.result.voidLookups = run.voids;
    run.note(SpfTraceEntry::Kind::Result, 0, m_input.domain, run.result.result.toLatin1());
    run.result.trace.last().key = run.result.reason;
    run.result.trace.last().args = run.result.reasonArgs;
    m_result = run.result;
}

std::optional<DnsAnswer> SpfEvaluator::lookup(
    Run &run, const QByteArray &name, DnsType type, int depth, const QByteArray &domain) const
{
    const DnsQuestion q{queryName(name), type};
    const DnsAnswer *it = m_answers.find(q);
    if (!it) {
        if (!run.missing.contains(q))
            run.missing.append(q);
        return std::nullopt;
    }
    if (!run.used.contains(q)) {
        run.used.append(q);
        run.result.answers.append(*it);
    }
    run.note(SpfTraceEntry::Kind::Lookup,
        depth,
        domain,
        dnsTypeName(type).toLatin1() + ' ' + q.name,
        answerSummary(*it));
    return *it;
}

SpfEvaluator::Outcome SpfEvaluator::checkDomain(
    Run &run, const QByteArray &domain, int depth, bool wantExplanation) const
{
    // RFC 7208 §4.3
    if (!isCheckableDomain(domain)) {
        run.why("spf.domain.invalid", {{QStringLiteral("domain"), text(domain)}});
        return Outcome::None;
    }
    const QByteArray name = queryName(domain);
    // RFC 7208 §4.4: TXT only.
    const auto txt = lookup(run, name, DnsType::TXT, depth, name);
    if (!txt)
        return Outcome::Pending;
    if (isTempStatus(txt->status)) {
        run.why("spf.dns.error",
            {{QStringLiteral("name"), text(name)},
                {QStringLiteral("type"), QStringLiteral("TXT")},
                {QStringLiteral("status"), dnsStatusName(txt->status)}});
        return Outcome::TempError;
    }
    QList<QByteArray> records;
    for (const DnsRecord &r : txt->records) {
        const QByteArray t = r.joinedText();
        if (r.type == DnsType::TXT && SpfRecord::isSpfRecord(t))
            records.append(t);
    }
    if (records.isEmpty()) {
        run.why("spf.record.none", {{QStringLiteral("domain"), text(name)}});
        return Outcome::None;
    }
    // RFC 7208 §4.5: more than one record is a permerror.
    if (records.size() > 1) {
        run.why("spf.record.multiple",
            {{QStringLiteral("domain"), text(name)},
                {QStringLiteral("count"), QString::number(records.size())}});
        return Outcome::PermError;
    }
    run.note(SpfTraceEntry::Kind::Record, depth, name, records.first());
    if (depth == 0)
        run.result.record = records.first();
    const Result<SpfRecord> parsed = SpfRecord::parse(records.first());
    if (!parsed) {
        const ParseError &e = parsed.error();
        QByteArray term = records.first().mid(e.offset);
        term.truncate(term.indexOf(' ') < 0 ? term.size() : term.indexOf(' '));
        run.why("spf.record.syntax",
            {{QStringLiteral("domain"), text(name)},
                {QStringLiteral("error"), e.key},
                {QStringLiteral("column"), QString::number(e.column)},
                {QStringLiteral("term"), text(term)}});
        return Outcome::PermError;
    }
    const SpfRecord &record = *parsed;

    for (const SpfTerm &term : record.terms()) {
        if (!term.isMechanism())
            continue;
        run.note(SpfTraceEntry::Kind::Term, depth, name, term.text);
        const Match m = evaluateTerm(run, term, name, depth);
        switch (m) {
        case Match::Pending:
            return Outcome::Pending;
        case Match::TempError:
            return Outcome::TempError;
        case Match::PermError:
            return Outcome::PermError;
        case Match::No:
            continue;
        case Match::Yes:
            break;
        }
        run.note(SpfTraceEntry::Kind::Match, depth, name, term.text);
        run.result.matchedTerm = term.text;
        run.result.matchedDomain = name;
        switch (term.qualifier) {
        case '-':
            break;
        case '~':
            return Outcome::SoftFail;
        case '?':
            return Outcome::Neutral;
        default:
            return Outcome::Pass;
        }
        if (!wantExplanation)
            return Outcome::Fail;
        // RFC 7208 §6.2: any trouble with the explanation means the default one.
        run.result.explanation.clear();
        run.result.defaultExplanation = true;
        if (!record.explanation())
            return Outcome::Fail;
        const auto target = expand(run, record.explanation()->domainSpec, name, false, depth);
        if (!target)
            return Outcome::Pending;
        if (!isQueryable(queryName(*target)))
            return Outcome::Fail;
        const auto exp = lookup(run, *target, DnsType::TXT, depth, name);
        if (!exp)
            return Outcome::Pending;
        if (exp->status != DnsStatus::NoError || exp->records.size() != 1) {
            run.note(SpfTraceEntry::Kind::Note, depth, name, "spf.explanation.unusable");
            return Outcome::Fail;
        }
        const QByteArray expText = exp->records.first().joinedText();
        if (SpfRecord::macroStringError(expText, true) >= 0) {
            run.note(SpfTraceEntry::Kind::Note, depth, name, "spf.explanation.syntax");
            return Outcome::Fail;
        }
        const auto expanded = expand(run, expText, name, true, depth);
        if (!expanded)
            return Outcome::Pending;
        run.result.explanation = QString::fromUtf8(*expanded);
        run.result.defaultExplanation = false;
        return Outcome::Fail;
    }

    // RFC 7208 §6.1: redirect applies when no mechanism matched.
    if (!record.redirect())
        return Outcome::Neutral;
    run.note(SpfTraceEntry::Kind::Term, depth, name, record.redirect()->text);
    if (++run.lookups > m_options.lookupLimit) {
        run.why("spf.limit.lookups",
            {{QStringLiteral("limit"), QString::number(m_options.lookupLimit)}});
        return Outcome::PermError;
    }
    const auto target = expand(run, record.redirect()->domainSpec, name, false, depth);
    if (!target)
        return Outcome::Pending;
    run.result.matchedTerm.clear();
    const Outcome sub = checkDomain(run, *target, depth + 1, wantExplanation);
    if (sub == Outcome::None) {
        run.result.reason.clear();
        run.why("spf.redirect.none", {{QStringLiteral("domain"), text(*target)}});
        return Outcome::PermError;
    }
    return sub;
}

SpfEvaluator::Match SpfEvaluator::evaluateTerm(
    Run &run, const SpfTerm &term, const QByteArray &domain, int depth) const
{
    using Kind = SpfTerm::Kind;
    const bool v4 = m_ip.size() == 4;
    switch (term.kind) {
    case Kind::All:
        return Match::Yes;
    case Kind::Ip4:
    case Kind::Ip6:
        return addressMatches(term.address,
                   term.kind == Kind::Ip4 ? term.cidr4 : -1,
                   term.kind == Kind::Ip6 ? term.cidr6 : -1)
            ? Match::Yes
            : Match::No;
    default:
        break;
    }
    // RFC 7208 §4.6.4: these terms cause DNS lookups and count against the limit.
    if (++run.lookups > m_options.lookupLimit) {
        run.why("spf.limit.lookups",
            {{QStringLiteral("limit"), QString::number(m_options.lookupLimit)}});
        return Match::PermError;
    }
    QByteArray target = domain;
    if (!term.domainSpec.isEmpty()) {
        const auto expanded = expand(run, term.domainSpec, domain, false, depth);
        if (!expanded)
            return Match::Pending;
        target = queryName(*expanded);
    }
    if (term.kind != Kind::Include && !isQueryable(target)) {
        // RFC 7208 §4.8, §5/10: a name no query can be made of does not exist.
        run.note(SpfTraceEntry::Kind::Note, depth, domain, "spf.name.invalid", text(target));
        return Match::No;
    }
    const auto dnsError = [&](const DnsAnswer &a) {
        run.why("spf.dns.error",
            {{QStringLiteral("name"), text(a.question.name)},
                {QStringLiteral("type"), dnsTypeName(a.question.type)},
                {QStringLiteral("status"), dnsStatusName(a.status)}});
        return Match::TempError;
    };
    const auto isVoid = [&](const DnsAnswer &a) {
        if (a.hasRecords())
            return false;
        // RFC 7208 §4.6.4: at most two lookups that return no records.
        if (++run.voids > m_options.voidLookupLimit)
            run.why("spf.limit.void",
                {{QStringLiteral("limit"), QString::number(m_options.voidLookupLimit)}});
        return true;
    };
    const DnsType addressType = v4 ? DnsType::A : DnsType::AAAA;

    switch (term.kind) {
    case Kind::Include: {
        const Outcome sub = checkDomain(run, target, depth + 1, false);
        switch (sub) {
        case Outcome::Pending:
            return Match::Pending;
        case Outcome::Pass:
            return Match::Yes;
        case Outcome::Fail:
        case Outcome::SoftFail:
        case Outcome::Neutral:
            run.result.matchedTerm.clear();
            return Match::No;
        case Outcome::TempError:
            return Match::TempError;
        case Outcome::None:
            // RFC 7208 §5.2: an included domain without a record is a permerror.
            run.result.reason.clear();
            run.why("spf.include.none", {{QStringLiteral("domain"), text(target)}});
            return Match::PermError;
        case Outcome::PermError:
            break;
        }
        return Match::PermError;
    }
    case Kind::A: {
        const auto a = lookup(run, target, addressType, depth, domain);
        if (!a)
            return Match::Pending;
        if (isTempStatus(a->status))
            return dnsError(*a);
        if (isVoid(*a))
            return run.voids > m_options.voidLookupLimit ? Match::PermError : Match::No;
        for (const DnsRecord &r : a->records) {
            const auto addr = v4 ? IpAddress::parseIp4(r.target) : IpAddress::parseIp6(r.target);
            if (r.type == addressType && addr && addressMatches(*addr, term.cidr4, term.cidr6))
                return Match::Yes;
        }
        return Match::No;
    }
    case Kind::Mx: {
        const auto mx = lookup(run, target, DnsType::MX, depth, domain);
        if (!mx)
            return Match::Pending;
        if (isTempStatus(mx->status))
            return dnsError(*mx);
        if (isVoid(*mx))
            return run.voids > m_options.voidLookupLimit ? Match::PermError : Match::No;
        // RFC 7208 §4.6.4: no more than 10 MX hosts per mx.
        if (mx->records.size() > m_options.addressLimit) {
            run.why("spf.limit.mx",
                {{QStringLiteral("domain"), text(target)},
                    {QStringLiteral("count"), QString::number(mx->records.size())}});
            return Match::PermError;
        }
        bool pending = false;
        for (const DnsRecord &r : mx->records) {
            if (r.type != DnsType::MX || r.target.isEmpty() || !isQueryable(queryName(r.target)))
                continue;
            const auto a = lookup(run, r.target, addressType, depth, domain);
            if (!a) {
                pending = true;
                continue;
            }
            if (isTempStatus(a->status))
                return dnsError(*a);
            for (const DnsRecord &ar : a->records) {
                const auto addr
                    = v4 ? IpAddress::parseIp4(ar.target) : IpAddress::parseIp6(ar.target);
                if (!pending && ar.type == addressType && addr
                    && addressMatches(*addr, term.cidr4, term.cidr6))
                    return Match::Yes;
            }
        }
        return pending ? Match::Pending : Match::No;
    }
    case Kind::Ptr: {
        // RFC 7208 §5.5: "ptr" SHOULD NOT be published; it is slow and unreliable.
        const Finding ptrUsed = makeFinding(QStringLiteral("spf.ptr.used"),
            Severity::Notice,
            {{QStringLiteral("domain"), text(domain)}, {QStringLiteral("term"), text(term.text)}});
        if (!run.result.findings.contains(ptrUsed))
            run.result.findings.append(ptrUsed);
        const auto names = validatedNames(run, depth, domain);
        if (!names)
            return Match::Pending;
        // RFC 7208 §5.5: a validated name equal to the target or below it.
        for (const QByteArray &n : *names) {
            if (n == target || n.endsWith('.' + target))
                return Match::Yes;
        }
        return Match::No;
    }
    case Kind::Exists: {
        // RFC 7208 §5.7: always an A query, whatever the client's address family.
        const auto a = lookup(run, target, DnsType::A, depth, domain);
        if (!a)
            return Match::Pending;
        if (isTempStatus(a->status))
            return dnsError(*a);
        if (isVoid(*a))
            return run.voids > m_options.voidLookupLimit ? Match::PermError : Match::No;
        return Match::Yes;
    }
    default:
        break;
    }
    return Match::No;
}

std::optional<QList<QByteArray>> SpfEvaluator::validatedNames(
    Run &run, int depth, const QByteArray &domain) const
{
    const auto ptr = lookup(run, reverseLookupName(m_ip), DnsType::PTR, depth, domain);
    if (!ptr)
        return std::nullopt;
    QList<QByteArray> out;
    if (ptr->status != DnsStatus::NoError)
        return out; // RFC 7208 §5.5: a DNS error means no match
    const DnsType addressType = m_ip.size() == 4 ? DnsType::A : DnsType::AAAA;
    bool pending = false;
    int considered = 0;
    for (const DnsRecord &r : ptr->records) {
        if (r.type != DnsType::PTR)
            continue;
        // RFC 7208 §4.6.4: only the first 10 names are looked at.
        if (++considered > m_options.addressLimit)
            break;
        const QByteArray n = queryName(r.target);
        if (!isQueryable(n))
            continue;
        const auto a = lookup(run, n, addressType, depth, domain);
        if (!a) {
            pending = true;
            continue;
        }
        for (const DnsRecord &ar : a->records) {
            const auto addr = m_ip.size() == 4 ? IpAddress::parseIp4(ar.target)
                                               : IpAddress::parseIp6(ar.target);
            if (ar.type == addressType && addr && *addr == m_ip) {
                out.append(n);
                break;
            }
        }
    }
    if (pending)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> SpfEvaluator::validatedName(
    Run &run, const QByteArray &domain, int depth) const
{
    if (run.validated)
        return run.validated;
    const auto names = validatedNames(run, depth, domain);
    if (!names)
        return std::nullopt;
    // RFC 7208 §7.3: prefer the domain itself, then a name below it, then any validated name.
    QByteArray chosen;
    for (const QByteArray &n : *names) {
        if (n == domain) {
            chosen = n;
            break;
        }
    }
    for (const QByteArray &n : *names) {
        if (chosen.isEmpty() && n.endsWith('.' + domain))
            chosen = n;
    }
    if (chosen.isEmpty() && !names->isEmpty())
        chosen = names->first();
    run.validated = chosen.isEmpty() ? QByteArrayLiteral("unknown") : chosen;
    return run.validated;
}

bool SpfEvaluator::addressMatches(const QByteArray &address, int cidr4, int cidr6) const
{
    if (address.size() != m_ip.size())
        return false;
    if (address.size() == 4)
        return prefixEquals(address, m_ip, cidr4 < 0 ? 32 : cidr4);
    return prefixEquals(address, m_ip, cidr6 < 0 ? 128 : cidr6);
}

std::optional<QByteArray> SpfEvaluator::expand(
    Run &run, const QByteArray &macro, const QByteArray &domain, bool explain, int depth) const
{
    QByteArray out;
    QByteArray sender = m_input.sender;
    qsizetype at = sender.lastIndexOf('@');
    QByteArray local = at >= 0 ? sender.first(at) : QByteArray();
    QByteArray senderDomain = at >= 0 ? sender.mid(at + 1) : m_input.domain;
    // RFC 7208 §4.3: an empty local part is "postmaster".
    if (local.isEmpty()) {
        local = QByteArrayLiteral("postmaster");
        sender = local + '@' + senderDomain;
    }
    for (qsizetype i = 0; i < macro.size(); ++i) {
        const char c = macro.at(i);
        if (c != '%' || i + 1 >= macro.size()) {
            out += c;
            continue;
        }
        const char n = macro.at(++i);
        if (n == '%') {
            out += '%';
            continue;
        }
        if (n == '_') {
            out += ' ';
            continue;
        }
        if (n == '-') {
            out += "%20";
            continue;
        }
        // "%{" letter digits ["r"] delimiters "}" (checked by SpfRecord::macroStringError)
        qsizetype j = i + 1;
        const char letterRaw = macro.at(j++);
        const bool upper = letterRaw >= 'A' && letterRaw <= 'Z';
        const char letter = upper ? char(letterRaw - 'A' + 'a') : letterRaw;
        qsizetype digitsStart = j;
        while (j < macro.size() && macro.at(j) >= '0' && macro.at(j) <= '9')
            ++j;
        const QByteArray digits = macro.mid(digitsStart, j - digitsStart);
        bool reverse = false;
        if (j < macro.size() && (macro.at(j) == 'r' || macro.at(j) == 'R')) {
            reverse = true;
            ++j;
        }
        const qsizetype close = macro.indexOf('}', j);
        QByteArray delimiters = macro.mid(j, close - j);
        i = close;
        if (delimiters.isEmpty())
            delimiters = ".";

        QByteArray value;
        switch (letter) {
        case 's':
            value = sender;
            break;
        case 'l':
            value = local;
            break;
        case 'o':
            value = senderDomain;
            break;
        case 'd':
            value = domain;
            break;
        case 'i':
            value = m_ip.size() == 4 ? ip4Text(m_ip) : ip6Nibbles(m_ip);
            break;
        case 'p': {
            const auto p = validatedName(run, domain, depth);
            if (!p)
                return std::nullopt;
            value = *p;
            break;
        }
        case 'v':
            value = m_ip.size() == 4 ? QByteArrayLiteral("in-addr") : QByteArrayLiteral("ip6");
            break;
        case 'h':
            value = m_input.helo;
            break;
        case 'c':
            value = explain ? ipText(m_ip) : QByteArray();
            break;
        case 'r':
            value = explain ? m_options.receiver : QByteArray();
            break;
        case 't':
            value = explain ? QByteArray::number(
                        m_options.now ? m_options.now : QDateTime::currentSecsSinceEpoch())
                            : QByteArray();
            break;
        default:
            break;
        }
        // RFC 7208 §7.3: split on the delimiters, optionally reverse, keep the rightmost parts.
        QList<QByteArray> parts;
        qsizetype start = 0;
        for (qsizetype k = 0; k <= value.size(); ++k) {
            if (k == value.size() || delimiters.contains(value.at(k))) {
                parts.append(value.mid(start, k - start));
                start = k + 1;
            }
        }
        if (reverse)
            std::reverse(parts.begin(), parts.end());
        if (!digits.isEmpty()) {
            bool ok = false;
            const qlonglong keep = digits.toLongLong(&ok);
            if (ok && keep < parts.size())
                parts = parts.mid(parts.size() - keep);
        }
        value = parts.join('.');
        if (upper)
            value = value.toPercentEncoding();
        out += value;
    }
    return out;
}

void SpfEvaluator::checkHost(Resolver &resolver,
    Input input,
    Options options,
    QObject *context,
    std::function<void(const SpfResult &)> done)
{
    struct Driver : std::enable_shared_from_this<Driver>
    {
        Driver(Input in, Options op)
            : evaluator(std::move(in), std::move(op))
        { }
        SpfEvaluator evaluator;
        Resolver *resolver = nullptr;
        QPointer<QObject> context;
        std::function<void(const SpfResult &)> done;
        int outstanding = 0;

        void step()
        {
            if (!context)
                return;
            if (evaluator.isFinished()) {
                done(evaluator.result());
                return;
            }
            const QList<DnsQuestion> questions = evaluator.questions();
            outstanding = int(questions.size());
            for (const DnsQuestion &q : questions) {
                resolver->resolve(q, context, [self = shared_from_this()](const DnsAnswer &answer) {
                    self->evaluator.setAnswer(answer);
                    if (--self->outstanding == 0)
                        self->step();
                });
            }
        }
    };
    auto driver = std::make_shared<Driver>(std::move(input), std::move(options));
    driver->resolver = &resolver;
    driver->context = context;
    driver->done = std::move(done);
    // Even a finished evaluation reports later, never inside this call.
    QMetaObject::invokeMethod(
        context, [driver] { driver->step(); }, Qt::QueuedConnection);
}

QDebug operator<<(QDebug dbg, const SpfResult &result)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "SpfResult(" << result.result << ' ' << result.reason << " lookups "
                  << result.lookups << ')';
    return dbg;
}

} // namespace kensa
