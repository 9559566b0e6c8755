#include "core/analysis/Analyzer.h"
#include "core/auth/arc/ArcValidator.h"
#include "core/dns/DnsConfig.h"
#include "core/i18n/Explanations.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"

#include <QtTest>

using namespace kensa;

// RequirementEngine is a pure function of a report's check results: the unit rows below set the
// fields a check reads; the sample rows run the whole analysis offline against the bundled zone
// snapshot.
class TestRequirementEngine : public QObject
{
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void applicability_data();
    void applicability();
    void forwarded_data();
    void forwarded();
    void samples_data();
    void samples();
    void sampleVerdicts_data();
    void sampleVerdicts();
    void verdicts_data();
    void verdicts();
    void everyReasonHasText();
    void gmailAlignmentUnderStrictModes_data();
    void gmailAlignmentUnderStrictModes();
    void coversEveryRowAndProvider();

private:
    static Report baseReport();
    static Report analyzeSample(const QString &name);
    static const CheckOutcome *find(const QList<CheckOutcome> &outcomes, const QString &check);
    static const RequirementResult *find(const QList<RequirementResult> &results, const QString &id, const QString &provider);
};

namespace {

DkimResult signature(const QString &domain, const QString &result, int bits = 2048)
{
    DkimResult d;
    d.domain = domain;
    d.selector = QStringLiteral("s1");
    d.result = result;
    d.keyType = QStringLiteral("rsa");
    d.keyBits = bits;
    d.reason = result == u"pass" ? QStringLiteral("dkim.pass") : QStringLiteral("dkim.signature.mismatch");
    return d;
}

} // namespace

Report TestRequirementEngine::baseReport()
{
    // Every check finished, all passing: each row then changes one thing.
    Report r;
    r.message = Message::parse("From: Shop <news@shop.example.com>\r\n"
                               "To: a@example.net\r\n"
                               "Subject: hello\r\n\r\nbody\r\n");
    r.summary = MessageSummary::summarize(r.message);
    r.summary.returnPath = QStringLiteral("bounce@bounce.shop.example.com");
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass"))};
    r.dkimChecked = true;
    r.spf.result = QStringLiteral("pass");
    r.spf.domain = "bounce.shop.example.com";
    r.spfChecked = true;
    r.dmarc.fromDomain = QStringLiteral("shop.example.com");
    r.dmarc.recordDomain = QStringLiteral("shop.example.com");
    r.dmarc.policy = QStringLiteral("reject");
    r.dmarc.result = QStringLiteral("pass");
    r.dmarc.spfAligned = true;
    r.dmarc.dkimAligned = true;
    r.dmarcChecked = true;
    r.arcChecked = true;
    r.arc.result = QStringLiteral("none");
    r.hops.boundaryIp = QStringLiteral("198.51.100.25");
    r.iprev.ip = r.hops.boundaryIp;
    r.iprev.result = QStringLiteral("pass");
    r.iprev.ptr = {QStringLiteral("mail25.shop.example.com")};
    r.iprev.confirmedName = QStringLiteral("mail25.shop.example.com");
    r.iprevChecked = true;
    r.domainChecked = true;
    r.domainChecks = {makeOutcome(QStringLiteral("infra.domain_exists"), CheckStatus::Pass, QStringLiteral("requirements.domain.exists")),
                      makeOutcome(QStringLiteral("infra.domain_reply"), CheckStatus::Pass, QStringLiteral("requirements.domain.reply_ok"))};
    r.unsubscribeChecked = true;
    r.formatChecked = true;
    return r;
}

const CheckOutcome *TestRequirementEngine::find(const QList<CheckOutcome> &outcomes, const QString &check)
{
    for (const CheckOutcome &o : outcomes) {
        if (o.check == check)
            return &o;
    }
    return nullptr;
}

const RequirementResult *TestRequirementEngine::find(const QList<RequirementResult> &results, const QString &id, const QString &provider)
{
    for (const RequirementResult &r : results) {
        if (r.id == id && r.provider == provider)
            return &r;
    }
    return nullptr;
}

