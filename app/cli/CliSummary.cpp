#include "app/cli/CliSummary.h"

#include "core/i18n/Localization.h"
#include "core/report/CustomerSummary.h"

namespace kensa {

QCommandLineOption CliSummary::option()
{
    return QCommandLineOption(QStringLiteral("summary"),
                              tr("Print only the summary for the customer (the most likely reason first, who can fix it), "
                                 "then its technical block, instead of the full report."));
}

namespace {

class SummaryOutput final : public CliOutput
{
public:
    SummaryOutput(CliOutput::Sink sink, bool severalInputs)
        : m_sink(std::move(sink))
        , m_severalInputs(severalInputs)
    {
    }

    QByteArray render(const Report &report) const override
    {
        QString text;
        if (m_severalInputs || report.source.index >= 0) {
            const QString name = report.source.index >= 0
                ? CliSummary::tr("%1, message %2").arg(report.source.file).arg(report.source.index + 1)
                : report.source.file;
            text += QStringLiteral("# ") + name + QStringLiteral("\n\n");
        }
        text += CustomerSummary::render(CustomerSummary::fromReport(report), Localization::current(),
                                        CustomerSummary::Format::PlainText);
        return text.toUtf8();
    }

    void write(const Report &, const QByteArray &rendered) override
    {
        m_sink(m_count++ > 0 ? QByteArray("\n") + rendered : rendered);
    }

private:
    CliOutput::Sink m_sink;
    bool m_severalInputs = false;
    int m_count = 0;
};

} // namespace

std::unique_ptr<CliOutput> CliSummary::output(CliOutput::Sink sink, bool severalInputs)
{
    return std::make_unique<SummaryOutput>(std::move(sink), severalInputs);
}

} // namespace kensa
