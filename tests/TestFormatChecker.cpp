#include "core/i18n/Explanations.h"
#include "core/format/FormatChecker.h"
#include "core/hops/HopTimeline.h"
#include "core/hops/ReceivedParser.h"
#include "core/message/Message.h"
#include "core/message/MimePart.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kensa;

namespace {

// A valid message of today's mailers: every format rule passes on it.
QByteArrayList baseHeaders()
{
    return {"From: Alice Example <alice@example.com>",
        "To: bob@example.org",
        "Subject: Quarterly report",
        "Date: Mon, 2 Sep 2024 10:15:00 +0900",
        "Message-ID: <20240902101500.abc123@mail.example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8"};
}

QByteArray fieldName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon < 0 ? line : line.left(colon).trimmed().toLower();
}

// The base headers with the field of that name replaced (or removed when `line` is empty),
// appended when the base has none.
QByteArrayList with(const QByteArray &line, QByteArrayList headers = baseHeaders())
{
    const QByteArray name = fieldName(line);
    bool replaced = false;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (fieldName(headers.at(i)) == name) {
            headers[i] = line;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        headers.append(line);
    return headers;
}

QByteArrayList without(const QByteArray &name, QByteArrayList headers = baseHeaders())
{
    headers.removeIf([&](const QByteArray &h) { return fieldName(h) == name.toLower(); });
    return headers;
}

QByteArrayList plus(const QByteArray &line, QByteArrayList headers = baseHeaders())
{
    headers.append(line);
    return headers;
}

QByteArrayList above(const QByteArray &line, QByteArrayList headers = baseHeaders())
{
    headers.prepend(line);
    return headers;
}

// CRLF message; a null body gives headers only (no empty line).
QByteArray build(
    const QByteArrayList &headers, const QByteArray &body = "Hello Bob,\r\nsee you.\r\n")
{
    QByteArray out = headers.join("\r\n") + "\r\n";
    if (!body.isNull())
        out += "\r\n" + body;
    return out;
}

QByteArray headersOnly(const QByteArrayList &headers)
{
    return build(headers, QByteArray());
}

// A folded value (after the colon) of exactly `n` bytes: " aaaa...\r\n aaaa...".
QByteArray foldedValue(qsizetype n)
{
    QByteArray v;
    v.reserve(n);
    v += ' ';
    int column = 0;
    while (v.size() < n) {
        if (column == 76 && n - v.size() > 3) {
            v += "\r\n ";
            column = 0;
        } else {
            v += 'a';
            ++column;
        }
    }
    return v;
}

QByteArray bigField(const QByteArray &name, qsizetype valueBytes)
{
    return name + ':' + foldedValue(valueBytes);
}

QByteArray b64Word(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray multipart(const QByteArray &htmlPart, const QByteArray &textPart)
{
    QByteArrayList h = with("Content-Type: multipart/alternative; boundary=\"b1\"");
    return build(h,
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + textPart
            + "\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + htmlPart
            + "\r\n--b1--\r\n");
}

struct Run
{
    QList<CheckOutcome> outcomes;
    CheckOutcome outcome(const QString &id) const
    {
        for (const CheckOutcome &o : outcomes) {
            if (o.check == id)
                return o;
        }
        return {};
    }
};

// Every key has a sentence and every argument the sentence names is there.
bool explained(const QString &key, const QList<QPair<QString, QString>> &args, QString *why)
{
    if (!Explanations::hasText(key)) {
        *why = "no text for " + key;
        return false;
    }
    for (const QString &name : Explanations::argumentNames(key)) {
        bool found = false;
        for (const auto &arg : args)
            found = found || arg.first == name;
        if (!found) {
            *why = key + " lacks argument " + name;
            return false;
        }
    }
    return true;
}

bool allExplained(const QList<CheckOutcome> &outcomes, QString *why)
{
    if (outcomes.size() != FormatChecker::checkIds().size()) {
        *why = "wrong number of outcomes";
        return false;
    }
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const CheckOutcome &o = outcomes.at(i);
        if (o.check != FormatChecker::checkIds().at(i)) {
            *why = "outcome order: " + o.check;
            return false;
        }
        if (!o.reason.startsWith("format.")) {
            *why = "reason not a format key: " + o.reason;
            return false;
        }
        if (!explained(o.reason, o.reasonArgs, why))
            return false;
        for (const Finding &f : o.evidence) {
            if (!explained(f.key, f.args, why))
                return false;
        }
    }
    return true;
}

Run runChecker(const QByteArray &bytes,
    int receiverFields = 0,
    const QString &helo = {},
    const QDateTime &boundaryTime = {},
    const QStringList &authDomains = {},
    const QString &envelope = {})
{
    const Message message = Message::parse(bytes);
    const MimePart mime = MimePart::parse(message);
    const HopTimeline hops = HopTimeline::build(
        ReceivedParser::parseAll(message), {}, {}, [](const QString &) { return QString(); });
    FormatChecker::Input input;
    input.message = &message;
    input.mime = message.headersOnly() ? nullptr : &mime;
    input.hops = &hops;
    input.receiverFieldCount = receiverFields;
    input.boundaryHelo = helo;
    input.boundaryTime = boundaryTime;
    input.authDomains = authDomains;
    input.envelopeDomain = envelope;
    return {FormatChecker::check(input)};
}

bool hasEvidence(const CheckOutcome &o, const QString &key)
{
    for (const Finding &f : o.evidence) {
        if (f.key == key)
            return true;
    }
    return false;
}

QString describe(const CheckOutcome &o)
{
    QStringList keys;
    for (const Finding &f : o.evidence)
        keys.append(f.key);
    return checkStatusName(o.status) + ' ' + o.reason + " [" + keys.join(", ") + ']';
}

const QDateTime sentAt = QDateTime::fromString("2024-09-02T01:15:00Z", Qt::ISODate);

} // namespace

