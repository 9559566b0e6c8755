#include "ReceiverTestSupport.h"

#include "core/i18n/Explanations.h"
#include "core/receiver/GoogleFields.h"

#include <QTest>

using namespace kensa;
using namespace kensa::test;

// Gmail's fields (and Apple's, which are as opaque as Gmail's state fields) in realistic header
// blocks written here from the published formats: the DMARC policy/disposition and ARC comments
// of Gmail's Authentication-Results, Received-SPF (RFC 7208 §9.1), the opaque fields, trust
// against the boundary (Gmail writes its fields just below its MX hop's Received), hints.
class TestGoogleFields : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void dmarcAndArcComments();
    void receivedSpf();
    void opaqueFields();
    void appleFieldsStayRaw();
    void parseReceivedSpf_data();
    void parseReceivedSpf();
};

void TestGoogleFields::verdicts_data()
{
    QTest::addColumn<int>("boundary");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("gmail-mx-hop-is-the-boundary")
        << 2
        << QStringList{u"Received-SPF null trusted"_qs, u"Authentication-Results quarantine trusted"_qs,
               // the mailing list's own Received-SPF, below it: a claim
               u"Received-SPF null claim"_qs, u"X-Gm-Message-State null claim"_qs,
               u"X-Google-Smtp-Source null claim"_qs};
    QTest::newRow("no-boundary-everything-is-a-claim")
        << 0
        << QStringList{u"Received-SPF null claim"_qs, u"Authentication-Results quarantine claim"_qs,
               u"Received-SPF null claim"_qs, u"X-Gm-Message-State null claim"_qs,
               u"X-Google-Smtp-Source null claim"_qs};
    QTest::newRow("boundary-below-gmail-still-trusts-gmail")
        << 3
        << QStringList{u"Received-SPF null trusted"_qs, u"Authentication-Results quarantine trusted"_qs,
               u"Received-SPF null claim"_qs, u"X-Gm-Message-State null claim"_qs,
               u"X-Google-Smtp-Source null claim"_qs};
}

void TestGoogleFields::verdicts()
{
    QFETCH(int, boundary);
    QFETCH(QStringList, expected);
    const ReceiverCase c = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, boundary);
    QStringList got;
    for (const ReceiverVerdict &v : c.verdicts(u"google"_qs)) {
        got << summary(v);
        QVERIFY2(!v.fieldMeaning.en.isEmpty() && !v.fieldMeaning.ja.isEmpty(), qPrintable(v.field));
        QVERIFY2(v.fieldSource.startsWith(u"https://www.rfc-editor.org/"), qPrintable(v.fieldSource));
    }
    QCOMPARE(got, expected);
}

void TestGoogleFields::dmarcAndArcComments()
{
    const ReceiverCase c = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, 2);
    const ReceiverVerdict v = c.verdicts(u"google"_qs).at(1);
    QCOMPARE(v.field, u"Authentication-Results"_qs);
    QCOMPARE(v.line, 12);
    const QList<QPair<QString, QString>> documented{{u"dmarc"_qs, u"fail"_qs}, {u"p"_qs, u"REJECT"_qs},
        {u"sp"_qs, u"NONE"_qs}, {u"dis"_qs, u"QUARANTINE"_qs}, {u"arc"_qs, u"pass"_qs}, {u"arc.i"_qs, u"1"_qs},
        {u"arc.spf"_qs, u"pass"_qs}, {u"arc.dkim"_qs, u"pass"_qs}, {u"arc.dmarc"_qs, u"pass"_qs}};
    for (const auto &[name, value] : documented) {
        const DecodedToken *t = token(v, name);
        QVERIFY2(t, qPrintable(name));
        QCOMPARE(t->value, value);
        QVERIFY2(t->documented && !t->meaning.ja.isEmpty(), qPrintable(name));
    }
    QVERIFY(token(v, u"dis"_qs)->meaning.en.contains(u"suspicious"));
    QCOMPARE(token(v, u"p"_qs)->source, u"https://www.rfc-editor.org/rfc/rfc7489"_qs);
    QCOMPARE(token(v, u"arc.i"_qs)->source, u"https://www.rfc-editor.org/rfc/rfc8617"_qs);
    // Gmail's own words in the comments that no document explains stay raw.
    QCOMPARE(v.undocumented,
        (QStringList{u"spfdomain=bank.example"_qs, u"dkdomain=bank.example"_qs, u"fromdomain=bank.example"_qs,
            u"arc=pass"_qs}));
    QCOMPARE(v.findings.size(), 1);
    const Finding &f = v.findings.at(0);
    QCOMPARE(f.key, u"receiver.google.dmarc_disposition"_qs);
    QCOMPARE(f.arg(u"from"_qs), u"bank.example"_qs);
    QCOMPARE(f.arg(u"p"_qs), u"REJECT"_qs);
    QCOMPARE(f.arg(u"dis"_qs), u"QUARANTINE"_qs);
    QVERIFY(Explanations::hasText(f.key));

    // The same field as a claim gives no hint.
    const ReceiverCase claim = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, 0);
    QVERIFY(claim.verdicts(u"google"_qs).at(1).findings.isEmpty());
}