void TestRequirementEngine::checks_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");

    const Report base = baseReport();
    QTest::newRow("spf-or-dkim-dkim") << base << "auth.spf_or_dkim" << "pass" << "requirements.spf_or_dkim.dkim";
    Report r = base;
    r.dkim = {};
    QTest::newRow("spf-or-dkim-spf-only") << r << "auth.spf_or_dkim" << "pass" << "requirements.spf_or_dkim.spf";
    r.spf.result = QStringLiteral("softfail");
    QTest::newRow("spf-or-dkim-neither") << r << "auth.spf_or_dkim" << "fail" << "requirements.spf_or_dkim.fail";
    r.spf.result = QStringLiteral("temperror");
    QTest::newRow("spf-or-dkim-temperror") << r << "auth.spf_or_dkim" << "not_verifiable" << "requirements.spf_or_dkim.unknown";

    r = base;
    r.spfChecked = false;
    r.spfRecorded = QStringLiteral("pass");
    QTest::newRow("spf-recorded-only") << r << "auth.spf_pass" << "pass" << "requirements.spf.pass_recorded";
    r.spfRecorded.clear();
    QTest::newRow("spf-no-ip") << r << "auth.spf_pass" << "not_verifiable" << "requirements.spf.no_ip";
    r = base;
    r.spf.result = QStringLiteral("softfail");
    QTest::newRow("spf-softfail") << r << "auth.spf_pass" << "fail" << "requirements.spf.fails";
    r.spf.result = QStringLiteral("none");
    QTest::newRow("spf-none") << r << "auth.spf_pass" << "fail" << "requirements.spf.none";

    r = base;
    r.dkim = {};
    QTest::newRow("dkim-unsigned") << r << "auth.dkim_pass" << "fail" << "requirements.dkim.unsigned";
    r.dkim = {signature(QStringLiteral("esp.example"), QStringLiteral("pass"))};
    QTest::newRow("dkim-third-party-gmail") << r << "auth.dkim_pass.own_domain" << "warning" << "requirements.dkim.third_party";
    QTest::newRow("dkim-third-party-any") << r << "auth.dkim_pass" << "pass" << "requirements.dkim.pass";
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass")),
              signature(QStringLiteral("mail.shop.example.com"), QStringLiteral("fail"))};
    QTest::newRow("dkim-yahoo-aligned-one-fails") << r << "auth.dkim_pass.all_aligned" << "warning" << "requirements.dkim.aligned_one_fails";
    QTest::newRow("dkim-gmail-own-passes") << r << "auth.dkim_pass.own_domain" << "pass" << "requirements.dkim.pass";
    DkimResult gone = signature(QStringLiteral("shop.example.com"), QStringLiteral("permerror"));
    gone.reason = QStringLiteral("dkim.key.not_found");
    gone.recorded = QStringLiteral("pass");
    r.dkim = {gone};
    QTest::newRow("dkim-key-gone-since-delivery") << r << "auth.dkim_pass" << "warning" << "requirements.dkim.key_gone";
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("temperror"))};
    QTest::newRow("dkim-temperror") << r << "auth.dkim_pass" << "not_verifiable" << "requirements.dkim.temperror";
    r.dkimChecked = false;
    QTest::newRow("dkim-pending") << r << "auth.dkim_pass" << "not_verifiable" << "requirements.pending";

    r = base;
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass"), 1024)};
    QTest::newRow("key-1024") << r << "auth.dkim_key_size" << "warning" << "requirements.key.1024";
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("permerror"), 768)};
    QTest::newRow("key-768") << r << "auth.dkim_key_size" << "fail" << "requirements.key.too_small";
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass"), 4096)};
    QTest::newRow("key-4096") << r << "auth.dkim_key_size" << "pass" << "requirements.key.ok";
    r.dkim = {};
    QTest::newRow("key-unsigned") << r << "auth.dkim_key_size" << "not_applicable" << "requirements.key.no_signature";

    r = base;
    r.dmarc.recordDomain.clear();
    r.dmarc.policy.clear();
    r.dmarc.result = QStringLiteral("none");
    QTest::newRow("dmarc-no-record") << r << "auth.dmarc_record" << "fail" << "requirements.dmarc.no_record";
    QTest::newRow("dmarc-no-record-pass") << r << "auth.dmarc_pass" << "fail" << "requirements.dmarc.none";
    QTest::newRow("dmarc-no-record-enforce") << r << "auth.dmarc_enforce" << "fail" << "requirements.dmarc.no_record";
    r = base;
    r.dmarc.policy = QStringLiteral("none");
    QTest::newRow("dmarc-p-none-enforce") << r << "auth.dmarc_enforce" << "warning" << "requirements.enforce.none";
    QTest::newRow("dmarc-p-none-record") << r << "auth.dmarc_record" << "pass" << "requirements.dmarc.record";
    r = base;
    r.dmarc.result = QStringLiteral("fail");
    r.dmarc.spfAligned = false;
    r.dmarc.dkimAligned = false;
    QTest::newRow("dmarc-fails") << r << "auth.dmarc_pass" << "fail" << "requirements.dmarc.fails";
    QTest::newRow("both-aligned-missing") << r << "auth.both_aligned" << "warning" << "requirements.both.missing";
    r = base;
    r.dmarc.dkimAligned = false;
    r.spf.record = "v=spf1 include:_spf.shop.example.com ~all";
    QTest::newRow("dmarc-spf-only-softall") << r << "auth.dmarc_pass" << "warning" << "requirements.dmarc.spf_softall";
    r.spf.record = "v=spf1 include:_spf.shop.example.com -all";
    QTest::newRow("dmarc-spf-only-hardall") << r << "auth.dmarc_pass" << "pass" << "requirements.dmarc.pass_spf";
    r.dmarc.result = QStringLiteral("temperror");
    QTest::newRow("dmarc-temperror") << r << "auth.dmarc_pass" << "not_verifiable" << "requirements.dmarc.temperror";

    r = base;
    r.spf.domain = "bounce.esp.example";
    r.dkim = {signature(QStringLiteral("esp.example"), QStringLiteral("pass"))};
    QTest::newRow("gmail-alignment-none") << r << "auth.dmarc_aligned.org" << "fail" << "requirements.aligned.none";
    r.spf.domain = "bounce.shop.example.com";
    QTest::newRow("gmail-alignment-spf-org") << r << "auth.dmarc_aligned.org" << "pass" << "requirements.aligned.spf";

    r = base;
    r.iprev.generic = true;
    QTest::newRow("iprev-generic") << r << "infra.iprev" << "warning" << "requirements.iprev.generic";
    r.iprev = {};
    r.iprev.ip = r.hops.boundaryIp;
    r.iprev.result = QStringLiteral("permerror");
    QTest::newRow("iprev-no-ptr") << r << "infra.iprev" << "fail" << "requirements.iprev.no_ptr";
    r.hops.boundaryIp.clear();
    QTest::newRow("iprev-no-ip") << r << "infra.iprev" << "not_verifiable" << "requirements.iprev.no_ip";

    r = base;
    QTest::newRow("tls-no-boundary") << r << "infra.tls" << "not_verifiable" << "requirements.tls.no_boundary";

    r = base;
    r.message = Message::parse("From: Someone <someone@gmail.com>\r\nSubject: x\r\n\r\nbody\r\n");
    r.summary = MessageSummary::summarize(r.message);
    r.dmarc.result = QStringLiteral("fail");
    QTest::newRow("provider-spoof-gmail") << r << "format.provider_spoof" << "fail" << "requirements.spoof.fails";
    r.dmarc.result = QStringLiteral("pass");
    QTest::newRow("provider-gmail-authenticated") << r << "format.provider_spoof" << "pass" << "requirements.spoof.authenticated";
    QTest::newRow("provider-not-provider") << base << "format.provider_spoof" << "pass" << "requirements.spoof.not_provider";

    r = base;
    r.unsubscribe.listUnsubscribe = true;
    r.unsubscribe.uris = {UnsubscribeUri{QStringLiteral("https://shop.example.com/u"), QStringLiteral("https"), true, 4}};
    r.unsubscribe.https = true;
    QTest::newRow("unsub-no-post") << r << "unsub.one_click.rfc8058" << "fail" << "requirements.unsub.no_post";
    r.unsubscribe.postValid = true;
    r.unsubscribe.oneClick = true;
    QTest::newRow("unsub-not-signed") << r << "unsub.one_click.rfc8058" << "fail" << "requirements.unsub.not_signed";
    r.unsubscribe.dkimCoveredUnaligned = true;
    r.unsubscribe.unalignedCoveringDomain = QStringLiteral("esp.example");
    QTest::newRow("unsub-unaligned") << r << "unsub.one_click.rfc8058" << "warning" << "requirements.unsub.unaligned";
    r.unsubscribe.dkimCovered = true;
    r.unsubscribe.coveringDomain = QStringLiteral("shop.example.com");
    QTest::newRow("unsub-rfc8058") << r << "unsub.one_click.rfc8058" << "pass" << "requirements.unsub.one_click";
    r = base;
    r.unsubscribe.listUnsubscribe = true;
    r.unsubscribe.uris = {UnsubscribeUri{QStringLiteral("mailto:u@shop.example.com"), QStringLiteral("mailto"), true, 4}};
    r.unsubscribe.mailto = true;
    QTest::newRow("unsub-mailto-yahoo") << r << "unsub.one_click.yahoo" << "pass" << "requirements.unsub.mailto_accepted";
    QTest::newRow("unsub-mailto-gmail") << r << "unsub.one_click.rfc8058" << "fail" << "requirements.unsub.no_https";
    QTest::newRow("unsub-mailto-apple") << r << "unsub.one_click.any" << "pass" << "requirements.unsub.header";
    r = base;
    r.unsubscribe.bodyLink = UnsubscribeResult::BodyLink::Found;
    r.unsubscribe.bodyLinkText = QStringLiteral("配信停止");
    QTest::newRow("unsub-body-only-apple") << r << "unsub.one_click.any" << "pass" << "requirements.unsub.body_link";
    QTest::newRow("unsub-body-found") << r << "unsub.body_link" << "pass" << "requirements.unsub.body_found";
    r.unsubscribe.bodyLink = UnsubscribeResult::BodyLink::Hidden;
    QTest::newRow("unsub-body-hidden") << r << "unsub.body_link" << "warning" << "requirements.unsub.body_hidden";
    r.unsubscribe.bodyLink = UnsubscribeResult::BodyLink::NotChecked;
    QTest::newRow("unsub-body-headers-only") << r << "unsub.body_link" << "not_verifiable" << "requirements.unsub.headers_only";
    QTest::newRow("unsub-any-headers-only") << r << "unsub.one_click.any" << "not_verifiable" << "requirements.unsub.no_header_no_body";
    r.unsubscribe.bodyLink = UnsubscribeResult::BodyLink::NotFound;
    QTest::newRow("unsub-nothing") << r << "unsub.one_click.any" << "fail" << "requirements.unsub.nothing";

    QTest::newRow("spam-rate") << base << "rep.spam_rate" << "not_verifiable" << "requirements.spam_rate";
    QTest::newRow("streams") << base << "infra.streams" << "not_verifiable" << "requirements.streams";
    r = base;
    r.formatChecked = false;
    QTest::newRow("format-pending") << r << "format.rfc5322" << "not_verifiable" << "requirements.pending";
}

