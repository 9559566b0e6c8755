#include "core/auth/results/AuthResultsParser.h"
#include "core/base/Limits.h"
#include "core/message/Message.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <ctime>

using namespace kensa;

namespace {

const QString conformanceDir = QStringLiteral(KENSA_SHARED_DIR "/conformance/authres");

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

// The keys AuthResultsParser.h marks with "*": each makes the field nonconforming.
bool isNonconformingKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("authres.empty"),
        QStringLiteral("authres.control_char"),
        QStringLiteral("authres.comment.unclosed"),
        QStringLiteral("authres.quote.unclosed"),
        QStringLiteral("authres.syntax"),
        QStringLiteral("authres.no_authserv_id"),
        QStringLiteral("authres.no_results"),
        QStringLiteral("authres.missing_semicolon"),
        QStringLiteral("authres.trailing_semicolon"),
        QStringLiteral("authres.method.no_result"),
        QStringLiteral("authres.property.no_ptype"),
        QStringLiteral("authres.reason.misplaced"),
        QStringLiteral("authres.value.bad_char"),
        QStringLiteral("authres.arc.no_instance"),
        QStringLiteral("authres.arc.bad_instance")};
    return keys.contains(key);
}

// One line per field: "[i=N ]authserv-id[ vN][; none]; method[/N]=result[ reason=[..]][ p.q=[..]]..."
QString describe(const AuthResultsField &field)
{
    QString out;
    if (field.instance >= 0)
        out += QStringLiteral("i=%1 ").arg(field.instance);
    out += field.authservId.isEmpty() ? QStringLiteral("-") : field.authservId;
    if (field.version >= 0)
        out += QStringLiteral(" v%1").arg(field.version);
    if (field.noResult)
        out += QStringLiteral("; none");
    for (const AuthResultsMethod &m : field.methods) {
        out += QStringLiteral("; ") + m.method;
        if (m.version >= 0)
            out += QStringLiteral("/%1").arg(m.version);
        out += u'=' + m.result;
        if (!m.reason.isNull())
            out += QStringLiteral(" reason=[%1]").arg(m.reason);
        for (const AuthResultsProperty &p : m.properties)
            out += QStringLiteral(" %1=[%2]").arg(p.name(), p.value);
    }
    return out;
}

