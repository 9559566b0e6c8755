#include "core/hops/ReceivedParser.h"

#include "core/message/Message.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace kensa;

namespace {

HeaderField makeField(const QByteArray &text, int line = 1)
{
    HeaderField field;
    field.raw = text + "\r\n";
    const qsizetype colon = text.indexOf(':');
    field.nameLength = int(colon < 0 ? 0 : colon);
    field.line = line;
    return field;
}

QStringList findingKeys(const QList<Finding> &findings)
{
    QStringList keys;
    for (const Finding &finding : findings)
        keys.append(finding.key);
    return keys;
}

QDateTime isoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonArray corpusCases()
{
    QFile file(QStringLiteral(KENSA_TEST_DATA_DIR "/received/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
}

// Every hop: the field is kept byte for byte, findings point into it, status and findings agree.
void checkInvariants(const ReceivedHop &hop, const HeaderField &field)
{
    QCOMPARE(hop.raw, field.raw);
    QCOMPARE(hop.line, field.line);
    for (const Finding &finding : hop.findings) {
        QCOMPARE(finding.header, QStringLiteral("Received"));
        QVERIFY2(finding.line >= field.line && finding.line < field.line + field.lineCount(),
                 qPrintable(finding.key));
        QCOMPARE(finding.arg(QStringLiteral("line")), QString::number(finding.line));
    }
    switch (hop.status) {
    case HopStatus::Unreadable:
        QVERIFY(!hop.findings.isEmpty());
        QCOMPARE(hop.findings.first().key, QStringLiteral("received.unreadable"));
        QVERIFY(hop.by.isEmpty() && hop.fromHelo.isEmpty() && !hop.timestamp.isValid());
        break;
    case HopStatus::Partial:
        QVERIFY(!hop.findings.isEmpty());
        break;
    case HopStatus::Ok:
        for (const Finding &finding : hop.findings)
            QVERIFY2(finding.severity < Severity::Warning, qPrintable(finding.key));
        QVERIFY(hop.timestamp.isValid());
        break;
    }
}

} // namespace

class TestReceivedParser : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void corpusCoverage();
    void parseAll();
    void findingPosition();
    void hopValue();
    void canonicalTlsVersion_data();
    void canonicalTlsVersion();
    void delaySeconds_data();
    void delaySeconds();
    void robustness_data();
    void robustness();
};

void TestReceivedParser::corpus_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonArray cases = corpusCases();
    QVERIFY2(!cases.isEmpty(), "tests/data/received/corpus.json is missing or empty");
    for (const QJsonValue &value : cases) {
        const QJsonObject row = value.toObject();
        const QString text = row.value(QStringLiteral("field")).toString();
        const bool latin1 = row.value(QStringLiteral("encoding")).toString() == u"latin1";
        QTest::newRow(row.value(QStringLiteral("name")).toString().toUtf8().constData())
            << (latin1 ? text.toLatin1() : text.toUtf8()) << row.value(QStringLiteral("expect")).toObject();
    }
}

