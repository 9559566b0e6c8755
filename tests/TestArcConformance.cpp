#include "core/auth/arc/ArcValidator.h"
#include "core/auth/dkim/DkimVerifier.h"
#include "core/dns/ZoneResolver.h"
#include "TestSigner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <map>
#include <memory>
#include <optional>
#include <yaml-cpp/yaml.h>

using namespace kensa;

// The ValiMail ARC validation suite (../shared/conformance/arc, conformance/README.md "ARC"),
// all 175 entries, each scenario's txt-records served by a ZoneResolver record set; then unit
// tests of ArcValidator on messages of the same suite, altered one way at a time.
class TestArcConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void validate_data();
    void validate();
    void cleanup();
    void noChain();
    void instanceDetails();
    void oldestPass();
    void keyQuestionsWithoutAnswers();
    void keysUnavailable_data();
    void keysUnavailable();
    void corrupted_data();
    void corrupted();
    void amsCheckedLikeDkim_data();
    void amsCheckedLikeDkim();
    void cleanupTestCase();

private:
    struct Case
    {
        QString name; // NAME, or NAME#2 for the second entry of a repeated name
        int scenario = 0; // 1-based
        int line = 0; // line of the test name in the YAML (validation-cases.tsv)
        QByteArray message; // CRLF
        QString expected; // pass, fail, none
        bool emptyCv = false;
    };

    const Case *find(const QString &name) const;
    ArcResult run(const Case &c, const QByteArray &message) const;

    QList<Case> m_cases;
    std::map<int, std::shared_ptr<ZoneResolver>> m_resolvers; // by scenario
    bool m_skipped = false;
    int m_passed = 0;
    int m_failed = 0;
    int m_skipCount = 0;
    QStringList m_failedRows;
};

namespace {

constexpr int ExpectedCases = 175;
// Any time after the suite's t= values (t=12345 and similar); no message has x=.
constexpr qint64 Now = 1700000000;

QByteArray toCrlf(const std::string &text)
{
    QByteArray out;
    out.reserve(qsizetype(text.size() + text.size() / 40));
    for (char c : text) {
        if (c == '\n')
            out.append("\r\n");
        else
            out.append(c);
    }
    return out;
}

// One TXT record in master-file syntax, its text cut into character-strings of at most 255
// octets as the suite's reference harness does.
QByteArray txtRecord(const std::string &name, const std::string &value)
{
    QByteArray line = QByteArray::fromStdString(name) + ". IN TXT";
    const QByteArray text = QByteArray::fromStdString(value);
    for (qsizetype i = 0; i < text.size(); i += 255) {
        QByteArray piece = text.mid(i, 255);
        piece.replace('\\', "\\\\").replace('"', "\\\"");
        line += " \"" + piece + '"';
    }
    if (text.isEmpty())
        line += " \"\"";
    return line + '\n';
}

std::optional<DnsAnswer> ask(Resolver &resolver, const DnsQuestion &question)
{
    QObject context;
    std::optional<DnsAnswer> answer;
    resolver.resolve(question, &context, [&answer](const DnsAnswer &a) { answer = a; });
    QDeadlineTimer deadline(5000);
    while (!answer && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!answer)
            QThread::msleep(1);
    }
    return answer;
}

// Replaces the first occurrence of `from` (which must exist) in the message.
QByteArray altered(QByteArray message, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = message.indexOf(from);
    if (at < 0)
        return {};
    return message.replace(at, from.size(), to);
}

} // namespace

