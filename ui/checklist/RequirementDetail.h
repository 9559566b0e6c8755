#pragma once

#include "core/report/Report.h"
#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"

#include <QSet>
#include <QTextBrowser>

namespace kensa {

// What one checklist cell (or one requirement row, for every provider) means: what was checked,
// each provider's rule with its sources, the result and why, the evidence (a click shows its
// line in the raw source), recorded vs re-verified verdicts, and how to fix it.
// Only the sources' addresses, which are Kensa's own data, are links that open; text from the
// message is always shown as text.
class RequirementDetail : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RequirementDetail(QWidget *parent = nullptr);

    // The table that `showRequirement()` reads rows and sources from; builtin() by default. Must outlive this.
    void setTable(const RequirementTable *table);
    // One provider's cell (`results` holds one result) or the whole row (one per provider).
    void showRequirement(const Report &report,
                         const QString &rowId,
                         const QList<RequirementResult> &results,
                         const RequirementOptions &options);
    // Nothing selected: a hint how to use the matrix.
    void showHint();

    QString rowId() const { return m_rowId; }
    QStringList providers() const;          // the providers shown, in table order
    // For tests: the row's explanation as shown, the evidence findings and their texts.
    QString explanationText() const;
    const QList<Finding> &evidence() const { return m_evidence; }
    QStringList evidenceTexts() const;
    // Acts as a click on the evidence entry `index`.
    void activateEvidence(int index);

signals:
    // Lines of the normalised message (1-based, inclusive) the clicked evidence is about.
    void lineActivated(int first, int last);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onAnchor(const QUrl &url);
    QString appliesText(Applicability applies) const;
    QString resultWord(const QString &rfc8601) const;
    QString recordedSection() const;
    QString unverifiedText() const;

    const RequirementTable *m_table = nullptr;
    Report m_report;
    QString m_rowId;
    QList<RequirementResult> m_results;
    RequirementOptions m_options;
    QList<Finding> m_evidence;
    QSet<QString> m_sourceUrls; // the only addresses a click may open
};

} // namespace kensa
