#include "ui/DmarcCard.h"

#include "core/Explanations.h"
#include "ui/StatusStyle.h"

#include <QLabel>

namespace kensa {

DmarcCard::DmarcCard(const DmarcResult &result, QWidget *parent)
    : VerdictCard(result.result, QStringLiteral("dmarcCard"), parent)
    , m_result(result)
{
    retranslateUi();
}

void DmarcCard::retranslateUi()
{
    const DmarcResult &r = m_result;
    m_badge->setText(StatusStyle::resultText(r.result));
    m_title->setText(r.recordDomain.isEmpty() ? tr("DMARC for %1").arg(r.fromDomain)
                                              : tr("DMARC for %1 (policy published at _dmarc.%2)").arg(r.fromDomain, r.recordDomain));
    m_verdicts->setText(verdicts(r.recordedBy, r.recorded, tr("Evaluated now: %1"), r.result));
    m_explanation->setText(Explanations::text(Finding{r.reason, Severity::Info, r.reasonArgs, 0, {}}));

    QStringList details;
    if (r.record.valid)
        details << tr("Record: %1").arg(QString::fromUtf8(r.record.text));
    if (r.result == u"fail")
        details << tr("Policy that applies: p=%1 (from the %2= tag); a receiver would: %3")
                       .arg(r.policy, r.policySource, r.disposition);
    const QString yes = tr("aligned");
    const QString no = tr("not aligned");
    if (!r.spfDomain.isEmpty() && r.spfFromRecord)
        details << tr("SPF (as the receiver recorded it): %1 for %2, %3 (%4)")
                       .arg(r.spfResult.isEmpty() ? tr("not known") : r.spfResult, r.spfDomain, r.spfAligned ? yes : no,
                            r.record.strictSpf ? tr("strict") : tr("relaxed"));
    else if (!r.spfDomain.isEmpty())
        details << tr("SPF: %1 for %2, %3 (%4)")
                       .arg(r.spfResult.isEmpty() ? tr("not known") : r.spfResult, r.spfDomain, r.spfAligned ? yes : no,
                            r.record.strictSpf ? tr("strict") : tr("relaxed"));
    for (const QString &d : r.passingDkimDomains)
        details << tr("DKIM: pass for %1, %2 (%3)")
                       .arg(d, r.alignedDkimDomains.contains(d) ? yes : no, r.record.strictDkim ? tr("strict") : tr("relaxed"));
    if (r.passingDkimDomains.isEmpty() && r.result != u"temperror")
        details << tr("DKIM: no passing signature");
    if (!r.orgDomain.isEmpty())
        details << tr("Organisational domain: %1 (DNS Tree Walk, RFC 9989); %2 (Public Suffix List, RFC 7489, DMARC %3)")
                       .arg(r.orgDomain, r.rfc7489OrgDomain.isEmpty() ? r.fromDomain : r.rfc7489OrgDomain,
                            r.rfc7489Result.isEmpty() ? QStringLiteral("-") : r.rfc7489Result);
    m_details->setText(details.join(u'\n'));
}

} // namespace kensa
