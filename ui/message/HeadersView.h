#pragma once

#include "core/message/Message.h"
#include "core/report/Report.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kensa {

class HeaderTableModel;

// The Headers tab: every field with its decoded value; the exact bytes of the selected field on
// demand.
class HeadersView : public QWidget
{
    Q_OBJECT

public:
    explicit HeadersView(QWidget *parent = nullptr);

    void setMessage(const Message &message);
    // The message's fields, with the dates the analysis read (the Date field, each Received
    // field's date) shown in the reader's time zone beside the text as written.
    void setReport(const Report &report);
    QTableView *table() const { return m_table; }
    QPlainTextEdit *rawBytesView() const { return m_raw; }

    // What Ctrl+C copies: the selected fields as written ("Name: value", folding kept), top to
    // bottom, one after the other.
    QString selectedFieldsText() const;
    // Every field of the message, whatever the filter shows: the header section as written.
    QString allFieldsText() const;
    // The context menu of a row: Copy (the selection), Copy value (the row's decoded value),
    // Copy all headers. The caller owns it.
    QMenu *createHeaderMenu(const QModelIndex &index);

signals:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelectedRaw();

    HeaderTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showRaw = nullptr;
    QLabel *m_rawLabel = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace kensa
