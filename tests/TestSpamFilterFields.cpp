// SpamAssassin, rspamd and the Japanese ISPs' verdict fields (issue 14 items 4, 5 and 8), decoded
// field by field from header blocks written here from the published formats
// (tests/data/receivers/). Each verdict is summarised on one line:
//   vendor field@line trusted|claim verdict score/threshold
//   | tokens: name=value+ (documented) or name=value? (undocumented)
//   | rules: NAME(weight)[options]{family}+ or ? | undocumented: ... | findings: key(args)
#include "core/hops/HopTimeline.h"
#include "core/i18n/Explanations.h"
#include "core/message/Message.h"
#include "core/receiver/ReceiverCatalog.h"
#include "core/receiver/ReceiverFields.h"

#include <QFile>
#include <QtTest>

using namespace kensa;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(KENSA_TEST_DATA_DIR "/receivers/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The boundary is the `boundary`-th Received field from the top (its line), as HopTimeline
// places it; -1: no Received field counts (nothing can be placed).
HopTimeline timeline(const Message &message, int boundary)
{
    HopTimeline t;
    const QList<const HeaderField *> received = message.fields("Received");
    if (boundary < 0 || boundary >= received.size())
        return t;
    HopTimeline::Hop hop;
    hop.index = 0;
    hop.hop.line = received.at(boundary)->line;
    hop.trusted = true;
    hop.boundary = true;
    t.hops << hop;
    t.boundaryIndex = 0;
    return t;
}

// The glossary's rule: full-width （） around Japanese words; half-width only inside code.
bool halfWidthBracketByJapanese(const QString &text)
{
    const auto japanese = [](QChar c) { return c.unicode() >= 0x3000; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'(' && text.at(i) != u')')
            continue;
        if ((i > 0 && japanese(text.at(i - 1))) || (i + 1 < text.size() && japanese(text.at(i + 1))))
            return true;
    }
    return false;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString summary(const ReceiverVerdict &v)
{
    QStringList tokens;
    for (const DecodedToken &t : v.decoded)
        tokens << t.token + u'=' + t.value + (t.documented ? u'+' : u'?');
    QStringList rules;
    for (const ReceiverRule &r : v.rules) {
        QString text = r.name;
        if (r.weight)
            text += u'(' + QString::number(*r.weight) + u')';
        if (!r.options.isEmpty())
            text += u'[' + r.options + u']';
        if (!r.family.isEmpty())
            text += u'{' + r.family + u'}';
        rules << text + (r.documented ? u'+' : u'?');
    }
    QStringList findings;
    for (const Finding &f : v.findings) {
        QStringList args;
        for (const auto &a : f.args)
            args << a.first + u'=' + a.second;
        findings << f.key + u'(' + args.join(u',') + u')';
    }
    const QString verdict = verdictName(v.verdict);
    return QStringLiteral("%1 %2@%3 %4 %5 %6/%7 | tokens: %8 | rules: %9 | undocumented: %10 | findings: %11")
        .arg(v.vendor, v.field, QString::number(v.line), v.trusted ? u"trusted"_qs : u"claim"_qs,
            verdict.isEmpty() ? u"null"_qs : verdict, number(v.score), number(v.threshold), tokens.join(u' '),
            rules.join(u' '))
        .arg(v.undocumented.join(u' '), findings.join(u' '));
}

} // namespace

class TestSpamFilterFields : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void everyMeaningHasBothLanguages();
};

