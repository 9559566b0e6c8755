#include "core/sender/DomainExistence.h"

#include <QTest>

using namespace kensa;

// DomainExistence asks SOA and MX first, and an address only for a domain whose MX answer leaves
// replies open. Each row answers the first round, checks what the second round asks, answers
// it, and checks the Outlook.com reply verdict (infra.domain_reply) and Yahoo's existence one.
class TestDomainExistence : public QObject
{
    Q_OBJECT

private slots:
    void rounds_data();
    void rounds();
};

namespace {

DnsAnswer answerOf(const QByteArray &name, DnsType type, DnsStatus status, const QByteArray &mxTarget = {})
{
    DnsAnswer a;
    a.question = DnsQuestion{name, type};
    a.status = status;
    if (status == DnsStatus::NoError) {
        DnsRecord r;
        r.owner = name;
        r.type = type;
        if (type == DnsType::MX) {
            r.preference = mxTarget == "." ? 0 : 10;
            r.target = mxTarget;
        }
        a.records.append(r);
    }
    return a;
}

} // namespace

void TestDomainExistence::rounds_data()
{
    QTest::addColumn<DnsStatus>("mx");
    QTest::addColumn<QByteArray>("mxTarget");
    QTest::addColumn<DnsStatus>("soa");
    QTest::addColumn<bool>("asksAddresses");
    QTest::addColumn<DnsStatus>("address");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("exists");

    QTest::newRow("mx-records") << DnsStatus::NoError << QByteArray("mx.shop.example") << DnsStatus::NoError << false
                                << DnsStatus::NoError << "requirements.domain.reply_ok" << "requirements.domain.exists";
    QTest::newRow("no-mx-but-address") << DnsStatus::NoData << QByteArray() << DnsStatus::NoError << true
                                       << DnsStatus::NoError << "requirements.domain.reply_ok" << "requirements.domain.exists";
    QTest::newRow("no-mx-no-address") << DnsStatus::NoData << QByteArray() << DnsStatus::NoError << true
                                      << DnsStatus::NoData << "requirements.domain.no_reply" << "requirements.domain.exists";
    QTest::newRow("nxdomain") << DnsStatus::NxDomain << QByteArray() << DnsStatus::NxDomain << false
                              << DnsStatus::NxDomain << "requirements.domain.no_reply" << "requirements.domain.nxdomain";
    QTest::newRow("null-mx") << DnsStatus::NoError << QByteArray(".") << DnsStatus::NoError << false
                             << DnsStatus::NoError << "requirements.domain.reply_null_mx" << "requirements.domain.null_mx";
    QTest::newRow("mx-timed-out-address") << DnsStatus::Timeout << QByteArray() << DnsStatus::NoError << true
                                          << DnsStatus::NoError << "requirements.domain.reply_ok" << "requirements.domain.exists";
}

void TestDomainExistence::rounds()
{
    QFETCH(DnsStatus, mx);
    QFETCH(QByteArray, mxTarget);
    QFETCH(DnsStatus, soa);
    QFETCH(bool, asksAddresses);
    QFETCH(DnsStatus, address);
    QFETCH(QString, reply);
    QFETCH(QString, exists);

    const QByteArray domain = "shop.example";
    DomainExistence check(QString::fromLatin1(domain), QString::fromLatin1(domain), {});
    const QList<DnsQuestion> first = check.questions();
    QCOMPARE(first, (QList<DnsQuestion>{{domain, DnsType::SOA}, {domain, DnsType::MX}}));
    check.setAnswer(answerOf(domain, DnsType::SOA, soa));
    check.setAnswer(answerOf(domain, DnsType::MX, mx, mxTarget));

    const QList<DnsQuestion> second = check.questions();
    if (asksAddresses)
        QCOMPARE(second, (QList<DnsQuestion>{{domain, DnsType::A}, {domain, DnsType::AAAA}}));
    else
        QVERIFY(second.isEmpty());
    for (const DnsQuestion &q : second)
        check.setAnswer(answerOf(q.name, q.type, address));
    QVERIFY(check.questions().isEmpty());

    const QList<CheckOutcome> outcomes = check.outcomes();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).check, QStringLiteral("infra.domain_exists"));
    QCOMPARE(outcomes.at(0).reason, exists);
    QCOMPARE(outcomes.at(1).check, QStringLiteral("infra.domain_reply"));
    QCOMPARE(outcomes.at(1).reason, reply);
}

QTEST_GUILESS_MAIN(TestDomainExistence)
#include "TestDomainExistence.moc"
