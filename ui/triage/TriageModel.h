#pragma once

#include "core/analysis/Analyzer.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/report/Report.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace kensa {

// The messages of a mailbox (or of several files opened together), one row each: index, date,
// From, Subject and what each shown provider would most likely do with it. A row says
// "checking…" until its report arrives; verdicts come from RequirementEngine over the report,
// with the checklist's switches, exactly as the Checklist tab's banner computes them.
class TriageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndexColumn, DateColumn, FromColumn, SubjectColumn, FirstProviderColumn };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts (numbers, times)
        FailingRole,                 // bool: some shown provider would not deliver to the inbox
        PendingRole,                 // bool: the analysis has not finished yet
        SearchRole,                  // From and Subject, for the text filter
    };

    explicit TriageModel(QObject *parent = nullptr);

    // The table to judge against; builtin() unless a test gives its own. Must outlive the model.
    void setTable(const RequirementTable *table);
    void setMessages(const LoadedInput &input);
    void clear();
    // The report of a row's message (from the background analyses or from the main window's).
    void setReport(int row, const Report &report);
    // The checklist's switches: re-judges every finished row.
    void setOptions(const RequirementOptions &options, bool carriersShown);

    // The row whose message came from `source` (same file and mbox index), -1 when none.
    int rowOf(const SourceInfo &source) const;
    bool hasReport(int row) const;
    const Report &report(int row) const;
    bool isFailing(int row) const;
    int finishedCount() const;
    QStringList shownProviders() const { return m_providers; }
    // The verdict of `provider` for a finished row; nullopt while checking or when not shown.
    std::optional<ProviderVerdict> verdict(int row, const QString &provider) const;
    RequirementOptions options() const { return m_options; }
    const RequirementTable &table() const { return *m_table; }

    // The word a verdict shows ("Inbox", "Spam", "Rejected", "Uncertain").
    static QString outcomeText(ProviderVerdict::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: headers and words again.
    void retranslate();

private:
    struct Entry
    {
        SourceInfo source;
        MessageSummary summary;
        QDateTime date;                   // the Date field read as RFC 5322 time; invalid if not
        std::optional<Report> report;
        QList<ProviderVerdict> verdicts;  // one per table provider, in table order
    };

    void judge(Entry &entry) const;
    QStringList providersFor(bool carriersShown) const;

    const RequirementTable *m_table = nullptr;
    RequirementOptions m_options;
    bool m_carriersShown = false;
    QStringList m_providers; // the shown providers, in table order
    QList<Entry> m_entries;
    bool m_severalFiles = false;
};

} // namespace kensa