void TestGoogleFields::receivedSpf()
{
    const ReceiverCase c = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, 2);
    const ReceiverVerdict v = c.verdicts(u"google"_qs).at(0);
    QCOMPARE(v.field, u"Received-SPF"_qs);
    QCOMPARE(token(v, u"result"_qs)->value, u"pass"_qs);
    QVERIFY(token(v, u"result"_qs)->documented);
    QCOMPARE(token(v, u"client-ip"_qs)->value, u"198.51.100.77"_qs);
    QVERIFY(token(v, u"client-ip"_qs)->documented);
    QVERIFY(v.undocumented.isEmpty());
    QCOMPARE(v.fieldSource, u"https://www.rfc-editor.org/rfc/rfc7208#section-9.1"_qs);
}

void TestGoogleFields::opaqueFields()
{
    const ReceiverCase c = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, 2);
    const QList<ReceiverVerdict> all = c.verdicts(u"google"_qs);
    const ReceiverVerdict &state = all.at(3);
    QCOMPARE(state.field, u"X-Gm-Message-State"_qs);
    QVERIFY(state.decoded.isEmpty());
    QCOMPARE(state.undocumented, QStringList{u"AOJu0YwQ1x2y3z4AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"_qs});
    QVERIFY(state.fieldMeaning.en.contains(u"publishes no description"));
    QCOMPARE(all.at(4).undocumented, QStringList{u"AGHT+IF1a2b3c4d5e6f7g8h9i0"_qs});
}

void TestGoogleFields::appleFieldsStayRaw()
{
    const ReceiverCase c = ReceiverCase::load(u"apple-junk.eml"_qs, 1);
    const QList<ReceiverVerdict> all = c.verdicts(u"apple"_qs);
    QCOMPARE(all.size(), 2);
    QCOMPARE(summary(all.at(0)), u"X-Apple-MoveToFolder null trusted"_qs);
    QCOMPARE(summary(all.at(1)), u"X-Apple-Action null trusted"_qs);
    QCOMPARE(all.at(0).undocumented, QStringList{u"Junk"_qs});
    QCOMPARE(all.at(1).undocumented, QStringList{u"JUNK/Junk"_qs});
    QCOMPARE(all.at(0).vendorName.ja, u"iCloud メール（Apple）"_qs);
    // Apple's field below the boundary of another message is a claim.
    const ReceiverCase gmail = ReceiverCase::load(u"gmail-dmarc-quarantine.eml"_qs, 2);
    QCOMPARE(gmail.verdicts(u"apple"_qs).size(), 1);
    QVERIFY(!gmail.verdicts(u"apple"_qs).at(0).trusted);
}

void TestGoogleFields::parseReceivedSpf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QStringList>("pairs");

    QTest::newRow("gmail") << u"pass (google.com: domain of a@b.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1;"_qs
                           << u"pass"_qs << u"google.com: domain of a@b.example designates 192.0.2.1 as permitted sender"_qs
                           << QStringList{u"client-ip=192.0.2.1"_qs};
    QTest::newRow("rfc7208-example") << u"fail (mybox.example.org: domain of myname@example.com does not designate 192.0.2.1 as permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from=\"myname@example.com\"; helo=foo.example.com;"_qs
                                     << u"fail"_qs << u"mybox.example.org: domain of myname@example.com does not designate 192.0.2.1 as permitted sender"_qs
                                     << QStringList{u"receiver=mybox.example.org"_qs, u"client-ip=192.0.2.1"_qs, u"envelope-from=myname@example.com"_qs, u"helo=foo.example.com"_qs};
    QTest::newRow("nested-comment") << u"softfail (x.example: (nested) text) identity=mailfrom"_qs
                                    << u"softfail"_qs << u"x.example: (nested) text"_qs << QStringList{u"identity=mailfrom"_qs};
    QTest::newRow("result-only") << u"None"_qs << u"None"_qs << QString() << QStringList{};
}

void TestGoogleFields::parseReceivedSpf()
{
    QFETCH(QString, value);
    QFETCH(QString, result);
    QFETCH(QString, comment);
    QFETCH(QStringList, pairs);
    const GoogleFields::ReceivedSpf spf = GoogleFields::parseReceivedSpf(value);
    QCOMPARE(spf.result, result);
    QCOMPARE(spf.comment, comment);
    QStringList got;
    for (const auto &[k, v] : spf.pairs)
        got << k + u'=' + v;
    QCOMPARE(got, pairs);
}

QTEST_GUILESS_MAIN(TestGoogleFields)
#include "TestGoogleFields.moc"
