#include "core/analysis/Analyzer.h"

#include "core/auth/arc/ArcValidator.h"
#include "core/auth/results/AuthResultsParser.h"
#include "core/analysis/RecordedVerdicts.h"

#include "core/auth/dkim/DkimCanonicalizer.h"
#include "core/auth/dkim/DkimVerifier.h"
#include "core/auth/dmarc/DmarcEvaluator.h"
#include "core/sender/DomainExistence.h"
#include "core/sender/MarketingSignals.h"
#include "core/sender/SendingServices.h"
#include "core/auth/spf/SpfEvaluator.h"
#include "core/format/FormatChecker.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/receiver/ReceiverCatalog.h"
#include "core/receiver/ReceiverFields.h"
#include "core/unsubscribe/UnsubscribeChecker.h"
#include "core/auth/iprev/IprevChecker.h"
#include "core/dns/DnsName.h"
#include "core/hops/ReceivedParser.h"
#include "core/net/OrganizationalDomain.h"
#include "core/input/PasteNormalizer.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QEventLoop>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <openssl/crypto.h>

#include <algorithm>

namespace kensa {

namespace {

struct Magic
{
    QByteArrayView prefix;
    const char *kind;
};

// Recognises a few file types people open by mistake ("an image renamed .eml").
QString binaryKind(QByteArrayView data)
{
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", "PNG"},
        {"\xff\xd8\xff", "JPEG"},
        {"GIF87a", "GIF"},
        {"GIF89a", "GIF"},
        {"%PDF-", "PDF"},
        {"PK\x03\x04", "ZIP"},
        {"\x1f\x8b", "gzip"},
        {"\x7f" "ELF", "ELF"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (Outlook .msg)"},
    };
    for (const Magic &m : magics) {
        if (data.startsWith(m.prefix))
            return QString::fromLatin1(m.kind);
    }
    // Many control bytes in the first kilobyte: not text.
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 1024));
    qsizetype control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\r' && c != '\n' && c != '\t' && c != '\x1b')
            ++control;
    }
    if (!head.isEmpty() && control * 10 > head.size())
        return QStringLiteral("binary");
    return {};
}

// A header section holds at least one field of an email message (RFC 5322 §3.6, the trace and
// authentication fields, MIME); text whose "fields" are none of these ("Re: lunch", "Note: ...")
// is a sentence that happens to have a colon, not a message.
bool hasMessageField(const Message &message)
{
    static const char *const names[] = {
        "From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID",
        "In-Reply-To", "References", "Received", "Return-Path", "Delivered-To", "X-Original-To",
        "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results",
        "Authentication-Results", "Received-SPF", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "List-Unsubscribe", "List-Id", "Resent-From", "Resent-Date",
    };
    for (const char *name : names) {
        if (message.field(name))
            return true;
    }
    return false;
}

// Marks the report as no message when the input is none: the key of the first error finding
// that says what it is, else `fallback` (added as a finding).
void markNotMessage(Report &report, const QString &fallback, const QList<QPair<QString, QString>> &args = {})
{
    report.isMessage = false;
    for (const Finding &f : std::as_const(report.findings)) {
        if (f.severity == Severity::Error && (f.key.startsWith(u"input.") || f.key == u"message.no_headers")) {
            report.notMessageReason = f.key;
            return;
        }
    }
    report.findings.append(makeFinding(fallback, Severity::Error, args));
    report.notMessageReason = fallback;
}

} // namespace

// One analysis in flight. DNS is asked in rounds: first what needs only the message (DKIM and
// ARC keys, SPF records, the domains' existence, the delivering address's PTR) and what those
// answers lead to (SPF's includes, the PTR names' addresses), then what needs their results
// (DMARC needs the DKIM and SPF verdicts).
struct Analyzer::Job
{
    enum class Stage { Keys, Dmarc, Root };
    quint64 id = 0;
    Stage stage = Stage::Keys;
    Report report;
    std::unique_ptr<DkimVerifier> dkim;
    std::unique_ptr<ArcValidator> arc;
    std::unique_ptr<SpfEvaluator> spf;
    // SPF of the header From domain for the same IP; null when it is the envelope domain
    // (spfFromReused) or there is no single From domain.
    std::unique_ptr<SpfEvaluator> spfFrom;
    bool spfFromReused = false;
    // Every answer of the first stage, so that the From SPF takes what the envelope SPF (or
    // another check) already asked without asking again.
    DnsAnswerList keyAnswers;
    std::unique_ptr<DmarcEvaluator> dmarc;
    std::unique_ptr<IprevChecker> iprev;
    std::unique_ptr<DomainExistence> domains;
    QList<ReceivedHop> receivedFields; // the Received fields, newest first, parsed once per message
    // The questions this message has had answered: an answer to one asked again is marked
    // "cache", whatever other analyses share the resolver (and its cache) beneath.
    QSet<DnsQuestion> answeredBefore;
    QList<DnsQuestion> questions;
    qsizetype roundStart = 0; // where this round's answers begin in report.dns
    int answered = 0;
    int asked = 0;    // questions of all rounds so far, for progress()
    int received = 0; // their answers
    quint64 cancelRequests = 0; // Analyzer::m_cancelRequests when the job started
};

