#include "ui/FindingsView.h"

#include "ui/FindingsModel.h"
#include "ui/style/ClipboardText.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace kensa {

FindingsView::FindingsView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new FindingsModel(this))
{
    setObjectName(QStringLiteral("findingsView"));
    setModel(m_model);
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    header()->setSectionsClickable(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(FindingsModel::WhereColumn, QHeaderView::ResizeToContents);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int line = index.data(FindingsModel::LineRole).toInt();
        if (line > 0)
            emit lineActivated(line);
    });
    ClipboardText::interceptCopy(this, [this] {
        const QString text = findingText(currentIndex());
        if (!text.isEmpty())
            ClipboardText::put(text);
    });
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createFindingMenu(indexAt(pos));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(viewport()->mapToGlobal(pos));
    });
}

void FindingsView::setReport(const Report &report)
{
    m_message = report.message;
    m_dns = report.dns;
    m_model->setFindings(report.findings);
}

QString FindingsView::findingText(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const auto text
        = [&](int column) { return m_model->index(index.row(), column).data().toString(); };
    const QString severity = text(FindingsModel::SeverityColumn);
    const QString where = text(FindingsModel::WhereColumn);
    const QString finding = text(FindingsModel::FindingColumn);
    if (severity.isEmpty())
        return finding; // "Kensa found no problems ..."
    return where.isEmpty()
        //: A copied finding: severity word, then the finding
        ? tr("%1: %2", "severity: finding").arg(severity, finding)
        //: A copied finding: severity word, where it is ("line 12"), then the finding
        : tr("%1 (%2): %3", "severity (where): finding").arg(severity, where, finding);
}

QMenu *FindingsView::createFindingMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    CopyItem item;
    item.text = findingText(index);
    const int row = index.row();
    if (row < m_model->findings().size())
        item.evidence = ClipboardText::evidence(m_message, m_dns, {m_model->findings().at(row)});
    else
        item.evidence = ClipboardText::noEvidence();
    return ClipboardText::createMenu(item, this);
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
}

void FindingsView::startStreaming()
{
    m_message = Message();
    m_dns.clear();
    m_model->startStreaming();
}

void FindingsView::addFinding(const Finding &finding)
{
    m_model->addFinding(finding);
}

void FindingsView::clearFindings()
{
    m_message = Message();
    m_dns.clear();
    m_model->clear();
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}

} // namespace kensa
