#include "ui/StatusStyle.h"

#include <QCoreApplication>
#include <QStyle>
#include <QWidget>

namespace kensa {

StatusStyle::Tone StatusStyle::toneOfResult(const QString &result)
{
    if (result == u"pass")
        return Tone::Good;
    if (result == u"fail" || result == u"permerror" || result == u"hardfail")
        return Tone::Bad;
    if (result == u"softfail" || result == u"neutral" || result == u"policy")
        return Tone::Risk;
    if (result == u"temperror" || result == u"none" || result.isEmpty())
        return Tone::Unknown;
    return Tone::Neutral;
}

QColor StatusStyle::background(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xe6, 0xf4, 0xea);
    case Tone::Bad:
        return QColor(0xfc, 0xe8, 0xe6);
    case Tone::Risk:
        return QColor(0xfe, 0xf3, 0xd6);
    case Tone::Unknown:
        return QColor(0xee, 0xee, 0xee);
    case Tone::Neutral:
        break;
    }
    return QColor(0xf6, 0xf6, 0xf6);
}

QColor StatusStyle::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x13, 0x73, 0x33);
    case Tone::Bad:
        return QColor(0xa5, 0x0e, 0x0e);
    case Tone::Risk:
        return QColor(0x8a, 0x55, 0x00);
    case Tone::Unknown:
        return QColor(0x55, 0x55, 0x55);
    case Tone::Neutral:
        break;
    }
    return QColor(0x33, 0x33, 0x33);
}

QColor StatusStyle::border(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x34, 0xa8, 0x53);
    case Tone::Bad:
        return QColor(0xd9, 0x30, 0x25);
    case Tone::Risk:
        return QColor(0xf2, 0x99, 0x00);
    case Tone::Unknown:
        return QColor(0x9e, 0x9e, 0x9e);
    case Tone::Neutral:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QIcon StatusStyle::icon(Tone tone, const QWidget *widget)
{
    const QStyle *style = widget->style();
    switch (tone) {
    case Tone::Good:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Tone::Bad:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Tone::Risk:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Tone::Unknown:
    case Tone::Neutral:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QString StatusStyle::resultText(const QString &result)
{
    // RFC 8601 result words; the RFC word stays visible next to the translation in the cards.
    if (result == u"pass")
        return QCoreApplication::translate("kensa::StatusStyle", "Pass", "authentication result");
    if (result == u"fail")
        return QCoreApplication::translate("kensa::StatusStyle", "Fail", "authentication result");
    if (result == u"softfail")
        return QCoreApplication::translate("kensa::StatusStyle", "Soft fail", "authentication result");
    if (result == u"neutral")
        return QCoreApplication::translate("kensa::StatusStyle", "Neutral", "authentication result");
    if (result == u"none")
        return QCoreApplication::translate("kensa::StatusStyle", "None", "authentication result");
    if (result == u"policy")
        return QCoreApplication::translate("kensa::StatusStyle", "Policy", "authentication result");
    if (result == u"temperror")
        return QCoreApplication::translate("kensa::StatusStyle", "Temporary error", "authentication result");
    if (result == u"permerror")
        return QCoreApplication::translate("kensa::StatusStyle", "Permanent error", "authentication result");
    if (result.isEmpty())
        return QCoreApplication::translate("kensa::StatusStyle", "Not recorded", "authentication result");
    return result;
}

} // namespace kensa
