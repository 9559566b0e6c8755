#include "core/auth/dkim/DkimVerifier.h"
#include "core/input/PasteNormalizer.h"
#include "core/text/TagList.h"
#include "TestSigner.h"

#include <QFile>
#include <QTest>

using namespace kensa;

// DkimVerifier with DNS answers made in the test: the RFC 8463 Appendix A message and its keys,
// altered one way at a time. The conformance suites run through the DNS layer elsewhere.
class TestDkimVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verify_data();
    void verify();
    void signatureSyntax_data();
    void signatureSyntax();
    void headersOnly();
    void bodyLength_data();
    void bodyLength();

private:
    QByteArray m_message;
};

namespace {

// RFC 8463 Appendix A.2
const QByteArray ed25519Key = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
const QList<QByteArray> rsaKey = {"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWR",
                                  "iGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutAC",
                                  "DfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3",
                                  "Ip3G+2kryOTIKT+l/K4w3QIDAQAB"};
const qint64 now = 1700000000; // 2023-11-14, after t=1528637909

DnsAnswer txt(const QByteArray &name, const QList<QByteArray> &strings)
{
    DnsAnswer a;
    a.question = {name, DnsType::TXT};
    a.status = DnsStatus::NoError;
    a.rcode = 0;
    DnsRecord r;
    r.owner = name;
    r.strings = strings;
    a.records = {r};
    return a;
}

DnsAnswer failure(const QByteArray &name, DnsStatus status)
{
    DnsAnswer a;
    a.question = {name, DnsType::TXT};
    a.status = status;
    return a;
}

QList<DkimResult> run(const QByteArray &bytes, const QList<DnsAnswer> &answers, qint64 at = now)
{
    const Message m = Message::parse(PasteNormalizer::normalize(bytes, PasteNormalizer::Origin::File).bytes);
    DkimVerifier v(m, {at, m.headersOnly()});
    for (const DnsAnswer &a : answers)
        v.setAnswer(a);
    return v.results();
}

} // namespace

