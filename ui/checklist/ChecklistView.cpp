#include "ui/checklist/ChecklistView.h"

#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/checklist/ChecklistDelegate.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/RequirementDetail.h"
#include "ui/receiver/ReceiverCard.h"
#include "ui/receiver/ReceiverText.h"
#include "ui/style/ClipboardText.h"
#include "ui/style/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kensa {

namespace {

const QString BulkSetting = QStringLiteral("checklist/bulk");
const QString CarriersSetting = QStringLiteral("checklist/carriers");

QString outcomeText(ProviderVerdict::Outcome outcome)
{
    switch (outcome) {
    case ProviderVerdict::Outcome::Inbox:
        //: Where a provider would most likely deliver the message (checklist banner)
        return ChecklistView::tr("Inbox", "provider verdict");
    case ProviderVerdict::Outcome::Spam:
        //: The provider would most likely deliver the message to the spam folder (checklist banner)
        return ChecklistView::tr("Spam", "provider verdict");
    case ProviderVerdict::Outcome::Reject:
        //: The provider would most likely refuse the message at SMTP time (checklist banner)
        return ChecklistView::tr("Rejected", "provider verdict");
    case ProviderVerdict::Outcome::Uncertain:
        break;
    }
    //: Kensa cannot tell what the provider would do (checklist banner)
    return ChecklistView::tr("Uncertain", "provider verdict");
}

QString verdictReason(const ProviderVerdict &verdict)
{
    return verdict.reason.isEmpty()
        ? QString()
        : Explanations::text(makeFinding(verdict.reason, Severity::Info, verdict.reasonArgs));
}

QString badgeStyle(StatusStyle::Tone tone)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 1px 6px; font-weight: bold; }")
        .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name(), StatusStyle::border(tone).name());
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_table(&RequirementTable::builtin())
{
    setObjectName(QStringLiteral("checklistView"));
    m_options.bulk = QSettings().value(BulkSetting, false).toBool();

    auto *layout = new QVBoxLayout(this);
    // Narrow margins: every pixel of height is a checklist row at 1280×800.
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(5);
    // What the receiving server itself decided comes first; hidden when it wrote nothing.
    m_receiverCard = new ReceiverCard(this);
    connect(m_receiverCard, &ReceiverCard::detailsRequested, this, &ChecklistView::receiverDetailsRequested);
    layout->addWidget(m_receiverCard);
    auto *top = new QHBoxLayout;

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("checklistBanner"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->setSpacing(3);
    m_headline = new QLabel(m_banner);
    m_headline->setObjectName(QStringLiteral("checklistHeadline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    m_headlineBadge = new QLabel(m_banner);
    m_headlineBadge->setAlignment(Qt::AlignCenter);
    m_headlineBadge->hide();
    auto *headlineRow = new QHBoxLayout;
    headlineRow->setSpacing(10);
    headlineRow->addWidget(m_headlineBadge, 0, Qt::AlignTop);
    headlineRow->addWidget(m_headline, 1);
    // The banner keeps one compact height (the headline and one line under it), so the matrix
    // below keeps its rows in sight and does not jump as texts change. Text that does not fit
    // is elided (its whole text in the tooltip), and "More" opens the banner to show all of it.
    m_moreButton = new QToolButton(m_banner);
    m_moreButton->setObjectName(QStringLiteral("bannerMore"));
    m_moreButton->setCheckable(true);
    m_moreButton->setAutoRaise(true);
    m_moreButton->hide();
    connect(m_moreButton, &QToolButton::toggled, this, &ChecklistView::setBannerExpanded);
    headlineRow->addWidget(m_moreButton, 0, Qt::AlignTop);
    bannerLayout->addLayout(headlineRow);
    // In a state without a verdict: why, and what to do.
    m_bannerDetail = new QLabel(m_banner);
    m_bannerDetail->setObjectName(QStringLiteral("checklistBannerDetail"));
    m_bannerDetail->hide();
    bannerLayout->addWidget(m_bannerDetail);
    for (QLabel *label : {m_headline, m_bannerDetail})
        setupBannerLabel(label);
    m_providerGrid = new QGridLayout;
    m_providerGrid->setHorizontalSpacing(10);
    m_providerGrid->setVerticalSpacing(2);
    m_providerGrid->setColumnStretch(1, 1);
    bannerLayout->addLayout(m_providerGrid);
    top->addWidget(m_banner, 1);

    m_switchBox = new QFrame(this);
    m_switchBox->setObjectName(QStringLiteral("checklistSwitches"));
    m_switchBox->setFrameShape(QFrame::StyledPanel);
    // One row under the banner, so the matrix keeps the height.
    auto *switches = new QHBoxLayout(m_switchBox);
    switches->setContentsMargins(10, 4, 10, 4);
    switches->setSpacing(14);
    m_switchTitle = new QLabel(m_switchBox);
    QFont bold = m_switchTitle->font();
    bold.setBold(true);
    m_switchTitle->setFont(bold);
    m_bulk = new QCheckBox(m_switchBox);
    m_bulk->setObjectName(QStringLiteral("bulkSwitch"));
    m_bulk->setChecked(m_options.bulk);
    // The Japanese carriers' columns: shown by default in Japanese, where they are asked about.
    m_carriers = new QCheckBox(m_switchBox);
    m_carriers->setObjectName(QStringLiteral("carriersSwitch"));
    m_carriers->setChecked(QSettings().value(CarriersSetting, Localization::current() == u"ja").toBool());
    auto *marketingRow = new QHBoxLayout;
    m_marketingLabel = new QLabel(m_switchBox);
    m_marketing = new QComboBox(m_switchBox);
    m_marketing->setObjectName(QStringLiteral("marketingSwitch"));
    m_marketing->addItem(QString(), int(RequirementOptions::Marketing::Auto));
    m_marketing->addItem(QString(), int(RequirementOptions::Marketing::Yes));
    m_marketing->addItem(QString(), int(RequirementOptions::Marketing::No));
    m_marketingLabel->setBuddy(m_marketing);
    marketingRow->addWidget(m_marketingLabel);
    marketingRow->addWidget(m_marketing);
    m_signals = new QLabel(m_switchBox);
    m_signals->setObjectName(QStringLiteral("marketingSignals"));
    // In the footer, beside what the table covers: the switch row keeps its width for the
    // marketing signals, on one line at 1280 px.
    m_reviewed = new QLabel(this);
    for (QLabel *label : {m_signals, m_reviewed}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
    }
    m_reviewed->setWordWrap(false);
    switches->addWidget(m_switchTitle);
    switches->addWidget(m_bulk);
    switches->addLayout(marketingRow);
    switches->addWidget(m_carriers);
    switches->addWidget(m_signals, 1);
    layout->addLayout(top);
    layout->addWidget(m_switchBox);

    m_progressBox = new QWidget(this);
    auto *progress = new QHBoxLayout(m_progressBox);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setObjectName(QStringLiteral("checklistProgress"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedHeight(6);
    m_progressBar->setMaximumWidth(240);
    m_progressLabel = new QLabel(m_progressBox);
    progress->addWidget(m_progressBar);
    progress->addWidget(m_progressLabel, 1);
    m_progressBox->hide();
    layout->addWidget(m_progressBox);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_model = new ChecklistModel(this);
    m_matrix = new QTableView(m_splitter);
    m_matrix->setObjectName(QStringLiteral("checklistMatrix"));
    m_matrix->setModel(m_model);
    m_matrix->setItemDelegate(new ChecklistDelegate(m_matrix));
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Several cells copy as one block each (Ctrl+click, Shift+click, Ctrl+A).
    m_matrix->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrix->setWordWrap(true);
    m_matrix->setIconSize(QSize(16, 16));
    m_matrix->verticalHeader()->hide();
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->horizontalHeader()->setHighlightSections(false);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_detail = new RequirementDetail(m_splitter);
    m_splitter->addWidget(m_matrix);
    m_splitter->addWidget(m_detail);
    updateSplitter();
    m_matrix->viewport()->installEventFilter(this);
    m_banner->installEventFilter(this);
    // Titles wrap in the requirement column: when its width changes, so do the rows' heights.
    connect(m_matrix->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != 0 || m_rowsResizePending)
            return;
        m_rowsResizePending = true;
        QMetaObject::invokeMethod(this, [this] {
            m_rowsResizePending = false;
            m_matrix->resizeRowsToContents();
        }, Qt::QueuedConnection);
    });
    layout->addWidget(m_splitter, 1);
    // The footer: what the table covers.
    m_scopeNote = new QLabel(this);
    m_scopeNote->setObjectName(QStringLiteral("checklistScopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setTextFormat(Qt::PlainText);
    QPalette notePalette = m_scopeNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    m_scopeNote->setPalette(notePalette);
    auto *footer = new QHBoxLayout;
    footer->setSpacing(14);
    footer->addWidget(m_scopeNote, 1);
    footer->addWidget(m_reviewed, 0, Qt::AlignTop);
    layout->addLayout(footer);

    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetail(current); });
    ClipboardText::interceptCopy(m_matrix, [this] { copySelection(); });
    m_matrix->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_matrix, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createCellMenu(m_matrix->indexAt(pos));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_matrix->viewport()->mapToGlobal(pos));
    });
    connect(m_detail, &RequirementDetail::lineActivated, this, &ChecklistView::lineActivated);
    connect(m_bulk, &QCheckBox::toggled, this, &ChecklistView::onSwitchesChanged);
    connect(m_marketing, &QComboBox::currentIndexChanged, this, &ChecklistView::onSwitchesChanged);
    connect(m_carriers, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(CarriersSetting, on);
        updateSplitter();
        updateVisibility();
        updateBanner();
        showDetail(m_matrix->currentIndex());
    });

    buildProviderLines();
    updateSpans();
    updateVisibility();
    retranslateUi();
}

