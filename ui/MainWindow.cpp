#include "ui/MainWindow.h"

#include "core/analysis/AnalysisDns.h"
#include "core/analysis/Analyzer.h"
#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/AboutDialog.h"
#include "ui/auth/AuthenticationView.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/export/ReportExport.h"
#include "ui/EvidenceBanner.h"
#include "ui/FindingsView.h"
#include "ui/HelpWindow.h"
#include "ui/message/HeadersView.h"
#include "ui/hops/HopsView.h"
#include "ui/message/MimeTreeView.h"
#include "ui/PasteDialog.h"
#include "ui/message/RawSourceView.h"
#include "ui/message/SummaryCard.h"
#include "ui/summary/SummaryPanel.h"
#include "ui/receiver/ReceiverView.h"
#include "ui/triage/TriageModel.h"
#include "ui/triage/TriagePanel.h"
#include "ui/triage/TriageRunner.h"
#include "ui/WelcomePage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace kensa {

namespace {

constexpr int MaxRecentFiles = 10;
const QString SampleResource = QStringLiteral(":/samples/newsletter.eml");
// The sample's signing key, so that the first run shows a verified signature without DNS.
const QString SampleZoneResource = QStringLiteral(":/samples/newsletter.zone");

enum Tab { ChecklistTab, OverviewTab, AuthenticationTab, ReceiverTab, HopsTab, HeadersTab, RawTab };

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_analyzer = new Analyzer;
    m_analyzer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_analyzer, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("analyzer"));
    connect(&m_thread, &QThread::finished, &m_thread, [] { Analyzer::threadEnds(); }, Qt::DirectConnection);

    createActions();
    createAnalysisActions();
    createMenus();
    createViewMenu();
    createPages();
    setupKeyboard();
    setupHelp();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_dnsStatus = new QLabel(this);
    m_dnsStatus->setObjectName(QStringLiteral("dnsStatus"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_dnsStatus);
    statusBar()->addPermanentWidget(m_progress);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_analyzer, &Analyzer::loaded, this, &MainWindow::onLoaded);
    connect(m_analyzer, &Analyzer::loadFailed, this, &MainWindow::onLoadFailed);
    // Only the analysis asked for last is shown: a report already on its way when the user moved
    // on (cancelled, or picked a row whose report the mailbox list has) is not.
    const auto awaited = [this](const SourceInfo &source) {
        return m_awaited && m_awaited->source.file == source.file && m_awaited->source.index == source.index;
    };
    connect(m_analyzer, &Analyzer::started, this, [this, awaited](const SourceInfo &source) {
        if (!awaited(source))
            return;
        m_awaited->started = true;
        onStarted();
    });
    // Findings and progress carry no source: they are the awaited analysis's from its start on.
    // The analyser runs one analysis at a time and says nothing more of one it has left, and its
    // signals arrive in order, so what comes between asking for a message and its start belongs
    // to the one before.
    connect(m_analyzer, &Analyzer::findingReady, this, [this](const Finding &finding) {
        if (m_awaited && m_awaited->started)
            m_findings->addFinding(finding);
    });
    connect(m_analyzer, &Analyzer::progress, this, [this](int done, int total) {
        if (m_awaited && m_awaited->started)
            onProgress(done, total);
    });
    connect(m_analyzer, &Analyzer::reportUpdated, this, [this, awaited](const Report &report) {
        if (awaited(report.source))
            onReportUpdated(report);
    });
    connect(m_analyzer, &Analyzer::finished, this, [this, awaited](const Report &report) {
        if (!awaited(report.source))
            return;
        m_awaited.reset();
        onFinished(report);
    });
    m_thread.start();

    m_dnsConfig = DnsSettingsDialog::loadSettings();

    retranslateUi();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    m_analyzer->cancel();
    m_thread.quit();
    m_thread.wait();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_pasteDialogAction = new QAction(this);
    m_pasteDialogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteDialogAction, &QAction::triggered, this, &MainWindow::showPasteDialog);

    m_pasteAction = new QAction(this);
    m_pasteAction->setShortcuts(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteFromClipboard);

    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcuts(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeMessage);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("recentFiles"));
        updateRecentMenu();
    });

    m_dnsSettingsAction = new QAction(this);
    m_dnsSettingsAction->setObjectName(QStringLiteral("dnsSettingsAction"));
    m_dnsSettingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_dnsSettingsAction, &QAction::triggered, this, &MainWindow::showDnsSettings);

    m_saveSnapshotAction = new QAction(this);
    m_saveSnapshotAction->setObjectName(QStringLiteral("saveSnapshotAction"));
    m_saveSnapshotAction->setEnabled(false);
    connect(m_saveSnapshotAction, &QAction::triggered, this, &MainWindow::saveDnsSnapshot);

    m_repeatSnapshotAction = new QAction(this);
    m_repeatSnapshotAction->setObjectName(QStringLiteral("repeatSnapshotAction"));
    m_repeatSnapshotAction->setEnabled(false);
    connect(m_repeatSnapshotAction, &QAction::triggered, this, &MainWindow::repeatWithSnapshot);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportOrPrint(false); });
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
    connect(m_printAction, &QAction::triggered, this, [this] { exportOrPrint(true); });
    m_evidence = new EvidenceBanner(this); // placed above the result in createPages()
    connect(m_evidence->saveAction(), &QAction::triggered, this, &MainWindow::saveEvidence);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Each language is named in itself, so it can be found whatever the current language is.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &[code, name] : languages) {
        auto *action = new QAction(name, m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setChecked(code == Localization::current());
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_pasteDialogAction);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveSnapshotAction);
    m_fileMenu->addAction(m_repeatSnapshotAction);
    m_fileMenu->addAction(m_evidence->saveAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_pasteAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_dnsSettingsAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createPages()
{
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::pasteRequested, this, &MainWindow::showPasteDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    m_stack->addWidget(m_welcome);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    QWidget *mailboxBox = createTriagePanel(m_splitter);
    mailboxBox->hide();

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_summary = new SummaryCard(right);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    rightLayout->addWidget(m_evidence);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);

    auto *overview = new QSplitter(Qt::Vertical, m_tabs);
    auto *findingsBox = new QWidget(overview);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    m_findingsLabel = new QLabel(findingsBox);
    m_findings = new FindingsView(findingsBox);
    findingsLayout->addWidget(m_findingsLabel);
    findingsLayout->addWidget(m_findings);
    auto *mimeBox = new QWidget(overview);
    auto *mimeLayout = new QVBoxLayout(mimeBox);
    m_mimeLabel = new QLabel(mimeBox);
    m_mime = new MimeTreeView(mimeBox);
    mimeLayout->addWidget(m_mimeLabel);
    mimeLayout->addWidget(m_mime);
    overview->addWidget(findingsBox);
    overview->addWidget(mimeBox);
    overview->setStretchFactor(0, 3);
    overview->setStretchFactor(1, 2);

    m_checklist = new ChecklistView(m_tabs);
    m_authentication = new AuthenticationView(m_tabs);
    m_receiver = new ReceiverView(m_tabs);
    m_hops = new HopsView(m_tabs);
    m_headers = new HeadersView(m_tabs);
    m_raw = new RawSourceView(m_tabs);
    m_tabs->insertTab(ChecklistTab, m_checklist, QString());
    m_tabs->insertTab(OverviewTab, overview, QString());
    m_tabs->insertTab(AuthenticationTab, m_authentication, QString());
    m_tabs->insertTab(ReceiverTab, m_receiver, QString());
    m_tabs->insertTab(HopsTab, m_hops, QString());
    m_tabs->insertTab(HeadersTab, m_headers, QString());
    m_tabs->insertTab(RawTab, m_raw, QString());

    const auto showLine = [this](int line) {
        m_tabs->setCurrentIndex(RawTab);
        m_raw->goToLine(line);
    };
    connect(m_findings, &FindingsView::lineActivated, this, showLine);
    connect(m_headers, &HeadersView::lineActivated, this, showLine);
    connect(m_mime, &MimeTreeView::lineActivated, this, showLine);
    connect(m_checklist, &ChecklistView::lineActivated, this, &MainWindow::showLines);
    connect(m_checklist, &ChecklistView::receiverDetailsRequested, this, [this] { m_tabs->setCurrentIndex(ReceiverTab); });

    // The answer a helpdesk sends, beside the tabs: the first thing to read, movable and
    // closable like any dock (the window's context menu brings it back).
    auto *summaryDock = new QDockWidget(this);
    summaryDock->setObjectName(QStringLiteral("summaryDock"));
    m_summaryPanel = new SummaryPanel(summaryDock);
    summaryDock->setWidget(m_summaryPanel);
    addDockWidget(Qt::RightDockWidgetArea, summaryDock);
    resizeDocks({summaryDock}, {420}, Qt::Horizontal);
    // Beside the tabs it takes 420 px: on a screen narrower than 1600 px the checklist needs them
    // (16 rows in sight at 1280x800), so there it starts closed and View > Customer Summary (F9)
    // opens it; the choice is remembered.
    m_summaryDock = summaryDock;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool wide = screen && screen->availableGeometry().width() >= 1600;
    summaryDock->setVisible(QSettings().value(QStringLiteral("view/summary"), wide).toBool());
    QAction *summaryToggle = summaryDock->toggleViewAction();
    summaryToggle->setObjectName(QStringLiteral("summaryToggleAction"));
    summaryToggle->setShortcut(QKeySequence(Qt::Key_F9));
    connect(summaryToggle, &QAction::triggered, this,
            [](bool shown) { QSettings().setValue(QStringLiteral("view/summary"), shown); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(summaryToggle);
    connect(m_summaryPanel, &SummaryPanel::headerLineRequested, this, [this](int line) {
        m_tabs->setCurrentIndex(HeadersTab);
        if (!SummaryPanel::selectHeaderLine(m_headers, line))
            showLines(line, line);
    });

    m_splitter->addWidget(mailboxBox);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_dnsSettingsAction->setText(tr("&DNS…"));
    m_saveSnapshotAction->setText(tr("Save &DNS Snapshot…"));
    m_saveSnapshotAction->setToolTip(tr("Save every DNS answer this analysis used, to repeat it later offline"));
    m_repeatSnapshotAction->setText(tr("&Repeat Offline with a DNS Snapshot…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the report as HTML, PDF or JSON"));
    m_exportAction->setStatusTip(m_exportAction->toolTip());
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the report of this message"));
    m_printAction->setStatusTip(m_printAction->toolTip());
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_pasteDialogAction->setText(tr("Paste &Source…"));
    m_pasteAction->setText(tr("&Paste Message"));
    m_pasteAction->setToolTip(tr("Analyse the message source on the clipboard"));
    m_sampleAction->setText(tr("Open &Sample Message"));
    m_closeAction->setText(tr("&Close Message"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_aboutAction->setText(tr("&About Kensa"));
    m_tabs->setTabText(ChecklistTab, tr("Checklist"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(AuthenticationTab, tr("Authentication"));
    //: Tab listing every spam-verdict field the receiving servers wrote, decoded
    m_tabs->setTabText(ReceiverTab, tr("Receiver's verdict"));
    m_tabs->setTabText(HopsTab, tr("Hops"));
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(RawTab, tr("Raw source"));
    m_findingsLabel->setText(tr("What Kensa noticed while reading the message"));
    m_mimeLabel->setText(m_hasReport && !m_report.hasBody()
                             ? tr("Message structure: not available, only the header section was supplied")
                             : tr("Message structure (MIME)"));
    if (!m_lastStatusKey.isEmpty() && m_hasReport)
        m_status->setText(tr("%n finding(s)", nullptr, int(m_report.findings.size())));
    updateRecentMenu();
    updateDnsStatus();
    retranslateKeyboardAndHelp();
    retranslateAnalysisActions();
}

void MainWindow::updateTitle()
{
    if (!m_hasReport) {
        setWindowTitle(tr("Kensa"));
        return;
    }
    const QString subject = m_report.summary.subject.isEmpty() ? tr("(no subject)") : m_report.summary.subject;
    setWindowTitle(tr("%1 — Kensa").arg(subject.left(120)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_analyzer->cancel();
    event->accept();
}

void MainWindow::setLanguage(const QString &language)
{
    Localization::apply(language);
    QSettings().setValue(QStringLiteral("language"), Localization::current());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Localization::current());
}

QString MainWindow::openFileFilter()
{
    //: File dialog filters: the patterns in parentheses must stay as they are.
    return tr("Messages and mailboxes (*.eml *.msg *.mbox *.mbx *.txt *.kensa);;Email messages (*.eml);;"
              "Outlook messages (*.msg);;Mailboxes (*.mbox *.mbx);;Message source saved as text (*.txt);;"
              "Kensa evidence bundles (*.kensa)");
}

void MainWindow::showOpenDialog()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this,
        tr("Open Message"),
        dir,
        openFileFilter());
    if (!paths.isEmpty()) {
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.first()).absolutePath());
        openFiles(paths);
    }
}

void MainWindow::showPasteDialog()
{
    PasteDialog dialog(this);
    const QString clip = QApplication::clipboard()->text();
    if (clip.contains(u':') && clip.size() < 64 * 1024 * 1024)
        dialog.setText(clip);
    if (dialog.exec() == QDialog::Accepted)
        openBytes(dialog.text(), QString(), true);
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                openFile(url.toLocalFile());
                return;
            }
        }
    }
    const QString text = mime ? mime->text() : QString();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("The clipboard holds no text. Copy the message source first, or use File > Paste Source."));
        return;
    }
    openBytes(text.toUtf8(), QString(), true);
}

