#include "core/auth/dmarc/DmarcEvaluator.h"
#include "core/auth/dmarc/DmarcRecord.h"
#include "core/net/OrganizationalDomain.h"

#include <QTest>

using namespace kensa;

Q_DECLARE_METATYPE(kensa::DmarcEvaluator::Input)

// DMARC (RFC 9989) from the record to the disposition: the DNS Tree Walk, alignment, the
// policy that applies, and the RFC 7489 answer beside it. DNS is a table: names not in it
// answer NXDOMAIN, "timeout" entries time out.
class TestDmarc : public QObject
{
    Q_OBJECT

private slots:
    void record_data();
    void record();
    void treeWalk();
    void evaluate_data();
    void evaluate();
};

namespace {

using Records = QHash<QString, QString>; // "_dmarc.name" -> record text, or "timeout"

DmarcResult run(const DmarcEvaluator::Input &input, const Records &dns, const QStringList &nxdomain = {})
{
    DmarcEvaluator evaluator(input, OrganizationalDomain::system());
    for (const DnsQuestion &q : evaluator.questions()) {
        DnsAnswer a;
        a.question = q;
        const QString name = QString::fromUtf8(q.name);
        if (q.type == DnsType::MX) {
            a.status = nxdomain.contains(name) ? DnsStatus::NxDomain : DnsStatus::NoData;
        } else if (dns.value(name) == u"timeout") {
            a.status = DnsStatus::Timeout;
        } else if (dns.contains(name)) {
            a.status = DnsStatus::NoError;
            for (const QString &text : dns.value(name).split(u'|')) {
                DnsRecord r;
                r.owner = q.name;
                r.strings = {text.toUtf8()};
                a.records.append(r);
            }
        } else {
            a.status = DnsStatus::NxDomain;
        }
        evaluator.setAnswer(a);
    }
    return evaluator.result();
}

DmarcEvaluator::Input input(const QString &from, const QString &spf, const QString &spfDomain,
                            QList<QPair<QString, QString>> dkim)
{
    DmarcEvaluator::Input in;
    if (!from.isEmpty())
        in.fromDomains = {from};
    in.spfResult = spf;
    in.spfDomain = spfDomain;
    in.dkim = std::move(dkim);
    return in;
}

} // namespace

void TestDmarc::record_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("basic") << QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com") << true << "reject" << QStringList{};
    QTest::newRow("spaces") << QByteArray("v = DMARC1 ; p = quarantine ;") << true << "quarantine" << QStringList{};
    QTest::newRow("no-p") << QByteArray("v=DMARC1; rua=mailto:d@example.com") << true << "none" << QStringList{"dmarc.record.no_policy"};
    QTest::newRow("bad-p") << QByteArray("v=DMARC1; p=block") << true << "none"
                           << QStringList{"dmarc.record.invalid_value", "dmarc.record.no_policy"};
    QTest::newRow("historic") << QByteArray("v=DMARC1; p=none; pct=50; ri=3600") << true << "none"
                              << QStringList{"dmarc.record.historic_tag", "dmarc.record.historic_tag"};
    QTest::newRow("unknown-tag") << QByteArray("v=DMARC1; p=none; foo=bar") << true << "none" << QStringList{"dmarc.record.unknown_tag"};
    QTest::newRow("not-first") << QByteArray("p=reject; v=DMARC1") << false << "" << QStringList{};
    QTest::newRow("spf-record") << QByteArray("v=spf1 -all") << false << "" << QStringList{};
    QTest::newRow("version-2") << QByteArray("v=DMARC10; p=reject") << false << "" << QStringList{};
}

void TestDmarc::record()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QString, policy);
    QFETCH(QStringList, keys);
    const DmarcRecord r = DmarcRecord::parse(text);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.policy, policy);
    QStringList got;
    for (const Finding &f : r.findings)
        got << f.key;
    QCOMPARE(got, keys);
}

void TestDmarc::treeWalk()
{
    QCOMPARE(DmarcEvaluator::treeWalk(QStringLiteral("mail.example.com")),
             (QStringList{"mail.example.com", "example.com", "com"}));
    // Eight or more labels: the name itself, then from seven labels down (at most 8 queries).
    const QStringList walk = DmarcEvaluator::treeWalk(QStringLiteral("a.b.c.d.e.f.g.h.example.com"));
    QCOMPARE(walk.size(), 8);
    QCOMPARE(walk.at(0), QStringLiteral("a.b.c.d.e.f.g.h.example.com"));
    QCOMPARE(walk.at(1), QStringLiteral("e.f.g.h.example.com").prepend(u"d."));
    QCOMPARE(walk.last(), QStringLiteral("com"));
}