class TestFormatChecker : public QObject
{
    Q_OBJECT

private slots:
    void checkIdsInOrder();
    void noMessage();

    void rfc5322_data();
    void rfc5322() { verify("format.rfc5322"); }
    void singleFromGmail_data();
    void singleFromGmail() { verify("format.single_from.gmail"); }
    void singleFromRfc_data();
    void singleFromRfc() { verify("format.single_from.rfc"); }
    void singleInstance_data();
    void singleInstance() { verify("format.single_instance"); }
    void messageId_data();
    void messageId() { verify("format.message_id"); }
    void sizeLimits_data();
    void sizeLimits() { verify("format.size_limits"); }
    void encoding_data();
    void encoding() { verify("format.encoding"); }
    void idn_data();
    void idn() { verify("format.idn"); }
    void honestIdentity_data();
    void honestIdentity() { verify("format.honest_identity"); }

    void idnReasonNamesBothForms();
    void bareCrPlace_data();
    void bareCrPlace();
    void hopsFromInput_data();
    void hopsFromInput();
    void bodyLinks_data();
    void bodyLinks();
    void bodyLinksLimit();
    void corrupted_data();
    void corrupted();

private:
    static void columns();
    static void verify(const QString &id);
};

// One table layout for every check: the message and the boundary facts, then the expected
// status, reason key and one key that must be among the evidence ("" for none asked).
void TestFormatChecker::columns()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("receiverFields");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QDateTime>("boundaryTime");
    QTest::addColumn<QStringList>("authDomains");
    QTest::addColumn<QString>("envelope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("evidence");
}

namespace {

struct Row
{
    const char *name;
    QByteArray message;
    CheckStatus status;
    QString reason;
    QString evidence = {};
    int receiverFields = 0;
    QString helo = {};
    QDateTime boundaryTime = {};
    QStringList authDomains = {};
    QString envelope = {};
};

void addRow(const Row &r)
{
    QTest::newRow(r.name) << r.message << r.receiverFields << r.helo << r.boundaryTime
                          << r.authDomains << r.envelope << int(r.status) << r.reason << r.evidence;
}

} // namespace

void TestFormatChecker::verify(const QString &id)
{
    QFETCH(QByteArray, message);
    QFETCH(int, receiverFields);
    QFETCH(QString, helo);
    QFETCH(QDateTime, boundaryTime);
    QFETCH(QStringList, authDomains);
    QFETCH(QString, envelope);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, evidence);

    const Run run = runChecker(message, receiverFields, helo, boundaryTime, authDomains, envelope);
    QString why;
    QVERIFY2(allExplained(run.outcomes, &why), qPrintable(why));
    const CheckOutcome o = run.outcome(id);
    QCOMPARE(o.check, id);
    QVERIFY2(int(o.status) == status, qPrintable(describe(o)));
    QVERIFY2(o.reason == reason, qPrintable(describe(o)));
    if (!evidence.isEmpty())
        QVERIFY2(hasEvidence(o, evidence), qPrintable(describe(o)));
    for (const Finding &f : o.evidence) {
        // Findings about a field point at it, so the view can highlight the line.
        if (!f.header.isEmpty())
            QVERIFY2(f.line > 0, qPrintable(f.key));
    }
}

void TestFormatChecker::checkIdsInOrder()
{
    QCOMPARE(FormatChecker::checkIds(),
        QStringList({"format.rfc5322",
            "format.single_from.gmail",
            "format.single_from.rfc",
            "format.single_instance",
            "format.message_id",
            "format.size_limits",
            "format.encoding",
            "format.idn",
            "format.honest_identity"}));
}

void TestFormatChecker::noMessage()
{
    const QList<CheckOutcome> outcomes = FormatChecker::check({});
    QString why;
    QVERIFY2(allExplained(outcomes, &why), qPrintable(why));
    for (const CheckOutcome &o : outcomes)
        QCOMPARE(o.status, CheckStatus::NotVerifiable);
}