// What holds for every parsed field, whatever the input.
void checkInvariants(const AuthResultsField &field, const HeaderField &header)
{
    QCOMPARE(field.raw, header.raw);
    QCOMPARE(field.line, header.line);
    QCOMPARE(field.fieldName, header.nameText());
    QVERIFY(!field.trusted);
    bool nonconformingFinding = false;
    QHash<QString, int> perKey;
    for (const Finding &finding : field.findings) {
        if (finding.key == u"message.findings.more") {
            // The cap's summary comes after the findings it counts.
            QCOMPARE(perKey.value(finding.arg(QStringLiteral("key"))), Limits::MaxFindingsPerKey);
            QVERIFY(finding.arg(QStringLiteral("count")).toInt() > 0);
            QCOMPARE(finding.header, header.nameText());
            continue;
        }
        QVERIFY2(finding.key.startsWith(u"authres."), qPrintable(finding.key));
        QCOMPARE(finding.header, header.nameText());
        QVERIFY2(finding.line >= header.line && finding.line < header.line + header.lineCount(),
            qPrintable(finding.key));
        QCOMPARE(finding.arg(QStringLiteral("line")), QString::number(finding.line));
        QCOMPARE(finding.args.first().first, QStringLiteral("line"));
        QVERIFY(++perKey[finding.key] <= Limits::MaxFindingsPerKey);
        nonconformingFinding = nonconformingFinding || isNonconformingKey(finding.key);
    }
    QCOMPARE(field.nonconforming, nonconformingFinding);
    QVERIFY(field.methods.size() <= AuthResultsParser::MaxMethods);
    for (const AuthResultsMethod &m : field.methods) {
        QVERIFY(!m.method.isEmpty());
        QVERIFY(!m.result.isEmpty());
        QCOMPARE(m.method, m.method.toLower());
        QCOMPARE(m.result, m.result.toLower());
        QVERIFY(m.line >= header.line && m.line < header.line + header.lineCount());
        for (const AuthResultsProperty &p : m.properties) {
            QVERIFY(!p.property.isEmpty());
            QCOMPARE(p.ptype, p.ptype.toLower());
            QCOMPARE(p.property, p.property.toLower());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Conformance data (../shared/conformance/authres, see its README and PROVENANCE.md)

struct ConformanceCase
{
    QString name; // "FILE#N"
    QString mismatch; // empty when the field matched
    int methods = 0; // method results compared
};

QString jsonIntOrNull(const QJsonValue &v)
{
    return v.isNull() ? QStringLiteral("null") : QString::number(v.toInt());
}

// Compares one parsed field with its expected object; returns what differs, empty when equal.
QString compareWithExpected(const AuthResultsField &field, const QJsonObject &expect)
{
    QStringList diffs;
    static const char *const requiredField[]
        = {"field", "authserv_id", "version", "none", "methods"};
    for (const char *key : requiredField) {
        if (!expect.contains(QLatin1StringView(key)))
            diffs.append(QStringLiteral("expected.json lacks \"%1\"").arg(QLatin1StringView(key)));
    }
    if (!diffs.isEmpty())
        return diffs.join(u"; ");
    const auto differ = [&diffs](const QString &what, const QString &got, const QString &want) {
        if (got != want)
            diffs.append(QStringLiteral("%1: got \"%2\", want \"%3\"").arg(what, got, want));
    };
    differ(QStringLiteral("field"), field.fieldName, expect.value(u"field").toString());
    const bool arc = expect.value(u"field").toString() == u"ARC-Authentication-Results";
    differ(QStringLiteral("instance"),
        QString::number(field.instance),
        arc ? QString::number(expect.value(u"instance").toInt(-1)) : QStringLiteral("-1"));
    const QJsonValue id = expect.value(u"authserv_id");
    differ(QStringLiteral("authserv_id"),
        field.authservId.isEmpty() ? QStringLiteral("null") : field.authservId,
        id.isNull() ? QStringLiteral("null") : id.toString());
    differ(QStringLiteral("version"),
        field.version < 0 ? QStringLiteral("null") : QString::number(field.version),
        jsonIntOrNull(expect.value(u"version")));
    differ(QStringLiteral("none"),
        field.noResult ? QStringLiteral("true") : QStringLiteral("false"),
        expect.value(u"none").toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    const bool nonconforming = expect.contains(u"nonconforming");
    differ(QStringLiteral("nonconforming"),
        field.nonconforming ? QStringLiteral("true") : QStringLiteral("false"),
        nonconforming ? QStringLiteral("true") : QStringLiteral("false"));

    const QJsonArray methods = expect.value(u"methods").toArray();
    differ(QStringLiteral("method count"),
        QString::number(field.methods.size()),
        QString::number(methods.size()));
    for (qsizetype i = 0; i < std::min(field.methods.size(), methods.size()); ++i) {
        const AuthResultsMethod &got = field.methods.at(i);
        const QJsonObject want = methods.at(i).toObject();
        static const char *const requiredMethod[]
            = {"method", "method_version", "result", "reason", "props"};
        for (const char *key : requiredMethod) {
            if (!want.contains(QLatin1StringView(key)))
                diffs.append(QStringLiteral("method %1: expected.json lacks \"%2\"")
                                 .arg(i)
                                 .arg(QLatin1StringView(key)));
        }
        const QString at = QStringLiteral("method %1 ").arg(i);
        differ(at + QStringLiteral("name"), got.method, want.value(u"method").toString());
        differ(at + QStringLiteral("version"),
            got.version < 0 ? QStringLiteral("null") : QString::number(got.version),
            jsonIntOrNull(want.value(u"method_version")));
        differ(at + QStringLiteral("result"), got.result, want.value(u"result").toString());
        const QJsonValue reason = want.value(u"reason");
        differ(at + QStringLiteral("reason"),
            got.reason.isNull() ? QStringLiteral("null") : u'"' + got.reason + u'"',
            reason.isNull() ? QStringLiteral("null") : u'"' + reason.toString() + u'"');
        QMap<QString, QString> props;
        for (const AuthResultsProperty &p : got.properties) {
            if (props.contains(p.name()))
                diffs.append(at + QStringLiteral("property %1 twice").arg(p.name()));
            props.insert(p.name(), p.value);
        }
        QMap<QString, QString> wantProps;
        const QJsonObject wantObject = want.value(u"props").toObject();
        for (auto it = wantObject.begin(); it != wantObject.end(); ++it)
            wantProps.insert(it.key(), it.value().toString());
        if (props != wantProps) {
            QStringList gotText;
            QStringList wantText;
            for (auto it = props.cbegin(); it != props.cend(); ++it)
                gotText.append(it.key() + u'=' + it.value());
            for (auto it = wantProps.cbegin(); it != wantProps.cend(); ++it)
                wantText.append(it.key() + u'=' + it.value());
            differ(at + QStringLiteral("props"), gotText.join(u' '), wantText.join(u' '));
        }
    }
    return diffs.join(u"; ");
}

QList<ConformanceCase> runConformanceFile(const QString &name)
{
    QList<ConformanceCase> cases;
    QFile text(conformanceDir + u'/' + name + QStringLiteral(".txt"));
    QFile json(conformanceDir + u'/' + name + QStringLiteral(".expected.json"));
    if (!text.open(QIODevice::ReadOnly) || !json.open(QIODevice::ReadOnly)) {
        cases.append({name, QStringLiteral("cannot open %1.txt or %1.expected.json").arg(name), 0});
        return cases;
    }
    QJsonParseError error;
    const QJsonArray expected = QJsonDocument::fromJson(json.readAll(), &error).array();
    if (error.error != QJsonParseError::NoError) {
        cases.append({name, QStringLiteral("bad JSON: %1").arg(error.errorString()), 0});
        return cases;
    }
    QByteArray bytes = text.readAll();
    if (!bytes.endsWith("\r\n\r\n"))
        bytes += "\r\n"; // end of the header section; the files hold header fields only
    const Message message = Message::parse(bytes);
    QList<AuthResultsField> fields;
    for (const HeaderField &header : message.headers()) {
        if (header.hasName("Authentication-Results")
            || header.hasName("ARC-Authentication-Results"))
            fields.append(AuthResultsParser::parse(header));
    }
    if (fields.size() != expected.size()) {
        cases.append({name,
            QStringLiteral("%1 fields parsed, %2 expected").arg(fields.size()).arg(expected.size()),
            0});
        return cases;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        cases.append({QStringLiteral("%1#%2").arg(name).arg(i + 1),
            compareWithExpected(fields.at(i), want),
            int(want.value(u"methods").toArray().size())});
    }
    return cases;
}

QStringList conformanceNames()
{
    QStringList names;
    for (const QString &file :
        QDir(conformanceDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

} // namespace

class TestAuthResultsParser : public QObject
{
    Q_OBJECT

private slots:
    void grammar_data();
    void grammar();
    void comments_data();
    void comments();
    void findingPosition();
    void propertyLookup();
    void unfoldedOverload();
    void oversized_data();
    void oversized();
    void randomGarbage();
    void parseAll();
    void trust_data();
    void trust();
    void trustByPlacement_data();
    void trustByPlacement();
    void clientIp_data();
    void clientIp();
    void conformance_data();
    void conformance();
    void conformanceTotals();
};

void TestAuthResultsParser::grammar_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("nonconforming");
    QTest::addColumn<QStringList>("findings");

    const auto row = [](const char *name,
                         const QByteArray &field,
                         const char *expected,
                         bool nonconforming = false,
                         const QStringList &findings = {}) {
        QTest::newRow(name) << field << QString::fromUtf8(expected) << nonconforming << findings;
    };

    // RFC 8601 Appendix B (B.1 has no field)
    row("rfc8601-b2-none", "Authentication-Results: example.org 1; none", "example.org v1; none");
    row("rfc8601-b3-spf",
        "Authentication-Results: example.com;\r\n          spf=pass smtp.mailfrom=example.net",
        "example.com; spf=pass smtp.mailfrom=[example.net]");
    row("rfc8601-b4-first",
        "Authentication-Results: example.com;\r\n"
        "          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n"
        "          spf=pass smtp.mailfrom=example.net",
        "example.com; auth=pass smtp.auth=[sender@example.net]; spf=pass "
        "smtp.mailfrom=[example.net]");
    row("rfc8601-b4-second",
        "Authentication-Results: example.com; iprev=pass\r\n          policy.iprev=192.0.2.200",
        "example.com; iprev=pass policy.iprev=[192.0.2.200]");
    row("rfc8601-b5-first",
        "Authentication-Results: example.com;\r\n          dkim=pass (good signature) "
        "header.d=example.com",
        "example.com; dkim=pass header.d=[example.com]");
    row("rfc8601-b5-second",
        "Authentication-Results: example.com;\r\n"
        "          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n"
        "          spf=fail smtp.mailfrom=example.com",
        "example.com; auth=pass smtp.auth=[sender@example.com]; spf=fail "
        "smtp.mailfrom=[example.com]");
    row("rfc8601-b6-first",
        "Authentication-Results: example.com;\r\n"
        "    dkim=pass reason=\"good signature\"\r\n"
        "      header.i=@mail-router.example.net;\r\n"
        "    dkim=fail reason=\"bad signature\"\r\n"
        "      header.i=@newyork.example.com",
        "example.com; dkim=pass reason=[good signature] header.i=[@mail-router.example.net]; "
        "dkim=fail reason=[bad signature] header.i=[@newyork.example.com]");
    row("rfc8601-b6-second",
        "Authentication-Results: example.net;\r\n"
        "    dkim=pass (good signature) header.i=@newyork.example.com",
        "example.net; dkim=pass header.i=[@newyork.example.com]");
    row("rfc8601-b7-comments",
        "Authentication-Results: foo.example.net (foobar) 1 (baz);\r\n"
        "    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n"
        "      policy (A dot can go here) . (like that) expired\r\n"
        "      (this surprised me) = (as I wasn't expecting it) 1362471462",
        "foo.example.net v1; dkim/1=fail policy.expired=[1362471462]");

    // Comments and white space
    row("comments-everywhere",
        "Authentication-Results: (a) example.com (b) ; (c) spf (d) = (e) pass (f) smtp (g) . (h) "
        "mailfrom (i) = (j) user@example.net (k) ; (l) dkim (m) / (n) 1 (o) = (p) pass (q) reason "
        "(r) = (s) \"ok\" (t)",
        "example.com; spf=pass smtp.mailfrom=[user@example.net]; dkim/1=pass reason=[ok]");
    row("comments-nested",
        "Authentication-Results: example.com; dkim=pass (a (b (c) b) a) header.d=example.com",
        "example.com; dkim=pass header.d=[example.com]");
    row("comment-holds-specials",
        "Authentication-Results: example.com; dkim=pass (1024-bit key; \"x=y\" \\) ok) "
        "header.d=example.com",
        "example.com; dkim=pass header.d=[example.com]");
    row("no-spaces-at-all",
        "Authentication-Results:example.com;spf=pass(ok)smtp.mailfrom=a@example.net;dkim=pass",
        "example.com; spf=pass smtp.mailfrom=[a@example.net]; dkim=pass");
    row("tabs-and-folds",
        "Authentication-Results:\texample.com;\r\n\tspf=pass\r\n\t\tsmtp.mailfrom=example.net",
        "example.com; spf=pass smtp.mailfrom=[example.net]");
    row("comment-too-deep",
        "Authentication-Results: example.com; dkim=pass " + QByteArray(40, '(') + "x"
            + QByteArray(40, ')') + " header.d=example.com",
        "example.com; dkim=pass header.d=[example.com]",
        false,
        {QStringLiteral("authres.comment.too_deep")});

    // Quoted strings
    row("quoted-reason-with-specials",
        "Authentication-Results: example.com; dkim=fail reason=\"bad \\\"sig\\\"; (not a "
        "comment)\" "
        "header.d=example.com",
        "example.com; dkim=fail reason=[bad \"sig\"; (not a comment)] header.d=[example.com]");
    row("quoted-authserv-id",
        "Authentication-Results: \"mx.example.com\"; spf=pass smtp.mailfrom=example.net",
        "mx.example.com; spf=pass smtp.mailfrom=[example.net]");
    row("quoted-pvalue",
        "Authentication-Results: example.com; dkim=pass header.b=\"AbC/dE+f=\"",
        "example.com; dkim=pass header.b=[AbC/dE+f=]");
    row("quoted-local-part",
        "Authentication-Results: example.com; spf=pass smtp.mailfrom=\"john doe\"@example.net",
        "example.com; spf=pass smtp.mailfrom=[\"john doe\"@example.net]");
    row("empty-quoted-reason",
        "Authentication-Results: example.com; dkim=fail reason=\"\"",
        "example.com; dkim=fail reason=[]");
    row("address-with-atext",
        "Authentication-Results: example.com; spf=pass smtp.mailfrom=bounce+a=b/c@mail.example.net",
        "example.com; spf=pass smtp.mailfrom=[bounce+a=b/c@mail.example.net]");
    row("utf8-values-rfc8616",
        "Authentication-Results: example.com; dmarc=pass header.from=\xe4\xbe\x8b\xe3\x81\x88.jp",
        "example.com; dmarc=pass header.from=[\xe4\xbe\x8b\xe3\x81\x88.jp]");

    // Versions, none, reason
    row("authres-version",
        "Authentication-Results: example.com 1; spf=pass smtp.mailfrom=example.net",
        "example.com v1; spf=pass smtp.mailfrom=[example.net]");
    row("authres-version-unknown",
        "Authentication-Results: example.com 2; spf=pass",
        "example.com v2; spf=pass",
        false,
        {QStringLiteral("authres.version.unknown")});
    row("method-version-unknown",
        "Authentication-Results: example.com; dkim/2=pass",
        "example.com; dkim/2=pass",
        false,
        {QStringLiteral("authres.method.version.unknown")});
    row("method-version-garbage",
        "Authentication-Results: example.com; dkim/x=pass",
        "example.com",
        true,
        {QStringLiteral("authres.syntax"),
            QStringLiteral("authres.method.no_result"),
            QStringLiteral("authres.no_results")});
    row("none-no-space", "Authentication-Results: example.org;none", "example.org; none");
    row("none-with-comment",
        "Authentication-Results: example.org 1; none (nothing was checked)",
        "example.org v1; none");
    row("none-upper-case", "Authentication-Results: example.org; NONE", "example.org; none");
    row("none-followed-by-result",
        "Authentication-Results: example.org; none; spf=pass",
        "example.org; none; spf=pass",
        true,
        {QStringLiteral("authres.syntax")});
    row("reason-token",
        "Authentication-Results: example.com; dkim=fail reason=timeout header.d=example.com",
        "example.com; dkim=fail reason=[timeout] header.d=[example.com]");
    row("reason-with-cfws",
        "Authentication-Results: example.com; dkim=fail reason (why) = (because) \"key revoked\" "
        "header.d=example.com",
        "example.com; dkim=fail reason=[key revoked] header.d=[example.com]");
    row("reason-after-properties",
        "Authentication-Results: example.com; dkim=fail header.d=example.com reason=\"late\"",
        "example.com; dkim=fail reason=[late] header.d=[example.com]",
        true,
        {QStringLiteral("authres.reason.misplaced")});
    row("reason-twice-first-kept",
        "Authentication-Results: example.com; dkim=fail reason=first reason=second "
        "header.d=example.com",
        "example.com; dkim=fail reason=[first] header.d=[example.com]",
        true,
        {QStringLiteral("authres.reason.misplaced")});
    row("reason-unquoted-with-spaces",
        "Authentication-Results: example.com; dkim=fail reason=signature verification failed "
        "header.d=example.com",
        "example.com; dkim=fail reason=[signature] header.d=[example.com]",
        true,
        {QStringLiteral("authres.syntax"), QStringLiteral("authres.syntax")});

    // ptypes, methods, results
    row("ptype-body",
        "Authentication-Results: example.com; smime=pass body.smime-part=2 body.smime-serial=0A1B",
        "example.com; smime=pass body.smime-part=[2] body.smime-serial=[0A1B]");
    row("ptype-unknown-kept",
        "Authentication-Results: example.com; dkim=pass header.d=example.com dns.sec=yes",
        "example.com; dkim=pass header.d=[example.com] dns.sec=[yes]",
        false,
        {QStringLiteral("authres.unknown_ptype")});
    row("method-unknown-kept",
        "Authentication-Results: example.com; x-original=softpass smtp.client-ip=192.0.2.1",
        "example.com; x-original=softpass smtp.client-ip=[192.0.2.1]",
        false,
        {QStringLiteral("authres.unknown_method")});
    row("result-unknown",
        "Authentication-Results: example.com; spf=softpass smtp.mailfrom=example.net",
        "example.com; spf=softpass smtp.mailfrom=[example.net]",
        false,
        {QStringLiteral("authres.unknown_result")});
    row("registered-extras",
        "Authentication-Results: example.com; dkim-adsp=nxdomain; bimi=skipped; rrvs=unknown; "
        "dnswl=pass policy.ip=127.0.10.1; arc=pass; dkim-atps=none; vbr=none; spf=hardfail",
        "example.com; dkim-adsp=nxdomain; bimi=skipped; rrvs=unknown; dnswl=pass "
        "policy.ip=[127.0.10.1]; arc=pass; dkim-atps=none; vbr=none; spf=hardfail");
    row("case-folded-names",
        "Authentication-Results: MX.Example.COM; DKIM=PASS Header.D=Example.COM "
        "SMTP.MailFrom=A@B.example",
        "MX.Example.COM; dkim=pass header.d=[Example.COM] smtp.mailfrom=[A@B.example]");
    row("several-methods",
        "Authentication-Results: mx.example.net; dkim=pass header.d=example.com header.s=s1; "
        "dkim=fail header.d=example.org; spf=neutral smtp.mailfrom=example.com; dmarc=pass "
        "header.from=example.com; iprev=pass policy.iprev=192.0.2.1; auth=none",
        "mx.example.net; dkim=pass header.d=[example.com] header.s=[s1]; dkim=fail "
        "header.d=[example.org]; spf=neutral smtp.mailfrom=[example.com]; dmarc=pass "
        "header.from=[example.com]; iprev=pass policy.iprev=[192.0.2.1]; auth=none");

    // ARC-Authentication-Results (RFC 8617 §4.1.1)
    row("arc-google",
        "ARC-Authentication-Results: i=1; mx.google.com;\r\n"
        "       dkim=pass header.i=@example.com header.s=sel header.b=AbCdEfGh;\r\n"
        "       spf=pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted "
        "sender) smtp.mailfrom=a@example.com",
        "i=1 mx.google.com; dkim=pass header.i=[@example.com] header.s=[sel] header.b=[AbCdEfGh]; "
        "spf=pass smtp.mailfrom=[a@example.com]");
    row("arc-spaces-version-none",
        "ARC-Authentication-Results: (x) i (y) = (z) 3 ; lists.example.org 1; none",
        "i=3 lists.example.org v1; none");
    row("arc-microsoft",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass "
        "smtp.mailfrom=example.com;\r\n"
        " dmarc=pass action=none header.from=example.com; dkim=pass header.d=example.com; arc=none",
        "i=1 mx.microsoft.com v1; spf=pass smtp.mailfrom=[example.com]; dmarc=pass "
        "action=[none] header.from=[example.com]; dkim=pass header.d=[example.com]; arc=none",
        true,
        {QStringLiteral("authres.property.no_ptype")});
    row("arc-no-instance",
        "ARC-Authentication-Results: lists.example.org; arc=none",
        "lists.example.org; arc=none",
        true,
        {QStringLiteral("authres.arc.no_instance")});
    row("arc-instance-zero",
        "ARC-Authentication-Results: i=0; lists.example.org; arc=none",
        "i=0 lists.example.org; arc=none",
        true,
        {QStringLiteral("authres.arc.bad_instance")});
    row("arc-instance-51",
        "ARC-Authentication-Results: i=51; lists.example.org; arc=none",
        "i=51 lists.example.org; arc=none",
        true,
        {QStringLiteral("authres.arc.bad_instance")});
    row("arc-instance-garbage",
        "ARC-Authentication-Results: i=abc; lists.example.org; arc=none",
        "lists.example.org; arc=none",
        true,
        {QStringLiteral("authres.arc.bad_instance")});
    row("arc-instance-only",
        "ARC-Authentication-Results: i=2;",
        "i=2 -",
        true,
        {QStringLiteral("authres.no_results")});

    // What receivers really write
    row("microsoft-full",
        "Authentication-Results: spf=none (sender IP is 192.0.2.9)\r\n"
        " smtp.mailfrom=example.com; dkim=none (message not signed)\r\n"
        " header.d=none;dmarc=bestguesspass action=none header.from=example.com;compauth=pass "
        "reason=109;",
        "-; spf=none smtp.mailfrom=[example.com]; dkim=none header.d=[none]; dmarc=bestguesspass "
        "action=[none] header.from=[example.com]; compauth=pass reason=[109]",
        true,
        {QStringLiteral("authres.no_authserv_id"),
            QStringLiteral("authres.unknown_result"),
            QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.unknown_method"),
            QStringLiteral("authres.trailing_semicolon")});
    row("microsoft-versioned-method",
        "Authentication-Results: dkim/1=pass header.d=example.com",
        "-; dkim/1=pass header.d=[example.com]",
        true,
        {QStringLiteral("authres.no_authserv_id")});
    row("yahoo-trailing-semicolon",
        "Authentication-Results: atlas.example.com;\r\n dmarc=pass(p=REJECT) "
        "header.from=example.co.jp;",
        "atlas.example.com; dmarc=pass header.from=[example.co.jp]",
        true,
        {QStringLiteral("authres.trailing_semicolon")});
    row("empty-resinfo",
        "Authentication-Results: example.com; spf=pass;; dkim=pass",
        "example.com; spf=pass; dkim=pass",
        true,
        {QStringLiteral("authres.trailing_semicolon")});
    row("opendkim-opendmarc",
        "Authentication-Results: mail.example.net;\r\n"
        "\tdkim=pass (2048-bit key; unprotected) header.d=example.com header.i=@example.com "
        "header.a=rsa-sha256 header.s=default header.b=AbCdEfGh;\r\n"
        "\tdkim-atps=neutral",
        "mail.example.net; dkim=pass header.d=[example.com] header.i=[@example.com] "
        "header.a=[rsa-sha256] header.s=[default] header.b=[AbCdEfGh]; dkim-atps=neutral");
    row("opendmarc",
        "Authentication-Results: mail.example.net; dmarc=pass (p=reject dis=none) "
        "header.from=example.com",
        "mail.example.net; dmarc=pass header.from=[example.com]");
    row("exim",
        "Authentication-Results: mx.example.net;\r\n"
        "\tiprev=pass (mail.example.com) smtp.remote-ip=192.0.2.1;\r\n"
        "\tspf=pass smtp.mailfrom=example.com;\r\n"
        "\tdkim=pass header.d=example.com header.s=s1 header.a=rsa-sha256;\r\n"
        "\tdmarc=pass header.from=example.com;\r\n"
        "\tarc=none",
        "mx.example.net; iprev=pass smtp.remote-ip=[192.0.2.1]; spf=pass "
        "smtp.mailfrom=[example.com]; "
        "dkim=pass header.d=[example.com] header.s=[s1] header.a=[rsa-sha256]; dmarc=pass "
        "header.from=[example.com]; arc=none");
    row("fastmail",
        "Authentication-Results: mx4.messagingengine.com;\r\n"
        "    dkim=pass (2048-bit rsa key sha256) header.d=example.com header.b=AbCd "
        "x-bits=2048;\r\n"
        "    dmarc=pass policy.published-domain-policy=reject (p=reject,d=none) "
        "header.from=example.com;\r\n"
        "    x-tls=pass smtp.version=TLSv1.3 smtp.bits=256/256;\r\n"
        "    x-vs=clean score=-100 state=0",
        "mx4.messagingengine.com; dkim=pass header.d=[example.com] header.b=[AbCd] x-bits=[2048]; "
        "dmarc=pass policy.published-domain-policy=[reject] header.from=[example.com]; x-tls=pass "
        "smtp.version=[TLSv1.3] smtp.bits=[256/256]; x-vs=clean score=[-100] state=[0]",
        true,
        {QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.unknown_method"),
            QStringLiteral("authres.value.bad_char"),
            QStringLiteral("authres.unknown_method"),
            QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.property.no_ptype")});
    row("amazon-ses",
        "Authentication-Results: amazonses.com;\r\n"
        " spf=pass (spfCheck: domain of example.com designates 192.0.2.1 as permitted sender)\r\n"
        " client-ip=192.0.2.1; envelope-from=bounce@example.com; helo=mail.example.com;\r\n"
        " dkim=pass header.i=@example.com; dmarc=pass header.from=example.com;",
        "amazonses.com; spf=pass client-ip=[192.0.2.1] envelope-from=[bounce@example.com] "
        "helo=[mail.example.com]; dkim=pass header.i=[@example.com]; dmarc=pass "
        "header.from=[example.com]",
        true,
        {QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.property.no_ptype"),
            QStringLiteral("authres.trailing_semicolon")});
    row("nifty-sender-id",
        "Authentication-Results: mx.nifty.com; spf=pass smtp.mailfrom=info@example.co.jp;\r\n"
        " sender-id=pass header.From=info@example.co.jp; dkim=pass header.i=@example.co.jp;\r\n"
        " dkim-adsp=pass header.from=info@example.co.jp; dmarc=pass header.from=example.co.jp",
        "mx.nifty.com; spf=pass smtp.mailfrom=[info@example.co.jp]; sender-id=pass "
        "header.from=[info@example.co.jp]; dkim=pass header.i=[@example.co.jp]; dkim-adsp=pass "
        "header.from=[info@example.co.jp]; dmarc=pass header.from=[example.co.jp]");
    row("icloud-bimi",
        "Authentication-Results: bimi.icloud.com; bimi=declined header.d=example.com "
        "header.selector=default policy.authority=none reason=\"late\"",
        "bimi.icloud.com; bimi=declined reason=[late] header.d=[example.com] "
        "header.selector=[default] policy.authority=[none]",
        true,
        {QStringLiteral("authres.reason.misplaced")});
    row("ses-detail-without-previous-result",
        "Authentication-Results: example.com; client-ip=192.0.2.1; spf=pass",
        "example.com; client-ip=192; spf=pass",
        true,
        {QStringLiteral("authres.unknown_method"), QStringLiteral("authres.syntax")});
    row("gmail-header-b-slash",
        "Authentication-Results: mx.google.com; dkim=pass header.i=@example.com header.s=20230601 "
        "header.b=Qw/Er+Ty",
        "mx.google.com; dkim=pass header.i=[@example.com] header.s=[20230601] header.b=[Qw/Er+Ty]",
        true,
        {QStringLiteral("authres.value.bad_char")});
    row("missing-semicolon-between-results",
        "Authentication-Results: example.com; spf=pass smtp.mailfrom=a.example dkim=pass "
        "header.d=b.example",
        "example.com; spf=pass smtp.mailfrom=[a.example]; dkim=pass header.d=[b.example]",
        true,
        {QStringLiteral("authres.missing_semicolon")});
    row("missing-semicolon-after-authserv-id",
        "Authentication-Results: example.com spf=pass smtp.mailfrom=example.net",
        "example.com; spf=pass smtp.mailfrom=[example.net]",
        true,
        {QStringLiteral("authres.missing_semicolon")});
    row("no-authserv-id-semicolon-first",
        "Authentication-Results: ; spf=pass",
        "-; spf=pass",
        true,
        {QStringLiteral("authres.no_authserv_id")});

    // Garbage and broken fields
    row("empty", "Authentication-Results:", "-", true, {QStringLiteral("authres.empty")});
    row("blank", "Authentication-Results:   \t ", "-", true, {QStringLiteral("authres.empty")});
    row("only-comment",
        "Authentication-Results: (nothing)",
        "-",
        true,
        {QStringLiteral("authres.empty")});
    row("authserv-id-only",
        "Authentication-Results: example.com",
        "example.com",
        true,
        {QStringLiteral("authres.no_results")});
    row("authserv-id-semicolon",
        "Authentication-Results: example.com;",
        "example.com",
        true,
        {QStringLiteral("authres.trailing_semicolon"), QStringLiteral("authres.no_results")});
    row("semicolons-only",
        "Authentication-Results: ;;;",
        "-",
        true,
        {QStringLiteral("authres.no_authserv_id"),
            QStringLiteral("authres.trailing_semicolon"),
            QStringLiteral("authres.trailing_semicolon"),
            QStringLiteral("authres.trailing_semicolon"),
            QStringLiteral("authres.no_results")});
    row("result-without-method",
        "Authentication-Results: example.com; =pass",
        "example.com",
        true,
        {QStringLiteral("authres.syntax"), QStringLiteral("authres.no_results")});
    row("method-without-result",
        "Authentication-Results: example.com; dkim; spf=",
        "example.com",
        true,
        {QStringLiteral("authres.method.no_result"),
            QStringLiteral("authres.method.no_result"),
            QStringLiteral("authres.no_results")});
    row("property-without-value",
        "Authentication-Results: example.com; dkim=pass header.d= header.s=sel",
        "example.com; dkim=pass header.d=[] header.s=[sel]",
        true,
        {QStringLiteral("authres.syntax")});
    row("property-without-name",
        "Authentication-Results: example.com; dkim=pass header.=x header.s=sel",
        "example.com; dkim=pass header.s=[sel]",
        true,
        {QStringLiteral("authres.syntax")});
    row("stray-close-paren",
        "Authentication-Results: example.com; dkim=pass ) header.d=example.com",
        "example.com; dkim=pass header.d=[example.com]",
        true,
        {QStringLiteral("authres.syntax")});
    row("result-runs-into-comma",
        "Authentication-Results: example.com; dkim=pass, spf=pass",
        "example.com; dkim=pass; spf=pass",
        true,
        {QStringLiteral("authres.syntax"), QStringLiteral("authres.missing_semicolon")});
    row("punctuation-soup",
        "Authentication-Results: [!!!] ??? ;; = = =",
        "[!!!]",
        true,
        {QStringLiteral("authres.value.bad_char"),
            QStringLiteral("authres.syntax"),
            QStringLiteral("authres.trailing_semicolon"),
            QStringLiteral("authres.syntax"),
            QStringLiteral("authres.no_results")});
    row("control-char",
        QByteArray("Authentication-Results: example.com; dkim=pass\x01 header.d=example.com"),
        "example.com; dkim=pass header.d=[example.com]",
        true,
        {QStringLiteral("authres.control_char")});
    row("nul-byte",
        QByteArray("Authentication-Results: example.com;\0 spf=pass", 46),
        "example.com; spf=pass",
        true,
        {QStringLiteral("authres.control_char")});
    row("unclosed-comment-recovers",
        "Authentication-Results: example.com; dkim=pass (good signature header.d=example.com; "
        "spf=pass smtp.mailfrom=example.net",
        "example.com; dkim=pass; spf=pass smtp.mailfrom=[example.net]",
        true,
        {QStringLiteral("authres.comment.unclosed")});
    row("unclosed-comment-twice",
        "Authentication-Results: example.com; dkim=pass (a; spf=pass (b; dmarc=pass",
        "example.com; dkim=pass; spf=pass",
        true,
        {QStringLiteral("authres.comment.unclosed"), QStringLiteral("authres.comment.unclosed")});
    row("unclosed-quote-recovers",
        "Authentication-Results: example.com; dkim=fail reason=\"bad signature "
        "header.d=example.com; spf=pass",
        "example.com; dkim=fail reason=[bad signature header.d=example.com]; spf=pass",
        true,
        {QStringLiteral("authres.quote.unclosed")});
    row("unclosed-quote-at-end",
        "Authentication-Results: example.com; dkim=fail reason=\"bad",
        "example.com; dkim=fail reason=[bad]",
        true,
        {QStringLiteral("authres.quote.unclosed")});
    row("unclosed-comment-in-authserv-id",
        "Authentication-Results: example.com (oops",
        "example.com",
        true,
        {QStringLiteral("authres.comment.unclosed"), QStringLiteral("authres.no_results")});
}

void TestAuthResultsParser::grammar()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, expected);
    QFETCH(bool, nonconforming);
    QFETCH(QStringList, findings);

    const HeaderField header = makeField(field, 5);
    const AuthResultsField parsed = AuthResultsParser::parse(header);
    checkInvariants(parsed, header);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(describe(parsed), expected);
    // Joined, so that a difference shows the keys.
    QCOMPARE(findingKeys(parsed.findings).join(u' '), findings.join(u' '));
    QCOMPARE(parsed.nonconforming, nonconforming);
}

void TestAuthResultsParser::comments_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QStringList>("comments");

    QTest::newRow("first-after-result")
        << QByteArray("Authentication-Results: example.com; spf=pass (sender IP is 192.0.2.9) "
                      "smtp.mailfrom=example.com (not this one); dkim=pass header.d=example.com")
        << QStringList{QStringLiteral("sender IP is 192.0.2.9"), QString()};
    QTest::newRow("nested-kept-as-written") << QByteArray(
        "Authentication-Results: example.com; dkim=pass (outer (inner (deepest)) \\) end) "
        "header.d=example.com") << QStringList{QStringLiteral("outer (inner (deepest)) \\) end")};
    QTest::newRow("no-space-before-comment") << QByteArray(
        "Authentication-Results: example.com; dmarc=pass(p=REJECT sp=NONE) header.from=example.com")
                                             << QStringList{QStringLiteral("p=REJECT sp=NONE")};
    QTest::newRow("folded-comment")
        << QByteArray("Authentication-Results: example.com; spf=pass (google.com: domain of\r\n"
                      "\tbounce@example.com designates 192.0.2.1 as permitted sender)")
        << QStringList{
               QStringLiteral("google.com: domain of bounce@example.com designates 192.0.2.1 as "
                              "permitted sender")};
    QTest::newRow("comments-before-result-not-taken") << QByteArray(
        "Authentication-Results: example.com; dkim (a) = (b) pass header.d=example.com (c)")
                                                      << QStringList{QString()};
    QTest::newRow("comment-after-reason-not-taken")
        << QByteArray("Authentication-Results: example.com; dkim=fail reason=\"x\" (later)")
        << QStringList{QString()};
}

void TestAuthResultsParser::comments()
{
    QFETCH(QByteArray, field);
    QFETCH(QStringList, comments);

    const AuthResultsField parsed = AuthResultsParser::parse(makeField(field));
    QStringList got;
    for (const AuthResultsMethod &m : parsed.methods)
        got.append(m.comment);
    QCOMPARE(got, comments);
}

void TestAuthResultsParser::findingPosition()
{
    // The bad value stands on the second physical line: "\tdkim=pass header.b=Ab/c", column 21.
    const HeaderField folded = makeField("Authentication-Results: example.com;\r\n"
                                         "\tdkim=pass header.b=Ab/c",
        10);
    const AuthResultsField parsed = AuthResultsParser::parse(folded);
    QCOMPARE(parsed.findings.size(), 1);
    const Finding &finding = parsed.findings.first();
    QCOMPARE(finding.key, QStringLiteral("authres.value.bad_char"));
    QCOMPARE(finding.severity, Severity::Info);
    QCOMPARE(finding.line, 11);
    QCOMPARE(finding.header, QStringLiteral("Authentication-Results"));
    QCOMPARE(finding.args,
        (QList<QPair<QString, QString>>{{QStringLiteral("line"), QStringLiteral("11")},
            {QStringLiteral("position"), QStringLiteral("21")},
            {QStringLiteral("value"), QStringLiteral("Ab/c")}}));
    QCOMPARE(parsed.methods.size(), 1);
    QCOMPARE(parsed.methods.first().line, 11);

    // On the first line the column counts the field name: the second ";" is column 36.
    const AuthResultsField first
        = AuthResultsParser::parse(makeField("Authentication-Results: example.com;; spf=pass", 3));
    QCOMPARE(
        findingKeys(first.findings), QStringList{QStringLiteral("authres.trailing_semicolon")});
    QCOMPARE(first.findings.first().arg(QStringLiteral("position")), QStringLiteral("36"));
    QCOMPARE(first.findings.first().line, 3);

    // Field-wide findings carry only the line.
    const AuthResultsField microsoft = AuthResultsParser::parse(
        makeField("Authentication-Results: spf=pass smtp.mailfrom=example.com", 8));
    QCOMPARE(microsoft.findings.size(), 1);
    QCOMPARE(microsoft.findings.first().args,
        (QList<QPair<QString, QString>>{{QStringLiteral("line"), QStringLiteral("8")}}));
    QCOMPARE(microsoft.findings.first().severity, Severity::Notice);
}

void TestAuthResultsParser::propertyLookup()
{
    const AuthResultsField parsed = AuthResultsParser::parse(makeField(
        "Authentication-Results: example.com; dmarc=pass action=none header.from=Example.COM "
        "header.from=second.example; spf=pass smtp.mailfrom=example.net"));
    QCOMPARE(parsed.methods.size(), 2);
    const AuthResultsMethod &dmarc = parsed.methods.first();
    QCOMPARE(dmarc.property(u"header.from"), QStringLiteral("Example.COM"));
    QCOMPARE(dmarc.property(u"Header.From"), QStringLiteral("Example.COM"));
    QCOMPARE(dmarc.property(u"action"), QStringLiteral("none"));
    QVERIFY(dmarc.property(u"header.d").isNull());
    QCOMPARE(dmarc.properties.size(), 3); // duplicates kept
    QCOMPARE(dmarc.properties.at(2).value, QStringLiteral("second.example"));
    QVERIFY(dmarc.reason.isNull());
    QCOMPARE(parsed.method(u"SPF"), &parsed.methods.at(1));
    QCOMPARE(parsed.method(u"dkim"), nullptr);

    QVERIFY(AuthResultsParser::isKnownMethod(u"DKIM"));
    QVERIFY(!AuthResultsParser::isKnownMethod(u"compauth"));
    QVERIFY(AuthResultsParser::isKnownResult(u"spf", u"softfail"));
    QVERIFY(!AuthResultsParser::isKnownResult(u"spf", u"discard"));
    QVERIFY(AuthResultsParser::isKnownResult(u"dkim-adsp", u"discard"));
    QVERIFY(!AuthResultsParser::isKnownResult(u"compauth", u"pass"));

    // Values are values: a second parse of the same field is equal, a different one is not.
    QCOMPARE(AuthResultsParser::parse(makeField("Authentication-Results: a.example; spf=pass")),
        AuthResultsParser::parse(makeField("Authentication-Results: a.example; spf=pass")));
    QVERIFY(AuthResultsParser::parse(makeField("Authentication-Results: a.example; spf=pass"))
        != AuthResultsParser::parse(makeField("Authentication-Results: a.example; spf=fail")));
}

void TestAuthResultsParser::unfoldedOverload()
{
    const QByteArray value = " example.com; dkim=pass header.b=Ab/c";
    const AuthResultsField parsed
        = AuthResultsParser::parse(value, QStringLiteral("Authentication-Results"), 4);
    QCOMPARE(describe(parsed), QStringLiteral("example.com; dkim=pass header.b=[Ab/c]"));
    QCOMPARE(parsed.raw, QByteArray("Authentication-Results:") + value);
    QCOMPARE(parsed.line, 4);
    QCOMPARE(parsed.findings.size(), 1);
    // "Authentication-Results:" is 23 columns; the value's byte 33 is column 24 + 33.
    QCOMPARE(parsed.findings.first().arg(QStringLiteral("position")), QString::number(24 + 33));

    const AuthResultsField arc
        = AuthResultsParser::parse(QByteArrayView(" i=2; lists.example.org; arc=pass"),
            QStringLiteral("ARC-Authentication-Results"),
            1);
    QCOMPARE(describe(arc), QStringLiteral("i=2 lists.example.org; arc=pass"));
    QVERIFY(arc.isArc());
    QVERIFY(arc.findings.isEmpty());
}

void TestAuthResultsParser::oversized_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QStringList>("mustHave");

    const auto repeat = [](const QByteArray &unit, qsizetype size) {
        QByteArray out;
        out.reserve(size + unit.size());
        while (out.size() < size)
            out += unit;
        return out;
    };
    const qsizetype mb = 1024 * 1024;
    // Just under MaxFieldBytes: read whole, so the worst cases for rescanning are reached.
    const qsizetype most = AuthResultsParser::MaxFieldBytes - 100;
    const QString tooLong = QStringLiteral("authres.too_long");
    QTest::newRow("1mb-results") << "Authentication-Results: example.com; "
            + repeat("dkim=pass header.d=example.com; ",
                mb) << QStringList{tooLong, QStringLiteral("authres.too_many_methods")};
    QTest::newRow("1mb-open-parens") << "Authentication-Results: "
            + repeat("(", mb) << QStringList{tooLong, QStringLiteral("authres.comment.too_deep")};
    QTest::newRow("1mb-paren-semicolon")
        << "Authentication-Results: x; " + repeat("(;", mb) << QStringList{tooLong};
    QTest::newRow("1mb-semicolons") << "Authentication-Results: x"
            + repeat(";", mb) << QStringList{tooLong, QStringLiteral("authres.trailing_semicolon")};
    QTest::newRow("1mb-one-word") << "Authentication-Results: " + repeat("a", mb)
                                  << QStringList{tooLong};
    QTest::newRow("1mb-properties")
        << "Authentication-Results: x; dkim=pass " + repeat("header.d=a ", mb)
        << QStringList{tooLong};
    QTest::newRow("1mb-missing-semicolons")
        << "Authentication-Results: x; " + repeat("spf=pass ", mb)
        << QStringList{tooLong,
               QStringLiteral("authres.missing_semicolon"),
               QStringLiteral("authres.too_many_methods")};
    QTest::newRow("1mb-folded") << "Authentication-Results: x;" + repeat("\r\n spf=pass;", mb)
                                << QStringList{tooLong, QStringLiteral("authres.too_many_methods")};
    QTest::newRow("64k-paren-semicolon") << "Authentication-Results: x; " + repeat("(;", most)
                                         << QStringList{QStringLiteral("authres.comment.unclosed")};
    QTest::newRow("64k-quote-unclosed")
        << "Authentication-Results: x; dkim=fail reason=\"" + repeat("a; ", most)
        << QStringList{QStringLiteral("authres.quote.unclosed"),
               QStringLiteral("authres.method.no_result")};
    QTest::newRow("64k-quotes-and-parens") << "Authentication-Results: x; "
            + repeat("\"(\";(", most) << QStringList{QStringLiteral("authres.comment.unclosed")};
    QTest::newRow("64k-words") << "Authentication-Results: x; dkim=pass " + repeat("w ", most)
                               << QStringList{QStringLiteral("authres.syntax")};
}

void TestAuthResultsParser::oversized()
{
    QFETCH(QByteArray, field);
    QFETCH(QStringList, mustHave);

    // CPU time, not wall time: the suite runs beside parallel builds. A parse takes tens of
    // milliseconds; a quadratic path at 64 KiB would take minutes.
    const auto cpuMs = [] { return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC; };
    const HeaderField header = makeField(field, 2);
    qint64 start = cpuMs();
    const AuthResultsField parsed = AuthResultsParser::parse(header);
    const qint64 ms = cpuMs() - start;
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    checkInvariants(parsed, header);
    const QStringList keys = findingKeys(parsed.findings);
    for (const QString &key : mustHave)
        QVERIFY2(
            keys.contains(key), qPrintable(key + QStringLiteral(" not in ") + keys.join(u' ')));
    const bool cut = header.rawValue().size() > AuthResultsParser::MaxFieldBytes;
    QCOMPARE(keys.contains(QStringLiteral("authres.too_long")), cut);
    if (cut) {
        QCOMPARE(parsed.findings.first().key, QStringLiteral("authres.too_long"));
        QCOMPARE(parsed.findings.first().arg(QStringLiteral("length")),
            QString::number(header.rawValue().size()));
        QCOMPARE(parsed.findings.first().arg(QStringLiteral("limit")),
            QString::number(AuthResultsParser::MaxFieldBytes));
    }

    // The unfolded overload bounds the work the same way.
    start = cpuMs();
    const AuthResultsField again
        = AuthResultsParser::parse(header.unfoldedValue(), header.nameText(), 2);
    QVERIFY(cpuMs() - start < 3000);
    QCOMPARE(findingKeys(again.findings).contains(QStringLiteral("authres.too_long")),
        header.unfoldedValue().size() > AuthResultsParser::MaxFieldBytes);
}

void TestAuthResultsParser::randomGarbage()
{
    // Fixed seed: a failure can be reproduced. Fields of specials, keywords and folds.
    QRandomGenerator random(8601);
    static const char *const pieces[] = {"a",
        "dkim",
        "spf",
        "=",
        ";",
        ".",
        "/",
        "@",
        "(",
        ")",
        "\"",
        "\\",
        " ",
        "\t",
        "\r\n ",
        "\n",
        "1",
        "i",
        "reason",
        "none",
        "pass",
        "header",
        "\x01",
        "\xff",
        ",",
        "[",
        "]",
        "-",
        "_"};
    const int pieceCount = int(std::size(pieces));
    for (int round = 0; round < 4000; ++round) {
        QByteArray field
            = round % 3 == 0 ? "ARC-Authentication-Results:" : "Authentication-Results:";
        const int length = int(random.bounded(60));
        for (int i = 0; i < length; ++i)
            field += pieces[random.bounded(pieceCount)];
        const HeaderField header = makeField(field, 1 + round % 7);
        const AuthResultsField parsed = AuthResultsParser::parse(header);
        checkInvariants(parsed, header);
        if (QTest::currentTestFailed()) {
            qWarning() << "input:" << field;
            return;
        }
    }
}

void TestAuthResultsParser::parseAll()
{
    const QByteArray bytes
        = "Authentication-Results: mx.example.net;\r\n"
          "\tdkim=pass header.d=example.com\r\n"
          "ARC-Authentication-Results: i=1; mx.example.net; arc=none\r\n"
          "Subject: hello\r\n"
          "authentication-results: relay.example.org; spf=pass smtp.mailfrom=example.com\r\n"
          "X-Authentication-Results: not.this.one; spf=fail\r\n"
          "From: a@example.com\r\n"
          "\r\n"
          "Authentication-Results: in.the.body; spf=fail\r\n";
    const Message message = Message::parse(bytes);
    const QList<AuthResultsField> fields = AuthResultsParser::parseAll(message);
    QCOMPARE(fields.size(), 3);
    QCOMPARE(
        describe(fields.at(0)), QStringLiteral("mx.example.net; dkim=pass header.d=[example.com]"));
    QCOMPARE(fields.at(0).line, 1);
    QCOMPARE(fields.at(0).raw, message.headers().at(0).raw);
    QCOMPARE(fields.at(1).fieldName, QStringLiteral("ARC-Authentication-Results"));
    QCOMPARE(fields.at(1).line, 3);
    QCOMPARE(fields.at(2).fieldName, QStringLiteral("authentication-results"));
    QCOMPARE(fields.at(2).line, 5);
    QCOMPARE(fields.at(0).trusted, true);
    QCOMPARE(fields.at(1).trusted, false);
    QCOMPARE(fields.at(2).trusted, false);

    QVERIFY(AuthResultsParser::parseAll(Message::parse("From: a@example.com\r\n\r\n")).isEmpty());
}

void TestAuthResultsParser::trust_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("trusted"); // one character per field: 1 trusted, 0 not
    QTest::addColumn<QString>("untrustedSameId"); // 1 where authres.untrusted_same_id was added

    const QByteArray mx
        = "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\r\n";
    const QByteArray mxUpper
        = "Authentication-Results: MX.Example.NET; dkim=pass header.d=example.com\r\n";
    const QByteArray other
        = "Authentication-Results: relay.example.org; spf=fail smtp.mailfrom=example.com\r\n";
    const QByteArray forged
        = "Authentication-Results: mx.example.net; dkim=pass header.d=bank.example\r\n";
    const QByteArray arc = "ARC-Authentication-Results: i=1; mx.example.net; arc=none\r\n";
    const QByteArray microsoft = "Authentication-Results: spf=pass (sender IP is 192.0.2.1) "
                                 "smtp.mailfrom=example.com; dkim=none\r\n";

    QTest::newRow("single") << mx << QString() << QStringLiteral("1") << QStringLiteral("0");
    QTest::newRow("receiver-block-case-insensitive")
        << mx + mxUpper + other << QString() << QStringLiteral("110") << QStringLiteral("000");
    QTest::newRow("forged-below-foreign")
        << mx + other + forged << QString() << QStringLiteral("100") << QStringLiteral("001");
    QTest::newRow("only-foreign-below-receiver")
        << mx + other + other << QString() << QStringLiteral("100") << QStringLiteral("000");
    QTest::newRow("configured-matches-topmost") << mx + other << QStringLiteral("mx.example.net")
                                                << QStringLiteral("10") << QStringLiteral("00");
    QTest::newRow("configured-trimmed-case-insensitive")
        << mx + mxUpper << QStringLiteral("  MX.EXAMPLE.net ") << QStringLiteral("11")
        << QStringLiteral("00");
    QTest::newRow("configured-below-another-server")
        << other + mx << QStringLiteral("mx.example.net") << QStringLiteral("00")
        << QStringLiteral("01");
    QTest::newRow("configured-not-present") << mx + other << QStringLiteral("elsewhere.example")
                                            << QStringLiteral("00") << QStringLiteral("00");
    QTest::newRow("arc-never-trusted")
        << arc + mx + arc + other << QString() << QStringLiteral("0100") << QStringLiteral("0000");
    QTest::newRow("arc-on-top-does-not-define-receiver")
        << "ARC-Authentication-Results: i=1; arc.example.org; arc=none\r\n" + mx << QString()
        << QStringLiteral("01") << QStringLiteral("00");
    QTest::newRow("only-arc") << arc << QString() << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("no-fields") << QByteArray("Subject: x\r\n") << QString() << QString()
                               << QString();
    QTest::newRow("microsoft-topmost-only") << microsoft + microsoft + mx << QString()
                                            << QStringLiteral("100") << QStringLiteral("000");
    QTest::newRow("microsoft-with-configured-id")
        << microsoft + mx << QStringLiteral("mx.example.net") << QStringLiteral("00")
        << QStringLiteral("01");
}

void TestAuthResultsParser::trust()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, configured);
    QFETCH(QString, trusted);
    QFETCH(QString, untrustedSameId);

    const Message message = Message::parse(headers + "From: a@example.com\r\n\r\nbody\r\n");
    QList<AuthResultsField> fields = AuthResultsParser::parseAll(message, configured);
    QString gotTrusted;
    QString gotSameId;
    for (const AuthResultsField &field : fields) {
        gotTrusted += field.trusted ? u'1' : u'0';
        const bool flagged
            = findingKeys(field.findings).contains(QStringLiteral("authres.untrusted_same_id"));
        gotSameId += flagged ? u'1' : u'0';
        if (flagged) {
            const Finding &f = field.findings.last();
            QCOMPARE(f.arg(QStringLiteral("line")), QString::number(field.line));
            QCOMPARE(f.arg(QStringLiteral("authserv_id")), field.authservId);
            QCOMPARE(f.severity, Severity::Warning);
        }
    }
    QCOMPARE(gotTrusted, trusted);
    QCOMPARE(gotSameId, untrustedSameId);

    // Applying the rule again (the user changed the setting) gives the same answer, no duplicates.
    const QList<AuthResultsField> before = fields;
    AuthResultsParser::applyTrust(fields, configured);
    QCOMPARE(fields, before);
}

