#include "ui/AuthenticationView.h"

#include "ui/DkimCard.h"

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
    m_layout->addWidget(m_dkimTitle);
    m_layout->addWidget(m_dkimNote);
    m_layout->addWidget(m_dkimCards);
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

void AuthenticationView::rebuild()
{
    qDeleteAll(dkimCards());
    for (const DkimResult &r : std::as_const(m_report.dkim))
        m_dkimCards->layout()->addWidget(new DkimCard(r, m_dkimCards));
}

void AuthenticationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void AuthenticationView::retranslateUi()
{
    m_dkimTitle->setText(tr("DKIM signatures"));
    QString note;
    if (m_hasReport && m_report.dkimChecked && m_report.dkim.isEmpty())
        note = tr("The message carries no DKIM signature. Gmail, Yahoo, Apple and Outlook.com require DKIM from bulk senders.");
    else if (m_hasReport)
        note = tr("Each signature was verified again now, with the key published in DNS today, and compared with what the receiver recorded at delivery.");
    m_dkimNote->setText(note);
    m_dkimNote->setVisible(!note.isEmpty());
}

} // namespace kensa