void TestFormatChecker::rfc5322_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto W = CheckStatus::Warning;
    const QString ok = "format.rfc5322.ok";
    const QString fail = "format.rfc5322.fail";
    const QString warn = "format.rfc5322.warning";

    addRow({"valid", build(baseHeaders()), P, ok});
    addRow({"headers-only-skips-body",
        headersOnly(baseHeaders()),
        P,
        "format.rfc5322.ok_headers_only",
        "format.rfc5322.body_skipped"});
    addRow({"headers-only-still-fails-on-headers",
        headersOnly(without("Date")),
        F,
        fail,
        "format.date.missing"});
    addRow({"date-missing", build(without("Date")), F, fail, "format.date.missing"});
    addRow({"date-unreadable",
        build(with("Date: sometime yesterday")),
        F,
        fail,
        "format.date.invalid"});
    addRow({"date-iso8601-not-rfc5322",
        build(with("Date: 2024-09-02T10:15:00+09:00")),
        F,
        fail,
        "format.date.not_rfc5322"});
    // RFC 5322 §4.3: two-digit year and an alphabetic zone are obsolete but accepted.
    addRow({"date-obsolete-form-noted",
        build(with("Date: 2 Sep 24 01:15 GMT")),
        P,
        ok,
        "format.date.obsolete"});
    addRow({"date-with-comment-strict",
        build(with("Date: Mon, 2 Sep 2024 10:15:00 +0900 (JST)")),
        P,
        ok});
    addRow({"date-skew-over-24h",
        build(baseHeaders()),
        W,
        warn,
        "format.date.skew",
        0,
        {},
        sentAt.addDays(3)});
    addRow(
        {"date-skew-within-24h", build(baseHeaders()), P, ok, {}, 0, {}, sentAt.addSecs(3 * 3600)});
    addRow({"date-in-future-over-24h",
        build(baseHeaders()),
        W,
        warn,
        "format.date.skew",
        0,
        {},
        sentAt.addDays(-2)});
    addRow({"from-missing", build(without("From")), F, fail, "format.from.missing"});
    addRow({"from-empty", build(with("From:")), F, fail, "format.single_from.empty"});
    addRow({"from-unparsable",
        build(with("From: Alice <alice@example.com")),
        F,
        fail,
        "address.unbalanced.angle"});
    addRow({"body-line-too-long",
        build(baseHeaders(), QByteArray(1200, 'x') + "\r\n"),
        F,
        fail,
        "message.line.too_long"});
    addRow({"header-line-too-long",
        build(plus("X-Long: " + QByteArray(1100, 'y'))),
        F,
        fail,
        "message.line.too_long"});
    addRow({"body-nul-byte",
        build(baseHeaders(), QByteArray("a\0b\r\n", 5)),
        F,
        fail,
        "message.nul_byte"});
    addRow(
        {"bare-cr-in-header", build(with("Subject: one\rtwo")), F, fail, "format.rfc5322.bare_cr"});
    addRow({"bare-cr-in-body",
        build(baseHeaders(), "one\rtwo\r\n"),
        F,
        fail,
        "format.rfc5322.bare_cr"});
    addRow({"missing-blank-line",
        headersOnly(plus("this line is no header field")),
        F,
        fail,
        "message.header.missing_blank_line"});
    addRow({"obsolete-field-name-noted",
        build(with("Subject : old style")),
        P,
        ok,
        "format.rfc5322.obsolete_field_name"});
    addRow({"helo-fqdn", build(baseHeaders()), P, ok, {}, 0, "mail.example.com"});
    addRow({"helo-fqdn-trailing-dot", build(baseHeaders()), P, ok, {}, 0, "mail.example.com."});
    addRow({"helo-ipv4-literal", build(baseHeaders()), P, ok, {}, 0, "[192.0.2.1]"});
    addRow({"helo-ipv6-literal", build(baseHeaders()), P, ok, {}, 0, "[IPv6:2001:db8::1]"});
    addRow({"helo-bare-ip", build(baseHeaders()), F, fail, "format.helo.invalid", 0, "192.0.2.1"});
    addRow({"helo-single-label",
        build(baseHeaders()),
        F,
        fail,
        "format.helo.invalid",
        0,
        "localhost"});
    addRow({"helo-underscore",
        build(baseHeaders()),
        F,
        fail,
        "format.helo.invalid",
        0,
        "my_pc.example.com"});
    addRow({"helo-bad-literal",
        build(baseHeaders()),
        F,
        fail,
        "format.helo.invalid",
        0,
        "[300.1.2.3]"});
    addRow({"helo-unknown-no-judgement", build(baseHeaders()), P, ok, {}, 0, {}});
    addRow({"mime-boundary-missing",
        build(with("Content-Type: multipart/mixed"), "--x\r\n\r\nbody\r\n--x--\r\n"),
        F,
        fail,
        "mime.boundary.missing"});
    addRow({"mime-valid-multipart", multipart("<p>Hi</p>", "Hi"), P, ok});
    // Fields the final receiver added are not the sender's: a long line there is not counted.
    addRow({"receiver-field-not-counted",
        build(above("X-Receiver-Note: " + QByteArray(1100, 'r'))),
        P,
        ok,
        {},
        1});
    addRow({"receiver-added-date-not-counted",
        build(above("Date: Mon, 2 Sep 2024 10:16:00 +0900", without("Date"))),
        F,
        fail,
        "format.date.missing",
        1});
}

void TestFormatChecker::singleFromGmail_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    addRow({"one-mailbox", build(baseHeaders()), P, "format.single_from.ok"});
    addRow({"bare-address", build(with("From: alice@example.com")), P, "format.single_from.ok"});
    addRow({"idn-domain", build(with("From: alice@bücher.de")), P, "format.single_from.ok"});
    addRow({"missing", build(without("From")), F, "format.from.missing"});
    addRow({"two-from-fields",
        build(plus("From: mallory@example.net")),
        F,
        "format.single_from.repeated"});
    addRow({"group-from",
        build(with("From: Friends: alice@example.com, bob@example.com;")),
        F,
        "format.single_from.group"});
    addRow({"empty-group-from",
        build(with("From: undisclosed-senders:;")),
        F,
        "format.single_from.group"});
    addRow({"two-mailboxes",
        build(with("From: alice@example.com, carol@example.com")),
        F,
        "format.single_from.several"});
    addRow({"two-mailboxes-with-sender",
        build(
            plus("Sender: alice@example.com", with("From: alice@example.com, carol@example.com"))),
        F,
        "format.single_from.several"});
    addRow({"empty", build(with("From: ")), F, "format.single_from.empty"});
    addRow({"single-label-domain",
        build(with("From: alice@localhost")),
        F,
        "format.single_from.bad_domain"});
    addRow({"address-literal",
        build(with("From: alice@[192.0.2.1]")),
        F,
        "format.single_from.bad_domain"});
    addRow({"public-suffix-only",
        build(with("From: alice@co.jp")),
        F,
        "format.single_from.bad_domain"});
    addRow({"unbalanced-angle",
        build(with("From: Alice <alice@example.com")),
        F,
        "format.single_from.syntax"});
    addRow({"invalid-idn-domain",
        build(with("From: a@xn--zz-zzzzzz.com")),
        F,
        "format.single_from.bad_domain"});
    addRow({"underscore-domain",
        build(with("From: alice@bad_host.example.com")),
        F,
        "format.single_from.bad_domain"});
    addRow({"receiver-added-from-not-counted",
        build(above("From: relay@mx.example.net")),
        P,
        "format.single_from.ok",
        {},
        1});
}

