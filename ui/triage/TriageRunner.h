#pragma once

#include "core/analysis/Analyzer.h"
#include "core/dns/DnsConfig.h"
#include "core/report/Report.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace kensa {

// Reads several files into one list of messages, and analyses the messages of a list one after
// another through its own Analyzer on its own thread, so that the message on screen (the main
// window's analyzer) never waits behind the mailbox. It never parses mail or asks DNS itself.
class TriageRunner : public QObject
{
    Q_OBJECT

public:
    explicit TriageRunner(QObject *parent = nullptr);
    ~TriageRunner() override;

    // Reads the files one after another; emits loaded() with all their messages together
    // (each keeps its file and mbox index), or loadFailed() when none could be read.
    void loadFiles(const QStringList &paths);
    // The files of the last loadFiles() that could not be read.
    QStringList failedFiles() const { return m_failedFiles; }

    // Analyses `messages` in order with the DNS `config`; reportReady() per message.
    void start(const QList<AnalysisInput> &messages, const DnsConfig &config);
    // The message of `row` was analysed elsewhere: not again.
    void skip(int row);
    // The message of `row` was not analysed after all (its analysis was cancelled): queue it again.
    void requeue(int row);
    // Drops whatever is queued or running.
    void stop();
    bool isRunning() const { return m_current >= 0; }

signals:
    void loaded(const kensa::LoadedInput &input);
    void loadFailed(const QString &path, const QString &reasonKey);
    void reportReady(int row, const kensa::Report &report);
    // The DNS settings cannot be used; the remaining messages stay unchecked.
    void stopped(const QString &reason);
    void finished();

private:
    void loadNext();
    void runNext();

    QThread m_thread;
    Analyzer *m_analyzer = nullptr;

    QStringList m_paths;        // files still to read
    LoadedInput m_combined;
    QStringList m_failedFiles;
    QString m_lastFailure;

    QList<AnalysisInput> m_messages;
    QList<bool> m_done;
    int m_current = -1;         // the row being analysed, -1 when idle
    DnsConfig m_config;
    ResolverChain m_chain;
};

} // namespace kensa
