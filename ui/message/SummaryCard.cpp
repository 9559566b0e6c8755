#include "ui/message/SummaryCard.h"

#include "core/report/TextReport.h"
#include "ui/style/DateText.h"
#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace kensa {

namespace {

const QString ExpandedSetting = QStringLiteral("summary/expanded");

// A label that, when told to, keeps to one line and ends in "…" instead of growing: the
// collapsed card's subject and sender. The whole text stays in text() and in the tooltip.
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setEliding(bool eliding)
    {
        m_eliding = eliding;
        // The policy first: word wrap then adds height-for-width to it.
        setSizePolicy(eliding ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Preferred);
        setWordWrap(!eliding && m_wraps);
        updateGeometry();
        update();
    }
    void setWraps(bool wraps)
    {
        m_wraps = wraps;
        setWordWrap(wraps && !m_eliding);
    }
    QSize minimumSizeHint() const override
    {
        if (!m_eliding)
            return QLabel::minimumSizeHint();
        const QMargins m = contentsMargins();
        return QSize(fontMetrics().averageCharWidth() * 8 + m.left() + m.right(),
                     fontMetrics().height() + m.top() + m.bottom());
    }
    QSize sizeHint() const override
    {
        if (!m_eliding)
            return QLabel::sizeHint();
        const QMargins m = contentsMargins();
        return QSize(fontMetrics().horizontalAdvance(text()) + m.left() + m.right(),
                     fontMetrics().height() + m.top() + m.bottom());
    }
    bool isElided() const
    {
        return m_eliding && fontMetrics().horizontalAdvance(text()) > contentsRect().width();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!m_eliding) {
            QLabel::paintEvent(event);
            return;
        }
        QPainter painter(this);
        const QRect area = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        style()->drawItemText(&painter, area, int(Qt::AlignLeft | Qt::AlignVCenter), palette(), isEnabled(), shown,
                              foregroundRole());
    }

private:
    bool m_eliding = false;
    bool m_wraps = false;
};

} // namespace

SummaryCard::SummaryCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("summaryCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#summaryCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    outer->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("summaryExpand"));
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_title = new ElidingLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    static_cast<ElidingLabel *>(m_title)->setWraps(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_brief = new ElidingLabel(this);
    m_brief->setObjectName(QStringLiteral("summaryBrief"));
    m_brief->setTextFormat(Qt::PlainText);
    m_brief->setForegroundRole(QPalette::PlaceholderText);
    static_cast<ElidingLabel *>(m_brief)->setEliding(true);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("headersOnlyBadge"));
    m_badge->hide();
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    top->addWidget(m_title, 3);
    top->addWidget(m_brief, 2);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    outer->addLayout(top);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    outer->addLayout(m_grid);
    for (const char *id : {"from", "to", "date", "message_id", "size", "input"})
        addRow(QString::fromLatin1(id));
    m_expanded = QSettings().value(ExpandedSetting, false).toBool();
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        if (on == m_expanded)
            return;
        m_expanded = on;
        QSettings().setValue(ExpandedSetting, on);
        updateExpansion();
    });
    updateExpansion();
    retranslateUi();
}

void SummaryCard::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

QString SummaryCard::briefText() const
{
    return m_brief->text();
}

void SummaryCard::updateExpansion()
{
    m_toggle->setChecked(m_expanded);
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    static_cast<ElidingLabel *>(m_title)->setEliding(!m_expanded);
    m_brief->setVisible(!m_expanded);
    for (const auto &[id, labels] : std::as_const(m_rows)) {
        labels.first->setVisible(m_expanded);
        labels.second->setVisible(m_expanded);
    }
    m_toggle->setToolTip(m_expanded ? tr("Show the summary on one line") : tr("Show every field of the summary"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
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
    m_toggle->setToolTip(m_expanded ? tr("Show the summary on one line") : tr("Show every field of the summary"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
    // The same colours as a warning badge, so they follow a dark palette too.
    const StatusStyle::Tone risk = StatusStyle::Tone::Risk;
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 2px 6px; }")
                               .arg(StatusStyle::background(risk).name(), StatusStyle::foreground(risk).name(),
                                    StatusStyle::border(risk).name()));
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
        m_title->setToolTip({});
        m_brief->clear();
        m_brief->setToolTip({});
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
    // In the reader's time zone, with the field as written beside it.
    set(QStringLiteral("date"), s.date.isEmpty() ? none : DateText::withOriginal(s.dateTime, s.date));
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
    m_title->setToolTip(m_title->text());
    // The collapsed line: who sent it and when, in the reader's time zone.
    const QString when = s.dateTime.isValid() ? DateText::local(s.dateTime) : s.date;
    QStringList brief{s.from.isEmpty() ? none : s.from};
    if (!when.isEmpty())
        brief << when;
    m_brief->setText(brief.join(QStringLiteral(" · ")));
    m_brief->setToolTip(tr("From: %1\nDate: %2").arg(s.from.isEmpty() ? none : s.from,
                                                       s.date.isEmpty() ? none : DateText::withOriginal(s.dateTime, s.date)));
}

} // namespace kensa