void TestFormatChecker::singleFromRfc_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto W = CheckStatus::Warning;
    addRow({"one-mailbox", build(baseHeaders()), P, "format.single_from.ok"});
    addRow({"missing", build(without("From")), F, "format.from.missing"});
    addRow({"two-from-fields",
        build(plus("From: mallory@example.net")),
        F,
        "format.single_from.repeated"});
    // RFC 5322 §3.6.2: several authors need a Sender field.
    addRow({"two-mailboxes-no-sender",
        build(with("From: alice@example.com, carol@example.com")),
        F,
        "format.single_from.several_no_sender"});
    addRow({"two-mailboxes-with-sender",
        build(
            plus("Sender: alice@example.com", with("From: alice@example.com, carol@example.com"))),
        P,
        "format.single_from.ok_sender"});
    addRow({"empty", build(with("From:")), F, "format.single_from.empty"});
    addRow({"group-rfc6854",
        build(with("From: Team: alice@example.com;")),
        W,
        "format.single_from.group_rfc6854"});
}

void TestFormatChecker::singleInstance_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const QString ok = "format.single_instance.ok";
    const QString fail = "format.single_instance.fail";
    const QString dup = "format.single_instance.duplicate";
    addRow({"valid", build(baseHeaders()), P, ok});
    addRow({"duplicate-to", build(plus("To: carol@example.org")), F, fail, dup});
    addRow({"two-from-fields", build(plus("From: mallory@example.net")), F, fail, dup});
    addRow({"duplicate-subject", build(plus("Subject: again")), F, fail, dup});
    addRow({"duplicate-message-id", build(plus("Message-ID: <x@example.com>")), F, fail, dup});
    addRow({"duplicate-date", build(plus("Date: Mon, 2 Sep 2024 10:16:00 +0900")), F, fail, dup});
    addRow({"duplicate-cc-case-insensitive",
        build(plus("cc: a@example.org", plus("CC: b@example.org"))),
        F,
        fail,
        dup});
    addRow({"duplicate-references",
        build(plus("References: <a@x>", plus("References: <b@x>"))),
        F,
        fail,
        dup});
    addRow({"received-may-repeat",
        build(above("Received: from a by b; Mon, 2 Sep 2024 10:15:01 +0900",
            above("Received: from c by d; Mon, 2 Sep 2024 10:15:02 +0900"))),
        P,
        ok});
    addRow({"comments-may-repeat", build(plus("Comments: one", plus("Comments: two"))), P, ok});
    addRow({"receiver-duplicate-not-counted",
        build(above("Subject: [SPAM] Quarterly report")),
        P,
        ok,
        {},
        1});
}

void TestFormatChecker::messageId_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto W = CheckStatus::Warning;
    addRow({"valid", build(baseHeaders()), P, "format.message_id.ok"});
    addRow({"domain-literal",
        build(with("Message-ID: <abc@[192.0.2.1]>")),
        P,
        "format.message_id.ok"});
    addRow({"with-comment",
        build(with("Message-ID: (from sender) <abc@example.com>")),
        P,
        "format.message_id.ok"});
    addRow({"folded", build(with("Message-ID:\r\n <abc@example.com>")), P, "format.message_id.ok"});
    addRow({"missing", build(without("Message-ID")), F, "format.message_id.missing"});
    addRow(
        {"two", build(plus("Message-ID: <other@example.com>")), F, "format.message_id.repeated"});
    addRow({"over-500",
        build(with("Message-ID: <" + QByteArray(600, 'a') + "@example.com>")),
        F,
        "format.message_id.too_long"});
    addRow({"exactly-500",
        build(with("Message-ID: <" + QByteArray(500 - 14, 'a') + "@example.com>")),
        P,
        "format.message_id.ok"});
    addRow(
        {"no-brackets", build(with("Message-ID: abc@example.com")), F, "format.message_id.syntax"});
    addRow({"no-at", build(with("Message-ID: <abc.example.com>")), F, "format.message_id.syntax"});
    addRow({"empty", build(with("Message-ID:")), F, "format.message_id.syntax"});
    // RFC 5322 §4.5.4 obs-id-left: a quoted local part.
    addRow({"obsolete-quoted-left",
        build(with("Message-ID: <\"a b\"@example.com>")),
        W,
        "format.message_id.obsolete"});
    addRow({"receiver-host-noted",
        build(above("Received: from mail.example.com by mx.example.net with ESMTPS id 1;"
                    " Mon, 2 Sep 2024 10:15:01 +0900",
            with("Message-ID: <q1w2e3@mx.example.net>"))),
        P,
        "format.message_id.ok",
        "format.message_id.receiver_host",
        1});
}

