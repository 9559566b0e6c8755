#include "ui/summary/SummaryPanel.h"

#include "core/i18n/Localization.h"
#include "ui/message/HeaderTableModel.h"
#include "ui/message/HeadersView.h"
#include "ui/style/StatusStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace kensa {

namespace {

const QString LanguageKey = QStringLiteral("summary/language");

StatusStyle::Tone toneOf(const SummaryPoint &point)
{
    if (point.kind == u"auth_pass")
        return StatusStyle::Tone::Good;
    switch (point.severity) {
    case Severity::Error:
        return StatusStyle::Tone::Bad;
    case Severity::Warning:
        return StatusStyle::Tone::Risk;
    case Severity::Notice:
        return StatusStyle::Tone::Unknown;
    case Severity::Info:
        break;
    }
    return StatusStyle::Tone::Neutral;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *controls = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("summaryLanguage"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(8);
    m_language->addItem(QString(), QString());
    // Each language is named in itself, as in the Language menu.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_languageLabel->setBuddy(m_language);
    const int saved = m_language->findData(QSettings().value(LanguageKey).toString());
    m_language->setCurrentIndex(saved > 0 ? saved : 0);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(LanguageKey, m_language->currentData().toString());
        render();
    });
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("summaryCopy"));
    m_copyMarkdown = new QPushButton(this);
    m_copyMarkdown->setObjectName(QStringLiteral("summaryCopyMarkdown"));
    connect(m_copy, &QPushButton::clicked, this, [this] { copy(false); });
    connect(m_copyMarkdown, &QPushButton::clicked, this, [this] { copy(true); });
    // Two short rows, so the panel stays narrow beside the tabs at 1280×800.
    controls->addWidget(m_languageLabel);
    controls->addWidget(m_language, 1);
    layout->addLayout(controls);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyMarkdown);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("summaryCopied"));
    m_copied->hide();
    layout->addWidget(m_copied);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("summaryText"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setMinimumWidth(220);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &SummaryPanel::openEvidence);
    layout->addWidget(m_browser, 1);

    m_dnsLabel = new QLabel(this);
    m_dnsAnswer = new QPlainTextEdit(this);
    m_dnsAnswer->setObjectName(QStringLiteral("summaryDnsAnswer"));
    m_dnsAnswer->setReadOnly(true);
    m_dnsAnswer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_dnsAnswer->setMaximumHeight(90);
    m_dnsLabel->setBuddy(m_dnsAnswer);
    m_dnsLabel->hide();
    m_dnsAnswer->hide();
    layout->addWidget(m_dnsLabel);
    layout->addWidget(m_dnsAnswer);

    retranslateUi();
}

void SummaryPanel::setReport(const Report &report)
{
    m_summary = CustomerSummary::fromReport(report);
    m_hasSummary = true;
    m_dnsLabel->hide();
    m_dnsAnswer->hide();
    render();
}

void SummaryPanel::clear()
{
    m_summary = CustomerSummary();
    m_hasSummary = false;
    m_dnsLabel->hide();
    m_dnsAnswer->hide();
    render();
}

QString SummaryPanel::language() const
{
    const QString chosen = m_language->currentData().toString();
    return chosen.isEmpty() ? Localization::current() : chosen;
}

QString SummaryPanel::plainText() const
{
    return CustomerSummary::render(m_summary, language(), CustomerSummary::Format::PlainText);
}

QString SummaryPanel::markdown() const
{
    return CustomerSummary::render(m_summary, language(), CustomerSummary::Format::Markdown);
}