void TestDkimVerifier::initTestCase()
{
    QFile f(QStringLiteral(KENSA_SHARED_DIR "/conformance/dkim/rfc8463/rfc8463-a3.eml"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "the RFC 8463 example from ../shared/conformance");
    m_message = f.readAll();
}

void TestDkimVerifier::verify_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QList<DnsAnswer>>("answers");
    QTest::addColumn<QStringList>("results");  // per signature: ed25519, rsa
    QTest::addColumn<QStringList>("reasons");

    const QByteArray b = "brisbane._domainkey.football.example.com";
    const QByteArray t = "test._domainkey.football.example.com";
    const QList<DnsAnswer> keys = {txt(b, {ed25519Key}), txt(t, rsaKey)};
    const QByteArray &m = m_message;

    QTest::newRow("rfc8463-a3") << m << keys << QStringList{"pass", "pass"} << QStringList{"dkim.pass", "dkim.pass"};
    QByteArray body = m;
    body.replace("We lost the game.", "We won the game.");
    QTest::newRow("body-changed") << body << keys << QStringList{"fail", "fail"}
                                  << QStringList{"dkim.body_hash_mismatch", "dkim.body_hash_mismatch"};
    QByteArray subject = m;
    subject.replace("Subject: Is dinner ready?", "Subject: Is lunch ready?");
    QTest::newRow("signed-header-changed") << subject << keys << QStringList{"fail", "fail"}
                                           << QStringList{"dkim.signature_mismatch", "dkim.signature_mismatch"};
    QByteArray added = m;
    added.replace("Message-ID:", "X-Added-Later: yes\r\nMessage-ID:");
    QTest::newRow("unsigned-header-added") << added << keys << QStringList{"pass", "pass"} << QStringList{"dkim.pass", "dkim.pass"};
    // h= over-signs Subject; a second Subject added above breaks the signature (RFC 6376 §8.15).
    QByteArray second = m;
    second.replace("From: Joe", "Subject: Free money\r\nFrom: Joe");
    QTest::newRow("oversigned-header-added") << second << keys << QStringList{"fail", "fail"}
                                             << QStringList{"dkim.signature_mismatch", "dkim.signature_mismatch"};
    QByteArray relaxedSpace = m;
    relaxedSpace.replace("Are you hungry yet?", "Are  you\thungry yet?   ");
    QTest::newRow("whitespace-relaxed-tolerates") << relaxedSpace << keys << QStringList{"pass", "pass"}
                                                  << QStringList{"dkim.pass", "dkim.pass"};
    QTest::newRow("key-revoked") << m << QList<DnsAnswer>{txt(b, {"v=DKIM1; k=ed25519; p="}), txt(t, {"v=DKIM1; p="})}
                                 << QStringList{"permerror", "permerror"} << QStringList{"dkim.key.revoked", "dkim.key.revoked"};
    QTest::newRow("key-nxdomain-and-timeout")
        << m << QList<DnsAnswer>{failure(b, DnsStatus::NxDomain), failure(t, DnsStatus::Timeout)}
        << QStringList{"permerror", "temperror"} << QStringList{"dkim.key.not_found", "dkim.key.dns_error"};
    QTest::newRow("servfail-and-offline")
        << m << QList<DnsAnswer>{failure(b, DnsStatus::ServFail), failure(t, DnsStatus::NotInSnapshot)}
        << QStringList{"temperror", "temperror"} << QStringList{"dkim.key.dns_error", "dkim.key.not_in_snapshot"};
    QTest::newRow("no-answer-at-all") << m << QList<DnsAnswer>{} << QStringList{"temperror", "temperror"}
                                      << QStringList{"dkim.key.dns_error", "dkim.key.dns_error"};
    QTest::newRow("keys-swapped") << m << QList<DnsAnswer>{txt(b, rsaKey), txt(t, {ed25519Key})}
                                  << QStringList{"permerror", "permerror"}
                                  << QStringList{"dkim.key.type_mismatch", "dkim.key.type_mismatch"};
    QList<QByteArray> sha1Only = rsaKey;
    sha1Only.first().replace("k=rsa;", "k=rsa; h=sha1;");
    QList<QByteArray> tlsrpt = rsaKey;
    tlsrpt.first().replace("k=rsa;", "k=rsa; s=tlsrpt;");
    QTest::newRow("key-h-excludes-sha256") << m << QList<DnsAnswer>{txt(b, {ed25519Key}), txt(t, sha1Only)}
                                           << QStringList{"pass", "permerror"} << QStringList{"dkim.pass", "dkim.key.hash_excluded"};
    QTest::newRow("key-for-another-service") << m << QList<DnsAnswer>{txt(b, {ed25519Key}), txt(t, tlsrpt)}
                                             << QStringList{"pass", "permerror"} << QStringList{"dkim.pass", "dkim.key.service"};
    QList<QByteArray> badVersion = rsaKey;
    badVersion.first().replace("v=DKIM1;", "v=DKIM1:");
    QTest::newRow("key-bad-version") << m << QList<DnsAnswer>{txt(b, {ed25519Key}), txt(t, badVersion)}
                                     << QStringList{"pass", "permerror"} << QStringList{"dkim.pass", "dkim.key.version"};
    QTest::newRow("key-not-a-key") << m << QList<DnsAnswer>{txt(b, {"k=ed25519; n=no key here"}), txt(t, rsaKey)}
                                   << QStringList{"permerror", "pass"} << QStringList{"dkim.key.no_p", "dkim.pass"};
    QTest::newRow("ed25519-key-too-short") << m << QList<DnsAnswer>{txt(b, {"v=DKIM1; k=ed25519; p=AAAA"}), txt(t, rsaKey)}
                                           << QStringList{"permerror", "pass"} << QStringList{"dkim.key.ed25519_size", "dkim.pass"};
    // RFC 6376 §3.6.2.2: of several records, the first usable key is used.
    DnsAnswer two = txt(t, {"not a key"});
    two.records.append(txt(t, rsaKey).records.first());
    QTest::newRow("second-record-is-the-key") << m << QList<DnsAnswer>{txt(b, {ed25519Key}), two}
                                              << QStringList{"pass", "pass"} << QStringList{"dkim.pass", "dkim.pass"};
}

void TestDkimVerifier::verify()
{
    QFETCH(QByteArray, message);
    QFETCH(QList<DnsAnswer>, answers);
    QFETCH(QStringList, results);
    QFETCH(QStringList, reasons);
    const QList<DkimResult> r = run(message, answers);
    QCOMPARE(r.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(r.at(i).result, results.at(i));
        QCOMPARE(r.at(i).reason, reasons.at(i));
    }
    QCOMPARE(r.at(0).algorithm, QStringLiteral("ed25519-sha256"));
    QCOMPARE(r.at(1).keyName, QStringLiteral("test._domainkey.football.example.com"));
    if (results.at(1) == u"pass")
        QCOMPARE(r.at(1).keyBits, 1024);
}

