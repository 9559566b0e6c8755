#include "LoopbackUdp.h"
#include "core/auth/dkim/DkimVerifier.h"
#include "core/dns/LdnsResolver.h"
#include "core/message/Message.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

using namespace kensa;

// The DKIM conformance suite of ../shared/conformance (README.md "DKIM", dkim/PROVENANCE.md):
// every row of dkim/expected.tsv, verified by DkimVerifier with its key records asked through
// LdnsResolver from real nsd servers on loopback. CTest starts them (tests/dns/conformance-dns.sh,
// fixture dns_conformance: one nsd per source, zones made by tests/dns/conformance-zones.sh) and
// passes their ports in the file named by KENSA_CONFORMANCE_DNS_PORT_FILE.
//
// DNS faults the suite requires, both real:
// - test3._domainkey.blackhole2.messiah.edu: nsd answers SERVFAIL (the zone
//   blackhole2.messiah.edu is configured without a zone file);
// - test3._domainkey.blackhole.messiah.edu: messiah.edu delegates blackhole.messiah.edu to a
//   server that never answers, so questions under it go to a second LdnsResolver aimed at a
//   loopback UDP port where a socket is bound and never answers (300 ms, one try).
//
// Each message file is a complete message: the DkimVerifier gets headersOnly = false even for
// the no_body_* messages, whose empty body is part of what they test.

namespace {

// Verification time: 2024-01-01T00:00:00Z. Later than every t= in the suite (the latest is the
// RFC 8463 message's t=1528637909, 2018-06-10) and than every message's Date (the newest, the
// Mail::DKIM Ed25519 messages, are from 2023), so no signature is "from the future"; later than
// the only x= (ignore_7.txt, x=1193229946, 2007-10-24), which must count as expired. Fixed, so
// that the results do not depend on the day the test runs.
constexpr qint64 VerificationTime = 1704067200;

// The zone whose server never answers (README "DKIM": the key lookup must time out).
const QByteArray TimeoutZone = "blackhole.messiah.edu";
constexpr int TimeoutMs = 300;
constexpr int DnsDeadlineMs = 20000; // for all questions of one message

// The suite has 95 rows (dkim/PROVENANCE.md "expected.tsv"): a reader that drops rows fails.
constexpr int ExpectedRows = 95;

struct Row
{
    QString source;
    QString file;
    QString sig; // "1", "2", ... or "*"
    QString type; // DKIM, DomainKeys, - (message level)
    QString key; // rsa-BITS, ed25519-BITS, nxdomain, dns-timeout, dns-servfail, revoked, nokey, -
    QString suiteResult;
    QString crypto; // pass, fail, -
    QString rfcResult; // one word, or alternatives joined by '|'
    QString rfcReasons; // ';'-separated, or -
};

} // namespace

Q_DECLARE_METATYPE(Row)

namespace {

// What one message gave; computed once per file and shared by its rows.
struct FileRun
{
    QString error; // why the file could not be run
    QList<DkimResult> results; // one per DKIM-Signature, top first
    // Per signature field in header order (DKIM-Signature and DomainKey-Signature alike, as the
    // suite's `sig` counts them): the index into `results`, or -1 for a DomainKey-Signature.
    QList<int> fields;
    QList<int> fieldLines;
    QHash<QByteArray, DnsAnswer> answers; // by key name
};

// Bare LF -> CRLF (PROVENANCE.md: bad_1878954.txt and two dkimpy messages use LF).
QByteArray toCrlf(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.count('\n'));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            out.append('\r');
        out.append(bytes.at(i));
    }
    return out;
}

bool underZone(const QByteArray &name, const QByteArray &zone)
{
    return name == zone || name.endsWith("." + zone);
}

QString argOf(const DkimResult &r, const char *name)
{
    for (const auto &arg : r.reasonArgs) {
        if (arg.first == QLatin1String(name))
            return arg.second;
    }
    return {};
}

