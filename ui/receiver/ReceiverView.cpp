#include "ui/receiver/ReceiverView.h"

#include "core/i18n/Explanations.h"
#include "core/i18n/Localization.h"
#include "ui/receiver/ReceiverText.h"
#include "ui/style/ClipboardText.h"
#include "ui/style/StatusStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace kensa {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int FieldRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px; white-space:nowrap\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

ReceiverView::ReceiverView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("receiverView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receiverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_tree = new QTreeWidget(m_splitter);
    m_tree->setObjectName(QStringLiteral("receiverTree"));
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideRight);

    auto *pane = new QWidget(m_splitter);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(pane);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QTextBrowser(pane);
    m_detail->setObjectName(QStringLiteral("receiverDetail"));
    // Addresses are text to read or copy; Kensa never opens a URL found in or about a message.
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);
    auto *sourceRow = new QHBoxLayout;
    m_sourceLabel = new QLabel(pane);
    m_source = new QLabel(pane);
    m_source->setObjectName(QStringLiteral("receiverSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_copySource = new QToolButton(pane);
    m_copySource->setObjectName(QStringLiteral("receiverCopySource"));
    connect(m_copySource, &QToolButton::clicked, this, [this] {
        if (!m_source->text().isEmpty())
            QApplication::clipboard()->setText(m_source->text());
    });
    sourceRow->addWidget(m_sourceLabel, 0, Qt::AlignTop);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_copySource, 0, Qt::AlignTop);
    m_rawLabel = new QLabel(pane);
    m_raw = new QPlainTextEdit(pane);
    m_raw->setObjectName(QStringLiteral("receiverRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    paneLayout->addWidget(m_detailTitle);
    paneLayout->addWidget(m_detail, 3);
    paneLayout->addLayout(sourceRow);
    paneLayout->addWidget(m_rawLabel);
    paneLayout->addWidget(m_raw, 1);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({680, 560});
    layout->addWidget(m_splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDetail(item); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createItemMenu(m_tree->itemAt(pos));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    retranslateUi();
}

void ReceiverView::setReport(const Report &report)
{
    m_hasReport = true;
    m_checked = report.receiverChecked;
    m_verdicts = report.receiverVerdicts;
    m_message = report.message;
    rebuild();
}

QMenu *ReceiverView::createItemMenu(QTreeWidgetItem *item)
{
    if (!item)
        return nullptr;
    m_tree->setCurrentItem(item);
    const int field = item->data(0, FieldRole).toInt();
    CopyItem copy;
    copy.text = m_detailTitle->text() + u'\n' + m_detail->toPlainText().trimmed();
    copy.evidence = field >= 0 && field < m_verdicts.size() ? ClipboardText::messageLine(m_message, m_verdicts.at(field).line)
                                                            : ClipboardText::noEvidence();
    return ClipboardText::createMenu(copy, this);
}

void ReceiverView::clear()
{
    m_hasReport = false;
    m_checked = false;
    m_verdicts.clear();
    m_message = Message();
    rebuild();
}

QString ReceiverView::summaryText() const
{
    return m_summary->text();
}

QString ReceiverView::detailText() const
{
    return m_detailTitle->text() + u'\n' + m_detail->toPlainText();
}

QString ReceiverView::sourceText() const
{
    return m_source->text();
}

QString ReceiverView::rawText() const
{
    return m_raw->toPlainText();
}

QTreeWidgetItem *ReceiverView::fieldItem(int index) const
{
    return index >= 0 && index < m_tree->topLevelItemCount() ? m_tree->topLevelItem(index) : nullptr;
}

void ReceiverView::selectField(int index)
{
    if (QTreeWidgetItem *item = fieldItem(index))
        m_tree->setCurrentItem(item);
}

void ReceiverView::selectToken(int field, const QString &token)
{
    QTreeWidgetItem *item = fieldItem(field);
    for (int i = 0; item && i < item->childCount(); ++i) {
        if (item->child(i)->data(0, KindRole).toInt() == TokenItem && item->child(i)->text(0) == token) {
            m_tree->setCurrentItem(item->child(i));
            return;
        }
    }
}

void ReceiverView::selectRule(int field, const QString &rule)
{
    QTreeWidgetItem *item = fieldItem(field);
    for (int i = 0; item && i < item->childCount(); ++i) {
        QTreeWidgetItem *rules = item->child(i);
        if (rules->data(0, KindRole).toInt() != RulesItem)
            continue;
        for (int j = 0; j < rules->childCount(); ++j) {
            if (rules->child(j)->text(0) == rule) {
                m_tree->setCurrentItem(rules->child(j));
                return;
            }
        }
    }
}

void ReceiverView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ReceiverView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Field, token or rule"), tr("Value"), tr("Meaning")});
    m_sourceLabel->setText(tr("Source of the meaning:"));
    //: Copies the documentation address to the clipboard (Kensa never opens it)
    m_copySource->setText(tr("Copy address"));
    m_copySource->setToolTip(tr("Copy the address of the vendor's documentation page; Kensa does not open it"));
    rebuild();
}

void ReceiverView::rebuild()
{
    // Keep the selection across a language switch.
    int selectedField = -1;
    int selectedKind = 0;
    int selectedIndex = -1;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        selectedField = current->data(0, FieldRole).toInt();
        selectedKind = current->data(0, KindRole).toInt();
        selectedIndex = current->data(0, IndexRole).toInt();
    }
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QString language = Localization::current();

    if (!m_hasReport) {
        m_summary->setText(tr("Open a message to see what the receiving server wrote about its own spam decision."));
    } else if (!m_checked) {
        m_summary->setText(tr("Kensa has not read the receiver's verdict fields of this message."));
    } else if (m_verdicts.isEmpty()) {
        m_summary->setText(tr("The receiving server wrote no spam-verdict field that Kensa knows (such as X-Forefront-Antispam-Report, "
                              "X-Spam-Status or X-Spamd-Result). Where it put the message cannot be read from the message itself."));
    } else {
        const int trusted = int(std::count_if(m_verdicts.cbegin(), m_verdicts.cend(), [](const ReceiverVerdict &v) { return v.trusted; }));
        const QString fields = tr("%n verdict field(s) in this message.", nullptr, int(m_verdicts.size()));
        const QString who = trusted == 0
            ? tr("None was written by the receiving server: they are all claims from an earlier hop.")
            : trusted == m_verdicts.size()
            ? tr("All of them were written by the receiving server itself (trusted).")
            : tr("%1 written by the receiving server itself (trusted), %2 only claimed by an earlier hop.")
                  .arg(trusted)
                  .arg(m_verdicts.size() - trusted);
        //: Two sentences in a row; Japanese joins them without a space
        m_summary->setText(tr("%1 %2", "two sentences").arg(fields, who));
    }

    const QIcon undocumentedIcon = StatusStyle::icon(StatusStyle::Tone::Unknown, this);
    for (int f = 0; f < m_verdicts.size(); ++f) {
        const ReceiverVerdict &v = m_verdicts.at(f);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, KindRole, FieldItem);
        item->setData(0, FieldRole, f);
        item->setData(0, IndexRole, -1);
        // A field's row spans the columns: its name, verdict and score, who wrote it, the
        // receiver and the line, in full; its tokens and rules below use the three columns.
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        const QString score = ReceiverText::scoreCell(v);
        const QString verdict = score.isEmpty() ? ReceiverText::verdictWord(v.verdict)
                                                //: Verdict word and score in the tree ("Junk folder, 5 / 5")
                                                : tr("%1, %2", "verdict, score").arg(ReceiverText::verdictWord(v.verdict), score);
        //: The tree's row of a field: field, verdict and score, who wrote it, receiver, line
        //: ("X-Spam-Status · Tagged as spam, 7.2 / 5 · Receiving server (trusted) · SpamAssassin · line 14")
        item->setText(0, tr("%1 · %2 · %3 · %4 · line %5")
                             .arg(v.field, verdict, ReceiverText::trustWord(v.trusted), ReceiverText::vendorName(v))
                             .arg(v.line));
        item->setToolTip(0, item->text(0));
        const StatusStyle::Tone tone = v.trusted ? ReceiverText::tone(v.verdict) : StatusStyle::Tone::Unknown;
        item->setIcon(0, StatusStyle::icon(tone, this));
        item->setForeground(0, StatusStyle::foreground(tone));

        for (int t = 0; t < v.decoded.size(); ++t) {
            const DecodedToken &token = v.decoded.at(t);
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, KindRole, TokenItem);
            child->setData(0, FieldRole, f);
            child->setData(0, IndexRole, t);
            child->setText(0, token.token);
            child->setText(1, token.value);
            const QString label = token.label.text(language);
            QString meaning;
            if (token.documented)
                meaning = label.isEmpty() ? token.meaning.text(language)
                                          //: A token's label, then what its value means ("Spam confidence level: spam, ...")
                                          : tr("%1: %2", "label, meaning").arg(label, token.meaning.text(language));
            else if (!label.isEmpty())
                meaning = tr("%1: undocumented value (shown as written)").arg(label);
            else
                meaning = tr("Undocumented (shown as written)", "token");
            child->setText(2, meaning);
            child->setToolTip(2, meaning);
            if (!token.documented) {
                child->setIcon(2, undocumentedIcon);
                QFont italic = child->font(2);
                italic.setItalic(true);
                child->setFont(2, italic);
            }
        }
        if (!v.rules.isEmpty()) {
            auto *rules = new QTreeWidgetItem(item);
            rules->setData(0, KindRole, RulesItem);
            rules->setData(0, FieldRole, f);
            rules->setData(0, IndexRole, -1);
            //: The tree's node holding a filter's rules or symbols
            rules->setText(0, tr("Rules (%1)").arg(v.rules.size()));
            rules->setText(2, tr("Rules the filter reports, with their weights"));
            for (int r = 0; r < v.rules.size(); ++r) {
                const ReceiverRule &rule = v.rules.at(r);
                auto *child = new QTreeWidgetItem(rules);
                child->setData(0, KindRole, RuleItem);
                child->setData(0, FieldRole, f);
                child->setData(0, IndexRole, r);
                child->setText(0, rule.name);
                QString value = rule.weight ? ReceiverText::weightText(*rule.weight) : QString();
                if (!rule.options.isEmpty())
                    value = value.isEmpty() ? rule.options : tr("%1 {%2}", "weight, options").arg(value, rule.options);
                child->setText(1, value);
                child->setToolTip(1, value);
                const QString meaning = rule.documented ? rule.meaning.text(language)
                                                        : tr("Undocumented (shown as written)", "rule");
                child->setText(2, meaning);
                child->setToolTip(2, meaning);
                if (!rule.documented) {
                    child->setIcon(2, undocumentedIcon);
                    QFont italic = child->font(2);
                    italic.setItalic(true);
                    child->setFont(2, italic);
                }
            }
        }
    }
    m_tree->expandAll();
    // Token and rule names in full (the field rows span), values up to a width that leaves the
    // meanings room; the full value is in the pane beside and in the tooltip.
    int nameWidth = m_tree->fontMetrics().horizontalAdvance(m_tree->headerItem()->text(0)) + 24;
    int valueWidth = m_tree->fontMetrics().horizontalAdvance(m_tree->headerItem()->text(1)) + 24;
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        QTreeWidgetItemIterator it(m_tree->topLevelItem(f));
        for (++it; *it && (*it)->parent(); ++it) {
            const int depth = (*it)->parent()->parent() ? 2 : 1;
            nameWidth = qMax(nameWidth, m_tree->fontMetrics().horizontalAdvance((*it)->text(0)) + m_tree->indentation() * (depth + 1) + 12);
            valueWidth = qMax(valueWidth, m_tree->fontMetrics().horizontalAdvance((*it)->text(1)) + 16);
        }
    }
    m_tree->setColumnWidth(0, qMin(nameWidth, 250));
    m_tree->setColumnWidth(1, qMin(valueWidth, 150));

    // Restore the selection, else the first field.
    QTreeWidgetItem *select = fieldItem(selectedField >= 0 ? selectedField : 0);
    if (select && selectedKind == TokenItem && selectedIndex >= 0 && selectedIndex < select->childCount())
        select = select->child(selectedIndex);
    else if (select && selectedKind == RuleItem && selectedIndex >= 0) {
        for (int i = 0; i < select->childCount(); ++i) {
            if (select->child(i)->data(0, KindRole).toInt() == RulesItem && selectedIndex < select->child(i)->childCount()) {
                select = select->child(i)->child(selectedIndex);
                break;
            }
        }
    }
    m_tree->setCurrentItem(select);
    showDetail(select);
    m_splitter->setVisible(!m_verdicts.isEmpty());
}

