#include "ui/triage/CompareDialog.h"

#include "core/i18n/Localization.h"
#include "ui/receiver/ReceiverText.h"
#include "ui/style/StatusStyle.h"
#include "ui/triage/TriageModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kensa {

namespace {

enum Column { LabelColumn, FirstColumn, SecondColumn, DiffColumn };

QString resultWord(const QString &result, bool checked)
{
    if (!checked)
        //: Compare view: a check that did not run for this message
        return CompareDialog::tr("Not checked");
    //: Compare view: a result in the user's language, then the RFC 8601 word ("Pass (pass)")
    return CompareDialog::tr("%1 (%2)", "result word, RFC token").arg(StatusStyle::resultText(result), result.isEmpty() ? u"none"_qs : result);
}

QString orNone(const QString &text)
{
    //: Compare view: the message has no such value
    return text.isEmpty() ? CompareDialog::tr("(none)") : text;
}

QString returnPath(const Report &report)
{
    if (report.summary.hasReturnPath && report.summary.returnPath.isEmpty())
        return QStringLiteral("<>");
    return orNone(report.summary.returnPath);
}

QString deliveringIp(const Report &report)
{
    if (!report.hops.boundaryIp.isEmpty())
        return report.hops.boundaryIp;
    return orNone(QString::fromLatin1(report.spf.ip));
}

QString dkimResults(const Report &report)
{
    QStringList lines;
    for (const DkimResult &d : report.dkim)
        lines.append(resultWord(d.result, report.dkimChecked));
    return orNone(lines.join(u'\n'));
}

QString dkimField(const Report &report, bool domain)
{
    QStringList lines;
    for (const DkimResult &d : report.dkim)
        lines.append(domain ? d.domain : d.selector);
    return orNone(lines.join(u'\n'));
}

QString receiverVerdict(const Report &report)
{
    const ReceiverVerdict *verdict = ReceiverText::primary(report.receiverVerdicts);
    if (!verdict)
        //: Compare view: no receiving server wrote its own spam verdict
        return CompareDialog::tr("None written");
    //: Compare view: %1 the receiver, %2 its verdict word ("Microsoft 365: Junk folder")
    return CompareDialog::tr("%1: %2", "receiver, verdict").arg(ReceiverText::vendorName(*verdict), ReceiverText::verdictWord(verdict->verdict));
}

QString rowStatus(const QList<RequirementResult> &results,
                  const QString &rowId,
                  const RequirementTable &table,
                  const QStringList &providers)
{
    QList<QPair<QString, CheckStatus>> statuses;
    for (const RequirementResult &r : results) {
        if (r.id == rowId && providers.contains(r.provider))
            statuses.append({r.provider, r.status});
    }
    if (statuses.isEmpty())
        return CompareDialog::tr("(none)");
    const bool same = std::all_of(statuses.cbegin(), statuses.cend(), [&](const auto &s) { return s.second == statuses.first().second; });
    if (same)
        return StatusStyle::statusText(statuses.first().second);
    QStringList parts;
    for (const auto &[provider, status] : statuses)
        //: Compare view, a checklist row whose status differs by provider: %1 provider, %2 status
        parts.append(CompareDialog::tr("%1: %2", "provider, status").arg(table.providerName(provider).text(Localization::current()), StatusStyle::statusText(status)));
    return parts.join(u'\n');
}

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_onlyDifferences = new QCheckBox(this);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setColumnCount(4);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line a row, so a long list of rows reads at a glance: a value of several lines (one
    // per DKIM signature, one per provider) is joined on that line, and what does not fit is
    // elided, its whole text in the tooltip.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DiffColumn, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_intro);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareDialog::updateVisibility);
    retranslateUi();
}

QList<CompareDialog::Fact> CompareDialog::facts(const Report &first,
                                                const Report &second,
                                                const RequirementTable &table,
                                                const RequirementOptions &options,
                                                const QStringList &providers)
{
    QList<Fact> facts;
    const auto add = [&facts, &first, &second](const QString &id, const QString &label, const auto &value) {
        facts.append(Fact{id, label, value(first), value(second)});
    };
    add(u"from"_qs, tr("From"), [](const Report &r) { return orNone(r.summary.from); });
    add(u"return_path"_qs, tr("Return-Path"), returnPath);
    //: Compare view: the IP address that handed the message to the receiving server
    add(u"ip"_qs, tr("Delivering IP"), deliveringIp);
    add(u"spf"_qs, tr("SPF"), [](const Report &r) { return resultWord(r.spf.result, r.spfChecked); });
    add(u"dkim"_qs, tr("DKIM"), dkimResults);
    add(u"dkim.d"_qs, tr("DKIM d= (signing domain)"), [](const Report &r) { return dkimField(r, true); });
    add(u"dkim.s"_qs, tr("DKIM s= (selector)"), [](const Report &r) { return dkimField(r, false); });
    add(u"dmarc"_qs, tr("DMARC"), [](const Report &r) { return resultWord(r.dmarc.result, r.dmarcChecked); });
    add(u"arc"_qs, tr("ARC"), [](const Report &r) {
        return r.arc.instanceCount == 0 && r.arcChecked ? tr("No ARC headers") : resultWord(r.arc.result, r.arcChecked);
    });
    add(u"receiver"_qs, tr("Receiver's verdict"), receiverVerdict);

    const QString language = Localization::current();
    const CheckResults firstChecks = first.checkResults();
    const CheckResults secondChecks = second.checkResults();
    const QList<RequirementResult> firstResults = RequirementEngine::evaluate(firstChecks, table, options);
    const QList<RequirementResult> secondResults = RequirementEngine::evaluate(secondChecks, table, options);
    for (const QString &provider : providers) {
        //: Compare view row: what a provider would most likely do with the message; %1 the provider
        const QString label = tr("Verdict at %1").arg(table.providerName(provider).text(language));
        facts.append(Fact{u"verdict."_qs + provider,
                          label,
                          TriageModel::outcomeText(RequirementEngine::verdict(firstChecks, firstResults, provider).outcome),
                          TriageModel::outcomeText(RequirementEngine::verdict(secondChecks, secondResults, provider).outcome)});
    }
    for (const RequirementRow &row : table.rows()) {
        facts.append(Fact{u"row."_qs + row.id,
                          row.title.text(language),
                          rowStatus(firstResults, row.id, table, providers),
                          rowStatus(secondResults, row.id, table, providers)});
    }
    return facts;
}

void CompareDialog::setReports(const Report &first,
                               const QString &firstTitle,
                               const Report &second,
                               const QString &secondTitle,
                               const RequirementTable &table,
                               const RequirementOptions &options,
                               const QStringList &providers)
{
    m_first = first;
    m_second = second;
    m_firstTitle = firstTitle;
    m_secondTitle = secondTitle;
    m_requirementTable = &table;
    m_options = options;
    m_providers = providers;
    fill();
}

void CompareDialog::fill()
{
    if (!m_requirementTable)
        return;
    m_facts = facts(m_first, m_second, *m_requirementTable, m_options, m_providers);
    m_table->setHorizontalHeaderLabels({tr("Item"), m_firstTitle, m_secondTitle, tr("Difference")});
    m_table->setRowCount(int(m_facts.size()));
    const QColor tint = StatusStyle::background(StatusStyle::Tone::Risk);
    int differing = 0;
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        const Fact &fact = m_facts.at(i);
        QStringList cells = {fact.label, fact.first, fact.second, QString()};
        if (fact.differs()) {
            ++differing;
            //: Compare view: marks a row whose two values differ (shown with a tint as well)
            cells[DiffColumn] = tr("≠ Differs");
        }
        for (int column = 0; column < cells.size(); ++column) {
            //: Compare view: joins the lines of one value (a DKIM result per signature) on one line
            auto *item = new QTableWidgetItem(QString(cells.at(column)).replace(u'\n', tr("; ", "lines of one value")));
            item->setData(Qt::UserRole, fact.id);
            item->setToolTip(cells.at(column));
            if (fact.differs()) {
                item->setBackground(tint);
                item->setForeground(StatusStyle::foreground(StatusStyle::Tone::Risk));
                if (column == DiffColumn || column == LabelColumn) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
            m_table->setItem(int(i), column, item);
        }
    }
    //: Compare view, above the table: %n rows differ
    m_intro->setText(tr("%n row(s) differ between the two messages; they are tinted and marked “≠ Differs”.", nullptr, differing));
    m_table->setColumnWidth(LabelColumn, 260);
    updateVisibility();
}

void CompareDialog::updateVisibility()
{
    const bool only = m_onlyDifferences->isChecked();
    for (qsizetype i = 0; i < m_facts.size(); ++i)
        m_table->setRowHidden(int(i), only && !m_facts.at(i).differs());
}

void CompareDialog::retranslateUi()
{
    //: Title of the window that shows two messages side by side
    setWindowTitle(tr("Compare Two Messages"));
    m_onlyDifferences->setText(tr("Show only the rows that differ"));
    fill();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace kensa
