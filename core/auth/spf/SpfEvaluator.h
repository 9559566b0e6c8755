#pragma once

#include "core/auth/spf/SpfResult.h"
#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"
#include "core/base/Limits.h"
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
        int lookupLimit = Limits::MaxSpfLookups; // RFC 7208 §4.6.4
        int voidLookupLimit = Limits::MaxSpfVoidLookups; // RFC 7208 §4.6.4
        int addressLimit = Limits::MaxSpfAddressLookups; // MX hosts per mx, names per ptr
        int questionLimit = Limits::MaxSpfQuestions; // a safety net over all rounds
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
    DnsAnswerList m_answers;
    mutable bool m_dirty = true;
    mutable QList<DnsQuestion> m_pending;
    mutable SpfResult m_result;
    mutable bool m_finished = false;
    mutable int m_questionsAsked = 0;
};

} // namespace kensa
