#include "ui/style/ClipboardText.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace kensa {

namespace {

const char EvidenceProperty[] = "kensaEvidenceLine";
const char MissingProperty[] = "kensaEvidenceMissing";

// Ctrl+C on an item view: the view's own handler copies the current cell's display word only.
class CopyKeyFilter : public QObject
{
public:
    CopyKeyFilter(QObject *parent, std::function<void()> copy)
        : QObject(parent)
        , m_copy(std::move(copy))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        if (!static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy))
            return QObject::eventFilter(watched, event);
        // Accepting the override keeps a window-wide Ctrl+C action from taking the keys.
        event->accept();
        if (type == QEvent::KeyPress)
            m_copy();
        return true;
    }

private:
    std::function<void()> m_copy;
};

QString labelText(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void collectLayout(const QLayout *layout, QStringList &lines);

// A table as tab-separated rows under its column titles: pasted into a ticket or a sheet alike.
void collectView(const QAbstractItemView *view, QStringList &lines)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    QStringList titles;
    for (int column = 0; column < model->columnCount(); ++column)
        titles.append(model->headerData(column, Qt::Horizontal).toString());
    lines.append(titles.join(u'\t'));
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString().replace(u'\n', u' '));
        lines.append(cells.join(u'\t'));
    }
}

void collectWidget(const QWidget *widget, QStringList &lines)
{
    if (widget->isHidden() || qobject_cast<const QAbstractButton *>(widget))
        return;
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const QString text = labelText(label).trimmed();
        if (!text.isEmpty())
            lines.append(text);
        return;
    }
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        collectView(view, lines);
        return;
    }
    if (widget->layout())
        collectLayout(widget->layout(), lines);
}

void collectLayout(const QLayout *layout, QStringList &lines)
{
    const auto *box = qobject_cast<const QBoxLayout *>(layout);
    const bool row = box
        && (box->direction() == QBoxLayout::LeftToRight
            || box->direction() == QBoxLayout::RightToLeft);
    QStringList parts;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (const QWidget *widget = item->widget())
            collectWidget(widget, row ? parts : lines);
        else if (const QLayout *inner = item->layout())
            collectLayout(inner, row ? parts : lines);
    }
    if (row && !parts.isEmpty())
        //: Between the parts of one row of a card when it is copied ("Fail · Signature 1 by example.com")
        lines.append(parts.join(ClipboardText::tr(" · ", "copied row separator")));
}

// The physical line `line` (1-based) of the message, without its line end.
QString physicalLine(const QByteArray &bytes, int line)
{
    qsizetype start = 0;
    for (int n = 1; n < line; ++n) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            return {};
        start = end + 1;
    }
    if (start >= bytes.size())
        return {};
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0)
        end = bytes.size();
    QByteArrayView text(bytes.constData() + start, end - start);
    if (text.endsWith('\r'))
        text.chop(1);
    return Message::rawText(text);
}

} // namespace