// Where a field stands among the Received fields, and the receiver's organisation (issue 13):
// a field below every Received was added before delivery; a receiver may write several ids.
void TestAuthResultsParser::trustByPlacement_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("trusted"); // one character per field: 1 trusted, 0 not
    QTest::addColumn<QString>("preDelivery"); // 1 where authres.pre_delivery was added
    QTest::addColumn<QString>("lowestBy"); // "by" host of the lowest Received field

    const QByteArray mxHop = "Received: from mail-sor-f41.example.com (mail-sor-f41.example.com "
                             "[198.51.100.41]) by mx.example.net with ESMTPS id a1; "
                             "Mon, 1 Jan 2024 10:00:01 +0000\r\n";
    const QByteArray tenantHop = "Received: from TY2PR02MB1234.jpnprd01.prod.example.com "
                                 "(2001:db8:1::a1) by TY2PR02MB5678.jpnprd01.prod.example.com "
                                 "with HTTPS; Mon, 1 Jan 2024 10:00:00 +0000\r\n";
    // Exchange Online, when a tenant sends: no authserv-id, below every Received.
    const QByteArray tenantClaim
        = "Authentication-Results: dkim=none (message not signed) "
          "header.d=none;dmarc=none action=none header.from=example.org;\r\n";
    // iCloud writes one field per verifier, each with its own host name.
    const QByteArray icloudDkim = "Authentication-Results: dkim-verifier.icloud.com; dkim=pass "
                                  "(2048-bit key) header.d=example.org header.i=@example.org\r\n";
    const QByteArray icloudSpf
        = "Authentication-Results: spf.icloud.com; spf=pass "
          "(spf.icloud.com: domain of a@example.org designates 198.51.100.41 "
          "as permitted sender) smtp.mailfrom=a@example.org\r\n";
    const QByteArray icloudDmarc = "Authentication-Results: dmarc-verifier.icloud.com; dmarc=pass "
                                   "header.from=example.org\r\n";
    const QByteArray icloudHop = "Received: from mail-a.example.org (mail-a.example.org "
                                 "[198.51.100.41]) by ms-in.icloud.com with ESMTPS id b2; "
                                 "Mon, 1 Jan 2024 10:00:01 +0000\r\n";
    const QByteArray foreign = "Authentication-Results: relay.example.org; spf=pass "
                               "smtp.mailfrom=example.org\r\n";
    const QByteArray gmail = "Authentication-Results: mx.example.net; spf=pass "
                             "smtp.mailfrom=a@example.org\r\n";

    QTest::newRow("exchange-tenant-below-every-received")
        << tenantHop + tenantClaim << QStringLiteral("0") << QStringLiteral("1") << QString();
    QTest::newRow("receiver-above-tenant-claim")
        << gmail + mxHop + tenantHop + tenantClaim << QStringLiteral("10") << QStringLiteral("01")
        << QString();
    QTest::newRow("gmail-below-its-mx-hop")
        << "Received: by 2002:a05:6a10:1 with SMTP id c3; Mon, 1 Jan 2024 10:00:02 +0000\r\n"
            + mxHop + gmail + tenantHop
        << QStringLiteral("1") << QStringLiteral("0") << QString();
    QTest::newRow("icloud-block-of-ids")
        << icloudDmarc + icloudSpf + icloudDkim + icloudHop << QStringLiteral("111")
        << QStringLiteral("000") << QString();
    QTest::newRow("icloud-block-ends-at-foreign")
        << icloudSpf + icloudDkim + foreign + icloudDmarc + icloudHop << QStringLiteral("1100")
        << QStringLiteral("0000") << QString();
    QTest::newRow("gmail-below-its-mx-hop-the-lowest")
        << "Received: by 2002:a05:6a10:1 with SMTP id c3; Mon, 1 Jan 2024 10:00:02 +0000\r\n"
            + mxHop + gmail
        << QStringLiteral("1") << QStringLiteral("0") << QStringLiteral("mx.example.net");
    QTest::newRow("other-id-below-every-received")
        << mxHop + foreign << QStringLiteral("0") << QStringLiteral("1")
        << QStringLiteral("mx.example.net");
    QTest::newRow("no-received-topmost-trusted")
        << gmail + foreign << QStringLiteral("10") << QStringLiteral("00") << QString();
}

