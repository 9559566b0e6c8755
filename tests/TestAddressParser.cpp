#include "core/message/AddressParser.h"
#include "core/base/Limits.h"

#include <QTest>

using namespace kensa;

namespace {

// "name|local|domain|ascii|unicode|group" per mailbox, so that a table row can list them.
QStringList describe(const QList<Mailbox> &mailboxes)
{
    QStringList out;
    for (const Mailbox &m : mailboxes) {
        out.append(QStringList{
            m.displayName, m.localPart, m.domain, m.domainAscii, m.domainUnicode, m.group}
                       .join(u'|'));
    }
    return out;
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        QString line = f.key;
        for (const auto &[name, value] : f.args)
            line += u' ' + name + u'=' + value;
        out.append(line);
    }
    return out;
}

// A 10 MB field. No time limit here (speed belongs in benchmarks): a parser that went quadratic
// would run into the 300 s ctest timeout.
constexpr qsizetype LargeInputBytes = 10 * 1024 * 1024;

} // namespace

class TestAddressParser : public QObject
{
    Q_OBJECT

private slots:
    void parseList_data();
    void parseList();
    void parseReturnPath_data();
    void parseReturnPath();
    void address_data();
    void address();
    void manyAddresses();
    void largeInput_data();
    void largeInput();
};