Analyzer::Analyzer(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Analyzer::onDeadline);
    qRegisterMetaType<kensa::Finding>();
    qRegisterMetaType<kensa::Report>();
    qRegisterMetaType<kensa::AnalysisInput>();
    qRegisterMetaType<kensa::LoadedInput>();
    qRegisterMetaType<kensa::SourceInfo>();
}

namespace {

// Everything that needs no network: normalising, parsing, the MIME tree.
Report parseStage(const AnalysisInput &input)
{
    Report report;
    report.source = input.source;
    report.findings = input.findings;

    if (input.bytes.isEmpty()) {
        // A container that held no message (a damaged .msg) has said why already.
        if (input.findings.isEmpty())
            report.findings.append(makeFinding(QStringLiteral("input.empty"), Severity::Error));
        report.message = Message::parse({});
        report.summary = MessageSummary::summarize(report.message);
        markNotMessage(report, QStringLiteral("input.empty"));
        return report;
    }
    const QString kind = binaryKind(input.bytes);

    const NormalizedInput normalized = PasteNormalizer::normalize(input.bytes, input.origin);
    report.source.wrapper = normalized.wrapper;
    report.source.normalised = input.source.normalised + normalized.changes;
    report.findings += normalized.findings;

    report.message = Message::parse(normalized.bytes);
    if (input.origin == PasteNormalizer::Origin::Paste)
        report.message.treatEmptyBodyAsAbsent();
    report.findings += report.message.findings();
    report.findings += report.message.bodyFindings();
    report.summary = MessageSummary::summarize(report.message, &report.findings);
    if (report.message.headersOnly() && !report.message.headers().isEmpty())
        report.findings.append(makeFinding(QStringLiteral("message.headers_only"), Severity::Notice));
    if (!kind.isEmpty()) {
        // What parsing says of a binary file's bytes (NUL bytes, line endings) is noise.
        report.findings = input.findings;
        markNotMessage(report, QStringLiteral("input.binary"), {{QStringLiteral("kind"), kind}});
        return report;
    }
    if (report.message.headers().isEmpty()) {
        markNotMessage(report, QStringLiteral("message.no_headers"), {{QStringLiteral("line"), QStringLiteral("1")}});
        return report;
    }
    if (!hasMessageField(report.message)) {
        QStringList names;
        for (const HeaderField &field : report.message.headers()) {
            const QString name = QString::fromLatin1(field.name());
            if (!names.contains(name) && names.size() < 3)
                names << name;
        }
        markNotMessage(report, QStringLiteral("input.no_message_fields"),
                       {{QStringLiteral("fields"), names.join(QStringLiteral(", "))}});
        return report;
    }
    if (report.hasBody())
        report.mime = MimePart::parse(report.message, &report.findings);
    return report;
}

// Answers every question with NotInSnapshot: offline without a snapshot.
class NoDnsResolver : public Resolver
{
public:
    void resolve(const DnsQuestion &question, QObject *context, Callback callback) override
    {
        DnsAnswer answer;
        answer.question = question;
        answer.status = DnsStatus::NotInSnapshot;
        answer.source = QStringLiteral("zone");
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), answer] { callback(answer); },
            Qt::QueuedConnection);
    }
    QString description() const override { return QStringLiteral("no DNS"); }
};

} // namespace

Analyzer::~Analyzer() = default;

void Analyzer::setOptions(const AnalysisOptions &options)
{
    m_options = options;
}

void Analyzer::threadEnds()
{
    OPENSSL_thread_stop();
}

void Analyzer::loadTables()
{
    RequirementTable::builtin();
    ReceiverCatalog::builtin();
    SendingServices::ids();
    MarketingSignals::isBulkHeader("");
    OrganizationalDomain::system();
    DigestStream::md(DigestStream::Hash::Sha256);
}

Report Analyzer::analyze(const AnalysisInput &input, const AnalysisOptions &options)
{
    Analyzer analyzer;
    analyzer.setOptions(options);
    Report result;
    QEventLoop loop;
    connect(&analyzer, &Analyzer::finished, &loop, [&] {
        result = analyzer.takeFinishedReport();
        loop.quit();
    });
    analyzer.run(input);
    if (!analyzer.m_job)
        return result; // finished synchronously
    loop.exec();
    return result;
}

void Analyzer::load(const QString &path)
{
    const Result<QByteArray> data = InputLoader::readFile(path);
    if (!data) {
        emit loadFailed(path, data.error().key);
        return;
    }
    emit loaded(InputLoader::load(*data, path, PasteNormalizer::Origin::File));
}

void Analyzer::loadBytes(const QByteArray &data, const QString &name, bool pasted)
{
    emit loaded(InputLoader::load(data,
                                  name,
                                  pasted ? PasteNormalizer::Origin::Paste
                                         : PasteNormalizer::Origin::File));
}