void TestRequirementEngine::checks()
{
    QFETCH(Report, report);
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const QList<CheckOutcome> outcomes = RequirementEngine::outcomes(report.checkResults());
    const CheckOutcome *o = find(outcomes, check);
    QVERIFY2(o, qPrintable(check));
    QCOMPARE(checkStatusName(o->status), status);
    QCOMPARE(o->reason, reason);
    QCOMPARE(o->pending, reason == u"requirements.pending");
    // A check that decides the cells of several providers explains no one provider's rule:
    // that belongs in the provider's cell note.
    QStringList users;
    for (const RequirementRow &row : RequirementTable::builtin().rows()) {
        for (const RequirementCell &cell : row.cells) {
            if (cell.check == check && cell.applies != Applicability::NotStated
                && !users.contains(cell.provider))
                users << cell.provider;
        }
    }
    if (users.size() > 1) {
        const QString text
            = Explanations::text(makeFinding(o->reason, Severity::Info, o->reasonArgs));
        QStringList named;
        for (const auto &[name, provider] : {std::pair{u"Gmail"_qs, u"gmail"_qs},
                 std::pair{u"Yahoo"_qs, u"yahoo"_qs},
                 std::pair{u"Apple"_qs, u"apple"_qs},
                 std::pair{u"iCloud"_qs, u"apple"_qs},
                 std::pair{u"Outlook"_qs, u"outlook"_qs}}) {
            if (text.contains(name) && !named.contains(provider))
                named << provider;
        }
        named.sort();
        users.sort();
        QVERIFY2(named.isEmpty() || named == users,
            qPrintable(QStringLiteral("%1 (used by %2): %3").arg(check, users.join(u','), text)));
    }
}