void TestAuthResultsParser::trustByPlacement()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, trusted);
    QFETCH(QString, preDelivery);
    QFETCH(QString, lowestBy);

    // Organisational domains from a fixed table (the application uses libpsl).
    const auto org = [](const QString &host) {
        for (const QString &o : {QStringLiteral("icloud.com"),
                 QStringLiteral("example.net"),
                 QStringLiteral("example.org"),
                 QStringLiteral("example.com")}) {
            if (host.compare(o, Qt::CaseInsensitive) == 0
                || host.endsWith(u'.' + o, Qt::CaseInsensitive))
                return o;
        }
        return QString();
    };
    const Message message = Message::parse(headers + "From: a@example.org\r\n\r\nbody\r\n");
    const QList<AuthResultsField> fields
        = AuthResultsParser::parseAll(message, QString(), org, lowestBy);
    QString gotTrusted;
    QString gotPre;
    for (const AuthResultsField &field : fields) {
        gotTrusted += field.trusted ? u'1' : u'0';
        gotPre += findingKeys(field.findings).contains(QStringLiteral("authres.pre_delivery"))
            ? u'1'
            : u'0';
    }
    QCOMPARE(gotTrusted, trusted);
    QCOMPARE(gotPre, preDelivery);
}

// RFC 8601 properties are ptype.property; receivers write the client IP in several of them.
void TestAuthResultsParser::clientIp_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("ip");
    QTest::newRow("smtp.client-ip-rspamd")
        << QByteArray("mx.example.net; dkim=pass header.d=example.org header.s=s1 header.b=abc; "
                      "spf=pass (mx.example.net: domain of a@example.org designates 198.51.100.7 "
                      "as permitted sender) smtp.mailfrom=a@example.org; dmarc=pass (policy=none) "
                      "header.from=example.org; arc=none smtp.client-ip=198.51.100.7")
        << QStringLiteral("198.51.100.7");
    QTest::newRow("smtp.client-ip-ipv6")
        << QByteArray("mx.example.net; arc=none smtp.client-ip=2001:db8::25")
        << QStringLiteral("2001:db8::25");
    QTest::newRow("smtp.remote-ip-fastmail")
        << QByteArray("mx1.example.net; dkim=pass; iprev=pass smtp.remote-ip=203.0.113.167 "
                      "(a13-167.smtp-out.example.com); spf=pass smtp.mailfrom=example.com")
        << QStringLiteral("203.0.113.167");
    QTest::newRow("policy.iprev") << QByteArray(
        "mx.example.net; iprev=pass policy.iprev=192.0.2.33 (mail.example.org)")
                                  << QStringLiteral("192.0.2.33");
    QTest::newRow("amazon-ses-bare-client-ip") << QByteArray(
        "amazonses.com; spf=pass (spf: domain of example.org designates 192.0.2.10 as "
        "permitted sender) client-ip=192.0.2.10; envelope-from=a@example.org; "
        "helo=mail.example.org;") << QStringLiteral("192.0.2.10");
    QTest::newRow("microsoft-sender-ip-comment")
        << QByteArray("spf=pass (sender IP is 198.51.100.77) smtp.mailfrom=example.org; dkim=pass "
                      "(signature was verified) header.d=example.org;dmarc=pass action=none "
                      "header.from=example.org;compauth=pass reason=100")
        << QStringLiteral("198.51.100.77");
    QTest::newRow("hotmail-sender-ip-with-more-comment") << QByteArray(
        "hotmail.com; spf=none (sender IP is 192.0.2.29; identity alignment result is "
        "pass and alignment mode is relaxed) smtp.helo=OMC1.example.com")
                                                         << QStringLiteral("192.0.2.29");
    QTest::newRow("microsoft-empty-sender-ip")
        << QByteArray("spf=none (sender IP is ) smtp.mailfrom=<>;") << QString();
    QTest::newRow("none") << QByteArray("mx.example.net; spf=pass smtp.mailfrom=example.org")
                          << QString();
}

