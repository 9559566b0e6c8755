#pragma once

#include <QString>
#include <QStringList>

namespace kensa {

// The application's language: Kensa's catalogue plus Qt's own, swapped at run time.
class Localization
{
public:
    static QStringList languages();          // "en", "ja"
    static QString systemLanguage();         // "ja" when the system locale is Japanese, else "en"
    // Installs the translators for `language` on the application, replacing earlier ones.
    // Unknown languages fall back to English. Sends QEvent::LanguageChange to every widget.
    static void apply(const QString &language);
    static QString current();
};

} // namespace kensa
