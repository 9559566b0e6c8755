#pragma once

#include "core/base/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace kensa {

// The findings of a report, most severe first and otherwise in the order they were found:
// severity, where (line), and the explanation in the user's language. A list that is complete
// and empty shows one row saying that nothing was found.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, WhereColumn, FindingColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole, // int: the finding's line in the raw source, 0 for none
        KeyRole, // QString: the explanation key
        SeverityRole, // int: kensa::Severity
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // The whole list of a finished analysis.
    void setFindings(const QList<Finding> &findings);
    // An analysis has started: no rows, and no "nothing found" row until it finishes.
    void startStreaming();
    // One more finding, inserted at its place; the rows before stay as they are.
    void addFinding(const Finding &finding);
    void clear();
    const QList<Finding> &findings() const { return m_findings; }
    // Texts come from tr() and Explanations in the current language: re-read them all.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool showsNothingFound() const { return m_complete && m_findings.isEmpty(); }
    QVariant nothingFoundData(int column, int role) const;

    QList<Finding> m_findings; // sorted: severity descending, stable
    bool m_complete = true;
};

} // namespace kensa