void Analyzer::run(const AnalysisInput &input)
{
    // A cancel() asked for after this run() and not dropped yet cancels it too: its caller has
    // moved on, and nothing of it may reach the caller, not even its start.
    if (m_cancelRequests != m_cancelsDropped)
        return;
    m_deadline->stop();
    emit started(input.source);
    auto job = std::make_unique<Job>();
    job->id = m_nextJobId++;
    job->cancelRequests = m_cancelRequests;
    job->report = parseStage(input);
    if (!job->report.isMessage) {
        if (job->cancelRequests != m_cancelRequests)
            return;
        // Nothing to check and no provider to judge: what the input is, and nothing else.
        Report report = std::move(job->report);
        report.analysisTime = m_options.now > 0 ? m_options.now : QDateTime::currentSecsSinceEpoch();
        for (const Finding &finding : std::as_const(report.findings))
            emit findingReady(finding);
        emitFinished(report);
        return;
    }
    job->report.dnsBudgetMs = m_options.timeoutMs;
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    job->receivedFields = ReceivedParser::parseAll(job->report.message);
    job->report.authResults = AuthResultsParser::parseAll(
        job->report.message,
        m_options.trustedAuthservId,
        [&psl](const QString &host) { return psl.of(host); },
        job->receivedFields.isEmpty() ? QString() : job->receivedFields.last().by);
    for (const AuthResultsField &field : std::as_const(job->report.authResults)) {
        if (field.trusted && job->report.receiverAuthservId.isEmpty())
            job->report.receiverAuthservId = field.authservId;
        job->report.findings += field.findings;
    }
    for (const Finding &finding : std::as_const(job->report.findings))
        emit findingReady(finding);
    const Message &message = job->report.message;
    const qint64 now = m_options.now > 0 ? m_options.now : QDateTime::currentSecsSinceEpoch();
    job->report.analysisTime = now;
    job->dkim = std::make_unique<DkimVerifier>(
        message, DkimVerifier::Options{now, message.headersOnly()});
    job->questions = job->dkim->keyQuestions();
    job->arc = std::make_unique<ArcValidator>(message, ArcValidator::Options{now, message.headersOnly()});
    // What parsing alone tells (d= of each DKIM-Signature and ARC-Seal) is in the report before
    // the keys arrive; dkimChecked and arcChecked stay false until they have.
    job->report.dkim = job->dkim->results();
    job->report.arc = job->arc->result();
    for (const DnsQuestion &q : job->arc->keyQuestions()) {
        if (!job->questions.contains(q))
            job->questions.append(q);
    }
    prepareSpf(*job);
    if (job->spf)
        job->questions += job->spf->questions();
    if (job->spfFrom) {
        for (const DnsQuestion &q : job->spfFrom->questions()) {
            if (!job->questions.contains(q))
                job->questions.append(q);
        }
    }
    checkFormat(*job);
    readReceivers(*job);
    QStringList replyTo;
    for (const HeaderField *field : message.fields("Reply-To")) {
        for (const Mailbox &m : AddressParser::parseList(field->unfoldedValue()).mailboxes) {
            if (!m.domainAscii.isEmpty())
                replyTo << m.domainAscii;
        }
    }
    job->domains = std::make_unique<DomainExistence>(job->report.summary.returnPath.section(u'@', -1),
                                                     job->report.summary.fromDomain, replyTo);
    for (const DnsQuestion &q : job->domains->questions()) {
        if (!job->questions.contains(q))
            job->questions.append(q);
    }
    // Reverse DNS needs only the delivering address: its PTR question goes in the first round and
    // its forward lookups in the next, beside SPF's, instead of two rounds of their own at the end.
    if (!job->report.hops.boundaryIp.isEmpty()) {
        job->iprev = std::make_unique<IprevChecker>(job->report.hops.boundaryIp, job->report.hops.boundaryHelo);
        for (const DnsQuestion &q : job->iprev->questions()) {
            if (!job->questions.contains(q))
                job->questions.append(q);
        }
    }
    m_job = std::move(job);
    emit reportUpdated(m_job->report);
    startDns();
}

void Analyzer::startDns()
{
    const int total = int(m_job->questions.size());
    m_job->asked += total;
    emit progress(m_job->received, m_job->asked);
    if (total == 0) {
        advance();
        return;
    }
    static NoDnsResolver noDns;
    Resolver *resolver = m_options.resolver ? m_options.resolver.get() : &noDns;
    if (!m_deadline->isActive())
        m_deadline->start(m_options.timeoutMs); // one deadline for all rounds
    const quint64 id = m_job->id;
    m_job->roundStart = m_job->report.dns.size();
    for (const DnsQuestion &q : std::as_const(m_job->questions))
        resolver->resolve(q, this, [this, id](const DnsAnswer &answer) { onAnswer(id, answer); });
}

void Analyzer::onAnswer(quint64 jobId, const DnsAnswer &answer)
{
    if (!m_job || m_job->id != jobId || isCancelled())
        return;
    const DnsQuestion key{DnsName::normalized(answer.question.name), answer.question.type};
    const bool repeated = m_job->answeredBefore.contains(key);
    if (repeated) {
        DnsAnswer again = answer;
        again.source = QStringLiteral("cache");
        again.elapsedMs = 0;
        m_job->report.dns.append(again);
    } else {
        m_job->answeredBefore.insert(key);
        m_job->report.dns.append(answer);
        noteAnswerLimits(answer); // said once, not again for a question asked again
    }
    if (m_job->stage == Job::Stage::Keys) {
        m_job->dkim->setAnswer(answer);
        m_job->arc->setAnswer(answer);
        if (m_job->spf)
            m_job->spf->setAnswer(answer);
        if (m_job->spfFrom)
            m_job->spfFrom->setAnswer(answer);
        m_job->keyAnswers.insert(answer);
        m_job->domains->setAnswer(answer);
    } else if (m_job->stage == Job::Stage::Dmarc) {
        m_job->dmarc->setAnswer(answer);
    }
    if (m_job->iprev)
        m_job->iprev->setAnswer(answer);
    ++m_job->answered;
    ++m_job->received;
    emit progress(m_job->received, m_job->asked);
    if (m_job->answered >= m_job->questions.size())
        advance();
}

