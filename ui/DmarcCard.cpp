#include "ui/DmarcCard.h"

#include "core/Explanations.h"
#include "ui/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kensa {

DmarcCard::DmarcCard(const DmarcResult &result, QWidget *parent)
    : QFrame(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("dmarcCard"));
    const StatusStyle::Tone tone = StatusStyle::toneOfResult(result.result);
    setStyleSheet(QStringLiteral("#dmarcCard { background: palette(base); border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(StatusStyle::border(tone).name()));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 8px; font-weight: bold; }")
                               .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name()));
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_badge);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    m_verdicts = new QLabel(this);
    m_explanation = new QLabel(this);
    m_details = new QLabel(this);
    for (QLabel *label : {m_verdicts, m_explanation, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    QPalette pal = m_details->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_details->setPalette(pal);
    retranslateUi();
}

QString DmarcCard::statusText() const
{
    return m_badge->text();
}

void DmarcCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DmarcCard::retranslateUi()
{
    const DmarcResult &r = m_result;
    m_badge->setText(StatusStyle::resultText(r.result));
    m_title->setText(r.recordDomain.isEmpty() ? tr("DMARC for %1").arg(r.fromDomain)
                                              : tr("DMARC for %1 (policy published at _dmarc.%2)").arg(r.fromDomain, r.recordDomain));
    const auto word = [](const QString &result) {
        return result.isEmpty() ? StatusStyle::resultText(result)
                                : tr("%1 (%2)", "result word, RFC 8601 token").arg(StatusStyle::resultText(result), result);
    };
    if (r.recordedBy.isEmpty())
        m_verdicts->setText(tr("Recorded by the receiver: %1    Evaluated now: %2").arg(word(r.recorded), word(r.result)));
    else
        m_verdicts->setText(tr("Recorded by %1: %2    Evaluated now: %3").arg(r.recordedBy, word(r.recorded), word(r.result)));
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
