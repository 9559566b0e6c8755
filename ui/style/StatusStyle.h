#pragma once

#include "core/base/CheckOutcome.h"
#include "core/checklist/RequirementResult.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
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
    // The colours follow the palette: light tints with dark text on a light palette, dark
    // tints with light text on a dark one; the text keeps a contrast of at least 4.5:1 against
    // its background either way (WCAG 2.x, tested). Without a palette: the application's.
    static bool isDark(const QPalette &palette);
    static QColor background(Tone tone, const QPalette &palette);
    static QColor foreground(Tone tone, const QPalette &palette);
    static QColor border(Tone tone, const QPalette &palette);
    static QColor background(Tone tone);
    static QColor foreground(Tone tone);
    static QColor border(Tone tone);
    // Secondary text (a faded cell, a tag, a note in a detail pane), readable on the palette's
    // base and on a tone's background.
    static QColor muted(const QPalette &palette);
    static QColor muted();
    // WCAG 2.x contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    static QIcon icon(Tone tone, const QWidget *widget);
    // The RFC 8601 word in the user's language, for a verdict badge.
    static QString resultText(const QString &result);

    // Requirement statuses (DESIGN.md "Verdicts"): green, red, amber, grey, light neutral.
    static Tone toneOfStatus(CheckStatus status);
    // A provider's likely outcome (inbox, spam folder, rejected, uncertain) as a tone.
    static Tone toneOfOutcome(ProviderVerdict::Outcome outcome);
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
