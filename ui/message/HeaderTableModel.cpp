#include "ui/message/HeaderTableModel.h"

#include <QBrush>
#include <QColor>

namespace kensa {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HeaderTableModel::setMessage(const Message &message)
{
    beginResetModel();
    m_message = message;
    endResetModel();
}

const HeaderField *HeaderTableModel::fieldAt(int row) const
{
    if (row < 0 || row >= m_message.headers().size())
        return nullptr;
    return &m_message.headers().at(row);
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_message.headers().size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    const HeaderField *field = fieldAt(index.row());
    if (!field)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return field->line;
        case NameColumn:
            return field->nameText();
        case ValueColumn: {
            QString value = field->displayValue;
            if (value.size() > MaxDisplayedValue)
                value = value.left(MaxDisplayedValue) + QChar(0x2026);
            return value.simplified();
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn) {
        QString value = field->displayValue.left(MaxDisplayedValue);
        if (field->undecodableCharset)
            value += u"\n\n"_qs + tr("Part of this value names a character set Kensa cannot decode; it is shown as written.");
        return value;
    }
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && field->undecodableCharset)
        return QBrush(QColor(0x9a, 0x5b, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value (decoded)");
    default:
        return {};
    }
}

void HeaderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace kensa
