#include "ui/triage/TriageRunner.h"

#include "core/analysis/AnalysisDns.h"
#include "core/base/Limits.h"
#include "core/i18n/Explanations.h"

#include <QDir>
#include <QTimer>

namespace kensa {

TriageRunner::TriageRunner(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("triage"));
    connect(&m_thread, &QThread::finished, &m_thread, [] { Analyzer::threadEnds(); }, Qt::DirectConnection);
    m_loader = newAnalyzer();

    // Signals of a task given up (a new file opened) are recognised by their source and dropped.
    connect(m_loader, &Analyzer::loaded, this, [this](const LoadedInput &input) {
        if (m_paths.isEmpty() && m_combined.name.isEmpty())
            return;
        m_combined.messages += input.messages;
        m_combined.summaries += input.summaries;
        m_combined.findings += input.findings;
        loadNext();
    });
    connect(m_loader, &Analyzer::loadFailed, this, [this](const QString &path, const QString &reasonKey) {
        if (m_paths.isEmpty() && m_combined.name.isEmpty())
            return;
        m_failedFiles.append(path);
        m_lastFailure = reasonKey;
        loadNext();
    });
    m_thread.start();
}

TriageRunner::~TriageRunner()
{
    // The thread's end deletes every analyser; what they queued here is dropped with this object.
    m_thread.quit();
    m_thread.wait();
}

Analyzer *TriageRunner::newAnalyzer()
{
    auto *analyzer = new Analyzer;
    analyzer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, analyzer, &QObject::deleteLater);
    return analyzer;
}

void TriageRunner::loadFiles(const QStringList &paths)
{
    stop();
    m_paths = paths;
    m_combined = LoadedInput();
    // A list of several files is shown like a mailbox: one row per message.
    m_combined.isMbox = true;
    m_combined.name = QStringLiteral("*");
    m_failedFiles.clear();
    m_lastFailure.clear();
    loadNext();
}

void TriageRunner::loadNext()
{
    if (m_paths.isEmpty()) {
        LoadedInput input = m_combined;
        m_combined = LoadedInput();
        input.name.clear();
        if (input.messages.isEmpty() && !m_failedFiles.isEmpty())
            emit loadFailed(m_failedFiles.join(u'\n'), m_lastFailure);
        else
            emit loaded(input);
        return;
    }
    const QString path = m_paths.takeFirst();
    QMetaObject::invokeMethod(m_loader, [analyzer = m_loader, path] { analyzer->load(path); }, Qt::QueuedConnection);
}

void TriageRunner::start(const QList<AnalysisInput> &messages, const DnsConfig &config)
{
    stop();
    m_messages = messages;
    m_rows = QList<Row>(messages.size(), Row::Waiting);
    m_firstWaiting = 0;
    m_config = config;
    // Next turn of the event loop: the message the window shows first is skipped by then.
    QTimer::singleShot(0, this, [this] { runNext(); });
}

void TriageRunner::requeue(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row) == Row::Running)
        return;
    m_rows[row] = Row::Waiting;
    m_firstWaiting = qMin(m_firstWaiting, qsizetype(row));
    runNext();
}

void TriageRunner::skip(int row)
{
    if (row >= 0 && row < m_rows.size() && m_rows.at(row) == Row::Waiting)
        m_rows[row] = Row::Done;
}

void TriageRunner::stop()
{
    ++m_list;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        it.key()->cancel();
        it.key()->deleteLater();
    }
    for (Analyzer *analyzer : std::as_const(m_idle))
        analyzer->deleteLater();
    m_running.clear();
    m_idle.clear();
    m_messages.clear();
    m_rows.clear();
    m_chain = {};
}

void TriageRunner::runNext()
{
    if (m_messages.isEmpty())
        return;
    const int inFlight = m_config.offline ? Limits::MaxTriageInFlightOffline : Limits::MaxTriageInFlight;
    m_firstWaiting = m_rows.indexOf(Row::Waiting, m_firstWaiting);
    if (m_firstWaiting < 0)
        m_firstWaiting = m_rows.size();
    for (qsizetype next = m_firstWaiting; next < m_rows.size() && m_running.size() < inFlight; ++next) {
        if (m_rows.at(next) != Row::Waiting)
            continue;
        // One DNS chain, and so one cache, for the whole list, as kensa-cli shares one over a batch.
        if (!m_chain.resolver) {
            const auto resolver = AnalysisDns::resolver(m_config, m_chain);
            if (const auto *bad = std::get_if<DnsConfigError>(&resolver)) {
                const QString reason = Explanations::text(makeFinding(bad->error.key, Severity::Error));
                stop();
                emit stopped(QDir::toNativeSeparators(bad->subject) + u": "_qs + reason);
                return;
            }
        }
        Analyzer *analyzer = nullptr;
        if (m_idle.isEmpty()) {
            analyzer = newAnalyzer();
            connect(analyzer, &Analyzer::finished, this, [this, analyzer, list = m_list](const Report &report) {
                onFinished(analyzer, list, report);
            });
        } else {
            analyzer = m_idle.takeLast();
        }
        m_rows[next] = Row::Running;
        m_running.insert(analyzer, int(next));
        AnalysisOptions options;
        options.resolver = m_chain.resolver;
        options.offline = m_config.offline;
        const AnalysisInput input = m_messages.at(next);
        QMetaObject::invokeMethod(analyzer, [analyzer, input, options] {
            analyzer->setOptions(options);
            analyzer->run(input);
        }, Qt::QueuedConnection);
    }
    if (m_running.isEmpty() && m_rows.indexOf(Row::Waiting, m_firstWaiting) < 0)
        emit finished();
}

void TriageRunner::onFinished(Analyzer *analyzer, quint64 list, const Report &report)
{
    const auto it = m_running.constFind(analyzer);
    if (list != m_list || it == m_running.cend())
        return; // its list was given up
    const int row = *it;
    m_running.erase(it);
    m_idle.append(analyzer);
    m_rows[row] = Row::Done;
    emit reportReady(row, report);
    runNext();
}

} // namespace kensa