void TestRequirementEngine::gmailAlignmentUnderStrictModes_data()
{
    // provider-requirements.md, AUTH-DMARC-ALIGNED: organisational alignment and DMARC pass under
    // the record's own aspf/adkim; a message that fails only through strict mode is Fail, and
    // the detail names the tag.
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("modes");

    Report r = baseReport();
    // Signed by a subdomain of the From domain's organisation; SPF for a third party.
    r.dkim = {signature(QStringLiteral("mail.shop.example.com"), QStringLiteral("pass"))};
    r.spf.domain = "bounce.esp.example";
    r.dmarc.spfAligned = false;
    r.dmarc.dkimAligned = true;
    r.dmarc.spfDomain = QStringLiteral("bounce.esp.example");
    QTest::newRow("relaxed-subdomain-dkim-pass") << r << "pass"
                                                 << "requirements.aligned.dkim" << QString();

    r.dmarc.record.strictDkim = true;
    r.dmarc.dkimAligned = false;
    r.dmarc.result = QStringLiteral("fail");
    QTest::newRow("adkim-strict-subdomain-fail") << r << "fail"
                                                 << "requirements.aligned.strict" << u"adkim=s"_qs;

    r = baseReport();
    // SPF for bounce.shop.example.com, no DKIM signature: aspf=s asks for shop.example.com itself.
    r.dkim.clear();
    r.dmarc.record.strictSpf = true;
    r.dmarc.spfAligned = false;
    r.dmarc.dkimAligned = false;
    r.dmarc.result = QStringLiteral("fail");
    QTest::newRow("aspf-strict-fail") << r << "fail"
                                      << "requirements.aligned.strict" << u"aspf=s"_qs;

    r.dkim = {signature(QStringLiteral("mail.shop.example.com"), QStringLiteral("pass"))};
    r.dmarc.record.strictDkim = true;
    QTest::newRow("aspf-and-adkim-strict-fail")
        << r << "fail"
        << "requirements.aligned.strict" << u"aspf=s, adkim=s"_qs;

    // Strict, but a signature of the From domain itself passes: DMARC passes.
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass"))};
    r.dmarc.dkimAligned = true;
    r.dmarc.result = QStringLiteral("pass");
    QTest::newRow("strict-exact-dkim-pass") << r << "pass"
                                            << "requirements.aligned.dkim" << QString();

    // Strict only for SPF, and DMARC fails for another reason: the strict tag is not the cause.
    r = baseReport();
    r.spf.domain = "bounce.esp.example";
    r.dkim = {signature(QStringLiteral("shop.example.com"), QStringLiteral("pass"))};
    r.dmarc.record.strictSpf = true;
    r.dmarc.result = QStringLiteral("fail");
    r.dmarc.spfAligned = false;
    r.dmarc.dkimAligned = false;
    QTest::newRow("fail-not-from-strict-mode") << r << "fail"
                                               << "requirements.dmarc.fails" << QString();
}

