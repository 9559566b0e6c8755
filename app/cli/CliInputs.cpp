#include "app/cli/CliInputs.h"

#include "core/base/Limits.h"
#include "core/i18n/Explanations.h"
#include "core/input/CompoundFile.h"
#include "core/input/MboxSplitter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <deque>

namespace kensa {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(KensaCli)
};

QString readError(const QString &key, const QString &file)
{
    return Cli::tr("kensa-cli: %1: %2").arg(file, Explanations::text(makeFinding(key, Severity::Error)));
}

// As much of the start of the input as looksLikeMbox() and the .msg signature need.
constexpr qint64 PeekBytes = 64 * 1024;
// A file that InputLoader::readFile() would refuse as too large, unless read as an mbox.
constexpr qint64 MaxFileBytes = qint64(Limits::MaxMessageBytes) * 16;

// Whether an input that starts with `start` is read as an mbox.
bool readsAsMbox(QByteArrayView start, InputLoader::MboxMode mode)
{
    return !CompoundFile::hasSignature(start)
           && (mode == InputLoader::MboxMode::Force
               || (mode == InputLoader::MboxMode::Detect && MboxSplitter::looksLikeMbox(start)));
}

} // namespace

struct CliInputs::Private
{
    QStringList files;
    InputLoader::MboxMode mode = InputLoader::MboxMode::Detect;
    std::function<void(const QString &)> problem;
    qsizetype nextFile = 0;
    bool failed = false;

    // The input being read.
    QString name;
    // A message file's message(s), each with the evidence bundle it came from (or null).
    std::deque<std::pair<AnalysisInput, std::shared_ptr<const LoadedInput>>> ready;
    std::shared_ptr<const LoadedInput> current; // the bundle of the message last returned
    std::unique_ptr<QIODevice> device;    // an mbox being read
    std::unique_ptr<MboxReader> reader;
    int index = 0;

    void printFindings(const QList<Finding> &findings)
    {
        for (const Finding &f : findings)
            problem(name + QStringLiteral(": ") + Explanations::text(f));
    }

    void fail(const QString &key)
    {
        problem(readError(key, name));
        failed = true;
    }

    // The whole input in one piece, split as InputLoader::load() splits it.
    void loadWhole(const QByteArray &data)
    {
        LoadedInput loaded = InputLoader::load(data, name, PasteNormalizer::Origin::File, mode);
        printFindings(loaded.findings);
        if (loaded.isEvidence) {
            // A damaged bundle was said above (InputLoader's finding); it is an unreadable input.
            if (!loaded.evidence || loaded.messages.isEmpty()) {
                failed = true;
                return;
            }
            AnalysisInput input = loaded.messages.first();
            ready.emplace_back(std::move(input), std::make_shared<const LoadedInput>(std::move(loaded)));
            return;
        }
        for (AnalysisInput &input : loaded.messages)
            ready.emplace_back(std::move(input), nullptr);
    }

    std::optional<AnalysisInput> fromReader()
    {
        QList<Finding> findings;
        std::optional<MboxEntry> entry = reader->next(&findings);
        printFindings(findings);
        if (!entry)
            return std::nullopt;
        return InputLoader::mboxMessage(std::move(entry->bytes), index++, name, PasteNormalizer::Origin::File);
    }

    // Starts reading an mbox. When it is only detected, a single message behind one "From "
    // line is a message, not an mbox: the first two messages decide, as in InputLoader::load().
    void startMbox()
    {
        reader = std::make_unique<MboxReader>(device.get());
        index = 0;
        if (mode == InputLoader::MboxMode::Force)
            return;
        reader->keepBytes(MaxFileBytes);
        QList<Finding> findings;
        std::optional<MboxEntry> first = reader->next(&findings);
        std::optional<MboxEntry> second = first ? reader->next(&findings) : std::nullopt;
        bool complete = true;
        const QByteArray kept = reader->takeKeptBytes(&complete);
        if (second) {
            printFindings(findings);
            ready.emplace_back(InputLoader::mboxMessage(std::move(first->bytes), index++, name, PasteNormalizer::Origin::File), nullptr);
            ready.emplace_back(InputLoader::mboxMessage(std::move(second->bytes), index++, name, PasteNormalizer::Origin::File), nullptr);
            return;
        }
        reader.reset();
        device.reset();
        if (!complete)
            fail(QStringLiteral("input.too_large"));
        else
            loadWhole(kept);
    }

    // The `size` bytes of an unbuffered file, read straight into `data`; a file that shrank since
    // it was measured gives what it has, one that grew what it had then.
    bool readWhole(QFile &file, qint64 size, QByteArray &data)
    {
        data.resize(size);
        qint64 got = 0;
        while (got < size) {
            const qint64 n = file.read(data.data() + got, size - got);
            if (n < 0) {
                fail(QStringLiteral("input.unreadable"));
                return false;
            }
            if (n == 0)
                break;
            got += n;
        }
        data.truncate(got);
        return true;
    }