// Seven provider columns take more of the width than four: the detail pane gives way.
void ChecklistView::updateSplitter()
{
    const int total = qMax(1000, m_splitter->width());
    const bool wide = m_carriers->isChecked();
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, wide ? 1 : 2);
    // The detail pane gets what the matrix can spare: at 1280 px the requirement titles keep
    // to one line where they can, so more rows are in sight.
    const int matrix = total * (wide ? 84 : 76) / 100;
    m_splitter->setSizes({matrix, total - matrix});
}

bool ChecklistView::carriersShown() const
{
    return m_carriers->isChecked();
}

void ChecklistView::setCarriersShown(bool shown)
{
    m_carriers->setChecked(shown);
}

bool ChecklistView::isProviderShown(const QString &provider) const
{
    return m_carriers->isChecked() || m_table->providerGroup(provider) != u"carrier";
}

// Hides the carriers' columns when they are switched off, and the rows (and group titles) that
// no shown provider states, so the matrix holds only what can be read.
void ChecklistView::updateVisibility()
{
    const int columns = m_model->columnCount();
    for (int column = 1; column < columns; ++column)
        m_matrix->setColumnHidden(column, !isProviderShown(m_model->provider(column)));
    const auto stated = [this](const RequirementRow *row) {
        for (const RequirementCell &cell : row->cells) {
            if (isProviderShown(cell.provider) && cell.applies != Applicability::NotStated)
                return true;
        }
        return false;
    };
    int groupRow = -1;
    bool groupHasRows = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupRow(row)) {
            if (groupRow >= 0)
                m_matrix->setRowHidden(groupRow, !groupHasRows);
            groupRow = row;
            groupHasRows = false;
            continue;
        }
        const RequirementRow *requirement = m_model->requirement(row);
        const bool shown = requirement && stated(requirement);
        m_matrix->setRowHidden(row, !shown);
        groupHasRows = groupHasRows || shown;
    }
    if (groupRow >= 0)
        m_matrix->setRowHidden(groupRow, !groupHasRows);
    updateColumnWidths();
}

void ChecklistView::setTable(const RequirementTable *table)
{
    m_table = table ? table : &RequirementTable::builtin();
    m_model->setTable(m_table);
    m_detail->setTable(m_table);
    buildProviderLines();
    updateSpans();
    updateVisibility();
    evaluate();
}

