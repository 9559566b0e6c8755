#pragma once

#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/report/Report.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace kensa {

// Two messages' key facts side by side (the one that reached the inbox next to the one that did
// not): From, Return-Path, delivering IP, SPF/DKIM/DMARC/ARC with d= and s=, each provider's
// verdict, each checklist row, the receiver's own verdict. Rows that differ are tinted and say
// "Differs" in a column of their own, so they read without colour too.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    struct Fact
    {
        QString id;     // "from", "spf", "verdict.gmail", "row.AUTH-SPF-PASS" ...
        QString label;
        QString first;
        QString second;
        bool differs() const { return first != second; }
    };

    explicit CompareDialog(QWidget *parent = nullptr);

    // `firstTitle`/`secondTitle` name the messages ("#2 Spring sale").
    void setReports(const Report &first,
                    const QString &firstTitle,
                    const Report &second,
                    const QString &secondTitle,
                    const RequirementTable &table,
                    const RequirementOptions &options,
                    const QStringList &providers);

    static QList<Fact> facts(const Report &first,
                             const Report &second,
                             const RequirementTable &table,
                             const RequirementOptions &options,
                             const QStringList &providers);

    // For tests and screenshots.
    QTableWidget *table() const { return m_table; }
    const QList<Fact> &shownFacts() const { return m_facts; }
    QCheckBox *onlyDifferencesSwitch() const { return m_onlyDifferences; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateVisibility();

    Report m_first;
    Report m_second;
    QString m_firstTitle;
    QString m_secondTitle;
    const RequirementTable *m_requirementTable = nullptr;
    RequirementOptions m_options;
    QStringList m_providers;
    QList<Fact> m_facts;

    QLabel *m_intro = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace kensa