void MainWindow::openSample()
{
    QFile sample(SampleResource);
    QFile zone(SampleZoneResource);
    if (!sample.open(QIODevice::ReadOnly) || !zone.open(QIODevice::ReadOnly))
        return;
    DnsConfig config;
    config.offline = true;
    config.zoneTexts.append({QFileInfo(SampleZoneResource).fileName(), zone.readAll()});
    const QByteArray bytes = sample.readAll();
    openBytes(bytes, QFileInfo(SampleResource).fileName(), false);
    m_sessionDns = config; // after openBytes(), which forgets the previous session's
    m_sessionChain = {};
    updateDnsStatus();
}

void MainWindow::openFile(const QString &path)
{
    m_sessionDns.reset();
    m_sessionChain = {};
    updateDnsStatus();
    setBusy(true);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, path] { analyzer->load(path); }, Qt::QueuedConnection);
}

void MainWindow::openBytes(const QByteArray &data, const QString &name, bool pasted)
{
    m_sessionDns.reset();
    m_sessionChain = {};
    updateDnsStatus();
    setBusy(true);
    m_status->setText(tr("Reading the message…"));
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, data, name, pasted] {
        analyzer->loadBytes(data, name, pasted);
    }, Qt::QueuedConnection);
}

void MainWindow::onLoaded(const LoadedInput &input)
{
    m_loaded = input;
    if (const std::optional<DnsConfig> bundleDns = m_evidence->takeLoaded(input)) {
        m_sessionDns = *bundleDns;
        m_sessionChain = {};
        updateDnsStatus();
        m_checklist->setOptions(*m_evidence->checklistOptions());
    }
    if (!input.name.isEmpty() && input.name != u"-" && QFileInfo(input.name).isAbsolute())
        addRecentFile(input.name);
    else if (!input.name.isEmpty() && QFileInfo::exists(input.name))
        addRecentFile(QFileInfo(input.name).absoluteFilePath());

    m_triage->setVisible(input.isMbox);
    if (input.isMbox) {
        showMailbox(input);
        return;
    }
    m_triage->clear();
    if (!input.messages.isEmpty())
        analyze(0);
    else
        setBusy(false);
}

