#pragma once

#include <QDateTime>
#include <QString>

namespace kensa {

// A date-time from a message shown in the reader's time zone (the system's: JST on a Japanese
// desktop), with the text the message wrote beside it, so the original stays the evidence:
// "2026-12-05 13:04 JST (Sat, 5 Dec 2026 04:04:00 +0000)".
class DateText
{
public:
    // "2026-12-05 13:04 JST"; with `seconds` "2026-12-05 13:04:05 JST". Empty when invalid.
    static QString local(const QDateTime &when, bool seconds = false);
    // The local time with `original` beside it; `original` alone when the date could not be read.
    static QString withOriginal(const QDateTime &when, const QString &original, bool seconds = false);
};

} // namespace kensa