void Analyzer::noteAnswerLimits(const DnsAnswer &answer)
{
    if (answer.droppedRecords == 0 && answer.droppedTexts == 0)
        return;
    const QString name = QString::fromLatin1(answer.question.name);
    const QString type = dnsTypeName(answer.question.type);
    QList<Finding> findings;
    if (answer.droppedTexts > 0) {
        findings.append(makeFinding(QStringLiteral("dns.answer.text_too_long"),
                                    Severity::Warning,
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("length"), QString::number(answer.longestDroppedText)},
                                     {QStringLiteral("limit"), QString::number(Limits::MaxDnsTxtBytes)}}));
    }
    if (answer.droppedRecords > 0) {
        findings.append(makeFinding(QStringLiteral("dns.answer.too_many_records"),
                                    Severity::Warning,
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("count"), QString::number(answer.records.size() + answer.droppedRecords)},
                                     {QStringLiteral("limit"), QString::number(Limits::MaxDnsAnswerRecords)}}));
    }
    for (const Finding &f : std::as_const(findings)) {
        m_job->report.findings.append(f);
        emit findingReady(f);
    }
}

void Analyzer::orderRound()
{
    // Answers arrive in whatever order the network (or a cache shared with other analyses)
    // gives them; the report lists each round's answers in the order they were asked, so that
    // it reads the same on every run.
    QList<DnsAnswer> &dns = m_job->report.dns;
    if (dns.size() - m_job->roundStart < 2)
        return;
    QHash<DnsQuestion, qsizetype> position;
    for (qsizetype i = 0; i < m_job->questions.size(); ++i)
        position.insert(m_job->questions.at(i), i);
    std::stable_sort(dns.begin() + m_job->roundStart, dns.end(), [&position](const DnsAnswer &a, const DnsAnswer &b) {
        return position.value(a.question, -1) < position.value(b.question, -1);
    });
}

void Analyzer::onDeadline()
{
    if (m_job)
        orderRound();
    if (m_job && !isCancelled()) {
        // What is still unanswered counts as a timeout: each check concludes temperror (or
        // cannot tell) for it, never pass or fail.
        Report &report = m_job->report;
        report.dnsBudgetExhausted = true;
        report.dnsUnanswered = qMax(0, m_job->asked - m_job->received);
        const Finding f = makeFinding(QStringLiteral("dns.budget.exhausted"),
                                      Severity::Warning,
                                      {{QStringLiteral("seconds"), QString::number(report.dnsBudgetMs / 1000.0)},
                                       {QStringLiteral("count"), QString::number(report.dnsUnanswered)}});
        report.findings.append(f);
        emit findingReady(f);
    }
    complete();
}

void Analyzer::advance()
{
    if (!m_job)
        return;
    orderRound();
    if (m_job->stage == Job::Stage::Keys) {
        // SPF follows its record: include, redirect, mx and a need further rounds. The From SPF
        // first takes the answers already received, then asks what is left with the envelope's.
        QList<DnsQuestion> next;
        if (m_job->spf && !m_job->spf->isFinished())
            next = m_job->spf->questions();
        // The addresses of a domain whose MX answer left replies open; the forward lookups of
        // the names the PTR answer gave.
        QList<DnsQuestion> more = m_job->domains->questions();
        if (m_job->iprev)
            more += m_job->iprev->questions();
        for (const DnsQuestion &q : std::as_const(more)) {
            if (!next.contains(q))
                next.append(q);
        }
        if (m_job->spfFrom) {
            bool fed = true;
            while (fed && !m_job->spfFrom->isFinished()) {
                fed = false;
                for (const DnsQuestion &q : m_job->spfFrom->questions()) {
                    if (const DnsAnswer *known = m_job->keyAnswers.find(q)) {
                        m_job->spfFrom->setAnswer(*known);
                        fed = true;
                    }
                }
            }
            for (const DnsQuestion &q : m_job->spfFrom->questions()) {
                if (!next.contains(q))
                    next.append(q);
            }
        }
        if (!next.isEmpty()) {
            m_job->questions = next;
            m_job->answered = 0;
            m_job->id = m_nextJobId++;
            startDns();
            return;
        }
    }
    if (m_job->stage == Job::Stage::Keys) {
        finishDkim();
        finishArc();
        finishSpf();
        finishSpfFrom();
        finishDomains();
        emit reportUpdated(m_job->report);
        m_job->stage = Job::Stage::Dmarc;
        m_job->dmarc = std::make_unique<DmarcEvaluator>(dmarcInput(m_job->report), OrganizationalDomain::system());
        // What the first round answered already (the From domain's MX) is not asked again.
        m_job->questions.clear();
        for (const DnsQuestion &q : m_job->dmarc->questions()) {
            if (const DnsAnswer *known = m_job->keyAnswers.find(q))
                m_job->dmarc->setAnswer(*known);
            else
                m_job->questions.append(q);
        }
        m_job->answered = 0;
        m_job->id = m_nextJobId++; // late answers of the first round are not for this one
        startDns();
        return;
    }
    if (m_job->stage != Job::Stage::Root && needsRootCheck(*m_job)) {
        // Every name answered NXDOMAIN: ask for the root zone, which always exists, to tell a
        // message full of made-up domains from a resolver that answers NXDOMAIN to everything.
        m_job->stage = Job::Stage::Root;
        m_job->questions = {DnsQuestion{QByteArray(), DnsType::SOA}};
        m_job->answered = 0;
        m_job->id = m_nextJobId++;
        startDns();
        return;
    }
    complete();
}

