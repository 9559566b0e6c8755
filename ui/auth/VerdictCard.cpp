#include "ui/auth/VerdictCard.h"

#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kensa {

VerdictCard::VerdictCard(const QString &result, const QString &objectName, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    const StatusStyle::Tone tone = StatusStyle::toneOfResult(result);
    setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid %2; border-left: 6px solid %2; border-radius: 4px; }")
                      .arg(objectName, StatusStyle::border(tone).name()));
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
}

QString VerdictCard::statusText() const
{
    return m_badge->text();
}

void VerdictCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

QString VerdictCard::verdicts(const QString &recordedBy, const QString &recorded, const QString &nowLabel, const QString &now)
{
    const auto word = [](const QString &result) {
        return result.isEmpty() ? StatusStyle::resultText(result)
                                : tr("%1 (%2)", "result word, RFC 8601 token").arg(StatusStyle::resultText(result), result);
    };
    const QString receiver = recordedBy.isEmpty() ? tr("Recorded by the receiver: %1").arg(word(recorded))
                                                  : tr("Recorded by %1: %2").arg(recordedBy, word(recorded));
    return receiver + QStringLiteral("    ") + nowLabel.arg(word(now));
}

} // namespace kensa