void TestAuthResultsParser::clientIp()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, ip);
    const AuthResultsField field
        = AuthResultsParser::parse(value, QStringLiteral("Authentication-Results"), 1);
    QCOMPARE(AuthResultsParser::clientIp(field), ip);
}

void TestAuthResultsParser::conformance_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = conformanceNames();
    QVERIFY2(!names.isEmpty(), qPrintable(conformanceDir + QStringLiteral(" holds no *.txt")));
    for (const QString &name : names)
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestAuthResultsParser::conformance()
{
    QFETCH(QString, name);
    for (const ConformanceCase &c : runConformanceFile(name))
        QVERIFY2(c.mismatch.isEmpty(), qPrintable(c.name + QStringLiteral(": ") + c.mismatch));
}

void TestAuthResultsParser::conformanceTotals()
{
    // No case is skipped: every field of the suite is read, including the nonconforming ones.
    int passed = 0;
    int failed = 0;
    const int skipped = 0;
    int methods = 0;
    const QStringList names = conformanceNames();
    for (const QString &name : names) {
        for (const ConformanceCase &c : runConformanceFile(name)) {
            if (c.mismatch.isEmpty()) {
                ++passed;
                methods += c.methods;
            } else {
                ++failed;
                qWarning().noquote() << "FAIL" << c.name << c.mismatch;
            }
        }
    }
    qInfo().noquote() << QStringLiteral(
        "authres conformance: %1 files, %2 fields passed (%3 method "
        "results), %4 failed, %5 skipped")
                             .arg(names.size())
                             .arg(passed)
                             .arg(methods)
                             .arg(failed)
                             .arg(skipped);
    QCOMPARE(failed, 0);
    // The counts of conformance/README.md: 12 files, 17 fields, 30 method results.
    QCOMPARE(names.size(), 12);
    QCOMPARE(passed, 17);
    QCOMPARE(methods, 30);
}

QTEST_GUILESS_MAIN(TestAuthResultsParser)
#include "TestAuthResultsParser.moc"
