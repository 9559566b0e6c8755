#include "ui/PasteDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kensa {

PasteDialog::PasteDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteDialog"));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("pasteEditor"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PasteDialog::updateButtons);
    retranslateUi();
    updateButtons();
}

QByteArray PasteDialog::text() const
{
    return m_edit->toPlainText().toUtf8();
}

void PasteDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void PasteDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_edit->document()->isEmpty());
}

void PasteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PasteDialog::retranslateUi()
{
    setWindowTitle(tr("Paste Message Source"));
    m_hint->setText(tr("Paste the whole message source here: Gmail \"Show original\", Outlook "
                       "\"View message source\", Yahoo \"View raw message\" or Apple Mail "
                       "\"Raw Source\". The page text around the message is removed "
                       "automatically. The header section alone is enough for most checks."));
    m_edit->setPlaceholderText(tr("Received: from mail.example.com …\nDKIM-Signature: v=1; a=rsa-sha256; …\nFrom: …"));
    m_edit->setAccessibleName(tr("Message source"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Analyse"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace kensa