void TestRequirementEngine::gmailAlignmentUnderStrictModes()
{
    QFETCH(Report, report);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, modes);
    const QList<CheckOutcome> outcomes = RequirementEngine::outcomes(report.checkResults());
    const CheckOutcome *o = find(outcomes, QStringLiteral("auth.dmarc_aligned.org"));
    QVERIFY(o);
    QCOMPARE(checkStatusName(o->status), status);
    QCOMPARE(o->reason, reason);
    QString named;
    for (const auto &a : o->reasonArgs) {
        if (a.first == u"modes")
            named = a.second;
    }
    QCOMPARE(named, modes);
    // The Gmail cell carries the outcome.
    RequirementOptions options;
    options.bulk = true;
    const QList<RequirementResult> results
        = RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), options);
    const RequirementResult *gmail
        = find(results, QStringLiteral("AUTH-DMARC-ALIGNED"), QStringLiteral("gmail"));
    QVERIFY(gmail);
    QCOMPARE(checkStatusName(gmail->status), status);
}

void TestRequirementEngine::applicability_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<bool>("bulk");
    QTest::addColumn<int>("marketing");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("inScope");

    Report r = baseReport();
    r.dmarc.policy = QStringLiteral("none");
    // Recommended rows are never red; "—" cells are not applicable.
    QTest::newRow("enforce-yahoo-recommended") << r << false << 0 << "AUTH-DMARC-ENFORCE" << "yahoo" << "warning" << true;
    QTest::newRow("enforce-gmail-not-stated") << r << false << 0 << "AUTH-DMARC-ENFORCE" << "gmail" << "not_applicable" << false;
    r.dmarc.recordDomain.clear();
    r.dmarc.policy.clear();
    r.dmarc.result = QStringLiteral("none");
    QTest::newRow("enforce-no-record-capped") << r << false << 0 << "AUTH-DMARC-ENFORCE" << "outlook" << "warning" << true;
    // Bulk rows are evaluated whatever the switch says, and marked out of scope without it.
    QTest::newRow("bulk-row-not-bulk") << r << false << 0 << "AUTH-DMARC-RECORD" << "gmail" << "fail" << false;
    QTest::newRow("bulk-row-bulk") << r << true << 0 << "AUTH-DMARC-RECORD" << "gmail" << "fail" << true;
    // Gmail's ARC advice was withdrawn in 2026-03.
    QTest::newRow("arc-gmail-removed") << r << true << 0 << "AUTH-ARC-FORWARDER" << "gmail" << "not_applicable" << false;
    // One-click applies to marketing mail only; the switch overrides the message's signals.
    Report t = baseReport();
    QTest::newRow("oneclick-transactional") << t << true << 0 << "UNSUB-ONECLICK" << "gmail" << "not_applicable" << false;
    QTest::newRow("oneclick-forced-marketing") << t << true << 1 << "UNSUB-ONECLICK" << "gmail" << "fail" << true;
    t.unsubscribe.looksMarketing = true;
    QTest::newRow("oneclick-signals") << t << true << 0 << "UNSUB-ONECLICK" << "gmail" << "fail" << true;
    QTest::newRow("oneclick-forced-transactional") << t << true << 2 << "UNSUB-ONECLICK" << "gmail" << "not_applicable" << false;
}

