#pragma once

#include "core/message/Message.h"

#include <QAbstractTableModel>

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
    const HeaderField *fieldAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    Message m_message;
};

} // namespace kensa