    // Opens the next input; false when there is none left.
    bool open()
    {
        while (nextFile < files.size()) {
            name = files.at(nextFile++);
            auto file = std::make_unique<QFile>();
            // What the file is and its size, from one fstat() of the open file.
            bool sequential = true;
            qint64 size = -1;
            if (name == u"-") {
                if (!file->open(stdin, QIODevice::ReadOnly)) {
                    fail(QStringLiteral("input.unreadable"));
                    continue;
                }
            } else {
                // Opened by hand so that a file costs its open, one stat, its read and its close
                // (QFile would stat it three times).
                const int fd = ::open(QFile::encodeName(name).constData(), O_RDONLY | O_CLOEXEC);
                struct stat st = {};
                if (fd < 0 || ::fstat(fd, &st) != 0) {
                    if (fd >= 0)
                        ::close(fd);
                    fail(QStringLiteral("input.unreadable"));
                    continue;
                }
                if (S_ISDIR(st.st_mode)) {
                    ::close(fd);
                    fail(QStringLiteral("input.not_a_file"));
                    continue;
                }
                if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
                    ::close(fd);
                    fail(QStringLiteral("input.unreadable"));
                    continue;
                }
                sequential = !S_ISREG(st.st_mode);
                size = sequential ? -1 : qint64(st.st_size);
            }
            const auto readAll = [&](QByteArray &data) {
                data = file->readAll();
                if (file->error() == QFileDevice::NoError)
                    return true;
                fail(QStringLiteral("input.unreadable"));
                return false;
            };
            // A file that can be one message is read whole in one go, straight into its array
            // (unbuffered), and what it is is decided from its bytes. Standard input, a pipe, and a
            // file too large to be one message (only an mbox then), are peeked at and stream.
            const bool whole = !sequential && size <= MaxFileBytes;
            QByteArray data;
            if (whole && !readWhole(*file, size, data))
                continue;
            const QByteArray peeked = whole ? QByteArray() : file->peek(PeekBytes);
            const QByteArrayView start = whole ? QByteArrayView(data).first(qMin<qsizetype>(data.size(), PeekBytes))
                                               : QByteArrayView(peeked);
            if (readsAsMbox(start, mode)) {
                if (whole) {
                    auto buffer = std::make_unique<QBuffer>();
                    buffer->setData(data);
                    buffer->open(QIODevice::ReadOnly);
                    device = std::move(buffer);
                } else {
                    device = std::move(file);
                }
                startMbox();
                return true;
            }
            // A single message (or an Outlook .msg).
            if (!whole && !sequential) {
                fail(QStringLiteral("input.too_large"));
                continue;
            }
            if (!whole && !readAll(data))
                continue;
            loadWhole(data);
            return true;
        }
        return false;
    }
};

CliInputs::CliInputs(const QStringList &files, InputLoader::MboxMode mode, std::function<void(const QString &)> problem)
    : d(std::make_unique<Private>())
{
    d->files = files;
    d->mode = mode;
    d->problem = std::move(problem);
}

CliInputs::~CliInputs() = default;

std::optional<AnalysisInput> CliInputs::next()
{
    while (true) {
        if (!d->ready.empty()) {
            AnalysisInput input = std::move(d->ready.front().first);
            d->current = std::move(d->ready.front().second);
            d->ready.pop_front();
            return input;
        }
        d->current.reset();
        if (d->reader) {
            if (std::optional<AnalysisInput> input = d->fromReader())
                return input;
            if (d->reader->readFailed())
                d->fail(QStringLiteral("input.unreadable"));
            d->reader.reset();
            d->device.reset();
        }
        if (!d->open())
            return std::nullopt;
    }
}

std::shared_ptr<const LoadedInput> CliInputs::evidence() const
{
    return d->current;
}

bool CliInputs::failed() const
{
    return d->failed;
}

qint64 CliInputs::estimate(const QStringList &files, InputLoader::MboxMode mode)
{
    qint64 total = 0;
    for (const QString &name : files) {
        if (name == u"-")
            return -1;
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray start = file.peek(PeekBytes);
        if (!readsAsMbox(start, mode)) {
            ++total;
            continue;
        }
        // "From " at the start of the file or after an empty line; mapped, not read into memory.
        const uchar *map = file.size() > 0 ? file.map(0, file.size()) : nullptr;
        if (!map) {
            ++total;
            continue;
        }
        const QByteArrayView data(reinterpret_cast<const char *>(map), file.size());
        qint64 count = data.startsWith("From ") ? 1 : 0;
        for (qsizetype at = data.indexOf("\n\nFrom "); at >= 0; at = data.indexOf("\n\nFrom ", at + 2))
            ++count;
        for (qsizetype at = data.indexOf("\n\r\nFrom "); at >= 0; at = data.indexOf("\n\r\nFrom ", at + 3))
            ++count;
        total += qMax<qint64>(count, 1);
        file.unmap(const_cast<uchar *>(map));
    }
    return total;
}

} // namespace kensa