void MainWindow::analyze(int index)
{
    if (index < 0 || index >= m_loaded.messages.size())
        return;
    const std::shared_ptr<Resolver> resolver = resolverForAnalysis();
    if (!resolver)
        return;
    setBusy(true);
    m_newAnalysis = true;
    m_currentIndex = index;
    m_analysisDns = m_sessionDns ? *m_sessionDns : m_dnsConfig;
    m_resultShown = false;
    updateDnsStatus();
    m_status->setText(tr("Analysing…"));
    AnalysisOptions options;
    options.resolver = resolver;
    options.offline = m_sessionDns ? m_sessionDns->offline : m_dnsConfig.offline;
    m_evidence->applyTo(options);
    const AnalysisInput input = m_loaded.messages.at(index);
    m_awaited = Awaited{input.source};
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, input, options] {
        analyzer->setOptions(options);
        analyzer->run(input);
    }, Qt::QueuedConnection);
}

std::shared_ptr<Resolver> MainWindow::resolverForAnalysis()
{
    const DnsConfig &config = m_sessionDns ? *m_sessionDns : m_dnsConfig;
    ResolverChain &chain = m_sessionDns ? m_sessionChain : m_chain;
    const auto resolver = AnalysisDns::resolver(config, chain);
    if (const auto *bad = std::get_if<DnsConfigError>(&resolver)) {
        QString where = QDir::toNativeSeparators(bad->subject);
        if (bad->error.line > 0)
            where = tr("%1, line %2").arg(where).arg(bad->error.line);
        const QString reason = Explanations::text(makeFinding(bad->error.key, Severity::Error));
        m_status->setText(reason);
        QMessageBox::warning(this, tr("DNS settings"),
                             tr("Kensa cannot use the DNS settings:") + u"\n\n"_qs + where + u"\n"_qs + reason
                                 + u"\n\n"_qs + tr("Change them in Settings > DNS."));
        return nullptr;
    }
    return std::get<std::shared_ptr<Resolver>>(resolver);
}