void TestSpamFilterFields::decode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("boundary");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("spamassassin-tagged-at-ocn-with-meiwaku") << "ocn-spamassassin-meiwaku.eml" << 0 << QStringList{
        u"ocn X-OCN-SPAM-CHECK@4 trusted tagged 100/- | tokens: percentage=100.00%+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Checker-Version@5 trusted null -/- | tokens: version=3.4.6+ subversion=2021-04-09+ host=mf01.ocn.example+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Flag@6 trusted tagged -/- | tokens: flag=YES+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Level@7 trusted null -/- | tokens: stars=8+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Status@8 trusted tagged 8.9/5 | tokens: verdict=Yes+ score=8.9+ required=5.0+ autolearn=no+ autolearn_force=no? version=3.4.6+"
        " | rules: BAYES_99{bayes}+ BAYES_999{bayes}+ HTML_MESSAGE{html}+ MIME_HTML_ONLY{html}+ RCVD_IN_VALIDITY_RPBL_BLOCKED{dnsbl_blocked}+ RDNS_NONE{rdns}+ SPF_HELO_NONE{spf}+ SPF_NONE{spf}+ URIBL_BLOCKED{uribl_blocked}+"
        " | undocumented: autolearn_force=no"
        " | findings: receiver.spamassassin.over_threshold(score=8.9,threshold=5) receiver.dnsbl.lookup_blocked(rules=RCVD_IN_VALIDITY_RPBL_BLOCKED) receiver.uribl.lookup_blocked(rules=URIBL_BLOCKED)"_qs,
        u"ocn Subject@17 trusted tagged -/- | tokens: [meiwaku]=[meiwaku]+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("spamassassin-report-bayes-heaviest-local-rule-undocumented") << "spamassassin-report.eml" << 0 << QStringList{
        u"spamassassin X-Spam-Checker-Version@2 trusted null -/- | tokens: version=4.0.1+ subversion=2024-03-26+ host=filter.hosting.example.jp+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Flag@3 trusted tagged -/- | tokens: flag=YES+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Level@4 trusted null -/- | tokens: stars=6+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Status@5 trusted tagged 6.6/5 | tokens: verdict=Yes+ score=6.6+ required=5.0+ autolearn=no+ autolearn_force=no? version=4.0.1+"
        " | rules: BAYES_95{bayes}+ DKIM_SIGNED{dkim}+ DKIM_VALID{dkim}+ DKIM_VALID_AU{dkim}+ FREEMAIL_FROM{freemail}+ LOCAL_JP_NEWSLETTER? RCVD_IN_DNSWL_BLOCKED{dnsbl_blocked}+ RCVD_IN_ZEN_BLOCKED_OPENDNS{dnsbl_blocked}+ SPF_PASS{spf}+ URIBL_BLOCKED{uribl_blocked}+"
        " | undocumented: LOCAL_JP_NEWSLETTER autolearn_force=no"
        " | findings: receiver.spamassassin.over_threshold(score=6.6,threshold=5) receiver.spamassassin.heaviest_rule(rule=LOCAL_JP_NEWSLETTER,points=3.5)"
        " receiver.dnsbl.lookup_blocked(rules=RCVD_IN_DNSWL_BLOCKED, RCVD_IN_ZEN_BLOCKED_OPENDNS) receiver.uribl.lookup_blocked(rules=URIBL_BLOCKED)"_qs,
        u"spamassassin X-Spam-Report@9 trusted null -/- | tokens:  | rules:"
        " RCVD_IN_ZEN_BLOCKED_OPENDNS(0)[RBL: ADMINISTRATOR NOTICE: The query to zen.spamhaus.org was blocked due to usage of an open resolver.]{dnsbl_blocked}+"
        " URIBL_BLOCKED(0)[ADMINISTRATOR NOTICE: The query to URIBL was blocked.]{uribl_blocked}+"
        " BAYES_95(3)[BODY: Bayes spam probability is 95 to 99% [score: 0.9712]]{bayes}+"
        " LOCAL_JP_NEWSLETTER(3.5)[Local rule of this host]?"
        " DKIM_SIGNED(0.1)[Message has a DKIM or DK signature, not necessarily valid]{dkim}+"
        " DKIM_VALID(-0.1)[Message has at least one valid DKIM or DK signature]{dkim}+"
        " DKIM_VALID_AU(-0.1)[Message has a valid DKIM or DK signature from author's domain]{dkim}+"
        " FREEMAIL_FROM(0.2)[Sender email is commonly abused enduser mail provider]{freemail}+"
        " RCVD_IN_DNSWL_BLOCKED(0)[RBL: ADMINISTRATOR NOTICE: The query to DNSWL was blocked.]{dnsbl_blocked}+"
        " SPF_PASS(0)[SPF: sender matches SPF record]{spf}+"
        " | undocumented: LOCAL_JP_NEWSLETTER | findings: "_qs,
    };
    QTest::newRow("spamassassin-testsscores-bayes-99-heaviest") << "spamassassin-bayes99.eml" << 0 << QStringList{
        u"spamassassin X-Spam-Status@1 trusted tagged 5.8/5 | tokens: verdict=Yes+ score=5.8+ required=5.0+ autolearn=disabled+ version=3.4.6+"
        " | rules: BAYES_99(3.5){bayes}+ BAYES_999(0.2){bayes}+ HTML_MESSAGE(0.001){html}+ RDNS_DYNAMIC(0.982){rdns}+ SPF_SOFTFAIL(0.665){spf}+ URIBL_GREY(0.424){uribl}+"
        " | undocumented:  | findings: receiver.spamassassin.over_threshold(score=5.8,threshold=5)"
        " receiver.spamassassin.bayes_heaviest(rule=BAYES_99,points=3.5)"_qs,
    };
    QTest::newRow("spamassassin-2x-hits-folded-without-commas") << "spamassassin-2x-hits.eml" << 0 << QStringList{
        u"spamassassin X-Spam-Status@1 trusted tagged 8.3/5 | tokens: verdict=Yes+ hits=8.3+ required=5.0+ autolearn=spam+ version=2.63+"
        " | rules: BAYES_99{bayes}+ FORGED_MUA_OUTLOOK? MISSING_HEADERS{headers}+ | undocumented: FORGED_MUA_OUTLOOK"
        " | findings: receiver.spamassassin.over_threshold(score=8.3,threshold=5)"_qs,
        u"spamassassin X-Spam-Level@3 trusted null -/- | tokens: stars=8+ | rules:  | undocumented:  | findings: "_qs,
        u"spamassassin X-Spam-Flag@4 trusted tagged -/- | tokens: flag=YES+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("spamassassin-testsscores-ham-bayes-00") << "spamassassin-testsscores-ham.eml" << 0 << QStringList{
        u"spamassassin X-Spam-Status@1 trusted inbox -0.3/5 | tokens: verdict=No+ score=-0.3+ required=5.0+ autolearn=ham+ version=3.4.6+"
        " | rules: BAYES_00(-1.9){bayes}+ DKIM_SIGNED(0.1){dkim}+ DKIM_VALID(-0.1){dkim}+ DKIM_VALID_AU(-0.1){dkim}+ KAM_SOMETHING(1.7)? SPF_PASS(-0.001){spf}+"
        " | undocumented: KAM_SOMETHING | findings: "_qs,
        u"spamassassin X-Spam-Level@4 trusted null -/- | tokens: stars=0+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("spamassassin-below-the-boundary-is-a-claim") << "spamassassin-testsscores-ham.eml" << -1 << QStringList{
        u"spamassassin X-Spam-Status@1 claim inbox -0.3/5 | tokens: verdict=No+ score=-0.3+ required=5.0+ autolearn=ham+ version=3.4.6+"
        " | rules: BAYES_00(-1.9){bayes}+ DKIM_SIGNED(0.1){dkim}+ DKIM_VALID(-0.1){dkim}+ DKIM_VALID_AU(-0.1){dkim}+ KAM_SOMETHING(1.7)? SPF_PASS(-0.001){spf}+"
        " | undocumented: KAM_SOMETHING | findings: "_qs,
        u"spamassassin X-Spam-Level@4 claim null -/- | tokens: stars=0+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("rspamd-reject-every-symbol") << "rspamd-reject.eml" << 0 << QStringList{
        u"rspamd X-Rspamd-Queue-Id@1 trusted null -/- | tokens: queue_id=4F2A11C0042+ | rules:  | undocumented:  | findings: "_qs,
        u"rspamd X-Rspamd-Server@2 trusted null -/- | tokens: server=rspamd01.example.org+ | rules:  | undocumented:  | findings: "_qs,
        u"rspamd X-Spamd-Result@3 trusted reject 16.42/15 | tokens: spam=True+ score=16.42+ threshold=15.00+"
        " | rules: BAYES_SPAM(5.1)[99.99%]{bayes}+ RBL_SPAMHAUS_BLOCKED_OPENRESOLVER(0)[25.113.0.203.zen.spamhaus.org:query timed out]{dnsbl_blocked}+"
        " URIBL_BLOCKED(0)[campaign.example:url]{uribl_blocked}+ R_SPF_FAIL(1)[-all]{spf}+"
        " DMARC_POLICY_REJECT(2)[bank.example : No valid SPF, No valid DKIM,reject]{dmarc}+ R_DKIM_NA(0){dkim}+"
        " HFILTER_HOSTNAME_UNKNOWN(2.5){hfilter}+ MIME_HTML_ONLY(0.2){mime}+ FROM_HAS_DN(0){headers}+ RCPT_COUNT_ONE(0)[1]{recipients}+"
        " ASN(0)[asn:64500, ipnet:203.0.113.0/24, country:ZZ]{network}+ NEW_SYMBOL_X(5.62)[a[b]c]?"
        " | undocumented: NEW_SYMBOL_X"
        " | findings: receiver.dnsbl.lookup_blocked(rules=RBL_SPAMHAUS_BLOCKED_OPENRESOLVER) receiver.uribl.lookup_blocked(rules=URIBL_BLOCKED)"_qs,
        u"rspamd X-Spamd-Bar@16 trusted null -/- | tokens: bar=+++++++++++++++++ | rules:  | undocumented:  | findings: "_qs,
        u"rspamd X-Rspamd-Action@17 trusted reject -/- | tokens: action=reject+ | rules:  | undocumented:  | findings: receiver.rspamd.reject()"_qs,
        u"rspamd X-Rspamd-Pre-Result@18 trusted null -/- | tokens:  | rules:  | undocumented: X-Rspamd-Pre-Result | findings: "_qs,
    };
    QTest::newRow("rspamd-ham-trusted-and-an-earlier-hop-claim") << "rspamd-ham-with-claim.eml" << 0 << QStringList{
        u"rspamd X-Rspamd-Action@1 trusted inbox -/- | tokens: action=no action+ | rules:  | undocumented:  | findings: "_qs,
        u"rspamd X-Spamd-Result@2 trusted inbox -2.16/15 | tokens: spam=False+ score=-2.16+ threshold=15.00+"
        " | rules: ARC_ALLOW(-1)[lists.example.org:s=arc-2024:i=1]{arc}+ DMARC_POLICY_ALLOW(-0.5)[example.com,quarantine]{dmarc}+"
        " R_DKIM_ALLOW(-0.2)[example.com:s=k2024]{dkim}+ R_SPF_ALLOW(-0.2)[+ip4:192.0.2.0/24:c]{spf}+ MIME_GOOD(-0.1)[text/plain]{mime}+"
        " DBL_BLOCKED_OPENRESOLVER(0)[example.com:dkim,lists.example.org:helo]{uribl_blocked}+"
        " | undocumented:  | findings: receiver.uribl.lookup_blocked(rules=DBL_BLOCKED_OPENRESOLVER)"_qs,
        u"rspamd X-Rspamd-Server@9 trusted null -/- | tokens: server=lfdr+ | rules:  | undocumented:  | findings: "_qs,
        u"rspamd X-Spamd-Result@13 claim tagged 9/15 | tokens: spam=True+ score=9.00+ threshold=15.00+"
        " | rules: BAYES_SPAM(5.1)[98.00%]{bayes}+ RBL_SPAMHAUS_BLOCKED(0){dnsbl_blocked}+ | undocumented:  | findings: "_qs,
        u"rspamd X-Rspamd-Action@16 claim tagged -/- | tokens: action=add header+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("rspamd-soft-reject") << "rspamd-soft-reject.eml" << 0 << QStringList{
        u"rspamd X-Rspamd-Action@1 trusted null -/- | tokens: action=soft reject+ | rules:  | undocumented:  | findings: receiver.rspamd.soft_reject()"_qs,
        u"rspamd X-Spamd-Bar@2 trusted null -/- | tokens: bar=/+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("nfilter-spam-bayes-japanese-subject") << "nfilter-spam.eml" << 0 << QStringList{
        u"nfilter X-MD-Class@1 trusted tagged -/- | tokens: class=spam+ | rules:  | undocumented:  | findings: "_qs,
        u"nfilter X-MD-Comment@2 trusted null -/- | tokens: method=bayes+ | rules:  | undocumented:  | findings: "_qs,
        u"nfilter X-MD-Id@3 trusted null -/- | tokens: id=0001234567+ | rules:  | undocumented:  | findings: "_qs,
        u"nfilter X-MD-Learn@4 trusted null -/- | tokens: learn=4c1e9a7b+ | rules:  | undocumented:  | findings: "_qs,
        u"nfilter Subject@9 trusted tagged -/- | tokens: [spam]=[spam]+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("biglobe-spamcheck-raw-subject-documented") << "biglobe-spam.eml" << 0 << QStringList{
        u"biglobe X-Biglobe-Spamcheck@1 trusted null -/- | tokens:  | rules:  | undocumented: sp=1 | findings: "_qs,
        u"biglobe Subject@6 trusted tagged -/- | tokens: [spam]=[spam]+ | rules:  | undocumented:  | findings: "_qs,
    };
    QTest::newRow("subject-tag-without-vendor-field-is-a-claim") << "subject-tag-generic.eml" << 0 << QStringList{
        u"subject_tag Subject@5 claim tagged -/- | tokens: [SPAM-SUSPECT]=[SPAM-SUSPECT]? | rules:  | undocumented: [SPAM-SUSPECT] | findings: "_qs,
    };
    QTest::newRow("subject-tag-meiwaku-documented-by-optage") << "subject-tag-meiwaku.eml" << 0 << QStringList{
        u"subject_tag Subject@5 claim tagged -/- | tokens: [MEIWAKU]=[MEIWAKU]+ | rules:  | undocumented:  | findings: "_qs,
    };
}

