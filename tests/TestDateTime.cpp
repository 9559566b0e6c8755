#include "core/message/DateTime.h"

#include <QTest>

using namespace kensa;

// RFC 5322 date-times as the Date field and Received fields write them.
class TestDateTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

namespace {

QDateTime isoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

void TestDateTime::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc"); // empty: must fail
    QTest::addColumn<int>("offset"); // seconds east of UTC the result carries
    QTest::addColumn<bool>("lenient");
    QTest::addColumn<bool>("zoneMissing");

    // RFC 5322 §3.3
    QTest::newRow("rfc5322-full") << QByteArray("Tue, 14 May 2024 10:02:03 +0200")
                                  << "2024-05-14T08:02:03Z" << 7200 << false << false;
    QTest::newRow("rfc5322-negative") << QByteArray("Tue, 14 May 2024 01:02:03 -0700")
                                      << "2024-05-14T08:02:03Z" << -25200 << false << false;
    QTest::newRow("rfc5322-half-hour") << QByteArray("Tue, 14 May 2024 13:32:03 +0530")
                                       << "2024-05-14T08:02:03Z" << 19800 << false << false;
    QTest::newRow("rfc5322-comment-zone") << QByteArray("Tue, 14 May 2024 01:02:03 -0700 (PDT)")
                                          << "2024-05-14T08:02:03Z" << -25200 << false << false;
    QTest::newRow("rfc5322-one-digit-day") << QByteArray("Sun, 5 May 2024 08:02:03 +0000")
                                           << "2024-05-05T08:02:03Z" << 0 << false << false;
    QTest::newRow("rfc5322-leap-second") << QByteArray("Sat, 31 Dec 2016 23:59:60 +0000")
                                         << "2016-12-31T23:59:59Z" << 0 << false << false;
    QTest::newRow("rfc5322-minus-zero") << QByteArray("14 May 2024 08:02:03 -0000")
                                        << "2024-05-14T08:02:03Z" << 0 << false << false;
    // RFC 5322 §4.3 obsolete forms
    QTest::newRow("obs-no-weekday") << QByteArray("14 May 2024 08:02:03 +0000")
                                    << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-no-seconds") << QByteArray("Tue, 14 May 2024 08:02 +0000")
                                    << "2024-05-14T08:02:00Z" << 0 << false << false;
    QTest::newRow("obs-two-digit-year-20xx")
        << QByteArray("14 May 24 08:02:03 +0000") << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-two-digit-year-19xx") << QByteArray("Fri, 14 May 99 08:02:03 +0000")
                                             << "1999-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-three-digit-year")
        << QByteArray("14 May 124 08:02:03 +0000") << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-zone-ut") << QByteArray("14 May 2024 08:02:03 UT") << "2024-05-14T08:02:03Z"
                                 << 0 << false << false;
    QTest::newRow("obs-zone-gmt") << QByteArray("Tue, 14 May 2024 08:02:03 GMT")
                                  << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-zone-est") << QByteArray("Tue, 14 May 2024 03:02:03 EST")
                                  << "2024-05-14T08:02:03Z" << -18000 << false << false;
    QTest::newRow("obs-zone-edt") << QByteArray("Tue, 14 May 2024 04:02:03 EDT")
                                  << "2024-05-14T08:02:03Z" << -14400 << false << false;
    QTest::newRow("obs-zone-cst") << QByteArray("Tue, 14 May 2024 02:02:03 CST")
                                  << "2024-05-14T08:02:03Z" << -21600 << false << false;
    QTest::newRow("obs-zone-cdt") << QByteArray("Tue, 14 May 2024 03:02:03 CDT")
                                  << "2024-05-14T08:02:03Z" << -18000 << false << false;
    QTest::newRow("obs-zone-mst") << QByteArray("Tue, 14 May 2024 01:02:03 MST")
                                  << "2024-05-14T08:02:03Z" << -25200 << false << false;
    QTest::newRow("obs-zone-mdt") << QByteArray("Tue, 14 May 2024 02:02:03 MDT")
                                  << "2024-05-14T08:02:03Z" << -21600 << false << false;
    QTest::newRow("obs-zone-pst") << QByteArray("Tue, 14 May 2024 00:02:03 PST")
                                  << "2024-05-14T08:02:03Z" << -28800 << false << false;
    QTest::newRow("obs-zone-pdt") << QByteArray("Tue, 14 May 2024 01:02:03 PDT")
                                  << "2024-05-14T08:02:03Z" << -25200 << false << false;
    // §4.3: military zones are taken as -0000 (RFC 822 had their signs backwards).
    QTest::newRow("obs-military-z") << QByteArray("Tue, 14 May 2024 08:02:03 Z")
                                    << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-military-n") << QByteArray("Tue, 14 May 2024 08:02:03 N")
                                    << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-cfws-everywhere")
        << QByteArray("(x) Tue (y) , 14 (z) May 2024 08 : 02 : 03 (w) +0000 (v)")
        << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("obs-nested-comment")
        << QByteArray("Tue, 14 May 2024 08:02:03 +0000 (UTC (really))") << "2024-05-14T08:02:03Z"
        << 0 << false << false;
    QTest::newRow("obs-lower-case-month") << QByteArray("tue, 14 may 2024 08:02:03 +0000")
                                          << "2024-05-14T08:02:03Z" << 0 << false << false;
    // Lenient: read, reported
    QTest::newRow("lenient-fraction") << QByteArray("Tue, 14 May 2024 01:02:03.123 -0700")
                                      << "2024-05-14T08:02:03.123Z" << -25200 << true << false;
    QTest::newRow("lenient-colon-zone") << QByteArray("Tue, 14 May 2024 10:02:03 +02:00")
                                        << "2024-05-14T08:02:03Z" << 7200 << true << false;
    QTest::newRow("lenient-utc-word") << QByteArray("Tue, 14 May 2024 08:02:03 UTC")
                                      << "2024-05-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-jst") << QByteArray("Tue, 14 May 2024 17:02:03 JST")
                                 << "2024-05-14T08:02:03Z" << 32400 << true << false;
    QTest::newRow("lenient-zone-and-name") << QByteArray("Tue, 14 May 2024 08:02:03 +0000 UTC")
                                           << "2024-05-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-no-comma") << QByteArray("Tue 14 May 2024 08:02:03 +0000")
                                      << "2024-05-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-full-names") << QByteArray("Tuesday, 14 September 2024 08:02:03 +0000")
                                        << "2024-09-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-one-digit-hour") << QByteArray("Tue, 14 May 2024 8:02:03 +0000")
                                            << "2024-05-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-dashes")
        << QByteArray("14-May-2024 08:02:03 +0000") << "2024-05-14T08:02:03Z" << 0 << true << false;
    QTest::newRow("lenient-asctime")
        << QByteArray("Tue May 14 08:02:03 2024") << "2024-05-14T08:02:03Z" << 0 << true << true;
    QTest::newRow("lenient-unix-date") << QByteArray("Tue May 14 17:02:03 JST 2024")
                                       << "2024-05-14T08:02:03Z" << 32400 << true << false;
    QTest::newRow("lenient-iso") << QByteArray("2024-05-14T08:02:03Z") << "2024-05-14T08:02:03Z"
                                 << 0 << true << false;
    QTest::newRow("lenient-iso-offset") << QByteArray("2024-05-14T17:02:03+09:00")
                                        << "2024-05-14T08:02:03Z" << 32400 << true << false;
    QTest::newRow("lenient-go-time")
        << QByteArray("2024-05-14 08:02:03.474733209 +0000 UTC m=+5054614.542624564")
        << "2024-05-14T08:02:03.474Z" << 0 << true << false;
    QTest::newRow("lenient-unknown-zone-name") << QByteArray("Tue, 14 May 2024 08:02:03 XYZT")
                                               << "2024-05-14T08:02:03Z" << 0 << true << true;
    QTest::newRow("missing-zone") << QByteArray("Tue, 14 May 2024 08:02:03")
                                  << "2024-05-14T08:02:03Z" << 0 << false << true;
    // Not dates
    QTest::newRow("bad-empty") << QByteArray("") << QString() << 0 << false << false;
    QTest::newRow("bad-words") << QByteArray("yesterday at noon") << QString() << 0 << false
                               << false;
    QTest::newRow("bad-feb-31") << QByteArray("Sat, 31 Feb 2024 08:02:03 +0000") << QString() << 0
                                << false << false;
    QTest::newRow("bad-hour-25") << QByteArray("Tue, 14 May 2024 25:02:03 +0000") << QString() << 0
                                 << false << false;
    QTest::newRow("bad-minute-60")
        << QByteArray("Tue, 14 May 2024 08:60:03 +0000") << QString() << 0 << false << false;
    QTest::newRow("bad-month") << QByteArray("Tue, 14 Mai 2024 08:02:03 +0000") << QString() << 0
                               << false << false;
    QTest::newRow("bad-zone-too-far")
        << QByteArray("Tue, 14 May 2024 08:02:03 +2500") << QString() << 0 << false << false;
    QTest::newRow("bad-zone-minutes")
        << QByteArray("Tue, 14 May 2024 08:02:03 +0261") << QString() << 0 << false << false;
    QTest::newRow("bad-zone-three-digits")
        << QByteArray("Tue, 14 May 2024 08:02:03 +020") << QString() << 0 << false << false;
    QTest::newRow("bad-year-1800")
        << QByteArray("14 May 1800 08:02:03 +0000") << QString() << 0 << false << false;
    QTest::newRow("bad-trailing-garbage")
        << QByteArray("Tue, 14 May 2024 08:02:03 +0000 ; 17") << QString() << 0 << false << false;
    QTest::newRow("bad-no-time") << QByteArray("Tue, 14 May 2024") << QString() << 0 << false
                                 << false;
    QTest::newRow("bad-too-long") << QByteArray("Tue, 14 May 2024 08:02:03 +0000 ")
            + QByteArray(600, ' ') << QString()
                                  << 0 << false << false;
    QTest::newRow("corrupt-nul-inside")
        << QByteArray("Tue, 14 May 2024 08:02\0:03 +0000", 32) << QString() << 0 << false << false;
    QTest::newRow("corrupt-only-punctuation")
        << QByteArray(",,::++--") << QString() << 0 << false << false;
    QTest::newRow("corrupt-huge-numbers")
        << QByteArray("99999999999999999999 May 2024 08:02:03 +0000") << QString() << 0 << false
        << false;
    // An unclosed comment at the end runs to the end of the text.
    QTest::newRow("corrupt-unclosed-comment") << QByteArray("Tue, 14 May 2024 08:02:03 +0000 (UTC")
                                              << "2024-05-14T08:02:03Z" << 0 << false << false;
    QTest::newRow("bad-binary") << QByteArray("\x01\xff\xfe 14 May", 9) << QString() << 0 << false
                                << false;
}

void TestDateTime::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, utc);
    QFETCH(int, offset);
    QFETCH(bool, lenient);
    QFETCH(bool, zoneMissing);

    const Result<ParsedDate> date = DateTime::parse(text);
    if (utc.isEmpty()) {
        QVERIFY(!date.hasValue());
        QCOMPARE(date.error().key, QStringLiteral("date.invalid"));
        QVERIFY(date.error().offset >= 0 && date.error().offset <= text.size());
        return;
    }
    QVERIFY2(date.hasValue(),
        qPrintable(QStringLiteral("error at %1").arg(date.hasValue() ? -1 : date.error().offset)));
    QCOMPARE(date->dateTime.toUTC(), isoUtc(utc));
    QCOMPARE(date->dateTime.offsetFromUtc(), offset);
    QCOMPARE(date->lenient, lenient);
    QCOMPARE(date->zoneMissing, zoneMissing);
}

QTEST_GUILESS_MAIN(TestDateTime)
#include "TestDateTime.moc"
