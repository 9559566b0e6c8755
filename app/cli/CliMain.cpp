#include "app/cli/CliExport.h"
#include "app/cli/CliInputs.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliProgress.h"
#include "app/cli/CliSummary.h"
#include "app/cli/CliTools.h"
#include "app/cli/CliWait.h"
#include "core/analysis/AnalysisPool.h"
#include "core/analysis/Analyzer.h"
#include "app/cli/DkimBenchmark.h"
#include "app/cli/EvidenceCommand.h"
#include "core/dns/DnsConfig.h"
#include "core/dns/DnsTranscript.h"
#include "core/i18n/Explanations.h"
#include "core/input/InputLoader.h"
#include "core/base/LibraryVersions.h"
#include "core/i18n/Localization.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QThread>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <thread>

#include <malloc.h>
#include <sys/mman.h>
#ifdef KENSA_MIMALLOC
#include <mimalloc.h>
#endif
#include <unistd.h>

namespace {

// The heap on 2 MB pages where the system gives them on request (transparent huge pages in
// "madvise" mode, as on Debian): an analysis walks many small objects, and with 4 KB pages a
// good part of its time went to address translation. farm-bench on the 2,200-message corpus of
// scripts/bench, against the same build without: CPU time 0.93x with the arena below, and 0.96x
// more with the first mapping advised; the peak grows from 51 to 64 MB. Nothing changes where
// the kernel says no.
void useHugePages()
{
    // With mimalloc only: another allocator's first mapping (glibc's heap, a sanitizer's
    // reservation of terabytes) is not the heap this is about.
#if defined(MADV_HUGEPAGE) && defined(KENSA_MIMALLOC)
    // An arena for mimalloc's segments: address space reserved (memory is only used as it is
    // touched) and advised, at an alignment its segments take. When it is full, mimalloc maps
    // more memory of its own, on small pages.
    constexpr std::size_t ArenaBytes = std::size_t(512) << 20;
    constexpr std::size_t Alignment = std::size_t(64) << 20;
    void *mapped = mmap(nullptr, ArenaBytes + Alignment, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped != MAP_FAILED) {
        const auto base = reinterpret_cast<std::uintptr_t>(mapped);
        const std::uintptr_t start = (base + Alignment - 1) & ~std::uintptr_t(Alignment - 1);
        const std::uintptr_t end = start + ArenaBytes;
        if (start > base)
            munmap(mapped, start - base);
        if (base + ArenaBytes + Alignment > end)
            munmap(reinterpret_cast<void *>(end), base + ArenaBytes + Alignment - end);
        void *arena = reinterpret_cast<void *>(start);
        madvise(arena, ArenaBytes, MADV_HUGEPAGE);
        if (!mi_manage_os_memory(arena, ArenaBytes, true, false, true, -1))
            munmap(arena, ArenaBytes);
    }
    // The allocator's first mapping, made before main() ran (too early for an option), holds
    // the main thread's objects: the mapping of a fresh allocation is advised where it lies.
    void *probe = std::malloc(64);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    if (FILE *maps = std::fopen("/proc/self/maps", "r")) {
        unsigned long first = 0;
        unsigned long last = 0;
        char line[512];
        while (std::fgets(line, sizeof line, maps)) {
            if (std::sscanf(line, "%lx-%lx", &first, &last) == 2 && first <= at && at < last) {
                // Only the allocator's own reservation, not a small mapping of something else.
                constexpr unsigned long MinBytes = 32ul << 20;
                if (last - first >= MinBytes)
                    madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
                break;
            }
        }
        std::fclose(maps);
    }
    std::free(probe);
#endif
}

// Documented in README.md and in --help.
enum ExitCode { Analysed = 0, UsageError = 2, UnreadableInput = 3 };

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)
};

QString readError(const QString &key, const QString &file, int line = 0)
{
    const QString reason = kensa::Explanations::text(kensa::makeFinding(key, kensa::Severity::Error));
    if (line > 0)
        return Cli::tr("kensa-cli: %1, line %2: %3").arg(file).arg(line).arg(reason);
    return Cli::tr("kensa-cli: %1: %2").arg(file, reason);
}

