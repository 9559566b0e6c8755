#include "ReceiverTestSupport.h"

#include "core/i18n/Explanations.h"
#include "core/receiver/MicrosoftFields.h"

#include <QTest>

using namespace kensa;
using namespace kensa::test;

// Microsoft 365's verdict fields in realistic header blocks (tests/data/receivers, written here
// from Microsoft's published formats): each field's verdict, score and threshold, trust against
// the boundary, the decoded tokens with their documented meaning, what stays undocumented, and the
// helpdesk hints.
class TestMicrosoftFields : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void forefrontTokens();
    void mailboxDeliveryStaysRaw();
    void authenticationResults();
    void bypassTokens();
    void hints_data();
    void hints();
    void splitTokens_data();
    void splitTokens();
};

void TestMicrosoftFields::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("boundary");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("junked-by-the-filter")
        << u"microsoft-junk.eml"_qs << 2
        << QStringList{u"X-MS-Exchange-Organization-SCL junk 5/5 trusted"_qs,
               u"X-Microsoft-Antispam-Mailbox-Delivery null trusted"_qs,
               u"X-Forefront-Antispam-Report junk 5/5 trusted"_qs,
               u"X-Microsoft-Antispam junk 8/7 trusted"_qs,
               u"Authentication-Results null trusted"_qs};
    // Without a boundary the topmost hop is taken; it is Microsoft's, so the fields are its own.
    QTest::newRow("no-boundary-topmost-hop-is-microsoft")
        << u"microsoft-junk.eml"_qs << 0
        << QStringList{u"X-MS-Exchange-Organization-SCL junk 5/5 trusted"_qs,
               u"X-Microsoft-Antispam-Mailbox-Delivery null trusted"_qs,
               u"X-Forefront-Antispam-Report junk 5/5 trusted"_qs,
               u"X-Microsoft-Antispam junk 8/7 trusted"_qs,
               u"Authentication-Results null trusted"_qs};
    // Exchange writes its fields after the message's own, below every Received field.
    QTest::newRow("exchange-layout-below-the-received-fields")
        << u"microsoft-exchange-layout.eml"_qs << 2
        << QStringList{u"Authentication-Results null trusted"_qs,
               u"X-MS-Exchange-Organization-SCL junk 6/5 trusted"_qs,
               u"X-Microsoft-Antispam null 3/7 trusted"_qs};
    // A sending tenant's report in a message Gmail received: an earlier hop's claim.
    QTest::newRow("microsoft-field-at-a-gmail-receiver-is-a-claim")
        << u"gmail-dmarc-quarantine.eml"_qs << 2
        << QStringList{u"X-Forefront-Antispam-Report inbox -1/5 claim"_qs};
    QTest::newRow("junk-folder-although-not-spam-and-oreject")
        << u"microsoft-junk-not-filter.eml"_qs << 1
        << QStringList{u"X-Microsoft-Antispam-Mailbox-Delivery null trusted"_qs,
               u"X-Forefront-Antispam-Report inbox 1/5 trusted"_qs,
               u"X-Microsoft-Antispam null 0/7 trusted"_qs,
               u"Authentication-Results junk trusted"_qs};
    QTest::newRow("bypassed-by-a-mail-flow-rule")
        << u"microsoft-bypass.eml"_qs << 1
        << QStringList{u"X-Forefront-Antispam-Report inbox -1/5 trusted"_qs,
               u"X-MS-Exchange-Organization-SCL inbox -1/5 trusted"_qs,
               u"X-Microsoft-Antispam junk 7/7 trusted"_qs,
               u"Authentication-Results null trusted"_qs};
}

void TestMicrosoftFields::verdicts()
{
    QFETCH(QString, file);
    QFETCH(int, boundary);
    QFETCH(QStringList, expected);
    const ReceiverCase c = ReceiverCase::load(file, boundary);
    QVERIFY(!c.message.headers().isEmpty());
    QStringList got;
    for (const ReceiverVerdict &v : c.verdicts(u"microsoft"_qs)) {
        got << summary(v);
        QCOMPARE(v.vendorName.en, u"Microsoft 365 / Outlook.com"_qs);
        QVERIFY2(!v.fieldMeaning.en.isEmpty() && !v.fieldMeaning.ja.isEmpty(), qPrintable(v.field));
        QVERIFY2(v.fieldSource.startsWith(u"https://learn.microsoft.com/"), qPrintable(v.fieldSource));
    }
    QCOMPARE(got, expected);
    QCOMPARE(MicrosoftFields::receivedByMicrosoft(ReceiverContext{c.message, ReceiverCatalog::builtin(),
                 ReceiverFields::trustRule(c.hops)}),
        file.startsWith(u"microsoft"));
}