void MainWindow::showDnsSettings()
{
    DnsSettingsDialog dialog(this);
    dialog.setConfig(m_dnsConfig);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyDnsConfig(dialog.config());
}

void MainWindow::saveDnsSnapshot()
{
    if (!m_hasReport || m_report.dns.isEmpty())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    QString base = QFileInfo(m_report.source.file).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("message");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save DNS Snapshot"),
                                                      QDir(dir).filePath(base + u"-dns.zone"_qs),
                                                      tr("DNS snapshots (*.zone)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(AnalysisDns::snapshot(m_report.dns, QDateTime::currentDateTimeUtc()).toUtf8()) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save DNS Snapshot"),
                             tr("The snapshot could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_status->setText(tr("Saved %n DNS answer(s) to %1.", nullptr, int(m_report.dns.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportOrPrint(bool print)
{
    if (!m_hasReport)
        return;
    Report report = m_report;
    if (!m_checklist->results().isEmpty())
        report.requirements = m_checklist->results();
    if (print) {
        ReportExport::printReport(this, report);
        return;
    }
    const QString path = ReportExport::exportReport(this, report);
    if (!path.isEmpty())
        m_status->setText(tr("Exported the report to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::saveEvidence()
{
    if (!m_hasReport)
        return;
    const QString saved = m_evidence->save(this, m_loaded, m_report, m_checklist->options(),
                                           m_sessionDns ? m_sessionDns->offline : m_dnsConfig.offline);
    if (!saved.isEmpty())
        m_status->setText(saved);
}

void MainWindow::repeatWithSnapshot()
{
    if (m_loaded.messages.isEmpty())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Repeat Offline with a DNS Snapshot"), dir,
                                                      tr("DNS snapshots and zone files (*.zone *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    DnsConfig config;
    config.offline = true;
    config.zoneFiles << path;
    m_sessionDns = config;
    m_sessionChain = {};
    updateDnsStatus();
    int index = 0;
    if (m_loaded.isMbox && m_triage->currentRow() >= 0)
        index = m_triage->currentRow();
    analyze(index);
}

// The status bar names the DNS once: with the time of the result on screen ("Analysed at … with
// DNS: …"), else the DNS the next analysis uses.
void MainWindow::updateDnsStatus()
{
    if (m_resultShown && m_analysisDns && m_report.analysisTime > 0) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(m_report.analysisTime);
        //: Status bar: when the result on screen was computed (%1, local time) and with which DNS (%2)
        m_dnsStatus->setText(tr("Analysed at %1 with DNS: %2")
                                 .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), dnsDescription(*m_analysisDns)));
    } else {
        //: Status bar: the DNS the next analysis uses (%1: offline with zone files, servers, the system resolver)
        m_dnsStatus->setText(tr("DNS: %1").arg(dnsDescription(m_sessionDns ? *m_sessionDns : m_dnsConfig)));
    }
    m_dnsStatus->setToolTip(m_sessionDns ? tr("For this message only; the DNS settings apply to the next one you open.")
                                         : tr("Change in Settings > DNS."));
}

void MainWindow::onLoadFailed(const QString &path, const QString &reasonKey)
{
    setBusy(false);
    const QString reason = Explanations::text(makeFinding(reasonKey, Severity::Error));
    m_status->setText(reason);
    QMessageBox::warning(this, tr("Cannot open the file"), QDir::toNativeSeparators(path) + u"\n\n"_qs + reason);
}

void MainWindow::showLines(int first, int last)
{
    m_tabs->setCurrentIndex(RawTab);
    m_raw->selectLines(first, last);
}

// A new analysis: its findings stream in; until DNS is asked the bar only says "busy".
void MainWindow::onStarted()
{
    m_findings->startStreaming();
    m_summaryPanel->clear();
    m_progress->setRange(0, 0);
}

void MainWindow::onProgress(int done, int total)
{
    if (total <= 0)
        return;
    //: The status bar while an analysis waits for DNS; %n questions were asked so far
    m_status->setText(tr("Analysing… %1 of %n DNS answer(s) received", nullptr, total).arg(done));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_checklist->setDnsProgress(done, total);
}

// A report so far, after a round of DNS answers: the checklist fills in progressively; the other
// tabs wait for the final report.
void MainWindow::onReportUpdated(const Report &report)
{
    if (!m_newAnalysis && m_stack->currentWidget() != m_splitter)
        return;
    if (m_newAnalysis) {
        m_summary->setReport(report);
        m_raw->setMessage(report.message);
        m_stack->setCurrentWidget(m_splitter);
        m_tabs->setCurrentIndex(ChecklistTab);
        m_newAnalysis = false;
    }
    m_checklist->setReport(report, false);
}

void MainWindow::onFinished(const Report &report)
{
    m_report = report;
    m_hasReport = true;
    m_triage->takeReport(report);
    m_lastStatusKey = QStringLiteral("findings");
    m_summary->setReport(report);
    m_summaryPanel->setReport(report);
    m_findings->setReport(report);
    m_mime->setTree(report.mime, report.hasBody());
    m_checklist->setReport(report, true);
    m_authentication->setReport(report);
    m_receiver->setReport(report);
    m_hops->setReport(report);
    m_headers->setReport(report);
    m_raw->setMessage(report.message);
    m_stack->setCurrentWidget(m_splitter);
    m_saveSnapshotAction->setEnabled(!report.dns.isEmpty());
    m_repeatSnapshotAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_printAction->setEnabled(true);
    m_evidence->showReport(report, true);
    if (m_newAnalysis)
        m_tabs->setCurrentIndex(ChecklistTab);
    m_newAnalysis = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    setBusy(false);
    m_resultShown = true;
    retranslateUi();
    emit analysisShown();
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        action->setStatusTip(tr("Open %1 again").arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
        none->setStatusTip(tr("The files you open are listed here"));
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool localFile = false;
    for (const QUrl &url : mime->urls())
        localFile = localFile || url.isLocalFile();
    if (localFile || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
        return;
    }
    if (mime->hasText()) {
        event->acceptProposedAction();
        openBytes(mime->text().toUtf8(), QString(), true);
    }
}

QWidget *MainWindow::createTriagePanel(QWidget *parent)
{
    m_triage = new TriagePanel(parent);
    connect(m_triage, &TriagePanel::messageSelected, this, &MainWindow::showMailboxMessage);
    connect(m_triage->runner(), &TriageRunner::loaded, this, &MainWindow::onLoaded);
    connect(m_triage->runner(), &TriageRunner::loadFailed, this, &MainWindow::onLoadFailed);
    // The list judges with the checklist's switches, as the banner does.
    const auto followSwitches = [this] { m_triage->setOptions(m_checklist->options(), m_checklist->carriersShown()); };
    QTimer::singleShot(0, this, [this, followSwitches] {
        connect(m_checklist, &ChecklistView::resultsChanged, this, followSwitches);
        connect(m_checklist->carriersSwitch(), &QCheckBox::toggled, this, followSwitches);
        followSwitches();
    });
    return m_triage;
}

void MainWindow::openFiles(const QStringList &paths)
{
    // An evidence bundle is replayed alone (offline, at its time), never in a list checked with
    // the DNS settings.
    const QStringList bundles = paths.filter(QRegularExpression(QStringLiteral("\\.kensa$"),
                                                                QRegularExpression::CaseInsensitiveOption));
    if (paths.size() == 1 || !bundles.isEmpty()) {
        openFile(bundles.isEmpty() ? paths.first() : bundles.first());
        return;
    }
    m_sessionDns.reset();
    m_sessionChain = {};
    updateDnsStatus();
    setBusy(true);
    m_status->setText(tr("Reading %n file(s)…", nullptr, int(paths.size())));
    m_triage->runner()->loadFiles(paths);
}

// A mailbox (or several files): the list on top across the whole width, the first message shown
// below while the others are checked in the background.
void MainWindow::showMailbox(const LoadedInput &input)
{
    m_splitter->setOrientation(Qt::Vertical);
    for (const Finding &f : input.findings)
        m_status->setText(Explanations::text(f));
    m_triage->setInput(input, m_sessionDns ? *m_sessionDns : m_dnsConfig);
    // Room for a few rows; the checklist below keeps most of the height.
    const int listHeight = qMin(64 + int(input.messages.size()) * 24, qMax(140, m_splitter->height() / 4));
    m_splitter->setSizes({listHeight, qMax(300, m_splitter->height() - listHeight)});
    if (input.messages.isEmpty()) {
        setBusy(false);
        return;
    }
    m_triage->selectRow(0);
}

// A row of the list: its finished report at once, or the analysis of that message now.
void MainWindow::showMailboxMessage(int index)
{
    if (!m_triage->model()->hasReport(index)) {
        // The main analysis shows it progressively; the background one need not repeat it.
        const int replaced = m_mailboxAnalysing;
        m_triage->runner()->skip(index);
        m_mailboxAnalysing = index;
        analyze(index);
        // The message whose analysis this one replaced goes back to the background queue.
        if (replaced >= 0 && replaced != index && !m_triage->model()->hasReport(replaced))
            m_triage->runner()->requeue(replaced);
        return;
    }
    m_analyzer->cancel();
    m_awaited.reset();
    // A message whose analysis was just dropped goes back to the background queue.
    if (m_mailboxAnalysing >= 0 && !m_triage->model()->hasReport(m_mailboxAnalysing))
        m_triage->runner()->requeue(m_mailboxAnalysing);
    m_mailboxAnalysing = -1;
    m_newAnalysis = false;
    // A finished report from the list is shown with the DNS the list was checked with.
    m_currentIndex = index;
    m_analysisDns = m_sessionDns ? *m_sessionDns : m_dnsConfig;
    onFinished(m_triage->model()->report(index));
}

// Tab switching belongs to the window, not to the view with the focus: a table or a tree would
// otherwise take Ctrl+Tab and Ctrl+PgDown for its own cursor and trap the keyboard user.
void MainWindow::setupKeyboard()
{
    const auto keys = [](QKeySequence::StandardKey standard, QList<QKeySequence> extra) {
        for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
            if (!extra.contains(key))
                extra.append(key);
        }
        return extra;
    };
    m_nextTabAction = new QAction(this);
    m_nextTabAction->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTabAction->setShortcuts(keys(QKeySequence::NextChild,
                                       {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)}));
    connect(m_nextTabAction, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTabAction = new QAction(this);
    m_previousTabAction->setObjectName(QStringLiteral("previousTabAction"));
    m_previousTabAction->setShortcuts(keys(QKeySequence::PreviousChild,
                                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)}));
    connect(m_previousTabAction, &QAction::triggered, this, [this] { switchTab(-1); });
    // Not in a menu, so they are the window's own: active wherever the focus is inside it.
    addAction(m_nextTabAction);
    addAction(m_previousTabAction);

    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_pasteAction->setObjectName(QStringLiteral("pasteAction"));
    m_pasteDialogAction->setObjectName(QStringLiteral("pasteDialogAction"));
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_saveSnapshotAction->setShortcut(QKeySequence::Save);
    m_dnsSettingsAction->setShortcuts(QKeySequence::Preferences);
}

void MainWindow::switchTab(int step)
{
    if (m_stack->currentWidget() != m_splitter || m_tabs->count() == 0)
        return;
    const int count = m_tabs->count();
    int index = m_tabs->currentIndex();
    for (int tried = 0; tried < count; ++tried) {
        index = (index + step + count) % count;
        if (m_tabs->isTabEnabled(index))
            break;
    }
    m_tabs->setCurrentIndex(index);
}

void MainWindow::setupHelp()
{
    m_helpContentsAction = new QAction(this);
    m_helpContentsAction->setObjectName(QStringLiteral("helpContentsAction"));
    m_helpContentsAction->setShortcuts(QKeySequence::HelpContents);
    connect(m_helpContentsAction, &QAction::triggered, this, [this] { showHelp(); });
    m_helpMenu->insertAction(m_aboutAction, m_helpContentsAction);
    m_helpMenu->insertSeparator(m_aboutAction);
}

void MainWindow::showHelp(const QString &section)
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(this);
        retranslateKeyboardAndHelp();
    }
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
    m_helpWindow->showSection(section);
}

