#include "ui/auth/AuthenticationView.h"

#include "ui/auth/ArcCard.h"
#include "ui/auth/AuthResultsBlock.h"
#include "ui/auth/DkimCard.h"
#include "ui/auth/DmarcCard.h"
#include "ui/auth/SpfCard.h"
#include "ui/style/ClipboardText.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kensa {

AuthenticationView::AuthenticationView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("authenticationView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_dkimTitle = new QLabel(m_content);
    QFont title = m_dkimTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_dkimTitle->setFont(title);
    m_dkimNote = new QLabel(m_content);
    m_dkimNote->setWordWrap(true);
    m_dkimCards = new QWidget(m_content);
    auto *cardsLayout = new QVBoxLayout(m_dkimCards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_dmarcTitle = new QLabel(m_content);
    m_dmarcTitle->setFont(title);
    m_dmarcBox = new QWidget(m_content);
    auto *dmarcLayout = new QVBoxLayout(m_dmarcBox);
    dmarcLayout->setContentsMargins(0, 0, 0, 0);
    m_arTitle = new QLabel(m_content);
    m_arTitle->setFont(title);
    m_arNote = new QLabel(m_content);
    m_arNote->setWordWrap(true);
    m_arBlocks = new QWidget(m_content);
    auto *blocksLayout = new QVBoxLayout(m_arBlocks);
    blocksLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_dmarcTitle);
    m_layout->addWidget(m_dmarcBox);
    m_layout->addSpacing(12);
    m_layout->addWidget(m_dkimTitle);
    m_layout->addWidget(m_dkimNote);
    m_layout->addWidget(m_dkimCards);
    m_layout->addSpacing(12);
    m_layout->addWidget(m_arTitle);
    m_layout->addWidget(m_arNote);
    m_layout->addWidget(m_arBlocks);
    m_layout->addStretch(1);
    setWidget(m_content);
    retranslateUi();
}

void AuthenticationView::setReport(const Report &report)
{
    m_report = report;
    m_hasReport = true;
    rebuild();
    retranslateUi();
}

QList<DkimCard *> AuthenticationView::dkimCards() const
{
    return m_dkimCards->findChildren<DkimCard *>(Qt::FindDirectChildrenOnly);
}

ArcCard *AuthenticationView::arcCard() const
{
    return m_dmarcBox->findChild<ArcCard *>(QString(), Qt::FindDirectChildrenOnly);
}

SpfCard *AuthenticationView::spfCard() const
{
    return m_dmarcBox->findChild<SpfCard *>(QString(), Qt::FindDirectChildrenOnly);
}

DmarcCard *AuthenticationView::dmarcCard() const
{
    return m_dmarcBox->findChild<DmarcCard *>(QString(), Qt::FindDirectChildrenOnly);
}

QList<AuthResultsBlock *> AuthenticationView::authResultsBlocks() const
{
    return m_arBlocks->findChildren<AuthResultsBlock *>(Qt::FindDirectChildrenOnly);
}