void TestFormatChecker::sizeLimits_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto W = CheckStatus::Warning;
    const QString ok = "format.size_limits.ok";
    const QString fail = "format.size_limits.fail";
    const QString warn = "format.size_limits.warning";

    addRow({"small", build(baseHeaders()), P, ok});
    addRow({"field-value-32768-exact",
        build(plus(bigField("X-Big", 32768))),
        W,
        warn,
        "format.size.field_value.warning"});
    addRow({"field-value-over-32768",
        build(plus(bigField("X-Big", 32769))),
        F,
        fail,
        "format.size.field_value.fail"});
    addRow({"field-value-32000-exact", build(plus(bigField("X-Big", 32000))), P, ok});
    addRow({"field-value-between-bands",
        build(plus(bigField("X-Big", 32500))),
        W,
        warn,
        "format.size.field_value.warning"});
    addRow({"to-exempt-from-value-limit", build(with(bigField("To", 40000))), P, ok});
    addRow({"references-exempt", build(plus(bigField("References", 40000))), P, ok});
    // Counted unfolded: folding is transport, not part of the value.
    addRow({"subject-999",
        build(with("Subject: " + QByteArray(999, 's'))),
        F,
        fail,
        "format.size.subject.fail"});
    addRow({"subject-998", build(with("Subject: " + QByteArray(998, 's'))), P, ok});
    addRow({"subject-folded-1100",
        build(with("Subject:" + foldedValue(1100))),
        F,
        fail,
        "format.size.subject.fail"});
    addRow({"message-id-over-500",
        build(with("Message-ID: <" + QByteArray(600, 'a') + "@example.com>")),
        F,
        fail,
        "format.size.message_id.fail"});
    addRow({"field-name-1010",
        build(plus(QByteArray(1010, 'N') + ": v")),
        W,
        warn,
        "format.size.field_name.warning"});
    addRow({"field-name-1030",
        build(plus(QByteArray(1030, 'N') + ": v")),
        F,
        fail,
        "format.size.field_name.fail"});

    QByteArrayList many = baseHeaders();
    for (int i = 0; many.size() <= 5000; ++i)
        many.append("X-N" + QByteArray::number(i) + ": v");
    addRow({"5001-fields", build(many), F, fail, "format.size.field_count.fail"});
    QByteArrayList exactly = baseHeaders();
    for (int i = 0; exactly.size() < 5000; ++i)
        exactly.append("X-N" + QByteArray::number(i) + ": v");
    addRow({"5000-fields", build(exactly), P, ok});

    // 20 fields of 25,200 / 26,000 bytes: between 500,000 and 512,000 / over 512,000 in total.
    QByteArrayList near = baseHeaders();
    QByteArrayList over = baseHeaders();
    for (int i = 0; i < 20; ++i) {
        near.append(bigField("X-Pad-" + QByteArray::number(i + 10), 25200));
        over.append(bigField("X-Pad-" + QByteArray::number(i + 10), 26000));
    }
    addRow({"total-between-bands", build(near), W, warn, "format.size.total.warning"});
    addRow({"total-over-512000", build(over), F, fail, "format.size.total.fail"});
    addRow({"receiver-fields-not-counted",
        build(above(bigField("X-Receiver-Scan", 40000))),
        P,
        ok,
        {},
        1});
}

void TestFormatChecker::encoding_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto W = CheckStatus::Warning;
    const QString ok = "format.encoding.ok";
    const QString fail = "format.encoding.fail";
    const QString warn = "format.encoding.warning";
    const QByteArray utf8Subject = QString("Subject: 会議のお知らせ").toUtf8();
    const QByteArray utf8Received
        = "Received: from mail.example.com by mx.example.net with UTF8SMTPS id 1;"
          " Mon, 2 Sep 2024 10:15:01 +0900";

    addRow({"ascii", build(baseHeaders()), P, ok});
    addRow({"encoded-subject", build(with("Subject: " + b64Word("会議のお知らせ"))), P, ok});
    addRow({"encoded-display-name",
        build(with("From: " + b64Word("山田 太郎") + " <taro@example.com>")),
        P,
        ok});
    addRow(
        {"8bit-without-smtputf8", build(with(utf8Subject)), F, fail, "format.encoding.raw_8bit"});
    addRow({"8bit-with-utf8smtps-received",
        build(above(utf8Received, with(utf8Subject))),
        P,
        ok,
        {},
        1});
    addRow({"8bit-with-utf8smtp-received",
        build(above("Received: from a.example.com by mx.example.net with UTF8SMTP;"
                    " Mon, 2 Sep 2024 10:15:01 +0900",
            with(utf8Subject))),
        P,
        ok,
        {},
        1});
    addRow({"8bit-address-without-smtputf8",
        build(with(QString("From: 太郎@example.com").toUtf8())),
        F,
        fail,
        "format.encoding.raw_8bit"});
    addRow({"latin1-with-smtputf8",
        build(above(utf8Received, with("Subject: caf\xe9"))),
        F,
        fail,
        "format.encoding.invalid_utf8",
        1});
    addRow({"bad-base64-word",
        build(with("Subject: =?UTF-8?B?###?=")),
        F,
        fail,
        "header.encoded_word.bad_payload"});
    addRow({"unknown-charset",
        build(with("Subject: =?x-no-such-charset?B?SGVsbG8=?=")),
        F,
        fail,
        "header.encoded_word.unknown_charset"});
    addRow({"encoded-word-in-local-part",
        build(with("From: =?UTF-8?Q?alice?=@example.com")),
        F,
        fail,
        "format.encoding.addr_spec"});
    addRow({"encoded-word-in-to-address",
        build(with("To: Bob <=?UTF-8?Q?bob?=@example.org>")),
        F,
        fail,
        "format.encoding.addr_spec"});
    addRow({"encoded-word-in-message-id",
        build(with("Message-ID: <=?UTF-8?Q?abc?=@example.com>")),
        W,
        warn,
        "format.encoding.structured"});
    addRow({"encoded-word-in-date-comment",
        build(with("Date: Mon, 2 Sep 2024 10:15:00 +0900 (" + b64Word("日本標準時") + ")")),
        P,
        ok});
    addRow({"encoded-word-in-content-type-name",
        build(with("Content-Type: text/plain; name=\"" + b64Word("資料.txt") + "\"")),
        W,
        warn,
        "format.encoding.structured"});
    addRow({"raw-iso-2022-jp",
        build(with("Subject: \x1b$B2q5D\x1b(B")),
        W,
        warn,
        "format.encoding.raw_iso2022jp"});
    addRow({"receiver-8bit-not-counted",
        build(above(QString("X-Receiver-Note: 迷惑メール判定").toUtf8())),
        P,
        ok,
        {},
        1});
}

