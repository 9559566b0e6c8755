#include "ui/FindingsView.h"

#include "ui/FindingsModel.h"

#include <QEvent>
#include <QHeaderView>

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
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
}

void FindingsView::startStreaming()
{
    m_model->startStreaming();
}

void FindingsView::addFinding(const Finding &finding)
{
    m_model->addFinding(finding);
}

void FindingsView::clearFindings()
{
    m_model->clear();
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}

} // namespace kensa