bool Analyzer::needsRootCheck(const Job &job) const
{
    if (m_options.offline || job.report.dns.isEmpty())
        return false;
    return std::all_of(job.report.dns.cbegin(), job.report.dns.cend(), [](const DnsAnswer &a) {
        return a.status == DnsStatus::NxDomain;
    });
}

// Whether Kensa's DNS can be relied on, from every answer of the analysis (offline mode answers
// from zone files the user chose, which are what they are).
void Analyzer::judgeDns(Job &job)
{
    Report &report = job.report;
    if (m_options.offline || job.asked == 0)
        return;
    const auto failed = [](DnsStatus status) {
        return status == DnsStatus::Timeout || status == DnsStatus::ServFail || status == DnsStatus::Refused
            || status == DnsStatus::OtherError;
    };
    QStringList kinds;
    bool anyAnswer = false;
    bool allNx = !report.dns.isEmpty();
    bool rootNx = false;
    for (const DnsAnswer &a : std::as_const(report.dns)) {
        const bool root = a.question.name.isEmpty() && a.question.type == DnsType::SOA;
        if (root && a.status != DnsStatus::NoError)
            rootNx = true;
        if (a.status != DnsStatus::NxDomain && !root)
            allNx = false;
        if (failed(a.status)) {
            const QString kind = dnsStatusName(a.status);
            if (!kinds.contains(kind))
                kinds << kind;
        } else {
            anyAnswer = true;
        }
    }
    // Questions still without an answer at the deadline timed out too.
    if (report.dns.size() < job.asked && !kinds.contains(dnsStatusName(DnsStatus::Timeout)))
        kinds << dnsStatusName(DnsStatus::Timeout);
    Finding f;
    if (!anyAnswer) {
        report.dnsUnreliable = QStringLiteral("dns.unreachable");
        f = makeFinding(report.dnsUnreliable, Severity::Error,
                        {{QStringLiteral("count"), QString::number(job.asked)},
                         {QStringLiteral("status"), kinds.join(QStringLiteral(", "))}});
    } else if (allNx && rootNx) {
        report.dnsUnreliable = QStringLiteral("dns.nxdomain_everywhere");
        f = makeFinding(report.dnsUnreliable, Severity::Error,
                        {{QStringLiteral("count"), QString::number(report.dns.size())}});
    } else {
        return;
    }
    report.findings.prepend(f);
    emit findingReady(f);
}

void Analyzer::finishDkim()
{
    Report &report = m_job->report;
    report.dkim = m_job->dkim->results();
    report.dkimChecked = true;
    const QList<Finding> differences =
        RecordedVerdicts::matchDkim(report.dkim, report.authResults, report.source);
    for (const DkimResult &r : std::as_const(report.dkim)) {
        for (const Finding &f : r.findings) {
            report.findings.append(f);
            emit findingReady(f);
        }
    }
    for (const Finding &f : differences) {
        report.findings.append(f);
        emit findingReady(f);
    }
    // The unsubscribe fields count only when a passing signature covers them (RFC 8058 §4).
    report.unsubscribe = UnsubscribeChecker::check(report.message, report.mime, report.dkim,
                                                   report.summary.fromDomain, OrganizationalDomain::system());
    report.unsubscribeChecked = true;
    for (const Finding &f : std::as_const(report.unsubscribe.findings)) {
        report.findings.append(f);
        emit findingReady(f);
    }
}

void Analyzer::finishDomains()
{
    Report &report = m_job->report;
    if (report.domainChecked || !m_job->domains)
        return;
    report.domainChecks = m_job->domains->outcomes();
    report.domainChecked = true;
}

void Analyzer::checkFormat(Job &job)
{
    Report &report = job.report;
    FormatChecker::Input in;
    in.message = &report.message;
    in.normalised = true; // parseStage() parsed the normaliser's bytes
    in.mime = report.hasBody() ? &report.mime : nullptr;
    in.hops = &report.hops;
    const HopTimeline &hops = report.hops;
    if (hops.boundaryIndex >= 0 && hops.boundaryIndex < hops.hops.size()) {
        const ReceivedHop &boundary = hops.hops.at(hops.boundaryIndex).hop;
        in.boundaryHelo = hops.boundaryHelo;
        in.boundaryTime = boundary.timestamp;
        // The fields above the boundary Received field were written by the final receiver.
        const QList<HeaderField> &fields = report.message.headers();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).line == boundary.line) {
                in.receiverFieldCount = int(i) + 1;
                break;
            }
        }
    }
    // The signing domains (DKIM d=), known from parsing before the keys arrive.
    for (const DkimResult &d : std::as_const(report.dkim)) {
        if (!d.domain.isEmpty() && !in.authDomains.contains(d.domain))
            in.authDomains << d.domain;
    }
    in.envelopeDomain = report.summary.returnPath.section(u'@', -1);
    if (!in.envelopeDomain.isEmpty() && !in.authDomains.contains(in.envelopeDomain))
        in.authDomains << in.envelopeDomain;
    // The format outcomes carry their own evidence to the checklist; they are not findings of the
    // list, so nothing streams from here (a streamed finding must also be in report.findings).
    report.format = FormatChecker::check(in);
    report.formatChecked = true;
}