const TestArcConformance::Case *TestArcConformance::find(const QString &name) const
{
    for (const Case &c : m_cases) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

ArcResult TestArcConformance::run(const Case &c, const QByteArray &message) const
{
    const Message m = Message::parse(message);
    ArcValidator validator(m, {Now, m.headersOnly()});
    const std::shared_ptr<ZoneResolver> &resolver = m_resolvers.at(c.scenario);
    for (const DnsQuestion &q : validator.keyQuestions()) {
        const std::optional<DnsAnswer> answer = ask(*resolver, q);
        if (answer)
            validator.setAnswer(*answer);
    }
    return validator.result();
}

void TestArcConformance::initTestCase()
{
    // validation-cases.tsv: scenario, description, test, occurrence, line, spec, cv, description.
    QFile tsv(QStringLiteral(KENSA_SHARED_DIR "/conformance/arc/validation-cases.tsv"));
    QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.fileName()));
    QHash<QString, int> lines; // "scenario/NAME[#2]" -> line
    const QList<QByteArray> tsvLines = tsv.readAll().split('\n');
    for (qsizetype i = 1; i < tsvLines.size(); ++i) {
        const QList<QByteArray> cells = tsvLines.at(i).split('\t');
        if (cells.size() < 7)
            continue;
        QString name = QString::fromUtf8(cells.at(2));
        if (cells.at(3) != "1")
            name += u'#' + QString::fromUtf8(cells.at(3));
        lines.insert(QString::fromUtf8(cells.at(0)) + u'/' + name, cells.at(4).toInt());
    }
    QCOMPARE(lines.size(), ExpectedCases);

    const std::string path = KENSA_SHARED_DIR "/conformance/arc/arc-draft-validation-tests.yml";
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAllFromFile(path);
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    QCOMPARE(int(documents.size()), 10);

    int scenario = 0;
    for (const YAML::Node &doc : documents) {
        ++scenario;
        QByteArray zone = "$TTL 300\n";
        for (const auto &record : doc["txt-records"])
            zone += txtRecord(record.first.as<std::string>(), record.second.as<std::string>());
        auto resolver = std::make_shared<ZoneResolver>();
        const Result<int> loaded
            = resolver->loadText(zone, u"arc-scenario-%1.zone"_qs.arg(scenario));
        QVERIFY2(loaded,
            qPrintable(
                u"scenario %1: %2"_qs.arg(scenario).arg(loaded ? QString() : loaded.error().key)));
        m_resolvers[scenario] = resolver;

        // Walk the mapping node by node: four names occur twice and both entries run.
        QSet<QString> seen;
        const YAML::Node tests = doc["tests"];
        QVERIFY(tests.IsMap());
        for (YAML::const_iterator it = tests.begin(); it != tests.end(); ++it) {
            Case c;
            c.name = QString::fromStdString(it->first.as<std::string>());
            if (seen.contains(c.name))
                c.name += u"#2"_qs;
            seen.insert(c.name);
            c.scenario = scenario;
            c.line = lines.value(QString::number(scenario) + u'/' + c.name);
            const YAML::Node test = it->second;
            c.message = toCrlf(test["message"] ? test["message"].as<std::string>() : std::string());
            const std::string cv = test["cv"] && test["cv"].IsScalar()
                ? test["cv"].as<std::string>()
                : std::string();
            c.expected = QString::fromStdString(cv).trimmed().toLower();
            // Empty cv: the suite's runner printed no status. Each of these chains holds a seal
            // with cv=fail, which RFC 8617 §5.2 makes "fail".
            if (c.expected.isEmpty()) {
                c.emptyCv = true;
                c.expected = u"fail"_qs;
            }
            QVERIFY2(c.line > 0, qPrintable(u"%1 is not in validation-cases.tsv"_qs.arg(c.name)));
            m_cases.append(c);
        }
    }
    QCOMPARE(int(m_cases.size()), ExpectedCases);
}

void TestArcConformance::init()
{
    m_skipped = false;
}

void TestArcConformance::validate_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases.at(i).name)) << int(i);
}

void TestArcConformance::validate()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    // No case is skipped: the suite's expectations all agree with RFC 8617 (the three empty cv
    // entries are read as "fail", see initTestCase).
    const ArcResult r = run(c, c.message);
    const QString where
        = u"arc-draft-validation-tests.yml:%1 %2: got %3 (%4 %5, instance %6), expected %7%8"_qs
              .arg(
                  QString::number(c.line),
                  c.name,
                  r.result,
                  r.reason,
                  [&r] {
                      QStringList args;
                      for (const auto &[name, value] : r.reasonArgs)
                          args.append(name + u'=' + value);
                      return args.join(u' ');
                  }(),
                  QString::number(r.failedInstance),
                  c.expected,
                  c.emptyCv ? u" (suite: empty cv)"_qs : QString());
    QString instances;
    for (const ArcInstanceResult &in : r.instances) {
        instances += u"; i=%1 seal %2 (%3) ams %4 (%5)"_qs.arg(QString::number(in.instance),
            in.sealResult,
            in.sealReason,
            in.ams.result,
            in.ams.reason);
    }
    QVERIFY2(r.result.compare(c.expected, Qt::CaseInsensitive) == 0, qPrintable(where + instances));
}