void TestFormatChecker::idn_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const QString none = "format.idn.none";
    const QString ok = "format.idn.ok";
    const QString fail = "format.idn.fail";

    addRow({"ascii-only", build(baseHeaders()), P, none});
    addRow({"headers-only-notes-links",
        headersOnly(baseHeaders()),
        P,
        none,
        "format.idn.links_skipped"});
    // Cyrillic а (U+0430) in place of Latin a.
    addRow({"cyrillic-apple-a-label",
        build(with("From: security@xn--pple-43d.com")),
        F,
        fail,
        "format.idn.spoofable.header"});
    addRow({"cyrillic-apple-u-label",
        build(with(QString("Reply-To: help@\u0430pple.com").toUtf8())),
        F,
        fail,
        "format.idn.spoofable.header"});
    addRow({"latin-cyrillic-mix-sender",
        build(plus(QString("Sender: pay@p\u0430yp\u0430l.com").toUtf8())),
        F,
        fail,
        "format.idn.spoofable.header"});
    addRow({"bucher-de", build(with(QString("From: info@bücher.de").toUtf8())), P, ok});
    addRow({"reitee-jp", build(with(QString("Reply-To: info@例え.jp").toUtf8())), P, ok});
    addRow({"nihongo-a-label", build(with("From: info@xn--wgv71a119e.jp")), P, ok});
    // Highly Restrictive allows Han + Hiragana + Katakana (Japanese) with Latin.
    addRow({"japanese-scripts-mixed",
        build(with(QString("From: info@ひらがなカタカナ漢字.jp").toUtf8())),
        P,
        ok});
    addRow(
        {"japanese-with-latin", build(with(QString("From: info@abcニュース.jp").toUtf8())), P, ok});
    addRow({"greek-latin-mix", build(with(QString("From: a@g\u03bfogle.com").toUtf8())), F, fail});
    addRow({"auth-domain-spoof",
        build(baseHeaders()),
        F,
        fail,
        "format.idn.spoofable.auth",
        0,
        {},
        {},
        {"xn--pple-43d.com"}});
    addRow({"auth-domain-ok",
        build(baseHeaders()),
        P,
        ok,
        {},
        0,
        {},
        {},
        {"xn--wgv71a119e.jp", "example.com"}});
    addRow({"envelope-spoof",
        build(baseHeaders()),
        F,
        fail,
        "format.idn.spoofable.envelope",
        0,
        {},
        {},
        {},
        "bounce.xn--pple-43d.com"});
    addRow({"html-link-spoof",
        multipart(
            "<p><a href=\"https://xn--pple-43d.com/login?a=1&amp;b=2\">Sign in</a></p>", "Hi"),
        F,
        fail,
        "format.idn.spoofable.link"});
    addRow({"text-link-spoof",
        build(baseHeaders(), QString("Sign in at https://\u0430pple.com/login.\r\n").toUtf8()),
        F,
        fail,
        "format.idn.spoofable.link"});
    addRow({"text-link-idn-ok",
        build(baseHeaders(), QString("See https://例え.jp/page\r\n").toUtf8()),
        P,
        ok});
    addRow(
        {"invalid-idn", build(with("From: a@xn--zz-zzzzzz.com")), F, fail, "format.idn.invalid"});
}

void TestFormatChecker::honestIdentity_data()
{
    columns();
    const auto P = CheckStatus::Pass;
    const auto W = CheckStatus::Warning;
    const QString ok = "format.identity.ok";

    addRow({"plain", build(baseHeaders()), P, ok});
    addRow({"display-name-other-domain",
        build(with("From: \"support@paypal.com\" <billing@example.com>")),
        W,
        "format.identity.display_address"});
    addRow({"display-name-same-domain",
        build(with("From: \"alice@example.com\" <alice@example.com>")),
        P,
        ok});
    addRow({"display-name-same-org-domain",
        build(with("From: \"news@mail.example.com\" <alice@example.com>")),
        P,
        ok});
    addRow({"display-name-gmail-mention",
        build(with("From: \"John (@gmail.com)\" <john@example.com>")),
        W,
        "format.identity.display_address"});
    addRow({"re-without-in-reply-to",
        build(with("Subject: Re: your invoice")),
        W,
        "format.identity.fake_reply"});
    addRow({"RE-uppercase-no-space",
        build(with("Subject: RE:invoice")),
        W,
        "format.identity.fake_reply"});
    addRow({"fwd-without-references",
        build(with("Subject: Fwd: offer")),
        W,
        "format.identity.fake_reply"});
    addRow({"fw-without-references",
        build(with("Subject: FW: offer")),
        W,
        "format.identity.fake_reply"});
    addRow({"henshin-without-in-reply-to",
        build(with("Subject: " + b64Word("返信: お見積り"))),
        W,
        "format.identity.fake_reply"});
    addRow({"tensou-fullwidth-colon",
        build(with("Subject: " + b64Word("転送：ご案内"))),
        W,
        "format.identity.fake_reply"});
    addRow({"re-with-in-reply-to",
        build(plus("In-Reply-To: <prev@example.org>", with("Subject: Re: your invoice"))),
        P,
        ok});
    addRow({"re-with-references",
        build(plus("References: <prev@example.org>", with("Subject: Re: your invoice"))),
        P,
        ok});
    addRow({"read-is-not-re", build(with("Subject: Read: the manual")), P, ok});
    addRow({"badge-check-mark",
        build(with("From: " + b64Word("PayPal ✔") + " <service@example.com>")),
        W,
        "format.identity.badge"});
    addRow({"badge-lock",
        build(with("From: " + b64Word("🔒 Bank") + " <service@example.com>")),
        W,
        "format.identity.badge"});
    addRow({"thread-count-subject",
        build(with("Subject: (2) Your order")),
        W,
        "format.identity.thread_count.subject"});
    addRow({"thread-count-name",
        build(with("From: \"Amazon (3)\" <orders@example.com>")),
        W,
        "format.identity.thread_count.name"});
    addRow({"year-in-parentheses-later", build(with("Subject: Report (2024)")), P, ok});
}

