#pragma once

#include "core/checklist/RequirementEngine.h"
#include "core/checklist/RequirementTable.h"
#include "core/report/Report.h"
#include "ui/style/ClipboardText.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolButton;

namespace kensa {

class ChecklistModel;
class ReceiverCard;
class RequirementDetail;

// The Checklist tab: what each provider would most likely do with the message (banner), how the
// user describes the sender (switches), every requirement row per provider (matrix) and the
// detail of the selected cell. Re-runs RequirementEngine::evaluate() in the UI thread when a
// switch changes or a newer report arrives; it never parses mail or asks DNS itself.
class ChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget *parent = nullptr);

    // The table to judge against; builtin() unless a test gives its own. Must outlive the view.
    void setTable(const RequirementTable *table);
    // A report so far (`complete` false: DNS answers still arriving) or the final one.
    void setReport(const Report &report, bool complete);
    void clear();
    // DNS answers received of those asked so far, while the analysis runs (Analyzer::progress).
    void setDnsProgress(int done, int total);
    // The running analysis was cancelled: the banner says so and judges nothing.
    void setCancelled();
    // What the banner shows: a verdict, or one of the states in which there is none.
    enum class BannerState { Empty, NotMessage, Checking, Cancelled, DnsUnreliable, Verdict };
    BannerState bannerState() const;
    // The banner keeps a fixed, compact height: the headline and one line under it, each elided
    // to the width. "More" (shown only when something is elided or hidden) opens it to show all.
    bool isBannerExpandable() const;
    // Something of the closed banner's text is elided or hidden behind "More".
    bool isBannerElided() const;
    bool isBannerExpanded() const { return m_bannerExpanded; }
    void setBannerExpanded(bool expanded);
    QFrame *banner() const { return m_banner; }
    QToolButton *bannerMoreButton() const { return m_moreButton; }

    RequirementOptions options() const { return m_options; }
    void setOptions(const RequirementOptions &options);
    const QList<RequirementResult> &results() const { return m_results; }

    // For tests and screenshots.
    ChecklistModel *model() const { return m_model; }
    QTableView *matrix() const { return m_matrix; }
    RequirementDetail *detail() const { return m_detail; }
    ReceiverCard *receiverCard() const { return m_receiverCard; }
    QCheckBox *bulkSwitch() const { return m_bulk; }
    QComboBox *marketingSwitch() const { return m_marketing; }
    QCheckBox *carriersSwitch() const { return m_carriers; }
    // The Japanese carriers' columns (docomo, au, SoftBank) are shown; the choice persists.
    bool carriersShown() const;
    void setCarriersShown(bool shown);
    bool isProviderShown(const QString &provider) const;
    QString headlineText() const;      // whole, also when the banner shows it elided
    QString bannerDetailText() const;  // the line under it in a state without a verdict
    QString providerVerdictText(const QString &provider) const; // "Spam: DMARC fails ..."
    QString marketingSignalsText() const;
    bool isChecking() const;         // the progress line is shown
    QString progressText() const;
    // Selects a cell (or the row's title when `provider` is empty) and shows its detail.
    void selectCell(const QString &rowId, const QString &provider = {});

    // What Ctrl+C and "Copy" put on the clipboard for these cells, one block per cell: the
    // requirement, the provider's word with its tag, why, and the evidence (a title cell: the
    // row for every provider shown); the same as an HTML table; the evidence lines.
    CopyItem copyItem(const QList<QModelIndex> &cells) const;
    // The selected cells (the current one when none is selected) on the clipboard.
    void copySelection();
    // The context menu of a cell: Copy (the selection when `index` is part of it) and Copy
    // evidence line. The caller owns it.
    QMenu *createCellMenu(const QModelIndex &index);

signals:
    // The matrix and the banner show new results (a newer report, a switch changed).
    void resultsChanged();
    // The evidence clicked in the detail is on these lines of the message (1-based, inclusive).
    void lineActivated(int first, int last);
    // "All fields…" on the receiver's verdict card.
    void receiverDetailsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ProviderLine
    {
        QString provider;
        QLabel *badge = nullptr;
        QLabel *reason = nullptr;
        QString text; // the whole reason (the label may show it elided)
        bool used = false;
    };

    void retranslateUi();
    void buildProviderLines();
    void evaluate();
    void updateBanner();
    void updateBannerVerdict();
    // The banner's states without a verdict; true when one of them is shown.
    bool updateBannerState();
    void updateBannerHeight();
    void elideBanner();
    bool isBannerOpen() const;
    void setupBannerLabel(QLabel *label);
    QList<QLabel *> bannerLabels() const;
    void updateProgress();
    void updateSignals();
    void updateSpans();
    void updateVisibility();
    void updateSplitter();
    void updateColumnWidths();
    void showDetail(const QModelIndex &index);
    QList<QModelIndex> selectedCells() const;
    QStringList shownProviders() const;
    void onSwitchesChanged();

    const RequirementTable *m_table = nullptr;
    Report m_report;
    bool m_hasReport = false;
    bool m_complete = false;
    bool m_rowsResizePending = false;
    RequirementOptions m_options;
    QList<RequirementResult> m_results;
    QList<ProviderVerdict> m_verdicts;

    ReceiverCard *m_receiverCard = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_headlineBadge = nullptr;
    QToolButton *m_moreButton = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QString m_headlineText;
    QString m_detailText;
    bool m_bannerExpanded = false;
    bool m_bannerElided = false;
    int m_hiddenLines = 0;
    bool m_cancelled = false;
    int m_dnsDone = 0;
    int m_dnsTotal = 0;
    QGridLayout *m_providerGrid = nullptr;
    QList<ProviderLine> m_providerLines;
    QFrame *m_switchBox = nullptr;
    QLabel *m_switchTitle = nullptr;
    QCheckBox *m_bulk = nullptr;
    QCheckBox *m_carriers = nullptr;
    QLabel *m_marketingLabel = nullptr;
    QComboBox *m_marketing = nullptr;
    QLabel *m_signals = nullptr;
    QLabel *m_reviewed = nullptr;
    QLabel *m_scopeNote = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_matrix = nullptr;
    ChecklistModel *m_model = nullptr;
    RequirementDetail *m_detail = nullptr;
};

} // namespace kensa
