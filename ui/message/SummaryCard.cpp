#include "ui/message/SummaryCard.h"

#include "core/report/TextReport.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace kensa {

SummaryCard::SummaryCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("summaryCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#summaryCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("headersOnlyBadge"));
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #d9b84a; border-radius: 4px; padding: 2px 6px; }"));
    m_badge->hide();
    top->addWidget(m_title, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    outer->addLayout(top);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    outer->addLayout(m_grid);
    for (const char *id : {"from", "to", "date", "message_id", "size", "input"})
        addRow(QString::fromLatin1(id));
    retranslateUi();
}

void SummaryCard::addRow(const QString &id)
{
    auto *label = new QLabel(this);
    label->setObjectName(id + QStringLiteral("Label"));
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    auto *value = new QLabel(this);
    value->setObjectName(id + QStringLiteral("Value"));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = int(m_rows.size());
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(value, row, 1);
    m_rows.append({id, {label, value}});
}

void SummaryCard::setReport(const Report &report)
{
    m_report = report;
    m_hasReport = true;
    updateValues();
}

void SummaryCard::clear()
{
    m_hasReport = false;
    m_report = Report();
    updateValues();
}

QString SummaryCard::valueText(const QString &row) const
{
    for (const auto &[id, labels] : m_rows) {
        if (id == row)
            return labels.second->text();
    }
    if (row == u"subject")
        return m_title->text();
    return {};
}

QString SummaryCard::labelText(const QString &row) const
{
    for (const auto &[id, labels] : m_rows) {
        if (id == row)
            return labels.first->text();
    }
    return {};
}

void SummaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SummaryCard::retranslateUi()
{
    for (const auto &[id, labels] : m_rows) {
        QString text;
        if (id == u"from")
            text = tr("From");
        else if (id == u"to")
            text = tr("To");
        else if (id == u"date")
            text = tr("Date");
        else if (id == u"message_id")
            text = tr("Message-ID");
        else if (id == u"size")
            text = tr("Size");
        else if (id == u"input")
            text = tr("Input");
        labels.first->setText(text);
    }
    m_badge->setText(tr("Headers only"));
    m_badge->setToolTip(tr("Only the header section was supplied; checks that need the body "
                           "will say that they cannot be verified."));
    updateValues();
}

void SummaryCard::updateValues()
{
    const MessageSummary &s = m_report.summary;
    const QString none = tr("(none)", "missing header field");
    auto set = [this](const QString &row, const QString &value) {
        for (auto &[id, labels] : m_rows) {
            if (id == row)
                labels.second->setText(value);
        }
    };
    if (!m_hasReport) {
        m_title->clear();
        for (auto &[id, labels] : m_rows)
            labels.second->clear();
        m_badge->hide();
        return;
    }
    m_title->setText(m_report.message.field("Subject") ? (s.subject.isEmpty() ? tr("(empty subject)") : s.subject)
                                                       : tr("(no subject)"));
    set(QStringLiteral("from"), s.from.isEmpty() ? none : s.from);
    QString to = s.to.isEmpty() ? none : s.to;
    if (!s.cc.isEmpty())
        to = tr("%1 (Cc: %2)").arg(to, s.cc);
    set(QStringLiteral("to"), to);
    set(QStringLiteral("date"), s.date.isEmpty() ? none : s.date);
    set(QStringLiteral("message_id"), s.messageId.isEmpty() ? none : s.messageId);
    const QLocale locale;
    set(QStringLiteral("size"),
        tr("%1 (%n header field(s))", nullptr, int(m_report.message.headers().size()))
            .arg(locale.formattedDataSize(s.size, 1, QLocale::DataSizeTraditionalFormat)));
    QStringList input;
    const SourceInfo &src = m_report.source;
    if (src.origin == u"paste")
        input << tr("Pasted text");
    else if (src.origin == u"stdin")
        input << tr("Standard input");
    else
        input << src.file;
    if (src.index >= 0)
        input << tr("message %1 of the mailbox").arg(src.index + 1);
    if (!src.wrapper.isEmpty())
        input << tr("page text of %1 removed").arg(TextReport::wrapperName(src.wrapper));
    if (src.normalised.contains(u"outlook_msg_headers"_qs))
        input << tr("Outlook .msg: its Internet headers only");
    else if (src.normalised.contains(u"outlook_msg_signed"_qs))
        input << tr("Outlook .msg: its Internet headers and signed body");
    if (src.normalised.contains(u"lf_to_crlf"_qs) || src.normalised.contains(u"cr_to_crlf"_qs))
        input << tr("line endings normalised to CRLF");
    set(QStringLiteral("input"), input.join(QStringLiteral(" · ")));
    m_badge->setVisible(s.headersOnly);
}

} // namespace kensa
