#include "ui/triage/TriageRunner.h"

#include "core/analysis/AnalysisDns.h"
#include "core/i18n/Explanations.h"

#include <QDir>
#include <QTimer>

namespace kensa {

TriageRunner::TriageRunner(QObject *parent)
    : QObject(parent)
{
    m_analyzer = new Analyzer;
    m_analyzer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_analyzer, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("triage"));
    connect(&m_thread, &QThread::finished, &m_thread, [] { Analyzer::threadEnds(); }, Qt::DirectConnection);

    // Signals of a task given up (a new file opened) are recognised by their source and dropped.
    connect(m_analyzer, &Analyzer::loaded, this, [this](const LoadedInput &input) {
        if (m_paths.isEmpty() && m_combined.name.isEmpty())
            return;
        m_combined.messages += input.messages;
        m_combined.summaries += input.summaries;
        m_combined.findings += input.findings;
        loadNext();
    });
    connect(m_analyzer, &Analyzer::loadFailed, this, [this](const QString &path, const QString &reasonKey) {
        if (m_paths.isEmpty() && m_combined.name.isEmpty())
            return;
        m_failedFiles.append(path);
        m_lastFailure = reasonKey;
        loadNext();
    });
    connect(m_analyzer, &Analyzer::finished, this, [this](const Report &report) {
        if (m_current < 0 || m_current >= m_messages.size())
            return;
        const SourceInfo &expected = m_messages.at(m_current).source;
        if (report.source.file != expected.file || report.source.index != expected.index)
            return;
        const int row = m_current;
        m_done[row] = true;
        m_current = -1;
        emit reportReady(row, report);
        runNext();
    });
    m_thread.start();
}

TriageRunner::~TriageRunner()
{
    m_analyzer->cancel();
    m_thread.quit();
    m_thread.wait();
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
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, path] { analyzer->load(path); }, Qt::QueuedConnection);
}

void TriageRunner::start(const QList<AnalysisInput> &messages, const DnsConfig &config)
{
    stop();
    m_messages = messages;
    m_done = QList<bool>(messages.size(), false);
    m_config = config;
    m_chain = {};
    // Next turn of the event loop: the message the window shows first is skipped by then.
    QTimer::singleShot(0, this, [this] {
        if (m_current < 0)
            runNext();
    });
}

void TriageRunner::requeue(int row)
{
    if (row < 0 || row >= m_done.size())
        return;
    m_done[row] = false;
    if (m_current < 0)
        runNext();
}

void TriageRunner::skip(int row)
{
    if (row >= 0 && row < m_done.size() && row != m_current)
        m_done[row] = true;
}

void TriageRunner::stop()
{
    if (m_current >= 0)
        m_analyzer->cancel();
    m_current = -1;
    m_messages.clear();
    m_done.clear();
}

void TriageRunner::runNext()
{
    if (m_messages.isEmpty())
        return;
    const qsizetype next = m_done.indexOf(false);
    if (next < 0) {
        emit finished();
        return;
    }
    const auto resolver = AnalysisDns::resolver(m_config, m_chain);
    if (const auto *bad = std::get_if<DnsConfigError>(&resolver)) {
        const QString reason = Explanations::text(makeFinding(bad->error.key, Severity::Error));
        m_messages.clear();
        m_done.clear();
        emit stopped(QDir::toNativeSeparators(bad->subject) + u": "_qs + reason);
        return;
    }
    m_current = int(next);
    AnalysisOptions options;
    options.resolver = std::get<std::shared_ptr<Resolver>>(resolver);
    options.offline = m_config.offline;
    const AnalysisInput input = m_messages.at(next);
    QMetaObject::invokeMethod(m_analyzer, [analyzer = m_analyzer, input, options] {
        analyzer->setOptions(options);
        analyzer->run(input);
    }, Qt::QueuedConnection);
}

} // namespace kensa