void ChecklistView::setReport(const Report &report, bool complete)
{
    // A new message starts with nothing selected; a newer report of the same one keeps the cell.
    const bool sameMessage = m_hasReport && m_report.message.bytes() == report.message.bytes();
    m_report = report;
    m_hasReport = true;
    m_complete = complete;
    m_cancelled = false;
    if (!sameMessage || complete) {
        m_dnsDone = 0;
        m_dnsTotal = 0;
    }
    m_receiverCard->setReport(report);
    if (!sameMessage) {
        // A new message starts with the banner at its usual height.
        m_bannerExpanded = false;
        const QSignalBlocker blocker(m_moreButton);
        m_moreButton->setChecked(false);
        m_matrix->clearSelection();
        m_matrix->setCurrentIndex({});
        m_detail->showHint();
    }
    evaluate();
}

void ChecklistView::clear()
{
    m_report = Report();
    m_hasReport = false;
    m_complete = false;
    m_cancelled = false;
    m_dnsDone = 0;
    m_dnsTotal = 0;
    m_results.clear();
    m_verdicts.clear();
    m_model->setResults({});
    m_detail->showHint();
    m_receiverCard->clear();
    updateBanner();
    updateProgress();
    updateSignals();
}

void ChecklistView::setOptions(const RequirementOptions &options)
{
    const QSignalBlocker bulkBlocker(m_bulk);
    const QSignalBlocker marketingBlocker(m_marketing);
    m_bulk->setChecked(options.bulk);
    m_marketing->setCurrentIndex(m_marketing->findData(int(options.marketing)));
    onSwitchesChanged();
}

void ChecklistView::onSwitchesChanged()
{
    m_options.bulk = m_bulk->isChecked();
    m_options.marketing = RequirementOptions::Marketing(m_marketing->currentData().toInt());
    QSettings().setValue(BulkSetting, m_options.bulk);
    evaluate();
}

void ChecklistView::evaluate()
{
    // Input that is not a message has nothing to judge: no results, no verdicts.
    if (m_hasReport && m_report.isMessage) {
        const CheckResults checks = m_report.checkResults();
        m_results = RequirementEngine::evaluate(checks, *m_table, m_options);
        m_verdicts.clear();
        for (const QString &provider : m_table->providers())
            m_verdicts.append(RequirementEngine::verdict(checks, m_results, provider));
    } else {
        m_results.clear();
        m_verdicts.clear();
    }
    m_model->setResults(m_results, m_options);
    updateColumnWidths();
    updateBanner();
    updateProgress();
    updateSignals();
    showDetail(m_matrix->currentIndex());
    emit resultsChanged();
}

void ChecklistView::buildProviderLines()
{
    for (const ProviderLine &line : std::as_const(m_providerLines)) {
        delete line.badge;
        delete line.reason;
    }
    m_providerLines.clear();
    int row = 0;
    for (const QString &provider : m_table->providers()) {
        ProviderLine line;
        line.provider = provider;
        line.badge = new QLabel(m_banner);
        line.badge->setObjectName(QStringLiteral("verdict_") + provider);
        line.badge->setAlignment(Qt::AlignCenter);
        line.badge->hide();
        line.reason = new QLabel(m_banner);
        line.reason->setObjectName(QStringLiteral("verdictReason_") + provider);
        line.reason->hide();
        setupBannerLabel(line.reason);
        m_providerGrid->addWidget(line.badge, row, 0, Qt::AlignTop);
        m_providerGrid->addWidget(line.reason, row, 1);
        m_providerLines.append(line);
        ++row;
    }
}

// A text label of the banner: plain, selectable, as wide as the banner gives it (never wider
// for a long text: that is elided), re-elided when its width changes.
void ChecklistView::setupBannerLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->installEventFilter(this);
}

void ChecklistView::updateBanner()
{
    if (updateBannerState()) {
        updateBannerHeight();
        return;
    }
    updateBannerVerdict();
    updateBannerHeight();
}

