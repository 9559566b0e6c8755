#include "ui/auth/DkimCard.h"

#include "core/i18n/Explanations.h"
#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kensa {

DkimCard::DkimCard(const DkimResult &result, QWidget *parent)
    : QFrame(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("dkimCard"));
    const StatusStyle::Tone tone = StatusStyle::toneOfResult(result.result);
    setStyleSheet(QStringLiteral("#dkimCard { background: palette(base); border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(StatusStyle::border(tone).name()));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("dkimBadge"));
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
    m_verdicts->setTextFormat(Qt::PlainText);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_details->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_details->setPalette(pal);
    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("dkimDifference"));
    m_difference->setWordWrap(true);
    m_difference->setTextFormat(Qt::PlainText);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const StatusStyle::Tone risk = StatusStyle::Tone::Risk;
    m_difference->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 6px; }")
                                    .arg(StatusStyle::background(risk).name(), StatusStyle::foreground(risk).name()));
    m_difference->hide();
    layout->addWidget(m_verdicts);
    layout->addWidget(m_difference);
    layout->addWidget(m_explanation);
    layout->addWidget(m_details);
    retranslateUi();
}

QString DkimCard::statusText() const
{
    return m_badge->text();
}

QColor DkimCard::statusColor() const
{
    return StatusStyle::background(StatusStyle::toneOfResult(m_result.result));
}

void DkimCard::setDifference(const Finding &difference)
{
    m_differenceFinding = difference;
    retranslateUi();
}

QString DkimCard::differenceText() const
{
    return m_difference->isHidden() ? QString() : m_difference->text();
}

void DkimCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DkimCard::retranslateUi()
{
    const DkimResult &r = m_result;
    m_badge->setText(StatusStyle::resultText(r.result));
    QString key;
    if (!r.keyType.isEmpty()) {
        key = r.keyType == u"ed25519" ? tr("Ed25519 key") : tr("%1-bit RSA key").arg(r.keyBits);
    }
    m_title->setText(key.isEmpty()
                         ? tr("Signature %1 by %2 (selector %3, %4)").arg(r.index + 1).arg(r.domain, r.selector, r.algorithm)
                         : tr("Signature %1 by %2 (selector %3, %4, %5)").arg(r.index + 1).arg(r.domain, r.selector, r.algorithm, key));
    const auto word = [](const QString &result) {
        // The translated word, and the RFC 8601 token people search for.
        return result.isEmpty() ? StatusStyle::resultText(result) : tr("%1 (%2)", "result word, RFC 8601 token").arg(StatusStyle::resultText(result), result);
    };
    if (r.recordedBy.isEmpty())
        m_verdicts->setText(tr("Recorded by the receiver: %1    Re-verified now: %2").arg(word(r.recorded), word(r.result)));
    else
        m_verdicts->setText(tr("Recorded by %1: %2    Re-verified now: %3").arg(r.recordedBy, word(r.recorded), word(r.result)));
    m_difference->setVisible(!m_differenceFinding.key.isEmpty());
    if (!m_differenceFinding.key.isEmpty())
        m_difference->setText(Explanations::text(m_differenceFinding));

    QStringList explanation{Explanations::text(Finding{r.reason, Severity::Info, r.reasonArgs, r.line, {}})};
    for (const Finding &f : r.findings)
        explanation.append(Explanations::text(f));
    m_explanation->setText(explanation.join(u'\n'));

    QStringList details;
    details << tr("Signed header fields: %1").arg(r.signedHeaders.join(QStringLiteral(", ")));
    details << tr("Canonicalization: %1").arg(r.canonicalization);
    switch (r.bodyHash) {
    case DkimResult::BodyHash::Match:
        details << tr("Body hash: matches (%1)").arg(QString::fromLatin1(r.claimedBodyHash));
        break;
    case DkimResult::BodyHash::Mismatch:
        details << tr("Body hash: the signature says %1, the body gives %2")
                       .arg(QString::fromLatin1(r.claimedBodyHash), QString::fromLatin1(r.computedBodyHash));
        break;
    case DkimResult::BodyHash::NotSupplied:
        details << tr("Body hash: not checked, the body was not supplied");
        break;
    case DkimResult::BodyHash::NotChecked:
        break;
    }
    // A key is one long base64 word that cannot wrap: shown cut, whole in the tooltip.
    constexpr int shownKeyChars = 72;
    details << tr("Key record %1: %2").arg(r.keyName, r.keyRecord.isEmpty() ? tr("(none)") : QString::fromLatin1(r.keyRecord.left(shownKeyChars)) + (r.keyRecord.size() > shownKeyChars ? QStringLiteral("…") : QString()));
    m_details->setText(details.join(u'\n'));
    m_details->setToolTip(r.keyRecord.isEmpty() ? QString() : QString::fromLatin1(r.keyRecord));
}

} // namespace kensa