void TestArcConformance::cleanup()
{
    if (QTest::currentTestFunction() != QLatin1String("validate"))
        return;
    if (m_skipped) {
        ++m_skipCount;
    } else if (QTest::currentTestFailed()) {
        ++m_failed;
        m_failedRows.append(QString::fromUtf8(QTest::currentDataTag()));
    } else {
        ++m_passed;
    }
}

void TestArcConformance::noChain()
{
    const Case *c = find(u"cv_base1"_qs);
    QVERIFY(c);
    const Message m = Message::parse(c->message);
    ArcValidator validator(m, {Now, false});
    QVERIFY(validator.keyQuestions().isEmpty());
    const ArcResult r = validator.result();
    QCOMPARE(r.result, u"none"_qs);
    QCOMPARE(r.reason, u"arc.none"_qs);
    QCOMPARE(r.instanceCount, 0);
    QVERIFY(r.instances.isEmpty());
}

void TestArcConformance::instanceDetails()
{
    const Case *c = find(u"cv_pass_i2_1"_qs);
    QVERIFY(c);
    const ArcResult r = run(*c, c->message);
    QCOMPARE(r.result, u"pass"_qs);
    QCOMPARE(r.reason, u"arc.pass"_qs);
    QCOMPARE(r.failedInstance, 0);
    QCOMPARE(r.instanceCount, 2);
    QCOMPARE(r.oldestPass, 1);
    QCOMPARE(r.instances.size(), 2);
    for (int i = 1; i <= 2; ++i) {
        const ArcInstanceResult &in = r.instances.at(i - 1);
        QCOMPARE(in.instance, i);
        QCOMPARE(in.domain, u"example.org"_qs);
        QCOMPARE(in.selector, u"dummy"_qs);
        QCOMPARE(in.cv, i == 1 ? u"none"_qs : u"pass"_qs);
        QCOMPARE(in.sealResult, u"pass"_qs);
        QCOMPARE(in.sealReason, u"arc.seal.pass"_qs);
        QCOMPARE(in.sealKeyBits, 1024);
        QCOMPARE(in.ams.result, u"pass"_qs);
        QCOMPARE(in.ams.domain, u"example.org"_qs);
        QCOMPARE(in.aar.instance, i);
        QVERIFY(!in.aar.authservId.isEmpty());
        QVERIFY(in.aar.method(u"spf"));
        QVERIFY(in.sealLine > 0 && in.amsLine > 0 && in.aarLine > 0);
    }
}

void TestArcConformance::oldestPass()
{
    // The From field changed after instance 1 signed: AMS(1) fails, the chain still passes.
    const Case *c = find(u"cv_pass_i2_1_ams1_invalid"_qs);
    QVERIFY(c);
    const ArcResult r = run(*c, c->message);
    QCOMPARE(r.result, u"pass"_qs);
    QCOMPARE(r.oldestPass, 2);
    QCOMPARE(r.instances.at(0).ams.result, u"fail"_qs);
    QCOMPARE(r.instances.at(1).ams.result, u"pass"_qs);

    // The newest AMS broken: the chain fails at instance 2 and no AMS run reaches the newest.
    const ArcResult broken
        = run(*c, altered(c->message, "Subject: Example 1", "Subject: Example 2"));
    QCOMPARE(broken.result, u"fail"_qs);
    QCOMPARE(broken.reason, u"arc.ams.failed"_qs);
    QCOMPARE(broken.failedInstance, 2);
    QCOMPARE(broken.oldestPass, 0);
}

void TestArcConformance::keyQuestionsWithoutAnswers()
{
    const Case *c = find(u"cv_pass_i1_1"_qs);
    QVERIFY(c);
    const Message m = Message::parse(c->message);
    ArcValidator validator(m, {Now, false});
    const QList<DnsQuestion> questions = validator.keyQuestions();
    QCOMPARE(questions.size(), 1); // the seal and the AMS share the key
    QCOMPARE(questions.first().name, QByteArray("dummy._domainkey.example.org"));
    // No answer counts as a timeout: temperror for both signatures and for the chain.
    const ArcResult r = validator.result();
    QCOMPARE(r.result, u"temperror"_qs);
    QCOMPARE(r.reason, u"arc.key.unavailable"_qs);
    QCOMPARE(r.instances.first().ams.result, u"temperror"_qs);
    QCOMPARE(r.instances.first().sealResult, u"temperror"_qs);
}

