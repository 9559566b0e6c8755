#include "ui/style/StatusStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <cmath>
#include <functional>

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

namespace {

struct ToneColours
{
    QColor background;
    QColor foreground;
    QColor border;
};

ToneColours colours(StatusStyle::Tone tone, bool dark)
{
    using Tone = StatusStyle::Tone;
    if (dark) {
        switch (tone) {
        case Tone::Good:
            return {QColor(0x1f, 0x3b, 0x2a), QColor(0x8a, 0xd6, 0xa0), QColor(0x3f, 0xb9, 0x6a)};
        case Tone::Bad:
            return {QColor(0x4a, 0x1f, 0x1f), QColor(0xff, 0xb3, 0xad), QColor(0xe5, 0x53, 0x4b)};
        case Tone::Risk:
            return {QColor(0x47, 0x36, 0x0f), QColor(0xf5, 0xcf, 0x7a), QColor(0xd6, 0xa0, 0x2e)};
        case Tone::Unknown:
            return {QColor(0x3a, 0x3a, 0x3a), QColor(0xd0, 0xd0, 0xd0), QColor(0x8a, 0x8a, 0x8a)};
        case Tone::Neutral:
            break;
        }
        return {QColor(0x33, 0x33, 0x33), QColor(0xe0, 0xe0, 0xe0), QColor(0x77, 0x77, 0x77)};
    }
    switch (tone) {
    case Tone::Good:
        return {QColor(0xe6, 0xf4, 0xea), QColor(0x13, 0x73, 0x33), QColor(0x34, 0xa8, 0x53)};
    case Tone::Bad:
        return {QColor(0xfc, 0xe8, 0xe6), QColor(0xa5, 0x0e, 0x0e), QColor(0xd9, 0x30, 0x25)};
    case Tone::Risk:
        return {QColor(0xfe, 0xf3, 0xd6), QColor(0x8a, 0x55, 0x00), QColor(0xf2, 0x99, 0x00)};
    case Tone::Unknown:
        return {QColor(0xee, 0xee, 0xee), QColor(0x55, 0x55, 0x55), QColor(0x9e, 0x9e, 0x9e)};
    case Tone::Neutral:
        break;
    }
    return {QColor(0xf6, 0xf6, 0xf6), QColor(0x33, 0x33, 0x33), QColor(0xbd, 0xbd, 0xbd)};
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

bool StatusStyle::isDark(const QPalette &palette)
{
    // Dark when the text is lighter than the surface it is written on.
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor StatusStyle::background(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).background;
}

QColor StatusStyle::foreground(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).foreground;
}

QColor StatusStyle::border(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).border;
}

QColor StatusStyle::background(Tone tone)
{
    return background(tone, QGuiApplication::palette());
}

QColor StatusStyle::foreground(Tone tone)
{
    return foreground(tone, QGuiApplication::palette());
}

QColor StatusStyle::border(Tone tone)
{
    return border(tone, QGuiApplication::palette());
}

QColor StatusStyle::muted(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x61, 0x61, 0x61);
}

QColor StatusStyle::muted()
{
    return muted(QGuiApplication::palette());
}

double StatusStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
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

StatusStyle::Tone StatusStyle::toneOfOutcome(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        return Tone::Good;
    case ProviderVerdict::Outcome::Spam:
        return Tone::Risk;
    case ProviderVerdict::Outcome::Reject:
        return Tone::Bad;
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    return Tone::Unknown;
}

StatusStyle::Tone StatusStyle::toneOfStatus(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Tone::Good;
    case CheckStatus::Fail:
        return Tone::Bad;
    case CheckStatus::Warning:
        return Tone::Risk;
    case CheckStatus::NotVerifiable:
        return Tone::Unknown;
    case CheckStatus::NotApplicable:
        break;
    }
    return Tone::Neutral;
}

