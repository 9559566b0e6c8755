#pragma once

#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kensa {

// The checklist matrix: one row per requirement under a spanning row per group, column 0 the
// requirement, then one column per provider. Each cell shows a RequirementResult: colour, icon and
// word together, so the status reads without colour too.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // kensa::CheckStatus as int (invalid for rows without a result)
        RowIdRole,      // requirement row id ("AUTH-SPF-PASS"); the group id on group rows
        ProviderRole,   // "gmail" ... (provider columns only)
        InScopeRole,    // bool: the rule applies to this sender as the switches describe it
        PendingRole,    // bool: waits for DNS answers
        TagRole,        // "bulk", "marketing", "forwarded", "recommended" in the user's language
        GroupRole,      // bool: a group's title row
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    // The table whose rows and providers are shown; builtin() unless a test gives its own. The
    // table must outlive the model.
    void setTable(const RequirementTable *table);
    const RequirementTable &table() const { return *m_table; }
    // The results with the switches they were evaluated with (they say why a rule is out of scope).
    void setResults(const QList<RequirementResult> &results, const RequirementOptions &options = {});
    const QList<RequirementResult> &results() const { return m_results; }
    // Texts come from tr() and from the table in the current language: re-read them all.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isGroupRow(int row) const;
    const RequirementRow *requirement(int row) const; // nullptr on group rows
    QString provider(int column) const;               // "" for column 0
    int rowOf(const QString &rowId) const;            // -1 when unknown
    int columnOf(const QString &provider) const;      // -1 when unknown
    QModelIndex cellIndex(const QString &rowId, const QString &provider) const;
    const RequirementResult *result(const QString &rowId, const QString &provider) const;
    const RequirementResult *result(const QModelIndex &index) const;

    // The cell colour of a status; rules out of scope are drawn lighter.
    static QColor cellBackground(CheckStatus status, bool inScope);
    // Why a cell is out of scope, or that the rule is only a recommendation; "" otherwise.
    QString tag(const RequirementResult &result) const;

private:
    struct Entry
    {
        int group = -1; // index in table().groups(), -1 for rows of an unknown group
        int row = -1;   // index in table().rows(), -1 for the group's title row
    };
    void rebuildEntries();

    const RequirementTable *m_table = nullptr;
    QList<Entry> m_entries;
    QList<RequirementResult> m_results;
    RequirementOptions m_options;
    QHash<QString, int> m_resultIndex; // "row id\nprovider" -> index in m_results
};

} // namespace kensa
