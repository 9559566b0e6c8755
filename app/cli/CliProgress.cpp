#include "app/cli/CliProgress.h"

#include <QCoreApplication>

#include <unistd.h>

namespace kensa {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)
};

constexpr qint64 RedrawMs = 100;

// 0:05, 12:34, 1:02:03
QString duration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString ms = QStringLiteral("%1:%2").arg(h > 0 ? QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')) : QString::number(m))
                           .arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QString::number(h) + u':' + ms : ms;
}

} // namespace

CliProgress::CliProgress(std::FILE *stream, bool enabled, qint64 total)
    : m_stream(stream), m_enabled(enabled), m_total(total)
{
    m_clock.start();
}

CliProgress::~CliProgress()
{
    finish();
}

bool CliProgress::terminal()
{
    return isatty(STDERR_FILENO) == 1;
}

QString CliProgress::format(qint64 done, qint64 total, qint64 elapsedMs)
{
    const double seconds = double(elapsedMs) / 1000.0;
    const double rate = seconds > 0 ? double(done) / seconds : 0.0;
    const QString rateText = QString::number(rate, 'f', rate < 10 ? 1 : 0);
    if (total < 0)
        return Cli::tr("%1 messages · %2 msgs/s").arg(done).arg(rateText);
    const QString left = done > 0 && rate > 0 && total >= done
                             ? duration(qint64(double(total - done) / rate + 0.5))
                             : QStringLiteral("-:--");
    return Cli::tr("%1/%2 messages · %3 msgs/s · %4 left").arg(done).arg(total).arg(rateText, left);
}

void CliProgress::step()
{
    ++m_done;
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_lastDrawMs >= 0 && now - m_lastDrawMs < RedrawMs)
        return;
    m_lastDrawMs = now;
    draw();
}

void CliProgress::draw()
{
    const QByteArray line = "\r" + format(m_done, m_total, m_clock.elapsed()).toUtf8() + "\x1b[K";
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fflush(m_stream);
    m_drawn = true;
}

void CliProgress::clear()
{
    if (!m_enabled || !m_drawn)
        return;
    std::fputs("\r\x1b[K", m_stream);
    std::fflush(m_stream);
    m_drawn = false;
}

void CliProgress::finish()
{
    clear();
    m_enabled = false;
}

} // namespace kensa