void AuthenticationView::rebuild()
{
    qDeleteAll(dkimCards());
    // Before the keys arrive the report holds the signatures as parsed, not yet verified.
    const QList<DkimResult> verified = m_report.dkimChecked ? m_report.dkim : QList<DkimResult>();
    for (const DkimResult &r : verified) {
        auto *card = new DkimCard(r, m_dkimCards);
        for (const Finding &f : std::as_const(m_report.findings)) {
            if (f.key.startsWith(u"dkim.recorded.") && f.line == r.line)
                card->setDifference(f);
        }
        // Its evidence line is the DKIM-Signature field itself.
        ClipboardText::setCardEvidence(card, ClipboardText::messageLine(m_report.message, r.line));
        ClipboardText::enableCardMenu(card);
        m_dkimCards->layout()->addWidget(card);
    }
    delete dmarcCard();
    delete spfCard();
    delete arcCard();
    // The evidence line of each card: the DNS record that decided (DMARC, SPF), the field that
    // carries the verdict (the ARC-Seal of the set that failed, else the newest one; the
    // Authentication-Results field itself).
    if (m_report.dmarcChecked) {
        auto *card = new DmarcCard(m_report.dmarc, m_dmarcBox);
        card->setSendingService(m_report.sendingService, m_report.returnPathAlignment);
        const DmarcResult &d = m_report.dmarc;
        const QString domain = d.recordDomain.isEmpty() ? d.fromDomain : d.recordDomain;
        ClipboardText::setCardEvidence(card,
            domain.isEmpty() ? ClipboardText::noEvidence()
                             : ClipboardText::dnsRecords(m_report.dns,
                                 QStringLiteral("_dmarc.") + domain,
                                 QStringLiteral("TXT"),
                                 QStringLiteral("v=DMARC1")));
        ClipboardText::enableCardMenu(card);
        m_dmarcBox->layout()->addWidget(card);
    }
    if (m_report.spfChecked) {
        auto *card
            = new SpfCard(m_report.spf, m_report.spfRecorded, m_report.spfRecordedBy, m_dmarcBox);
        const QString domain = QString::fromUtf8(m_report.spf.domain);
        ClipboardText::setCardEvidence(card,
            domain.isEmpty()
                ? ClipboardText::noEvidence()
                : ClipboardText::dnsRecords(
                    m_report.dns, domain, QStringLiteral("TXT"), QStringLiteral("v=spf1")));
        ClipboardText::enableCardMenu(card);
        m_dmarcBox->layout()->addWidget(card);
    }
    if (m_report.arcChecked && m_report.arc.result != u"none") {
        auto *card
            = new ArcCard(m_report.arc, m_report.arcRecorded, m_report.arcRecordedBy, m_dmarcBox);
        int sealLine = 0;
        for (const ArcInstanceResult &instance : m_report.arc.instances) {
            if (m_report.arc.failedInstance > 0 ? instance.instance == m_report.arc.failedInstance
                                                : instance.sealLine > 0)
                sealLine = instance.sealLine;
        }
        ClipboardText::setCardEvidence(
            card, ClipboardText::messageLine(m_report.message, sealLine));
        ClipboardText::enableCardMenu(card);
        m_dmarcBox->layout()->addWidget(card);
    }
    m_dmarcTitle->setVisible(m_report.dmarcChecked);
    qDeleteAll(authResultsBlocks());
    for (const AuthResultsField &field : std::as_const(m_report.authResults)) {
        auto *block = new AuthResultsBlock(field, m_arBlocks);
        ClipboardText::setCardEvidence(block, {ClipboardText::fieldText(field.raw), {}});
        ClipboardText::enableCardMenu(block);
        m_arBlocks->layout()->addWidget(block);
    }
}

void AuthenticationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void AuthenticationView::retranslateUi()
{
    m_dmarcTitle->setText(tr("DMARC, SPF and ARC"));
    m_dkimTitle->setText(tr("DKIM signatures"));
    QString note;
    if (m_hasReport && m_report.dkimChecked && m_report.dkim.isEmpty())
        note = tr("The message carries no DKIM signature. Gmail, Yahoo, Apple and Outlook.com require DKIM from bulk senders.");
    else if (m_hasReport)
        note = tr("Each signature was verified again now, with the key published in DNS today, and compared with what the receiver recorded at delivery.");
    m_dkimNote->setText(note);
    m_dkimNote->setVisible(!note.isEmpty());

    m_arTitle->setText(tr("Authentication-Results"));
    QString arNote;
    if (m_hasReport && m_report.authResults.isEmpty())
        arNote = tr("The message carries no Authentication-Results field: no receiver recorded its verdicts. "
                    "Open the message as received by the mailbox (\"Show original\"), not as sent.");
    else if (m_hasReport && !m_report.receiverAuthservId.isEmpty())
        arNote = tr("The fields marked Trusted were written by the final receiver (%1) when the message arrived. "
                    "The others are shown as claims: an earlier server or the sender may have written them.")
                     .arg(m_report.receiverAuthservId);
    else if (m_hasReport)
        arNote = tr("No field could be attributed to the final receiver, so every field is shown as a claim.");
    m_arNote->setText(arNote);
    m_arNote->setVisible(!arNote.isEmpty());
}

} // namespace kensa