// A key that cannot be fetched (DNS failure or time-out, offline and not in the snapshot) makes
// the signature temperror, as in DKIM, and the chain temperror unless another signature fails
// outright (issue 13 item 3).
void TestArcConformance::keysUnavailable_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("from"); // a change to the message ("" for none)
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("key"); // the key name that gets `status` instead of its record
    QTest::addColumn<int>("status"); // DnsStatus
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");

    const QByteArray dummy("dummy._domainkey.example.org");
    QTest::newRow("not-in-snapshot") << u"cv_pass_i2_1"_qs << QByteArray() << QByteArray() << dummy
                                     << int(DnsStatus::NotInSnapshot) << u"temperror"_qs
                                     << u"arc.key.unavailable"_qs;
    QTest::newRow("servfail") << u"cv_pass_i1_1"_qs << QByteArray() << QByteArray() << dummy
                              << int(DnsStatus::ServFail) << u"temperror"_qs << u"arc.key.unavailable"_qs;
    QTest::newRow("timeout") << u"cv_pass_i1_1"_qs << QByteArray() << QByteArray() << dummy
                             << int(DnsStatus::Timeout) << u"temperror"_qs << u"arc.key.unavailable"_qs;
    // Only the seal's key is missing: its selector points elsewhere, the AMS still passes.
    QTest::newRow("seal-key-only")
        << u"cv_pass_i1_1"_qs << QByteArray("i=1; s=dummy;\r\n    t=12345") << QByteArray("i=1; s=other;\r\n    t=12345")
        << QByteArray("other._domainkey.example.org") << int(DnsStatus::NotInSnapshot) << u"temperror"_qs
        << u"arc.key.unavailable"_qs;
    // A key that does not exist is a permanent failure, as in DKIM.
    QTest::newRow("nxdomain") << u"cv_pass_i1_1"_qs << QByteArray() << QByteArray() << dummy
                              << int(DnsStatus::NxDomain) << u"fail"_qs << u"arc.ams.failed"_qs;
    // A signature that fails outright wins over one whose key is missing.
    QTest::newRow("changed-newest-ams")
        << u"cv_pass_i1_1"_qs << QByteArray("Subject: ") << QByteArray("Subject: changed ") << QByteArray()
        << int(DnsStatus::NoError) << u"fail"_qs << u"arc.ams.failed"_qs;
}

void TestArcConformance::keysUnavailable()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, result);
    QFETCH(QString, reason);

    const Case *c = find(base);
    QVERIFY(c);
    QByteArray message = c->message;
    if (!from.isEmpty())
        message = altered(message, from, to);
    QVERIFY(!message.isEmpty());
    const Message m = Message::parse(message);
    ArcValidator validator(m, {Now, false});
    const std::shared_ptr<ZoneResolver> &resolver = m_resolvers.at(c->scenario);
    for (const DnsQuestion &q : validator.keyQuestions()) {
        std::optional<DnsAnswer> answer = ask(*resolver, q);
        QVERIFY(answer);
        if (q.name == key) {
            answer->status = DnsStatus(status);
            answer->records.clear();
        }
        validator.setAnswer(*answer);
    }
    const ArcResult r = validator.result();
    QCOMPARE(r.result, result);
    QCOMPARE(r.reason, reason);
}

