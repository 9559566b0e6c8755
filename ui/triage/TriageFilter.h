#pragma once

#include <QSortFilterProxyModel>

namespace kensa {

// The mailbox list as shown: sorted by the clicked column, "only failing" and a text filter on
// From and Subject. Rows still being checked stay visible under "only failing", so the list never
// looks complete before it is.
class TriageFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TriageFilter(QObject *parent = nullptr);

    void setOnlyFailing(bool on);
    bool onlyFailing() const { return m_onlyFailing; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFailing = false;
    QString m_text;
};

} // namespace kensa
