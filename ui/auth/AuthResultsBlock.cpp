#include "ui/auth/AuthResultsBlock.h"

#include "core/i18n/Explanations.h"
#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kensa {

namespace {

enum Column { MethodColumn, ResultColumn, DetailsColumn, ColumnCount };

} // namespace

AuthResultsBlock::AuthResultsBlock(const AuthResultsField &field, QWidget *parent)
    : QFrame(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("authResultsBlock"));
    const StatusStyle::Tone tone = field.trusted ? StatusStyle::Tone::Good : StatusStyle::Tone::Neutral;
    setStyleSheet(QStringLiteral("#authResultsBlock { background: palette(base); border: 1px solid %1; border-radius: 4px; }")
                      .arg(StatusStyle::border(tone).name()));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_trust = new QLabel(this);
    m_trust->setObjectName(QStringLiteral("authResultsTrust"));
    m_trust->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 8px; font-weight: bold; }")
                               .arg(StatusStyle::background(tone).name(), StatusStyle::foreground(tone).name()));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_trust);
    top->addWidget(m_title, 1);
    layout->addLayout(top);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);

    m_table = new QTableWidget(int(field.methods.size()), ColumnCount, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    for (int row = 0; row < field.methods.size(); ++row) {
        const AuthResultsMethod &m = field.methods.at(row);
        auto *method = new QTableWidgetItem(m.version >= 0 ? QStringLiteral("%1/%2").arg(m.method).arg(m.version) : m.method);
        auto *result = new QTableWidgetItem;
        const StatusStyle::Tone resultTone = StatusStyle::toneOfResult(m.result);
        result->setBackground(StatusStyle::background(resultTone));
        result->setForeground(StatusStyle::foreground(resultTone));
        result->setData(Qt::UserRole, m.result);
        QStringList details;
        for (const AuthResultsProperty &p : m.properties)
            details << p.name() + u'=' + p.value;
        auto *detail = new QTableWidgetItem(details.join(u"  "));
        m_table->setItem(row, MethodColumn, method);
        m_table->setItem(row, ResultColumn, result);
        m_table->setItem(row, DetailsColumn, detail);
    }
    m_table->setVisible(!field.methods.isEmpty());
    layout->addWidget(m_table);
    retranslateUi();
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

QString AuthResultsBlock::trustText() const
{
    return m_trust->text();
}

void AuthResultsBlock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void AuthResultsBlock::retranslateUi()
{
    const AuthResultsField &f = m_field;
    const QString id = f.authservId.isEmpty() ? tr("(no authserv-id)") : f.authservId;
    if (f.isArc())
        m_title->setText(tr("ARC-Authentication-Results i=%1 by %2 (line %3)").arg(f.instance).arg(id).arg(f.line));
    else
        m_title->setText(tr("Authentication-Results by %1 (line %2)").arg(id).arg(f.line));
    if (f.isArc())
        m_trust->setText(tr("ARC"));
    else
        m_trust->setText(f.trusted ? tr("Trusted") : tr("Claim"));
    if (f.isArc())
        m_trust->setToolTip(tr("Written by a server that handled the message on its way and sealed with ARC; the ARC check judges it."));
    else if (f.trusted)
        m_trust->setToolTip(tr("Written by the final receiver when the message arrived: this is what the receiver decided."));
    else
        m_trust->setToolTip(tr("Not written by the final receiver: an earlier server, or the sender itself, may have added it. It is shown, not believed."));

    QStringList problems;
    if (f.noResult)
        problems << tr("The receiver recorded that it checked nothing (\"none\").");
    if (f.nonconforming)
        problems << tr("This field does not follow RFC 8601; Kensa read it leniently.");
    for (const Finding &finding : f.findings)
        problems << Explanations::text(finding);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    m_table->setHorizontalHeaderLabels({tr("Method"), tr("Result"), tr("Details")});
    for (int row = 0; row < f.methods.size(); ++row) {
        const AuthResultsMethod &m = f.methods.at(row);
        QString text = StatusStyle::resultText(m.result);
        if (text != m.result)
            text = tr("%1 (%2)", "result word, RFC 8601 token").arg(text, m.result);
        m_table->item(row, ResultColumn)->setText(text);
        QStringList details;
        if (!m.reason.isNull())
            details << tr("reason: %1").arg(m.reason);
        if (!m.comment.isEmpty())
            details << u'(' + m.comment + u')';
        for (const AuthResultsProperty &p : m.properties)
            details << p.name() + u'=' + p.value;
        m_table->item(row, DetailsColumn)->setText(details.join(QStringLiteral("  ")));
        m_table->item(row, DetailsColumn)->setToolTip(details.join(u'\n'));
    }
    // The headers and words are new after a language switch: the columns follow them.
    m_table->resizeColumnsToContents();
}

} // namespace kensa
