#include "core/base/FindingCap.h"

#include <QTest>

using namespace kensa;

// One "at most N findings of a key" rule for every parser and check.
class TestFindingCap : public QObject
{
    Q_OBJECT

private slots:
    void add_data();
    void add();
    void apply_data() { add_data(); }
    void apply();
    void flushStartsAfresh();
};

namespace {

// "a" x 3, "b" -> {"a","a","a","b"}
QList<Finding> findingsOf(const QStringList &keys)
{
    QList<Finding> out;
    int i = 0;
    for (const QString &key : keys)
        out.append(
            makeFinding(key, Severity::Warning, {{QStringLiteral("n"), QString::number(++i)}}));
    return out;
}

// "key" for a listed finding, "more:key=count" for a summary.
QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.key == u"message.findings.more")
            out.append(QStringLiteral("more:%1=%2")
                           .arg(f.arg(QStringLiteral("key")), f.arg(QStringLiteral("count"))));
        else
            out.append(f.key + u'#' + f.arg(QStringLiteral("n")));
    }
    return out;
}

} // namespace

void TestFindingCap::add_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("none") << 2 << QStringList{} << QStringList{};
    QTest::newRow("under-the-limit")
        << 2 << QStringList{"a", "b", "a"} << QStringList{"a#1", "b#2", "a#3"};
    QTest::newRow("exactly-the-limit-no-summary")
        << 2 << QStringList{"a", "a"} << QStringList{"a#1", "a#2"};
    QTest::newRow("over-keeps-the-first")
        << 2 << QStringList{"a", "a", "a", "a"} << QStringList{"a#1", "a#2", "more:a=2"};
    QTest::newRow("keys-counted-apart") << 1 << QStringList{"a", "b", "a", "b", "b"}
                                        << QStringList{"a#1", "b#2", "more:a=1", "more:b=2"};
    // Summaries follow the order in which the keys went over, not hash order.
    QTest::newRow("summary-order-is-first-overflow")
        << 1 << QStringList{"z", "y", "y", "x", "z"}
        << QStringList{"z#1", "y#2", "x#4", "more:y=1", "more:z=1"};
    QTest::newRow("default-limit")
        << Limits::MaxFindingsPerKey
        << QStringList(Limits::MaxFindingsPerKey + 5, QStringLiteral("k")) << [] {
               QStringList l;
               for (int i = 1; i <= Limits::MaxFindingsPerKey; ++i)
                   l.append(QStringLiteral("k#%1").arg(i));
               l.append(QStringLiteral("more:k=5"));
               return l;
           }();
    // Corrupted input: odd keys and limits must neither crash nor list more than the limit.
    QTest::newRow("corrupt-empty-key")
        << 1 << QStringList{"", "", ""} << QStringList{"#1", "more:=2"};
    QTest::newRow("corrupt-zero-limit") << 0 << QStringList{"a", "a"} << QStringList{"more:a=2"};
    QTest::newRow("corrupt-negative-limit") << -3 << QStringList{"a"} << QStringList{"more:a=1"};
    QTest::newRow("corrupt-control-bytes-in-key")
        << 1 << QStringList{QStringLiteral("a\x01"), QStringLiteral("a\x01"), QStringLiteral("a")}
        << QStringList{
               QStringLiteral("a\x01#1"), QStringLiteral("a#3"), QStringLiteral("more:a\x01=1")};
}

void TestFindingCap::add()
{
    QFETCH(int, limit);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, expected);

    FindingCap cap(limit);
    QList<Finding> out;
    for (Finding &f : findingsOf(keys)) {
        const bool room = cap.hasRoom(f.key);
        QCOMPARE(cap.add(out, f), room);
    }
    cap.flush(out);
    QCOMPARE(describe(out), expected);
}

void TestFindingCap::apply()
{
    QFETCH(int, limit);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, expected);

    QList<Finding> findings = findingsOf(keys);
    FindingCap::apply(findings, limit);
    QCOMPARE(describe(findings), expected);
}

void TestFindingCap::flushStartsAfresh()
{
    FindingCap cap(1);
    QList<Finding> first;
    cap.add(first, makeFinding(QStringLiteral("a"), Severity::Info));
    cap.add(first, makeFinding(QStringLiteral("a"), Severity::Info));
    cap.flush(first);
    QCOMPARE(first.size(), 2);
    QList<Finding> second;
    QVERIFY(cap.add(second, makeFinding(QStringLiteral("a"), Severity::Info)));
    cap.flush(second);
    QCOMPARE(second.size(), 1);
}

QTEST_GUILESS_MAIN(TestFindingCap)
#include "TestFindingCap.moc"