bool SummaryPanel::selectHeaderLine(HeadersView *headers, int line)
{
    QTableView *table = headers ? headers->table() : nullptr;
    QAbstractItemModel *model = table ? table->model() : nullptr;
    if (!model)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, HeaderTableModel::LineColumn);
        if (index.data().toInt() == line) {
            table->selectRow(row);
            table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SummaryPanel::retranslateUi()
{
    //: Title of the panel with the answer a helpdesk sends about the open message
    m_title->setText(tr("Summary for the customer"));
    // In a dock, the dock's title bar names the panel (and its entry in the window's menu).
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget()))
        dock->setWindowTitle(tr("Summary"));
    m_languageLabel->setText(tr("&Language of the summary:"));
    m_language->setItemText(0, tr("Same as the program"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the summary and its technical details as plain text"));
    m_copyMarkdown->setText(tr("Copy as &Markdown"));
    m_copyMarkdown->setToolTip(tr("Copy the summary and its technical details as Markdown"));
    m_dnsLabel->setText(tr("DNS answer used by the analysis:"));
    m_browser->setAccessibleName(tr("Summary for the customer"));
    m_copied->setText(tr("Copied to the clipboard."));
    // Following the program's language, the summary changes with it.
    render();
}

void SummaryPanel::render()
{
    const QString lang = language();
    m_copy->setEnabled(m_hasSummary);
    m_copyMarkdown->setEnabled(m_hasSummary);
    if (!m_hasSummary) {
        m_browser->setHtml(u"<p>"_qs + escaped(tr("Open a message to see the most likely reason for how it was treated, in words you can send to the customer.")) + u"</p>"_qs);
        return;
    }
    const QPalette pal = palette();
    QString html;
    html += u"<h3>"_qs + escaped(CustomerSummary::heading(QStringLiteral("customer"), lang)) + u"</h3>"_qs;
    if (m_summary.points.isEmpty())
        html += u"<p>"_qs + escaped(CustomerSummary::heading(QStringLiteral("empty"), lang)) + u"</p>"_qs;
    for (qsizetype i = 0; i < m_summary.points.size(); ++i) {
        const SummaryPoint &p = m_summary.points.at(i);
        const StatusStyle::Tone tone = toneOf(p);
        html += QStringLiteral("<p><span style=\"color:%1\">&#9679;</span> <b>%2.</b> %3</p>")
                    .arg(StatusStyle::border(tone, pal).name())
                    .arg(i + 1)
                    .arg(escaped(CustomerSummary::customerText(p, lang)));
        const QString party = CustomerSummary::partyText(p, m_summary.fromDomain, lang);
        const QString fix = CustomerSummary::fixText(p, lang);
        if (!party.isEmpty() || !fix.isEmpty()) {
            html += u"<p style=\"margin-left:18px\">"_qs;
            if (!party.isEmpty())
                html += u"<b>"_qs + escaped(party) + u"</b>"_qs;
            if (!party.isEmpty() && !fix.isEmpty())
                html += u"<br>"_qs;
            html += escaped(fix) + u"</p>"_qs;
        }
    }
    html += u"<hr><h4>"_qs + escaped(CustomerSummary::heading(QStringLiteral("technical"), lang)) + u"</h4>"_qs;
    const QString muted = StatusStyle::muted(pal).name();
    for (qsizetype i = 0; i < m_summary.points.size(); ++i) {
        const SummaryPoint &p = m_summary.points.at(i);
        html += QStringLiteral("<p><b>%1. %2</b><br>").arg(i + 1).arg(escaped(CustomerSummary::kindLabel(p.kind, lang)));
        const QStringList lines = CustomerSummary::technicalText(p, lang).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            html += escaped(line) + u"<br>"_qs;
        html += u"</p>"_qs;
        if (p.evidence.isEmpty())
            continue;
        html += QStringLiteral("<p style=\"margin-left:18px\"><span style=\"color:%1\">%2</span><br>")
                    .arg(muted, escaped(CustomerSummary::heading(QStringLiteral("evidence"), lang)));
        for (qsizetype j = 0; j < p.evidence.size(); ++j) {
            const SummaryEvidence &e = p.evidence.at(j);
            const QString href = e.kind == SummaryEvidence::Kind::Header ? QStringLiteral("line:%1").arg(e.line)
                                                                          : QStringLiteral("dns:%1:%2").arg(i).arg(j);
            html += QStringLiteral("<a href=\"%1\">%2</a> <span style=\"color:%3\">%4</span><br>")
                        .arg(href, escaped(CustomerSummary::evidenceLabel(e, lang)), muted, escaped(e.text.left(100)));
        }
        html += u"</p>"_qs;
    }
    m_browser->setHtml(html);
}

void SummaryPanel::openEvidence(const QUrl &url)
{
    const QString text = url.toString();
    if (text.startsWith(u"line:")) {
        const int line = text.mid(5).toInt();
        if (line > 0)
            emit headerLineRequested(line);
        return;
    }
    if (text.startsWith(u"dns:")) {
        const QStringList parts = text.split(u':');
        const int point = parts.value(1).toInt();
        const int item = parts.value(2).toInt();
        if (point < 0 || point >= m_summary.points.size() || item < 0 || item >= m_summary.points.at(point).evidence.size())
            return;
        const SummaryEvidence &e = m_summary.points.at(point).evidence.at(item);
        m_dnsAnswer->setPlainText(QStringLiteral("%1 %2\n%3").arg(e.dnsName, e.dnsType, e.text));
        m_dnsLabel->show();
        m_dnsAnswer->show();
    }
}

void SummaryPanel::copy(bool asMarkdown)
{
    if (!m_hasSummary)
        return;
    auto *data = new QMimeData;
    const QString text = asMarkdown ? markdown() : plainText();
    data->setText(text);
    if (asMarkdown)
        data->setData(QStringLiteral("text/markdown"), text.toUtf8());
    QApplication::clipboard()->setMimeData(data);
    m_copied->show();
    QTimer::singleShot(3000, m_copied, &QWidget::hide);
}

} // namespace kensa