void TestMicrosoftFields::forefrontTokens()
{
    const ReceiverCase c = ReceiverCase::load(u"microsoft-junk.eml"_qs, 2);
    const QList<ReceiverVerdict> all = c.verdicts(u"microsoft"_qs);
    QCOMPARE(all.size(), 5);
    const ReceiverVerdict &v = all.at(2);
    QCOMPARE(v.field, u"X-Forefront-Antispam-Report"_qs);
    QCOMPARE(v.line, 6);
    const DecodedToken *scl = token(v, u"SCL"_qs);
    QVERIFY(scl && scl->documented);
    QCOMPARE(scl->value, u"5"_qs);
    QVERIFY(scl->meaning.en.startsWith(u"Spam filtering marked the message as spam"));
    QCOMPARE(scl->source, u"https://learn.microsoft.com/en-us/defender-office-365/anti-spam-spam-confidence-level-scl-about"_qs);
    const DecodedToken *sfv = token(v, u"SFV"_qs);
    QVERIFY(sfv && sfv->documented);
    QCOMPARE(sfv->meaning.en, u"Spam filtering marked the message as spam."_qs);
    QVERIFY(!sfv->meaning.ja.isEmpty());
    QCOMPARE(sfv->source, u"https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo"_qs);
    for (const char *name : {"CIP", "CTRY", "LANG", "IPV", "H", "PTR", "CAT", "DIR"}) {
        const DecodedToken *t = token(v, QLatin1String(name));
        QVERIFY2(t && t->documented && !t->label.ja.isEmpty(), name);
    }
    QCOMPARE(token(v, u"CIP"_qs)->value, u"198.51.100.23"_qs);
    // Written without a value: listed, not counted as undocumented.
    QVERIFY(token(v, u"SRV"_qs) && !token(v, u"SRV"_qs)->documented);
    QCOMPARE(v.undocumented, QStringList{u"SFS:(13230031)(4636009)(376002)"_qs});

    const ReceiverVerdict &antispam = all.at(3);
    QCOMPARE(antispam.field, u"X-Microsoft-Antispam"_qs);
    const DecodedToken *bcl = token(antispam, u"BCL"_qs);
    QVERIFY(bcl && bcl->documented);
    QVERIFY(bcl->meaning.en.contains(u"high number of complaints"));
    QCOMPARE(antispam.undocumented, QStringList{u"ARA:13230031|4636009|376002"_qs});

    const ReceiverVerdict &org = all.at(0);
    QCOMPARE(org.decoded.size(), 1);
    QVERIFY(org.decoded.at(0).documented);
    QVERIFY(org.undocumented.isEmpty());
}

void TestMicrosoftFields::mailboxDeliveryStaysRaw()
{
    const ReceiverCase c = ReceiverCase::load(u"microsoft-junk.eml"_qs, 2);
    const ReceiverVerdict v = c.verdicts(u"microsoft"_qs).at(1);
    QCOMPARE(v.field, u"X-Microsoft-Antispam-Mailbox-Delivery"_qs);
    // Microsoft documents none of these tokens: no meaning is shown for any of them.
    for (const DecodedToken &t : v.decoded)
        QVERIFY2(!t.documented && t.meaning.isEmpty(), qPrintable(t.token));
    QCOMPARE(v.undocumented,
        (QStringList{u"ucf:0"_qs, u"jmr:0"_qs, u"auth:0"_qs, u"dest:J"_qs,
            u"ENG:(910005)(944506478)(944626604)(920097)(930097)"_qs, u"RF:JunkEmail"_qs}));
    QCOMPARE(v.verdict, ReceiverVerdict::Verdict::Unknown);
    QVERIFY(v.fieldMeaning.en.contains(u"publishes no description"));
}

void TestMicrosoftFields::authenticationResults()
{
    const ReceiverCase c = ReceiverCase::load(u"microsoft-junk.eml"_qs, 2);
    const ReceiverVerdict v = c.verdicts(u"microsoft"_qs).at(4);
    QCOMPARE(v.field, u"Authentication-Results"_qs);
    QCOMPARE(token(v, u"spf"_qs)->value, u"softfail"_qs);
    QVERIFY(token(v, u"spf"_qs)->documented);
    QCOMPARE(token(v, u"compauth"_qs)->value, u"fail"_qs);
    const DecodedToken *reason = token(v, u"reason"_qs);
    QVERIFY(reason && reason->documented);
    QCOMPARE(reason->value, u"001"_qs);
    QVERIFY(reason->meaning.en.startsWith(u"Implicit authentication failed"));
    QCOMPARE(token(v, u"action"_qs)->value, u"none"_qs);
    QCOMPARE(token(v, u"header.from"_qs)->value, u"shop.example"_qs);
    QVERIFY(v.undocumented.isEmpty());

    const ReceiverCase o = ReceiverCase::load(u"microsoft-junk-not-filter.eml"_qs, 1);
    const ReceiverVerdict ar = o.verdicts(u"microsoft"_qs).at(3);
    const DecodedToken *action = token(ar, u"action"_qs);
    QVERIFY(action && action->documented);
    QCOMPARE(action->value, u"oreject"_qs);
    // Documented on the July 2023 revision of the page, kept as its own source.
    QVERIFY(action->meaning.en.startsWith(u"Override reject"));
    QCOMPARE(token(ar, u"reason"_qs)->meaning.en.left(30), u"Explicit authentication failed"_qs);

    const ReceiverCase b = ReceiverCase::load(u"microsoft-bypass.eml"_qs, 1);
    const ReceiverVerdict pass = b.verdicts(u"microsoft"_qs).at(3);
    QCOMPARE(token(pass, u"dmarc"_qs)->value, u"bestguesspass"_qs);
    QVERIFY(token(pass, u"dmarc"_qs)->documented);
    QVERIFY(token(pass, u"reason"_qs)->meaning.en.contains(u"ARC result was used"));
}

