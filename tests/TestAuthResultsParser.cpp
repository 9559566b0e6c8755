#include <QTest>

class TestAuthResultsParser : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestAuthResultsParser)
#include "TestAuthResultsParser.moc"