// The words of expected.tsv's rfc_reasons that stand for Kensa's reason key (any one of them);
// empty for a key this table does not know (the row then fails and names the key).
QStringList reasonWords(const DkimResult &r)
{
    const QString &key = r.reason;
    if (key == u"dkim.tag.missing")
        return {u"missing %1= tag"_qs.arg(argOf(r, "tag"))};
    if (key == u"dkim.tag.list_syntax" || key == u"dkim.tag.duplicate")
        return {u"signature field is not a tag list"_qs};
    if (key == u"dkim.version")
        return {u"v=%1, not 1"_qs.arg(argOf(r, "version"))};
    if (key == u"dkim.algorithm.unknown")
        return {u"unknown algorithm %1"_qs.arg(argOf(r, "algorithm"))};
    if (key == u"dkim.algorithm.rsa_sha1")
        return {u"rsa-sha1 (RFC 8301 3.1)"_qs};
    if (key == u"dkim.canonicalization.unknown")
        return {u"unknown canonicalization"_qs};
    if (key == u"dkim.query_method")
        return {u"no supported query method (q=%1)"_qs.arg(argOf(r, "q"))};
    if (key == u"dkim.identity_mismatch")
        return {u"i= domain not d= or a subdomain"_qs};
    if (key == u"dkim.expired")
        return {u"signature expired (x=)"_qs};
    if (key == u"dkim.key.not_found")
        return {u"no key record"_qs};
    if (key == u"dkim.key.dns_error")
        return {u"key lookup: DNS %1"_qs.arg(argOf(r, "status").toLower())};
    if (key == u"dkim.key.revoked")
        return {u"key revoked (empty p=)"_qs};
    if (key == u"dkim.key.no_p")
        return {u"no p= tag"_qs};
    if (key == u"dkim.key.version")
        return {u"key v="_qs};
    // A TXT text that is no tag list at all (the suite's `""`) is "not a key record" there.
    if (key == u"dkim.key.syntax")
        return {u"key record syntax error"_qs, u"(not a key record)"_qs};
    if (key == u"dkim.key.type_unknown")
        return {u"unknown key type k=%1"_qs.arg(argOf(r, "type"))};
    if (key == u"dkim.key.service")
        return {u"key service type s=%1 excludes email"_qs.arg(argOf(r, "service"))};
    if (key == u"dkim.key.hash_excluded")
        return {u"excludes %1"_qs.arg(argOf(r, "hash"))};
    if (key == u"dkim.key.strict_subdomain")
        return {u"key t=s but i= is a subdomain"_qs};
    if (key == u"dkim.key.ed25519_size")
        return {u"Ed25519 key is not 32 octets"_qs};
    if (key == u"dkim.key.too_small")
        return {u"RSA key %1 bits < 1024 (RFC 8301 3.2)"_qs.arg(argOf(r, "bits"))};
    return {};
}

// Rows this test does not judge, each with its reason (README.md: a skipped case carries a
// written reason). Empty: every row of expected.tsv is compared. An entry reads
// {u"mail-dkim/corpus/NAME.txt#1"_qs, u"why"_qs}.
const QHash<QString, QString> &skipReasons()
{
    static const QHash<QString, QString> reasons;
    return reasons;
}

// RFC 8601 results in the suite's order of preference for the message level (expected.tsv).
int rank(const QString &result)
{
    static const QStringList order
        = {u"pass"_qs, u"fail"_qs, u"temperror"_qs, u"permerror"_qs, u"none"_qs};
    const qsizetype i = order.indexOf(result);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

class TestDkimConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verify_data();
    void verify();
    void rfc8463BothPass();
    void dnsFaults();
    void init();
    void cleanup();
    void cleanupTestCase();

private:
    const FileRun &run(const QString &source, const QString &file);
    Resolver *resolverFor(const QString &source, const QByteArray &name);

    QList<Row> m_rows;
    QHash<QString, quint16> m_ports; // by source
    std::map<QString, std::unique_ptr<LdnsResolver>> m_resolvers;
    std::unique_ptr<LoopbackUdp> m_blackhole; // reads nothing and answers nothing
    std::unique_ptr<LdnsResolver> m_timeoutResolver;
    std::map<QString, FileRun> m_runs; // by file (std::map: references stay valid)

    bool m_skipped = false;
    int m_passed = 0;
    int m_failed = 0;
    int m_skipCount = 0;
    int m_cryptoCompared = 0;
    int m_cryptoNotReached = 0;
    QStringList m_failedRows;
};

