#pragma once

#include "core/analysis/Analyzer.h"
#include "core/dns/DnsConfig.h"
#include "core/report/Report.h"

#include <QMainWindow>
#include <QThread>

#include <optional>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace kensa {

class Analyzer;
class AuthenticationView;
class ChecklistView;
class EvidenceBanner;
class FindingsView;
class HeadersView;
class HelpWindow;
class HopsView;
class MimeTreeView;
class RawSourceView;
class ReceiverView;
class SummaryCard;
class SummaryPanel;
class TriagePanel;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The Open dialog's filters: only what Kensa reads.
    static QString openFileFilter();

    // Entry points (menus, drops, command line and tests use the same ones).
    void openFile(const QString &path);
    // Several files at once: listed together like a mailbox (one file: openFile()).
    void openFiles(const QStringList &paths);
    void openBytes(const QByteArray &data, const QString &name, bool pasted);
    void openSample();
    void setLanguage(const QString &language);
    // The help page (F1), opened at `section` (an anchor of the page; empty for its top).
    void showHelp(const QString &section = QString());
    // Re-runs the analysis of the message on screen with the current DNS settings (View >
    // Re-analyse, F5, and after a change of the DNS settings).
    void reanalyse();
    // Stops the running analysis (Esc, the status bar's Cancel); the checklist says so.
    void cancelAnalysis();
    // Takes new DNS settings (the dialog's, or a test's), saves them and re-analyses the message
    // on screen with them.
    void applyDnsConfig(const DnsConfig &config);
    // File > Close Message: the welcome page, with no state of the message left.
    void closeMessage();

    // For tests and screenshots.
    SummaryCard *summaryCard() const { return m_summary; }
    SummaryPanel *summaryPanel() const { return m_summaryPanel; }
    ChecklistView *checklistView() const { return m_checklist; }
    QTabWidget *tabs() const { return m_tabs; }
    FindingsView *findingsView() const { return m_findings; }
    HeadersView *headersView() const { return m_headers; }
    AuthenticationView *authenticationView() const { return m_authentication; }
    RawSourceView *rawSourceView() const { return m_raw; }
    HopsView *hopsView() const { return m_hops; }
    EvidenceBanner *evidenceBanner() const { return m_evidence; }
    ReceiverView *receiverView() const { return m_receiver; }
    TriagePanel *triagePanel() const { return m_triage; }
    Analyzer *analyzer() const { return m_analyzer; }
    const Report &currentReport() const { return m_report; }
    HelpWindow *helpWindow() const { return m_helpWindow; }
    bool isBusy() const { return m_busy; }
    QAction *reanalyseAction() const { return m_reanalyseAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    // The status bar's DNS label: "Analysed at … with DNS: …" for the result on screen, else
    // "DNS: …" for the next analysis.
    QString resultStatusText() const;

signals:
    void analysisShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void retranslateUi();
    // Keyboard and help: standard keys, tab switching from any view, F1, the help window, and
    // the texts assistive technology reads for them.
    void setupKeyboard();
    void setupHelp();
    void retranslateKeyboardAndHelp();
    void switchTab(int step);
    void showOpenDialog();
    void showPasteDialog();
    void pasteFromClipboard();
    void showAbout();
    void onLoaded(const kensa::LoadedInput &input);
    void onLoadFailed(const QString &path, const QString &reasonKey);
    void onStarted();
    void onProgress(int done, int total);
    void onReportUpdated(const kensa::Report &report);
    void onFinished(const kensa::Report &report);
    void showLines(int first, int last);
    void analyze(int index);
    void setBusy(bool busy);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void showDnsSettings();
    void saveDnsSnapshot();
    // File > Export… and File > Print… (ui/export), with the checklist as the switches set it.
    void exportOrPrint(bool print);
    // File > Save Evidence…: the open message, its DNS answers and time as a .kensa bundle.
    void saveEvidence();
    void repeatWithSnapshot();
    void updateDnsStatus();
    void createAnalysisActions();
    void createViewMenu();
    void retranslateAnalysisActions();
    void updateResultStatus();
    QString dnsDescription(const DnsConfig &config) const;
    // The resolver for the next analysis: the session's (a sample, a replayed snapshot) or the
    // one the settings describe. Null with a message shown when it cannot be built.
    std::shared_ptr<Resolver> resolverForAnalysis();
    // The mailbox list (ui/triage): built, filled from a loaded mailbox, a row shown.
    QWidget *createTriagePanel(QWidget *parent);
    void showMailbox(const LoadedInput &input);
    void showMailboxMessage(int index);

    QThread m_thread;
    Analyzer *m_analyzer = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    TriagePanel *m_triage = nullptr;
    int m_mailboxAnalysing = -1; // the list's row the main analysis is working on
    SummaryCard *m_summary = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    SummaryPanel *m_summaryPanel = nullptr; // the customer summary, in a dock beside the tabs
    EvidenceBanner *m_evidence = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingsView *m_findings = nullptr;
    MimeTreeView *m_mime = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_mimeLabel = nullptr;
    ChecklistView *m_checklist = nullptr;
    AuthenticationView *m_authentication = nullptr;
    ReceiverView *m_receiver = nullptr;
    HopsView *m_hops = nullptr;
    HeadersView *m_headers = nullptr;
    RawSourceView *m_raw = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_pasteDialogAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_dnsSettingsAction = nullptr;
    QAction *m_saveSnapshotAction = nullptr;
    QAction *m_repeatSnapshotAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QLabel *m_dnsStatus = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reanalyseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QToolButton *m_cancelButton = nullptr;
    int m_currentIndex = -1;                 // the message analysed last, in m_loaded
    // The message whose analysis the window waits for, none after Cancel: the analyser's start
    // and reports of another (one sent before a cancel or a newer request reached it) are not
    // shown.
    // The analysis whose results the window shows, and whether its started() has come.
    struct Awaited
    {
        SourceInfo source;
        bool started = false;
    };
    std::optional<Awaited> m_awaited;
    std::optional<DnsConfig> m_analysisDns;  // the DNS of the analysis running or shown
    bool m_resultShown = false;              // a finished result is on screen (m_report)
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_helpContentsAction = nullptr;
    HelpWindow *m_helpWindow = nullptr;

    DnsConfig m_dnsConfig;                 // from the settings
    ResolverChain m_chain;                 // built from m_dnsConfig, kept across analyses
    std::optional<DnsConfig> m_sessionDns; // for the message on screen only
    ResolverChain m_sessionChain;
    LoadedInput m_loaded;
    Report m_report;
    bool m_hasReport = false;
    bool m_busy = false;
    // A new analysis has started: its first report shows the Checklist tab.
    bool m_newAnalysis = false;
    QString m_lastStatusKey;
};

} // namespace kensa
