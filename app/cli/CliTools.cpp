#include "app/cli/CliTools.h"

#include "app/cli/CliWait.h"
#include "core/auth/dmarc/DmarcEvaluator.h"
#include "core/auth/spf/SpfEvaluator.h"
#include "core/auth/spf/SpfRecord.h"
#include "core/dns/DnsConfig.h"
#include "core/i18n/Explanations.h"
#include "core/net/IpAddress.h"
#include "core/net/OrganizationalDomain.h"
#include "core/report/ReportJson.h"
#include "core/report/TextReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

enum ExitCode { Done = 0, UsageError = 2, UnreadableInput = 3 };

// How long a command waits for DNS before it reports what it has.
constexpr int WaitMs = 60000;

struct CliTools
{
    Q_DECLARE_TR_FUNCTIONS(KensaCliTools)
};

struct Common
{
    QCommandLineOption json{QStringLiteral("json"), CliTools::tr("Print a JSON object instead of text.")};
    QCommandLineOption lang{QStringLiteral("lang"), CliTools::tr("Language of the text output: en or ja."), QStringLiteral("LANG")};
    QCommandLineOption dns{QStringLiteral("dns"), CliTools::tr("Ask this DNS server (HOST or HOST:PORT; repeatable)."), QStringLiteral("HOST[:PORT]")};
    QCommandLineOption zone{QStringLiteral("zone"), CliTools::tr("Answer from this zone file or DNS snapshot first (repeatable)."), QStringLiteral("FILE")};
    QCommandLineOption offline{QStringLiteral("offline"), CliTools::tr("Send no DNS query; only --zone files answer.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addHelpOption();
        parser.addOptions({json, lang, dns, zone, offline});
    }
};

// Builds the resolver chain of the options, or prints why not.
std::shared_ptr<kensa::Resolver> resolverFor(const QCommandLineParser &parser, const Common &common, QTextStream &err, int *exitCode)
{
    kensa::DnsConfig config;
    config.servers = parser.values(common.dns);
    config.zoneFiles = parser.values(common.zone);
    config.offline = parser.isSet(common.offline);
    const auto chain = kensa::DnsSetup::build(config);
    if (const auto *bad = std::get_if<kensa::DnsConfigError>(&chain)) {
        const QString reason = kensa::Explanations::text(kensa::makeFinding(bad->error.key, kensa::Severity::Error));
        err << CliTools::tr("kensa-cli: %1: %2").arg(bad->subject, reason) << '\n';
        *exitCode = bad->error.key == u"dns.server.invalid" ? UsageError : UnreadableInput;
        return nullptr;
    }
    return std::get<kensa::ResolverChain>(chain).resolver;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return false;
    }
    return true;
}

QJsonArray findingsJson(const QList<kensa::Finding> &findings)
{
    QJsonArray out;
    for (const kensa::Finding &f : findings)
        out.append(QJsonObject{{u"key"_qs, f.key}, {u"text"_qs, kensa::Explanations::text(f)}});
    return out;
}

} // namespace

int runSpfCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTools::tr("Evaluates SPF (RFC 7208 check_host) for a client IP and envelope sender, "
                                                  "with the full trace and the DNS lookup count. With --scope from, checks "
                                                  "the header From domain instead, as the Japanese carriers' spoofed-sender "
                                                  "filters (docomo, au, SoftBank) do."));
    Common common;
    common.addTo(parser);
    const QCommandLineOption ip(QStringLiteral("ip"), CliTools::tr("The client's IP address."), QStringLiteral("IP"));
    const QCommandLineOption mailfrom(QStringLiteral("mailfrom"),
                                      CliTools::tr("The envelope sender (MAIL FROM); '' is the null reverse-path, and the HELO name is checked."),
                                      QStringLiteral("ADDR"));
    const QCommandLineOption helo(QStringLiteral("helo"), CliTools::tr("The HELO/EHLO name."), QStringLiteral("NAME"));
    //: Do not translate "mailfrom" and "from": they are the values the option takes
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   CliTools::tr("Which identity to check: mailfrom (the envelope sender, the default) or from "
                                                "(the header From domain, with --from)."),
                                   QStringLiteral("mailfrom|from"), QStringLiteral("mailfrom"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliTools::tr("The header From address or domain, for --scope from."), QStringLiteral("ADDR"));
    parser.addOptions({ip, mailfrom, helo, scope, from});
    QStringList args = arguments;
    args.removeAt(1); // "spf"
    if (!parse(parser, args, out, err))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QByteArray ipText = parser.value(ip).toLatin1();
    const bool validIp = kensa::IpAddress::parseIp4(ipText).has_value() || kensa::IpAddress::parseIp6(ipText).has_value();
    const QString scopeName = parser.value(scope);
    if (scopeName != u"mailfrom" && scopeName != u"from") {
        err << CliTools::tr("kensa-cli spf: --scope takes mailfrom or from.") << '\n';
        return UsageError;
    }
    const bool fromScope = scopeName == u"from";
    const QString fromDomain = parser.value(from).section(u'@', -1).trimmed();
    if (fromScope && (!parser.isSet(ip) || !validIp || fromDomain.isEmpty())) {
        err << CliTools::tr("kensa-cli spf: --scope from needs --ip with an IP address and --from with an address or domain.") << '\n';
        return UsageError;
    }
    if (!fromScope && (!parser.isSet(ip) || !validIp || !parser.isSet(mailfrom))) {
        err << CliTools::tr("kensa-cli spf: --ip with an IP address and --mailfrom are required.") << '\n';
        return UsageError;
    }
    const QString sender = parser.value(mailfrom);
    const QString heloName = parser.value(helo);
    if (!fromScope && sender.isEmpty() && heloName.isEmpty()) {
        err << CliTools::tr("kensa-cli spf: an empty --mailfrom needs --helo (RFC 7208 §2.4).") << '\n';
        return UsageError;
    }
    int exitCode = Done;
    const std::shared_ptr<kensa::Resolver> resolver = resolverFor(parser, common, err, &exitCode);
    if (!resolver)
        return exitCode;

    kensa::SpfEvaluator::Input in;
    in.ip = parser.value(ip).toLatin1();
    in.helo = heloName.toUtf8();
    if (fromScope) {
        // A domain identity, as the report checks the header From domain (RFC 7208 §2.4).
        in.domain = fromDomain.toLower().toUtf8();
        in.sender = "postmaster@" + in.domain;
    } else if (sender.isEmpty()) {
        in.sender = "postmaster@" + in.helo;
        in.domain = in.helo;
    } else {
        in.sender = (sender.contains(u'@') ? sender : QStringLiteral("postmaster@") + sender).toUtf8();
        in.domain = in.sender.mid(in.sender.lastIndexOf('@') + 1);
    }
    kensa::SpfResult result;
    kensa::CliWait::until(
        [&](QObject *context, const kensa::CliWait::Done &done) {
            kensa::SpfEvaluator::checkHost(*resolver, in, {}, context, [&result, done](const kensa::SpfResult &r) {
                result = r;
                done();
            });
        },
        WaitMs);

    const QString reason = kensa::Explanations::text(kensa::Finding{result.reason, kensa::Severity::Info, result.reasonArgs, 0, {}});
    if (parser.isSet(common.json)) {
        // The report's "spf" object, with what the command knows for sure: "mailfrom" and "helo"
        // as given, the scope they chose (the report infers it, and takes a real
        // postmaster@HELO sender for the HELO check), and the evaluation's findings, which a
        // report lists among all its findings instead.
        QJsonObject o = kensa::ReportJson::spf(result, fromScope);
        if (!fromScope) {
            o.insert(u"mailfrom", sender);
            o.insert(u"scope", sender.isEmpty() ? u"helo"_qs : u"mailfrom"_qs);
        }
        o.insert(u"helo", heloName);
        o.insert(u"findings", findingsJson(result.findings));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    if (fromScope)
        //: %1 the header From domain, %2 the client IP, %3 the SPF result word
        out << CliTools::tr("SPF for the header From domain %1 from %2: %3")
                   .arg(QString::fromUtf8(result.domain), QString::fromLatin1(result.ip), result.result)
            << '\n';
    else
        out << CliTools::tr("SPF for %1 from %2: %3").arg(QString::fromUtf8(result.domain), QString::fromLatin1(result.ip), result.result) << '\n';
    out << "  " << reason << '\n';
    if (fromScope && result.result != u"temperror") {
        // What the carriers' spoofed-sender rejection makes of it, as the checklist row says.
        const QString key = result.result == u"pass"        ? QStringLiteral("requirements.carrier.pass")
                            : result.result == u"none"      ? QStringLiteral("requirements.carrier.from_none")
                            : result.result == u"permerror" ? QStringLiteral("requirements.carrier.from_error")
                                                            : QStringLiteral("requirements.carrier.from_not_listed");
        out << "  " << kensa::Explanations::text(kensa::makeFinding(key, kensa::Severity::Info,
            {{QStringLiteral("domain"), QString::fromUtf8(result.domain)},
             {QStringLiteral("ip"), QString::fromLatin1(result.ip)},
             {QStringLiteral("result"), result.result}})) << '\n';
    }
    if (!result.explanation.isEmpty())
        out << "  " << CliTools::tr("Explanation (exp=): %1").arg(result.explanation) << '\n';
    out << "  " << CliTools::tr("DNS lookups: %1 of 10, void lookups: %2 of 2").arg(result.lookups).arg(result.voidLookups) << '\n';
    out << CliTools::tr("Trace:") << '\n';
    for (const kensa::SpfTraceEntry &e : result.trace) {
        out << QString(2 * (e.depth + 1), u' ') << kensa::TextReport::spfTraceLine(e) << '\n';
    }
    for (const kensa::Finding &f : result.findings)
        out << "  [" << kensa::Explanations::severityText(f.severity) << "] " << kensa::Explanations::text(f) << '\n';
    return Done;
}

int runDmarcCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTools::tr("Finds the DMARC policy that applies to DOMAIN (RFC 9989 DNS Tree Walk, "
                                                  "and the RFC 7489 answer beside it) and shows its tags and problems."));
    Common common;
    common.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), CliTools::tr("The From domain."));
    QStringList args = arguments;
    args.removeAt(1); // "dmarc"
    if (!parse(parser, args, out, err))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    if (parser.positionalArguments().size() != 1) {
        err << CliTools::tr("kensa-cli dmarc: give exactly one DOMAIN.") << '\n';
        return UsageError;
    }
    int exitCode = Done;
    const std::shared_ptr<kensa::Resolver> resolver = resolverFor(parser, common, err, &exitCode);
    if (!resolver)
        return exitCode;

    kensa::DmarcEvaluator::Input in;
    in.fromDomains = parser.positionalArguments();
    kensa::DmarcEvaluator evaluator(in, kensa::OrganizationalDomain::system());
    kensa::CliWait::forAnswers(
        *resolver, evaluator.questions(), [&evaluator](const kensa::DnsAnswer &answer) { evaluator.setAnswer(answer); }, WaitMs);
    const kensa::DmarcResult r = evaluator.result();
    const bool found = r.record.valid;
    // With no identifier the result would read "fail"; this command reports the policy only.
    const QString result = r.result == u"temperror" ? r.result : (found ? QStringLiteral("policy") : QStringLiteral("none"));
    QList<kensa::Finding> problems = r.findings;
    problems.removeIf([](const kensa::Finding &f) { return f.key == u"dmarc.rfc7489_differs"; });
    if (parser.isSet(common.json)) {
        QJsonObject tags;
        if (found) {
            tags.insert(u"p"_qs, r.record.policy);
            tags.insert(u"sp"_qs, r.record.subdomainPolicy.isEmpty() ? QJsonValue() : QJsonValue(r.record.subdomainPolicy));
            tags.insert(u"np"_qs, r.record.nonexistentPolicy.isEmpty() ? QJsonValue() : QJsonValue(r.record.nonexistentPolicy));
            tags.insert(u"psd"_qs, r.record.psd.isEmpty() ? QJsonValue() : QJsonValue(r.record.psd));
            tags.insert(u"t"_qs, r.record.testing ? u"y"_qs : u"n"_qs);
            tags.insert(u"adkim"_qs, r.record.strictDkim ? u"s"_qs : u"r"_qs);
            tags.insert(u"aspf"_qs, r.record.strictSpf ? u"s"_qs : u"r"_qs);
            tags.insert(u"rua"_qs, QJsonArray::fromStringList(r.record.rua));
            tags.insert(u"ruf"_qs, QJsonArray::fromStringList(r.record.ruf));
        }
        const QJsonObject o{{u"domain"_qs, r.fromDomain},
                            {u"result"_qs, r.result == u"temperror" ? r.result : (found ? u"pass"_qs : u"none"_qs)},
                            {u"record"_qs, found ? QJsonValue(QString::fromUtf8(r.record.text)) : QJsonValue()},
                            {u"record_domain"_qs, r.recordDomain.isEmpty() ? QJsonValue() : QJsonValue(r.recordDomain)},
                            {u"org_domain"_qs, r.orgDomain},
                            {u"tags"_qs, found ? QJsonValue(tags) : QJsonValue()},
                            {u"rfc7489"_qs, QJsonObject{{u"org_domain"_qs, r.rfc7489OrgDomain}}},
                            {u"problems"_qs, findingsJson(problems)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    Q_UNUSED(result);
    if (r.result == u"temperror") {
        out << CliTools::tr("DMARC for %1: temperror").arg(r.fromDomain) << '\n'
            << "  " << kensa::Explanations::text(kensa::Finding{r.reason, kensa::Severity::Info, r.reasonArgs, 0, {}}) << '\n';
        return Done;
    }
    if (!found) {
        out << CliTools::tr("DMARC for %1: no policy record, neither at _dmarc.%1 nor higher up the DNS tree.").arg(r.fromDomain) << '\n';
    } else {
        out << CliTools::tr("DMARC for %1: record at _dmarc.%2").arg(r.fromDomain, r.recordDomain) << '\n';
        out << "  " << QString::fromUtf8(r.record.text) << '\n';
        out << "  " << CliTools::tr("policy p=%1, subdomains sp=%2, non-existent subdomains np=%3, testing t=%4")
                           .arg(r.record.policy,
                                r.record.subdomainPolicy.isEmpty() ? r.record.policy : r.record.subdomainPolicy,
                                r.record.nonexistentPolicy.isEmpty() ? QStringLiteral("-") : r.record.nonexistentPolicy,
                                r.record.testing ? QStringLiteral("y") : QStringLiteral("n"))
            << '\n';
        out << "  " << CliTools::tr("alignment: DKIM %1, SPF %2")
                           .arg(r.record.strictDkim ? CliTools::tr("strict") : CliTools::tr("relaxed"),
                                r.record.strictSpf ? CliTools::tr("strict") : CliTools::tr("relaxed"))
            << '\n';
    }
    out << "  " << CliTools::tr("organisational domain: %1 (DNS Tree Walk), %2 (Public Suffix List)")
                       .arg(r.orgDomain, r.rfc7489OrgDomain.isEmpty() ? r.fromDomain : r.rfc7489OrgDomain)
        << '\n';
    for (const kensa::Finding &f : problems)
        out << "  [" << kensa::Explanations::severityText(f.severity) << "] " << kensa::Explanations::text(f) << '\n';
    return Done;
}
