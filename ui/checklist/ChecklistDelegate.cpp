#include "ui/checklist/ChecklistDelegate.h"

#include "ui/checklist/ChecklistModel.h"
#include "ui/style/StatusStyle.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>

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

// The tag goes beside the word when the column is wide enough (1920 px screens), under it
// otherwise, so that four provider columns fit beside the requirement titles at 1280 px.
bool ChecklistDelegate::tagFitsInline(const QStyleOptionViewItem &option, const QString &tag, int width)
{
    const QFontMetrics words(option.font);
    const QFontMetrics tags(tagFont(option.font));
    const int needed = 2 * TextPadding + option.decorationSize.width() + 4 + words.horizontalAdvance(option.text)
                       + TagMargin * 2 + tags.horizontalAdvance(tag) + 2 * TagPadding;
    return width >= needed;
}

int ChecklistDelegate::columnWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (const auto *table = qobject_cast<const QTableView *>(option.widget))
        return table->columnWidth(index.column());
    return option.rect.width();
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
    if (!tag.isEmpty()) {
        const QFontMetrics fm(tagFont(opt.font));
        const int width = fm.horizontalAdvance(tag) + 2 * TagPadding;
        const int height = fm.height() + 2;
        if (tagFitsInline(opt, tag, opt.rect.width())) {
            tagRect = QRect(opt.rect.right() - TagMargin - width + 1,
                            opt.rect.top() + (opt.rect.height() - height) / 2,
                            width,
                            height);
            opt.rect.setRight(tagRect.left() - TagMargin);
        } else {
            const int line = qMax(QFontMetrics(opt.font).height(), opt.decorationSize.height());
            const int top = opt.rect.top() + qMax(0, (opt.rect.height() - line - height - 2) / 2);
            tagRect = QRect(opt.rect.left() + TextPadding + opt.decorationSize.width() + 4,
                            top + line + 2,
                            width,
                            height);
            opt.rect = QRect(opt.rect.left(), top, opt.rect.width(), line);
        }
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (!tag.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        // The tag sits on the cell's tint: a translucent plate of the view's base colour.
        painter->setPen(QPen(StatusStyle::muted(option.palette), 1));
        QColor plate = option.palette.color(QPalette::Base);
        plate.setAlpha(200);
        painter->setBrush(plate);
        painter->drawRoundedRect(QRectF(tagRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(tagFont(opt.font));
        painter->drawText(tagRect, Qt::AlignCenter, tag);
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
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics fm(tagFont(opt.font));
    const int tagWidth = fm.horizontalAdvance(tag) + 2 * TagPadding;
    if (tagFitsInline(opt, tag, columnWidth(opt, index))) {
        size.rwidth() += tagWidth + 2 * TagMargin;
    } else {
        const int line = qMax(QFontMetrics(opt.font).height(), opt.decorationSize.height());
        size.setHeight(qMax(size.height(), line + fm.height() + 2 + 2 + 2 * TextPadding));
        size.setWidth(qMax(size.width(), TextPadding * 2 + opt.decorationSize.width() + 4 + tagWidth));
    }
    return size;
}

} // namespace kensa
