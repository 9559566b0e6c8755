#pragma once

#include "core/analysis/Analyzer.h"
#include "core/dns/DnsConfig.h"
#include "core/report/Report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace kensa {

// Reads several files into one list of messages, and analyses the messages of a list on its own
// thread, so that the message on screen (the main window's analyzer) never waits behind the
// mailbox. Several messages are analysed at once (Limits::MaxTriageInFlight), their DNS waits
// overlapping and their answers shared through one cache. It never parses mail or asks DNS itself.
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

    // Analyses `messages`, first rows first, with the DNS `config`; reportReady() per message.
    void start(const QList<AnalysisInput> &messages, const DnsConfig &config);
    // The message of `row` was analysed elsewhere: not again (unless it is already running).
    void skip(int row);
    // The message of `row` was not analysed after all (its analysis was cancelled): queue it again.
    void requeue(int row);
    // Drops whatever is queued or running.
    void stop();
    bool isRunning() const { return !m_running.isEmpty(); }

signals:
    void loaded(const kensa::LoadedInput &input);
    void loadFailed(const QString &path, const QString &reasonKey);
    void reportReady(int row, const kensa::Report &report);
    // The DNS settings cannot be used; the remaining messages stay unchecked.
    void stopped(const QString &reason);
    void finished();

private:
    enum class Row { Waiting, Running, Done };

    void loadNext();
    void runNext();
    Analyzer *newAnalyzer();
    void onFinished(Analyzer *analyzer, quint64 list, const Report &report);

    QThread m_thread;
    Analyzer *m_loader = nullptr;          // reads the files
    // The analysers of the current list, on m_thread; a list's analysers end with it, so that
    // nothing a given-up analysis still sends can be taken for a report of the next list.
    QList<Analyzer *> m_idle;              // with nothing to do
    QHash<Analyzer *, int> m_running;      // the row each busy one works on
    quint64 m_list = 0;                    // counts the lists given up

    QStringList m_paths;        // files still to read
    LoadedInput m_combined;
    QStringList m_failedFiles;
    QString m_lastFailure;

    QList<AnalysisInput> m_messages;
    QList<Row> m_rows;
    qsizetype m_firstWaiting = 0; // no row before it is waiting
    DnsConfig m_config;
    ResolverChain m_chain;      // of the current list: its messages share its answers
};

} // namespace kensa