// What the receivers wrote about their own spam decision, placed against the trust boundary
// (needs the hops, so after prepareSpf).
void Analyzer::readReceivers(Job &job)
{
    Report &report = job.report;
    report.receiverVerdicts = ReceiverFields::read(report.message, report.hops);
    report.receiverChecked = true;
    for (const ReceiverVerdict &verdict : std::as_const(report.receiverVerdicts)) {
        for (const Finding &f : verdict.findings) {
            report.findings.append(f);
            emit findingReady(f);
        }
    }
}

void Analyzer::prepareSpf(Job &job)
{
    Report &report = job.report;
    // The client IP the receiver recorded (RFC 8601 smtp.client-ip, smtp.remote-ip,
    // policy.iprev, Microsoft's "sender IP is"), which tells the hop timeline where the boundary is.
    QString claimedIp;
    for (const AuthResultsField &field : std::as_const(report.authResults)) {
        if (!field.trusted)
            continue;
        if (claimedIp.isEmpty())
            claimedIp = AuthResultsParser::clientIp(field);
        if (const AuthResultsMethod *spf = field.method(u"spf"); spf && report.spfRecorded.isEmpty()) {
            report.spfRecorded = spf->result;
            report.spfRecordedBy = field.authservId;
        }
    }
    const QList<ReceivedHop> &hops = job.receivedFields;
    if (claimedIp.isEmpty()) {
        // RFC 7208 §9.1: Received-SPF client-ip=, when the receiver wrote it above the lowest
        // Received field (below it, the sender's side wrote it before delivery).
        const int lowestReceived = hops.isEmpty() ? 0 : hops.last().line;
        if (const HeaderField *receivedSpf = report.message.field("Received-SPF");
            receivedSpf && (lowestReceived == 0 || receivedSpf->line < lowestReceived)) {
            static const QRegularExpression clientIp(QStringLiteral("client-ip=([0-9A-Fa-f:.]+)"));
            claimedIp = clientIp.match(QString::fromLatin1(receivedSpf->unfoldedValue())).captured(1);
        }
    }
    // The recipients' domains (Delivered-To, X-Original-To, To) locate the final receiver when it
    // wrote no client IP.
    QStringList recipientDomains;
    for (const char *name : {"Delivered-To", "X-Original-To", "To"}) {
        for (const HeaderField *field : report.message.fields(name)) {
            for (const Mailbox &m : AddressParser::parseList(field->unfoldedValue()).mailboxes) {
                const QString domain = m.domainAscii.toLower();
                if (!domain.isEmpty() && !recipientDomains.contains(domain))
                    recipientDomains << domain;
            }
        }
    }
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    const QString receiverDomain = report.receiverAuthservId.isEmpty() ? QString() : psl.of(report.receiverAuthservId);
    report.hops = HopTimeline::build(
        hops,
        receiverDomain,
        claimedIp,
        [&psl](const QString &host) { return psl.of(host); },
        recipientDomains);
    // The timeline's findings, then what the parser could not read in a Received field
    // (received.partial, .unreadable, dates), in header order (the newest hop first), as a
    // reader meets them.
    QList<Finding> hopFindings = report.hops.findings;
    for (auto h = report.hops.hops.crbegin(); h != report.hops.hops.crend(); ++h)
        hopFindings += h->hop.findings;
    for (const Finding &f : std::as_const(hopFindings)) {
        report.findings.append(f);
        emit findingReady(f);
    }

    const QString ip = report.hops.boundaryIp.isEmpty() ? claimedIp : report.hops.boundaryIp;
    if (ip.isEmpty()) {
        const Finding f = makeFinding(QStringLiteral("spf.not_evaluated.no_ip"), Severity::Notice);
        report.findings.append(f);
        emit findingReady(f);
        return;
    }
    SpfEvaluator::Input in;
    in.ip = ip.toLatin1();
    in.helo = report.hops.boundaryHelo.toUtf8();
    if (!report.summary.returnPath.isEmpty()) {
        in.sender = report.summary.returnPath.toUtf8();
        in.domain = in.sender.mid(in.sender.lastIndexOf('@') + 1);
    } else {
        // RFC 7208 §2.4: a null reverse-path checks the HELO identity, as postmaster@helo.
        in.sender = "postmaster@" + in.helo;
        in.domain = in.helo;
    }
    if (in.domain.isEmpty()) {
        const Finding f = makeFinding(QStringLiteral("spf.not_evaluated.no_ip"), Severity::Notice);
        report.findings.append(f);
        emit findingReady(f);
        return;
    }
    SpfEvaluator::Options options;
    options.now = report.analysisTime;
    options.receiver = report.receiverAuthservId.isEmpty() ? QByteArray("unknown") : report.receiverAuthservId.toUtf8();
    job.spf = std::make_unique<SpfEvaluator>(in, options);

    // The header From domain for the same IP, as a domain identity (RFC 7208 §2.4:
    // postmaster@<domain>): what the Japanese carriers' spoofed-sender filters check.
    const QByteArray fromDomain = report.summary.fromDomain.toLower().toUtf8();
    if (fromDomain.isEmpty())
        return;
    if (fromDomain == in.domain.toLower()) {
        job.spfFromReused = true;
        return;
    }
    SpfEvaluator::Input from = in;
    from.domain = fromDomain;
    from.sender = "postmaster@" + fromDomain;
    job.spfFrom = std::make_unique<SpfEvaluator>(from, options);
}

