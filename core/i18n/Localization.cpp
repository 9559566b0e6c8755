#include "core/i18n/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <atomic>
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

// Bumped by every apply(); read by any thread that caches translated texts.
std::atomic<quint64> generationCounter{0};

// The catalogues read for Localization::translate, by language; never installed on the
// application. Read from any thread (kensa-cli, the JSON writer), so behind a lock.
struct Catalogues
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<QTranslator>> byLanguage;
};

Catalogues &catalogues()
{
    static Catalogues c;
    return c;
}

std::shared_ptr<QTranslator> catalogue(const QString &language)
{
    Catalogues &c = catalogues();
    const QMutexLocker lock(&c.mutex);
    if (const auto it = c.byLanguage.constFind(language); it != c.byLanguage.constEnd())
        return it.value();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/kensa_") + language + QStringLiteral(".qm")))
        translator.reset();
    c.byLanguage.insert(language, translator);
    return translator;
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
    ++generationCounter;
    // Numbers, sizes and dates follow the chosen language too.
    QLocale::setDefault(QLocale(lang == u"ja" ? QLocale::Japanese : QLocale::English,
                                lang == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
}

QString Localization::current()
{
    return state().language;
}

quint64 Localization::generation()
{
    return generationCounter.load();
}

QString Localization::translate(const QString &language,
                                const char *context,
                                const char *source,
                                const char *disambiguation,
                                int n)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    if (lang == state().language)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text;
    if (const std::shared_ptr<QTranslator> translator = catalogue(lang))
        text = translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        // As QCoreApplication::translate: %Ln in the language's digits, %n plain.
        const QLocale locale(lang == u"ja" ? QLocale::Japanese : QLocale::English);
        text.replace(QStringLiteral("%Ln"), locale.toString(n));
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

} // namespace kensa