void TestReceivedParser::corpus()
{
    QFETCH(QByteArray, field);
    QFETCH(QJsonObject, expect);

    const HeaderField header = makeField(field, 7);
    const ReceivedHop hop = ReceivedParser::parse(header);
    checkInvariants(hop, header);
    if (QTest::currentTestFailed())
        return;

    // Required in every row, so that a forgotten expectation fails instead of passing silently.
    static const char *const required[] = {"fromHelo",
                                           "fromReverse",
                                           "fromIp",
                                           "by",
                                           "with",
                                           "id",
                                           "for",
                                           "tls",
                                           "tlsVersion",
                                           "timestamp",
                                           "status",
                                           "findings"};
    for (const char *key : required)
        QVERIFY2(expect.contains(QLatin1StringView(key)), key);
    const auto text = [&expect](const char *key) { return expect.value(QLatin1StringView(key)).toString(); };

    QCOMPARE(hop.fromHelo, text("fromHelo"));
    QCOMPARE(hop.fromReverse, text("fromReverse"));
    QCOMPARE(hop.fromIp, text("fromIp"));
    QCOMPARE(hop.by, text("by"));
    QCOMPARE(hop.with, text("with"));
    QCOMPARE(hop.id, text("id"));
    QCOMPARE(hop.forRecipient, text("for"));
    // "tls": true (encrypted), false (a protocol without TLS), null (the field does not say)
    const QJsonValue tls = expect.value(QStringLiteral("tls"));
    QCOMPARE(hop.tls,
             tls.isNull() ? HopTls::Unknown : (tls.toBool() ? HopTls::Encrypted : HopTls::Plain));
    QCOMPARE(hop.tlsVersion, text("tlsVersion"));
    QCOMPARE(hop.timestamp.toUTC(), isoUtc(text("timestamp")));
    QCOMPARE(hopStatusName(hop.status), text("status"));
    QStringList expectedFindings;
    for (const QJsonValue &key : expect.value(QStringLiteral("findings")).toArray())
        expectedFindings.append(key.toString());
    QCOMPARE(findingKeys(hop.findings), expectedFindings);
    // Optional keys: absent means empty.
    QCOMPARE(hop.fromUser, text("fromUser"));
    QCOMPARE(hop.tlsCipher, text("tlsCipher"));
    QCOMPARE(hop.via, text("via"));
    QCOMPARE(hop.envelopeFrom, text("envelopeFrom"));
    QCOMPARE(hop.software, text("software"));
    QCOMPARE(hop.byIp, text("byIp"));
    QCOMPARE(hop.authenticated, expect.value(QStringLiteral("authenticated")).toBool());
    // A TLS version or cipher without the TLS flag would contradict itself.
    if (!hop.tlsVersion.isEmpty() || !hop.tlsCipher.isEmpty())
        QCOMPARE(hop.tls, HopTls::Encrypted);
    // The date text is what follows the ";" (or the date found without it).
    if (hop.timestamp.isValid())
        QVERIFY(!hop.dateText.isEmpty());
}

void TestReceivedParser::corpusCoverage()
{
    const QJsonArray cases = corpusCases();
    QVERIFY(cases.size() >= 60);
    QHash<QString, int> perMta;
    QSet<QString> names;
    int wellFormed = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject row = value.toObject();
        perMta[row.value(QStringLiteral("mta")).toString()] += 1;
        const QString name = row.value(QStringLiteral("name")).toString();
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        if (row.value(QStringLiteral("mta")).toString() != u"broken")
            ++wellFormed;
    }
    QVERIFY(wellFormed >= 60);
    static const char *const mtas[] = {"postfix",  "exim",    "sendmail",  "qmail",    "exchange",
                                       "gmail",    "yahoo",   "icloud",    "amazon-ses", "sendgrid",
                                       "mandrill", "nifty",   "so-net",    "ocn",      "biglobe",
                                       "kddi-au",  "docomo",  "softbank",  "yahoo-japan", "benchmark",
                                       "blastmail", "cuenote", "broken"};
    for (const char *mta : mtas)
        QVERIFY2(perMta.value(QLatin1StringView(mta)) > 0, mta);
}

