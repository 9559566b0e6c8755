#include "ui/message/HeadersView.h"

#include "ui/message/HeaderTableModel.h"
#include "ui/style/ClipboardText.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kensa {

namespace {

// The field's bytes with line endings and tabs made visible, as DKIM and ARC see them.
QString visibleBytes(const QByteArray &raw)
{
    QString out;
    out.reserve(raw.size() + raw.size() / 20);
    for (char c : raw) {
        switch (c) {
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\n':
            out += QStringLiteral("\\n\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default: {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u >= 0x7f)
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(c);
        }
        }
    }
    return out;
}

} // namespace

HeadersView::HeadersView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("headerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_showRaw = new QCheckBox(this);
    m_showRaw->setObjectName(QStringLiteral("showRawBytes"));
    top->addWidget(m_filter, 1);
    top->addWidget(m_showRaw);
    layout->addLayout(top);

    m_model = new HeaderTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Select All (Ctrl+A) and Shift/Ctrl+click pick the fields that Ctrl+C copies.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderTableModel::LineColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(HeaderTableModel::NameColumn, 220);

    auto *rawBox = new QWidget(splitter);
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawLabel = new QLabel(rawBox);
    m_raw = new QPlainTextEdit(rawBox);
    m_raw->setObjectName(QStringLiteral("rawFieldBytes"));
    m_raw->setReadOnly(true);
    m_raw->setAcceptDrops(false);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rawLayout->addWidget(m_rawLabel);
    rawLayout->addWidget(m_raw);
    rawBox->setVisible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(rawBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showRaw, &QCheckBox::toggled, rawBox, &QWidget::setVisible);
    connect(m_showRaw, &QCheckBox::toggled, this, &HeadersView::showSelectedRaw);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HeadersView::showSelectedRaw);
    ClipboardText::interceptCopy(m_table, [this] {
        const QString text = selectedFieldsText();
        if (!text.isEmpty())
            ClipboardText::put(text);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(m_table->indexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const HeaderField *field = m_model->fieldAt(m_proxy->mapToSource(index).row()))
            emit lineActivated(field->line);
    });
    retranslateUi();
}

void HeadersView::setMessage(const Message &message)
{
    m_model->setMessage(message);
    m_raw->clear();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void HeadersView::setReport(const Report &report)
{
    QHash<int, QDateTime> dates;
    if (const HeaderField *date = report.message.field("Date"); date && report.summary.dateTime.isValid())
        dates.insert(date->line, report.summary.dateTime);
    for (const HopTimeline::Hop &hop : report.hops.hops) {
        if (hop.hop.timestamp.isValid())
            dates.insert(hop.hop.line, hop.hop.timestamp);
    }
    m_model->setDates(dates);
    setMessage(report.message);
}

void HeadersView::showSelectedRaw()
{
    if (!m_showRaw->isChecked())
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const HeaderField *field = m_model->fieldAt(current.row());
    m_raw->setPlainText(field ? visibleBytes(field->raw.left(64 * 1024)) : QString());
}

// The raw form, folding kept, is what a postmaster pastes into a ticket: it is what "Show
// original" shows, encoded-words and all, so the reader sees the bytes the receiver saw and can
// paste them back into Kensa (File > Paste Source) or any other checker.
QString HeadersView::selectedFieldsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_table->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    QStringList fields;
    for (int row : std::as_const(rows)) {
        if (const HeaderField *field = m_model->fieldAt(row))
            fields.append(ClipboardText::fieldText(field->raw));
    }
    return fields.join(u'\n');
}

QString HeadersView::allFieldsText() const
{
    QStringList fields;
    for (int row = 0; row < m_model->rowCount(); ++row)
        fields.append(ClipboardText::fieldText(m_model->fieldAt(row)->raw));
    return fields.join(u'\n');
}

QMenu *HeadersView::createHeaderMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("headerMenu"));
    const HeaderField *field
        = index.isValid() ? m_model->fieldAt(m_proxy->mapToSource(index).row()) : nullptr;
    const bool inSelection = index.isValid() && m_table->selectionModel()->isSelected(index);
    const QString selected = inSelection ? selectedFieldsText()
        : field                          ? ClipboardText::fieldText(field->raw)
                                         : QString();
    //: Copies the selected header fields as written in the message ("Name: value")
    QAction *copy = menu->addAction(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selected.isEmpty());
    connect(copy, &QAction::triggered, menu, [selected] { ClipboardText::put(selected); });
    //: Copies the value of the header field under the mouse, decoded as the table shows it
    QAction *value = menu->addAction(tr("Copy value"));
    value->setObjectName(QStringLiteral("copyValueAction"));
    value->setEnabled(field != nullptr);
    if (field)
        connect(value, &QAction::triggered, menu, [text = field->displayValue] {
            ClipboardText::put(text);
        });
    //: Copies every header field of the message as written, whatever the filter shows
    QAction *all = menu->addAction(tr("Copy all headers"));
    all->setObjectName(QStringLiteral("copyAllHeadersAction"));
    all->setEnabled(m_model->rowCount() > 0);
    connect(all, &QAction::triggered, menu, [this] { ClipboardText::put(allFieldsText()); });
    return menu;
}

void HeadersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HeadersView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter header fields"));
    m_showRaw->setText(tr("Show raw bytes"));
    m_showRaw->setToolTip(tr("Show the selected field exactly as it is in the message, with its line endings, as DKIM and ARC hash it."));
    m_rawLabel->setText(tr("Exact bytes of the selected field (\\r\\n marks each line ending):"));
    m_model->retranslate();
}

} // namespace kensa
