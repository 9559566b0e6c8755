#include "ui/FindingsView.h"

#include "core/i18n/Explanations.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace kensa {

namespace {

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Notice:
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findingsView"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        if (line > 0)
            emit lineActivated(line);
    });
    retranslateUi();
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    rebuild();
}

void FindingsView::addFinding(const Finding &finding)
{
    m_findings.append(finding);
    rebuild();
}

void FindingsView::clearFindings()
{
    m_findings.clear();
    rebuild();
}

void FindingsView::rebuild()
{
    clear();
    if (m_findings.isEmpty()) {
        auto *item = new QTreeWidgetItem(this);
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(2, tr("Kensa found no problems while reading this message."));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    QList<Finding> sorted = m_findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    for (const Finding &f : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(this);
        item->setIcon(0, severityIcon(style(), f.severity));
        item->setText(0, Explanations::severityText(f.severity));
        item->setText(1, f.line > 0 ? tr("line %1").arg(f.line) : QString());
        QString text = Explanations::text(f);
        if (!f.header.isEmpty())
            text = tr("%1: %2", "header field name: explanation").arg(f.header, text);
        item->setText(2, text);
        item->setToolTip(2, text);
        item->setData(0, Qt::UserRole, f.line);
        item->setData(0, Qt::UserRole + 1, f.key);
    }
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void FindingsView::retranslateUi()
{
    setHeaderLabels({tr("Severity"), tr("Where"), tr("Finding")});
    rebuild();
}

} // namespace kensa