void TestDmarc::evaluate_data()
{
    QTest::addColumn<DmarcEvaluator::Input>("in");
    QTest::addColumn<Records>("dns");
    QTest::addColumn<QStringList>("nxdomain");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("disposition");
    QTest::addColumn<QString>("orgDomain");
    QTest::addColumn<QString>("reason");

    const Records org{{"_dmarc.example.com", "v=DMARC1; p=reject; sp=quarantine; np=reject"}};
    QTest::newRow("dkim-relaxed-pass")
        << input("news.example.com", "fail", "bounce.esp.net", {{"example.com", "pass"}}) << org << QStringList{}
        << "pass" << "none" << "example.com" << "dmarc.pass";
    QTest::newRow("spf-relaxed-pass")
        << input("example.com", "pass", "bounce.example.com", {}) << org << QStringList{}
        << "pass" << "none" << "example.com" << "dmarc.pass";
    QTest::newRow("third-party-signer-not-aligned")
        << input("example.com", "pass", "bounce.esp.net", {{"esp.net", "pass"}}) << org << QStringList{}
        << "fail" << "reject" << "example.com" << "dmarc.fail.not_aligned";
    QTest::newRow("nothing-passed")
        << input("example.com", "fail", "example.com", {{"example.com", "fail"}}) << org << QStringList{}
        << "fail" << "reject" << "example.com" << "dmarc.fail.nothing_passed";
    QTest::newRow("subdomain-policy-sp")
        << input("news.example.com", "fail", "news.example.com", {}) << org << QStringList{}
        << "fail" << "quarantine" << "example.com" << "dmarc.fail.nothing_passed";
    QTest::newRow("nonexistent-subdomain-np")
        << input("ghost.example.com", "none", "ghost.example.com", {}) << org << QStringList{"ghost.example.com"}
        << "fail" << "reject" << "example.com" << "dmarc.fail.nothing_passed";
    QTest::newRow("strict-dkim")
        << input("news.example.com", "none", "", {{"example.com", "pass"}})
        << Records{{"_dmarc.example.com", "v=DMARC1; p=reject; adkim=s"}} << QStringList{}
        << "fail" << "reject" << "example.com" << "dmarc.fail.not_aligned";
    QTest::newRow("testing-mode")
        << input("example.com", "fail", "example.com", {})
        << Records{{"_dmarc.example.com", "v=DMARC1; p=reject; t=y"}} << QStringList{}
        << "fail" << "quarantine" << "example.com" << "dmarc.fail.nothing_passed";
    QTest::newRow("no-record")
        << input("example.org", "pass", "example.org", {}) << Records{} << QStringList{}
        << "none" << "none" << "example.org" << "dmarc.none";
    QTest::newRow("timeout")
        << input("example.com", "pass", "example.com", {}) << Records{{"_dmarc.example.com", "timeout"}} << QStringList{}
        << "temperror" << "" << "" << "dmarc.dns_error";
    QTest::newRow("two-records-are-none-here")
        << input("example.com", "pass", "example.com", {})
        << Records{{"_dmarc.example.com", "v=DMARC1; p=reject|v=DMARC1; p=none"}} << QStringList{}
        << "none" << "none" << "example.com" << "dmarc.none";
    // A public suffix operator's record with psd=y: the organisational domain is one label below.
    QTest::newRow("psd-y")
        << input("mail.shop.example", "none", "", {{"shop.example", "pass"}})
        << Records{{"_dmarc.example", "v=DMARC1; p=reject; psd=y"}} << QStringList{}
        << "pass" << "none" << "shop.example" << "dmarc.pass";
    // Without psd=, the record with the fewest labels is the organisational domain, so a
    // subdomain's own record does not split it from its parent.
    QTest::newRow("fewest-labels")
        << input("news.example.com", "pass", "example.com", {})
        << Records{{"_dmarc.news.example.com", "v=DMARC1; p=none"}, {"_dmarc.example.com", "v=DMARC1; p=reject"}}
        << QStringList{} << "pass" << "none" << "example.com" << "dmarc.pass";
}

void TestDmarc::evaluate()
{
    QFETCH(DmarcEvaluator::Input, in);
    QFETCH(Records, dns);
    QFETCH(QStringList, nxdomain);
    QFETCH(QString, result);
    QFETCH(QString, disposition);
    QFETCH(QString, orgDomain);
    QFETCH(QString, reason);
    const DmarcResult r = run(in, dns, nxdomain);
    QCOMPARE(r.result, result);
    QCOMPARE(r.reason, reason);
    if (r.result != u"temperror") {
        QCOMPARE(r.disposition, disposition);
        QCOMPARE(r.orgDomain, orgDomain);
    }
}

QTEST_GUILESS_MAIN(TestDmarc)
#include "TestDmarc.moc"