void ChecklistView::updateBannerVerdict()
{
    const QString language = Localization::current();
    // Providers that would do the same thing for the same reason share one sentence
    // ("Gmail, Yahoo would most likely put this message in spam: ..."), so the banner stays short.
    struct Group
    {
        const ProviderVerdict *verdict = nullptr;
        QStringList names;
    };
    QList<Group> groups;
    const auto argsWithoutProvider = [](const ProviderVerdict &v) {
        QList<QPair<QString, QString>> args = v.reasonArgs;
        args.removeIf([](const QPair<QString, QString> &a) { return a.first == u"provider"; });
        return args;
    };
    for (const ProviderVerdict &verdict : std::as_const(m_verdicts)) {
        if (!isProviderShown(verdict.provider))
            continue;
        const QString name = m_table->providerName(verdict.provider).text(language);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.verdict->outcome == verdict.outcome && g.verdict->reason == verdict.reason
                && m_table->providerGroup(g.verdict->provider) == m_table->providerGroup(verdict.provider)
                && argsWithoutProvider(*g.verdict) == argsWithoutProvider(verdict);
        });
        if (it == groups.end())
            groups.append(Group{&verdict, {name}});
        else
            it->names << name;
    }
    const auto sentence = [&](const Group &g) {
        QList<QPair<QString, QString>> args = argsWithoutProvider(*g.verdict);
        //: Separator between provider names sharing one verdict ("Gmail, Yahoo")
        args.prepend({QStringLiteral("provider"), g.names.join(tr(", ", "provider list"))});
        return g.verdict->reason.isEmpty() ? QString()
                                           : Explanations::text(makeFinding(g.verdict->reason, Severity::Info, args));
    };
    // The headline: the worst outcome that was judged (reject, then spam), else the inbox, else
    // what could not be judged.
    const auto headlineRank = [](ProviderVerdict::Outcome o) {
        switch (o) {
        case ProviderVerdict::Outcome::Reject:
            return 3;
        case ProviderVerdict::Outcome::Spam:
            return 2;
        case ProviderVerdict::Outcome::Inbox:
            return 1;
        case ProviderVerdict::Outcome::Uncertain:
            break;
        }
        return 0;
    };
    // The carriers' verdicts hold for subscribers who switched their filter on: they stand under
    // the headline, never as it, unless no mailbox provider is shown.
    const auto isCarrier = [this](const Group &g) {
        return m_table->providerGroup(g.verdict->provider) == u"carrier";
    };
    int lead = -1;
    for (int i = 0; i < groups.size(); ++i) {
        if (lead >= 0 && isCarrier(groups.at(i)) && !isCarrier(groups.at(lead)))
            continue;
        if (lead < 0 || (isCarrier(groups.at(lead)) && !isCarrier(groups.at(i)))
            || headlineRank(groups.at(i).verdict->outcome) > headlineRank(groups.at(lead).verdict->outcome))
            lead = i;
    }
    StatusStyle::Tone tone = StatusStyle::Tone::Neutral;
    m_headlineBadge->hide();
    // The receiving server's own decision, written in its trusted field, is a fact where the
    // rest is a forecast: it leads the banner, and every authentication line goes below it.
    const ReceiverVerdict *receiver = m_hasReport ? ReceiverText::primary(m_report.receiverVerdicts) : nullptr;
    if (receiver) {
        tone = ReceiverText::tone(receiver->verdict);
        const QString word = ReceiverText::verdictWord(receiver->verdict);
        const QString vendor = ReceiverText::vendorName(*receiver);
        // One line: the card above it gives the rules and the field.
        if (receiver->score && receiver->threshold)
            //: Banner headline when the receiving server wrote its own verdict: %1 the verdict word ("Junk folder"), %2 the receiver
            m_headlineText = tr("The receiver's own decision: %1 (%2, score %3 against a threshold of %4).")
                                    .arg(word, vendor, ReceiverText::number(*receiver->score), ReceiverText::number(*receiver->threshold));
        else if (receiver->score)
            m_headlineText = tr("The receiver's own decision: %1 (%2, score %3).").arg(word, vendor, ReceiverText::number(*receiver->score));
        else
            m_headlineText = tr("The receiver's own decision: %1 (%2).").arg(word, vendor);
        m_headlineBadge->setText(ReceiverText::verdictWord(receiver->verdict));
        m_headlineBadge->setStyleSheet(badgeStyle(tone));
        m_headlineBadge->show();
        lead = -1; // every group gets its line under the receiver's decision
    } else if (!m_hasReport) {
        m_headlineText = tr("Open a message to check it against the providers' requirements.");
    } else if (lead < 0 || m_results.isEmpty()) {
        m_headlineText = tr("No requirement could be judged for this message.");
    } else if (!m_complete && groups.at(lead).verdict->outcome == ProviderVerdict::Outcome::Uncertain) {
        m_headlineText = tr("Still checking: the verdict may change as DNS answers arrive.");
    } else {
        const Group &g = groups.at(lead);
        tone = StatusStyle::toneOfOutcome(g.verdict->outcome);
        QString headline = sentence(g);
        if (headline.isEmpty())
            headline = tr("Kensa cannot tell for sure what %1 would do with this message.").arg(g.names.join(tr(", ", "provider list")));
        m_headlineText = headline;
        m_headlineBadge->setText(outcomeText(g.verdict->outcome));
        m_headlineBadge->setStyleSheet(badgeStyle(tone));
        m_headlineBadge->show();
    }
    m_banner->setStyleSheet(QStringLiteral("#checklistBanner { background: palette(base); border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; }")
                                .arg(StatusStyle::border(tone).name()));

    // One line for each other group, under the headline.
    m_detailText.clear();
    int line = 0;
    if (m_hasReport && !m_results.isEmpty()) {
        for (int i = 0; i < groups.size() && line < m_providerLines.size(); ++i) {
            if (i == lead)
                continue;
            ProviderLine &l = m_providerLines[line++];
            l.badge->setText(outcomeText(groups.at(i).verdict->outcome));
            l.badge->setStyleSheet(badgeStyle(StatusStyle::toneOfOutcome(groups.at(i).verdict->outcome)));
            QString reason = sentence(groups.at(i));
            if (receiver && line == 1 && !reason.isEmpty())
                //: First line under the receiver's own decision: what the authentication alone suggests
                reason = tr("From the authentication alone: %1").arg(reason);
            l.text = reason;
            l.used = true;
        }
    }
    for (; line < m_providerLines.size(); ++line) {
        m_providerLines[line].used = false;
        m_providerLines[line].text.clear();
    }
}

ChecklistView::BannerState ChecklistView::bannerState() const
{
    if (!m_hasReport)
        return BannerState::Empty;
    if (!m_report.isMessage)
        return BannerState::NotMessage;
    if (m_cancelled)
        return BannerState::Cancelled;
    if (!m_complete)
        return BannerState::Checking;
    if (!m_report.dnsUnreliable.isEmpty())
        return BannerState::DnsUnreliable;
    return BannerState::Verdict;
}

void ChecklistView::setDnsProgress(int done, int total)
{
    m_dnsDone = done;
    m_dnsTotal = total;
    if (bannerState() == BannerState::Checking)
        updateBanner();
}

void ChecklistView::setCancelled()
{
    if (!m_hasReport || m_complete)
        return;
    m_cancelled = true;
    updateBanner();
    updateProgress();
}