void TestRequirementEngine::applicability()
{
    QFETCH(Report, report);
    QFETCH(bool, bulk);
    QFETCH(int, marketing);
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, status);
    QFETCH(bool, inScope);
    RequirementOptions options;
    options.bulk = bulk;
    options.marketing = static_cast<RequirementOptions::Marketing>(marketing);
    const QList<RequirementResult> results = RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), options);
    const RequirementResult *r = find(results, id, provider);
    QVERIFY2(r, qPrintable(id + u' ' + provider));
    QCOMPARE(checkStatusName(r->status), status);
    QCOMPARE(r->inScope, inScope);
}

void TestRequirementEngine::forwarded_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<bool>("forwarded");
    QTest::newRow("direct") << QByteArray("From: a@shop.example.com\r\n") << "mx.example.net" << false;
    QTest::newRow("receiver-own-arc") << QByteArray("ARC-Seal: i=1; a=rsa-sha256; d=google.com; s=arc; cv=none; b=x\r\nFrom: a@shop.example.com\r\n")
                                      << "mx.google.com" << false;
    QTest::newRow("forwarder-arc") << QByteArray("ARC-Seal: i=1; a=rsa-sha256; d=lists.example.org; s=arc; cv=none; b=x\r\nFrom: a@shop.example.com\r\n")
                                   << "mx.google.com" << true;
    QTest::newRow("newsletter-own-list-id") << QByteArray("List-Id: <news.shop.example.com>\r\nFrom: a@shop.example.com\r\n") << "mx.example.net" << false;
    QTest::newRow("mailing-list") << QByteArray("List-Id: Dev <dev.lists.example.org>\r\nFrom: a@shop.example.com\r\n") << "mx.example.net" << true;
    QTest::newRow("resent") << QByteArray("Resent-From: b@example.org\r\nFrom: a@shop.example.com\r\n") << "mx.example.net" << true;
}

void TestRequirementEngine::forwarded()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, receiver);
    QFETCH(bool, forwarded);
    CheckResults c;
    c.message = Message::parse(headers + "\r\nbody\r\n");
    c.summary = MessageSummary::summarize(c.message);
    c.receiverAuthservId = receiver;
    // The ARC sets as parsed, before any key is fetched (as the Analyzer fills them in).
    c.arc = ArcValidator(c.message, {}).result();
    QCOMPARE(RequirementEngine::isForwarded(c), forwarded);
}

