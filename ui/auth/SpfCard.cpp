#include "ui/auth/SpfCard.h"

#include "core/i18n/Explanations.h"
#include "core/report/TextReport.h"
#include "ui/style/StatusStyle.h"

#include <QLabel>

namespace kensa {

SpfCard::SpfCard(const SpfResult &result, const QString &recorded, const QString &recordedBy, QWidget *parent)
    : VerdictCard(result.result, QStringLiteral("spfCard"), parent)
    , m_result(result)
    , m_recorded(recorded)
    , m_recordedBy(recordedBy)
{
    retranslateUi();
}

void SpfCard::retranslateUi()
{
    const SpfResult &r = m_result;
    m_badge->setText(StatusStyle::resultText(r.result));
    const bool helo = r.sender.startsWith("postmaster@") && r.domain == r.helo;
    m_title->setText(helo ? tr("SPF for the HELO name %1, sent from %2").arg(QString::fromUtf8(r.domain), QString::fromLatin1(r.ip))
                          : tr("SPF for %1, sent from %2").arg(QString::fromUtf8(r.domain), QString::fromLatin1(r.ip)));
    m_verdicts->setText(verdicts(m_recordedBy, m_recorded, tr("Re-evaluated now: %1"), r.result));
    QStringList explanation{Explanations::text(Finding{r.reason, Severity::Info, r.reasonArgs, 0, {}})};
    if (!r.explanation.isEmpty())
        explanation << tr("The domain's explanation (exp=): %1").arg(r.explanation);
    m_explanation->setText(explanation.join(u'\n'));

    QStringList details;
    details << tr("Envelope sender (MAIL FROM): %1").arg(helo ? tr("empty (a bounce), so the HELO name is checked") : QString::fromUtf8(r.sender));
    if (!r.record.isEmpty())
        details << tr("Record: %1").arg(QString::fromUtf8(r.record));
    details << tr("DNS lookups counted: %1 of 10; void lookups (no records in the answer): %2 of 2").arg(r.lookups).arg(r.voidLookups);
    for (const SpfTraceEntry &e : r.trace) {
        const QString indent(2 * (e.depth + 1), u' ');
        details << indent + TextReport::spfTraceLine(e);
    }
    m_details->setText(details.join(u'\n'));
}

} // namespace kensa