// The states in which the banner gives no verdict: the input is not a message, DNS answers are
// still arriving, the analysis was cancelled, or Kensa's DNS cannot be relied on. Each says what
// happened in the headline and why, or what to do, in the line under it, under a grey edge, with
// no provider lines.
bool ChecklistView::updateBannerState()
{
    const BannerState state = bannerState();
    const bool notMessage = state == BannerState::NotMessage;
    // Nothing to tabulate for input that is not a message: the banner alone says what it is.
    m_switchBox->setVisible(!notMessage);
    m_splitter->setVisible(!notMessage);
    if (state == BannerState::Verdict || state == BannerState::Empty)
        return false;
    const auto findingText = [this](const QString &key) {
        for (const Finding &f : std::as_const(m_report.findings)) {
            if (f.key == key)
                return Explanations::text(f);
        }
        return QString();
    };
    QString headline;
    QString detail;
    QString badge;
    switch (state) {
    case BannerState::NotMessage:
        //: Badge of the checklist banner when the input is not an email message
        badge = tr("Not a message");
        //: Headline of the checklist banner when the input is not an email message; the line under it says what it is
        headline = tr("This is not an email message, so nothing is judged.");
        detail = findingText(m_report.notMessageReason);
        if (!detail.contains(u".eml"))
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Open the .eml file, or paste the full source of the message.");
        break;
    case BannerState::Checking:
        //: Badge of the checklist banner while DNS answers are still arriving
        badge = tr("Checking…");
        if (m_dnsTotal > 0)
            //: Banner headline while DNS answers arrive: %1 received of %n asked
            headline = tr("Checking… (%1 of %n DNS answer(s))", nullptr, m_dnsTotal).arg(m_dnsDone);
        else
            headline = tr("Checking…");
        detail = tr("Nothing is judged until every DNS answer is in.");
        break;
    case BannerState::Cancelled:
        //: Badge of the checklist banner after the user cancelled the analysis
        badge = tr("Cancelled");
        headline = tr("The analysis was cancelled, so nothing is judged.");
        //: %1 is the key that analyses the message again (F5)
        detail = tr("It stopped before every DNS answer was in. Choose View > Re-analyse (%1) to run it again.")
                     .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
        break;
    case BannerState::DnsUnreliable:
        //: Badge of the checklist banner when Kensa's DNS answers cannot be relied on
        badge = tr("Unreliable");
        if (m_report.dnsUnreliable == u"dns.unreachable")
            headline = tr("The verdict is unreliable: Kensa's DNS cannot be reached.");
        else if (m_report.dnsUnreliable == u"dns.nxdomain_everywhere")
            headline = tr("The verdict is unreliable: Kensa's DNS answers that no name exists, not even the root zone.");
        else
            headline = tr("The verdict is unreliable: Kensa's DNS answers cannot be relied on.");
        // The line under the headline: why the DNS answers cannot be relied on, and what to do.
        detail = findingText(m_report.dnsUnreliable);
        break;
    case BannerState::Empty:
    case BannerState::Verdict:
        break;
    }
    m_headlineText = headline;
    m_detailText = detail;
    m_headlineBadge->setText(badge);
    m_headlineBadge->setStyleSheet(badgeStyle(StatusStyle::Tone::Unknown));
    m_headlineBadge->show();
    m_banner->setStyleSheet(QStringLiteral("#checklistBanner { background: palette(base); border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; }")
                                .arg(StatusStyle::border(StatusStyle::Tone::Unknown).name()));
    for (ProviderLine &line : m_providerLines) {
        line.used = false;
        line.text.clear();
    }
    return true;
}

// Is the banner open: at the user's "More", or for input that is not a message, where nothing
// stands below it.
bool ChecklistView::isBannerOpen() const
{
    return m_bannerExpanded || bannerState() == BannerState::NotMessage;
}

// Closed, the banner is exactly as high as its headline and one line under it (the line that
// says why, or the first other provider's verdict); each is elided to its width, and "More"
// appears when something is elided or hidden. Open, every line is shown whole, wrapped, and the
// banner is as high as they need at its width.
void ChecklistView::updateBannerHeight()
{
    const bool open = isBannerOpen();
    const bool hasDetail = !m_detailText.isEmpty();
    int used = 0;
    for (const ProviderLine &l : std::as_const(m_providerLines)) {
        // Closed, only the first provider line is shown, and none under a "why" line.
        const bool shown = l.used && (open || (!hasDetail && used == 0));
        if (l.used)
            ++used;
        l.badge->setVisible(shown);
        l.reason->setVisible(shown);
    }
    m_bannerDetail->setVisible(hasDetail);
    m_hiddenLines = open ? 0 : used - (hasDetail ? 0 : qMin(used, 1));
    const int headRow = std::max({m_headline->fontMetrics().height() + 2, m_headlineBadge->sizeHint().height(),
                                  m_moreButton->sizeHint().height()});
    int badge = fontMetrics().height() + 2;
    for (const ProviderLine &l : std::as_const(m_providerLines))
        badge = qMax(badge, l.badge->sizeHint().height());
    for (QLabel *label : bannerLabels()) {
        label->setWordWrap(open);
        if (open) {
            label->setMinimumHeight(0);
            label->setMaximumHeight(QWIDGETSIZE_MAX);
        } else {
            label->setFixedHeight(label == m_headline ? headRow : badge);
        }
        label->setAlignment(Qt::AlignLeft | (open ? Qt::AlignTop : Qt::AlignVCenter));
    }
    elideBanner();
    QLayout *layout = m_banner->layout();
    layout->invalidate();
    const QMargins margins = layout->contentsMargins();
    // The frame's own border (the style sheet's coloured edge) takes room too.
    const int chromeHeight = m_banner->height() - m_banner->contentsRect().height();
    const int chromeWidth = m_banner->width() - m_banner->contentsRect().width();
    if (!open) {
        const bool second = hasDetail || used > 0;
        m_banner->setFixedHeight(chromeHeight + margins.top() + margins.bottom() + headRow
                                 + (second ? layout->spacing() + badge : 0));
        return;
    }
    // Open: as high as every shown line needs at its width (the labels' own height for width).
    const int content = (m_banner->width() > 100 ? m_banner->width() : qMax(400, width() - 20)) - margins.left()
        - margins.right() - chromeWidth;
    int badgeWidth = 0;
    for (const ProviderLine &l : std::as_const(m_providerLines)) {
        if (l.used)
            badgeWidth = qMax(badgeWidth, l.badge->sizeHint().width());
    }
    const int headlineWidth = m_headline->width() > 100 ? m_headline->width() : content - 200;
    int needed = chromeHeight + margins.top() + margins.bottom() + qMax(m_headline->heightForWidth(headlineWidth), headRow);
    if (hasDetail)
        needed += layout->spacing() + m_bannerDetail->heightForWidth(content);
    int lines = 0;
    for (const ProviderLine &l : std::as_const(m_providerLines)) {
        if (!l.used)
            continue;
        needed += (lines++ == 0 ? layout->spacing() : m_providerGrid->verticalSpacing())
            + qMax(l.reason->heightForWidth(content - badgeWidth - m_providerGrid->horizontalSpacing()), badge);
    }
    m_banner->setFixedHeight(needed);
}

