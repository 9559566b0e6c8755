#include "ui/checklist/ChecklistDelegate.h"

#include "ui/checklist/ChecklistModel.h"
#include "ui/style/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace kensa {

namespace {

constexpr int TagPadding = 4; // inside the tag, left and right
constexpr int TagMargin = 4;  // between the word and the tag, and at the cell's right edge
constexpr int TextPadding = 4; // the style's margin around an item's icon and text

} // namespace

QFont ChecklistDelegate::tagFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

int ChecklistDelegate::compactWidth(const QFont &font, int iconWidth, int wordWidth)
{
    const QFontMetrics tags(tagFont(font));
    // The tag's plate with its first character and an ellipsis.
    const int leastTag = tags.horizontalAdvance(QStringLiteral("W…")) + 2 * TagPadding;
    return 2 * TextPadding + iconWidth + 4 + wordWidth + 2 * TagMargin + leastTag + 2;
}

void ChecklistDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0 || index.data(ChecklistModel::GroupRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(opt.rect, index.data(Qt::BackgroundRole).value<QColor>());
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_Selected;
    opt.state &= ~QStyle::State_HasFocus;

    const QString tag = index.data(ChecklistModel::TagRole).toString();
    QRect tagRect;
    QString tagText = tag;
    if (!tag.isEmpty()) {
        // One line: the word keeps what it needs, the tag takes the rest, elided when it must;
        // where not even an elided tag fits, the cell shows the word alone (the tooltip and
        // the accessible text still name the tag).
        const QFontMetrics fm(tagFont(opt.font));
        const QFontMetrics words(opt.font);
        const int room = opt.rect.width() - 2 * TextPadding - opt.decorationSize.width() - 4
            - words.horizontalAdvance(opt.text) - 2 * TagMargin - 2 * TagPadding;
        if (fm.horizontalAdvance(tag) > room)
            tagText = room >= fm.horizontalAdvance(QStringLiteral("W…")) ? fm.elidedText(tag, Qt::ElideRight, room) : QString();
        if (!tagText.isEmpty()) {
            const int width = fm.horizontalAdvance(tagText) + 2 * TagPadding;
            const int height = fm.height() + 2;
            tagRect = QRect(opt.rect.right() - TagMargin - width + 1,
                            opt.rect.top() + (opt.rect.height() - height) / 2,
                            width,
                            height);
            opt.rect.setRight(tagRect.left() - TagMargin);
        }
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (!tagText.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        // The tag sits on the cell's tint: a translucent plate of the view's base colour.
        painter->setPen(QPen(StatusStyle::muted(option.palette), 1));
        QColor plate = option.palette.color(QPalette::Base);
        plate.setAlpha(200);
        painter->setBrush(plate);
        painter->drawRoundedRect(QRectF(tagRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(tagFont(opt.font));
        painter->drawText(tagRect, Qt::AlignCenter, tagText);
    }
    if (selected) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Wrapped Japanese titles are drawn with a fallback font whose lines are taller than the
    // primary font's metrics say; without a little room the second line is elided away.
    if (index.column() == 0)
        return size + QSize(0, 4);
    const QString tag = index.data(ChecklistModel::TagRole).toString();
    if (tag.isEmpty())
        return size;
    // Beside the word, on the same line: wider, never taller.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics fm(tagFont(opt.font));
    size.rwidth() += fm.horizontalAdvance(tag) + 2 * TagPadding + 2 * TagMargin;
    size.setHeight(qMax(size.height(), fm.height() + 2 + 2 * TextPadding));
    return size;
}

} // namespace kensa