void TestReceivedParser::parseAll()
{
    const QByteArray bytes = "Received: from mx.example.net\r\n"
                             "\tby imap.example.net with LMTPS id abc; Tue, 14 May 2024 08:02:05 +0000\r\n"
                             "Subject: hello\r\n"
                             "Received: from mail.example.org (mail.example.org [192.0.2.1])\r\n"
                             "\tby mx.example.net (Postfix) with ESMTPS id def;\r\n"
                             "\tTue, 14 May 2024 08:02:04 +0000\r\n"
                             "Received: garbage\r\n"
                             "received: by mail.example.org (Postfix) id ghi; Tue, 14 May 2024 08:02:01 +0000\r\n"
                             "From: a@example.org\r\n"
                             "\r\n"
                             "body\r\n";
    const Message message = Message::parse(bytes);
    const QList<ReceivedHop> hops = ReceivedParser::parseAll(message);
    QCOMPARE(hops.size(), 4);
    QCOMPARE(hops.at(0).by, QStringLiteral("imap.example.net"));
    QCOMPARE(hops.at(0).line, 1);
    QCOMPARE(hops.at(1).fromIp, QStringLiteral("192.0.2.1"));
    QCOMPARE(hops.at(1).line, 4);
    // The unreadable field is kept in its place, not dropped.
    QCOMPARE(hops.at(2).status, HopStatus::Unreadable);
    QCOMPARE(hops.at(2).raw, QByteArray("Received: garbage\r\n"));
    QCOMPARE(hops.at(2).line, 7);
    QCOMPARE(hops.at(3).id, QStringLiteral("ghi"));
    QCOMPARE(ReceivedParser::delaySeconds(hops.at(3), hops.at(1)), 3);
    QCOMPARE(ReceivedParser::delaySeconds(hops.at(1), hops.at(0)), 1);
    QCOMPARE(ReceivedParser::delaySeconds(hops.at(2), hops.at(0)), ReceivedParser::UnknownDelay);

    QVERIFY(ReceivedParser::parseAll(Message::parse("From: a@example.org\r\n\r\n")).isEmpty());
}

void TestReceivedParser::findingPosition()
{
    // "frum" on the second physical line, column 2 (after the folding TAB); the field starts on 10.
    const HeaderField field = makeField("Received: by mx.example.net\r\n"
                                        "\tfrum x.example.org with SMTP; Tue, 14 May 2024 08:02:03 +0000",
                                        10);
    const ReceivedHop hop = ReceivedParser::parse(field);
    QCOMPARE(hop.status, HopStatus::Partial);
    QCOMPARE(hop.findings.size(), 1);
    const Finding &finding = hop.findings.first();
    QCOMPARE(finding.key, QStringLiteral("received.partial"));
    QCOMPARE(finding.line, 11);
    QCOMPARE(finding.arg(QStringLiteral("line")), QStringLiteral("11"));
    QCOMPARE(finding.arg(QStringLiteral("position")), QStringLiteral("2"));

    // On the first line the column counts the field name: "Received: (" -> the "(" is column 11.
    const ReceivedHop unclosed = ReceivedParser::parse(makeField("Received: (by x; Tue, 14 May 2024 08:02:03 +0000"));
    QCOMPARE(unclosed.findings.size(), 2);
    QCOMPARE(unclosed.findings.at(1).key, QStringLiteral("received.comment.unclosed"));
    QCOMPARE(unclosed.findings.at(1).arg(QStringLiteral("position")), QStringLiteral("11"));

    // bad_date quotes the date text, shortened.
    const ReceivedHop bad = ReceivedParser::parse(
        makeField("Received: by x.example.net; " + QByteArray(500, 'z')));
    QCOMPARE(findingKeys(bad.findings), QStringList{QStringLiteral("received.bad_date")});
    QCOMPARE(bad.findings.first().arg(QStringLiteral("date")).size(), 81);
}

void TestReceivedParser::hopValue()
{
    const HeaderField field = makeField("Received: from a.example.org (a.example.org [192.0.2.1]) by "
                                        "b.example.net with ESMTPS id x; Tue, 14 May 2024 08:02:03 +0000");
    const ReceivedHop hop = ReceivedParser::parse(field);
    ReceivedHop copy = hop;
    QCOMPARE(copy, hop);
    copy.fromIp = QStringLiteral("192.0.2.2");
    QVERIFY(!(copy == hop));
    copy = hop;
    copy.timestamp = copy.timestamp.addSecs(1);
    QVERIFY(!(copy == hop));

    QString printed;
    QDebug(&printed) << hop;
    QVERIFY2(printed.contains(u"192.0.2.1") && printed.contains(u"b.example.net")
                 && printed.contains(u"2024-05-14T08:02:03Z"),
             qPrintable(printed));
    // Q_DECLARE_METATYPE: the hop travels in a QVariant (queued signals).
    const QVariant variant = QVariant::fromValue(hop);
    QCOMPARE(variant.value<ReceivedHop>(), hop);
    QCOMPARE(hopStatusName(HopStatus::Partial), QStringLiteral("partial"));
}

