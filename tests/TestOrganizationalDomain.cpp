#include "core/net/OrganizationalDomain.h"

#include <QFile>
#include <QTest>

using namespace kensa;

// The RFC 7489 organisational domain through libpsl, checked against the Public Suffix List's
// own test cases over the list of the same commit (../shared/conformance/psl).
class TestOrganizationalDomain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void conformanceTotals();
    void systemList();

private:
    std::unique_ptr<OrganizationalDomain> m_psl;
    int m_passed = 0;
};

namespace {

const QString pslDir = QStringLiteral(KENSA_SHARED_DIR "/conformance/psl");

} // namespace

void TestOrganizationalDomain::initTestCase()
{
    m_psl = std::make_unique<OrganizationalDomain>(pslDir + QStringLiteral("/public_suffix_list.dat"));
    QVERIFY(m_psl->isValid());
}

void TestOrganizationalDomain::conformance_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QFile file(pslDir + QStringLiteral("/tests.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u"//"))
            continue;
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(parts.size() == 2, qPrintable(QStringLiteral("tests.txt line %1").arg(line)));
        const QString input = parts.at(0) == u"null" ? QString() : parts.at(0);
        const QString expected = parts.at(1) == u"null" ? QString() : parts.at(1);
        QTest::addRow("line %d: %s", line, qPrintable(parts.at(0))) << input << expected;
    }
}

void TestOrganizationalDomain::conformance()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString got = m_psl->of(input);
    QCOMPARE(got.isNull(), expected.isNull());
    QCOMPARE(got.toLower(), expected);
    ++m_passed;
}

void TestOrganizationalDomain::conformanceTotals()
{
    // 77 inputs and the null line; all must pass, none is skipped.
    qInfo("PSL conformance: %d passed, 0 failed, 0 skipped", m_passed);
    QCOMPARE(m_passed, 78);
}

void TestOrganizationalDomain::systemList()
{
    const OrganizationalDomain &system = OrganizationalDomain::system();
    QVERIFY(system.isValid());
    QCOMPARE(system.of(QStringLiteral("mail.shop.example.co.jp")), QStringLiteral("example.co.jp"));
    QCOMPARE(system.of(QStringLiteral("bounce.amazonses.com")), QStringLiteral("amazonses.com"));
    QVERIFY(system.of(QStringLiteral("co.jp")).isNull());
}

QTEST_GUILESS_MAIN(TestOrganizationalDomain)
#include "TestOrganizationalDomain.moc"