// --now: an ISO 8601 date and time, or seconds since the epoch.
qint64 parseNow(const QString &text, bool *ok)
{
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber && seconds > 0) {
        *ok = true;
        return seconds;
    }
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    *ok = when.isValid();
    return when.isValid() ? when.toSecsSinceEpoch() : 0;
}

// `bytes` to standard output in as few write() calls as the pipe takes: a report is tens of
// kilobytes, which stdio would split into a buffer's worth and the rest. Whatever stdio holds
// goes first, so that the order of the output stays as written.
void writeOut(QByteArrayView bytes)
{
    std::fflush(stdout);
    while (!bytes.isEmpty()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.data(), size_t(bytes.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // a closed pipe or a full disk: nothing left to write to
        bytes = bytes.sliced(n);
    }
}

// Whether the command line asks for the help or the version only: nothing will be analysed.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Each report's JSON (about 170 KB) would get a fresh mmap() and be unmapped again, page
    // faults every time: keep such buffers on the heap, where the next report reuses them.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#ifdef KENSA_MIMALLOC
    // The same with mimalloc: a batch's memory comes and goes with its DNS waits, and mimalloc
    // gave pages unused for 25 ms back to the system, to fault them in again one by one (17,000
    // page faults in the 1,000-message batch of scripts/bench, 12,500 kept; 7% of its CPU
    // time). kensa-cli ends with its batch: it keeps them, and its peak grows by about 8 MB.
    mi_option_disable(mi_option_allow_decommit);
#endif
    useHugePages();
    // Qt's own event dispatcher rather than GLib's: a batch hands every DNS answer and every
    // report to another thread, and GLib's wake-up writes to an eventfd for each one (about 30
    // system calls a message) where Qt's writes once until the woken thread has looked.
    // kensa-cli embeds no GLib main loop, so nothing else needs GLib's. Set before the
    // application and its threads make their dispatchers; a value the user set is kept.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // The built-in tables load on a thread of their own while the program starts (the libraries
    // are loaded, but the application, its translations and the zone file are still to come):
    // the first analyses no longer wait about 10 ms for them. Joined as main returns, before
    // the static destructors run; not started for --help and --version. Qt takes the first
    // thread that uses it for its main thread, so this one uses it first.
    QThread::currentThread();
    std::jthread tables;
    if (!onlyAsksForInformation(argc, argv)) {
        tables = std::jthread([] {
            kensa::Analyzer::loadTables();
            kensa::Analyzer::threadEnds();
        });
    }
    const std::unique_ptr<QCoreApplication> app = kensa::CliExport::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kensa-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KENSA_VERSION));

    // The language comes first so that --help itself is translated.
    QString language = kensa::Localization::systemLanguage();
    const QStringList args = app->arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            language = args.at(i).mid(7);
    }
    kensa::Localization::apply(language);
    if (args.size() > 1 && args.at(1) == u"spf")
        return runSpfCommand(args);
    if (args.size() > 1 && args.at(1) == u"dmarc")
        return runDmarcCommand(args);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Re-verifies the authentication of email messages and prints what it finds.\n\n"
           "Exit codes: 0 all inputs analysed, 2 usage error, 3 an input could not be read."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Cli::tr("Print the JSON report (schema 1) instead of text."));
    const QCommandLineOption jsonLinesOption(QStringLiteral("jsonl"),
                                             Cli::tr("Print each JSON report (schema 1) on one line as soon as it is done (JSON Lines)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Cli::tr("Show no progress on standard error (it is shown only when standard error is a terminal)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("Language of the text output: en or ja."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption mboxOption(QStringLiteral("mbox"),
                                        Cli::tr("Treat every input as an mbox file of several messages."));
    const QCommandLineOption dnsOption(QStringLiteral("dns"),
                                       Cli::tr("Ask this DNS server (HOST or HOST:PORT; repeatable) instead of those of /etc/resolv.conf."),
                                       QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption zoneOption(QStringLiteral("zone"),
                                        Cli::tr("Answer DNS questions from this zone file or saved DNS snapshot first (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
                                           Cli::tr("Send no DNS query at all: only --zone files answer; checks that need other names say they could not be verified."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Cli::tr("Give each message at most this many seconds, DNS included (default 20)."),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        Cli::tr("Analyse on N threads at once (default: one per core, here %1). Many messages wait on DNS together in any case; the output keeps the input order.")
                                            .arg(QThread::idealThreadCount()),
                                        QStringLiteral("N"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       Cli::tr("Judge signature expiry (x=, t=) at this time instead of now (ISO 8601 or seconds since 1970)."),
                                       QStringLiteral("TIME"));
    const QCommandLineOption saveDnsOption(QStringLiteral("save-dns"),
                                           Cli::tr("Write every DNS answer used to FILE as a snapshot that --zone reads back."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption saveEvidenceOption(QStringLiteral("save-evidence"),
                                                Cli::tr("Write the evidence bundle (.kensa) of the one message analysed to FILE: the message, the DNS answers used, the time and the switches, so that kensa-cli FILE shows the same result later, offline."),
                                                QStringLiteral("FILE"));
    const QCommandLineOption bulkOption(QStringLiteral("bulk"),
                                        Cli::tr("Judge the checklist for a bulk sender (5,000 or more messages a day): bulk-only rules count."));
    const QCommandLineOption marketingOption(QStringLiteral("marketing"),
                                             Cli::tr("Treat the message as subscribed/marketing mail (the unsubscribe rules apply) whatever its headers say."));
    const QCommandLineOption transactionalOption(QStringLiteral("transactional"),
                                                 Cli::tr("Treat the message as transactional mail (the one-click unsubscribe rule does not apply)."));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            Cli::tr("Restrict the checklist to this provider: gmail, yahoo, apple, outlook, docomo, au or softbank (repeatable)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption benchOption(QStringLiteral("bench"),
                                         Cli::tr("Benchmark: verify the DKIM signatures of every .eml below DIR single-threaded, keys from --zone files (or DIR/*.zone), and print messages per second beside the OpenSSL bound."),
                                         QStringLiteral("DIR"));
    parser.addOption(jsonOption);
    parser.addOption(jsonLinesOption);
    parser.addOption(quietOption);
    parser.addOption(langOption);
    parser.addOption(mboxOption);
    parser.addOption(dnsOption);
    parser.addOption(zoneOption);
    parser.addOption(offlineOption);
    parser.addOption(timeoutOption);
    parser.addOption(jobsOption);
    parser.addOption(nowOption);
    parser.addOption(saveDnsOption);
    parser.addOption(saveEvidenceOption);
    parser.addOption(bulkOption);
    parser.addOption(marketingOption);
    parser.addOption(transactionalOption);
    parser.addOption(providerOption);
    parser.addOption(benchOption);
    const kensa::CliExport exporter;
    exporter.addOptions(parser);
    const QCommandLineOption summaryOption = kensa::CliSummary::option();
    parser.addOption(summaryOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("Message (.eml), pasted source (.txt), mbox file or evidence bundle (.kensa, analysed offline as saved); - reads standard input."),
                                 QStringLiteral("FILE..."));

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << Cli::tr("Try 'kensa-cli --help'.") << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Analysed;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "kensa-cli " << KENSA_VERSION << '\n';
        for (const auto &[name, version] : kensa::LibraryVersions::all())
            out << "  " << name << ' ' << version << '\n';
        return Analysed;
    }
    if (parser.isSet(langOption) && !kensa::Localization::languages().contains(parser.value(langOption))) {
        err << Cli::tr("kensa-cli: unknown language '%1' (use en or ja)").arg(parser.value(langOption)) << '\n';
        return UsageError;
    }
    kensa::DnsConfig dnsConfig;
    dnsConfig.servers = parser.values(dnsOption);
    dnsConfig.zoneFiles = parser.values(zoneOption);
    dnsConfig.offline = parser.isSet(offlineOption);
    kensa::AnalysisOptions options;
    options.offline = dnsConfig.offline;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            err << Cli::tr("kensa-cli: --timeout wants a number of seconds above 0 and at most 3600, not '%1'")
                       .arg(parser.value(timeoutOption)) << '\n';
            return UsageError;
        }
        options.timeoutMs = int(seconds * 1000);
    }
    // One attempt never outlasts the message's budget: an answer after it is not used, and
    // kensa-cli would only wait for it before exiting.
    dnsConfig.timeoutMs = qBound(100, options.timeoutMs / dnsConfig.tries, dnsConfig.timeoutMs);
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 256) {
            err << Cli::tr("kensa-cli: --jobs wants a number of threads from 1 to 256, not '%1'")
                       .arg(parser.value(jobsOption)) << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(nowOption)) {
        bool ok = false;
        options.now = parseNow(parser.value(nowOption), &ok);
        if (!ok) {
            err << Cli::tr("kensa-cli: --now wants an ISO 8601 time such as 2024-02-01T12:00:00Z, not '%1'")
                       .arg(parser.value(nowOption)) << '\n';
            return UsageError;
        }
    }

    if (parser.isSet(benchOption)) {
        const QString folder = parser.value(benchOption);
        if (dnsConfig.zoneFiles.isEmpty()) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name))
                dnsConfig.zoneFiles << dir.filePath(name);
        }
        dnsConfig.offline = true; // a benchmark measures verification, not the network
        const auto chain = kensa::DnsSetup::build(dnsConfig);
        if (const auto *bad = std::get_if<kensa::DnsConfigError>(&chain)) {
            err << readError(bad->error.key, bad->subject, bad->error.line) << '\n';
            return UnreadableInput;
        }
        const kensa::DkimBenchmark::Figures figures =
            kensa::DkimBenchmark::run(folder, *std::get<kensa::ResolverChain>(chain).resolver);
        out << kensa::DkimBenchmark::format(figures);
        return figures.messages > 0 ? Analysed : UnreadableInput;
    }

    const auto chain = kensa::DnsSetup::build(dnsConfig);
    if (const auto *bad = std::get_if<kensa::DnsConfigError>(&chain)) {
        err << readError(bad->error.key, bad->subject, bad->error.line) << '\n';
        return bad->error.key == u"dns.server.invalid" ? UsageError : UnreadableInput;
    }
    options.resolver = std::get<kensa::ResolverChain>(chain).resolver;

    kensa::RequirementOptions checklist;
    checklist.bulk = parser.isSet(bulkOption);
    if (parser.isSet(marketingOption) && parser.isSet(transactionalOption)) {
        err << Cli::tr("kensa-cli: --marketing and --transactional exclude each other.") << '\n';
        return UsageError;
    }
    if (parser.isSet(marketingOption))
        checklist.marketing = kensa::RequirementOptions::Marketing::Yes;
    else if (parser.isSet(transactionalOption))
        checklist.marketing = kensa::RequirementOptions::Marketing::No;
    const QStringList providers = parser.values(providerOption);
    for (const QString &p : providers) {
        if (!kensa::RequirementTable::builtin().providers().contains(p)) {
            err << Cli::tr("kensa-cli: unknown provider \"%1\"; use gmail, yahoo, apple, outlook, docomo, au or softbank.").arg(p) << '\n';
            return UsageError;
        }
    }

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Cli::tr("kensa-cli: no input file given.") << '\n' << Cli::tr("Try 'kensa-cli --help'.") << '\n';
        return UsageError;
    }

    if (parser.isSet(jsonOption) && parser.isSet(jsonLinesOption)) {
        err << Cli::tr("kensa-cli: --json and --jsonl exclude each other.") << '\n';
        return UsageError;
    }
    err.flush();

    const auto mode = parser.isSet(mboxOption) ? kensa::InputLoader::MboxMode::Force
                                               : kensa::InputLoader::MboxMode::Detect;
    // Progress only on a terminal; counting the messages first costs a pass over mbox files.
    const bool showProgress = !parser.isSet(quietOption) && kensa::CliProgress::terminal();
    kensa::CliProgress progress(stderr, showProgress,
                                showProgress ? kensa::CliInputs::estimate(files, mode) : -1);
    const bool stdoutTerminal = isatty(STDOUT_FILENO) == 1;
    const kensa::CliOutput::Sink toStdout = [&progress, stdoutTerminal](const QByteArray &bytes) {
        if (stdoutTerminal)
            progress.clear();
        writeOut(bytes);
    };
    // Each report is written as soon as it and every earlier one are done, then forgotten.
    std::unique_ptr<kensa::CliOutput> output;
    if (parser.isSet(jsonOption))
        output = kensa::CliOutput::json(toStdout, files.size() > 1);
    else if (parser.isSet(jsonLinesOption))
        output = kensa::CliOutput::jsonLines(toStdout);
    else if (parser.isSet(summaryOption))
        output = kensa::CliSummary::output(toStdout, files.size() > 1);
    else
        output = kensa::CliOutput::text(toStdout);

    kensa::CliInputs inputs(files, mode, [&progress](const QString &line) {
        progress.clear();
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    });
    QList<kensa::DnsAnswer> answers; // for --save-dns
    // --html/--pdf export one message: two reports kept are enough to refuse several.
    const bool exporting = parser.isSet(QStringLiteral("html")) || parser.isSet(QStringLiteral("pdf"));
    QList<kensa::Report> exported;
    kensa::EvidenceCommand evidence;
    bool bundleFailed = false;

    // The checklist (judged with the switches by the analysis) for the providers asked for, and
    // the printed form: on the analysis threads.
    options.checklist = checklist;
    const bool saveDns = parser.isSet(saveDnsOption);
    // Which reports `deliver` below reads besides their printed form: the first two (the JSON
    // array's first element, the evidence bundle, --html/--pdf refusing a second), and every one
    // for --save-dns. The others are freed on the thread that built them.
    const auto deliverReads = [saveDns](qint64 index) { return saveDns || index <= 1; };
    const auto finish = [&providers, &output, &deliverReads](kensa::AnalysisPool::Done &done) {
        if (!providers.isEmpty())
            done.report.requirements.removeIf([&providers](const kensa::RequirementResult &r) { return !providers.contains(r.provider); });
        done.rendered = output->render(done.report);
        if (!deliverReads(done.index))
            done.report = kensa::Report();
    };
    const auto deliver = [&](kensa::AnalysisPool::Done &done) {
        if (saveDns)
            answers += done.report.dns;
        evidence.add(done.input, done.report, checklist, providers, options);
        output->write(done.report, done.rendered);
        if (exporting && exported.size() < 2)
            exported.append(done.report);
        progress.step();
    };
    kensa::AnalysisPool::Settings poolSettings;
    poolSettings.analysis = options;
    poolSettings.jobs = jobs;
    // Many messages in flight let their DNS waits overlap; offline every answer is there at
    // once, and 16 messages a thread keep it busy (reports go back four at a time) without
    // spreading each one's work (and the caches it warms) over hundreds of others.
    if (dnsConfig.offline)
        poolSettings.inFlight = 16 * jobs;
    kensa::AnalysisPool pool(poolSettings, finish, deliver);
    while (std::optional<kensa::AnalysisInput> input = inputs.next()) {
        if (const std::shared_ptr<const kensa::LoadedInput> bundle = inputs.evidence()) {
            // An evidence bundle: replayed offline with its own DNS answers, time and switches,
            // after every message before it has been written.
            pool.drain();
            QList<kensa::Report> replayed;
            const bool json = parser.isSet(jsonOption) || parser.isSet(jsonLinesOption);
            if (!evidence.analyse(*bundle, options.timeoutMs, json, replayed, err))
                bundleFailed = true;
            err.flush();
            for (const kensa::Report &report : std::as_const(replayed)) {
                output->add(report);
                if (exporting && exported.size() < 2)
                    exported.append(report);
            }
            progress.step();
            continue;
        }
        pool.submit(*input);
    }
    pool.drain();
    output->finish();
    progress.finish();
    int exitCode = inputs.failed() ? UnreadableInput : Analysed;

    if (parser.isSet(saveDnsOption)) {
        QSaveFile snapshot(parser.value(saveDnsOption));
        if (!snapshot.open(QIODevice::WriteOnly)
            || snapshot.write(kensa::DnsTranscript::toZoneFile(answers, QDateTime::currentDateTimeUtc()).toUtf8()) < 0
            || !snapshot.commit()) {
            err << Cli::tr("kensa-cli: cannot write the DNS snapshot %1: %2")
                       .arg(parser.value(saveDnsOption), snapshot.errorString()) << '\n';
            exitCode = UnreadableInput;
        }
    }
    if (bundleFailed)
        exitCode = UnreadableInput;
    if (parser.isSet(saveEvidenceOption)) {
        bool usageError = false;
        if (!evidence.save(parser.value(saveEvidenceOption), err, &usageError))
            exitCode = usageError ? UsageError : UnreadableInput;
    }
    exitCode = qMax(exitCode, exporter.write(parser, exported, err));
    return exitCode;
}
