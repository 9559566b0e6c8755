#include "core/analysis/EvidenceAnalysis.h"

#include "core/checklist/RequirementTable.h"
#include "core/dns/DnsTranscript.h"

#include <QFileInfo>

namespace kensa {

QString EvidenceAnalysis::kensaVersion()
{
    return QStringLiteral(KENSA_VERSION);
}

EvidenceBundle EvidenceAnalysis::bundle(const AnalysisInput &input,
                                        const Report &report,
                                        const RequirementOptions &checklist,
                                        const QStringList &providers,
                                        const AnalysisOptions &options,
                                        const QDateTime &savedAt)
{
    EvidenceBundle b;
    b.kensaVersion = kensaVersion();
    // Whole seconds, as the manifest writes it.
    b.savedAt = QDateTime::fromSecsSinceEpoch(savedAt.toSecsSinceEpoch(), Qt::UTC);
    b.analysisTime = report.analysisTime;
    b.message = input.bytes;
    b.headersOnly = !report.hasBody();
    b.messageEntry = b.headersOnly ? QStringLiteral("original-headers.txt") : QStringLiteral("original.eml");
    b.origin = input.origin == PasteNormalizer::Origin::Paste ? QStringLiteral("paste")
                                                              : (input.source.origin == u"stdin" ? QStringLiteral("stdin")
                                                                                                 : QStringLiteral("file"));
    // The file's name only: the folders it was in say nothing about the message.
    b.sourceFile = input.source.file == u"-" ? input.source.file : QFileInfo(input.source.file).fileName();
    b.sourceIndex = input.source.index;
    b.originalSize = input.source.originalSize;
    b.normalised = input.source.normalised;
    // A bundle saved again from a bundle keeps the first one's account of the original input.
    b.normalised.removeAll(QStringLiteral("evidence_bundle"));
    b.findings = input.findings;
    b.dnsSnapshot = DnsTranscript::toZoneFile(report.dns, b.savedAt).toUtf8();
    b.dnsAnswers = int(report.dns.size());
    b.wasOffline = options.offline;
    b.bulk = checklist.bulk;
    b.mailKind = checklist.marketing == RequirementOptions::Marketing::Yes  ? QStringLiteral("marketing")
                 : checklist.marketing == RequirementOptions::Marketing::No ? QStringLiteral("transactional")
                                                                            : QStringLiteral("auto");
    b.providers = providers;
    b.trustedAuthservId = options.trustedAuthservId;
    return b;
}

AnalysisInput EvidenceAnalysis::originalInput(const LoadedInput &loaded)
{
    Q_ASSERT(loaded.evidence && !loaded.messages.isEmpty());
    AnalysisInput input = loaded.messages.first();
    input.source.file = loaded.evidence->sourceFile;
    input.source.index = loaded.evidence->sourceIndex;
    input.source.originalSize = loaded.evidence->originalSize;
    input.source.origin = loaded.evidence->origin;
    return input;
}

DnsConfig EvidenceAnalysis::dnsConfig(const EvidenceBundle &bundle, const QString &name)
{
    DnsConfig config;
    config.offline = true;
    config.zoneTexts.append({name.isEmpty() ? bundle.dnsEntry : name + u": "_qs + bundle.dnsEntry, bundle.dnsSnapshot});
    return config;
}

AnalysisOptions EvidenceAnalysis::options(const EvidenceBundle &bundle, std::shared_ptr<Resolver> resolver, int timeoutMs)
{
    AnalysisOptions options;
    options.resolver = std::move(resolver);
    options.offline = true;
    options.now = bundle.analysisTime;
    options.timeoutMs = timeoutMs;
    options.trustedAuthservId = bundle.trustedAuthservId;
    return options;
}

RequirementOptions EvidenceAnalysis::checklist(const EvidenceBundle &bundle)
{
    RequirementOptions options;
    options.bulk = bundle.bulk;
    if (bundle.mailKind == u"marketing")
        options.marketing = RequirementOptions::Marketing::Yes;
    else if (bundle.mailKind == u"transactional")
        options.marketing = RequirementOptions::Marketing::No;
    return options;
}

std::variant<Report, DnsConfigError> EvidenceAnalysis::analyze(const LoadedInput &loaded, int timeoutMs)
{
    Q_ASSERT(loaded.evidence && !loaded.messages.isEmpty());
    const EvidenceBundle &bundle = *loaded.evidence;
    auto chain = DnsSetup::build(dnsConfig(bundle, loaded.name));
    if (auto *bad = std::get_if<DnsConfigError>(&chain))
        return std::move(*bad);
    Report report = Analyzer::analyze(loaded.messages.first(),
                                      options(bundle, std::get<ResolverChain>(chain).resolver, timeoutMs));
    QList<RequirementResult> results =
        RequirementEngine::evaluate(report.checkResults(), RequirementTable::builtin(), checklist(bundle));
    if (!bundle.providers.isEmpty())
        results.removeIf([&bundle](const RequirementResult &r) { return !bundle.providers.contains(r.provider); });
    report.requirements = results;
    return report;
}

} // namespace kensa
