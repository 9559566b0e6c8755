#include "ui/receiver/ReceiverCard.h"

#include "ui/receiver/ReceiverText.h"
#include "ui/style/ClipboardText.h"
#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kensa {

ReceiverCard::ReceiverCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("receiverCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(3);
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("receiverBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("receiverDetails"));
    m_details->setAutoRaise(true);
    connect(m_details, &QToolButton::clicked, this, &ReceiverCard::detailsRequested);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    top->addWidget(m_details, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_decision = new QLabel(this);
    m_rules = new QLabel(this);
    m_trust = new QLabel(this);
    for (QLabel *label : {m_decision, m_rules, m_trust}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    // Compact on the checklist screen, where the matrix needs the height: who wrote the fields
    // (the receiver itself, or an earlier hop) is said by the badge and the title; the sentence
    // that explains it is their tooltip, and in full on the Receiver's verdict tab.
    m_trust->hide();
    hide();
    ClipboardText::enableCardMenu(this);
    retranslateUi();
}

void ReceiverCard::setReport(const Report &report)
{
    m_verdicts = report.receiverChecked ? report.receiverVerdicts : QList<ReceiverVerdict>();
    m_message = report.message;
    retranslateUi();
}

void ReceiverCard::clear()
{
    m_verdicts.clear();
    m_message = Message();
    retranslateUi();
}

QString ReceiverCard::badgeText() const
{
    return m_badge->text();
}

QString ReceiverCard::titleText() const
{
    return m_title->text();
}

QString ReceiverCard::decisionText() const
{
    return m_decision->text();
}

QString ReceiverCard::rulesText() const
{
    return m_rules->isHidden() ? QString() : m_rules->text();
}

QString ReceiverCard::trustText() const
{
    return m_trust->text();
}

void ReceiverCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ReceiverCard::retranslateUi()
{
    //: Button on the receiver's verdict card: show the tab with every decoded field
    m_details->setText(tr("All fields…"));
    m_details->setToolTip(tr("Show every verdict field with its decoded values and raw text"));
    setVisible(!m_verdicts.isEmpty());
    if (m_verdicts.isEmpty())
        return;

    //: Two sentences in a row; Japanese joins them without a space
    const auto sentences = [](const QString &a, const QString &b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : tr("%1 %2", "two sentences").arg(a, b);
    };
    const ReceiverVerdict *shown = ReceiverText::primary(m_verdicts);
    if (!shown) {
        for (const ReceiverVerdict &verdict : std::as_const(m_verdicts)) {
            if (verdict.trusted) {
                shown = &verdict;
                break;
            }
        }
    }

    StatusStyle::Tone tone = StatusStyle::Tone::Unknown;
    if (shown) {
        tone = ReceiverText::tone(shown->verdict);
        m_badge->setText(ReceiverText::verdictWord(shown->verdict));
        //: Title of the receiver's verdict card; %1 is the receiver ("Microsoft 365 / Outlook.com")
        m_title->setText(tr("Receiver's verdict: %1").arg(ReceiverText::vendorName(*shown)));
        // The badge and the title say what it did and who; the checklist banner says it in a
        // sentence, so the card goes on with the score.
        m_decision->setText(ReceiverText::scoreText(*shown));
        const QList<ReceiverRule> rules = ReceiverText::topRules(*shown);
        m_rules->setText(rules.isEmpty() ? QString() : tr("Rules that weighed most: %1.").arg(ReceiverText::rulesText(rules)));
        m_rules->setVisible(!rules.isEmpty());
        QString trust = tr("From %1 (line %2), written by the receiving server itself: its own decision.")
                            .arg(shown->field)
                            .arg(shown->line);
        QStringList others;
        for (const ReceiverVerdict &verdict : std::as_const(m_verdicts)) {
            if (&verdict != shown && verdict.trusted && verdict.verdict != ReceiverVerdict::Verdict::Unknown)
                //: A field and its verdict word in a list ("X-Spam-Status: Tagged as spam")
                others.append(tr("%1: %2", "field, verdict").arg(verdict.field, ReceiverText::verdictWord(verdict.verdict)));
        }
        if (!others.isEmpty())
            trust = sentences(trust, tr("Also: %1.").arg(others.join(tr("; ", "field list"))));
        const int claims = int(std::count_if(m_verdicts.cbegin(), m_verdicts.cend(), [](const ReceiverVerdict &v) { return !v.trusted; }));
        if (claims > 0)
            trust = sentences(trust, tr("%n more field(s) from an earlier hop are only claims.", nullptr, claims));
        m_trust->setText(trust);
        m_decision->setVisible(!m_decision->text().isEmpty());
    } else {
        // Only claims: an earlier hop's fields.
        //: Badge of the receiver's verdict card when only an earlier hop's fields exist
        m_badge->setText(tr("Claims only"));
        m_title->setText(tr("Receiver's verdict: the receiving server wrote no verdict field"));
        QStringList lines;
        for (const ReceiverVerdict &verdict : std::as_const(m_verdicts)) {
            lines.append(sentences(ReceiverText::decisionSentence(verdict), ReceiverText::scoreText(verdict)));
            if (lines.size() == 2)
                break;
        }
        m_decision->setText(lines.join(u'\n'));
        m_decision->setVisible(true);
        const ReceiverVerdict &first = m_verdicts.first();
        const QList<ReceiverRule> rules = ReceiverText::topRules(first);
        m_rules->setText(rules.isEmpty() ? QString()
                                         : tr("Rules that weighed most in the claim: %1.").arg(ReceiverText::rulesText(rules)));
        m_rules->setVisible(!rules.isEmpty());
        m_trust->setText(tr("These fields were written before the message reached the receiving server: they are claims from "
                            "an earlier hop and say nothing certain about where the receiver put the message."));
    }
    // The evidence line: the field the card speaks of (the first claim when only claims exist).
    ClipboardText::setCardEvidence(
        this, ClipboardText::messageLine(m_message, shown ? shown->line : m_verdicts.first().line));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_badge, m_title, m_decision})
        widget->setToolTip(m_trust->text());
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 1px 6px; font-weight: bold; }")
                               .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name(),
                                    StatusStyle::border(tone).name()));
    setStyleSheet(QStringLiteral("#receiverCard { background: palette(base); border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(StatusStyle::border(tone).name()));
}

} // namespace kensa
