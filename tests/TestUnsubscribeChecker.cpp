#include "core/auth/dkim/DkimResult.h"
#include "core/i18n/Explanations.h"
#include "core/base/Limits.h"
#include "core/message/Message.h"
#include "core/message/MimePart.h"
#include "core/net/OrganizationalDomain.h"
#include "core/sender/MarketingSignals.h"
#include "core/unsubscribe/UnsubscribeChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace kensa;

namespace {

// Test messages are written with "\n"; mail has CRLF.
QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray message(const QByteArray &extraHeaders, const QByteArray &body = "Hello.\n")
{
    return crlf("From: Example News <news@example.com>\n"
                "To: reader@example.org\n"
                "Subject: Our news\n"
                "Date: Mon, 3 Jun 2024 10:00:00 +0900\n"
                "Message-ID: <20240603.1@example.com>\n"
        + extraHeaders + "\n" + body);
}

QByteArray htmlMessage(const QByteArray &html, const QByteArray &charset = "utf-8")
{
    return message(
        "MIME-Version: 1.0\nContent-Type: text/html; charset=" + charset + "\n", html + "\n");
}

DkimResult signature(const char *domain, const char *result, const char *signedHeaders)
{
    DkimResult d;
    d.domain = QString::fromLatin1(domain);
    d.selector = QStringLiteral("s1");
    d.result = QString::fromLatin1(result);
    d.signedHeaders = QString::fromLatin1(signedHeaders).split(u':');
    return d;
}

const char *const BothFields = "from:to:subject:list-unsubscribe:list-unsubscribe-post";

UnsubscribeResult run(const QByteArray &bytes,
    const QList<DkimResult> &dkim = {},
    const QString &fromDomain = QStringLiteral("example.com"))
{
    const Message m = Message::parse(bytes);
    const MimePart mime = MimePart::parse(m);
    return UnsubscribeChecker::check(m, mime, dkim, fromDomain, OrganizationalDomain::system());
}

QStringList keys(const UnsubscribeResult &r)
{
    QStringList out;
    for (const Finding &f : r.findings) {
        if (!out.contains(f.key))
            out.append(f.key);
    }
    out.sort();
    return out;
}

QString argOf(const UnsubscribeResult &r, const QString &key, const QString &name)
{
    for (const Finding &f : r.findings) {
        if (f.key == key)
            return f.arg(name);
    }
    return {};
}

// Every finding has a sentence, a line, and a key in the checker's namespace.
void verifyFindings(const UnsubscribeResult &r)
{
    QHash<QString, int> perKey;
    for (const Finding &f : r.findings) {
        if (f.key == u"message.findings.more") {
            QCOMPARE(perKey.value(f.arg(QStringLiteral("key"))), Limits::MaxFindingsPerKey);
            QVERIFY(f.arg(QStringLiteral("count")).toInt() > 0);
            continue;
        }
        QVERIFY(++perKey[f.key] <= Limits::MaxFindingsPerKey);
        QVERIFY2(f.key.startsWith(u"unsub."), qPrintable(f.key));
        QVERIFY2(Explanations::hasText(f.key), qPrintable(f.key));
        const QStringList names = Explanations::argumentNames(f.key);
        for (const QString &name : names)
            QVERIFY2(!f.arg(name).isNull(), qPrintable(f.key + u' ' + name));
    }
    QVERIFY(r.uris.size() <= Limits::MaxUnsubscribeUris);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestUnsubscribeChecker : public QObject
{
    Q_OBJECT
private slots:
    void listUnsubscribe_data();
    void listUnsubscribe();
    void post_data();
    void post();
    void dkimCoverage_data();
    void dkimCoverage();
    void bodyLink_data();
    void bodyLink();
    void marketing_data();
    void marketing();
    void bulkHeadersFromServices_data();
    void bulkHeadersFromServices();
    void corrupted_data();
    void corrupted();
    void resultEquality_data();
    void resultEquality();
    void findingFields();
    void bodyLinkNames();
};

void TestUnsubscribeChecker::listUnsubscribe_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QStringList>("uris");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QString>("bracketed"); // one y/n per URI
    QTest::addColumn<QString>("flags"); // https, http, mailto seen
    QTest::addColumn<QStringList>("findings");

    QTest::newRow("https-and-mailto")
        << QByteArray("List-Unsubscribe: <https://example.com/u?id=1>, "
                      "<mailto:leave@example.com?subject=unsubscribe>\n")
        << QStringList{QStringLiteral("https://example.com/u?id=1"),
               QStringLiteral("mailto:leave@example.com?subject=unsubscribe")}
        << QStringList{QStringLiteral("https"), QStringLiteral("mailto")} << QStringLiteral("yy")
        << QStringLiteral("https,mailto") << QStringList{QStringLiteral("unsub.post.missing")};
    // RFC 2369 §2 example: comments between the URIs.
    QTest::newRow("comments-between-uris")
        << QByteArray("List-Unsubscribe: (Use this command to get off the list)\n"
                      "     <mailto:list-manager@host.com?body=unsubscribe%20list>, (or the web)\n"
                      " <https://host.com/leave> (nested (comment))\n")
        << QStringList{QStringLiteral("mailto:list-manager@host.com?body=unsubscribe%20list"),
               QStringLiteral("https://host.com/leave")}
        << QStringList{QStringLiteral("mailto"), QStringLiteral("https")} << QStringLiteral("yy")
        << QStringLiteral("https,mailto") << QStringList{QStringLiteral("unsub.post.missing")};
    // RFC 2369 §2: white space inside the brackets (folding) is ignored.
    QTest::newRow("folding-inside-uri")
        << QByteArray(
               "List-Unsubscribe: <https://example.com/unsubscribe?\n list=news&\n\tid=12345>\n")
        << QStringList{QStringLiteral("https://example.com/unsubscribe?list=news&id=12345")}
        << QStringList{QStringLiteral("https")} << QStringLiteral("y") << QStringLiteral("https")
        << QStringList{QStringLiteral("unsub.post.missing")};
    QTest::newRow("several-uris") << QByteArray(
        "List-Unsubscribe: <https://a.example.com/u>,<http://b.example.com/u>,\n"
        " <mailto:c@example.com>,<https://d.example.com/u>\n")
                                  << QStringList{QStringLiteral("https://a.example.com/u"),
                                         QStringLiteral("http://b.example.com/u"),
                                         QStringLiteral("mailto:c@example.com"),
                                         QStringLiteral("https://d.example.com/u")}
                                  << QStringList{QStringLiteral("https"),
                                         QStringLiteral("http"),
                                         QStringLiteral("mailto"),
                                         QStringLiteral("https")}
                                  << QStringLiteral("yyyy") << QStringLiteral("https,http,mailto")
                                  << QStringList{QStringLiteral("unsub.post.missing")};
    QTest::newRow("no-brackets") << QByteArray(
        "List-Unsubscribe: https://example.com/u, mailto:leave@example.com\n")
                                 << QStringList{QStringLiteral("https://example.com/u"),
                                        QStringLiteral("mailto:leave@example.com")}
                                 << QStringList{QStringLiteral("https"), QStringLiteral("mailto")}
                                 << QStringLiteral("nn") << QStringLiteral("https,mailto")
                                 << QStringList{QStringLiteral("unsub.post.missing"),
                                        QStringLiteral("unsub.uri.not_bracketed")};
    QTest::newRow("http-only") << QByteArray("List-Unsubscribe: <http://example.com/u>\n")
                               << QStringList{QStringLiteral("http://example.com/u")}
                               << QStringList{QStringLiteral("http")} << QStringLiteral("y")
                               << QStringLiteral("http") << QStringList{};
    QTest::newRow("mailto-only") << QByteArray("List-Unsubscribe: <mailto:leave@example.com>\n")
                                 << QStringList{QStringLiteral("mailto:leave@example.com")}
                                 << QStringList{QStringLiteral("mailto")} << QStringLiteral("y")
                                 << QStringLiteral("mailto")
                                 << QStringList{QStringLiteral("unsub.mailto_only")};
    QTest::newRow("upper-case-scheme")
        << QByteArray("List-Unsubscribe: <HTTPS://Example.com/U>\n")
        << QStringList{QStringLiteral("HTTPS://Example.com/U")}
        << QStringList{QStringLiteral("https")} << QStringLiteral("y") << QStringLiteral("https")
        << QStringList{QStringLiteral("unsub.post.missing")};
    QTest::newRow("unknown-scheme")
        << QByteArray("List-Unsubscribe: <ftp://example.com/leave>\n")
        << QStringList{QStringLiteral("ftp://example.com/leave")}
        << QStringList{QStringLiteral("ftp")} << QStringLiteral("y") << QString()
        << QStringList{QStringLiteral("unsub.uri.unknown_scheme")};
    QTest::newRow("no-scheme") << QByteArray("List-Unsubscribe: <example.com/leave>\n")
                               << QStringList{QStringLiteral("example.com/leave")}
                               << QStringList{QString()} << QStringLiteral("y") << QString()
                               << QStringList{QStringLiteral("unsub.uri.invalid")};
    QTest::newRow("empty-brackets")
        << QByteArray("List-Unsubscribe: <>, <mailto:leave@example.com>\n")
        << QStringList{QStringLiteral("mailto:leave@example.com")}
        << QStringList{QStringLiteral("mailto")} << QStringLiteral("y") << QStringLiteral("mailto")
        << QStringList{QStringLiteral("unsub.mailto_only"), QStringLiteral("unsub.uri.empty")};
    QTest::newRow("unterminated-bracket")
        << QByteArray("List-Unsubscribe: <https://example.com/u\n")
        << QStringList{QStringLiteral("https://example.com/u")}
        << QStringList{QStringLiteral("https")} << QStringLiteral("n") << QStringLiteral("https")
        << QStringList{
               QStringLiteral("unsub.post.missing"), QStringLiteral("unsub.uri.unterminated")};
    QTest::newRow("unterminated-then-next")
        << QByteArray("List-Unsubscribe: <https://example.com/u, <mailto:leave@example.com>\n")
        << QStringList{QStringLiteral("https://example.com/u"),
               QStringLiteral("mailto:leave@example.com")}
        << QStringList{QStringLiteral("https"), QStringLiteral("mailto")} << QStringLiteral("ny")
        << QStringLiteral("https,mailto")
        << QStringList{
               QStringLiteral("unsub.post.missing"), QStringLiteral("unsub.uri.unterminated")};
    QTest::newRow("unterminated-comment")
        << QByteArray(
               "List-Unsubscribe: <mailto:leave@example.com> (web: <https://example.com/u>\n")
        << QStringList{QStringLiteral("mailto:leave@example.com")}
        << QStringList{QStringLiteral("mailto")} << QStringLiteral("y") << QStringLiteral("mailto")
        << QStringList{
               QStringLiteral("unsub.comment.unterminated"), QStringLiteral("unsub.mailto_only")};
    QTest::newRow("empty-field") << QByteArray("List-Unsubscribe: \n") << QStringList{}
                                 << QStringList{} << QString() << QString()
                                 << QStringList{QStringLiteral("unsub.field.empty")};
    QTest::newRow("only-a-comment")
        << QByteArray("List-Unsubscribe: (none)\n") << QStringList{} << QStringList{} << QString()
        << QString() << QStringList{QStringLiteral("unsub.field.empty")};
    QTest::newRow("repeated-field") << QByteArray(
        "List-Unsubscribe: <https://example.com/u>\nList-Unsubscribe: <mailto:leave@example.com>\n")
                                    << QStringList{QStringLiteral("https://example.com/u"),
                                           QStringLiteral("mailto:leave@example.com")}
                                    << QStringList{QStringLiteral("https"),
                                           QStringLiteral("mailto")}
                                    << QStringLiteral("yy") << QStringLiteral("https,mailto")
                                    << QStringList{QStringLiteral("unsub.field.repeated"),
                                           QStringLiteral("unsub.post.missing")};
    QTest::newRow("absent") << QByteArray() << QStringList{} << QStringList{} << QString()
                            << QString() << QStringList{};
}

void TestUnsubscribeChecker::listUnsubscribe()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, uris);
    QFETCH(QStringList, schemes);
    QFETCH(QString, bracketed);
    QFETCH(QString, flags);
    QFETCH(QStringList, findings);

    const UnsubscribeResult r = run(message(headers));
    verifyFindings(r);
    QCOMPARE(r.listUnsubscribe, !headers.isEmpty());
    QCOMPARE(r.listUnsubscribeLine, headers.isEmpty() ? 0 : 6);
    QStringList gotUris;
    QStringList gotSchemes;
    QString gotBracketed;
    for (const UnsubscribeUri &u : r.uris) {
        gotUris << u.uri;
        gotSchemes << u.scheme;
        gotBracketed += u.bracketed ? u'y' : u'n';
        QVERIFY(u.line >= 6);
    }
    QCOMPARE(gotUris, uris);
    QCOMPARE(gotSchemes, schemes);
    QCOMPARE(gotBracketed, bracketed);
    const QStringList f = flags.split(u',', Qt::SkipEmptyParts);
    QCOMPARE(r.https, f.contains(u"https"));
    QCOMPARE(r.http, f.contains(u"http"));
    QCOMPARE(r.mailto, f.contains(u"mailto"));
    QVERIFY(!r.oneClick);
    QCOMPARE(keys(r), sorted(findings));
    for (const Finding &finding : r.findings) {
        QVERIFY(finding.line >= 6);
        QCOMPARE(finding.header, QStringLiteral("List-Unsubscribe"));
    }
    QCOMPARE(r.bodyLink, UnsubscribeResult::BodyLink::NotFound);
}