void TestDkimVerifier::signatureSyntax_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray base = "v=1; a=rsa-sha256; d=example.com; s=sel; h=from:to; bh=AAAA; b=AAAA";
    QTest::newRow("well-formed") << base << QString();
    QTest::newRow("missing-bh") << QByteArray("v=1; a=rsa-sha256; d=example.com; s=sel; h=from; b=AAAA")
                                << QStringLiteral("dkim.tag.missing");
    QTest::newRow("version-2") << QByteArray(base).replace("v=1", "v=2") << QStringLiteral("dkim.version");
    QTest::newRow("algorithm-md5") << QByteArray(base).replace("rsa-sha256", "rsa-md5") << QStringLiteral("dkim.algorithm.unknown");
    QTest::newRow("canon-unknown") << base + "; c=fancy/simple" << QStringLiteral("dkim.canonicalization.unknown");
    QTest::newRow("i-outside-d") << base + "; i=joe@example.org" << QStringLiteral("dkim.identity_mismatch");
    QTest::newRow("i-subdomain-ok") << base + "; i=joe@mail.example.com" << QString();
    QTest::newRow("from-not-signed") << QByteArray(base).replace("h=from:to", "h=to:subject") << QStringLiteral("dkim.from_not_signed");
    QTest::newRow("query-method-unknown") << base + "; q=http/well-known" << QStringLiteral("dkim.query_method");
    QTest::newRow("query-method-among-others") << base + "; q=foo/bar:dns/txt" << QString();
    QTest::newRow("l-not-a-number") << base + "; l=12a" << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("duplicate-tag") << base + "; d=example.org" << QStringLiteral("dkim.tag.duplicate");
    QTest::newRow("b-not-base64") << QByteArray(base).replace("b=AAAA", "b=!!!") << QStringLiteral("dkim.tag.syntax");
    // Base64 rules of QByteArray::fromBase64Encoding with AbortOnBase64DecodingErrors.
    QTest::newRow("b-padded-one") << QByteArray(base).replace("b=AAAA", "b=YWJj ZGU=") << QString();
    QTest::newRow("b-padded-two") << QByteArray(base).replace("b=AAAA", "b=YWJj\tZA==")
                                  << QString();
    QTest::newRow("b-unpadded-tail") << QByteArray(base).replace("b=AAAA", "b=YWJjZA") << QString();
    QTest::newRow("b-padding-wrong-length")
        << QByteArray(base).replace("b=AAAA", "b=YWJjZA=") << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("b-padding-three") << QByteArray(base).replace("b=AAAA", "b=YWJjZGVmZ2gK====")
                                     << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("b-padding-inside")
        << QByteArray(base).replace("b=AAAA", "b=YW=jZA==") << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("b-high-byte") << QByteArray(base).replace("b=AAAA", "b=YWJ\x9cZA==")
                                 << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("b-only-padding")
        << QByteArray(base).replace("b=AAAA", "b====") << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("b-one-char") << QByteArray(base).replace("b=AAAA", "b=Y")
                                << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("bh-url-alphabet")
        << QByteArray(base).replace("bh=AAAA", "bh=ab-_") << QStringLiteral("dkim.tag.syntax");
    QTest::newRow("x-before-t") << base + "; t=200; x=100" << QStringLiteral("dkim.expiry_before_timestamp");
    QTest::newRow("garbage") << QByteArray(";;==;") << QStringLiteral("dkim.tag.list_syntax");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("dkim.tag.missing");
}

void TestDkimVerifier::signatureSyntax()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, reason);
    const Message m = Message::parse("DKIM-Signature: " + field + "\r\nFrom: a@example.com\r\n\r\n");
    const DkimSignature sig = DkimSignature::parse(m.headers().first());
    QCOMPARE(sig.error, reason);
    if (reason.isEmpty()) {
        // The decoded b= is what Qt's strict decoder makes of the value without its white space.
        const TagList tags = *TagList::parse(field);
        const auto expected = QByteArray::fromBase64Encoding(
            TagList::stripWhiteSpace(tags.value("b")), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(expected);
        QCOMPARE(sig.signature, expected.decoded);
    }
}

