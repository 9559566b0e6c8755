#include "ui/AboutDialog.h"

#include "core/base/LibraryVersions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kensa {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString AboutDialog::versionsText() const
{
    return m_text->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Kensa"));
    QString rows;
    for (const auto &[name, version] : LibraryVersions::all())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    m_text->setText(QStringLiteral("<h2>Kensa %1</h2><p>%2</p><p>%3</p><table>%4</table>")
                        .arg(QStringLiteral(KENSA_VERSION),
                             tr("Re-verifies why an email was delivered, sent to spam or rejected, "
                                "and checks it against the sender requirements of Gmail, Yahoo, "
                                "Apple and Outlook.com."),
                             tr("Built with these libraries:"),
                             rows));
}

} // namespace kensa