void TestUnsubscribeChecker::post_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("oneClick");
    QTest::addColumn<QStringList>("findings");

    const QByteArray lu(
        "List-Unsubscribe: <mailto:leave@example.com>, <https://example.com/u/1>\n");
    // RFC 8058 §8.1 example shape.
    QTest::newRow("valid") << lu + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                           << true << QStringLiteral("List-Unsubscribe=One-Click") << true << true
                           << QStringList{};
    QTest::newRow("valid-folded-before-value")
        << lu + "List-Unsubscribe-Post:\n List-Unsubscribe=One-Click  \n"
        << true << QStringLiteral("List-Unsubscribe=One-Click") << true << true << QStringList{};
    QTest::newRow("wrong-case") << lu + "List-Unsubscribe-Post: list-unsubscribe=one-click\n"
                                << true << QStringLiteral("list-unsubscribe=one-click") << false
                                << false << QStringList{QStringLiteral("unsub.post.wrong_case")};
    QTest::newRow("extra-text") << lu
            + "List-Unsubscribe-Post: List-Unsubscribe=One-Click; list=news\n"
                                << true << QStringLiteral("List-Unsubscribe=One-Click; list=news")
                                << false << false
                                << QStringList{QStringLiteral("unsub.post.extra_content")};
    QTest::newRow("space-around-equals")
        << lu + "List-Unsubscribe-Post: List-Unsubscribe = One-Click\n"
        << true << QStringLiteral("List-Unsubscribe = One-Click") << false << false
        << QStringList{QStringLiteral("unsub.post.invalid")};
    QTest::newRow("other-value") << lu + "List-Unsubscribe-Post: yes\n"
                                 << true << QStringLiteral("yes") << false << false
                                 << QStringList{QStringLiteral("unsub.post.invalid")};
    QTest::newRow("empty-value") << lu + "List-Unsubscribe-Post: \n"
                                 << true << QString() << false << false
                                 << QStringList{QStringLiteral("unsub.post.empty")};
    QTest::newRow("missing") << lu << false << QString() << false << false
                             << QStringList{QStringLiteral("unsub.post.missing")};
    QTest::newRow("without-list-unsubscribe")
        << QByteArray("List-Unsubscribe-Post: List-Unsubscribe=One-Click\n") << true
        << QStringLiteral("List-Unsubscribe=One-Click") << true << false
        << QStringList{QStringLiteral("unsub.post.without_list_unsubscribe")};
    QTest::newRow("mailto-only") << QByteArray(
        "List-Unsubscribe: <mailto:leave@example.com>\nList-Unsubscribe-Post: "
        "List-Unsubscribe=One-Click\n")
                                 << true << QStringLiteral("List-Unsubscribe=One-Click") << true
                                 << false
                                 << QStringList{QStringLiteral("unsub.post.without_https")};
    QTest::newRow("http-only") << QByteArray(
        "List-Unsubscribe: <http://example.com/u>\nList-Unsubscribe-Post: "
        "List-Unsubscribe=One-Click\n")
                               << true << QStringLiteral("List-Unsubscribe=One-Click") << true
                               << false << QStringList{QStringLiteral("unsub.http_only")};
    QTest::newRow("https-not-bracketed")
        << QByteArray("List-Unsubscribe: https://example.com/u\nList-Unsubscribe-Post: "
                      "List-Unsubscribe=One-Click\n")
        << true << QStringLiteral("List-Unsubscribe=One-Click") << true << false
        << QStringList{QStringLiteral("unsub.uri.not_bracketed")};
    QTest::newRow("post-repeated") << lu
            + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nList-Unsubscribe-Post: "
              "List-Unsubscribe=One-Click\n"
                                   << true << QStringLiteral("List-Unsubscribe=One-Click") << true
                                   << true << QStringList{QStringLiteral("unsub.field.repeated")};
}