void Analyzer::checkReturnPath(Report &report)
{
    QStringList dkimDomains;
    for (const DkimResult &d : std::as_const(report.dkim))
        dkimDomains << d.domain;
    report.sendingService = SendingServices::recognise(
        report.message, {report.summary.returnPath.section(u'@', -1), report.summary.fromDomain, dkimDomains},
        report.hops);
    if (!report.sendingService.id.isEmpty()) {
        Finding f = makeFinding(QStringLiteral("sender.service"), Severity::Info,
                                {{QStringLiteral("name"), report.sendingService.name},
                                 {QStringLiteral("evidence"), report.sendingService.evidence.join(QStringLiteral(", "))}});
        report.findings.append(f);
        emit findingReady(f);
    }
    const QString from = report.summary.fromDomain;
    const QString returnPath = report.summary.returnPath.section(u'@', -1).toLower();
    if (from.isEmpty() || returnPath.isEmpty())
        return;
    const OrganizationalDomain &psl = OrganizationalDomain::system();
    const QString fromOrg = psl.orSelf(from);
    const QString rpOrg = psl.orSelf(returnPath);
    QString key;
    Severity severity = Severity::Info;
    if (returnPath == from) {
        report.returnPathAlignment = QStringLiteral("exact");
        key = QStringLiteral("dmarc.return_path.exact");
    } else if (rpOrg == fromOrg) {
        report.returnPathAlignment = QStringLiteral("organizational");
        key = QStringLiteral("dmarc.return_path.organizational");
    } else {
        report.returnPathAlignment = QStringLiteral("different");
        key = report.dmarc.dkimAligned ? QStringLiteral("dmarc.return_path.different_dkim_saves")
                                       : QStringLiteral("dmarc.return_path.different");
        severity = report.dmarc.dkimAligned ? Severity::Notice : Severity::Warning;
    }
    Finding f = makeFinding(key, severity, {{QStringLiteral("return_path"), returnPath}, {QStringLiteral("from"), from}},
                            0, QStringLiteral("Return-Path"));
    report.findings.append(f);
    emit findingReady(f);
}

void Analyzer::finishArc()
{
    Report &report = m_job->report;
    report.arc = m_job->arc->result();
    report.arcChecked = true;
    QList<Finding> findings = report.arc.findings;
    findings += RecordedVerdicts::matchArc(report.arc, report.authResults, report.arcRecorded, report.arcRecordedBy);
    for (const Finding &f : std::as_const(findings)) {
        report.findings.append(f);
        emit findingReady(f);
    }
}

void Analyzer::finishSpf()
{
    Report &report = m_job->report;
    if (!m_job->spf)
        return;
    report.spf = m_job->spf->result();
    report.spfChecked = true;
    QList<Finding> findings = report.spf.findings;
    if (!report.spfRecorded.isEmpty() && report.spfRecorded != report.spf.result) {
        findings.append(makeFinding(report.spf.result == u"temperror" ? QStringLiteral("spf.recorded.unverifiable")
                                                                      : QStringLiteral("spf.recorded.differs"),
                                    Severity::Warning,
                                    {{QStringLiteral("receiver"), report.spfRecordedBy},
                                     {QStringLiteral("recorded"), report.spfRecorded},
                                     {QStringLiteral("now"), report.spf.result}},
                                    0, QStringLiteral("Authentication-Results")));
    }
    for (const Finding &f : std::as_const(findings)) {
        report.findings.append(f);
        emit findingReady(f);
    }
}

void Analyzer::finishSpfFrom()
{
    Report &report = m_job->report;
    if (m_job->spfFromReused && report.spfChecked) {
        report.spfFrom = report.spf;
        report.spfFromChecked = true;
        report.spfFromReused = true;
    } else if (m_job->spfFrom) {
        // Its findings repeat the envelope's kinds for another domain; the requirement rows and
        // the trace tell what matters, so they stay out of the findings list.
        report.spfFrom = m_job->spfFrom->result();
        report.spfFromChecked = true;
    }
}

DmarcEvaluator::Input Analyzer::dmarcInput(const Report &report)
{
    DmarcEvaluator::Input in;
    for (const Mailbox &m : report.summary.fromMailboxes) {
        if (!m.domainAscii.isEmpty())
            in.fromDomains << m.domainAscii;
    }
    for (const DkimResult &d : report.dkim)
        in.dkim.append({d.domain, d.result});
    if (report.spfChecked) {
        in.spfDomain = QString::fromUtf8(report.spf.domain);
        in.spfResult = report.spf.result;
        return in;
    }
    // Without a sending IP Kensa cannot evaluate SPF itself: SPF as the receiver recorded it in
    // its trusted Authentication-Results, the identity (smtp.mailfrom, else smtp.helo) and result.
    for (const AuthResultsField &field : report.authResults) {
        if (!field.trusted)
            continue;
        if (const AuthResultsMethod *spf = field.method(u"spf")) {
            QString identity = spf->property(u"smtp.mailfrom");
            if (identity.isEmpty())
                identity = spf->property(u"smtp.helo");
            in.spfDomain = identity.section(u'@', -1);
            in.spfResult = spf->result;
            in.spfFromRecord = true;
            break;
        }
    }
    if (in.spfDomain.isEmpty() && !report.summary.returnPath.isEmpty())
        in.spfDomain = report.summary.returnPath.section(u'@', -1);
    return in;
}

