#include "ui/export/ExportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kensa {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);

    m_formatBox = new QGroupBox(this);
    auto *formatLayout = new QVBoxLayout(m_formatBox);
    m_formats = new QButtonGroup(this);
    m_html = new QRadioButton(m_formatBox);
    m_html->setObjectName(QStringLiteral("formatHtml"));
    m_pdf = new QRadioButton(m_formatBox);
    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_json = new QRadioButton(m_formatBox);
    m_json->setObjectName(QStringLiteral("formatJson"));
    m_formats->addButton(m_html, int(Format::Html));
    m_formats->addButton(m_pdf, int(Format::Pdf));
    m_formats->addButton(m_json, int(Format::Json));
    formatLayout->addWidget(m_html);
    formatLayout->addWidget(m_pdf);
    formatLayout->addWidget(m_json);
    layout->addWidget(m_formatBox);

    m_contentsBox = new QGroupBox(this);
    auto *contentsLayout = new QVBoxLayout(m_contentsBox);
    m_includeBody = new QCheckBox(m_contentsBox);
    m_includeBody->setObjectName(QStringLiteral("includeBody"));
    m_redact = new QCheckBox(m_contentsBox);
    m_redact->setObjectName(QStringLiteral("redactRecipients"));
    contentsLayout->addWidget(m_includeBody);
    contentsLayout->addWidget(m_redact);
    m_note = new QLabel(m_contentsBox);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    contentsLayout->addWidget(m_note);
    layout->addWidget(m_contentsBox);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    const QSettings settings;
    const int format = settings.value(QStringLiteral("export/format"), int(Format::Html)).toInt();
    setFormat(format >= 0 && format <= int(Format::Json) ? Format(format) : Format::Html);
    m_redact->setChecked(settings.value(QStringLiteral("export/redactRecipients"), false).toBool());
    m_includeBody->setChecked(false);
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateOptions();
    });
    retranslateUi();
    updateOptions();
}

ExportDialog::Format ExportDialog::format() const
{
    const int id = m_formats->checkedId();
    return id < 0 ? Format::Html : Format(id);
}

void ExportDialog::setFormat(Format format)
{
    if (QAbstractButton *button = m_formats->button(int(format)))
        button->setChecked(true);
}

HtmlReportOptions ExportDialog::options() const
{
    HtmlReportOptions options;
    options.includeBody = m_includeBody->isChecked();
    options.redactRecipients = m_redact->isChecked();
    return options;
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), int(format()));
    settings.setValue(QStringLiteral("export/redactRecipients"), m_redact->isChecked());
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::updateOptions()
{
    // The JSON report is the whole analysis as kensa-cli --json writes it: these choices are
    // the HTML and PDF report's.
    const bool json = format() == Format::Json;
    m_includeBody->setEnabled(!json);
    m_redact->setEnabled(!json);
    m_note->setVisible(json);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Report"));
    m_formatBox->setTitle(tr("Format"));
    m_html->setText(tr("&HTML report (.html): one file, opens in any browser"));
    m_pdf->setText(tr("&PDF report (.pdf): A4 pages, for attaching and printing"));
    m_json->setText(tr("&JSON report (.json): the complete analysis, for scripts"));
    m_contentsBox->setTitle(tr("Contents of the HTML and PDF report"));
    m_includeBody->setText(tr("Include the message &body"));
    m_includeBody->setToolTip(tr("Off: nothing of the body is in the report, only the analysis of the headers and signatures."));
    m_redact->setText(tr("&Mask the recipients' addresses (local parts)"));
    m_redact->setToolTip(tr("To, Cc, Delivered-To and the recipients named in Received fields show as ***@example.com."));
    m_note->setText(tr("The JSON report holds the whole analysis as kensa-cli --json writes it; these choices do not apply to it."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
}

} // namespace kensa
