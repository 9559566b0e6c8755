#include "core/i18n/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kensa"));
    QApplication::setApplicationName(QStringLiteral("Kensa"));
    QApplication::setApplicationVersion(QStringLiteral(KENSA_VERSION));

    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    kensa::Localization::apply(saved.isEmpty() ? kensa::Localization::systemLanguage() : saved);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Message or mbox file to open"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QStringLiteral("Open the bundled sample message"));
    parser.addOption(sampleOption);
    parser.process(app);

    kensa::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (parser.isSet(sampleOption))
        window.openSample();
    return app.exec();
}
