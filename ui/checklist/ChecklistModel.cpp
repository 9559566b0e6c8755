#include "ui/checklist/ChecklistModel.h"

#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/style/StatusStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kensa {

namespace {

QString resultKey(const QString &rowId, const QString &provider)
{
    return rowId + u'\n' + provider;
}

QColor mixed(const QColor &a, const QColor &b, qreal weightOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - weightOfB) + b.redF() * weightOfB,
                            a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB,
                            a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB);
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(&RequirementTable::builtin())
{
    rebuildEntries();
}

void ChecklistModel::setTable(const RequirementTable *table)
{
    beginResetModel();
    m_table = table ? table : &RequirementTable::builtin();
    rebuildEntries();
    endResetModel();
}

void ChecklistModel::rebuildEntries()
{
    m_entries.clear();
    const QList<RequirementGroup> &groups = m_table->groups();
    const QList<RequirementRow> &rows = m_table->rows();
    QList<bool> placed(rows.size(), false);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        bool titled = false;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).group != groups.at(g).id)
                continue;
            if (!titled)
                m_entries.append({int(g), -1});
            titled = true;
            m_entries.append({int(g), int(r)});
            placed[r] = true;
        }
    }
    // The loader refuses rows of unknown groups; keep any that slip through visible anyway.
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!placed.at(r))
            m_entries.append({-1, int(r)});
    }
}

void ChecklistModel::setResults(const QList<RequirementResult> &results, const RequirementOptions &options)
{
    m_results = results;
    m_options = options;
    m_resultIndex.clear();
    for (qsizetype i = 0; i < m_results.size(); ++i)
        m_resultIndex.insert(resultKey(m_results.at(i).id, m_results.at(i).provider), int(i));
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ChecklistModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table->providers().size()) + 1;
}

bool ChecklistModel::isGroupRow(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).row < 0;
}

const RequirementRow *ChecklistModel::requirement(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).row < 0)
        return nullptr;
    return &m_table->rows().at(m_entries.at(row).row);
}

QString ChecklistModel::provider(int column) const
{
    const QStringList providers = m_table->providers();
    return column >= 1 && column <= providers.size() ? providers.at(column - 1) : QString();
}

int ChecklistModel::rowOf(const QString &rowId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const RequirementRow *row = requirement(int(i));
        if (row && row->id == rowId)
            return int(i);
    }
    return -1;
}

int ChecklistModel::columnOf(const QString &provider) const
{
    const qsizetype i = m_table->providers().indexOf(provider);
    return i < 0 ? -1 : int(i) + 1;
}

QModelIndex ChecklistModel::cellIndex(const QString &rowId, const QString &provider) const
{
    const int row = rowOf(rowId);
    const int column = columnOf(provider);
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

const RequirementResult *ChecklistModel::result(const QString &rowId, const QString &provider) const
{
    const auto it = m_resultIndex.constFind(resultKey(rowId, provider));
    return it == m_resultIndex.cend() ? nullptr : &m_results.at(*it);
}

const RequirementResult *ChecklistModel::result(const QModelIndex &index) const
{
    const RequirementRow *row = index.isValid() ? requirement(index.row()) : nullptr;
    const QString name = index.isValid() ? provider(index.column()) : QString();
    return row && !name.isEmpty() ? result(row->id, name) : nullptr;
}

QColor ChecklistModel::cellBackground(CheckStatus status, bool inScope)
{
    const QColor colour = StatusStyle::background(StatusStyle::toneOfStatus(status));
    // "Does not apply" has no colour to fade.
    return inScope || status == CheckStatus::NotApplicable ? colour : mixed(colour, QGuiApplication::palette().color(QPalette::Base), 0.6);
}

QString ChecklistModel::tag(const RequirementResult &result) const
{
    if (!result.inScope) {
        const RequirementRow *row = m_table->row(result.id);
        if (result.applies == Applicability::Bulk && !m_options.bulk)
            //: Tag on a checklist cell: the rule is for bulk senders only (5,000+ a day)
            return tr("bulk", "checklist tag");
        if (row && row->scope == u"marketing")
            //: Tag on a checklist cell: the rule is for subscribed/marketing mail only
            return tr("marketing", "checklist tag");
        if (row && row->scope == u"forwarded")
            //: Tag on a checklist cell: the rule is for mail that went through a forwarder or list
            return tr("forwarded", "checklist tag");
    }
    if (result.applies == Applicability::Recommended)
        //: Tag on a checklist cell: the provider recommends this, it does not require it
        return tr("recommended", "checklist tag");
    return {};
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const QString language = Localization::current();

    if (entry.row < 0) {
        const RequirementGroup &group = m_table->groups().at(entry.group);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? group.title.text(language) : QVariant();
        case Qt::FontRole: {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
        case Qt::BackgroundRole:
            return QGuiApplication::palette().color(QPalette::AlternateBase);
        case RowIdRole:
            return group.id;
        case GroupRole:
            return true;
        default:
            return {};
        }
    }

    const RequirementRow &row = m_table->rows().at(entry.row);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.title.text(language);
        case Qt::ToolTipRole:
            return row.explanation.text(language);
        case RowIdRole:
            return row.id;
        case GroupRole:
            return false;
        default:
            return {};
        }
    }

    const QString name = provider(index.column());
    const RequirementResult *cell = result(row.id, name);
    switch (role) {
    case RowIdRole:
        return row.id;
    case ProviderRole:
        return name;
    case GroupRole:
        return false;
    default:
        break;
    }
    if (!cell)
        return {};
    const StatusStyle::Tone tone = StatusStyle::toneOfStatus(cell->status);
    switch (role) {
    case Qt::DisplayRole:
        //: A checklist cell whose check waits for DNS answers
        return cell->pending ? tr("Checking…") : StatusStyle::statusText(cell->status);
    case Qt::DecorationRole:
        return cell->pending ? StatusStyle::pendingIcon() : StatusStyle::statusIcon(cell->status, !cell->inScope && cell->status != CheckStatus::NotApplicable);
    case Qt::BackgroundRole:
        return cell->pending ? StatusStyle::background(StatusStyle::Tone::Neutral)
                             : cellBackground(cell->status, cell->inScope);
    case Qt::ForegroundRole:
        if (cell->pending || !cell->inScope)
            return StatusStyle::muted();
        return StatusStyle::foreground(tone);
    case Qt::ToolTipRole: {
        // The tag whole, as a narrow cell may show it elided.
        const QString tagText = tag(*cell);
        const QString reason = cell->reason.isEmpty()
            ? QString()
            : Explanations::text(makeFinding(cell->reason, Severity::Info, cell->reasonArgs));
        if (tagText.isEmpty() || reason.isEmpty())
            return tagText.isEmpty() ? reason : tagText;
        //: Tooltip of a checklist cell with a tag: the tag ("bulk"), then why the cell has its status
        return tr("(%1) %2", "checklist tag, reason").arg(tagText, reason);
    }
    case StatusRole:
        return int(cell->status);
    case InScopeRole:
        return cell->inScope;
    case PendingRole:
        return cell->pending;
    case TagRole:
        return tag(*cell);
    case Qt::AccessibleTextRole: {
        const QString tagText = tag(*cell);
        const QString word = data(index, Qt::DisplayRole).toString();
        //: Screen reader text of a checklist cell: status word, then a tag such as "bulk"
        return tagText.isEmpty() ? word : tr("%1 (%2)", "status word, tag").arg(word, tagText);
    }
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        //: Column title of the checklist: the requirement rows
        return tr("Requirement");
    return m_table->providerName(provider(section)).text(Localization::current());
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroupRow(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace kensa