void TestFormatChecker::idnReasonNamesBothForms()
{
    const Run run = runChecker(build(with("From: security@xn--pple-43d.com")));
    const CheckOutcome o = run.outcome("format.idn");
    QCOMPARE(o.status, CheckStatus::Fail);
    QString domain;
    QString ascii;
    for (const auto &arg : o.reasonArgs) {
        if (arg.first == "domain")
            domain = arg.second;
        if (arg.first == "ascii")
            ascii = arg.second;
    }
    QCOMPARE(domain, QString("\u0430pple.com"));
    QCOMPARE(ascii, QString("xn--pple-43d.com"));
    QVERIFY(!o.evidence.isEmpty());
    QCOMPARE(o.evidence.first().header, QString("From"));
    QCOMPARE(o.evidence.first().line, 1);
}

// The Received fields count as the analysis read them (Input::hops); FormatChecker does not
// parse them again, so without hops it sees neither the receiver's host nor SMTPUTF8.
void TestFormatChecker::hopsFromInput_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("check"); // index in checkIds()
    QTest::addColumn<QString>("withHops");
    QTest::addColumn<QString>("withoutHops");

    QTest::newRow("message-id-names-receiver-host")
        << build(above("Received: from mail.example.com by mx.example.net with ESMTPS id 1;"
                       " Mon, 2 Sep 2024 10:15:01 +0900",
               with("Message-ID: <q1w2e3@mx.example.net>")))
        << 4 << QString("format.message_id.receiver_host") << QString();
    QTest::newRow("utf8smtps-hop-allows-8bit")
        << build(above("Received: from mail.example.com by mx.example.net with UTF8SMTPS id 1;"
                       " Mon, 2 Sep 2024 10:15:01 +0900",
               with(QString("Subject: 会議のお知らせ").toUtf8())))
        << 6 << QString() << QString("format.encoding.raw_8bit");
    QTest::newRow("utf8smtp-in-a-comment")
        << build(above("Received: from mail.example.com (with UTF8SMTP) by mx.example.net;"
                       " Mon, 2 Sep 2024 10:15:01 +0900",
               with(QString("Subject: 会議のお知らせ").toUtf8())))
        << 6 << QString() << QString("format.encoding.raw_8bit");
}

void TestFormatChecker::hopsFromInput()
{
    QFETCH(QByteArray, message);
    QFETCH(int, check);
    QFETCH(QString, withHops);
    QFETCH(QString, withoutHops);

    const Message m = Message::parse(message);
    const MimePart mime = MimePart::parse(m);
    const HopTimeline hops = HopTimeline::build(
        ReceivedParser::parseAll(m), {}, {}, [](const QString &) { return QString(); });
    QCOMPARE(hops.hops.size(), 1);
    FormatChecker::Input input;
    input.message = &m;
    input.mime = &mime;
    input.receiverFieldCount = 1;
    const CheckOutcome without = FormatChecker::check(input).at(check);
    input.hops = &hops;
    const CheckOutcome with = FormatChecker::check(input).at(check);
    QCOMPARE(with.check, FormatChecker::checkIds().at(check));
    const auto keys = [](const CheckOutcome &o) {
        QStringList out;
        for (const Finding &f : o.evidence)
            out.append(f.key);
        return out;
    };
    QCOMPARE(keys(with), withHops.isEmpty() ? QStringList() : QStringList{withHops});
    QCOMPARE(keys(without), withoutHops.isEmpty() ? QStringList() : QStringList{withoutHops});
}

void TestFormatChecker::bodyLinks_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("headers-only") << headersOnly(baseHeaders()) << QStringList();
    QTest::newRow("html-quoted-single-unquoted-entities")
        << multipart("<a href=\"https://a.example/x?p=1&amp;q=2\">A</a>"
                     "<A HREF='http://b.example/'>B</A>"
                     "<a class=x href=https://c.example/c>C</a>"
                     "<a href=\"mailto:u@example.com\">U</a>"
                     "<a name=\"no-link\">none</a>",
               "")
        << QStringList{"https://a.example/x?p=1&q=2",
               "http://b.example/",
               "https://c.example/c",
               "mailto:u@example.com"};
    // The links a reader sees, read by the HtmlText reader the unsubscribe check uses too: an
    // href in a comment or a script, or in an attribute that only ends in "href", is no link;
    // a '>' inside a quoted attribute does not end the tag.
    QTest::newRow("html-links-as-rendered")
        << multipart("<!-- <a href=\"https://comment.example/\">c</a> -->"
                     "<a data-href=\"https://data.example/\" href=\"https://real.example/\">r</a>"
                     "<a title=\"1 > 0\" href=\"https://gt.example/\">g</a>"
                     "<script>x = '<a href=\"https://script.example/\">';</script>",
               "")
        << QStringList{"https://real.example/", "https://gt.example/"};
    QTest::newRow("text-bare-urls")
        << build(baseHeaders(),
               "Visit https://example.com/page. Or (http://example.org/a_(b)) now,\r\n"
               "and https://example.net/x?y=1, thanks\r\n")
        << QStringList{
               "https://example.com/page", "http://example.org/a_(b)", "https://example.net/x?y=1"};
    QTest::newRow("text-and-html-parts") << multipart("<a href=\"https://h.example/\">h</a>",
        "See https://t.example/") << QStringList{"https://t.example/", "https://h.example/"};
    QTest::newRow("duplicates-once")
        << build(baseHeaders(), "https://d.example/ and https://d.example/\r\n")
        << QStringList{"https://d.example/"};
    QTest::newRow("attachment-ignored")
        << build(with("Content-Type: multipart/mixed; boundary=\"m\""),
               "--m\r\nContent-Type: text/plain\r\n\r\nhttps://body.example/\r\n"
               "--m\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; "
               "filename=\"l.txt\"\r\n\r\n"
               "https://attached.example/\r\n--m--\r\n")
        << QStringList{"https://body.example/"};
}