void TestDkimConformance::initTestCase()
{
    // expected.tsv, columns by name.
    QFile tsv(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/expected.tsv"));
    QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.fileName()));
    const QList<QByteArray> lines = tsv.readAll().split('\n');
    QVERIFY(!lines.isEmpty());
    const QList<QByteArray> header = lines.first().trimmed().split('\t');
    const auto column
        = [&header](const char *name) { return int(header.indexOf(QByteArray(name))); };
    const int cSource = column("source"), cFile = column("file"), cSig = column("sig"),
              cType = column("type"), cKey = column("key"), cSuite = column("suite_result"),
              cCrypto = column("crypto"), cRfc = column("rfc_result"),
              cReasons = column("rfc_reasons");
    for (int c : {cSource, cFile, cSig, cType, cKey, cSuite, cCrypto, cRfc, cReasons})
        QVERIFY2(c >= 0, "expected.tsv lacks a column this test reads");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> cells = line.split('\t');
        QVERIFY2(cells.size() == header.size(),
            qPrintable(u"expected.tsv line %1: %2 cells"_qs.arg(i + 1).arg(cells.size())));
        const auto cell = [&cells](int c) { return QString::fromUtf8(cells.at(c).trimmed()); };
        m_rows.append({cell(cSource),
            cell(cFile),
            cell(cSig),
            cell(cType),
            cell(cKey),
            cell(cSuite),
            cell(cCrypto),
            cell(cRfc),
            cell(cReasons)});
    }
    QCOMPARE(m_rows.size(), ExpectedRows);

    // The nsd fixture: "SOURCE<TAB>PORT" per line.
    const QString portFile = qEnvironmentVariable("KENSA_CONFORMANCE_DNS_PORT_FILE");
    if (portFile.isEmpty())
        QFAIL("KENSA_CONFORMANCE_DNS_PORT_FILE is not set: run this test through ctest, which "
              "starts the nsd fixture (tests/dns/conformance-dns.sh) first");
    QFile ports(portFile);
    if (!ports.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(
            u"No DNS fixture: cannot read %1 (did the dns_conformance_start test fail?)"_qs.arg(
                portFile)));
    for (const QByteArray &line : ports.readAll().split('\n')) {
        const QList<QByteArray> cells = line.trimmed().split('\t');
        if (cells.size() != 2)
            continue;
        bool ok = false;
        const int port = cells.at(1).toInt(&ok);
        QVERIFY2(ok && port > 0 && port < 65536, line.constData());
        m_ports.insert(QString::fromUtf8(cells.at(0)), quint16(port));
    }
    for (const Row &row : std::as_const(m_rows)) {
        QVERIFY2(m_ports.contains(row.source),
            qPrintable(u"no nsd serves the source %1"_qs.arg(row.source)));
        if (m_resolvers.find(row.source) == m_resolvers.end()) {
            auto resolver = std::make_unique<LdnsResolver>(
                QStringList{u"127.0.0.1:%1"_qs.arg(m_ports.value(row.source))});
            QCOMPARE(resolver->servers().size(), 1);
            m_resolvers.emplace(row.source, std::move(resolver));
        }
    }

    m_blackhole = std::make_unique<LoopbackUdp>();
    QVERIFY2(m_blackhole->port() != 0, "cannot bind a UDP socket on 127.0.0.1");
    m_timeoutResolver
        = std::make_unique<LdnsResolver>(QStringList{u"127.0.0.1:%1"_qs.arg(m_blackhole->port())});
    m_timeoutResolver->setTimeoutMs(TimeoutMs);
    m_timeoutResolver->setTries(1);
}

Resolver *TestDkimConformance::resolverFor(const QString &source, const QByteArray &name)
{
    if (underZone(name, TimeoutZone))
        return m_timeoutResolver.get();
    const auto it = m_resolvers.find(source);
    return it == m_resolvers.end() ? nullptr : it->second.get();
}