void TestArcConformance::corrupted_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("failedInstance");

    QTest::newRow("seal-instance-51")
        << u"cv_pass_i1_1"_qs << QByteArray("cv=none; d=example.org; i=1")
        << QByteArray("cv=none; d=example.org; i=51") << u"arc.too_many_instances"_qs << 0;
    QTest::newRow("seal-instance-text")
        << u"cv_pass_i1_1"_qs << QByteArray("cv=none; d=example.org; i=1")
        << QByteArray("cv=none; d=example.org; i=one") << u"arc.instance.invalid"_qs << 0;
    QTest::newRow("seal-instance-gap")
        << u"cv_pass_i1_1"_qs << QByteArray("cv=none; d=example.org; i=1")
        << QByteArray("cv=none; d=example.org; i=2") << u"arc.instance.missing"_qs << 1;
    QTest::newRow("seal-cv-pass-on-1") << u"cv_pass_i1_1"_qs << QByteArray("cv=none")
                                       << QByteArray("cv=pass") << u"arc.cv.invalid"_qs << 1;
    QTest::newRow("seal-cv-fail") << u"cv_pass_i1_1"_qs << QByteArray("cv=none")
                                  << QByteArray("cv=fail") << u"arc.cv.fail"_qs << 1;
    QTest::newRow("seal-truncated")
        << u"cv_pass_i1_1"_qs << QByteArray("ARC-Seal: ") << QByteArray("ARC-Seal: i=1; ;=\r\nX: ")
        << u"arc.instance.invalid"_qs << 0;
    QTest::newRow("seal-sha1") << u"cv_pass_i1_1"_qs << QByteArray("ARC-Seal: a=rsa-sha256")
                               << QByteArray("ARC-Seal: a=rsa-sha1") << u"arc.seal.failed"_qs << 1;
    QTest::newRow("ams-duplicate-name")
        << u"cv_pass_i1_1"_qs << QByteArray("ARC-Message-Signature: ")
        << QByteArray("ARC-Message-Signature: i=1; a=x\r\nARC-Message-Signature: ")
        << u"arc.instance.duplicate"_qs << 1;
}

void TestArcConformance::corrupted()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, reason);
    QFETCH(int, failedInstance);
    const Case *c = find(base);
    QVERIFY(c);
    const QByteArray message = altered(c->message, from, to);
    QVERIFY2(!message.isEmpty(), "the text to alter is in the message");
    const ArcResult r = run(*c, message);
    QCOMPARE(r.result, u"fail"_qs);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.failedInstance, failedInstance);
}

void TestArcConformance::amsCheckedLikeDkim_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("tags"); // beyond a=, c=, d=, s=, h=, bh=
    QTest::addColumn<qint64>("length"); // l= and what bh= covers, -1: no l=
    QTest::addColumn<QByteArray>("keyTags"); // added to the RFC 8463 key record
    QTest::addColumn<QByteArray>("appended"); // to the body after signing
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("findings");

    QFile f(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/rfc8463/rfc8463-a3.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 whole = DkimCanonicalizer::body(Message::parse(f.readAll()).body(),
        DkimSignature::Canon::Relaxed,
        DigestStream::Hash::Sha256,
        -1)
                             .canonicalLength;
    const QByteArray ed = "ed25519-sha256";
    const QByteArray footer = "P.S. appended by a list\r\n";

    QTest::newRow("pass") << ed << QByteArray() << qint64(-1) << QByteArray() << QByteArray()
                          << u"pass"_qs << u"dkim.pass"_qs << QStringList() << QStringList();
    QTest::newRow("body-changed") << ed << QByteArray() << qint64(-1) << QByteArray() << footer
                                  << u"fail"_qs << u"dkim.body_hash_mismatch"_qs << QStringList()
                                  << QStringList();
    QTest::newRow("l-covers-part")
        << ed << QByteArray() << whole << QByteArray() << footer << u"pass"_qs << u"dkim.pass"_qs
        << QStringList() << QStringList{u"dkim.body.beyond_length"_qs};
    // RFC 6376 §3.5 x=: the expiry is shown as a date.
    QTest::newRow("x-expired") << ed << QByteArray("x=1600000000; ") << qint64(-1) << QByteArray()
                               << QByteArray() << u"permerror"_qs << u"dkim.expired"_qs
                               << QStringList{u"expiry=2020-09-13T12:26:40Z"_qs} << QStringList();
    QTest::newRow("rsa-sha1-with-ed25519-key")
        << QByteArray("rsa-sha1") << QByteArray() << qint64(-1) << QByteArray() << QByteArray()
        << u"permerror"_qs << u"dkim.key.type_mismatch"_qs
        << QStringList{u"algorithm=rsa-sha1"_qs, u"type=ed25519"_qs} << QStringList();
    QTest::newRow("testing-key") << ed << QByteArray() << qint64(-1) << QByteArray("; t=y")
                                 << QByteArray() << u"pass"_qs << u"dkim.pass"_qs << QStringList()
                                 << QStringList{u"dkim.key.testing"_qs};
    QTest::newRow("timestamp-future")
        << ed << QByteArray("t=") + QByteArray::number(Now + 86400) + "; " << qint64(-1)
        << QByteArray() << QByteArray() << u"pass"_qs << u"dkim.pass"_qs << QStringList()
        << QStringList{u"dkim.timestamp.future"_qs};
    // RFC 6376 §3.5 l=, §6.1.3: l= beyond the body is not a valid signature, although bh= is
    // the hash of the whole body.
    QTest::newRow("l-beyond-body")
        << ed << QByteArray() << whole + 20 << QByteArray() << QByteArray() << u"fail"_qs
        << u"dkim.body.shorter_than_length"_qs
        << QStringList{u"length=%1"_qs.arg(whole + 20), u"body=%1"_qs.arg(whole)} << QStringList();
}