void TestUnsubscribeChecker::post()
{
    QFETCH(QByteArray, headers);
    QFETCH(bool, present);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(bool, oneClick);
    QFETCH(QStringList, findings);

    // An aligned passing signature over both fields, so only the Post findings remain.
    const UnsubscribeResult r
        = run(message(headers), {signature("example.com", "pass", BothFields)});
    verifyFindings(r);
    QCOMPARE(r.listUnsubscribePost, present);
    QCOMPARE(r.postValue, value);
    QCOMPARE(r.postValid, valid);
    QCOMPARE(r.oneClick, oneClick);
    QCOMPARE(keys(r), sorted(findings));
    if (present)
        QVERIFY(r.listUnsubscribePostLine >= 6);
    for (const Finding &f : r.findings) {
        if (f.key.startsWith(u"unsub.post.") && f.key != u"unsub.post.missing")
            QCOMPARE(f.header, QStringLiteral("List-Unsubscribe-Post"));
        if (f.arg(QStringLiteral("value")).size() > 0)
            QCOMPARE(f.arg(QStringLiteral("value")), value);
    }
}

void TestUnsubscribeChecker::dkimCoverage_data()
{
    QTest::addColumn<QList<DkimResult>>("dkim");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<QString>("coveringDomain");
    QTest::addColumn<bool>("unaligned");
    QTest::addColumn<QString>("unalignedDomain");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("detail"); // "arg=value" of the finding, or ""

    const QString from = QStringLiteral("example.com");
    QTest::newRow("covering-aligned")
        << QList<DkimResult>{signature("example.com", "pass", BothFields)} << from << true
        << QStringLiteral("example.com") << false << QString() << QStringList{} << QString();
    QTest::newRow("covering-aligned-subdomains")
        << QList<DkimResult>{signature("mail.example.com", "pass", BothFields)}
        << QStringLiteral("news.example.com") << true << QStringLiteral("mail.example.com") << false
        << QString() << QStringList{} << QString();
    QTest::newRow("covering-h-mixed-case") << QList<DkimResult>{signature(
        "Example.COM", "pass", "From:To:List-Unsubscribe: List-Unsubscribe-Post")}
                                           << from << true << QStringLiteral("Example.COM") << false
                                           << QString() << QStringList{} << QString();
    QTest::newRow("covering-but-failing")
        << QList<DkimResult>{signature("example.com", "fail", BothFields)} << from << false
        << QString() << false << QString() << QStringList{QStringLiteral("unsub.dkim_not_passing")}
        << QStringLiteral("result=fail");
    QTest::newRow("covering-unaligned-third-party")
        << QList<DkimResult>{signature("esp-mailer.example.net", "pass", BothFields)} << from
        << false << QString() << true << QStringLiteral("esp-mailer.example.net")
        << QStringList{QStringLiteral("unsub.dkim_not_aligned")}
        << QStringLiteral("domain=esp-mailer.example.net");
    QTest::newRow("third-party-and-aligned")
        << QList<DkimResult>{signature("esp-mailer.example.net", "pass", BothFields),
               signature("example.com", "pass", BothFields)}
        << from << true << QStringLiteral("example.com") << false << QString() << QStringList{}
        << QString();
    QTest::newRow("aligned-not-covering-third-party-covering")
        << QList<DkimResult>{signature("example.com", "pass", "from:to:subject"),
               signature("esp-mailer.example.net", "pass", BothFields)}
        << from << false << QString() << true << QStringLiteral("esp-mailer.example.net")
        << QStringList{QStringLiteral("unsub.dkim_not_aligned")}
        << QStringLiteral("from=example.com");
    QTest::newRow("not-covering-post")
        << QList<DkimResult>{signature("example.com", "pass", "from:to:subject:list-unsubscribe")}
        << from << false << QString() << false << QString()
        << QStringList{QStringLiteral("unsub.not_dkim_covered")}
        << QStringLiteral("fields=List-Unsubscribe-Post");
    QTest::newRow("not-covering-either")
        << QList<DkimResult>{signature("example.com", "pass", "from:to:subject")} << from << false
        << QString() << false << QString() << QStringList{QStringLiteral("unsub.not_dkim_covered")}
        << QStringLiteral("fields=List-Unsubscribe, List-Unsubscribe-Post");
    QTest::newRow("split-over-two-signatures")
        << QList<DkimResult>{signature("example.com", "pass", "from:list-unsubscribe"),
               signature("example.com", "pass", "from:list-unsubscribe-post")}
        << from << false << QString() << false << QString()
        << QStringList{QStringLiteral("unsub.not_dkim_covered")}
        << QStringLiteral("fields=List-Unsubscribe, List-Unsubscribe-Post");
    QTest::newRow("no-signature") << QList<DkimResult>{} << from << false << QString() << false
                                  << QString()
                                  << QStringList{QStringLiteral("unsub.not_dkim_signed")}
                                  << QString();
    QTest::newRow("no-from-domain")
        << QList<DkimResult>{signature("example.com", "pass", BothFields)} << QString() << false
        << QString() << true << QStringLiteral("example.com")
        << QStringList{QStringLiteral("unsub.dkim_no_from_domain")}
        << QStringLiteral("domain=example.com");
    // No registrable domain under the PSL: the names themselves are compared.
    QTest::newRow("public-suffix-same-name")
        << QList<DkimResult>{signature("co.uk", "pass", BothFields)} << QStringLiteral("co.uk")
        << true << QStringLiteral("co.uk") << false << QString() << QStringList{} << QString();
    QTest::newRow("public-suffix-other-name")
        << QList<DkimResult>{signature("co.uk", "pass", BothFields)}
        << QStringLiteral("example.co.uk") << false << QString() << true << QStringLiteral("co.uk")
        << QStringList{QStringLiteral("unsub.dkim_not_aligned")} << QString();
}

