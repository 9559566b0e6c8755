#include "ui/auth/ArcCard.h"

#include "core/i18n/Explanations.h"
#include "ui/style/StatusStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QTableWidget>

namespace kensa {

namespace {

enum Column { InstanceColumn, SealerColumn, CvColumn, SealColumn, AmsColumn, SawColumn, ColumnCount };

QTableWidgetItem *resultItem(const QString &result)
{
    auto *item = new QTableWidgetItem;
    const StatusStyle::Tone tone = StatusStyle::toneOfResult(result);
    item->setBackground(StatusStyle::background(tone));
    item->setForeground(StatusStyle::foreground(tone));
    item->setData(Qt::UserRole, result);
    return item;
}

} // namespace

ArcCard::ArcCard(const ArcResult &result, const QString &recorded, const QString &recordedBy, QWidget *parent)
    : VerdictCard(result.result, QStringLiteral("arcCard"), parent)
    , m_result(result)
    , m_recorded(recorded)
    , m_recordedBy(recordedBy)
{
    m_chain = new QTableWidget(int(result.instances.size()), ColumnCount, this);
    m_chain->setObjectName(QStringLiteral("arcChain"));
    m_chain->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chain->verticalHeader()->hide();
    m_chain->horizontalHeader()->setStretchLastSection(true);
    m_chain->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < result.instances.size(); ++row) {
        const ArcInstanceResult &i = result.instances.at(row);
        m_chain->setItem(row, InstanceColumn, new QTableWidgetItem(QString::number(i.instance)));
        m_chain->setItem(row, SealerColumn, new QTableWidgetItem(i.domain));
        // cv= is what the sealer declared about the chain before it, not a result Kensa
        // verified: shown in words like the results, but without their colours.
        auto *cv = new QTableWidgetItem;
        cv->setData(Qt::UserRole, i.cv);
        m_chain->setItem(row, CvColumn, cv);
        m_chain->setItem(row, SealColumn, resultItem(i.sealResult));
        m_chain->setItem(row, AmsColumn, resultItem(i.ams.result));
        QStringList saw;
        for (const AuthResultsMethod &m : i.aar.methods)
            saw << m.method + u'=' + m.result;
        m_chain->setItem(row, SawColumn, new QTableWidgetItem(saw.join(QStringLiteral("  "))));
    }
    m_chain->setVisible(!result.instances.isEmpty());
    layout()->addWidget(m_chain);
    retranslateUi();
    m_chain->resizeColumnsToContents();
    int height = m_chain->horizontalHeader()->height() + 2 * m_chain->frameWidth();
    for (int row = 0; row < m_chain->rowCount(); ++row)
        height += m_chain->rowHeight(row);
    m_chain->setFixedHeight(height);
}

void ArcCard::retranslateUi()
{
    const ArcResult &r = m_result;
    m_badge->setText(StatusStyle::resultText(r.result));
    m_title->setText(tr("ARC chain of %n set(s)", nullptr, r.instanceCount));
    m_verdicts->setText(verdicts(m_recordedBy, m_recorded, tr("Validated now: %1"), r.result));
    QStringList explanation{Explanations::text(Finding{r.reason, Severity::Info, r.reasonArgs, 0, {}})};
    // The forwarding story, oldest first: who handled the message and what it saw.
    for (const ArcInstanceResult &i : r.instances) {
        QStringList saw;
        for (const AuthResultsMethod &m : i.aar.methods)
            saw << m.method + u'=' + m.result;
        explanation << Explanations::text(makeFinding(QStringLiteral("arc.story.hop"), Severity::Info,
                                                      {{QStringLiteral("instance"), QString::number(i.instance)},
                                                       {QStringLiteral("sealer"), i.domain},
                                                       {QStringLiteral("saw"), saw.isEmpty() ? QStringLiteral("-") : saw.join(u' ')}}));
    }
    m_explanation->setText(explanation.join(u'\n'));
    QStringList details;
    if (r.failedInstance > 0)
        details << tr("The chain broke at set %1.").arg(r.failedInstance);
    if (r.oldestPass > 0)
        details << tr("Oldest set whose message signature still verifies: %1").arg(r.oldestPass);
    m_details->setText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    if (!m_chain)
        return;
    m_chain->setHorizontalHeaderLabels({tr("Set"), tr("Sealed by"), tr("cv"), tr("Seal"), tr("Message signature"), tr("What it saw")});
    for (int row = 0; row < r.instances.size(); ++row) {
        for (int column : {int(SealColumn), int(AmsColumn)}) {
            QTableWidgetItem *item = m_chain->item(row, column);
            const QString result = item->data(Qt::UserRole).toString();
            item->setText(result.isEmpty() ? QStringLiteral("-") : StatusStyle::resultText(result));
        }
        QTableWidgetItem *cv = m_chain->item(row, CvColumn);
        const QString declared = cv->data(Qt::UserRole).toString();
        cv->setText(declared.isEmpty() ? QStringLiteral("-")
                                       : tr("%1 (%2)", "result word, cv= token").arg(StatusStyle::resultText(declared), declared));
    }
    // The headers and words are new after a language switch: the columns follow them.
    m_chain->resizeColumnsToContents();
}

} // namespace kensa