const FileRun &TestDkimConformance::run(const QString &source, const QString &file)
{
    const auto cached = m_runs.find(file);
    if (cached != m_runs.end())
        return cached->second;
    FileRun &out = m_runs[file];

    QFile f(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = u"cannot read %1"_qs.arg(f.fileName());
        return out;
    }
    const Message message = Message::parse(toCrlf(f.readAll()));
    for (const HeaderField &field : message.headers()) {
        if (field.hasName("DKIM-Signature")) {
            out.fields.append(int(out.fields.size() - out.fields.count(-1)));
            out.fieldLines.append(field.line);
        } else if (field.hasName("DomainKey-Signature")) {
            out.fields.append(-1);
            out.fieldLines.append(field.line);
        }
    }

    DkimVerifier verifier(message, {VerificationTime, false});
    const QList<DnsQuestion> questions = verifier.keyQuestions();
    QObject context;
    for (const DnsQuestion &question : questions) {
        Resolver *resolver = resolverFor(source, question.name);
        if (!resolver) {
            out.error = u"no resolver for %1"_qs.arg(source);
            return out;
        }
        resolver->resolve(question, &context, [&out](const DnsAnswer &answer) {
            if (out.answers.contains(answer.question.name))
                out.error = u"two answers for %1"_qs.arg(QString::fromLatin1(answer.question.name));
            out.answers.insert(answer.question.name, answer);
        });
    }
    QDeadlineTimer deadline(DnsDeadlineMs);
    while (out.answers.size() < questions.size() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    if (out.answers.size() < questions.size()) {
        out.error = u"%1 of %2 key questions got no answer within %3 ms"_qs
                        .arg(questions.size() - out.answers.size())
                        .arg(questions.size())
                        .arg(DnsDeadlineMs);
        return out;
    }
    for (const DnsAnswer &answer : std::as_const(out.answers))
        verifier.setAnswer(answer);
    out.results = verifier.results();
    return out;
}

void TestDkimConformance::verify_data()
{
    QTest::addColumn<Row>("row");
    for (const Row &row : std::as_const(m_rows))
        QTest::newRow(qPrintable(row.file + u'#' + row.sig)) << row;
}

void TestDkimConformance::verify()
{
    QFETCH(Row, row);
    const auto skip = skipReasons().constFind(row.file + u'#' + row.sig);
    if (skip != skipReasons().cend()) {
        m_skipped = true;
        QSKIP(qPrintable(*skip));
    }
    const FileRun &r = run(row.source, row.file);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const QStringList accepted = row.rfcResult.split(u'|');
    const QString context = u"suite: %1; expected %2 because: %3"_qs.arg(
        row.suiteResult, row.rfcResult, row.rfcReasons);

    // Kensa sees exactly the DKIM-Signature fields, never a DomainKey-Signature.
    QCOMPARE(r.results.size(), r.fields.size() - r.fields.count(-1));
    for (qsizetype i = 0; i < r.fields.size(); ++i) {
        if (r.fields.at(i) >= 0)
            QCOMPARE(r.results.at(r.fields.at(i)).line, r.fieldLines.at(i));
    }

    if (row.sig == u"*") {
        // Message level: the best per-signature result; "none" without a DKIM signature.
        QString best = u"none"_qs;
        for (const DkimResult &result : r.results) {
            if (rank(result.result) < rank(best))
                best = result.result;
        }
        qInfo(
            "kensa: %s (message level); expected: %s", qPrintable(best), qPrintable(row.rfcResult));
        QVERIFY2(
            accepted.contains(best), qPrintable(u"message level %1; %2"_qs.arg(best, context)));
        return;
    }

    bool ok = false;
    const int sig = row.sig.toInt(&ok);
    QVERIFY2(ok && sig >= 1 && sig <= r.fields.size(),
        qPrintable(u"signature %1 of %2 signature fields"_qs.arg(row.sig).arg(r.fields.size())));
    const int index = r.fields.at(sig - 1);
    if (index < 0) {
        // A DomainKey-Signature (RFC 4870): no DKIM result for it, so "none".
        QCOMPARE(row.type, u"DomainKeys"_qs);
        qInfo(
            "kensa: none (DomainKey-Signature, not DKIM); expected: %s", qPrintable(row.rfcResult));
        QVERIFY2(accepted.contains(u"none"_qs), qPrintable(context));
        return;
    }
    QCOMPARE(row.type, u"DKIM"_qs);
    const DkimResult &result = r.results.at(index);
    const QString got = u"%1 (%2 %3)"_qs.arg(result.result, result.reason, result.crypto);
    // Reported for every case (DESIGN.md "Testing"): Kensa's verdict beside the suite's.
    qInfo("kensa: %s %s crypto=%s; expected: %s crypto=%s; suite: %s",
        qPrintable(result.result),
        qPrintable(result.reason),
        qPrintable(result.crypto.isEmpty() ? u"-"_qs : result.crypto),
        qPrintable(row.rfcResult),
        qPrintable(row.crypto),
        qPrintable(row.suiteResult));

    // The key lookup went through DNS as the key column says.
    const auto answer = r.answers.constFind(result.keyName.toLatin1());
    if (answer != r.answers.cend()) {
        static const QHash<QString, DnsStatus> byKey = {{u"nxdomain"_qs, DnsStatus::NxDomain},
            {u"dns-timeout"_qs, DnsStatus::Timeout},
            {u"dns-servfail"_qs, DnsStatus::ServFail}};
        const DnsStatus want = byKey.value(row.key, DnsStatus::NoError);
        QVERIFY2(answer->status == want,
            qPrintable(u"key %1: DNS said %2, the suite expects %3"_qs.arg(
                result.keyName, dnsStatusName(answer->status), row.key)));
        // Kensa reports the lookup when it got that far (an expired signature, say, stops before).
        if (!result.keyRecord.isEmpty() || result.reason.startsWith(u"dkim.key."))
            QCOMPARE(result.keyDnsStatus, want);
        if (want == DnsStatus::Timeout) {
            QCOMPARE(answer->server, u"127.0.0.1:%1"_qs.arg(m_blackhole->port()));
            QVERIFY2(answer->elapsedMs >= TimeoutMs * 9 / 10,
                qPrintable(QString::number(answer->elapsedMs)));
        } else {
            QCOMPARE(answer->server, u"127.0.0.1:%1"_qs.arg(m_ports.value(row.source)));
        }
        if (result.keyBits > 0 && (row.key.startsWith(u"rsa-") || row.key.startsWith(u"ed25519-")))
            QCOMPARE(u"%1-%2"_qs.arg(result.keyType).arg(result.keyBits), row.key);
    }

    QVERIFY2(accepted.contains(result.result), qPrintable(u"got %1; %2"_qs.arg(got, context)));
    // VerificationTime lies after every t=: no signature may look as if it came from the future.
    for (const Finding &finding : result.findings)
        QVERIFY2(finding.key != u"dkim.timestamp.future", qPrintable(finding.arg(u"timestamp"_qs)));

    // The raw cryptographic outcome, where the suite gives one and Kensa reached that step. A
    // pass or fail verdict always rests on it.
    if (result.result == u"pass" || result.result == u"fail")
        QVERIFY2(!result.crypto.isEmpty(), qPrintable(got));
    if (row.crypto != u"-" && !result.crypto.isEmpty()) {
        ++m_cryptoCompared;
        QVERIFY2(result.crypto == row.crypto,
            qPrintable(
                u"crypto %1, the suite says %2; %3"_qs.arg(result.crypto, row.crypto, context)));
    } else if (row.crypto != u"-") {
        ++m_cryptoNotReached; // Kensa stopped at a permerror before the key or the crypto step
    }

    // A permerror or temperror names one of the reasons the suite lists.
    if (result.result == u"permerror" || result.result == u"temperror") {
        const QStringList words = reasonWords(result);
        QVERIFY2(!words.isEmpty(),
            qPrintable(u"reason %1 has no entry in reasonWords()"_qs.arg(result.reason)));
        const bool listed = std::any_of(words.cbegin(), words.cend(), [&row](const QString &w) {
            return row.rfcReasons.contains(w, Qt::CaseInsensitive);
        });
        QVERIFY2(listed,
            qPrintable(u"reason %1 (\"%2\") is not among the suite's: %3"_qs.arg(
                result.reason, words.join(u" | "), row.rfcReasons)));
    }
}

void TestDkimConformance::rfc8463BothPass()
{
    // README "DKIM": the RFC 8463 message must give pass for both signatures.
    const FileRun &r = run(u"rfc8463"_qs, u"rfc8463/rfc8463-a3.eml"_qs);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.results.size(), 2);
    QCOMPARE(r.results.at(0).algorithm, u"ed25519-sha256"_qs);
    QCOMPARE(r.results.at(1).algorithm, u"rsa-sha256"_qs);
    for (const DkimResult &result : r.results) {
        QCOMPARE(result.result, u"pass"_qs);
        QCOMPARE(result.reason, u"dkim.pass"_qs);
        QCOMPARE(result.crypto, u"pass"_qs);
        QCOMPARE(result.bodyHash, DkimResult::BodyHash::Match);
    }
}

