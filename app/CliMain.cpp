#include "core/Analyzer.h"
#include "core/Explanations.h"
#include "core/InputLoader.h"
#include "core/LibraryVersions.h"
#include "core/Localization.h"
#include "core/ReportJson.h"
#include "core/TextReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

// Documented in README.md and in --help.
enum ExitCode { Analysed = 0, UsageError = 2, UnreadableInput = 3 };

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)
};

QString readError(const QString &key, const QString &file)
{
    const QString reason = kensa::Explanations::text(kensa::makeFinding(key, kensa::Severity::Error));
    return Cli::tr("kensa-cli: %1: %2").arg(file, reason);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kensa-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KENSA_VERSION));

    // The language comes first so that --help itself is translated.
    QString language = kensa::Localization::systemLanguage();
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            language = args.at(i).mid(7);
    }
    kensa::Localization::apply(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Re-verifies the authentication of email messages and prints what it finds.\n\n"
           "Exit codes: 0 all inputs analysed, 2 usage error, 3 an input could not be read."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Cli::tr("Print the JSON report (schema 1) instead of text."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("Language of the text output: en or ja."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption mboxOption(QStringLiteral("mbox"),
                                        Cli::tr("Treat every input as an mbox file of several messages."));
    parser.addOption(jsonOption);
    parser.addOption(langOption);
    parser.addOption(mboxOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("Message (.eml), pasted source (.txt) or mbox file; - reads standard input."),
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
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Cli::tr("kensa-cli: no input file given.") << '\n' << Cli::tr("Try 'kensa-cli --help'.") << '\n';
        return UsageError;
    }

    const auto mode = parser.isSet(mboxOption) ? kensa::InputLoader::MboxMode::Force
                                               : kensa::InputLoader::MboxMode::Detect;
    int exitCode = Analysed;
    QList<kensa::Report> reports;
    for (const QString &file : files) {
        QByteArray data;
        if (file == u"-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err << readError(QStringLiteral("input.unreadable"), file) << '\n';
                exitCode = UnreadableInput;
                continue;
            }
            data = in.readAll();
        } else {
            const kensa::Result<QByteArray> read = kensa::InputLoader::readFile(file);
            if (!read) {
                err << readError(read.error().key, file) << '\n';
                exitCode = UnreadableInput;
                continue;
            }
            data = *read;
        }
        const kensa::LoadedInput loaded = kensa::InputLoader::load(data, file, kensa::PasteNormalizer::Origin::File, mode);
        for (const kensa::Finding &f : loaded.findings)
            err << file << ": " << kensa::Explanations::text(f) << '\n';
        for (const kensa::AnalysisInput &input : loaded.messages)
            reports.append(kensa::Analyzer::analyze(input));
    }

    if (parser.isSet(jsonOption)) {
        if (!reports.isEmpty() || files.size() > 1)
            out << kensa::ReportJson::serialize(reports);
    } else {
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (i > 0)
                out << '\n';
            out << kensa::TextReport::render(reports.at(i));
        }
    }
    return exitCode;
}
