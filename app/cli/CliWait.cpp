#include "app/cli/CliWait.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <memory>

namespace kensa {

bool CliWait::until(const Start &start, int timeoutMs)
{
    QEventLoop loop;
    QObject context;
    bool finished = false;
    start(&context, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (finished)
        return true;
    if (timeoutMs > 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

bool CliWait::forAnswers(Resolver &resolver,
    const QList<DnsQuestion> &questions,
    const std::function<void(const DnsAnswer &)> &onAnswer,
    int timeoutMs)
{
    return until(
        [&](QObject *context, const Done &done) {
            if (questions.isEmpty()) {
                done();
                return;
            }
            auto pending = std::make_shared<qsizetype>(questions.size());
            for (const DnsQuestion &q : questions) {
                resolver.resolve(q, context, [pending, done, &onAnswer](const DnsAnswer &answer) {
                    onAnswer(answer);
                    if (--*pending == 0)
                        done();
                });
            }
        },
        timeoutMs);
}

} // namespace kensa