void TestDkimVerifier::headersOnly()
{
    const QByteArray headers = m_message.left(m_message.indexOf("\r\n\r\n") + 2);
    const QList<DkimResult> r = run(headers,
                                    {txt("brisbane._domainkey.football.example.com", {ed25519Key}),
                                     txt("test._domainkey.football.example.com", rsaKey)});
    QCOMPARE(r.size(), 2);
    for (const DkimResult &d : r) {
        QCOMPARE(d.result, QStringLiteral("pass"));
        QCOMPARE(d.reason, QStringLiteral("dkim.pass_headers_only"));
        QCOMPARE(d.bodyHash, DkimResult::BodyHash::NotSupplied);
        QVERIFY(d.computedBodyHash.isEmpty());
    }
    // Headers alone, one header altered: the header signature still fails, body or not.
    QByteArray altered = headers;
    altered.replace("Is dinner ready?", "Is lunch ready?");
    const QList<DkimResult> bad = run(altered,
                                      {txt("brisbane._domainkey.football.example.com", {ed25519Key}),
                                       txt("test._domainkey.football.example.com", rsaKey)});
    QCOMPARE(bad.at(0).result, QStringLiteral("fail"));
    QCOMPARE(bad.at(0).bodyHash, DkimResult::BodyHash::NotSupplied);
}

void TestDkimVerifier::bodyLength_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("findings");

    // A signature on top of the RFC 8463 message, made here with its Ed25519 key, whose l= and
    // bh= cover the first `length` canonical body bytes.
    const QByteArray &m = m_message;
    const qint64 whole = DkimCanonicalizer::body(
        Message::parse(m).body(), DkimSignature::Canon::Relaxed, DigestStream::Hash::Sha256, -1)
                             .canonicalLength;
    const auto signedWith = [&m](qint64 length) {
        return test::signOnTop(m,
            "DKIM-Signature",
            "v=1; a=ed25519-sha256; c=relaxed/relaxed; d=football.example.com; "
            "s=brisbane; h=from:to:subject:date:message-id; l="
                + QByteArray::number(length)
                + "; bh=" + test::bodyHash(m, DkimSignature::Canon::Relaxed, length) + "; ");
    };
    const QByteArray footer = "P.S. appended by a list\r\n";
    const QStringList none;
    const QStringList beyond{QStringLiteral("dkim.body.beyond_length")};

    QTest::newRow("whole-body") << signedWith(whole) << "pass"
                                << "dkim.pass" << none;
    // RFC 6376 §3.5 l=: what follows the signed length is not verified, only reported. The
    // whole body's hash differs from bh=, so a verifier that ignored l= would fail these.
    QTest::newRow("covers-part-footer-appended") << signedWith(whole) + footer << "pass"
                                                 << "dkim.pass" << beyond;
    QTest::newRow("covers-part-of-a-line") << signedWith(10) << "pass"
                                           << "dkim.pass" << beyond;
    QTest::newRow("covers-none") << signedWith(0) << "pass"
                                 << "dkim.pass" << beyond;
    QByteArray changed = signedWith(whole) + footer;
    changed.replace("We lost the game.", "We won the game.");
    QTest::newRow("covered-part-changed") << changed << "fail"
                                          << "dkim.body_hash_mismatch" << beyond;
    // RFC 6376 §3.5 l=, §6.1.3: an l= beyond the body is not a valid signature, although bh= is
    // the hash of the whole body; nor is a body cut below l= after signing.
    QTest::newRow("beyond-body") << signedWith(whole + 20) << "fail"
                                 << "dkim.body.shorter_than_length" << none;
    QByteArray cut = signedWith(whole);
    cut.chop(QByteArray("Joe.\r\n").size());
    QTest::newRow("body-cut-below-length") << cut << "fail"
                                           << "dkim.body.shorter_than_length" << none;
}

void TestDkimVerifier::bodyLength()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QStringList, findings);
    QVERIFY2(message.startsWith("DKIM-Signature: "), "the test signature was made");
    const QList<DkimResult> r = run(message, {txt(test::Rfc8463KeyName, {test::Rfc8463Record})});
    QCOMPARE(r.size(), 3);
    const DkimResult &d = r.first();
    QCOMPARE(d.result, result);
    QCOMPARE(d.reason, reason);
    QStringList keys;
    for (const Finding &f : d.findings)
        keys.append(f.key);
    QCOMPARE(keys, findings);
    QVERIFY(d.bodyLength >= 0);
    if (findings.contains(u"dkim.body.beyond_length")) {
        const Finding &f = d.findings.first();
        QCOMPARE(
            f.arg(QStringLiteral("extra")), QString::number(d.canonicalBodyLength - d.bodyLength));
    }
}

QTEST_GUILESS_MAIN(TestDkimVerifier)
#include "TestDkimVerifier.moc"
