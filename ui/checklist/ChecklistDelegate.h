#pragma once

#include <QStyledItemDelegate>

namespace kensa {

// Draws a checklist cell on one line: its status colour over the whole cell (a selected cell
// gets a frame instead of the selection colour, so its status stays visible), the word, and the
// scope tag ("bulk", "recommended") as a small label beside it. In a narrow column the tag is
// elided first, then the word; the cell's tooltip and accessible text hold both whole.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont tagFont(const QFont &base);

public:
    // The narrowest column that shows a cell's word whole with an elided tag beside it.
    static int compactWidth(const QFont &font, int iconWidth, int wordWidth);
};

} // namespace kensa