void TestReceivedParser::canonicalTlsVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postfix") << "TLSv1.3" << "TLSv1.3";
    QTest::newRow("exchange") << "TLS1_2" << "TLSv1.2";
    QTest::newRow("exim") << "TLS1.3" << "TLSv1.3";
    QTest::newRow("spaced") << "TLS 1.1" << "TLSv1.1";
    QTest::newRow("tls1") << "TLSv1" << "TLSv1";
    QTest::newRow("tls1_0") << "TLS1_0" << "TLSv1";
    QTest::newRow("ssl3") << "SSLv3" << "SSLv3";
    QTest::newRow("lower-case") << "tlsv1.2" << "TLSv1.2";
    QTest::newRow("bare-tls") << "TLS" << "";
    QTest::newRow("unknown-version") << "TLS1.4" << "";
    QTest::newRow("cipher") << "TLS_AES_256_GCM_SHA384" << "";
}

void TestReceivedParser::canonicalTlsVersion()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReceivedParser::canonicalTlsVersion(text), expected);
}

void TestReceivedParser::delaySeconds_data()
{
    QTest::addColumn<QByteArray>("olderDate");
    QTest::addColumn<QByteArray>("newerDate");
    QTest::addColumn<int>("delay");

    QTest::newRow("same-zone") << QByteArray("Tue, 14 May 2024 08:02:03 +0000") << QByteArray("Tue, 14 May 2024 08:02:10 +0000") << 7;
    QTest::newRow("across-zones") << QByteArray("Tue, 14 May 2024 17:02:03 +0900") << QByteArray("Tue, 14 May 2024 01:02:05 -0700") << 2;
    QTest::newRow("clock-skew-negative") << QByteArray("Tue, 14 May 2024 08:02:10 +0000") << QByteArray("Tue, 14 May 2024 08:02:03 +0000") << -7;
    QTest::newRow("across-midnight") << QByteArray("Tue, 14 May 2024 23:59:59 +0000") << QByteArray("Wed, 15 May 2024 00:00:01 +0000") << 2;
    QTest::newRow("days") << QByteArray("Tue, 14 May 2024 08:02:03 +0000") << QByteArray("Fri, 17 May 2024 08:02:03 +0000") << 3 * 86400;
    QTest::newRow("clamped") << QByteArray("Mon, 1 Jan 1900 00:00:00 +0000") << QByteArray("Fri, 31 Dec 9999 00:00:00 +0000") << std::numeric_limits<int>::max();
    QTest::newRow("clamped-negative") << QByteArray("Fri, 31 Dec 9999 00:00:00 +0000") << QByteArray("Mon, 1 Jan 1900 00:00:00 +0000") << std::numeric_limits<int>::min() + 1;
    QTest::newRow("older-missing") << QByteArray() << QByteArray("Tue, 14 May 2024 08:02:10 +0000") << ReceivedParser::UnknownDelay;
    QTest::newRow("newer-garbage") << QByteArray("Tue, 14 May 2024 08:02:10 +0000") << QByteArray("garbage") << ReceivedParser::UnknownDelay;
}

void TestReceivedParser::delaySeconds()
{
    QFETCH(QByteArray, olderDate);
    QFETCH(QByteArray, newerDate);
    QFETCH(int, delay);
    const auto hop = [](const QByteArray &date) {
        return ReceivedParser::parse(makeField("Received: by mx.example.net with ESMTP; " + date));
    };
    QCOMPARE(ReceivedParser::delaySeconds(hop(olderDate), hop(newerDate)), delay);
}

