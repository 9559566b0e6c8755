#include "ui/triage/TriageModel.h"

#include "core/i18n/Localization.h"
#include "ui/style/StatusStyle.h"

#include <QFileInfo>
#include <QLocale>

namespace kensa {

namespace {

// The status glyph of the tone, so that a verdict reads without its colour.
CheckStatus glyphOf(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        return CheckStatus::Pass;
    case ProviderVerdict::Outcome::Spam:
        return CheckStatus::Warning;
    case ProviderVerdict::Outcome::Reject:
        return CheckStatus::Fail;
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    return CheckStatus::NotVerifiable;
}

bool notInbox(ProviderVerdict::Outcome outcome)
{
    return outcome == ProviderVerdict::Outcome::Spam || outcome == ProviderVerdict::Outcome::Reject;
}

} // namespace

TriageModel::TriageModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(&RequirementTable::builtin())
{
    m_providers = providersFor(m_carriersShown);
}

void TriageModel::setTable(const RequirementTable *table)
{
    beginResetModel();
    m_table = table;
    m_providers = providersFor(m_carriersShown);
    for (Entry &entry : m_entries)
        judge(entry);
    endResetModel();
}

QStringList TriageModel::providersFor(bool carriersShown) const
{
    QStringList shown;
    for (const QString &provider : m_table->providers()) {
        if (carriersShown || m_table->providerGroup(provider) != u"carrier")
            shown.append(provider);
    }
    return shown;
}

void TriageModel::setMessages(const LoadedInput &input)
{
    beginResetModel();
    m_entries.clear();
    QStringList files;
    for (qsizetype i = 0; i < input.messages.size(); ++i) {
        Entry entry;
        entry.source = input.messages.at(i).source;
        if (i < input.summaries.size())
            entry.summary = input.summaries.at(i);
        entry.date = QDateTime::fromString(entry.summary.date.simplified(), Qt::RFC2822Date);
        if (!files.contains(entry.source.file))
            files.append(entry.source.file);
        m_entries.append(entry);
    }
    m_severalFiles = files.size() > 1;
    endResetModel();
}

void TriageModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void TriageModel::setReport(int row, const Report &report)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].report = report;
    judge(m_entries[row]);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void TriageModel::setOptions(const RequirementOptions &options, bool carriersShown)
{
    if (options.bulk == m_options.bulk && options.marketing == m_options.marketing
        && carriersShown == m_carriersShown)
        return;
    beginResetModel();
    m_options = options;
    m_carriersShown = carriersShown;
    m_providers = providersFor(carriersShown);
    for (Entry &entry : m_entries)
        judge(entry);
    endResetModel();
}

void TriageModel::judge(Entry &entry) const
{
    entry.verdicts.clear();
    if (!entry.report)
        return;
    const CheckResults checks = entry.report->checkResults();
    const QList<RequirementResult> results = RequirementEngine::evaluate(checks, *m_table, m_options);
    for (const QString &provider : m_table->providers())
        entry.verdicts.append(RequirementEngine::verdict(checks, results, provider));
}

int TriageModel::rowOf(const SourceInfo &source) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const SourceInfo &s = m_entries.at(i).source;
        if (s.file == source.file && s.index == source.index)
            return int(i);
    }
    return -1;
}

bool TriageModel::hasReport(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).report.has_value();
}

const Report &TriageModel::report(int row) const
{
    return *m_entries.at(row).report;
}

std::optional<ProviderVerdict> TriageModel::verdict(int row, const QString &provider) const
{
    if (!hasReport(row) || !m_providers.contains(provider))
        return std::nullopt;
    for (const ProviderVerdict &v : m_entries.at(row).verdicts) {
        if (v.provider == provider)
            return v;
    }
    return std::nullopt;
}

bool TriageModel::isFailing(int row) const
{
    if (!hasReport(row))
        return false;
    for (const ProviderVerdict &v : m_entries.at(row).verdicts) {
        if (m_providers.contains(v.provider) && notInbox(v.outcome))
            return true;
    }
    return false;
}

int TriageModel::finishedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.report.has_value(); }));
}

QString TriageModel::outcomeText(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        //: Mailbox list: the provider would most likely deliver the message to the inbox
        return tr("Inbox", "provider verdict");
    case ProviderVerdict::Outcome::Spam:
        //: Mailbox list: the provider would most likely deliver the message to the spam folder
        return tr("Spam", "provider verdict");
    case ProviderVerdict::Outcome::Reject:
        //: Mailbox list: the provider would most likely refuse the message
        return tr("Rejected", "provider verdict");
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    //: Mailbox list: Kensa cannot tell what the provider would do
    return tr("Uncertain", "provider verdict");
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TriageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstProviderColumn + int(m_providers.size());
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    if (role == FailingRole)
        return isFailing(index.row());
    if (role == PendingRole)
        return !entry.report.has_value();
    if (role == SearchRole)
        return entry.summary.from + u'\n' + entry.summary.subject;

    switch (column) {
    case IndexColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return index.row() + 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && m_severalFiles)
            return QFileInfo(entry.source.file).fileName();
        return {};
    case DateColumn:
        if (role == Qt::DisplayRole) {
            if (!entry.date.isValid())
                return entry.summary.date.isEmpty() ? tr("(no date)") : entry.summary.date;
            return entry.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        if (role == SortRole)
            return entry.date.isValid() ? entry.date.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        if (role == Qt::ToolTipRole)
            //: Mailbox list, tooltip of a date: the Date header as the message wrote it
            return tr("As written in the message: %1").arg(entry.summary.date);
        return {};
    case FromColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return entry.summary.from.isEmpty() && role == Qt::DisplayRole ? tr("(no From)") : entry.summary.from;
        return {};
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return entry.summary.subject.isEmpty() && role == Qt::DisplayRole ? tr("(no subject)") : entry.summary.subject;
        return {};
    default:
        break;
    }

    const QString provider = m_providers.value(column - FirstProviderColumn);
    const std::optional<ProviderVerdict> v = verdict(index.row(), provider);
    if (!v) {
        if (role == Qt::DisplayRole)
            //: Mailbox list: the message's analysis has not finished yet
            return tr("checking…");
        if (role == Qt::DecorationRole)
            return StatusStyle::pendingIcon();
        if (role == SortRole)
            return -1;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return outcomeText(v->outcome);
    case Qt::DecorationRole:
        return StatusStyle::statusIcon(glyphOf(v->outcome));
    case Qt::BackgroundRole:
        return StatusStyle::background(StatusStyle::toneOfOutcome(v->outcome));
    case Qt::ForegroundRole:
        return StatusStyle::foreground(StatusStyle::toneOfOutcome(v->outcome));
    case SortRole:
        return int(v->outcome);
    case Qt::ToolTipRole:
        //: Mailbox list, tooltip of a verdict: %1 provider, %2 verdict word
        return tr("%1: %2").arg(m_table->providerName(provider).text(Localization::current()), outcomeText(v->outcome));
    default:
        break;
    }
    return {};
}

QVariant TriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        //: Mailbox list column: the message's position in the mailbox
        return tr("#");
    case DateColumn:
        return tr("Date");
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    default:
        break;
    }
    return m_table->providerName(m_providers.value(section - FirstProviderColumn)).text(Localization::current());
}

void TriageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace kensa
