#include "ui/style/DateText.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kensa {

QString DateText::local(const QDateTime &when, bool seconds)
{
    if (!when.isValid())
        return {};
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime there = when.toTimeZone(zone);
    // The zone's short name where it has one ("JST", "CET"); else its offset ("UTC+05:30"),
    // never a bare "+0530" that reads like the message's own offset.
    QString name = zone.abbreviation(there);
    if (name.isEmpty() || name.startsWith(u'+') || name.startsWith(u'-') || name.at(0).isDigit()) {
        const int offset = there.offsetFromUtc();
        const int minutes = qAbs(offset) / 60;
        name = QStringLiteral("UTC%1%2:%3")
                   .arg(offset < 0 ? u'-' : u'+')
                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    const QString format = seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return there.toString(format) + u' ' + name;
}

QString DateText::withOriginal(const QDateTime &when, const QString &original, bool seconds)
{
    const QString shown = local(when, seconds);
    if (shown.isEmpty())
        return original;
    if (original.isEmpty())
        return shown;
    //: A date in the reader's time zone (%1, "2026-12-05 13:04 JST"), then as the message wrote it (%2)
    return QCoreApplication::translate("kensa::DateText", "%1 (%2)", "local date, date as written").arg(shown, original);
}

} // namespace kensa