QList<QLabel *> ChecklistView::bannerLabels() const
{
    QList<QLabel *> labels{m_headline, m_bannerDetail};
    for (const ProviderLine &l : m_providerLines)
        labels.append(l.reason);
    return labels;
}

// Puts each text into its label: whole when the banner is open, else elided to the label's
// width with the whole text as its tooltip. Shows "More" when anything is elided or hidden.
void ChecklistView::elideBanner()
{
    const bool open = isBannerOpen();
    bool elided = false;
    const auto put = [&](QLabel *label, const QString &text) {
        QString shown = text;
        if (!open && label->width() > 0) {
            shown = label->fontMetrics().elidedText(text, Qt::ElideRight, label->contentsRect().width());
            elided = elided || (shown != text && label->isVisibleTo(m_banner));
        }
        if (label->text() != shown)
            label->setText(shown);
        label->setToolTip(shown != text ? text : QString());
        label->setAccessibleName(text);
    };
    put(m_headline, m_headlineText);
    put(m_bannerDetail, m_detailText);
    for (const ProviderLine &l : std::as_const(m_providerLines))
        put(l.reason, l.text);
    m_bannerElided = elided;
    // Not for input that is not a message: its banner is always open.
    const bool expandable = bannerState() != BannerState::NotMessage && (m_bannerExpanded || elided || m_hiddenLines > 0);
    if (m_moreButton->isVisibleTo(m_banner) != expandable)
        m_moreButton->setVisible(expandable);
    m_moreButton->setText(m_bannerExpanded ? tr("Less", "banner toggle") : tr("More", "banner toggle"));
    m_moreButton->setToolTip(m_bannerExpanded ? tr("Show the banner at its usual height")
                                              : tr("Show the whole text of the banner"));
}

bool ChecklistView::isBannerExpandable() const
{
    return !m_moreButton->isHidden();
}

bool ChecklistView::isBannerElided() const
{
    return m_bannerElided || m_hiddenLines > 0;
}

void ChecklistView::setBannerExpanded(bool expanded)
{
    m_bannerExpanded = expanded;
    if (m_moreButton->isChecked() != expanded) {
        const QSignalBlocker blocker(m_moreButton);
        m_moreButton->setChecked(expanded);
    }
    updateBannerHeight();
}

void ChecklistView::updateProgress()
{
    const bool checking = m_hasReport && !m_complete && !m_cancelled && m_report.isMessage;
    m_progressBox->setVisible(checking);
    if (!checking)
        return;
    const QList<CheckOutcome> outcomes = RequirementEngine::outcomes(m_report.checkResults());
    const int total = int(outcomes.size());
    const int done = int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) {
        return !o.pending;
    }));
    if (total == 0) {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Checking DNS…"));
    } else {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
        //: %1 checks of %n are finished; the others wait for DNS answers
        m_progressLabel->setText(tr("Checking DNS… %1 of %n check(s) done", nullptr, total).arg(done));
    }
}

void ChecklistView::updateSignals()
{
    if (!m_hasReport) {
        m_signals->clear();
        return;
    }
    if (!m_report.unsubscribeChecked) {
        //: The unsubscribe check waits for the DKIM verdicts (it needs to know which signature covers the fields)
        m_signals->setText(tr("From the message: still checking the unsubscribe fields…"));
        return;
    }
    QStringList names;
    for (const QString &signal : m_report.unsubscribe.marketingSignals) {
        if (signal == u"list-unsubscribe")
            names.append(QStringLiteral("List-Unsubscribe"));
        else if (signal == u"list-id")
            names.append(QStringLiteral("List-Id"));
        else if (signal == u"precedence")
            names.append(QStringLiteral("Precedence"));
        else if (signal == u"feedback-id")
            names.append(QStringLiteral("Feedback-ID"));
        else if (signal == u"esp")
            //: A marketing signal: a header field only bulk-mail services add (X-Mailgun-*, X-SES-* ...)
            names.append(tr("a bulk-mail service's header"));
        else
            names.append(signal);
    }
    RequirementOptions automatic = m_options;
    automatic.marketing = RequirementOptions::Marketing::Auto;
    const bool marketing = RequirementEngine::isMarketing(m_report.checkResults(), automatic);
    const QString list = QLocale(Localization::current()).createSeparatedList(names);
    if (marketing)
        m_signals->setText(names.isEmpty() ? tr("From the message: looks like marketing mail.")
                                           : tr("From the message: looks like marketing mail (%1).").arg(list));
    else
        m_signals->setText(names.isEmpty() ? tr("From the message: no sign of marketing mail.")
                                           : tr("From the message: not marketing mail, despite %1.").arg(list));
}

void ChecklistView::updateSpans()
{
    m_matrix->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupRow(row))
            m_matrix->setSpan(row, 0, 1, m_model->columnCount());
    }
    updateColumnWidths();
}