void TestAddressParser::parseList_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("mailboxes");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("findings");

    QTest::newRow("addr-spec") << QByteArray("john@example.com")
                               << QStringList{u"|john|example.com|example.com|example.com|"_qs}
                               << QStringList{} << QStringList{};
    QTest::newRow("name-addr")
        << QByteArray("John Doe <john@example.com>")
        << QStringList{u"John Doe|john|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
    // RFC 5322 Appendix A.1.2 examples.
    QTest::newRow("rfc5322-a12-quoted-name")
        << QByteArray("\"Joe Q. Public\" <john.q.public@example.com>")
        << QStringList{u"Joe Q. Public|john.q.public|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("rfc5322-a12-list")
        << QByteArray("Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>")
        << QStringList{u"Mary Smith|mary|x.test|x.test|x.test|"_qs,
               u"|jdoe|example.org|example.org|example.org|"_qs,
               u"Who?|one|y.test|y.test|y.test|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("rfc5322-a12-quoted-comma")
        << QByteArray("<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>")
        << QStringList{u"|boss|nil.test|nil.test|nil.test|"_qs,
               u"Giant; \"Big\" Box|sysservices|example.net|example.net|example.net|"_qs}
        << QStringList{} << QStringList{};
    // RFC 5322 Appendix A.1.3 group examples.
    QTest::newRow("rfc5322-a13-group")
        << QByteArray("A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;")
        << QStringList{u"Ed Jones|c|a.test|a.test|a.test|A Group"_qs,
               u"|joe|where.test|where.test|where.test|A Group"_qs,
               u"John|jdoe|one.test|one.test|one.test|A Group"_qs}
        << QStringList{u"A Group"_qs} << QStringList{};
    QTest::newRow("group-empty") << QByteArray("Undisclosed recipients:;") << QStringList{}
                                 << QStringList{u"Undisclosed recipients"_qs} << QStringList{};
    QTest::newRow("group-without-semicolon")
        << QByteArray("undisclosed-recipients:") << QStringList{}
        << QStringList{u"undisclosed-recipients"_qs} << QStringList{};
    QTest::newRow("group-then-mailbox")
        << QByteArray("Team: a@x.example, b@y.example;, c@z.example")
        << QStringList{u"|a|x.example|x.example|x.example|Team"_qs,
               u"|b|y.example|y.example|y.example|Team"_qs,
               u"|c|z.example|z.example|z.example|"_qs}
        << QStringList{u"Team"_qs} << QStringList{};
    // RFC 5322 Appendix A.5: comments and folding white space everywhere.
    QTest::newRow("rfc5322-a5-comments")
        << QByteArray("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>")
        << QStringList{u"Pete|pete|silly.test|silly.test|silly.test|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("rfc5322-a5-group-comments")
        << QByteArray("A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,"
                      "\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); "
                      "(the end of the group)")
        << QStringList{u"Chris Jones|c|public.example|public.example|public.example|A Group"_qs,
               u"|joe|example.org|example.org|example.org|A Group"_qs,
               u"John|jdoe|one.test|one.test|one.test|A Group"_qs}
        << QStringList{u"A Group"_qs} << QStringList{};
    QTest::newRow("rfc5322-a6-obs-route")
        << QByteArray("Joe Q. Public <@machine.tld,@other.tld:john.q.public@example.com>")
        << QStringList{u"Joe Q. Public|john.q.public|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("obs-local-part-spaces")
        << QByteArray("john . q (middle) . public @ example . com")
        << QStringList{u"middle|john.q.public|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("comment-name")
        << QByteArray("user@example.com (John Doe)")
        << QStringList{u"John Doe|user|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("comment-nested-quoted-pair")
        << QByteArray("user@example.com (John (\"JD\") Doe \\(x\\))")
        << QStringList{u"John (\"JD\") Doe (x)|user|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("comment-encoded-word")
        << QByteArray("taro@example.jp (=?UTF-8?B?5bGx55Sw5aSq6YOO?=)")
        << QStringList{u"山田太郎|taro|example.jp|example.jp|example.jp|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("quoted-local-part")
        << QByteArray("\"john doe\"@example.com")
        << QStringList{u"|john doe|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("quoted-local-part-escapes")
        << QByteArray("<\"a\\\"b\\\\c\"@example.com>")
        << QStringList{u"|a\"b\\c|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("domain-literal")
        << QByteArray("user@[192.0.2.1]") << QStringList{u"|user|192.0.2.1||192.0.2.1|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("domain-literal-ipv6")
        << QByteArray("<user@[IPv6:2001:db8::1]>")
        << QStringList{u"|user|IPv6:2001:db8::1||IPv6:2001:db8::1|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("encoded-display-name-utf8")
        << QByteArray("=?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@example.jp>")
        << QStringList{u"山田太郎|taro|example.jp|example.jp|example.jp|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("encoded-display-name-iso-2022-jp") << QByteArray(
        "=?ISO-2022-JP?B?GyRCOzNFRBsoQg==?=\r\n =?ISO-2022-JP?B?GyRCQkBPOhsoQg==?= "
        "<taro@example.jp>") << QStringList{u"山田太郎|taro|example.jp|example.jp|example.jp|"_qs}
                                                      << QStringList{} << QStringList{};
    QTest::newRow("encoded-display-name-with-comma")
        << QByteArray("=?utf-8?Q?Doe,_John?= <john@example.com>, b@example.com")
        << QStringList{u"Doe, John|john|example.com|example.com|example.com|"_qs,
               u"|b|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("encoded-word-in-quotes")
        << QByteArray("\"=?UTF-8?B?44OG44K544OI?=\" <t@example.jp>")
        << QStringList{u"テスト|t|example.jp|example.jp|example.jp|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("raw-utf8-rfc6532")
        << QByteArray("山田 太郎 <山田@例え.jp>")
        << QStringList{u"山田 太郎|山田|例え.jp|xn--r8jz45g.jp|例え.jp|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("raw-iso-2022-jp-name")
        << QByteArray("\x1b$B;3ED\x1b(B <taro@example.jp>")
        << QStringList{u"山田|taro|example.jp|example.jp|example.jp|"_qs} << QStringList{}
        << QStringList{};
    // 本 is the JIS pair "K\\": the backslash must not escape the closing quote.
    QTest::newRow("raw-iso-2022-jp-quoted-name")
        << QByteArray("\"\x1b$BF|K\\\x1b(B\" <a@example.jp>")
        << QStringList{u"日本|a|example.jp|example.jp|example.jp|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("idn-u-label") << QByteArray("user@例え.jp")
                                 << QStringList{u"|user|例え.jp|xn--r8jz45g.jp|例え.jp|"_qs}
                                 << QStringList{} << QStringList{};
    QTest::newRow("idn-a-label") << QByteArray("user@XN--R8JZ45G.jp")
                                 << QStringList{u"|user|XN--R8JZ45G.jp|xn--r8jz45g.jp|例え.jp|"_qs}
                                 << QStringList{} << QStringList{};
    QTest::newRow("upper-case-domain")
        << QByteArray("User@Example.COM")
        << QStringList{u"|User|Example.COM|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("trailing-dot-domain")
        << QByteArray("user@example.com.")
        << QStringList{u"|user|example.com.|example.com|example.com.|"_qs} << QStringList{}
        << QStringList{};
    QTest::newRow("several-and-empty-elements")
        << QByteArray(" , a@x.example,, B <b@y.example> ,,")
        << QStringList{u"|a|x.example|x.example|x.example|"_qs,
               u"B|b|y.example|y.example|y.example|"_qs}
        << QStringList{} << QStringList{};
    QTest::newRow("empty-input") << QByteArray() << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("only-whitespace-and-comment")
        << QByteArray("  (nobody)  ") << QStringList{} << QStringList{} << QStringList{};

    // Corrupted and lenient rows.
    QTest::newRow("bad-idn") << QByteArray("user@xn--zz-.example")
                             << QStringList{u"|user|xn--zz-.example||xn--zz-.example|"_qs}
                             << QStringList{}
                             << QStringList{u"address.bad_idn domain=xn--zz-.example"_qs};
    QTest::newRow("no-domain") << QByteArray("john, b@example.com")
                               << QStringList{u"|john||||"_qs,
                                      u"|b|example.com|example.com|example.com|"_qs}
                               << QStringList{}
                               << QStringList{u"address.no_domain address=john"_qs};
    QTest::newRow("no-domain-in-angle")
        << QByteArray("John <john>") << QStringList{u"John|john||||"_qs} << QStringList{}
        << QStringList{u"address.no_domain address=john"_qs};
    QTest::newRow("unbalanced-angle")
        << QByteArray("John <john@example.com")
        << QStringList{u"John|john|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{u"address.unbalanced.angle what=angle"_qs};
    QTest::newRow("stray-closing-angle")
        << QByteArray("john@example.com>")
        << QStringList{u"|john|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{u"address.unbalanced.angle what=angle"_qs};
    QTest::newRow("unbalanced-comment")
        << QByteArray("a@example.com (John")
        << QStringList{u"John|a|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{u"address.unbalanced.comment what=comment"_qs};
    QTest::newRow("unbalanced-quote")
        << QByteArray("\"John <j@example.com>") << QStringList{u"|John <j@example.com>||||"_qs}
        << QStringList{}
        << QStringList{u"address.unbalanced.quote what=quote"_qs,
               u"address.no_domain address=\"John <j@example.com>\""_qs};
    QTest::newRow("syntax-junk-after-address")
        << QByteArray("a@example.com junk, b@example.com")
        << QStringList{u"|a|example.com|example.com|example.com|"_qs,
               u"|b|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{u"address.syntax position=15"_qs};
    // Positions count characters, not bytes: "日本" is two characters, six bytes.
    QTest::newRow("syntax-position-in-characters")
        << QByteArray("日本 <a@example.com> x, b@example.com")
        << QStringList{u"日本|a|example.com|example.com|example.com|"_qs,
               u"|b|example.com|example.com|example.com|"_qs}
        << QStringList{} << QStringList{u"address.syntax position=20"_qs};
    QTest::newRow("syntax-name-without-brackets")
        << QByteArray("John Smith@example.com")
        << QStringList{u"|John Smith|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{u"address.syntax position=6"_qs};
    QTest::newRow("syntax-semicolon-separator")
        << QByteArray("a@x.example; b@y.example")
        << QStringList{u"|a|x.example|x.example|x.example|"_qs,
               u"|b|y.example|y.example|y.example|"_qs}
        << QStringList{} << QStringList{u"address.syntax position=12"_qs};
    QTest::newRow("syntax-empty-angle")
        << QByteArray("<>, a@x.example") << QStringList{u"|a|x.example|x.example|x.example|"_qs}
        << QStringList{} << QStringList{u"address.syntax position=1"_qs};
    QTest::newRow("syntax-double-at")
        << QByteArray("<a@b.example@c.example>, d@x.example")
        << QStringList{u"|a|b.example|b.example|b.example|"_qs,
               u"|d|x.example|x.example|x.example|"_qs}
        << QStringList{} << QStringList{u"address.syntax position=13"_qs};
    QTest::newRow("syntax-literal-in-name")
        << QByteArray("[x] <a@x.example>, b@x.example")
        << QStringList{u"|b|x.example|x.example|x.example|"_qs} << QStringList{}
        << QStringList{u"address.syntax position=1"_qs};
    QTest::newRow("nul-bytes") << QByteArray("a\0b@example.com",
        15) << QStringList{QString::fromUtf8("|a\0b|example.com|example.com|example.com|", 41)}
                               << QStringList{} << QStringList{};
    QTest::newRow("latin1-name")
        << QByteArray("Andr\xe9 <andre@example.com>")
        << QStringList{u"Andr\u00e9|andre|example.com|example.com|example.com|"_qs} << QStringList{}
        << QStringList{};
}

void TestAddressParser::parseList()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, mailboxes);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, findings);

    const AddressList list = AddressParser::parseList(input);
    QCOMPARE(describe(list.mailboxes), mailboxes);
    QCOMPARE(list.groups, groups);
    QCOMPARE(describe(list.findings), findings);
    QVERIFY(!list.nullPath);
}

void TestAddressParser::parseReturnPath_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("nullPath");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("findings");

    QTest::newRow("null-path") << QByteArray("<>") << true << QStringList{} << QStringList{};
    QTest::newRow("null-path-spaces-comments")
        << QByteArray(" (bounce) < (x) > ") << true << QStringList{} << QStringList{};
    QTest::newRow("angle-path") << QByteArray("<bounce@example.com>") << false
                                << QStringList{u"bounce@example.com"_qs} << QStringList{};
    QTest::newRow("no-brackets") << QByteArray("bounce@example.com") << false
                                 << QStringList{u"bounce@example.com"_qs} << QStringList{};
    QTest::newRow("srs-local-part")
        << QByteArray("<SRS0=abcd=XY=example.org=user@fwd.example>") << false
        << QStringList{u"SRS0=abcd=XY=example.org=user@fwd.example"_qs} << QStringList{};
    QTest::newRow("unterminated") << QByteArray("<bounce@example.com") << false
                                  << QStringList{u"bounce@example.com"_qs}
                                  << QStringList{u"address.unbalanced.angle what=angle"_qs};
    QTest::newRow("null-path-with-junk") << QByteArray("<> x") << true << QStringList{}
                                         << QStringList{u"address.syntax position=4"_qs};
    QTest::newRow("empty") << QByteArray() << false << QStringList{} << QStringList{};
}

void TestAddressParser::parseReturnPath()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, nullPath);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, findings);

    const AddressList list = AddressParser::parseReturnPath(input);
    QCOMPARE(list.nullPath, nullPath);
    QStringList actual;
    for (const Mailbox &m : list.mailboxes)
        actual.append(m.address());
    QCOMPARE(actual, addresses);
    QCOMPARE(describe(list.findings), findings);
}

void TestAddressParser::address_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("display");

    QTest::newRow("plain") << QString() << u"john"_qs << u"example.com"_qs << u"john@example.com"_qs
                           << u"john@example.com"_qs;
    QTest::newRow("with-name") << u"John Doe"_qs << u"john"_qs << u"example.com"_qs
                               << u"john@example.com"_qs << u"John Doe <john@example.com>"_qs;
    QTest::newRow("dot-atom-local")
        << QString() << u"john.q.public"_qs << u"example.com"_qs << u"john.q.public@example.com"_qs
        << u"john.q.public@example.com"_qs;
    QTest::newRow("quoted-local-part")
        << QString() << u"john doe"_qs << u"example.com"_qs << u"\"john doe\"@example.com"_qs
        << u"\"john doe\"@example.com"_qs;
    QTest::newRow("quoted-local-part-escapes")
        << QString() << u"a\"b\\c"_qs << u"example.com"_qs << u"\"a\\\"b\\\\c\"@example.com"_qs
        << u"\"a\\\"b\\\\c\"@example.com"_qs;
    QTest::newRow("leading-dot-local")
        << QString() << u".john"_qs << u"example.com"_qs << u"\".john\"@example.com"_qs
        << u"\".john\"@example.com"_qs;
    QTest::newRow("utf8-local-rfc6532")
        << QString() << u"山田"_qs << u"例え.jp"_qs << u"山田@例え.jp"_qs << u"山田@例え.jp"_qs;
    QTest::newRow("ipv4-literal") << QString() << u"user"_qs << u"192.0.2.1"_qs
                                  << u"user@[192.0.2.1]"_qs << u"user@[192.0.2.1]"_qs;
    QTest::newRow("ipv6-literal") << QString() << u"user"_qs << u"IPv6:2001:db8::1"_qs
                                  << u"user@[IPv6:2001:db8::1]"_qs << u"user@[IPv6:2001:db8::1]"_qs;
    QTest::newRow("no-domain") << QString() << u"john"_qs << QString() << u"john"_qs << u"john"_qs;
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestAddressParser::address()
{
    QFETCH(QString, displayName);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QFETCH(QString, address);
    QFETCH(QString, display);

    Mailbox mailbox;
    mailbox.displayName = displayName;
    mailbox.localPart = localPart;
    mailbox.domain = domain;
    QCOMPARE(mailbox.address(), address);
    QCOMPARE(mailbox.display(), display);

    // What address() writes parses back to the same mailbox.
    if (!address.isEmpty() && !domain.isEmpty()) {
        const AddressList again = AddressParser::parseList(mailbox.display().toUtf8());
        QCOMPARE(again.mailboxes.size(), 1);
        QCOMPARE(again.mailboxes.first().localPart, localPart);
        QCOMPARE(again.mailboxes.first().domain, domain);
        QCOMPARE(again.mailboxes.first().displayName, displayName);
    }
}

void TestAddressParser::manyAddresses()
{
    // A 1 MB To: field with 50,000 addresses.
    QByteArray input;
    for (int i = 0; i < 50000; ++i)
        input += "User " + QByteArray::number(i) + " <user" + QByteArray::number(i)
            + "@example.com>, ";
    QVERIFY(input.size() > 1000 * 1000);

    const AddressList list = AddressParser::parseList(input);
    QCOMPARE(list.mailboxes.size(), Limits::MaxAddresses);
    QCOMPARE(list.mailboxes.last().localPart, u"user%1"_qs.arg(Limits::MaxAddresses - 1));
    QCOMPARE(describe(list.findings),
        QStringList{u"address.too_many limit=%1"_qs.arg(Limits::MaxAddresses)});
}

void TestAddressParser::largeInput_data()
{
    // The 10 MB value is built in largeInput() from `prefix` and copies of `unit`.
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("firstFinding"); // "" when none

    QTest::newRow("10mb-open-comments")
        << QByteArray() << QByteArray("(") << u"address.unbalanced.comment"_qs;
    QTest::newRow("10mb-open-quote")
        << QByteArray("\"") << QByteArray("a,") << u"address.unbalanced.quote"_qs;
    QTest::newRow("10mb-words") << QByteArray() << QByteArray("word ") << u"address.no_domain"_qs;
    QTest::newRow("10mb-angles") << QByteArray() << QByteArray("<") << u"address.syntax"_qs;
    QTest::newRow("10mb-closing-angles")
        << QByteArray() << QByteArray(">") << u"address.unbalanced.angle"_qs;
    QTest::newRow("10mb-commas") << QByteArray() << QByteArray(",") << QString();
    QTest::newRow("10mb-semicolons") << QByteArray() << QByteArray(";") << u"address.syntax"_qs;
    QTest::newRow("10mb-at-signs") << QByteArray() << QByteArray("@") << u"address.syntax"_qs;
    QTest::newRow("10mb-groups") << QByteArray() << QByteArray("g:;") << u"address.too_many"_qs;
    QTest::newRow("10mb-colons") << QByteArray() << QByteArray(":") << u"address.syntax"_qs;
    QTest::newRow("10mb-no-commas")
        << QByteArray() << QByteArray("a@b.example ") << u"address.syntax"_qs;
    QTest::newRow("10mb-encoded-word-starts")
        << QByteArray() << QByteArray("=?") << u"address.no_domain"_qs;
    QTest::newRow("10mb-nul") << QByteArray() << QByteArray(1, '\0') << u"address.no_domain"_qs;
}

void TestAddressParser::largeInput()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, unit);
    QFETCH(QString, firstFinding);

    const QByteArray value = prefix + unit.repeated(LargeInputBytes / unit.size() + 1);

    const AddressList list = AddressParser::parseList(value);
    QVERIFY(list.mailboxes.size() <= Limits::MaxAddresses);
    QVERIFY(list.findings.size() <= 5 * Limits::MaxFindingsPerKey);
    if (firstFinding.isEmpty())
        QVERIFY(list.findings.isEmpty());
    else
        QCOMPARE(list.findings.value(0).key, firstFinding);
}

QTEST_GUILESS_MAIN(TestAddressParser)
#include "TestAddressParser.moc"