void MainWindow::retranslateKeyboardAndHelp()
{
    const auto describe = [](QAction *action, const QString &text) {
        action->setToolTip(text);
        action->setStatusTip(text);
    };
    m_helpContentsAction->setText(tr("&Contents"));
    describe(m_helpContentsAction, tr("Show the help: what each tab shows, and how to get a message's source"));
    m_nextTabAction->setText(tr("Next Tab"));
    describe(m_nextTabAction, tr("Show the next tab"));
    m_previousTabAction->setText(tr("Previous Tab"));
    describe(m_previousTabAction, tr("Show the previous tab"));
    describe(m_openAction, tr("Open a message, an Outlook .msg file or a mailbox file"));
    describe(m_pasteDialogAction, tr("Paste or type the source of a message, and check it before it is analysed"));
    describe(m_pasteAction, tr("Analyse the message source on the clipboard"));
    describe(m_sampleAction, tr("Open a sample newsletter that Kensa checks offline"));
    describe(m_closeAction, tr("Close the message and return to the start page"));
    describe(m_quitAction, tr("Quit Kensa"));
    describe(m_clearRecentAction, tr("Forget the recently opened files"));
    describe(m_aboutAction, tr("The version of Kensa and the libraries it is built with"));
    describe(m_dnsSettingsAction, tr("Choose the DNS servers, or check offline with zone files"));
    describe(m_saveSnapshotAction, tr("Save every DNS answer this analysis used, to repeat it later offline"));
    describe(m_repeatSnapshotAction, tr("Analyse the message again with the DNS answers of a saved snapshot, without asking DNS"));
    for (QAction *language : m_languageGroup->actions())
        describe(language, tr("Show Kensa in %1").arg(language->text()));
    m_tabs->setAccessibleName(tr("Analysis"));
    // The views' lists, tables and text panes have no visible title of their own: their names
    // for screen readers, set here after every report, since some are built per report.
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("checklistMatrix"), tr("Requirements by mailbox provider")},
        {QStringLiteral("requirementDetail"), tr("Detail of the selected requirement")},
        {QStringLiteral("findingsView"), tr("What Kensa noticed while reading the message")},
        {QStringLiteral("mimeTreeView"), tr("Message structure (MIME)")},
        {QStringLiteral("arcChain"), tr("ARC sets of the message")},
        {QStringLiteral("receiverTree"), tr("Spam-verdict fields of the receiving servers")},
        {QStringLiteral("receiverDetail"), tr("Meaning of the selected field, token or rule")},
        {QStringLiteral("receiverRaw"), tr("Text of the selected field as written")},
        {QStringLiteral("hopsTable"), tr("Hops as a table")},
        {QStringLiteral("headerFilter"), tr("Filter the header fields")},
        {QStringLiteral("headersTable"), tr("Header fields")},
        {QStringLiteral("rawFieldBytes"), tr("Exact bytes of the selected header field")},
        {QStringLiteral("rawSourceView"), tr("Message source with line numbers")},
    };
    for (const auto &[objectName, name] : names) {
        for (QWidget *widget : findChildren<QWidget *>(objectName))
            widget->setAccessibleName(name);
    }
    for (QWidget *block : findChildren<QWidget *>(QStringLiteral("authResultsBlock"))) {
        for (QAbstractItemView *table : block->findChildren<QAbstractItemView *>())
            table->setAccessibleName(tr("Methods and results recorded in this field"));
    }

    if (m_helpWindow) {
        QList<QAction *> withKeys;
        const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
            for (QAction *action : actions) {
                if (action->menu())
                    collect(action->menu()->actions());
                else if (!action->shortcuts().isEmpty() && !withKeys.contains(action))
                    withKeys.append(action);
            }
        };
        collect(menuBar()->actions());
        collect(actions());
        m_helpWindow->setShortcuts(withKeys);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::createAnalysisActions()
{
    m_reanalyseAction = new QAction(this);
    m_reanalyseAction->setObjectName(QStringLiteral("reanalyseAction"));
    m_reanalyseAction->setShortcut(QKeySequence::Refresh);
    m_reanalyseAction->setEnabled(false);
    connect(m_reanalyseAction, &QAction::triggered, this, &MainWindow::reanalyse);

    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAnalysisAction"));
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelAnalysis);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = new QMenu(this);
    menuBar()->insertMenu(m_settingsMenu->menuAction(), m_viewMenu);
    m_viewMenu->addAction(m_reanalyseAction);
    m_viewMenu->addAction(m_cancelAction);
}

