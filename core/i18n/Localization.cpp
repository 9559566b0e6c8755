#include "core/i18n/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kensa {

namespace {

struct State
{
    std::unique_ptr<QTranslator> kensa;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

State &state()
{
    static State s;
    return s;
}

} // namespace

QStringList Localization::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

void Localization::apply(const QString &language)
{
    State &s = state();
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    if (s.kensa) {
        QCoreApplication::removeTranslator(s.kensa.get());
        s.kensa.reset();
    }
    if (s.qt) {
        QCoreApplication::removeTranslator(s.qt.get());
        s.qt.reset();
    }
    auto kensa = std::make_unique<QTranslator>();
    // English carries only plural forms; Japanese carries every string.
    if (kensa->load(QStringLiteral(":/i18n/kensa_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(kensa.get());
        s.kensa = std::move(kensa);
    }
    if (lang != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(lang),
                     QStringLiteral("qtbase"),
                     QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s.qt = std::move(qt);
        }
    }
    s.language = lang;
    // Numbers, sizes and dates follow the chosen language too.
    QLocale::setDefault(QLocale(lang == u"ja" ? QLocale::Japanese : QLocale::English,
                                lang == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
}

QString Localization::current()
{
    return state().language;
}

} // namespace kensa
