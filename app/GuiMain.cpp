#include "core/i18n/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kensa"));
    QCoreApplication::setApplicationName(QStringLiteral("Kensa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KENSA_VERSION));
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    kensa::Localization::apply(saved.isEmpty() ? kensa::Localization::systemLanguage() : saved);
}

struct Options
{
    QCommandLineOption sample{QStringLiteral("sample"),
                              QCoreApplication::translate("GuiMain", "Open the bundled sample message.")};
};

void describeOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiMain", "Kensa tells you why an email was delivered, sent to spam or rejected."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("GuiMain", "Message (.eml, .msg, pasted source) or mbox file to open."),
                                 QStringLiteral("[FILE]"));
    parser.addOption(options.sample);
}

// --help and --version need no window: they are answered before a display is opened, so they
// work on a server without one. Everything else (Qt's own -platform, -style ...) goes to
// QApplication as before.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        const Options options;
        QCommandLineParser parser;
        describeOptions(parser, options);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    const Options options;
    QCommandLineParser parser;
    describeOptions(parser, options);
    parser.process(app);

    kensa::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (parser.isSet(options.sample))
        window.openSample();
    return app.exec();
}