void TestUnsubscribeChecker::dkimCoverage()
{
    QFETCH(QList<DkimResult>, dkim);
    QFETCH(QString, from);
    QFETCH(bool, covered);
    QFETCH(QString, coveringDomain);
    QFETCH(bool, unaligned);
    QFETCH(QString, unalignedDomain);
    QFETCH(QStringList, findings);
    QFETCH(QString, detail);

    const QByteArray headers("List-Unsubscribe: <https://example.com/u/1>\n"
                             "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n");
    const UnsubscribeResult r = run(message(headers), dkim, from);
    verifyFindings(r);
    QVERIFY(r.oneClick);
    QCOMPARE(r.dkimCovered, covered);
    QCOMPARE(r.coveringDomain, coveringDomain);
    QCOMPARE(r.dkimCoveredUnaligned, unaligned);
    QCOMPARE(r.unalignedCoveringDomain, unalignedDomain);
    QCOMPARE(keys(r), sorted(findings));
    if (!detail.isEmpty()) {
        const qsizetype eq = detail.indexOf(u'=');
        QCOMPARE(argOf(r, findings.first(), detail.left(eq)), detail.mid(eq + 1));
    }

    // Without List-Unsubscribe-Post there is no one-click to protect: flags, but no findings.
    const UnsubscribeResult plain
        = run(message("List-Unsubscribe: <mailto:leave@example.com>\n"), dkim, from);
    QCOMPARE(plain.dkimCovered, covered);
    QCOMPARE(keys(plain), QStringList{QStringLiteral("unsub.mailto_only")});
}

