#pragma once

#include "core/report/HtmlReport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace kensa {

// File > Export…: the format (HTML, PDF or the JSON report) and what the HTML and PDF show.
// The message body is never included unless the box is ticked for this export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Html, Pdf, Json };

    explicit ExportDialog(QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    HtmlReportOptions options() const;
    // The file name suffix of the chosen format ("html", "pdf", "json").
    static QString suffix(Format format);

    // The dialog's choices, remembered for the next export (never the body box).
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOptions();

    QGroupBox *m_formatBox = nullptr;
    QButtonGroup *m_formats = nullptr;
    QRadioButton *m_html = nullptr;
    QRadioButton *m_pdf = nullptr;
    QRadioButton *m_json = nullptr;
    QGroupBox *m_contentsBox = nullptr;
    QCheckBox *m_includeBody = nullptr;
    QCheckBox *m_redact = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kensa
