#pragma once

#include "core/input/InputLoader.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace kensa {

// The messages of kensa-cli's inputs, one at a time and in order: a message file is read whole,
// an mbox (a file or standard input) message by message, so that a batch of any size holds one
// message at a time. "-" reads standard input.
class CliInputs
{
public:
    // `problem` receives each line to print on standard error (an unreadable input, a finding
    // about an mbox) as soon as it is known.
    CliInputs(const QStringList &files, InputLoader::MboxMode mode, std::function<void(const QString &)> problem);
    ~CliInputs();
    CliInputs(const CliInputs &) = delete;
    CliInputs &operator=(const CliInputs &) = delete;

    // The next message, or nothing when every input has been read.
    std::optional<AnalysisInput> next();
    // The evidence bundle (.kensa) the message last returned by next() came from, to be replayed
    // with its own DNS answers and time; null for an ordinary input.
    std::shared_ptr<const LoadedInput> evidence() const;
    // True once an input could not be read (exit code 3).
    bool failed() const;

    // A cheap count of the messages for a progress display, without reading them: one a
    // message file, the "From " separators of an mbox file. -1 when standard input is among
    // the inputs.
    static qint64 estimate(const QStringList &files, InputLoader::MboxMode mode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kensa