void TestDkimConformance::dnsFaults()
{
    // README "DKIM": the two failures the fixture must produce, asked directly, so that they stay
    // real even if the verifier stopped asking for those keys (rsa-sha1 is refused anyway).
    struct Case
    {
        QByteArray name;
        DnsStatus status;
    };
    const QList<Case> cases = {{"test3._domainkey.blackhole.messiah.edu", DnsStatus::Timeout},
        {"test3._domainkey.blackhole2.messiah.edu", DnsStatus::ServFail},
        {"nonexistent._domainkey.messiah.edu", DnsStatus::NxDomain},
        {"test1._domainkey.messiah.edu", DnsStatus::NoError}};
    for (const Case &c : cases) {
        Resolver *resolver = resolverFor(u"mail-dkim"_qs, c.name);
        QVERIFY(resolver);
        QObject context;
        std::optional<DnsAnswer> answer;
        resolver->resolve(
            {c.name, DnsType::TXT}, &context, [&answer](const DnsAnswer &a) { answer = a; });
        QDeadlineTimer deadline(DnsDeadlineMs);
        while (!answer && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(1);
        }
        QVERIFY2(answer, c.name.constData());
        QVERIFY2(answer->status == c.status,
            qPrintable(
                u"%1: %2"_qs.arg(QString::fromLatin1(c.name), dnsStatusName(answer->status))));
        if (c.status == DnsStatus::Timeout)
            QVERIFY2(answer->elapsedMs >= TimeoutMs * 9 / 10,
                qPrintable(QString::number(answer->elapsedMs)));
        else
            QCOMPARE(answer->server, u"127.0.0.1:%1"_qs.arg(m_ports.value(u"mail-dkim"_qs)));
    }
}

void TestDkimConformance::init()
{
    m_skipped = false;
}

void TestDkimConformance::cleanup()
{
    if (QTest::currentTestFunction() != QLatin1String("verify"))
        return;
    const QString row = QString::fromUtf8(QTest::currentDataTag());
    if (m_skipped) {
        ++m_skipCount;
    } else if (QTest::currentTestFailed()) {
        ++m_failed;
        m_failedRows.append(row);
    } else {
        ++m_passed;
    }
}

void TestDkimConformance::cleanupTestCase()
{
    qInfo("DKIM conformance: %d passed, %d failed, %d skipped of %d rows; crypto compared in %d "
          "rows, not reached (permerror first) in %d",
        m_passed,
        m_failed,
        m_skipCount,
        int(m_rows.size()),
        m_cryptoCompared,
        m_cryptoNotReached);
    for (const QString &row : std::as_const(m_failedRows))
        qInfo("failed: %s", qPrintable(row));
    // Every row ran (a data table that lost rows, or a crash of the counting, shows here).
    QCOMPARE(m_passed + m_failed + m_skipCount, int(m_rows.size()));
}

QTEST_GUILESS_MAIN(TestDkimConformance)
#include "TestDkimConformance.moc"
