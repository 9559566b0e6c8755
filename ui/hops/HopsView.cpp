#include "ui/hops/HopsView.h"

#include "core/i18n/Explanations.h"
#include "ui/style/ClipboardText.h"
#include "ui/style/DateText.h"
#include "ui/style/StatusStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kensa {

namespace {

// The address scope in words (core names it with a token).
QString scopeText(const QString &scope)
{
    if (scope == u"private")
        return HopsView::tr("private network");
    if (scope == u"loopback")
        return HopsView::tr("loopback");
    if (scope == u"cgnat")
        return HopsView::tr("carrier-grade NAT");
    if (scope == u"link_local")
        return HopsView::tr("link-local");
    if (scope == u"documentation")
        return HopsView::tr("documentation range");
    if (scope == u"benchmarking")
        return HopsView::tr("benchmarking range");
    if (scope == u"multicast")
        return HopsView::tr("multicast");
    if (scope == u"unspecified")
        return HopsView::tr("unspecified");
    if (scope == u"invalid")
        return HopsView::tr("invalid");
    return HopsView::tr("reserved");
}


enum Column { IndexColumn, FromColumn, IpColumn, ByColumn, ProtocolColumn, TlsColumn, DateColumn, DelayColumn, TrustColumn, ColumnCount };
enum Page { TimelinePage, TablePage };

constexpr int BarWidth = 220;

// The delay since the previous hop as a bar, scaled to the longest delay of the message.
class DelayBar : public QWidget
{
public:
    DelayBar(qint64 seconds, qint64 longest, QWidget *parent)
        : QWidget(parent)
        , m_seconds(seconds)
        , m_longest(longest)
    {
        setFixedSize(BarWidth, 10);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(QRectF(rect()), 3, 3);
        if (m_longest <= 0 || m_seconds == 0)
            return;
        const qint64 magnitude = m_seconds < 0 ? -m_seconds : m_seconds;
        const double fill = std::max(3.0, double(width()) * double(magnitude) / double(m_longest));
        const StatusStyle::Tone tone = m_seconds < 0 ? StatusStyle::Tone::Risk : StatusStyle::Tone::Neutral;
        p.setBrush(m_seconds < 0 ? StatusStyle::border(tone) : palette().color(QPalette::Highlight));
        p.drawRoundedRect(QRectF(0, 0, std::min(fill, double(width())), height()), 3, 3);
    }

private:
    qint64 m_seconds;
    qint64 m_longest;
};

// A padlock drawn in the text colour, so it needs no icon theme and no emoji font.
QPixmap lockPixmap(const QWidget *widget)
{
    const int h = widget->fontMetrics().height();
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(h, h) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusStyle::border(StatusStyle::Tone::Good);
    const qreal w = h * 0.62;
    const qreal left = (h - w) / 2;
    const QRectF body(left, h * 0.45, w, h * 0.45);
    QPen pen(colour, std::max(1.5, h / 9.0));
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    const qreal sw = w * 0.62;
    const qreal sl = left + (w - sw) / 2;
    shackle.moveTo(sl, body.top());
    shackle.lineTo(sl, h * 0.3);
    shackle.arcTo(QRectF(sl, h * 0.1, sw, sw), 180, -180);
    shackle.lineTo(sl + sw, body.top());
    p.drawPath(shackle);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(body, 1.5, 1.5);
    return pixmap;
}

// The boundary mark: an arrow going down into an open tray, "the message entered here", drawn
// so that the boundary hop is told apart by shape and word as well as by colour.
QPixmap boundaryPixmap(const QWidget *widget)
{
    const int h = widget->fontMetrics().height();
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(h, h) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusStyle::foreground(StatusStyle::Tone::Good);
    QPen pen(colour, std::max(1.5, h / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal mid = h / 2.0;
    // The tray.
    QPainterPath tray;
    tray.moveTo(h * 0.15, h * 0.55);
    tray.lineTo(h * 0.15, h * 0.88);
    tray.lineTo(h * 0.85, h * 0.88);
    tray.lineTo(h * 0.85, h * 0.55);
    p.drawPath(tray);
    // The arrow into it.
    p.drawLine(QPointF(mid, h * 0.08), QPointF(mid, h * 0.68));
    QPainterPath head;
    head.moveTo(mid - h * 0.2, h * 0.48);
    head.lineTo(mid, h * 0.7);
    head.lineTo(mid + h * 0.2, h * 0.48);
    p.drawPath(head);
    return pixmap;
}

QLabel *badge(const QString &text, StatusStyle::Tone tone, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 6px; }")
                             .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name()));
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

// The hop's one TLS fact, as the JSON report and the checklist read it.
bool usedTls(const ReceivedHop &hop)
{
    return hop.tls == HopTls::Encrypted;
}

// The client as the receiver saw it: its reverse-DNS name, else the name it gave in HELO.
QString clientName(const ReceivedHop &hop)
{
    if (!hop.fromReverse.isEmpty() && !hop.fromHelo.isEmpty()
        && hop.fromReverse.compare(hop.fromHelo, Qt::CaseInsensitive) != 0)
        //: %1 is the client's reverse-DNS name, %2 the name it gave in HELO/EHLO
        return HopsView::tr("%1 (HELO %2)").arg(hop.fromReverse, hop.fromHelo);
    return !hop.fromReverse.isEmpty() ? hop.fromReverse : hop.fromHelo;
}

} // namespace

