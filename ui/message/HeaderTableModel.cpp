#include "ui/message/HeaderTableModel.h"

#include "ui/style/DateText.h"
#include "ui/style/StatusStyle.h"

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

void HeaderTableModel::setDates(const QHash<int, QDateTime> &dates)
{
    beginResetModel();
    m_dates = dates;
    endResetModel();
}

bool HeaderTableModel::isDateField(const HeaderField &field)
{
    const QString name = field.nameText();
    return name.compare(u"Date", Qt::CaseInsensitive) == 0 || name.compare(u"Resent-Date", Qt::CaseInsensitive) == 0;
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
            const auto date = m_dates.constFind(field->line);
            if (date != m_dates.cend() && isDateField(*field))
                return DateText::withOriginal(*date, value.simplified());
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
        if (const auto date = m_dates.constFind(field->line); date != m_dates.cend())
            //: Tooltip line under a Date or Received field: %1 its date in the reader's time zone ("2026-12-05 13:04:05 JST")
            value += u"\n\n"_qs + tr("In your time zone: %1").arg(DateText::local(*date, true));
        return value;
    }
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && field->undecodableCharset)
        return QBrush(StatusStyle::foreground(StatusStyle::Tone::Risk));
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
