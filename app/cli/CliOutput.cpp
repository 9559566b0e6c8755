#include "app/cli/CliOutput.h"

#include "core/report/ReportJson.h"
#include "core/report/TextReport.h"

#include <optional>

namespace kensa {

namespace {

class TextOutput : public CliOutput
{
public:
    explicit TextOutput(Sink sink) : m_sink(std::move(sink)) {}
    void add(const Report &report) override
    {
        QByteArray bytes = m_count++ > 0 ? QByteArray("\n") : QByteArray();
        bytes += TextReport::render(report).toUtf8();
        m_sink(bytes);
    }

private:
    Sink m_sink;
    qint64 m_count = 0;
};

// QJsonDocument printed one report as an object and several as an array; which one is known
// when the second report arrives, so the first one waits for it.
class JsonOutput : public CliOutput
{
public:
    JsonOutput(Sink sink, bool arrayWhenNone) : m_sink(std::move(sink)), m_arrayWhenNone(arrayWhenNone) {}
    void add(const Report &report) override
    {
        if (m_count++ == 0) {
            m_first = report;
            return;
        }
        QByteArray bytes;
        if (m_first) {
            bytes = "[\n    ";
            ReportJson::write(&bytes, *m_first, JsonWriter::Style::Indented, 1);
            m_first.reset();
        }
        bytes += ",\n    ";
        ReportJson::write(&bytes, report, JsonWriter::Style::Indented, 1);
        m_sink(bytes);
    }
    void finish() override
    {
        QByteArray bytes;
        if (m_first) {
            ReportJson::write(&bytes, *m_first);
            bytes += '\n';
        } else if (m_count > 1) {
            bytes = "\n]\n";
        } else if (m_arrayWhenNone) {
            bytes = "[\n]\n";
        }
        if (!bytes.isEmpty())
            m_sink(bytes);
    }

private:
    Sink m_sink;
    bool m_arrayWhenNone;
    qint64 m_count = 0;
    std::optional<Report> m_first;
};

class JsonLinesOutput : public CliOutput
{
public:
    explicit JsonLinesOutput(Sink sink) : m_sink(std::move(sink)) {}
    void add(const Report &report) override
    {
        QByteArray bytes;
        ReportJson::write(&bytes, report, JsonWriter::Style::Compact);
        bytes += '\n';
        m_sink(bytes);
    }

private:
    Sink m_sink;
};

} // namespace

std::unique_ptr<CliOutput> CliOutput::text(Sink sink)
{
    return std::make_unique<TextOutput>(std::move(sink));
}

std::unique_ptr<CliOutput> CliOutput::json(Sink sink, bool arrayWhenNone)
{
    return std::make_unique<JsonOutput>(std::move(sink), arrayWhenNone);
}

std::unique_ptr<CliOutput> CliOutput::jsonLines(Sink sink)
{
    return std::make_unique<JsonLinesOutput>(std::move(sink));
}

} // namespace kensa