void TestUnsubscribeChecker::bodyLink_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("link"); // bodyLinkName
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("findings");

    const QString found = QStringLiteral("found");
    const QString notFound = QStringLiteral("not_found");

    QTest::newRow("html-anchor-text-english") << message(
        "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n",
        "--b1\nContent-Type: text/plain; charset=us-ascii\n\nHello.\n"
        "--b1\nContent-Type: text/html; charset=us-ascii\n\n"
        "<html><body><p>Hello.</p>\n<p><A class=\"f\" HREF=\"https://example.com/u?a=1&amp;b=2\">"
        "Unsubscribe</A> | <a href=\"https://example.com/\">Home</a></p></body></html>\n"
        "--b1--\n") << found << QStringLiteral("https://example.com/u?a=1&b=2")
                                              << QStringLiteral("Unsubscribe") << 14
                                              << QStringList{};
    QTest::newRow("html-text-around-link")
        << htmlMessage("<p>If you no longer wish to receive these emails, you can unsubscribe "
                       "<a href='https://example.com/leave'>here</a>.</p>")
        << found << QStringLiteral("https://example.com/leave") << QStringLiteral("unsubscribe")
        << 1 << QStringList{};
    QTest::newRow("html-unquoted-href-opt-out") << htmlMessage(
        "<table><tr><td><a href=https://example.com/o?x=1&amp;y=2 target=_blank>Opt&nbsp;out</a>"
        "</td></tr></table>") << found << QStringLiteral("https://example.com/o?x=1&y=2")
                                                << QStringLiteral("Opt out") << 1 << QStringList{};
    QTest::newRow("html-manage-preferences")
        << htmlMessage("<a href=\"https://example.com/prefs\">Manage preferences</a>") << found
        << QStringLiteral("https://example.com/prefs") << QStringLiteral("Manage preferences") << 1
        << QStringList{};
    QTest::newRow("html-japanese-iso-2022-jp")
        << htmlMessage("<p>\x1b$B%a!<%k$N\x1b(B<a href=\"https://example.jp/stop?u=1&amp;k=2\">"
                       "\x1b$BG[?.Dd;_\x1b(B</a>\x1b$B$O$3$A$i\x1b(B</p>",
               "ISO-2022-JP")
        << found << QStringLiteral("https://example.jp/stop?u=1&k=2") << QStringLiteral("配信停止")
        << 1 << QStringList{};
    QTest::newRow("html-japanese-utf8-quoted-printable") << message(
        "MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n",
        "<a href=3D\"https://example.jp/teishi\">=E8=B3=BC=E8=AA=AD=E8=A7=A3=E9=99=A4<=\n/a>\n")
                                                         << found
                                                         << QStringLiteral(
                                                                "https://example.jp/teishi")
                                                         << QStringLiteral("購読解除") << 1
                                                         << QStringList{};
    QTest::newRow("html-japanese-utf8-base64")
        << message("MIME-Version: 1.0\nContent-Type: text/html; "
                   "charset=utf-8\nContent-Transfer-Encoding: base64\n",
               "PHA+44Oh44O844Or6YWN5L+h44Gu5YGc5q2i44GvPGEgaHJlZj0iaHR0cHM6Ly9leGFtcGxlLmpw\n"
               "L29wdG91dCI+44GT44Gh44KJPC9hPuOBi+OCiTwvcD4=\n")
        << found << QStringLiteral("https://example.jp/optout")
        << QStringLiteral("メール配信の停止") << 1 << QStringList{};
    QTest::newRow("html-hidden-display-none")
        << htmlMessage("<p>Hello.</p><a href=\"https://example.com/u\" style=\"color:#fff; "
                       "DISPLAY: none !important\">"
                       "Unsubscribe</a>")
        << QStringLiteral("hidden") << QStringLiteral("https://example.com/u")
        << QStringLiteral("Unsubscribe") << 1
        << QStringList{QStringLiteral("unsub.body_link.hidden")};
    QTest::newRow("html-hidden-by-enclosing-font-size-0")
        << htmlMessage("<div style=\"font-size:0px\"><span><a "
                       "href=\"https://example.com/u\">unsubscribe</a></span></div>")
        << QStringLiteral("hidden") << QStringLiteral("https://example.com/u")
        << QStringLiteral("unsubscribe") << 1
        << QStringList{QStringLiteral("unsub.body_link.hidden")};
    QTest::newRow("html-hidden-opacity-0")
        << htmlMessage("<a style='opacity:0.0' href='https://example.com/u'>Unsubscribe</a>")
        << QStringLiteral("hidden") << QStringLiteral("https://example.com/u")
        << QStringLiteral("Unsubscribe") << 1
        << QStringList{QStringLiteral("unsub.body_link.hidden")};
    QTest::newRow("html-hidden-visibility") << htmlMessage(
        "<td style=\"visibility:hidden\"><a href=\"https://example.com/u\">配信停止</a></td>")
                                            << QStringLiteral("hidden")
                                            << QStringLiteral("https://example.com/u")
                                            << QStringLiteral("配信停止") << 1
                                            << QStringList{
                                                   QStringLiteral("unsub.body_link.hidden")};
    QTest::newRow("html-hidden-and-visible")
        << htmlMessage("<a href=\"https://example.com/h\" style=\"display:none\">Unsubscribe</a>"
                       "<p>Footer</p><a href=\"https://example.com/v\">Unsubscribe</a>")
        << found << QStringLiteral("https://example.com/v") << QStringLiteral("Unsubscribe") << 1
        << QStringList{};
    QTest::newRow("html-hidden-element-closed-before-link") << htmlMessage(
        "<span style=\"display:none\">Preheader text</span><p><a href=\"https://example.com/u\">"
        "Unsubscribe</a></p>") << found << QStringLiteral("https://example.com/u")
                                                            << QStringLiteral("Unsubscribe") << 1
                                                            << QStringList{};
    QTest::newRow("html-font-size-not-zero") << htmlMessage(
        "<a href=\"https://example.com/u\" style=\"font-size:10px;opacity:0.8\">Unsubscribe</a>")
                                             << found << QStringLiteral("https://example.com/u")
                                             << QStringLiteral("Unsubscribe") << 1 << QStringList{};
    QTest::newRow("html-no-link") << htmlMessage(
        "<p>Welcome!</p><a href=\"https://example.com/\">Home</a>")
                                  << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-keyword-only-in-style-comment-and-script")
        << htmlMessage(
               "<head><title>Unsubscribe</title><style>.unsubscribe{color:red}</style></head>"
               "<!-- unsubscribe --><script>var unsubscribe = 1;</script><a "
               "href=\"https://example.com/\">Home</a>")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-keyword-without-href")
        << htmlMessage("<a name=\"unsubscribe\">Unsubscribe</a>") << notFound << QString()
        << QString() << 0 << QStringList{};
    QTest::newRow("plain-keyword-and-url-next-line")
        << message("", "Thanks for reading.\n\nTo unsubscribe, visit:\nhttps://example.com/u/123\n")
        << found << QStringLiteral("https://example.com/u/123") << QStringLiteral("unsubscribe")
        << 1 << QStringList{};
    QTest::newRow("plain-keyword-and-url-same-line")
        << message("", "Opt-out: https://example.com/o.\n") << found
        << QStringLiteral("https://example.com/o") << QStringLiteral("Opt-out") << 1
        << QStringList{};
    QTest::newRow("plain-mailto") << message("", "Unsubscribe: mailto:leave@example.com\n") << found
                                  << QStringLiteral("mailto:leave@example.com")
                                  << QStringLiteral("Unsubscribe") << 1 << QStringList{};
    QTest::newRow("plain-keyword-without-url")
        << message(
               "", "You can unsubscribe at any time.\n\n\nVisit https://example.com/ for news.\n")
        << notFound << QString() << QString() << 0 << QStringList{};
    // The word is tied only to the link that carries it (issue 13 item 5): Google Groups' footer
    // pairs "unsubscribe" (an address, not a link) with the "view this discussion" link below.
    QTest::newRow("plain-google-groups-footer")
        << message("", "To unsubscribe from this group and stop receiving emails from it, send an "
                       "email to team+unsubscribe@googlegroups.com.\nTo view this discussion on the web "
                       "visit https://groups.google.com/d/msgid/team/abc%40mail.example.com.\n")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("plain-sentence-then-url-next-line")
        << message("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
               "配信停止を取り消す場合は、下記のページから再度ご登録ください。\n"
               "https://www.example.jp/mailmagazine/subscribe\n")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("plain-two-urls-on-the-line")
        << message("", "View online: https://example.com/view | Unsubscribe: https://example.com/u\n")
        << found << QStringLiteral("https://example.com/u") << QStringLiteral("Unsubscribe") << 1
        << QStringList{};
    QTest::newRow("plain-url-before-word")
        << message("", "https://example.com/leave?id=1 (unsubscribe)\n")
        << found << QStringLiteral("https://example.com/leave?id=1") << QStringLiteral("unsubscribe")
        << 1 << QStringList{};
    QTest::newRow("plain-url-carries-the-word")
        << message("", "Don't want this newsletter anymore?\nhttps://example.com/unsubscribe/abc\n")
        << found << QStringLiteral("https://example.com/unsubscribe/abc")
        << QStringLiteral("unsubscribe") << 1 << QStringList{};
    // Keywords are compared as QString's case-insensitive search compares them: "ſ" (long s)
    // folds to "s".
    QTest::newRow("plain-folded-long-s")
        << message("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
               "Un\xC5\xBFubscribe: https://example.com/u\n")
        << found << QStringLiteral("https://example.com/u") << QString::fromUtf8("Un\xC5\xBFubscribe")
        << 1 << QStringList{};
    // Words on an earlier line without a URL, then the tied one further down.
    QTest::newRow("plain-keyword-on-a-later-line")
        << message("", "Unsubscribe unsubscribe\n\nOPT OUT here: https://example.com/o\n")
        << found << QStringLiteral("https://example.com/o") << QStringLiteral("OPT OUT") << 1
        << QStringList{};
    QTest::newRow("plain-sentence-end-between")
        << message("", "To unsubscribe, reply STOP. Read more at https://example.com/blog\n")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-google-groups-footer")
        << htmlMessage("<p>To unsubscribe from this group and stop receiving emails from it, send an "
                       "email to team+unsubscribe@googlegroups.com.<br />\nTo view this discussion on "
                       "the web visit <a href=\"https://groups.google.com/d/msgid/team/abc\">"
                       "https://groups.google.com/d/msgid/team/abc</a>.</p>")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-google-groups-footer-linked-address")
        << htmlMessage("<p>To unsubscribe from this group and stop receiving emails from it, send an "
                       "email to <a href=\"mailto:team+unsubscribe@googlegroups.com\">"
                       "team+unsubscribe@googlegroups.com</a>.<br />\nTo view this discussion on "
                       "the web visit <a href=\"https://groups.google.com/d/msgid/team/abc\">"
                       "https://groups.google.com/d/msgid/team/abc</a>.</p>")
        << found << QStringLiteral("mailto:team+unsubscribe@googlegroups.com")
        << QStringLiteral("team+unsubscribe@googlegroups.com") << 1 << QStringList{};
    QTest::newRow("html-word-in-other-paragraph")
        << htmlMessage("<p>You can unsubscribe at any time</p><p>Read our <a href=\"https://example.com/blog\">"
                       "blog</a></p>")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-word-in-previous-sentence")
        << htmlMessage("<p>You can unsubscribe at any time. Read our <a href=\"https://example.com/blog\">"
                       "blog</a></p>")
        << notFound << QString() << QString() << 0 << QStringList{};
    QTest::newRow("html-word-after-link")
        << htmlMessage("<p><a href=\"https://example.com/leave\">Click here</a> to unsubscribe.</p>")
        << found << QStringLiteral("https://example.com/leave") << QStringLiteral("unsubscribe") << 1
        << QStringList{};
    QTest::newRow("html-word-belongs-to-the-next-link")
        << htmlMessage("<p><a href=\"https://example.com/home\">Home</a> or "
                       "<a href=\"https://example.com/leave\">unsubscribe</a></p>")
        << found << QStringLiteral("https://example.com/leave") << QStringLiteral("unsubscribe") << 1
        << QStringList{};
    QTest::newRow("plain-japanese-iso-2022-jp")
        << message("MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-2022-jp\n",
               "\x1b$BG[?.2r=|$O$3$A$i\x1b(B:\nhttps://example.jp/kaijo\n")
        << found << QStringLiteral("https://example.jp/kaijo") << QStringLiteral("配信解除") << 1
        << QStringList{};
    QTest::newRow("attachment-ignored") << message(
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b2\"\n",
        "--b2\nContent-Type: text/plain\n\nSee attached.\n"
        "--b2\nContent-Type: text/html\nContent-Disposition: attachment; filename=\"old.html\"\n\n"
        "<a href=\"https://example.com/u\">Unsubscribe</a>\n"
        "--b2--\n") << notFound << QString()
                                        << QString() << 0 << QStringList{};
    QTest::newRow("empty-body") << message("", "") << notFound << QString() << QString() << 0
                                << QStringList{};
    QTest::newRow("headers-only") << crlf(
        "From: news@example.com\nList-Unsubscribe: <https://example.com/u>\nList-Unsubscribe-Post: "
        "List-Unsubscribe=One-Click\n")
                                  << QStringLiteral("not_checked") << QString() << QString() << 0
                                  << QStringList{QStringLiteral("unsub.not_dkim_signed")};
}