void MainWindow::retranslateAnalysisActions()
{
    m_viewMenu->setTitle(tr("&View"));
    m_reanalyseAction->setText(tr("&Re-analyse"));
    m_reanalyseAction->setToolTip(tr("Analyse the message again with the current DNS settings (%1)")
                                      .arg(m_reanalyseAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setText(tr("&Cancel Analysis"));
    m_cancelAction->setToolTip(tr("Stop the running analysis (%1)")
                                   .arg(m_cancelAction->shortcut().toString(QKeySequence::NativeText)));
    m_reanalyseAction->setStatusTip(m_reanalyseAction->toolTip());
    m_cancelAction->setStatusTip(m_cancelAction->toolTip());
    if (m_summaryDock) {
        QAction *summaryToggle = m_summaryDock->toggleViewAction();
        summaryToggle->setToolTip(tr("Show or hide the summary for the customer beside the tabs (%1)")
                                      .arg(summaryToggle->shortcut().toString(QKeySequence::NativeText)));
        summaryToggle->setStatusTip(summaryToggle->toolTip());
    }
    updateResultStatus();
}

void MainWindow::reanalyse()
{
    if (m_loaded.messages.isEmpty())
        return;
    int index = m_currentIndex;
    if (index < 0 || index >= m_loaded.messages.size())
        index = 0;
    analyze(index);
}

void MainWindow::cancelAnalysis()
{
    if (!m_busy)
        return;
    m_analyzer->cancel();
    m_awaited.reset();
    m_newAnalysis = false;
    setBusy(false);
    m_checklist->setCancelled();
    m_status->setText(tr("Analysis cancelled. Press %1 to analyse the message again.")
                          .arg(m_reanalyseAction->shortcut().toString(QKeySequence::NativeText)));
    m_resultShown = false;
    updateDnsStatus();
}

void MainWindow::applyDnsConfig(const DnsConfig &config)
{
    m_dnsConfig = config;
    DnsSettingsDialog::saveSettings(m_dnsConfig);
    m_chain = {};
    // New settings are a request to see the message with them: they replace this message's own
    // DNS (a sample's zone, a replayed snapshot) and run its analysis again.
    m_sessionDns.reset();
    m_sessionChain = {};
    updateDnsStatus();
    if (!m_loaded.messages.isEmpty() && m_stack->currentWidget() == m_splitter) {
        reanalyse();
        m_status->setText(tr("DNS settings changed: analysing the message again…"));
    }
}

QString MainWindow::dnsDescription(const DnsConfig &config) const
{
    if (config.offline) {
        const int zones = int(config.zoneFiles.size() + config.zoneTexts.size());
        return zones > 0 ? tr("offline, %n zone file(s)", nullptr, zones) : tr("offline, no zone file");
    }
    if (!config.servers.isEmpty())
        return config.servers.join(QStringLiteral(", "));
    return tr("system resolver");
}

void MainWindow::updateResultStatus()
{
    m_reanalyseAction->setEnabled(!m_loaded.messages.isEmpty());
    updateDnsStatus();
}

QString MainWindow::resultStatusText() const
{
    return m_dnsStatus->text();
}

// File > Close Message: back to the welcome page, and nothing of the message stays behind: its
// report, a running analysis, its own DNS (a sample's zone, a replayed snapshot), the mailbox
// list, the status bar's "Analysed at …", Re-analyse.
void MainWindow::closeMessage()
{
    if (m_busy) {
        m_analyzer->cancel();
        setBusy(false);
    }
    m_awaited.reset();
    m_hasReport = false;
    m_resultShown = false;
    m_report = Report();
    m_loaded = LoadedInput();
    m_currentIndex = -1;
    m_mailboxAnalysing = -1;
    m_analysisDns.reset();
    m_sessionDns.reset();
    m_sessionChain = {};
    m_lastStatusKey.clear();
    m_triage->clear();
    m_triage->hide();
    m_checklist->clear();
    m_receiver->clear();
    m_summaryPanel->clear();
    m_evidence->showReport(Report(), false);
    m_exportAction->setEnabled(false);
    m_printAction->setEnabled(false);
    m_saveSnapshotAction->setEnabled(false);
    m_repeatSnapshotAction->setEnabled(false);
    m_stack->setCurrentWidget(m_welcome);
    m_status->clear();
    updateResultStatus();
    updateTitle();
}

} // namespace kensa