void TestMicrosoftFields::bypassTokens()
{
    const ReceiverCase c = ReceiverCase::load(u"microsoft-bypass.eml"_qs, 1);
    const QList<ReceiverVerdict> all = c.verdicts(u"microsoft"_qs);
    const ReceiverVerdict &ff = all.at(0);
    QVERIFY(token(ff, u"SFV"_qs)->meaning.en.contains(u"mail flow rule"));
    QVERIFY(token(ff, u"SCL"_qs)->meaning.en.startsWith(u"Spam filtering was skipped"));
    QVERIFY(token(ff, u"SFTY"_qs)->meaning.en.startsWith(u"First contact safety tip"));
    // CAT:NONE is written by Microsoft but not in its list of categories.
    QCOMPARE(ff.undocumented, (QStringList{u"CAT:NONE"_qs, u"ZZQ:7"_qs}));
    const ReceiverVerdict &antispam = all.at(2);
    const DecodedToken *pcl = token(antispam, u"PCL"_qs);
    QVERIFY(pcl && pcl->documented);
    QVERIFY(pcl->meaning.en.startsWith(u"Suspicious"));
    QCOMPARE(pcl->source, u"https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/antispam-stamps"_qs);
}

void TestMicrosoftFields::hints_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("boundary");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("bulk-and-implicit-compauth-failure")
        << u"microsoft-junk.eml"_qs << 2
        << QStringList{u"receiver.microsoft.bulk"_qs, u"receiver.microsoft.compauth_fail.implicit"_qs};
    // SFV:SKN, but in a claim (a sending tenant's field at a Gmail receiver): no hint.
    QTest::newRow("claims-give-no-hints") << u"gmail-dmarc-quarantine.eml"_qs << 2 << QStringList{};
    QTest::newRow("junk-folder-not-the-filter-oreject-explicit-failure")
        << u"microsoft-junk-not-filter.eml"_qs << 1
        << QStringList{u"receiver.microsoft.compauth_fail.explicit"_qs, u"receiver.microsoft.dmarc_oreject"_qs,
               u"receiver.microsoft.junk_not_filter"_qs};
    QTest::newRow("mail-flow-rule-bypass-and-bulk-at-threshold")
        << u"microsoft-bypass.eml"_qs << 1
        << QStringList{u"receiver.microsoft.bulk"_qs, u"receiver.microsoft.bypass_rule"_qs};
}

void TestMicrosoftFields::hints()
{
    QFETCH(QString, file);
    QFETCH(int, boundary);
    QFETCH(QStringList, keys);
    const ReceiverCase c = ReceiverCase::load(file, boundary);
    QStringList got;
    for (const ReceiverVerdict &v : c.verdicts(u"microsoft"_qs)) {
        for (const Finding &f : v.findings) {
            got << f.key;
            QVERIFY2(Explanations::hasText(f.key), qPrintable(f.key));
            QCOMPARE(f.header, v.field);
            QCOMPARE(f.line, v.line);
            for (const QString &arg : Explanations::argumentNames(f.key))
                QVERIFY2(!f.arg(arg).isNull(), qPrintable(f.key + u' ' + arg));
        }
    }
    got.sort();
    QCOMPARE(got, keys);
}

void TestMicrosoftFields::splitTokens_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("pairs");
    QTest::newRow("plain") << u"SCL:1;SFV:NSPM;"_qs << QStringList{u"SCL=1"_qs, u"SFV=NSPM"_qs};
    QTest::newRow("empty-value-and-no-colon") << u"SRV:;EFV"_qs << QStringList{u"SRV="_qs, u"EFV="_qs};
    QTest::newRow("ipv6-keeps-its-colons") << u"CIP:2001:db8::25;CTRY:;"_qs << QStringList{u"CIP=2001:db8::25"_qs, u"CTRY="_qs};
    QTest::newRow("spaces-and-empty-parts") << u" BCL:0; ;PCL:0 "_qs << QStringList{u"BCL=0"_qs, u"PCL=0"_qs};
}

void TestMicrosoftFields::splitTokens()
{
    QFETCH(QString, value);
    QFETCH(QStringList, pairs);
    QStringList got;
    for (const auto &[token, v] : MicrosoftFields::splitTokens(value))
        got << token + u'=' + v;
    QCOMPARE(got, pairs);
}

QTEST_GUILESS_MAIN(TestMicrosoftFields)
#include "TestMicrosoftFields.moc"
