#pragma once

#include <QStyledItemDelegate>

namespace kensa {

// Draws a checklist cell: its status colour over the whole cell (a selected cell gets a frame
// instead of the selection colour, so its status stays visible) and the scope tag ("bulk",
// "recommended") as a small label beside the word, or under it in a narrow column.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont tagFont(const QFont &base);
    static bool tagFitsInline(const QStyleOptionViewItem &option, const QString &tag, int width);
    static int columnWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace kensa