// Provider columns as wide as their widest cell, the requirement column takes the rest, so the
// matrix never scrolls sideways.
void ChecklistView::updateColumnWidths()
{
    QHeaderView *header = m_matrix->horizontalHeader();
    const int columns = m_model->columnCount();
    if (columns < 2)
        return;
    // The same width for every provider, from the longest word and tag in the current language,
    // so the columns do not jump while results arrive.
    const QFontMetrics words(m_matrix->font());
    int finalWord = 0;
    for (CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Warning, CheckStatus::NotVerifiable,
                               CheckStatus::NotApplicable})
        finalWord = qMax(finalWord, words.horizontalAdvance(StatusStyle::statusText(status)));
    const int word = qMax(finalWord, words.horizontalAdvance(tr("Checking…")));
    QFont small = m_matrix->font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    const QFontMetrics tags(small);
    int tag = 0;
    for (const QString &text : {ChecklistModel::tr("bulk", "checklist tag"),
                                ChecklistModel::tr("marketing", "checklist tag"),
                                ChecklistModel::tr("forwarded", "checklist tag"),
                                ChecklistModel::tr("recommended", "checklist tag")})
        tag = qMax(tag, tags.horizontalAdvance(text));
    const int icon = m_matrix->iconSize().width();
    // As wide as a word with its tag beside it when that leaves the requirement titles room;
    // narrower columns elide the tag beside the word, on the same line (ChecklistDelegate).
    const int inlineWidth = icon + word + tag + 32;
    // The narrowest: the word of a result whole (a passing "Checking…" may be elided), the tag
    // elided to its first character.
    const int compactWidth = ChecklistDelegate::compactWidth(m_matrix->font(), icon, finalWord);
    // The requirement titles first: as wide as the longest shown title on one line, within a
    // share of the width; the tagged columns take what is left (their tags elided if need be).
    int titleNeed = 0;
    const QFontMetrics titles(m_matrix->font());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_matrix->isRowHidden(row) && !m_model->isGroupRow(row))
            titleNeed = qMax(titleNeed, titles.horizontalAdvance(m_model->index(row, 0).data().toString()) + 16);
    }
    const int viewport = m_matrix->viewport()->width();
    const int titleRoom = qMax(fontMetrics().averageCharWidth() * 34, qMin(titleNeed, viewport * 45 / 100));
    // A column whose cells carry no tag (the carriers' rules apply to every sender) needs only
    // the word, so seven columns still leave the titles room at 1280 px.
    const int plainWidth = icon + word + 18;
    const auto hasTags = [this](const QString &provider) {
        for (const RequirementRow &row : m_table->rows()) {
            const RequirementCell *cell = row.cell(provider);
            if (!cell || cell->applies == Applicability::NotStated)
                continue;
            if (cell->applies != Applicability::All || row.scope != u"all")
                return true;
        }
        return false;
    };
    // Columns without tags take no more than their word needs; the columns with tags share the
    // rest, so the requirement titles keep to one line where they can.
    int tagged = 0;
    int plainTotal = 0;
    for (int column = 1; column < columns; ++column) {
        if (m_matrix->isColumnHidden(column))
            continue;
        if (hasTags(m_model->provider(column)))
            ++tagged;
        else
            plainTotal += plainWidth;
    }
    const int share = (viewport - titleRoom - plainTotal) / qMax(tagged, 1);
    const QFontMetrics headerFont(header->font());
    int minimum = fontMetrics().averageCharWidth() * 20;
    for (int column = 1; column < columns; ++column) {
        const bool tags = hasTags(m_model->provider(column));
        const int least = tags ? compactWidth : plainWidth;
        const int width = qMax(tags ? qBound(least, share, inlineWidth) : plainWidth,
                               headerFont.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24);
        header->resizeSection(column, width);
        if (!m_matrix->isColumnHidden(column))
            minimum += least;
    }
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < columns; ++column)
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    if (m_matrix->minimumWidth() != minimum)
        m_matrix->setMinimumWidth(minimum);
}

bool ChecklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_matrix->viewport() && event->type() == QEvent::Resize)
        updateColumnWidths();
    if (watched == m_banner && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width() != m_banner->width())
        updateBannerHeight();
    // A banner label got its width from the layout: elide its text to it.
    if (event->type() == QEvent::Resize && watched != m_banner && !isBannerOpen()
        && static_cast<QResizeEvent *>(event)->oldSize().width() != static_cast<QResizeEvent *>(event)->size().width()
        && bannerLabels().contains(qobject_cast<QLabel *>(watched)))
        elideBanner();
    return QWidget::eventFilter(watched, event);
}

void ChecklistView::showDetail(const QModelIndex &index)
{
    const RequirementRow *row = index.isValid() ? m_model->requirement(index.row()) : nullptr;
    if (!row || !m_hasReport) {
        m_detail->showHint();
        return;
    }
    QList<RequirementResult> shown;
    const QString provider = m_model->provider(index.column());
    for (const RequirementResult &result : std::as_const(m_results)) {
        if (result.id == row->id && (provider.isEmpty() ? isProviderShown(result.provider) : result.provider == provider))
            shown.append(result);
    }
    m_detail->showRequirement(m_report, row->id, shown, m_options);
}

void ChecklistView::selectCell(const QString &rowId, const QString &provider)
{
    const int row = m_model->rowOf(rowId);
    const int column = provider.isEmpty() ? 0 : m_model->columnOf(provider);
    if (row < 0 || column < 0)
        return;
    m_matrix->setCurrentIndex(m_model->index(row, column));
}

QStringList ChecklistView::shownProviders() const
{
    QStringList providers;
    for (const QString &provider : m_table->providers()) {
        if (isProviderShown(provider))
            providers.append(provider);
    }
    return providers;
}

QList<QModelIndex> ChecklistView::selectedCells() const
{
    QList<QModelIndex> cells = m_matrix->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_matrix->currentIndex().isValid())
        cells.append(m_matrix->currentIndex());
    return cells;
}

