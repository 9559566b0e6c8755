#pragma once

#include "core/base/Finding.h"
#include "core/dns/DnsTypes.h"
#include "core/message/Message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemView;
class QMenu;
class QWidget;

namespace kensa {

// The exact text an item's evidence points to: the header field as written in the message, or
// the DNS record as it was answered. Empty text means there is none, and `missingReason` says
// why (the status tip of the disabled "Copy evidence line").
struct EvidenceLine
{
    QString text;
    QString missingReason;

    bool isEmpty() const { return text.isEmpty(); }
};

// What one item of a view (a checklist cell, a card, a hop, a finding) puts on the clipboard.
struct CopyItem
{
    QString text; // the item as plain text, in the user's language
    QString html; // the same as a small HTML table, or "" for plain text only
    EvidenceLine evidence; // "Copy evidence line"
};

// Copy as the checklist, the cards, the hops, the findings and the headers share it: the text of
// header fields and DNS records, the context menu with "Copy" and "Copy evidence line", and
// Ctrl+C on an item view.
class ClipboardText
{
    Q_DECLARE_TR_FUNCTIONS(kensa::ClipboardText)

public:
    // A header field exactly as written (name, colon, folded value), line ends as "\n", no
    // final line end. Raw bytes outside UTF-8 are read as Message::rawText() reads them.
    static QString fieldText(QByteArrayView raw);
    // The field that starts on `line` of the message; a body line when no field starts there.
    static EvidenceLine messageLine(const Message &message, int line);
    // The records answered for `name` and `type` ("TXT"), zone-file form, one a line; only those
    // whose text starts with `prefix` ("v=spf1") when one is given.
    static EvidenceLine dnsRecords(const QList<DnsAnswer> &dns,
        const QString &name,
        const QString &type,
        const QString &prefix = {});
    // The lines behind a list of evidence findings, each once, in order: the field on the
    // finding's line, else the DNS answer a "name"/"type" finding names.
    static EvidenceLine evidence(
        const Message &message, const QList<DnsAnswer> &dns, const QList<Finding> &findings);
    // Nothing to copy, with the reason in words.
    static EvidenceLine noEvidence();
    // Where a finding is: "DKIM-Signature, line 12", "line 40", "From" or "".
    static QString location(const Finding &finding);

    // The shown text of a card or any widget: its labels and table rows in layout order, a
    // row of a horizontal layout on one line. Hidden widgets are left out.
    static QString widgetText(const QWidget *widget);
    // Puts plain text (and HTML when given) on the clipboard.
    static void put(const QString &text, const QString &html = {});
    static void put(const CopyItem &item);

    // The context menu of an item: "Copy" (and "Copy selected text" when `selected` is not
    // empty), "Copy evidence line" (disabled, with the reason, when there is none). The caller
    // owns the menu.
    static QMenu *createMenu(const CopyItem &item, QWidget *parent, const QString &selected = {});
    // A card: right-click anywhere on it (its labels included) opens createCardMenu(). The
    // evidence line is set by whoever holds the report.
    static void enableCardMenu(QWidget *card);
    static void setCardEvidence(QWidget *card, const EvidenceLine &evidence);
    static CopyItem cardItem(const QWidget *card);
    static QMenu *createCardMenu(QWidget *card);
    // Ctrl+C (QKeySequence::Copy) on `view` calls `copy` instead of copying the current cell's
    // word, also when a window-wide shortcut uses the same keys.
    static void interceptCopy(QAbstractItemView *view, std::function<void()> copy);
};

} // namespace kensa