void TestUnsubscribeChecker::bodyLink()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, link);
    QFETCH(QString, uri);
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QStringList, findings);

    const UnsubscribeResult r = run(bytes);
    verifyFindings(r);
    QCOMPARE(bodyLinkName(r.bodyLink), link);
    QCOMPARE(r.bodyLinkUri, uri);
    QCOMPARE(r.bodyLinkText, text);
    QCOMPARE(r.bodyLinkLine, line);
    QCOMPARE(keys(r), sorted(findings));
}

void TestUnsubscribeChecker::marketing_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QStringList>("marketingSignals");

    QTest::newRow("transactional") << QByteArray() << QStringList{};
    QTest::newRow("list-unsubscribe")
        << QByteArray("List-Unsubscribe: <mailto:leave@example.com>\n")
        << QStringList{QStringLiteral("list-unsubscribe")};
    QTest::newRow("list-id") << QByteArray("List-Id: News <news.example.com>\n")
                             << QStringList{QStringLiteral("list-id")};
    QTest::newRow("precedence-bulk")
        << QByteArray("Precedence: bulk\n") << QStringList{QStringLiteral("precedence")};
    QTest::newRow("precedence-list-upper-case")
        << QByteArray("Precedence:  LIST \n") << QStringList{QStringLiteral("precedence")};
    QTest::newRow("precedence-junk") << QByteArray("Precedence: junk\n") << QStringList{};
    QTest::newRow("feedback-id") << QByteArray("Feedback-ID: 1:news:campaign:example\n")
                                 << QStringList{QStringLiteral("feedback-id")};
    QTest::newRow("esp-mailgun") << QByteArray("X-Mailgun-Sid: WyI0ZjY0Il0=\n")
                                 << QStringList{QStringLiteral("esp")};
    QTest::newRow("esp-amazon-ses") << QByteArray("X-SES-Outgoing: 2024.06.03-54.240.1.1\n")
                                    << QStringList{QStringLiteral("esp")};
    QTest::newRow("esp-sendgrid") << QByteArray("X-SG-EID: u001.abc\n")
                                  << QStringList{QStringLiteral("esp")};
    QTest::newRow("esp-campaign") << QByteArray("X-CampaignID: mailchimp1234\n")
                                  << QStringList{QStringLiteral("esp")};
    QTest::newRow("esp-mandrill") << QByteArray("X-Mandrill-User: md_1234\n")
                                  << QStringList{QStringLiteral("esp")};
    QTest::newRow("not-esp") << QByteArray("X-Mailer: Thunderbird\nX-Spam-Status: No\n")
                             << QStringList{};
    QTest::newRow("esp-brevo") << QByteArray("X-Mailin-EID: abc%3D%3D\n")
                               << QStringList{QStringLiteral("esp")};
    QTest::newRow("esp-csa-complaints") << QByteArray("X-CSA-Complaints: csa-complaints@eco.de\n")
                                        << QStringList{QStringLiteral("esp")};
    // Names services.json lists only to recognise a service are no bulk-mail sign.
    QTest::newRow("service-header-not-bulk")
        << QByteArray("X-MC-Unique: 1\nX-MS-Exchange-Organization-AuthSource: a.example\n")
        << QStringList{};
    QTest::newRow("all-signals") << QByteArray(
        "List-Unsubscribe: <mailto:leave@example.com>\nList-Id: <news.example.com>\n"
        "Precedence: bulk\nFeedback-ID: 1:a:b:c\nX-SES-CONFIGURATION-SET: news\nX-SG-ID: 1\n")
                                 << QStringList{QStringLiteral("list-unsubscribe"),
                                        QStringLiteral("list-id"),
                                        QStringLiteral("precedence"),
                                        QStringLiteral("feedback-id"),
                                        QStringLiteral("esp")};
}