CopyItem ChecklistView::copyItem(const QList<QModelIndex> &cells) const
{
    CopyItem item;
    if (!m_hasReport)
        return item;
    QList<QModelIndex> ordered = cells;
    std::sort(ordered.begin(), ordered.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    const QString language = Localization::current();
    QStringList blocks;
    QString rows;
    QList<Finding> evidence;
    for (const QModelIndex &index : std::as_const(ordered)) {
        const RequirementRow *row = index.isValid() ? m_model->requirement(index.row()) : nullptr;
        if (!row)
            continue;
        const QString title = row->title.text(language);
        QStringList lines{title};
        QList<Finding> cellEvidence;
        const QStringList providers = index.column() == 0
            ? shownProviders()
            : QStringList{m_model->provider(index.column())};
        for (const QString &provider : providers) {
            const RequirementResult *result = m_model->result(row->id, provider);
            if (!result)
                continue;
            const QString name = m_table->providerName(provider).text(language);
            // The word and tag exactly as the cell reads them to a screen reader: "Fail (bulk)".
            const QString word
                = m_model->data(m_model->cellIndex(row->id, provider), Qt::AccessibleTextRole)
                      .toString();
            const QString reason = result->reason.isEmpty()
                ? QString()
                : Explanations::text(
                    makeFinding(result->reason, Severity::Info, result->reasonArgs));
            //: A copied checklist cell: provider, then its status word (and tag)
            lines.append(tr("%1: %2", "provider: status").arg(name, word));
            if (!reason.isEmpty())
                //: A copied checklist cell: why the cell has its status
                lines.append(tr("Why: %1").arg(reason));
            QStringList evidenceTexts;
            for (const Finding &finding : result->outcome.evidence) {
                if (!cellEvidence.contains(finding))
                    cellEvidence.append(finding);
                evidenceTexts.append(Explanations::text(finding).toHtmlEscaped());
            }
            rows += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(title.toHtmlEscaped(),
                            name.toHtmlEscaped(),
                            word.toHtmlEscaped(),
                            reason.toHtmlEscaped(),
                            evidenceTexts.join(QStringLiteral("<br>")));
        }
        for (const Finding &finding : std::as_const(cellEvidence)) {
            const QString where = ClipboardText::location(finding);
            lines.append(where.isEmpty()
                    //: A copied checklist cell: one piece of evidence
                    ? tr("Evidence: %1").arg(Explanations::text(finding))
                    //: A copied checklist cell: one piece of evidence and where it is ("DKIM-Signature, line 5")
                    : tr("Evidence: %1 (%2)").arg(Explanations::text(finding), where));
            if (!evidence.contains(finding))
                evidence.append(finding);
        }
        blocks.append(lines.join(u'\n'));
    }
    if (blocks.isEmpty())
        return item;
    item.text = blocks.join(QStringLiteral("\n\n"));
    item.html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>")
                    .arg(ChecklistModel::tr("Requirement").toHtmlEscaped(),
                        //: Column of the copied checklist table: the mailbox provider
                        tr("Provider").toHtmlEscaped(),
                        //: Column of the copied checklist table: the cell's status word
                        tr("Status").toHtmlEscaped(),
                        //: Column of the copied checklist table: why the cell has its status
                        tr("Why").toHtmlEscaped(),
                        //: Column of the copied checklist table: the evidence in the message
                        tr("Evidence").toHtmlEscaped(),
                        rows);
    item.evidence = ClipboardText::evidence(m_report.message, m_report.dns, evidence);
    return item;
}

void ChecklistView::copySelection()
{
    const CopyItem item = copyItem(selectedCells());
    if (!item.text.isEmpty())
        ClipboardText::put(item);
}

QMenu *ChecklistView::createCellMenu(const QModelIndex &index)
{
    if (!m_hasReport || !index.isValid() || !m_model->requirement(index.row()))
        return nullptr;
    const bool inSelection = m_matrix->selectionModel()->isSelected(index);
    return ClipboardText::createMenu(
        copyItem(inSelection ? selectedCells() : QList<QModelIndex>{index}), this);
}

QString ChecklistView::headlineText() const
{
    return m_headlineText;
}

QString ChecklistView::bannerDetailText() const
{
    return m_detailText;
}

QString ChecklistView::providerVerdictText(const QString &provider) const
{
    if (!m_hasReport || m_results.isEmpty())
        return {};
    for (const ProviderVerdict &verdict : m_verdicts) {
        if (verdict.provider != provider)
            continue;
        // The reason names the provider in the UI language ("Yahoo（米国）"), as the banner does.
        ProviderVerdict shown = verdict;
        for (QPair<QString, QString> &arg : shown.reasonArgs) {
            if (arg.first == u"provider")
                arg.second = m_table->providerName(provider).text(Localization::current());
        }
        //: A provider's verdict word, then why ("Spam: DMARC fails ...")
        return tr("%1: %2", "verdict word, reason")
            .arg(outcomeText(verdict.outcome), verdictReason(shown));
    }
    return {};
}

QString ChecklistView::marketingSignalsText() const
{
    return m_signals->text();
}

bool ChecklistView::isChecking() const
{
    return !m_progressBox->isHidden();
}

QString ChecklistView::progressText() const
{
    return m_progressLabel->text();
}

void ChecklistView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ChecklistView::retranslateUi()
{
    m_switchTitle->setText(tr("About the sender"));
    m_bulk->setText(tr("Bulk sender (5,000+ a day)"));
    m_bulk->setToolTip(tr("Gmail, Yahoo, Apple and Outlook.com have extra rules for senders of about 5,000 or more "
                          "messages a day. Kensa cannot see the volume: say it here."));
    //: Shows the columns of docomo, au and SoftBank in the checklist
    m_carriers->setText(tr("Japanese carriers"));
    m_carriers->setToolTip(tr("Show docomo, au and SoftBank: their spoofed-sender rejection checks SPF of the header From "
                              "domain, and each subscriber decides whether to switch it on."));
    m_marketingLabel->setText(tr("&Marketing / subscribed message:"));
    //: Marketing switch: decide from the message's own signals (List-Unsubscribe, List-Id ...)
    m_marketing->setItemText(0, tr("Automatic", "marketing switch"));
    m_marketing->setItemText(1, tr("Yes", "marketing switch"));
    m_marketing->setItemText(2, tr("No", "marketing switch"));
    m_reviewed->setText(m_table->reviewed().isEmpty()
            ? QString()
            : tr("Provider rules as reviewed on %1.")
                  .arg(dateText(m_table->reviewed(), Localization::current())));
    // The Yahoo column holds the rules of Yahoo in the US; a reader in Japan would otherwise
    // take it for Yahoo! JAPAN's mail, which is not in the table.
    m_scopeNote->setText(tr("Yahoo is Yahoo Mail in the US; the rules of Yahoo! JAPAN are not part of this table."));
    m_reviewed->setVisible(!m_reviewed->text().isEmpty());
    m_model->retranslate();
    updateColumnWidths();
    updateBanner();
    updateProgress();
    updateSignals();
}

} // namespace kensa