void Analyzer::complete()
{
    m_deadline->stop();
    if (!m_job)
        return;
    const bool cancelled = isCancelled();
    std::unique_ptr<Job> job = std::move(m_job);
    if (cancelled)
        return;
    Report &report = job->report;
    // The deadline may end the analysis in any round; what could not be asked is temperror.
    if (job->stage == Job::Stage::Keys) {
        m_job = std::move(job);
        finishDkim();
        finishArc();
        finishSpf();
        finishSpfFrom();
        job = std::move(m_job);
        job->dmarc = std::make_unique<DmarcEvaluator>(dmarcInput(report), OrganizationalDomain::system());
    }
    if (job->dmarc && !report.dmarcChecked)
        finishDmarc(report, *job->dmarc);
    // Reverse DNS, whatever its rounds got before the budget ran out (what is missing counts as
    // timed out).
    if (job->iprev) {
        report.iprev = job->iprev->result();
        report.iprevChecked = true;
        for (const Finding &f : std::as_const(report.iprev.findings)) {
            report.findings.append(f);
            emit findingReady(f);
        }
    }
    if (!report.domainChecked && job->domains) {
        report.domainChecks = job->domains->outcomes();
        report.domainChecked = true;
    }
    checkReturnPath(report);
    judgeDns(*job);
    report.requirements = RequirementEngine::evaluate(
        report.checkResults(), RequirementTable::builtin(), m_options.checklist);
    emitFinished(report);
}

void Analyzer::emitFinished(Report &report)
{
    // A receiver may start the next analysis on this analyzer, which may finish at once (an
    // input that is no message): the reports being passed nest.
    Report *const outer = m_finishing;
    m_finishing = &report;
    emit finished(report);
    m_finishing = outer;
}

Report Analyzer::takeFinishedReport()
{
    Q_ASSERT(m_finishing);
    return m_finishing ? std::move(*m_finishing) : Report();
}

void Analyzer::finishDmarc(Report &report, const DmarcEvaluator &dmarc)
{
    report.dmarc = dmarc.result();
    report.dmarcChecked = true;
    for (const AuthResultsField &field : std::as_const(report.authResults)) {
        const AuthResultsMethod *recorded = field.trusted ? field.method(u"dmarc") : nullptr;
        if (!recorded)
            continue;
        report.dmarc.recorded = recorded->result;
        report.dmarc.recordedBy = field.authservId;
        // Gmail writes "dmarc=pass (p=QUARANTINE sp=NONE dis=NONE)": the policy it found.
        static const QRegularExpression policy(QStringLiteral("(?:^|\\s)p=([A-Za-z]+)"));
        report.dmarc.recordedPolicy = policy.match(recorded->comment).captured(1).toLower();
        // pass and fail need a record: a receiver that wrote either found one.
        const bool receiverSawRecord = recorded->result == u"pass" || recorded->result == u"fail";
        if (receiverSawRecord && report.dmarc.result == u"none") {
            report.dmarc.findings.append(makeFinding(
                QStringLiteral("dmarc.recorded.record_missing"),
                Severity::Warning,
                {{QStringLiteral("receiver"), field.authservId},
                 {QStringLiteral("recorded"), recorded->result},
                 {QStringLiteral("policy"), report.dmarc.recordedPolicy.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" (p=%1)").arg(report.dmarc.recordedPolicy)},
                 {QStringLiteral("domain"), report.dmarc.fromDomain}},
                0, QStringLiteral("Authentication-Results")));
        } else if (recorded->result != report.dmarc.result) {
            report.dmarc.findings.append(makeFinding(
                report.dmarc.result == u"temperror" ? QStringLiteral("dmarc.recorded.unverifiable")
                                                    : QStringLiteral("dmarc.recorded.differs"),
                Severity::Warning,
                {{QStringLiteral("receiver"), field.authservId},
                 {QStringLiteral("recorded"), recorded->result},
                 {QStringLiteral("now"), report.dmarc.result}},
                0, QStringLiteral("Authentication-Results")));
        }
        break;
    }
    for (const Finding &f : std::as_const(report.dmarc.findings)) {
        report.findings.append(f);
        emit findingReady(f);
    }
}

void Analyzer::cancel()
{
    // Called from the GUI thread while the job and its deadline belong to the worker's: count
    // the request (isCancelled() sees it at once) and let the worker drop the job in order, after
    // any run() asked for before this cancel.
    const quint64 request = ++m_cancelRequests;
    if (QThread::currentThread() == thread()) {
        dropCancelledJob(request);
        return;
    }
    QMetaObject::invokeMethod(this, [this, request] { dropCancelledJob(request); }, Qt::QueuedConnection);
}

bool Analyzer::isCancelled() const
{
    return m_job && m_job->cancelRequests != m_cancelRequests;
}

void Analyzer::dropCancelledJob(quint64 cancelRequest)
{
    m_cancelsDropped = qMax(m_cancelsDropped, cancelRequest);
    // A job started later than the request (asked for after it) goes on.
    if (!m_job || m_job->cancelRequests > cancelRequest)
        return;
    m_deadline->stop();
    m_job.reset();
}

} // namespace kensa
