#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace kensa {

// A batch's progress on standard error, redrawn in place at most ten times a second: messages
// done / total, rate, time left. Drawn only on a terminal; nothing at all otherwise.
class CliProgress
{
public:
    // `total`: messages expected, or -1 when unknown (no time left is shown then).
    CliProgress(std::FILE *stream, bool enabled, qint64 total);
    ~CliProgress();

    // True when standard error is a terminal.
    static bool terminal();

    // One more message done.
    void step();
    // Erases the line, before anything else is written to the terminal; the next step()
    // draws it again.
    void clear();
    // Erases the line for good.
    void finish();

    // "120/2200 messages · 410 msgs/s · 0:05 left", in the current language.
    static QString format(qint64 done, qint64 total, qint64 elapsedMs);

private:
    void draw();

    std::FILE *m_stream;
    bool m_enabled;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_lastDrawMs = -1;
    bool m_drawn = false;
    QElapsedTimer m_clock;
};

} // namespace kensa
