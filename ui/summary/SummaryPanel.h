#pragma once

#include "core/report/CustomerSummary.h"
#include "core/report/Report.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace kensa {

class HeadersView;

// The summary for the customer (issue 15 item 1): the most likely reason first, who can fix
// it, then the technical block with each claim's evidence as a link. A header line link asks
// the window to show that line; a DNS answer link shows the answer below the text. The
// summary's language is chosen apart from the program's (a Japanese helpdesk answering an
// English customer); Copy and Copy as Markdown put it on the clipboard in that language.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear();

    // "en" or "ja": the chosen language, or the program's when the chooser follows it.
    QString language() const;
    const CustomerSummary &summary() const { return m_summary; }
    // The summary as the buttons copy it.
    QString plainText() const;
    QString markdown() const;

    // Selects the header field that starts on `line` in the Headers tab's table (clearing its
    // filter's effect by looking through the model it shows); false when no row shows it.
    static bool selectHeaderLine(HeadersView *headers, int line);

    // For tests and screenshots.
    QTextBrowser *browser() const { return m_browser; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyMarkdownButton() const { return m_copyMarkdown; }
    QPlainTextEdit *dnsAnswerView() const { return m_dnsAnswer; }

signals:
    void headerLineRequested(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void openEvidence(const QUrl &url);
    void copy(bool asMarkdown);

    CustomerSummary m_summary;
    bool m_hasSummary = false;
    QLabel *m_title = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyMarkdown = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_dnsLabel = nullptr;
    QPlainTextEdit *m_dnsAnswer = nullptr;
    QLabel *m_copied = nullptr;
};

} // namespace kensa
