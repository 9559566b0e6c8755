#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QWidget;

namespace kensa {

// How a verdict looks: colour, icon and word together, so it reads without colour too.
class StatusStyle
{
public:
    enum class Tone { Good, Bad, Risk, Unknown, Neutral };

    // RFC 8601 result word -> tone (pass good; fail/permerror bad; softfail/neutral/policy risk;
    // temperror/none unknown).
    static Tone toneOfResult(const QString &result);
    static QColor background(Tone tone);
    static QColor foreground(Tone tone);
    static QColor border(Tone tone);
    static QIcon icon(Tone tone, const QWidget *widget);
    // The RFC 8601 word in the user's language, for a verdict badge.
    static QString resultText(const QString &result);
};

} // namespace kensa