void TestFormatChecker::bodyLinks()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, links);
    const Message m = Message::parse(message);
    const MimePart mime = MimePart::parse(m);
    QCOMPARE(FormatChecker::bodyLinks(mime), m.headersOnly() ? QStringList() : links);
}

void TestFormatChecker::bodyLinksLimit()
{
    QByteArray body;
    for (int i = 0; i < 1500; ++i)
        body += "https://l" + QByteArray::number(i) + ".example/\r\n";
    const Message m = Message::parse(build(baseHeaders(), body));
    const MimePart mime = MimePart::parse(m);
    const QStringList links = FormatChecker::bodyLinks(mime);
    QCOMPARE(links.size(), 1000);
    QCOMPARE(links.first(), QString("https://l0.example/"));
}

void TestFormatChecker::corrupted_data()
{
    QTest::addColumn<QByteArray>("message");

    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator random(20240902);
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("random-bytes") << garbage;
    QTest::newRow("random-bytes-after-headers") << build(baseHeaders(), garbage);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank-line-only") << QByteArray("\r\n");
    QTest::newRow("colon-only") << QByteArray(":\r\n\r\n");
    static const char nul[] = "From: a\0b@example.com\r\nSubject: \0\0\r\n\r\nx";
    QTest::newRow("nul-in-headers") << QByteArray(nul, sizeof(nul) - 1);
    QByteArrayList many;
    for (int i = 0; i < 6000; ++i)
        many.append("X-F" + QByteArray::number(i) + ": value");
    QTest::newRow("6000-fields") << build(many);
    QByteArrayList manyFrom;
    for (int i = 0; i < 6000; ++i)
        manyFrom.append("From: a" + QByteArray::number(i) + "@example.com");
    QTest::newRow("6000-from-fields") << build(manyFrom);
    QTest::newRow("1mb-field") << build(plus("X-Huge: " + QByteArray(1024 * 1024, 'z')));
    QTest::newRow("1mb-folded-from") << build(with(bigField("From", 1024 * 1024)));
    QByteArray manyAddresses = "To: ";
    for (int i = 0; i < 5000; ++i)
        manyAddresses += "=?UTF-8?Q?x?=@e" + QByteArray::number(i) + ".example,\r\n ";
    QTest::newRow("5000-encoded-addresses") << build(with(manyAddresses + "z@example.com"));
    QTest::newRow("unclosed-everything")
        << build(with("From: \"((<<=?utf-8?B?" + QByteArray(5000, '(') + "@"));
    QTest::newRow("only-angles-in-message-id")
        << build(with("Message-ID: " + QByteArray(100000, '<')));
    QByteArray anchors;
    for (int i = 0; i < 3000; ++i)
        anchors += "<a href=\"https://x" + QByteArray::number(i) + ".xn--pple-43d.com/\">x</a>";
    QTest::newRow("3000-spoofed-links") << multipart(anchors, "");
    QTest::newRow("unterminated-anchor") << multipart("<a href=\"" + QByteArray(200000, 'h'), "");
}

// Where each bare CR stands, "line:position", as format.rfc5322's evidence gives it. The base
// headers take lines 1-7 (Subject is line 3), the body starts on line 9.
void TestFormatChecker::bareCrPlace_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("places");
    QTest::newRow("in-subject") << build(with("Subject: one\rtwo")) << QStringList{u"3:13"_qs};
    QTest::newRow("two-on-one-body-line")
        << build(baseHeaders(), "Hello\r\nab\rc\rd\r\n") << QStringList{u"10:3"_qs, u"10:5"_qs};
    QTest::newRow("first-byte-of-body-line")
        << build(baseHeaders(), "Hello\r\n\r\n\rx\r\n") << QStringList{u"11:1"_qs};
    QTest::newRow("final-cr-is-a-cut") << build(baseHeaders(), "Hello\r\nend\r") << QStringList{};
    QTest::newRow("crlf-only") << build(baseHeaders(), "Hello\r\n\r\nend\r\n") << QStringList{};
}

void TestFormatChecker::bareCrPlace()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, places);
    const Run run = runChecker(message);
    QStringList found;
    for (const Finding &f : run.outcome(u"format.rfc5322"_qs).evidence) {
        if (f.key == u"format.rfc5322.bare_cr") {
            QCOMPARE(f.line, f.arg(u"line"_qs).toInt());
            found << f.arg(u"line"_qs) + u':' + f.arg(u"position"_qs);
        }
    }
    QCOMPARE(found, places);
}

void TestFormatChecker::corrupted()
{
    QFETCH(QByteArray, message);
    const Run run = runChecker(message, 3, "[not an ip]", sentAt, {"", "xn--", "."}, "xn--");
    QString why;
    QVERIFY2(allExplained(run.outcomes, &why), qPrintable(why));
    for (const CheckOutcome &o : run.outcomes)
        QVERIFY(o.evidence.size() <= 20 * 40);
}

QTEST_GUILESS_MAIN(TestFormatChecker)
#include "TestFormatChecker.moc"
