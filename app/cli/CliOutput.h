#pragma once

#include "core/report/Report.h"

#include <QByteArray>

#include <functional>
#include <memory>

namespace kensa {

// Where kensa-cli's reports go: each is handed over as soon as its analysis is done and may be
// forgotten afterwards, so that a batch of any size is written with flat memory. An output
// option is one class here and one line in CliMain.cpp.
class CliOutput
{
public:
    // Receives bytes for standard output, to be written at once.
    using Sink = std::function<void(const QByteArray &)>;

    virtual ~CliOutput() = default;
    // The printed form of one report. Depends on nothing but the report, so that the threads of
    // a batch render their own reports; safe to call from several threads at once.
    virtual QByteArray render(const Report &report) const = 0;
    // Writes the next report in order, `rendered` being render(report).
    virtual void write(const Report &report, const QByteArray &rendered) = 0;
    void add(const Report &report) { write(report, render(report)); }
    // After the last report.
    virtual void finish() {}

    // The text report, one after the other with an empty line between them.
    static std::unique_ptr<CliOutput> text(Sink sink);
    // --json: one object for one report, else an array (also for no report when
    // `arrayWhenNone`: several inputs were given), streamed element by element; the bytes are
    // those of ReportJson::serialize() over all the reports.
    static std::unique_ptr<CliOutput> json(Sink sink, bool arrayWhenNone);
    // --jsonl: one compact object a line.
    static std::unique_ptr<CliOutput> jsonLines(Sink sink);
};

} // namespace kensa