void TestArcConformance::amsCheckedLikeDkim()
{
    // One signature made twice on the RFC 8463 message, as a DKIM-Signature and as the
    // ARC-Message-Signature of a sealed ARC set: both must end the same, notes included.
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, tags);
    QFETCH(qint64, length);
    QFETCH(QByteArray, keyTags);
    QFETCH(QByteArray, appended);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QStringList, args);
    QFETCH(QStringList, findings);

    QFile f(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/rfc8463/rfc8463-a3.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray base = f.readAll();
    QByteArray common = "a=" + algorithm
        + "; c=relaxed/relaxed; d=football.example.com; s=brisbane; "
          "h=from:to:subject:date:message-id; "
        + tags;
    if (length >= 0)
        common += "l=" + QByteArray::number(length) + "; ";
    common += "bh=" + test::bodyHash(base, DkimSignature::Canon::Relaxed, length) + "; ";
    const QByteArray dkimMessage
        = test::signOnTop(base, "DKIM-Signature", "v=1; " + common) + appended;
    const QByteArray arcMessage
        = test::sealOnTop("ARC-Authentication-Results: i=1; lists.example.org; dkim=pass "
                          "header.d=football.example.com\r\n"
              + test::signOnTop(base, "ARC-Message-Signature", "i=1; " + common))
        + appended;
    QVERIFY(dkimMessage.startsWith("DKIM-Signature: "));
    QVERIFY(arcMessage.startsWith("ARC-Seal: "));

    DnsAnswer key;
    key.question = {test::Rfc8463KeyName, DnsType::TXT};
    key.status = DnsStatus::NoError;
    DnsRecord record;
    record.owner = test::Rfc8463KeyName;
    record.strings = {test::Rfc8463Record + keyTags};
    key.records = {record};

    const Message dm = Message::parse(dkimMessage);
    DkimVerifier verifier(dm, {Now, false});
    verifier.setAnswer(key);
    const Message am = Message::parse(arcMessage);
    ArcValidator validator(am, {Now, false});
    validator.setAnswer(key);
    const ArcResult chain = validator.result();
    QCOMPARE(chain.instances.size(), 1);

    const auto argList = [](const DkimResult &r) {
        QStringList out;
        for (const auto &[name, value] : r.reasonArgs)
            out.append(name + u'=' + value);
        return out;
    };
    const auto findingKeys = [](const DkimResult &r) {
        QStringList out;
        for (const Finding &finding : r.findings)
            out.append(finding.key);
        return out;
    };
    for (const DkimResult &r :
        {verifier.results().constFirst(), chain.instances.constFirst().ams}) {
        QCOMPARE(r.result, result);
        QCOMPARE(r.reason, reason);
        QCOMPARE(argList(r), args);
        QCOMPARE(findingKeys(r), findings);
    }
    QCOMPARE(chain.result, result == u"pass" ? u"pass"_qs : u"fail"_qs);
}

void TestArcConformance::cleanupTestCase()
{
    qInfo(
        "ARC conformance: %d passed, %d failed, %d skipped of %d cases (3 empty-cv cases expected "
        "as fail per RFC 8617 §5.2)",
        m_passed,
        m_failed,
        m_skipCount,
        int(m_cases.size()));
    for (const QString &row : std::as_const(m_failedRows))
        qInfo("failed: %s", qPrintable(row));
    QCOMPARE(m_passed + m_failed + m_skipCount, int(m_cases.size()));
}

QTEST_GUILESS_MAIN(TestArcConformance)
#include "TestArcConformance.moc"
