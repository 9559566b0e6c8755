#include "ui/WelcomePage.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kensa {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A readable measure: long lines across a wide window are hard to follow, in Japanese
    // most of all, where a line may break between any two characters.
    m_text->setMaximumWidth(40 * m_text->fontMetrics().height());
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 1);
    textRow->addStretch();
    layout->addWidget(m_title);
    layout->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), {}, this);
    m_paste = new QPushButton(this);
    m_sample = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_paste->setObjectName(QStringLiteral("welcomePaste"));
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_sample);
    buttons->addStretch();
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_paste, &QPushButton::clicked, this, &WelcomePage::pasteRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    retranslateUi();
}

void WelcomePage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // A dashed drop zone around the invitation.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Mid), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(rect().adjusted(24, 24, -24, -24), 12, 12);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Drop a message here"));
    m_text->setText(tr("Drop an .eml file, a saved message source or an mbox file anywhere on "
                       "this window, or paste the \"Show original\" text of Gmail, Outlook, "
                       "Yahoo or Apple Mail with Ctrl+V. Kensa re-verifies SPF, DKIM, DMARC "
                       "and ARC itself instead of trusting what the message says."));
    m_open->setText(tr("Open File…"));
    m_paste->setText(tr("Paste Source…"));
    m_sample->setText(tr("Open a Sample"));
}

} // namespace kensa
