#include "core/sender/DomainExistence.h"

#include <QTest>

using namespace kensa;

// DomainExistence asks MX first, and an address only for a domain whose MX answer leaves
// replies (or, when it got no usable answer, existence) open. Each row answers the first round, checks what the second round asks, answers
// it, and checks the Outlook.com reply verdict (infra.domain_reply) and Yahoo's existence one.
class TestDomainExistence : public QObject
{
    Q_OBJECT

private slots:
    void rounds_data();
    void rounds();
    void envelopeDomainExistsByItsAddress();
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
    QTest::addColumn<bool>("asksAddresses");
    QTest::addColumn<DnsStatus>("address");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("exists");

    QTest::newRow("mx-records") << DnsStatus::NoError << QByteArray("mx.shop.example") << false << DnsStatus::NoError
                                << "requirements.domain.reply_ok" << "requirements.domain.exists";
    QTest::newRow("no-mx-but-address") << DnsStatus::NoData << QByteArray() << true << DnsStatus::NoError
                                       << "requirements.domain.reply_ok" << "requirements.domain.exists";
    QTest::newRow("no-mx-no-address") << DnsStatus::NoData << QByteArray() << true << DnsStatus::NoData
                                      << "requirements.domain.no_reply" << "requirements.domain.exists";
    QTest::newRow("nxdomain") << DnsStatus::NxDomain << QByteArray() << false << DnsStatus::NxDomain
                              << "requirements.domain.no_reply" << "requirements.domain.nxdomain";
    QTest::newRow("null-mx") << DnsStatus::NoError << QByteArray(".") << false << DnsStatus::NoError
                             << "requirements.domain.reply_null_mx" << "requirements.domain.null_mx";
    QTest::newRow("mx-timed-out-address") << DnsStatus::Timeout << QByteArray() << true << DnsStatus::NoError
                                          << "requirements.domain.reply_ok" << "requirements.domain.exists";
    QTest::newRow("mx-timed-out-nxdomain") << DnsStatus::ServFail << QByteArray() << true << DnsStatus::NxDomain
                                           << "requirements.domain.no_reply" << "requirements.domain.nxdomain";
    QTest::newRow("nothing-answered") << DnsStatus::Timeout << QByteArray() << true << DnsStatus::Timeout
                                      << "requirements.domain.unknown" << "requirements.domain.unknown";
}

void TestDomainExistence::rounds()
{
    QFETCH(DnsStatus, mx);
    QFETCH(QByteArray, mxTarget);
    QFETCH(bool, asksAddresses);
    QFETCH(DnsStatus, address);
    QFETCH(QString, reply);
    QFETCH(QString, exists);

    const QByteArray domain = "shop.example";
    DomainExistence check(QString::fromLatin1(domain), QString::fromLatin1(domain), {});
    const QList<DnsQuestion> first = check.questions();
    QCOMPARE(first, (QList<DnsQuestion>{{domain, DnsType::MX}}));
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

// The envelope domain's existence when its MX question got no usable answer: one address
// question settles it, NXDOMAIN there fails it.
void TestDomainExistence::envelopeDomainExistsByItsAddress()
{
    DomainExistence check(QStringLiteral("bounce.shop.example"), QStringLiteral("shop.example"), {});
    QCOMPARE(check.questions(),
             (QList<DnsQuestion>{{"bounce.shop.example", DnsType::MX}, {"shop.example", DnsType::MX}}));
    check.setAnswer(answerOf("bounce.shop.example", DnsType::MX, DnsStatus::Timeout));
    check.setAnswer(answerOf("shop.example", DnsType::MX, DnsStatus::NoError, "mx.shop.example"));
    QCOMPARE(check.questions(), (QList<DnsQuestion>{{"bounce.shop.example", DnsType::A}}));
    check.setAnswer(answerOf("bounce.shop.example", DnsType::A, DnsStatus::NxDomain));
    QVERIFY(check.questions().isEmpty());
    const CheckOutcome exists = check.outcomes().at(0);
    QCOMPARE(exists.reason, QStringLiteral("requirements.domain.nxdomain"));
    QCOMPARE(exists.reasonArgs, (QList<QPair<QString, QString>>{{QStringLiteral("domain"), QStringLiteral("bounce.shop.example")}}));
}

QTEST_GUILESS_MAIN(TestDomainExistence)
#include "TestDomainExistence.moc"
