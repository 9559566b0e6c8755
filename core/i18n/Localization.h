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
    // A number that changes whenever apply() swaps the translators: whoever keeps translated
    // texts compares it with the one they were made under.
    static quint64 generation();
    // `source` of `context` in `language`, whatever language is installed: for a text that must
    // be in another language than the UI's (a summary a Japanese helpdesk sends to an English
    // customer). The installed translators answer for the current language; another one is read
    // from its catalogue once and kept. %n takes `n` as QCoreApplication::translate does.
    static QString translate(const QString &language,
                             const char *context,
                             const char *source,
                             const char *disambiguation = nullptr,
                             int n = -1);
};

} // namespace kensa
