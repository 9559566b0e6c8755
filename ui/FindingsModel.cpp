#include "ui/FindingsModel.h"

#include "core/i18n/Explanations.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace kensa {

namespace {

QIcon severityIcon(Severity severity)
{
    const QStyle *style = QApplication::style();
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

bool moreSevere(const Finding &a, const Finding &b)
{
    return int(a.severity) > int(b.severity);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(), moreSevere);
    m_complete = true;
    endResetModel();
}

void FindingsModel::startStreaming()
{
    beginResetModel();
    m_findings.clear();
    m_complete = false;
    endResetModel();
}

void FindingsModel::addFinding(const Finding &finding)
{
    // After every finding at least as severe: the order of setFindings() for the same list.
    const auto at = std::upper_bound(m_findings.cbegin(), m_findings.cend(), finding, moreSevere);
    const int row = int(at - m_findings.cbegin());
    if (showsNothingFound()) {
        // The "nothing found" row becomes the finding.
        m_findings.append(finding);
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, row, row);
    m_findings.insert(row, finding);
    endInsertRows();
}

void FindingsModel::clear()
{
    setFindings({});
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return showsNothingFound() ? 1 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::nothingFoundData(int column, int role) const
{
    if (column == SeverityColumn && role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    if (column == FindingColumn && role == Qt::DisplayRole)
        return tr("Kensa found no problems while reading this message.");
    if (column == SeverityColumn && role == LineRole)
        return 0;
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (showsNothingFound())
        return nothingFoundData(index.column(), role);
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case LineRole:
        return f.line;
    case KeyRole:
        return f.key;
    case SeverityRole:
        return int(f.severity);
    default:
        break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return Explanations::severityText(f.severity);
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        break;
    case WhereColumn:
        if (role == Qt::DisplayRole)
            return f.line > 0 ? tr("line %1").arg(f.line) : QString();
        break;
    case FindingColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString text = Explanations::text(f);
            return f.header.isEmpty()
                ? text
                : tr("%1: %2", "header field name: explanation").arg(f.header, text);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case WhereColumn:
        return tr("Where");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (showsNothingFound())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace kensa