void ReceiverView::showDetail(QTreeWidgetItem *item)
{
    if (!item) {
        m_detailTitle->clear();
        m_detail->clear();
        m_source->clear();
        m_raw->clear();
        m_rawLabel->clear();
        m_copySource->setEnabled(false);
        return;
    }
    const QString language = Localization::current();
    const int f = item->data(0, FieldRole).toInt();
    const int kind = item->data(0, KindRole).toInt();
    const int index = item->data(0, IndexRole).toInt();
    if (f < 0 || f >= m_verdicts.size())
        return;
    const ReceiverVerdict &v = m_verdicts.at(f);
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    QString source;

    if (kind == TokenItem && index >= 0 && index < v.decoded.size()) {
        const DecodedToken &token = v.decoded.at(index);
        //: Detail title: a token of a field ("SCL in X-Forefront-Antispam-Report")
        m_detailTitle->setText(tr("%1 in %2").arg(token.token, v.field));
        html += row(tr("Token"), token.token);
        html += row(tr("Value"), token.value);
        if (!token.label.isEmpty())
            html += row(tr("What it is"), token.label.text(language));
        html += row(tr("Meaning"), token.documented ? token.meaning.text(language)
                                                    : tr("Undocumented: the vendor publishes no meaning for this value. "
                                                         "Kensa shows it as written and does not guess."));
        source = token.source;
    } else if (kind == RuleItem && index >= 0 && index < v.rules.size()) {
        const ReceiverRule &rule = v.rules.at(index);
        m_detailTitle->setText(tr("%1 in %2").arg(rule.name, v.field));
        html += row(tr("Rule"), rule.name);
        html += row(tr("Weight"), rule.weight ? ReceiverText::weightText(*rule.weight) : tr("not given"));
        if (!rule.options.isEmpty())
            html += row(tr("Options"), rule.options);
        if (!rule.familyLabel.isEmpty())
            html += row(tr("Family"), rule.familyLabel.text(language));
        html += row(tr("Meaning"), rule.documented ? rule.meaning.text(language)
                                                   : tr("Undocumented: the vendor publishes no meaning for this rule. "
                                                        "Kensa shows it as written and does not guess."));
        source = rule.source;
    } else {
        m_detailTitle->setText(v.field);
        html += row(tr("Receiver"), ReceiverText::vendorName(v));
        html += row(tr("Field"), v.field);
        html += row(tr("Line"), QString::number(v.line));
        html += row(tr("Written by"), v.trusted ? tr("The receiving server itself, when the message arrived (trusted): its own decision.")
                                                : tr("A server before the receiving server (an earlier hop): a claim, not the receiver's decision."));
        html += row(tr("Verdict"), ReceiverText::decisionSentence(v));
        const QString score = ReceiverText::scoreText(v);
        if (!score.isEmpty())
            html += row(tr("Score"), score);
        if (!v.fieldMeaning.isEmpty())
            html += row(tr("What the field is"), v.fieldMeaning.text(language));
        const QList<ReceiverRule> top = ReceiverText::topRules(v);
        if (!top.isEmpty())
            html += row(tr("Rules that weighed most"), ReceiverText::rulesText(top));
        if (!v.undocumented.isEmpty())
            html += row(tr("Undocumented"), v.undocumented.join(QStringLiteral(", ")));
        for (const Finding &finding : v.findings)
            html += row(tr("Note"), Explanations::text(finding));
        source = v.fieldSource;
    }
    html += QStringLiteral("</table>");

    m_detail->setHtml(html);
    m_source->setText(source.isEmpty() ? tr("No documentation page is known for this.") : source);
    m_copySource->setEnabled(!source.isEmpty());
    //: Label above the raw text of the field
    m_rawLabel->setText(tr("Raw field as written (line %1):").arg(v.line));
    m_raw->setPlainText(v.field + QStringLiteral(": ") + v.raw);
}

} // namespace kensa