void TestUnsubscribeChecker::marketing()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, marketingSignals);

    const UnsubscribeResult r = run(message(headers));
    verifyFindings(r);
    QCOMPARE(r.marketingSignals, marketingSignals);
    QCOMPARE(r.looksMarketing, !marketingSignals.isEmpty());
}

// Every name in services.json "bulk_headers" is a bulk-mail sign: the list is data, not code.
void TestUnsubscribeChecker::bulkHeadersFromServices_data()
{
    QTest::addColumn<QByteArray>("field");

    QFile file(QStringLiteral(KENSA_SOURCE_DIR "/resources/senders/services.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray names
        = QJsonDocument::fromJson(file.readAll()).object().value(u"bulk_headers").toArray();
    QVERIFY(names.size() >= 9);
    for (const QJsonValue &v : names) {
        QByteArray name = v.toString().toLatin1();
        if (name.endsWith('*'))
            name.chop(1);
        QTest::newRow(name.constData()) << name;
        QTest::newRow((name + "-upper-case").constData()) << name.toUpper();
        if (v.toString().endsWith(u'*'))
            QTest::newRow((name + "-prefix").constData()) << QByteArray(name + "Extra");
    }
}

void TestUnsubscribeChecker::bulkHeadersFromServices()
{
    QFETCH(QByteArray, field);
    const UnsubscribeResult r = run(message(field + ": 1\n"));
    QCOMPARE(r.marketingSignals, QStringList{QStringLiteral("esp")});
    QVERIFY(MarketingSignals::isBulkHeader(field));
    QVERIFY(!MarketingSignals::isBulkHeader(QByteArray("X-Not-" + field)));
}

void TestUnsubscribeChecker::corrupted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // keys that must be among the findings

    QByteArray manyUris("List-Unsubscribe: ");
    QByteArray manyBare("List-Unsubscribe: ");
    for (int i = 0; i < 10000; ++i) {
        manyUris += "<https://example.com/u/" + QByteArray::number(i) + ">,\n ";
        manyBare += "https://example.com/u/" + QByteArray::number(i) + ", ";
    }
    manyUris += "<mailto:last@example.com>\n";
    manyBare += "\n";

    QByteArray manyFields;
    for (int i = 0; i < 200; ++i)
        manyFields += "List-Unsubscribe: <https://example.com/" + QByteArray::number(i) + ">\n";

    QRandomGenerator random(20240603);
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(random.bounded(256));

    QByteArray deepHtml;
    for (int i = 0; i < 10000; ++i)
        deepHtml += "<div style=\"display:none\">";
    deepHtml += "<a href=\"https://example.com/u\">Unsubscribe</a>";

    QByteArray manyLinks;
    for (int i = 0; i < Limits::MaxUnsubscribeLinksPerPart + 100; ++i)
        manyLinks += "<a href=\"https://example.com/" + QByteArray::number(i) + "\">x</a>";

    QByteArray hugeHtml("<p>");
    hugeHtml += QByteArray(Limits::MaxUnsubscribeScanChars + 1000, 'x');
    hugeHtml += "</p><a href=\"https://example.com/u\">Unsubscribe</a>";

    QTest::newRow("unterminated-bracket") << message(
        "List-Unsubscribe: <https://example.com/u\nList-Unsubscribe-Post: "
        "List-Unsubscribe=One-Click\n") << QStringList{QStringLiteral("unsub.uri.unterminated")};
    QTest::newRow("ten-thousand-uris")
        << message(manyUris) << QStringList{QStringLiteral("unsub.uri.too_many")};
    QTest::newRow("ten-thousand-bare-uris") << message(manyBare)
                                            << QStringList{QStringLiteral("unsub.uri.too_many"),
                                                   QStringLiteral("unsub.uri.not_bracketed")};
    QTest::newRow("two-hundred-fields") << message(manyFields)
                                        << QStringList{QStringLiteral("unsub.field.repeated"),
                                               QStringLiteral("unsub.uri.too_many")};
    QTest::newRow("deep-comment") << message("List-Unsubscribe: " + QByteArray(100000, '(') + "\n")
                                  << QStringList{QStringLiteral("unsub.comment.unterminated")};
    QTest::newRow("backslash-at-end") << message("List-Unsubscribe: <mailto:a@example.com> (\\\n")
                                      << QStringList{QStringLiteral("unsub.comment.unterminated")};
    QTest::newRow("only-brackets") << message("List-Unsubscribe: <<<<>>>>,,,,<\n") << QStringList{};
    QTest::newRow("binary-garbage-header")
        << message("List-Unsubscribe: " + garbage.left(2000).replace('\n', ' ').replace('\r', ' ')
               + "\n"
                 "List-Unsubscribe-Post: "
               + garbage.mid(2000, 500).replace('\n', ' ').replace('\r', ' ') + "\n")
        << QStringList{};
    QTest::newRow("binary-garbage-message") << garbage << QStringList{};
    QTest::newRow("binary-garbage-html-body") << htmlMessage(garbage) << QStringList{};
    QTest::newRow("html-unterminated-tag")
        << htmlMessage("<p>Unsubscribe <a href=\"https://example.com/u") << QStringList{};
    QTest::newRow("html-unterminated-anchor")
        << htmlMessage("<a href=https://example.com/u>Unsubscribe <b>now") << QStringList{};
    QTest::newRow("html-bad-entities") << htmlMessage(
        "<a "
        "href=\"https://example.com/&#xFFFFFFFFF;&#0;&#55296;&#;&bogus;&\">Unsubscribe&#x1F600</a>")
                                       << QStringList{};
    QTest::newRow("html-deep-nesting")
        << htmlMessage(deepHtml) << QStringList{QStringLiteral("unsub.body_link.hidden")};
    QTest::newRow("html-many-links")
        << htmlMessage(manyLinks) << QStringList{QStringLiteral("unsub.body.too_many_links")};
    QTest::newRow("html-huge-part")
        << htmlMessage(hugeHtml) << QStringList{QStringLiteral("unsub.body.scan_cut")};
    QTest::newRow("unterminated-multipart")
        << message("Content-Type: multipart/alternative; boundary=zz\n",
               "--zz\nContent-Type: text/html\n\n<a href=")
        << QStringList{};
}

void TestUnsubscribeChecker::corrupted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    const UnsubscribeResult r = run(bytes, {signature("example.com", "pass", BothFields)});
    verifyFindings(r);
    const QStringList got = keys(r);
    for (const QString &key : expected)
        QVERIFY2(got.contains(key), qPrintable(key + QStringLiteral(" not in ") + got.join(u' ')));
    // A second, independent analysis of the same bytes gives the same value.
    QCOMPARE(run(bytes, {signature("example.com", "pass", BothFields)}), r);
}