Report TestRequirementEngine::analyzeSample(const QString &name)
{
    // A sample's DNS snapshot sits beside it (name.zone); without one every question is
    // "not in snapshot".
    DnsConfig config;
    config.offline = true;
    const QString zone = QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + QFileInfo(name).completeBaseName()
        + QStringLiteral(".zone");
    if (QFile::exists(zone))
        config.zoneFiles = {zone};
    AnalysisOptions options;
    const auto chain = DnsSetup::build(config);
    if (!std::holds_alternative<ResolverChain>(chain))
        return {};
    options.resolver = std::get<ResolverChain>(chain).resolver;
    options.offline = true;
    QFile file(QStringLiteral(KENSA_SOURCE_DIR "/resources/samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    AnalysisInput input;
    input.bytes = file.readAll();
    input.source.file = name;
    return Analyzer::analyze(input, options);
}

void TestRequirementEngine::samples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("status");

    // The newsletter passes everything a message can show, offline with its snapshot: every
    // cell a provider states is green.
    for (const char *id : {"AUTH-SPF-OR-DKIM", "AUTH-SPF-PASS", "AUTH-DKIM-PASS", "AUTH-DKIM-KEY-1024", "AUTH-DMARC-RECORD",
                           "AUTH-DMARC-ALIGNED", "AUTH-BOTH-ALIGNED", "AUTH-DMARC-ENFORCE", "INFRA-PTR-FCRDNS", "INFRA-TLS",
                           "INFRA-DOMAIN-EXISTS", "FMT-RFC5322", "FMT-SINGLE-FROM", "HDR-SINGLE-INSTANCE", "HDR-MESSAGE-ID",
                           "HDR-SIZE-LIMITS", "HDR-ENCODING", "FMT-IDN-UTS39", "FMT-NO-PROVIDER-SPOOF", "FMT-HONEST-IDENTITY",
                           "UNSUB-ONECLICK", "UNSUB-BODY-LINK"}) {
        const RequirementRow *row = RequirementTable::builtin().row(QString::fromLatin1(id));
        QVERIFY(row);
        for (const RequirementCell &cell : row->cells) {
            const bool stated = cell.applies != Applicability::NotStated && cell.applies != Applicability::Removed;
            QTest::addRow("newsletter-%s-%s", id, qPrintable(cell.provider))
                << "newsletter.eml" << id << cell.provider << (stated ? "pass" : "not_applicable");
        }
    }
    // Direct mail: the forwarding row does not apply; the practices rows cannot be seen.
    QTest::newRow("newsletter-arc-direct") << "newsletter.eml" << "AUTH-ARC-FORWARDER" << "apple" << "not_applicable";
    QTest::newRow("newsletter-spam-rate") << "newsletter.eml" << "REP-SPAM-RATE" << "gmail" << "not_verifiable";
    // The phishing sample with its snapshot: softfail, unsigned, DMARC fails under p=quarantine.
    QTest::newRow("dmarc-fail-spf-or-dkim") << "dmarc-fail.eml" << "AUTH-SPF-OR-DKIM" << "gmail" << "fail";
    QTest::newRow("dmarc-fail-spf") << "dmarc-fail.eml" << "AUTH-SPF-PASS" << "yahoo" << "fail";
    QTest::newRow("dmarc-fail-dkim") << "dmarc-fail.eml" << "AUTH-DKIM-PASS" << "gmail" << "fail";
    QTest::newRow("dmarc-fail-dmarc-record") << "dmarc-fail.eml" << "AUTH-DMARC-RECORD" << "gmail" << "pass";
    QTest::newRow("dmarc-fail-dmarc-yahoo") << "dmarc-fail.eml" << "AUTH-DMARC-ALIGNED" << "yahoo" << "fail";
    QTest::newRow("dmarc-fail-dmarc-gmail") << "dmarc-fail.eml" << "AUTH-DMARC-ALIGNED" << "gmail" << "fail";
    QTest::newRow("dmarc-fail-ptr") << "dmarc-fail.eml" << "INFRA-PTR-FCRDNS" << "gmail" << "fail";
    QTest::newRow("dmarc-fail-tls-plain") << "dmarc-fail.eml" << "INFRA-TLS" << "gmail" << "fail";
    QTest::newRow("dmarc-fail-enforced") << "dmarc-fail.eml" << "AUTH-DMARC-ENFORCE" << "outlook" << "pass";
    // Headers only: body rules cannot be judged.
    QTest::newRow("headers-only-body-link") << "headers-only.eml" << "UNSUB-BODY-LINK" << "outlook" << "not_verifiable";
}

void TestRequirementEngine::samples()
{
    QFETCH(QString, sample);
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, status);
    static QHash<QString, Report> cache;
    if (!cache.contains(sample))
        cache.insert(sample, analyzeSample(sample));
    const Report &report = cache[sample];
    QVERIFY(!report.message.headers().isEmpty());
    const RequirementResult *r = find(report.requirements, id, provider);
    QVERIFY2(r, qPrintable(id + u' ' + provider));
    QVERIFY2(checkStatusName(r->status) == status,
             qPrintable(checkStatusName(r->status) + u' ' + r->reason + u' '
                        + Explanations::text(makeFinding(r->reason, Severity::Info, r->reasonArgs))));
    QVERIFY(!r->pending);
}

