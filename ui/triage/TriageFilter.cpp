#include "ui/triage/TriageFilter.h"

#include "ui/triage/TriageModel.h"

namespace kensa {

TriageFilter::TriageFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TriageModel::SortRole);
    setDynamicSortFilter(true);
}

void TriageFilter::setOnlyFailing(bool on)
{
    if (on == m_onlyFailing)
        return;
    m_onlyFailing = on;
    invalidateFilter();
}

void TriageFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TriageFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyFailing && !index.data(TriageModel::PendingRole).toBool()
        && !index.data(TriageModel::FailingRole).toBool())
        return false;
    if (!m_text.isEmpty() && !index.data(TriageModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace kensa
