#include "ui/triage/TriagePanel.h"

#include "ui/triage/CompareDialog.h"
#include "ui/triage/TriageFilter.h"
#include "ui/triage/TriageModel.h"
#include "ui/triage/TriageRunner.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace kensa {

TriagePanel::TriagePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("triagePanel"));
    m_model = new TriageModel(this);
    m_filter = new TriageFilter(this);
    m_filter->setSourceModel(m_model);
    m_runner = new TriageRunner(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("triageStatus"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("triageSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_onlyFailing = new QCheckBox(this);
    m_onlyFailing->setObjectName(QStringLiteral("onlyFailing"));
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setEnabled(false);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_search);
    bar->addWidget(m_onlyFailing);
    bar->addWidget(m_compare);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("triageList"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TriageModel::IndexColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TriageFilter::setText);
    connect(m_onlyFailing, &QCheckBox::toggled, m_filter, &TriageFilter::setOnlyFailing);
    connect(m_compare, &QPushButton::clicked, this, &TriagePanel::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriagePanel::updateCompareButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit messageSelected(m_filter->mapToSource(current).row());
    });
    connect(m_runner, &TriageRunner::reportReady, this, [this](int row, const Report &report) {
        m_model->setReport(row, report);
        updateStatus();
        updateCompareButton();
    });
    connect(m_runner, &TriageRunner::finished, this, [this] {
        updateStatus();
        emit allChecked();
    });
    connect(m_runner, &TriageRunner::stopped, this, [this](const QString &reason) {
        m_stoppedReason = reason;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TriagePanel::updateColumns);
    retranslateUi();
}

void TriagePanel::setInput(const LoadedInput &input, const DnsConfig &config)
{
    m_stoppedReason.clear();
    QSet<QString> files;
    for (const AnalysisInput &message : input.messages)
        files.insert(message.source.file);
    m_fileCount = int(files.size());
    m_model->setMessages(input);
    m_runner->start(input.messages, config);
    updateStatus();
    updateCompareButton();
}

void TriagePanel::clear()
{
    m_runner->stop();
    m_model->clear();
    m_stoppedReason.clear();
    updateStatus();
}

void TriagePanel::takeReport(const Report &report)
{
    const int row = m_model->rowOf(report.source);
    if (row < 0)
        return;
    m_runner->skip(row);
    m_model->setReport(row, report);
    updateStatus();
    updateCompareButton();
}

void TriagePanel::setOptions(const RequirementOptions &options, bool carriersShown)
{
    const int current = currentRow();
    const QList<int> selected = selectedRows();
    m_model->setOptions(options, carriersShown);
    // A reset forgets the selection: keep the message on screen selected, quietly.
    const QSignalBlocker blocker(m_view->selectionModel());
    for (int row : selected) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (current >= 0)
        m_view->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_model->index(current, 0)), QItemSelectionModel::NoUpdate);
    updateStatus();
}

int TriagePanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void TriagePanel::selectRow(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<int> TriagePanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TriagePanel::titleOf(int row) const
{
    const QString subject = m_model->index(row, TriageModel::SubjectColumn).data().toString();
    //: Compare view column title: %1 the message's number in the list, %2 its subject
    return tr("#%1 %2").arg(row + 1).arg(subject.left(60));
}

bool TriagePanel::compareRows(int first, int second)
{
    if (!m_model->hasReport(first) || !m_model->hasReport(second))
        return false;
    if (!m_compareDialog)
        m_compareDialog = new CompareDialog(window());
    m_compareDialog->setReports(m_model->report(first),
                                titleOf(first),
                                m_model->report(second),
                                titleOf(second),
                                m_model->table(),
                                m_model->options(),
                                m_model->shownProviders());
    m_compareDialog->show();
    m_compareDialog->raise();
    return true;
}

void TriagePanel::compareSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 2)
        compareRows(rows.first(), rows.last());
}

void TriagePanel::updateCompareButton()
{
    const QList<int> rows = selectedRows();
    const bool two = rows.size() == 2;
    const bool ready = two && m_model->hasReport(rows.first()) && m_model->hasReport(rows.last());
    m_compare->setEnabled(ready);
    if (!two)
        m_compare->setToolTip(tr("Select two messages (Ctrl+click) to compare them side by side"));
    else if (!ready)
        m_compare->setToolTip(tr("Both messages must finish checking first"));
    else
        m_compare->setToolTip(tr("Show the two messages' results side by side, differences marked"));
}

CompareDialog *TriagePanel::compareDialog() const
{
    return m_compareDialog.data();
}

QString TriagePanel::statusText() const
{
    return m_status->text();
}

void TriagePanel::updateStatus()
{
    const int total = m_model->rowCount();
    const int done = m_model->finishedCount();
    int failing = 0;
    for (int row = 0; row < total; ++row)
        failing += m_model->isFailing(row) ? 1 : 0;
    QString text = m_fileCount > 1
        //: Mailbox list title when several files were opened: %n messages, %1 files
        ? tr("%n message(s) from %1 files", nullptr, total).arg(m_fileCount)
        : tr("%n message(s) in the mailbox", nullptr, total);
    if (!m_stoppedReason.isEmpty())
        //: Mailbox list: the background checks stopped; %1 what came before, %2 why
        text = tr("%1 — not all could be checked: %2").arg(text, m_stoppedReason);
    else if (done < total)
        //: Mailbox list: %1 the title, %2 checked so far, %3 all
        text = tr("%1 — checking… %2 of %3 done").arg(text).arg(done).arg(total);
    else
        //: Mailbox list: %1 the title; %n messages some provider would not deliver to the inbox
        text = tr("%1 — %n failing at some provider", nullptr, failing).arg(text);
    m_status->setText(text);
}

void TriagePanel::updateColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fitted to the rows in view only: fitted to every row, each report that came in measured
    // the text of the whole list again (a 500-message mailbox took 25 ms of the UI thread a
    // report). The number column, whose widest text is known, is sized for its largest number.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(TriageModel::IndexColumn, QHeaderView::Fixed);
    const QString widest(QString::number(qMax(1, m_model->rowCount())).size(), u'0');
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    m_view->setColumnWidth(TriageModel::IndexColumn, qMax(header->sectionSizeHint(TriageModel::IndexColumn),
                                                          m_view->fontMetrics().horizontalAdvance(widest) + margins));
    header->setSectionResizeMode(TriageModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TriageModel::SubjectColumn, QHeaderView::Stretch);
    for (int column = TriageModel::FirstProviderColumn; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(TriageModel::FromColumn, qMax(180, m_view->fontMetrics().horizontalAdvance(u'M') * 18));
}

void TriagePanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter by From or Subject"));
    m_search->setToolTip(tr("Show only the messages whose From or Subject contains this text"));
    m_onlyFailing->setText(tr("Show only failing"));
    m_onlyFailing->setToolTip(tr("Show only the messages that some provider would most likely not deliver to the inbox "
                                 "(and those still being checked)"));
    m_compare->setText(tr("Compare"));
    m_search->setAccessibleName(tr("Filter by From or Subject"));
    m_view->setAccessibleName(tr("Messages in the mailbox file"));
    m_model->retranslate();
    updateColumns();
    updateStatus();
    updateCompareButton();
}

void TriagePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kensa