QString StatusStyle::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        //: A provider requirement is met (checklist cell)
        return QCoreApplication::translate("kensa::StatusStyle", "Pass", "requirement status");
    case CheckStatus::Fail:
        //: A provider requirement is not met (checklist cell)
        return QCoreApplication::translate("kensa::StatusStyle", "Fail", "requirement status");
    case CheckStatus::Warning:
        //: Met today but at risk, e.g. a 1024-bit key or p=none (checklist cell)
        return QCoreApplication::translate("kensa::StatusStyle", "Warning", "requirement status");
    case CheckStatus::NotVerifiable:
        //: One message cannot show it, e.g. the spam rate (checklist cell)
        return QCoreApplication::translate("kensa::StatusStyle", "Can't tell", "requirement status");
    case CheckStatus::NotApplicable:
        break;
    }
    //: The provider does not state this requirement (checklist cell)
    return QCoreApplication::translate("kensa::StatusStyle", "N/A", "requirement status");
}

namespace {

// Drawn at 32 px; QIcon scales it down for table cells and badges.
constexpr int IconSize = 32;

// A list asks for an icon per cell on every repaint, and painting one costs more than the rest
// of the cell: each look (what it shows, in which colours) is painted once and kept. The looks
// are few (statuses times palettes), so the cache stays small. GUI thread only, as QPixmap.
QIcon cachedIcon(const QString &look, const std::function<QIcon()> &paint)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(look); it != cache.cend())
        return *it;
    QIcon icon = paint();
    cache.insert(look, icon);
    return icon;
}

QPixmap badgePixmap(const QColor &fill, const QColor &ring)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ring, 2));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(2, 2, IconSize - 4, IconSize - 4));
    return pixmap;
}

QIcon paintStatusIcon(CheckStatus status, const QColor &fill)
{
    QPixmap pixmap = badgePixmap(fill, fill);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(Qt::white, 3.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (status) {
    case CheckStatus::Pass: {
        QPainterPath tick;
        tick.moveTo(9, 16.5);
        tick.lineTo(14, 21.5);
        tick.lineTo(23, 11);
        painter.drawPath(tick);
        break;
    }
    case CheckStatus::Fail:
        painter.drawLine(QPointF(11, 11), QPointF(21, 21));
        painter.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case CheckStatus::Warning:
        painter.drawLine(QPointF(16, 8.5), QPointF(16, 18));
        painter.drawPoint(QPointF(16, 23.5));
        break;
    case CheckStatus::NotVerifiable: {
        QPainterPath mark;
        mark.moveTo(11.5, 12.5);
        mark.cubicTo(11.5, 6.5, 21, 6.5, 20.5, 12.5);
        mark.cubicTo(20.2, 16, 16, 16, 16, 19);
        painter.drawPath(mark);
        painter.drawPoint(QPointF(16, 24));
        break;
    }
    case CheckStatus::NotApplicable:
        painter.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

QIcon paintPendingIcon(const QColor &ring, const QColor &base)
{
    QPixmap pixmap = badgePixmap(base, ring);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ring, 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(16, 16), QPointF(16, 9));
    painter.drawLine(QPointF(16, 16), QPointF(21, 19));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QIcon StatusStyle::statusIcon(CheckStatus status, bool faded)
{
    const Tone tone = toneOfStatus(status);
    QColor fill = status == CheckStatus::NotApplicable ? QColor(0xbd, 0xbd, 0xbd) : border(tone);
    if (status == CheckStatus::NotVerifiable)
        fill = QColor(0x75, 0x75, 0x75);
    if (faded)
        fill.setAlphaF(0.45);
    const QString look = QStringLiteral("status %1 %2").arg(int(status)).arg(fill.rgba());
    return cachedIcon(look, [status, fill] { return paintStatusIcon(status, fill); });
}

QIcon StatusStyle::pendingIcon()
{
    const QColor ring = border(Tone::Unknown);
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QString look = QStringLiteral("pending %1 %2").arg(ring.rgba()).arg(base.rgba());
    return cachedIcon(look, [ring, base] { return paintPendingIcon(ring, base); });
}


} // namespace kensa