// operator== sees every member: a result that differs in one of them is not equal.
void TestUnsubscribeChecker::resultEquality_data()
{
    QTest::addColumn<int>("member");

    QTest::newRow("identical") << -1;
    QTest::newRow("uri") << 0;
    QTest::newRow("uri-bracketed") << 1;
    QTest::newRow("one-click") << 2;
    QTest::newRow("dkim-covered") << 3;
    QTest::newRow("covering-domain") << 4;
    QTest::newRow("body-link") << 5;
    QTest::newRow("body-link-uri") << 6;
    QTest::newRow("body-link-line") << 7;
    QTest::newRow("looks-marketing") << 8;
    QTest::newRow("marketing-signals") << 9;
    QTest::newRow("findings") << 10;
    QTest::newRow("post-value") << 11;
}

void TestUnsubscribeChecker::resultEquality()
{
    QFETCH(int, member);

    const QByteArray bytes
        = htmlMessage("<p><a href=\"https://example.com/u\">Unsubscribe</a></p>")
              .replace("Message-ID:",
                  "List-Unsubscribe: <https://example.com/u>, <mailto:u@example.com>\r\n"
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                  "List-Id: <news.example.com>\r\n"
                  "Message-ID:");
    const UnsubscribeResult r = run(bytes, {signature("example.com", "pass", BothFields)});
    QVERIFY(r.oneClick);
    QVERIFY(r.dkimCovered);
    QCOMPARE(r.bodyLink, UnsubscribeResult::BodyLink::Found);
    QCOMPARE(r.uris.size(), 2);

    // Built member by member, not copied from `r`, so a member left out of operator== shows.
    UnsubscribeResult other;
    other.listUnsubscribe = true;
    other.listUnsubscribeLine = 5;
    other.uris = {
        UnsubscribeUri{QStringLiteral("https://example.com/u"), QStringLiteral("https"), true, 5},
        UnsubscribeUri{QStringLiteral("mailto:u@example.com"), QStringLiteral("mailto"), true, 5}};
    other.listUnsubscribePost = true;
    other.postValue = QStringLiteral("List-Unsubscribe=One-Click");
    other.listUnsubscribePostLine = 6;
    other.postValid = true;
    other.https = true;
    other.mailto = true;
    other.oneClick = true;
    other.dkimCovered = true;
    other.coveringDomain = QStringLiteral("example.com");
    other.bodyLink = UnsubscribeResult::BodyLink::Found;
    other.bodyLinkText = QStringLiteral("Unsubscribe");
    other.bodyLinkUri = QStringLiteral("https://example.com/u");
    other.bodyLinkLine = 1;
    other.looksMarketing = true;
    other.marketingSignals = {QStringLiteral("list-unsubscribe"), QStringLiteral("list-id")};
    other.findings = r.findings;
    QCOMPARE(r, other);

    switch (member) {
    case 0:
        other.uris[1].uri = QStringLiteral("mailto:v@example.com");
        break;
    case 1:
        other.uris[0].bracketed = false;
        break;
    case 2:
        other.oneClick = false;
        break;
    case 3:
        other.dkimCovered = false;
        break;
    case 4:
        other.coveringDomain = QStringLiteral("example.net");
        break;
    case 5:
        other.bodyLink = UnsubscribeResult::BodyLink::Hidden;
        break;
    case 6:
        other.bodyLinkUri = QStringLiteral("https://example.com/v");
        break;
    case 7:
        other.bodyLinkLine = 2;
        break;
    case 8:
        other.looksMarketing = false;
        break;
    case 9:
        other.marketingSignals.removeLast();
        break;
    case 10:
        other.findings.append(makeFinding(QStringLiteral("unsub.post.missing"), Severity::Notice));
        break;
    case 11:
        other.postValue = QStringLiteral("List-Unsubscribe=one-click");
        break;
    default:
        return;
    }
    QVERIFY2(!(r == other), qPrintable(QTest::currentDataTag()));
}

void TestUnsubscribeChecker::findingFields()
{
    const QByteArray bytes = message("List-Unsubscribe: https://example.com/u\n"
                                     "List-Unsubscribe-Post: List-Unsubscribe=one-click\n");
    const UnsubscribeResult r = run(bytes, {signature("example.net", "pass", BothFields)});
    QCOMPARE(keys(r),
        sorted({QStringLiteral("unsub.uri.not_bracketed"),
            QStringLiteral("unsub.post.wrong_case"),
            QStringLiteral("unsub.dkim_not_aligned")}));
    for (const Finding &f : r.findings) {
        QVERIFY(!Explanations::text(f).contains(u'%'));
        if (f.key == u"unsub.uri.not_bracketed") {
            QCOMPARE(f.line, 6);
            QCOMPARE(f.header, QStringLiteral("List-Unsubscribe"));
            QCOMPARE(f.arg(QStringLiteral("uri")), QStringLiteral("https://example.com/u"));
            QCOMPARE(f.severity, Severity::Warning);
        } else if (f.key == u"unsub.post.wrong_case") {
            QCOMPARE(f.line, 7);
            QCOMPARE(f.header, QStringLiteral("List-Unsubscribe-Post"));
        } else {
            QCOMPARE(f.arg(QStringLiteral("domain")), QStringLiteral("example.net"));
            QCOMPARE(f.arg(QStringLiteral("from")), QStringLiteral("example.com"));
        }
    }
}

void TestUnsubscribeChecker::bodyLinkNames()
{
    QCOMPARE(bodyLinkName(UnsubscribeResult::BodyLink::NotChecked), QStringLiteral("not_checked"));
    QCOMPARE(bodyLinkName(UnsubscribeResult::BodyLink::Found), QStringLiteral("found"));
    QCOMPARE(bodyLinkName(UnsubscribeResult::BodyLink::Hidden), QStringLiteral("hidden"));
    QCOMPARE(bodyLinkName(UnsubscribeResult::BodyLink::NotFound), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestUnsubscribeChecker)
#include "TestUnsubscribeChecker.moc"
