#pragma once

#include "core/base/CheckOutcome.h"

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

    // Requirement statuses (DESIGN.md "Verdicts"): green, red, amber, grey, light neutral.
    static Tone toneOfStatus(CheckStatus status);
    // "Pass", "Fail", "Warning", "Can't tell", "N/A" in the user's language.
    static QString statusText(CheckStatus status);
    // A round badge drawn in the tone's colour with a glyph of its own for each status (tick,
    // cross, exclamation mark, question mark, dash), so statuses differ by shape as well.
    // `faded` draws it lighter for rules that do not apply to this sender.
    static QIcon statusIcon(CheckStatus status, bool faded = false);
    // An hourglass-like badge for a check that waits for DNS answers.
    static QIcon pendingIcon();
};

} // namespace kensa