void TestSpamFilterFields::decode()
{
    QFETCH(QString, file);
    QFETCH(int, boundary);
    QFETCH(QStringList, expected);

    const QByteArray bytes = readData(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const Message message = Message::parse(bytes);
    QStringList actual;
    for (const ReceiverVerdict &v : ReceiverFields::read(message, timeline(message, boundary))) {
        actual << summary(v);
        // Every hint has its text in both languages (the Japanese in kensa_ja.ts).
        for (const Finding &f : v.findings)
            QVERIFY2(Explanations::hasText(f.key), qPrintable(f.key));
    }
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.value(i), expected.value(i));
}

// The data of this part: every field, token value and rule has English and Japanese text and a
// source (the catalogue refuses a file otherwise, so a broken file shows as a missing vendor).
void TestSpamFilterFields::everyMeaningHasBothLanguages()
{
    const ReceiverCatalog &catalog = ReceiverCatalog::builtin();
    for (const QString &vendor : {u"spamassassin"_qs, u"rspamd"_qs, u"ocn"_qs, u"biglobe"_qs, u"nfilter"_qs, u"subject_tag"_qs}) {
        QVERIFY2(catalog.vendors().contains(vendor), qPrintable(vendor));
        for (const ReceiverCatalog::Rule &rule : catalog.rules(vendor)) {
            QVERIFY2(!rule.meaning.en.isEmpty() && !rule.meaning.ja.isEmpty(), qPrintable(rule.name));
            QVERIFY2(rule.source.startsWith(u"https://"), qPrintable(rule.name));
            QVERIFY2(!rule.family.isEmpty(), qPrintable(rule.name));
            QVERIFY2(!halfWidthBracketByJapanese(rule.meaning.ja), qPrintable(rule.meaning.ja));
        }
        for (const ReceiverCatalog::Field &field : catalog.fields(vendor)) {
            for (const ReceiverCatalog::Token &token : field.tokens) {
                QVERIFY2(!token.values.isEmpty(), qPrintable(field.name + u' ' + token.token));
                for (const ReceiverCatalog::Value &value : token.values) {
                    QVERIFY2(!value.meaning.en.isEmpty() && !value.meaning.ja.isEmpty(),
                        qPrintable(field.name + u' ' + token.token + u' ' + value.value));
                    QVERIFY2(!halfWidthBracketByJapanese(value.meaning.ja), qPrintable(value.meaning.ja));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSpamFilterFields)
#include "TestSpamFilterFields.moc"