void TestReceivedParser::robustness_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("by");

    const QByteArray date = "; Tue, 14 May 2024 08:02:03 +0000";
    QTest::newRow("nested-open-10000") << "Received: " + QByteArray(10000, '(') << "unreadable"
                                       << QStringList{"received.unreadable", "received.comment.unclosed", "received.comment.too_deep"}
                                       << QString();
    QTest::newRow("nested-open-10000-with-date")
        << "Received: by x.example.net " + QByteArray(10000, '(') + date << "partial"
        << QStringList{"received.comment.unclosed", "received.comment.too_deep"} << "x.example.net";
    QTest::newRow("nested-balanced-10000")
        << "Received: by x.example.net " + QByteArray(10000, '(') + QByteArray(10000, ')') + date << "partial"
        << QStringList{"received.comment.too_deep"} << "x.example.net";
    QTest::newRow("nested-at-limit")
        << "Received: by x.example.net (Postfix " + QByteArray(ReceivedParser::MaxCommentDepth - 1, '(')
               + QByteArray(ReceivedParser::MaxCommentDepth - 1, ')') + ")" + date
        << "ok" << QStringList{} << "x.example.net";
    QTest::newRow("close-10000") << "Received: by x.example.net " + QByteArray(10000, ')') + date << "partial"
                                 << QStringList{"received.comment.stray_close"} << "x.example.net";
    QByteArray big = "Received: from a.example.org by b.example.net with ESMTP id x";
    while (big.size() < 1024 * 1024)
        big += " (comment padding padding padding padding padding padding)\r\n\t";
    QTest::newRow("one-megabyte") << big + date << "partial" << QStringList{"received.too_long", "received.no_date"}
                                  << "b.example.net";
    QTest::newRow("one-megabyte-word") << "Received: by " + QByteArray(1024 * 1024, 'a') + date << "partial"
                                       << QStringList{"received.too_long", "received.no_date"}
                                       << QString::fromLatin1(QByteArray(ReceivedParser::MaxFieldBytes - 4, 'a'));
    QTest::newRow("semicolons-100000") << "Received: by x.example.net" + QByteArray(100000, ';') << "partial"
                                       << QStringList{"received.partial", "received.too_long", "received.no_date"}
                                       << "x.example.net";
    QTest::newRow("only-name") << QByteArray("Received:") << "unreadable" << QStringList{"received.unreadable"} << QString();
    QTest::newRow("only-whitespace") << QByteArray("Received: \r\n\t \r\n ") << "unreadable"
                                     << QStringList{"received.unreadable"} << QString();
    QByteArray binary = "Received: ";
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    QTest::newRow("binary-4k") << binary << "" << QStringList{} << QString();
    QTest::newRow("nul-bytes") << "Received: " + QByteArray(1000, '\0') << "unreadable"
                               << QStringList{"received.unreadable", "received.control_char"} << QString();
    QTest::newRow("keywords-only") << QByteArray("Received: from by with id for via tls") << "partial"
                                   << QStringList{"received.partial", "received.no_date"} << QString();
    QTest::newRow("backslash-at-end") << QByteArray("Received: by x (\\") << "partial"
                                      << QStringList{"received.comment.unclosed", "received.no_date"} << "x";
    QTest::newRow("many-comments") << "Received: by x.example.net " + QByteArray("(a) ").repeated(20000) + date
                                   << "partial" << QStringList{"received.too_long", "received.no_date"}
                                   << "x.example.net";
    QTest::newRow("no-colon") << QByteArray("Received from x by y; Tue, 14 May 2024 08:02:03 +0000") << "unreadable"
                              << QStringList{"received.unreadable"} << QString();
}

void TestReceivedParser::robustness()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, status);
    QFETCH(QStringList, findings);
    QFETCH(QString, by);

    const HeaderField header = makeField(field);
    const ReceivedHop hop = ReceivedParser::parse(header);
    // Linear work: no clock here (speed belongs in benchmarks); a quadratic slip would take
    // minutes and run into the ctest timeout.
    checkInvariants(hop, header);
    if (status.isEmpty()) {
        // Random bytes: anything but Ok, and always kept.
        QVERIFY(hop.status != HopStatus::Ok);
        return;
    }
    QCOMPARE(hopStatusName(hop.status), status);
    QCOMPARE(findingKeys(hop.findings), findings);
    QCOMPARE(hop.by, by);
}

QTEST_GUILESS_MAIN(TestReceivedParser)
#include "TestReceivedParser.moc"