QString ClipboardText::fieldText(QByteArrayView raw)
{
    QString text = Message::rawText(raw);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

EvidenceLine ClipboardText::messageLine(const Message &message, int line)
{
    if (line <= 0)
        return noEvidence();
    // A finding may point into a folded field's continuation: the whole field is its line.
    for (const HeaderField &field : message.headers()) {
        if (line >= field.line && line < field.line + qMax(1, field.lineCount()))
            return {fieldText(field.raw), {}};
    }
    const QString text = physicalLine(message.bytes(), line);
    if (text.isEmpty())
        return {{},
            tr("Line %1 of the message is empty or missing: there is nothing to copy.").arg(line)};
    return {text, {}};
}

EvidenceLine ClipboardText::dnsRecords(
    const QList<DnsAnswer> &dns, const QString &name, const QString &type, const QString &prefix)
{
    QString owner = name.trimmed();
    while (owner.endsWith(u'.'))
        owner.chop(1);
    QStringList lines;
    const DnsAnswer *asked = nullptr;
    for (const DnsAnswer &answer : dns) {
        if (dnsTypeName(answer.question.type) != type
            || QString::fromLatin1(answer.question.name).compare(owner, Qt::CaseInsensitive) != 0)
            continue;
        asked = &answer;
        for (const DnsRecord &record : answer.records) {
            if (!prefix.isEmpty()
                && !QString::fromLatin1(record.joinedText())
                        .startsWith(prefix, Qt::CaseInsensitive))
                continue;
            // The form of a zone file and of dig's answer section.
            const QString line = QStringLiteral("%1. %2 IN %3 %4")
                                     .arg(QString::fromLatin1(record.owner))
                                     .arg(record.ttl)
                                     .arg(dnsTypeName(record.type), record.presentation());
            if (!lines.contains(line))
                lines.append(line);
        }
    }
    if (!lines.isEmpty())
        return {lines.join(u'\n'), {}};
    if (!asked)
        return {{},
            tr("This analysis holds no DNS answer for %1 (%2): there is no record to copy.")
                .arg(owner, type)};
    if (asked->records.isEmpty())
        //: %3 is the DNS status as written by DNS tools (NXDOMAIN, NODATA, SERVFAIL ...)
        return {{},
            tr("The DNS answer for %1 (%2) held no record (%3): there is nothing to copy.")
                .arg(owner, type, dnsStatusName(asked->status))};
    return {{},
        tr("None of the records answered for %1 (%2) starts with %3: there is nothing to copy.")
            .arg(owner, type, prefix)};
}

EvidenceLine ClipboardText::evidence(
    const Message &message, const QList<DnsAnswer> &dns, const QList<Finding> &findings)
{
    QStringList lines;
    QString missing;
    for (const Finding &finding : findings) {
        EvidenceLine line;
        if (finding.line > 0)
            line = messageLine(message, finding.line);
        else if (!finding.arg(QStringLiteral("name")).isEmpty()
            && !finding.arg(QStringLiteral("type")).isEmpty())
            line = dnsRecords(
                dns, finding.arg(QStringLiteral("name")), finding.arg(QStringLiteral("type")));
        else
            continue;
        if (!line.isEmpty() && !lines.contains(line.text))
            lines.append(line.text);
        else if (line.isEmpty() && missing.isEmpty())
            missing = line.missingReason;
    }
    if (!lines.isEmpty())
        return {lines.join(u'\n'), {}};
    return missing.isEmpty() ? noEvidence() : EvidenceLine{{}, missing};
}

EvidenceLine ClipboardText::noEvidence()
{
    return {{}, tr("This item points to no header field of the message and to no DNS record.")};
}

QString ClipboardText::location(const Finding &finding)
{
    if (finding.line > 0 && !finding.header.isEmpty())
        //: Where a piece of evidence is in the message: header field name, line number
        return tr("%1, line %2").arg(finding.header).arg(finding.line);
    if (finding.line > 0)
        return tr("line %1").arg(finding.line);
    return finding.header;
}

QString ClipboardText::widgetText(const QWidget *widget)
{
    QStringList lines;
    if (widget && widget->layout())
        collectLayout(widget->layout(), lines);
    return lines.join(u'\n');
}

void ClipboardText::put(const QString &text, const QString &html)
{
    auto *data = new QMimeData;
    data->setText(text);
    if (!html.isEmpty())
        data->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(data);
}

void ClipboardText::put(const CopyItem &item)
{
    put(item.text, item.html);
}

QMenu *ClipboardText::createMenu(const CopyItem &item, QWidget *parent, const QString &selected)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("copyMenu"));
    // A disabled "Copy evidence line" says why in its tooltip, beside the status bar's tip.
    menu->setToolTipsVisible(true);
    if (!selected.isEmpty()) {
        QAction *copySelected = menu->addAction(tr("Copy selected text"));
        copySelected->setObjectName(QStringLiteral("copySelectionAction"));
        QObject::connect(copySelected, &QAction::triggered, menu, [selected] { put(selected); });
    }
    QAction *copy = menu->addAction(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setStatusTip(tr("Copy this item as text, with its result and evidence"));
    copy->setEnabled(!item.text.isEmpty());
    QObject::connect(copy, &QAction::triggered, menu, [item] { put(item); });

    //: Copies the exact header field or DNS record an item rests on
    QAction *line = menu->addAction(tr("Copy evidence line"));
    line->setObjectName(QStringLiteral("copyEvidenceLineAction"));
    if (item.evidence.isEmpty()) {
        line->setEnabled(false);
        line->setStatusTip(item.evidence.missingReason);
        line->setToolTip(item.evidence.missingReason);
    } else {
        const QString tip
            = tr("Copy the header field or DNS record this item rests on, exactly as written");
        line->setStatusTip(tip);
        line->setToolTip(tip);
        QObject::connect(
            line, &QAction::triggered, menu, [text = item.evidence.text] { put(text); });
    }
    return menu;
}

void ClipboardText::enableCardMenu(QWidget *card)
{
    card->setContextMenuPolicy(Qt::CustomContextMenu);
    // Selectable labels bring their own menu (Copy, Select All); the card's menu has both
    // Copy actions and copies a selection too.
    for (QLabel *label : card->findChildren<QLabel *>())
        label->setContextMenuPolicy(Qt::NoContextMenu);
    QObject::connect(card, &QWidget::customContextMenuRequested, card, [card](const QPoint &pos) {
        QMenu *menu = createCardMenu(card);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(card->mapToGlobal(pos));
    });
}

void ClipboardText::setCardEvidence(QWidget *card, const EvidenceLine &evidence)
{
    card->setProperty(EvidenceProperty, evidence.text);
    card->setProperty(MissingProperty, evidence.missingReason);
}

CopyItem ClipboardText::cardItem(const QWidget *card)
{
    CopyItem item;
    item.text = widgetText(card);
    item.evidence.text = card->property(EvidenceProperty).toString();
    item.evidence.missingReason = card->property(MissingProperty).toString();
    if (item.evidence.isEmpty() && item.evidence.missingReason.isEmpty())
        item.evidence = noEvidence();
    return item;
}

QMenu *ClipboardText::createCardMenu(QWidget *card)
{
    QString selected;
    for (const QLabel *label : card->findChildren<QLabel *>()) {
        if (label->hasSelectedText()) {
            selected = label->selectedText();
            break;
        }
    }
    return createMenu(cardItem(card), card, selected);
}

void ClipboardText::interceptCopy(QAbstractItemView *view, std::function<void()> copy)
{
    view->installEventFilter(new CopyKeyFilter(view, std::move(copy)));
}

} // namespace kensa
