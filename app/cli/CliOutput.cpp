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
    QByteArray render(const Report &report) const override { return TextReport::render(report).toUtf8(); }
    void write(const Report &, const QByteArray &rendered) override
    {
        m_sink(m_count++ > 0 ? QByteArray("\n") + rendered : rendered);
    }

private:
    Sink m_sink;
    qint64 m_count = 0;
};

// QJsonDocument printed one report as an object and several as an array; which one is known
// when the second report arrives, so the first one waits for it. Reports are rendered as array
// elements (one level in) behind the ",\n    " that comes before every element but the first,
// so that the sink takes them as they are rather than a copy of some 170 KB each; a report that
// turns out to be alone is rendered again as the object.
class JsonOutput : public CliOutput
{
public:
    JsonOutput(Sink sink, bool arrayWhenNone) : m_sink(std::move(sink)), m_arrayWhenNone(arrayWhenNone) {}
    QByteArray render(const Report &report) const override
    {
        QByteArray bytes = ",\n    ";
        ReportJson::write(&bytes, report, JsonWriter::Style::Indented, 1);
        return bytes;
    }
    void write(const Report &report, const QByteArray &rendered) override
    {
        if (m_count++ == 0) {
            m_first = report;
            m_firstRendered = rendered;
            return;
        }
        if (m_first) {
            m_sink('[' + m_firstRendered.sliced(1)); // "[\n    " in place of the comma
            m_first.reset();
            m_firstRendered.clear();
        }
        m_sink(rendered);
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
    QByteArray m_firstRendered;
};

class JsonLinesOutput : public CliOutput
{
public:
    explicit JsonLinesOutput(Sink sink) : m_sink(std::move(sink)) {}
    QByteArray render(const Report &report) const override
    {
        QByteArray bytes;
        ReportJson::write(&bytes, report, JsonWriter::Style::Compact);
        bytes += '\n';
        return bytes;
    }
    void write(const Report &, const QByteArray &rendered) override { m_sink(rendered); }

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
