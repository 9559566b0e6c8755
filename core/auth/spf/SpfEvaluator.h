#pragma once

#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"
#include "core/dns/Resolver.h"
#include "core/auth/spf/SpfRecord.h"

#include <QByteArray>
#include <QDebug>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace kensa {

// One step of an SPF evaluation, for the evidence view.
struct SpfTraceEntry
{
    enum class Kind { Record, Term, Lookup, Match, Result, Note };

    Kind kind = Kind::Note;
    int depth = 0; // 0: the checked domain; +1 per include/redirect
    QByteArray domain; // the domain whose record is being evaluated
    QByteArray text; // Record: the record; Term: the term as written; Lookup: "TXT name";
        // Result: the result word; Note: a key
    QString detail; // Lookup: status and answers; Term/Match: the expanded target

    static QString kindName(Kind kind); // "record", "term", "lookup", "match", "result", "note"
    bool operator==(const SpfTraceEntry &) const = default;
};

// The outcome of check_host() (RFC 7208 §2.6): the result word, why, and the evidence.
struct SpfResult
{
    QString result; // pass fail softfail neutral none temperror permerror
    QString reason; // spf.* key
    QList<QPair<QString, QString>> reasonArgs;
    // Fail only: the expanded exp= text (RFC 7208 §6.2); empty with defaultExplanation set when
    // there is no usable exp=.
    QString explanation;
    bool defaultExplanation = false;
    QByteArray ip; // as given
    QByteArray domain;
    QByteArray sender;
    QByteArray helo;
    QByteArray record; // the checked domain's SPF record, if one was found
    QByteArray matchedTerm; // the mechanism that decided, as written
    QByteArray matchedDomain; // the domain whose record holds it
    int lookups = 0; // terms that caused DNS lookups (RFC 7208 §4.6.4)
    int voidLookups = 0;
    QList<SpfTraceEntry> trace;
    QList<DnsAnswer> answers; // every answer used, in order of first use
    QList<Finding> findings;

    bool operator==(const SpfResult &) const = default;
};

// check_host() of RFC 7208 §4 as a state machine without DNS of its own (like DkimVerifier):
// questions() names what the evaluation needs next, setAnswer() supplies it, and when
// isFinished() result() holds the outcome. The evaluation is deterministic in its answers, so
// each round re-runs it from the start over the answers known so far; a round asks everything it
// can see missing at once (all MX hosts, all PTR names). checkHost() drives it over a Resolver.
class SpfEvaluator
{
public:
    struct Input
    {
        QByteArray ip; // the client address, IPv4 or IPv6 text (IPv4-mapped IPv6 counts as IPv4)
        QByteArray domain; // the domain to check: of MAIL FROM, or the HELO name
        QByteArray sender; // MAIL FROM, or postmaster@helo (RFC 7208 §2.4)
        QByteArray helo;
    };
    struct Options
    {
        int lookupLimit = 10; // RFC 7208 §4.6.4
        int voidLookupLimit = 2; // RFC 7208 §4.6.4
        int addressLimit = 10; // RFC 7208 §4.6.4: MX hosts per mx, names per ptr
        int questionLimit = 400; // a safety net over all rounds
        QByteArray receiver = "unknown"; // %{r}
        qint64 now = 0; // %{t}, seconds since the epoch
    };

    explicit SpfEvaluator(Input input);
    SpfEvaluator(Input input, Options options);

    // Questions still unanswered; empty once finished.
    QList<DnsQuestion> questions() const;
    void setAnswer(const DnsAnswer &answer);
    bool isFinished() const;
    SpfResult result() const;

    // Runs the evaluation over `resolver`; `done` runs once on `context`'s thread (never inside
    // this call) unless `context` is destroyed first. `resolver` must outlive the evaluation.
    static void checkHost(Resolver &resolver,
        Input input,
        Options options,
        QObject *context,
        std::function<void(const SpfResult &)> done);

private:
    enum class Outcome { Pass, Fail, SoftFail, Neutral, None, TempError, PermError, Pending };
    enum class Match { Yes, No, TempError, PermError, Pending };
    struct Run;

    void evaluate() const;
    Outcome checkDomain(Run &run, const QByteArray &domain, int depth, bool wantExplanation) const;
    Match evaluateTerm(Run &run, const SpfTerm &term, const QByteArray &domain, int depth) const;
    std::optional<DnsAnswer> lookup(
        Run &run, const QByteArray &name, DnsType type, int depth, const QByteArray &domain) const;
    std::optional<QByteArray> expand(
        Run &run, const QByteArray &macro, const QByteArray &domain, bool explain, int depth) const;
    std::optional<QByteArray> validatedName(Run &run, const QByteArray &domain, int depth) const;
    std::optional<QList<QByteArray>> validatedNames(
        Run &run, int depth, const QByteArray &domain) const;
    bool addressMatches(const QByteArray &address, int cidr4, int cidr6) const;
    static QString outcomeName(Outcome outcome);

    Input m_input;
    Options m_options;
    QByteArray m_ip; // 4 or 16 bytes; empty when the input is not an address
    QHash<DnsQuestion, DnsAnswer> m_answers;
    mutable bool m_dirty = true;
    mutable QList<DnsQuestion> m_pending;
    mutable SpfResult m_result;
    mutable bool m_finished = false;
    mutable int m_questionsAsked = 0;
};

QDebug operator<<(QDebug dbg, const SpfResult &result);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::SpfResult)