HopsView::HopsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hopsView"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hopsSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_toggle = new QWidget(this);
    auto *toggleLayout = new QHBoxLayout(m_toggle);
    toggleLayout->setContentsMargins(0, 0, 0, 0);
    toggleLayout->setSpacing(0);
    m_toggleGroup = new QButtonGroup(this);
    m_timelineButton = new QToolButton(m_toggle);
    m_timelineButton->setObjectName(QStringLiteral("hopsTimelineButton"));
    m_tableButton = new QToolButton(m_toggle);
    m_tableButton->setObjectName(QStringLiteral("hopsTableButton"));
    for (QToolButton *button : {m_timelineButton, m_tableButton}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        toggleLayout->addWidget(button);
    }
    m_toggleGroup->addButton(m_timelineButton, TimelinePage);
    m_toggleGroup->addButton(m_tableButton, TablePage);
    m_timelineButton->setChecked(true);
    top->addWidget(m_summary, 1);
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("hopsFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
                                  .arg(StatusStyle::background(StatusStyle::Tone::Risk).name(),
                                       StatusStyle::foreground(StatusStyle::Tone::Risk).name(),
                                       StatusStyle::border(StatusStyle::Tone::Risk).name()));
    layout->addWidget(m_findings);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("hopsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_empty);

    m_stack = new QStackedWidget(this);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("hopsTimeline"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_timeline = new QWidget(m_scroll);
    m_timelineLayout = new QVBoxLayout(m_timeline);
    m_timelineLayout->setSpacing(2);
    m_scroll->setWidget(m_timeline);
    m_table = new QTableWidget(0, ColumnCount, m_stack);
    m_table->setObjectName(QStringLiteral("hopsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_stack->insertWidget(TimelinePage, m_scroll);
    m_stack->insertWidget(TablePage, m_table);
    layout->addWidget(m_stack, 1);
    connect(m_toggleGroup, &QButtonGroup::idClicked, m_stack, &QStackedWidget::setCurrentIndex);
    // A table row copies as its hop's box does.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        QMenu *menu = index.isValid() ? createHopMenu(index.row()) : nullptr;
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    retranslateUi();
}

void HopsView::setReport(const Report &report)
{
    m_hops = report.hops;
    m_hasReport = true;
    retranslateUi();
}

int HopsView::hopCount() const
{
    return int(m_hops.hops.size());
}

QList<QFrame *> HopsView::hopBoxes() const
{
    QList<QFrame *> boxes;
    for (QFrame *box : m_timeline->findChildren<QFrame *>(QStringLiteral("hopBox"), Qt::FindDirectChildrenOnly))
        boxes << box;
    std::sort(boxes.begin(), boxes.end(), [](const QFrame *a, const QFrame *b) { return a->property("index").toInt() < b->property("index").toInt(); });
    return boxes;
}

QString HopsView::summaryText() const
{
    return m_summary->text();
}

QString HopsView::findingsText() const
{
    return m_findings->isHidden() ? QString() : m_findings->text();
}

void HopsView::showTable(bool table)
{
    (table ? m_tableButton : m_timelineButton)->setChecked(true);
    m_stack->setCurrentIndex(table ? TablePage : TimelinePage);
}

bool HopsView::isTableShown() const
{
    return m_stack->currentIndex() == TablePage;
}

QString HopsView::durationText(qint64 seconds)
{
    if (seconds < 0)
        return u"−"_qs + durationText(-seconds); // U+2212, a clock skew
    if (seconds < 60)
        //: seconds, abbreviated
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const qint64 m = seconds / 60, s = seconds % 60;
        //: minutes and seconds, abbreviated
        return s == 0 ? tr("%1 min").arg(m) : tr("%1 min %2 s").arg(m).arg(s);
    }
    if (seconds < 86400) {
        const qint64 h = seconds / 3600, m = seconds % 3600 / 60;
        //: hours and minutes, abbreviated
        return m == 0 ? tr("%1 h").arg(h) : tr("%1 h %2 min").arg(h).arg(m);
    }
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600;
    //: days and hours, abbreviated
    return h == 0 ? tr("%1 d").arg(d) : tr("%1 d %2 h").arg(d).arg(h);
}

void HopsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HopsView::retranslateUi()
{
    m_timelineButton->setText(tr("Timeline"));
    m_timelineButton->setToolTip(tr("Show the hops as a journey from the sender to the recipient"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the hops as a table"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("From"), tr("IP"), tr("By"), tr("Protocol"), tr("TLS"),
                                        tr("Date"), tr("Delay"), tr("Trusted")});

    const int n = hopCount();
    const bool empty = m_hasReport && n == 0;
    m_empty->setText(tr("This message has no Received fields: it was not received over SMTP, or only its body was pasted."));
    m_empty->setVisible(empty);
    m_summary->setVisible(n > 0);
    m_toggle->setVisible(n > 0);
    m_stack->setVisible(n > 0);
    if (!m_hops.hasTotal)
        m_summary->setText(tr("%n hop(s); the total delivery time is unknown because a date is missing or unreadable.", nullptr, n));
    else
        //: %1 is a duration such as "1 h 2 min"
        m_summary->setText(tr("%n hop(s), delivered in %1 from the first to the last.", nullptr, n)
                               .arg(durationText(m_hops.totalSeconds)));

    QStringList findings;
    for (const Finding &f : std::as_const(m_hops.findings))
        findings << u"• "_qs + Explanations::text(f);
    m_findings->setText(findings.join(u'\n'));
    m_findings->setVisible(!findings.isEmpty());

    rebuildTimeline();
    fillTable();
}

void HopsView::rebuildTimeline()
{
    // Texts are set when the boxes are built, so a language change builds them again.
    while (QLayoutItem *item = m_timelineLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_hops.hops.isEmpty())
        return;
    qint64 longest = 0;
    for (const HopTimeline::Hop &h : std::as_const(m_hops.hops)) {
        if (h.hasDelay)
            longest = std::max(longest, h.delaySeconds < 0 ? -h.delaySeconds : h.delaySeconds);
    }
    QLabel *sender = mutedLabel(tr("Sender (oldest hop)"), m_timeline);
    sender->setObjectName(QStringLiteral("hopsSenderEnd"));
    m_timelineLayout->addWidget(sender);
    for (const HopTimeline::Hop &h : std::as_const(m_hops.hops)) {
        if (h.index > 0)
            m_timelineLayout->addWidget(makeDelayRow(h, longest));
        m_timelineLayout->addWidget(makeHopBox(h));
    }
    QLabel *recipient = mutedLabel(tr("Recipient (newest hop)"), m_timeline);
    recipient->setObjectName(QStringLiteral("hopsRecipientEnd"));
    m_timelineLayout->addWidget(recipient);
    m_timelineLayout->addStretch(1);
}

QWidget *HopsView::makeDelayRow(const HopTimeline::Hop &hop, qint64 longest)
{
    auto *row = new QWidget(m_timeline);
    row->setObjectName(QStringLiteral("hopDelay"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(24, 0, 0, 0);
    auto *arrow = new QLabel(QStringLiteral("↓"), row);
    QFont big = arrow->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    arrow->setFont(big);
    layout->addWidget(arrow);
    QString text;
    if (!hop.hasDelay) {
        text = tr("delay unknown: a date is missing or unreadable");
    } else {
        layout->addWidget(new DelayBar(hop.delaySeconds, longest, row));
        text = hop.delaySeconds < 0
                   //: %1 is a negative duration such as "−18 s"
                   ? tr("%1: dated before the previous hop (clock skew)").arg(durationText(hop.delaySeconds))
                   : durationText(hop.delaySeconds);
    }
    QLabel *label = hop.delaySeconds < 0 ? badge(text, StatusStyle::Tone::Risk, QStringLiteral("hopDelayText"), row)
                                         : mutedLabel(text, row);
    label->setObjectName(QStringLiteral("hopDelayText"));
    layout->addWidget(label);
    layout->addStretch(1);
    return row;
}

QFrame *HopsView::makeHopBox(const HopTimeline::Hop &h)
{
    const ReceivedHop &hop = h.hop;
    auto *box = new QFrame(m_timeline);
    box->setObjectName(QStringLiteral("hopBox"));
    box->setProperty("index", h.index);
    box->setProperty("boundary", h.boundary);
    box->setProperty("trusted", h.trusted);
    const StatusStyle::Tone tone = h.trusted ? StatusStyle::Tone::Good : StatusStyle::Tone::Neutral;
    if (h.boundary) {
        box->setStyleSheet(QStringLiteral("QFrame#hopBox { background: %1; border: 2px solid %2; border-left: 6px solid %2; border-radius: 4px; }")
                               .arg(StatusStyle::background(tone).name(), StatusStyle::border(tone).name()));
    } else {
        box->setStyleSheet(QStringLiteral("QFrame#hopBox { background: palette(base); border: 1px %1 %2; border-left: 6px solid %2; border-radius: 4px; }")
                               .arg(h.internal ? QStringLiteral("dashed") : QStringLiteral("solid"), StatusStyle::border(tone).name()));
    }
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(3);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Hop %1 of %2").arg(h.index + 1).arg(hopCount()), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title);
    top->addWidget(h.trusted ? badge(tr("Trusted (added by the receiver)"), StatusStyle::Tone::Good, QStringLiteral("hopTrust"), box)
                             : badge(tr("Claimed by the sender"), StatusStyle::Tone::Unknown, QStringLiteral("hopTrust"), box));
    if (h.boundary) {
        auto *icon = new QLabel(box);
        icon->setObjectName(QStringLiteral("hopBoundaryIcon"));
        icon->setPixmap(boundaryPixmap(box));
        icon->setAccessibleName(tr("Boundary"));
        //: The badge of the boundary hop; "Boundary" is the word the Hops tab and the help use
        QLabel *entered = badge(tr("Boundary: entered the receiver here"), StatusStyle::Tone::Good,
                                QStringLiteral("hopBoundary"), box);
        entered->setFont(bold);
        entered->setToolTip(tr("The receiver's servers start at this hop: the hops above it were written before the message reached them"));
        top->addWidget(icon);
        top->addWidget(entered);
    }
    if (h.internal) {
        QLabel *internal = badge(tr("Internal"), StatusStyle::Tone::Neutral, QStringLiteral("hopInternal"), box);
        internal->setToolTip(tr("Both ends of this hop are on a private network, on loopback or inside one host"));
        top->addWidget(internal);
    } else if (!h.ipScope.isEmpty() && h.ipScope != u"public") {
        //: %1 is an address scope such as "private", "loopback" or "cgnat"; keep it as is
        top->addWidget(badge(tr("Non-public address (%1)").arg(scopeText(h.ipScope)), StatusStyle::Tone::Neutral, QStringLiteral("hopInternal"), box));
    }
    if (hop.status != HopStatus::Ok) {
        QString text;
        if (hop.status == HopStatus::Partial)
            //: %1 is the line number of the Received field in the header
            text = tr("Read in part (line %1)").arg(hop.line);
        else
            text = tr("Could not be read (line %1)").arg(hop.line);
        QLabel *status = badge(text, StatusStyle::Tone::Risk, QStringLiteral("hopStatus"), box);
        status->setToolTip(QString::fromUtf8(hop.raw).trimmed());
        top->addWidget(status);
    }
    top->addStretch(1);
    layout->addLayout(top);
    if (!hop.dateText.isEmpty()) {
        // In the reader's time zone, the date as the receiver wrote it beside: a line of its
        // own, so the badges and the long original never push the card wider than the window.
        QLabel *date = mutedLabel(DateText::withOriginal(hop.timestamp, hop.dateText, true), box);
        date->setTextInteractionFlags(Qt::TextSelectableByMouse);
        date->setWordWrap(true);
        layout->addWidget(date);
    }

    const QString client = clientName(hop);
    QString from;
    if (hop.status == HopStatus::Unreadable)
        from = tr("From: the field could not be read");
    else if (client.isEmpty() && hop.fromIp.isEmpty())
        from = tr("From: not recorded (added inside the receiving host)");
    else if (hop.fromIp.isEmpty())
        from = tr("From: %1").arg(client);
    else if (client.isEmpty())
        from = tr("From: %1").arg(hop.fromIp);
    else
        //: %1 is a host name, %2 its IP address
        from = tr("From: %1 [%2]").arg(client, hop.fromIp);
    auto *fromLabel = new QLabel(from, box);
    fromLabel->setObjectName(QStringLiteral("hopFrom"));
    fromLabel->setTextFormat(Qt::PlainText);
    fromLabel->setWordWrap(true);
    fromLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(fromLabel);

    auto *second = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("By: %1").arg(hop.by.isEmpty() ? tr("not recorded") : hop.by), box);
    byLabel->setTextFormat(Qt::PlainText);
    byLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    second->addWidget(byLabel);
    if (!hop.with.isEmpty()) {
        second->addSpacing(16);
        second->addWidget(new QLabel(tr("Protocol: %1").arg(hop.with), box));
    }
    if (usedTls(hop)) {
        second->addSpacing(16);
        auto *lock = new QLabel(box);
        lock->setPixmap(lockPixmap(box));
        second->addWidget(lock);
        auto *tls = new QLabel(hop.tlsVersion.isEmpty() ? tr("Encrypted (TLS)") : tr("Encrypted (%1)").arg(hop.tlsVersion), box);
        tls->setObjectName(QStringLiteral("hopTls"));
        if (!hop.tlsCipher.isEmpty())
            tls->setToolTip(tr("Cipher: %1").arg(hop.tlsCipher));
        second->addWidget(tls);
    }
    second->addStretch(1);
    layout->addLayout(second);

    if (!hop.findings.isEmpty()) {
        // What the parser could not read, or read leniently, in this field.
        QStringList lines;
        for (const Finding &f : hop.findings)
            lines << u"• "_qs + Explanations::text(f);
        auto *findings = new QLabel(lines.join(u'\n'), box);
        findings->setObjectName(QStringLiteral("hopFindings"));
        findings->setTextFormat(Qt::PlainText);
        findings->setWordWrap(true);
        findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(findings);
    }

    if (h.boundary && !m_hops.boundaryIp.isEmpty()) {
        auto *note = new QLabel(tr("The receiver's SPF and iprev checks are about this connection: %1.").arg(m_hops.boundaryIp), box);
        note->setObjectName(QStringLiteral("hopBoundaryNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    if (h.boundary) {
        QString ruleText;
        const QString &rule = m_hops.boundaryReason;
        if (rule == u"recorded_ip")
            ruleText = tr("Chosen because the receiver recorded this client IP in its "
                          "Authentication-Results.");
        else if (rule == u"recipient_organisation")
            ruleText = tr("Chosen as the topmost hop that the recipient's organisation received "
                          "from outside it.");
        else if (rule == u"first_external_client")
            ruleText = tr(
                "Chosen as the topmost hop whose client is outside the receiver's organisation.");
        else if (rule == u"same_organisation")
            ruleText = tr("Every client is inside the receiver's organisation: chosen as the "
                          "oldest of them, where the message entered its servers.");
        if (!ruleText.isEmpty()) {
            auto *why = new QLabel(ruleText, box);
            why->setObjectName(QStringLiteral("hopBoundaryRule"));
            why->setWordWrap(true);
            layout->addWidget(why);
        }
    }
    ClipboardText::setCardEvidence(box, {ClipboardText::fieldText(hop.raw), {}});
    ClipboardText::enableCardMenu(box);
    return box;
}

QMenu *HopsView::createHopMenu(int index)
{
    for (QFrame *box : hopBoxes()) {
        if (box->property("index").toInt() == index)
            return ClipboardText::createMenu(ClipboardText::cardItem(box), this);
    }
    return nullptr;
}

void HopsView::fillTable()
{
    m_table->setRowCount(hopCount());
    for (int row = 0; row < hopCount(); ++row) {
        const HopTimeline::Hop &h = m_hops.hops.at(row);
        const ReceivedHop &hop = h.hop;
        const bool tls = usedTls(hop);
        QString tlsText;
        if (tls)
            tlsText = hop.tlsVersion.isEmpty() ? tr("Yes", "TLS was used") : hop.tlsVersion;
        else if (hop.tls == HopTls::Plain)
            tlsText = tr("No", "TLS was not used");
        QString delay;
        if (h.hasDelay)
            delay = durationText(h.delaySeconds);
        QString trust = h.trusted ? tr("Trusted") : tr("Claimed");
        if (h.boundary)
            //: The Trusted column of the boundary hop; %1 is "Trusted" or "Claimed"
            trust = tr("%1, boundary").arg(trust);
        const QStringList texts{QString::number(row + 1),
                                clientName(hop),
                                hop.fromIp,
                                hop.by,
                                hop.with,
                                tlsText,
                                DateText::withOriginal(hop.timestamp, hop.dateText, true),
                                delay,
                                trust};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (h.boundary) {
                item->setBackground(StatusStyle::background(StatusStyle::Tone::Good));
                item->setForeground(StatusStyle::foreground(StatusStyle::Tone::Good));
                item->setToolTip(tr("Boundary: entered the receiver here"));
            }
            m_table->setItem(row, column, item);
        }
        if (h.boundary)
            m_table->item(row, IndexColumn)->setIcon(QIcon(boundaryPixmap(m_table)));
        if (tls && !hop.tlsCipher.isEmpty())
            m_table->item(row, TlsColumn)->setToolTip(tr("Cipher: %1").arg(hop.tlsCipher));
        if (!hop.findings.isEmpty()) {
            QStringList lines;
            for (const Finding &f : hop.findings)
                lines << Explanations::text(f);
            m_table->item(row, IndexColumn)->setToolTip(lines.join(u'\n'));
        }
        if (hop.status != HopStatus::Ok) {
            m_table->item(row, IndexColumn)->setBackground(StatusStyle::background(StatusStyle::Tone::Risk));
            m_table->item(row, IndexColumn)->setForeground(StatusStyle::foreground(StatusStyle::Tone::Risk));
        }
        if (h.hasDelay && h.delaySeconds < 0) {
            m_table->item(row, DelayColumn)->setBackground(StatusStyle::background(StatusStyle::Tone::Risk));
            m_table->item(row, DelayColumn)->setForeground(StatusStyle::foreground(StatusStyle::Tone::Risk));
            m_table->item(row, DelayColumn)->setToolTip(tr("Dated before the previous hop: one of the two clocks is wrong"));
        }
        m_table->item(row, DelayColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(row, IndexColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnsToContents();
    // A long HELO must not push Protocol and TLS out of sight: host columns are capped and
    // elide in the middle; the whole name is in the cell's tooltip.
    constexpr int maxHostWidth = 320;
    for (int column : {int(FromColumn), int(ByColumn)}) {
        if (m_table->columnWidth(column) > maxHostWidth)
            m_table->setColumnWidth(column, maxHostWidth);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem *item = m_table->item(row, column); item && item->toolTip().isEmpty())
                item->setToolTip(item->text());
        }
    }
}

} // namespace kensa