void TestRequirementEngine::sampleVerdicts_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newsletter-apple-not-bulk") << "newsletter.eml" << "apple" << "uncertain" << "requirements.verdict.bulk_only";
    for (const char *provider : {"gmail", "yahoo", "outlook"})
        QTest::addRow("newsletter-%s", provider) << "newsletter.eml" << provider << "inbox" << "requirements.verdict.inbox";
    // Neither SPF nor DKIM passes: Gmail and Yahoo refuse it whatever DMARC says; the others
    // follow the bank's p=quarantine.
    for (const char *provider : {"gmail", "yahoo"})
        QTest::addRow("dmarc-fail-%s", provider) << "dmarc-fail.eml" << provider << "reject" << "requirements.verdict.unauthenticated";
    for (const char *provider : {"apple", "outlook"}) {
        QTest::addRow("dmarc-fail-%s", provider) << "dmarc-fail.eml" << provider << "spam" << "requirements.verdict.dmarc_quarantine";
    }
}

void TestRequirementEngine::sampleVerdicts()
{
    QFETCH(QString, sample);
    QFETCH(QString, provider);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    const Report report = analyzeSample(sample);
    const ProviderVerdict v = RequirementEngine::verdict(report.checkResults(), report.requirements, provider);
    QCOMPARE(verdictOutcomeName(v.outcome), outcome);
    QCOMPARE(v.reason, reason);
}

void TestRequirementEngine::verdicts_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");

    Report r = baseReport();
    r.dmarc.result = QStringLiteral("fail");
    r.dmarc.policy = QStringLiteral("quarantine");
    QTest::newRow("quarantine-gmail") << r << "gmail" << "spam" << "requirements.verdict.dmarc_quarantine";
    r.dmarc.policy = QStringLiteral("reject");
    QTest::newRow("reject-yahoo") << r << "yahoo" << "reject" << "requirements.verdict.dmarc_reject";
    r.dmarc.policy = QStringLiteral("quarantine");
    QTest::newRow("quarantine-apple-not-bulk") << r << "apple" << "spam" << "requirements.verdict.dmarc_quarantine";
    r.dmarc.result = QStringLiteral("pass");
    QTest::newRow("apple-not-bulk") << r << "apple" << "uncertain" << "requirements.verdict.bulk_only";
    r = baseReport();
    r.dkim = {};
    r.spf.result = QStringLiteral("fail");
    r.dmarc.result = QStringLiteral("fail");
    r.dmarc.policy = QStringLiteral("none");
    QTest::newRow("unauthenticated") << r << "gmail" << "reject" << "requirements.verdict.unauthenticated";
    r = baseReport();
    r.dkimChecked = false;
    QTest::newRow("pending") << r << "gmail" << "uncertain" << "requirements.verdict.pending";
}

void TestRequirementEngine::verdicts()
{
    QFETCH(Report, report);
    QFETCH(QString, provider);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    const QList<RequirementResult> results = RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), {});
    const ProviderVerdict v = RequirementEngine::verdict(report.checkResults(), results, provider);
    QCOMPARE(verdictOutcomeName(v.outcome), outcome);
    QCOMPARE(v.reason, reason);
}

void TestRequirementEngine::everyReasonHasText()
{
    // Every reason the engine can give has a sentence (TestTranslations checks the Japanese).
    QList<Report> reports{baseReport(), analyzeSample(QStringLiteral("newsletter.eml")),
                          analyzeSample(QStringLiteral("dmarc-fail.eml")),
                          analyzeSample(QStringLiteral("headers-only.eml")),
                          analyzeSample(QStringLiteral("forwarded-list.eml"))};
    for (const Report &report : std::as_const(reports)) {
        for (const RequirementResult &r : RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), {})) {
            QVERIFY2(Explanations::hasText(r.reason), qPrintable(r.reason));
            for (const Finding &f : r.outcome.evidence)
                QVERIFY2(Explanations::hasText(f.key), qPrintable(f.key));
        }
        for (const QString &p : RequirementTable::builtin().providers()) {
            const ProviderVerdict v = RequirementEngine::verdict(report.checkResults(), report.requirements, p);
            QVERIFY2(Explanations::hasText(v.reason), qPrintable(v.reason));
        }
    }
}

void TestRequirementEngine::coversEveryRowAndProvider()
{
    const RequirementTable &table = RequirementTable::builtin();
    const QList<RequirementResult> results = RequirementEngine::evaluate(baseReport().checkResults(), table, {});
    QCOMPARE(results.size(), table.rows().size() * table.providers().size());
    QVERIFY(table.rows().size() >= 28);
    const QStringList known = RequirementEngine::checkIds();
    for (const RequirementResult &r : results)
        QVERIFY2(known.contains(r.outcome.check), qPrintable(r.outcome.check));
}

QTEST_GUILESS_MAIN(TestRequirementEngine)
#include "TestRequirementEngine.moc"
