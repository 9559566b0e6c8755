#include "ui/auth/DmarcCard.h"

#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/style/StatusStyle.h"

#include <QLabel>
#include <QLayout>

namespace kensa {

DmarcCard::DmarcCard(const DmarcResult &result, QWidget *parent)
    : VerdictCard(result.result, QStringLiteral("dmarcCard"), parent)
    , m_result(result)
{
    m_fix = new QLabel(this);
    m_fix->setObjectName(QStringLiteral("dmarcFix"));
    m_fix->setWordWrap(true);
    m_fix->setTextFormat(Qt::PlainText);
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const StatusStyle::Tone tone = StatusStyle::Tone::Risk;
    m_fix->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 6px; }")
                             .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name()));
    m_fix->hide();
    layout()->addWidget(m_fix);
    retranslateUi();
}

void DmarcCard::setSendingService(const SendingServiceResult &service, const QString &returnPathAlignment)
{
    m_service = service;
    m_returnPathAlignment = returnPathAlignment;
    retranslateUi();
}

QString DmarcCard::fixText() const
{
    return m_fix->isHidden() ? QString() : m_fix->text();
}

// The RFC 8601 result word with the token beside it, as the other cards show results.
QString DmarcCard::resultWord(const QString &result)
{
    if (result.isEmpty())
        return tr("not known");
    return tr("%1 (%2)", "result word, RFC 8601 token").arg(StatusStyle::resultText(result), result);
}

// What a receiver applying the policy would do: the DMARC token stays beside the word.
QString DmarcCard::dispositionWord(const QString &disposition)
{
    if (disposition == u"reject")
        return tr("reject", "DMARC disposition: refuse the message");
    if (disposition == u"quarantine")
        return tr("quarantine", "DMARC disposition: deliver to the spam folder");
    if (disposition == u"none")
        return tr("none", "DMARC disposition: no special treatment");
    return disposition;
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
                       .arg(r.policy, r.policySource, dispositionWord(r.disposition));
    const QString yes = tr("aligned");
    const QString no = tr("not aligned");
    if (!r.spfDomain.isEmpty() && r.spfFromRecord)
        details << tr("SPF (as the receiver recorded it): %1 for %2, %3 (%4)")
                       .arg(resultWord(r.spfResult), r.spfDomain, r.spfAligned ? yes : no,
                            r.record.strictSpf ? tr("strict") : tr("relaxed"));
    else if (!r.spfDomain.isEmpty())
        details << tr("SPF: %1 for %2, %3 (%4)")
                       .arg(resultWord(r.spfResult), r.spfDomain, r.spfAligned ? yes : no,
                            r.record.strictSpf ? tr("strict") : tr("relaxed"));
    for (const QString &d : r.passingDkimDomains)
        details << tr("DKIM: pass for %1, %2 (%3)")
                       .arg(d, r.alignedDkimDomains.contains(d) ? yes : no, r.record.strictDkim ? tr("strict") : tr("relaxed"));
    if (r.passingDkimDomains.isEmpty() && r.result != u"temperror")
        details << tr("DKIM: no passing signature");
    if (!r.orgDomain.isEmpty())
        details << tr("Organisational domain: %1 (DNS Tree Walk, RFC 9989); %2 (Public Suffix List, RFC 7489, DMARC %3)")
                       .arg(r.orgDomain, r.rfc7489OrgDomain.isEmpty() ? r.fromDomain : r.rfc7489OrgDomain,
                            r.rfc7489Result.isEmpty() ? QStringLiteral("-") : resultWord(r.rfc7489Result));
    m_details->setText(details.join(u'\n'));

    const bool needsFix = r.result == u"fail" || m_returnPathAlignment == u"different";
    m_fix->setVisible(needsFix && !m_service.id.isEmpty());
    if (!m_service.id.isEmpty())
        m_fix->setText(tr("Sent through %1. How to fix it there: %2")
                           .arg(m_service.name, m_service.fix(Localization::current())));
}

} // namespace kensa
