#pragma once

#include "core/message/Message.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace kensa {

// The header fields of a message, top to bottom: line, name, decoded value.
class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, NameColumn, ValueColumn, ColumnCount };
    static constexpr int MaxDisplayedValue = 2000;

    explicit HeaderTableModel(QObject *parent = nullptr);

    void setMessage(const Message &message);
    // The date read from the field starting on each line: the Date field's value shows it in
    // the reader's time zone before the text as written; a Received field's tooltip names it.
    void setDates(const QHash<int, QDateTime> &dates);
    const HeaderField *fieldAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    static bool isDateField(const HeaderField &field);

    Message m_message;
    QHash<int, QDateTime> m_dates;
};

} // namespace kensa
