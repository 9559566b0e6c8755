#pragma once

#include "core/report/Report.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace kensa {

// The "Receiver's verdict" card at the top of the checklist: what the receiving server itself
// decided (folder or action), its score against its threshold, the rules that weighed most,
// which receiver wrote it and that the field is its own (trusted). When only an earlier hop's
// fields exist, it says they are claims; when the message has no verdict field, it is hidden
// (the Receiver's verdict tab says so plainly).
class ReceiverCard : public QFrame
{
    Q_OBJECT

public:
    explicit ReceiverCard(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear();

    // For tests and screenshots.
    QString badgeText() const;
    QString titleText() const;
    QString decisionText() const;
    QString rulesText() const;
    QString trustText() const;

signals:
    // "All fields…": show the Receiver's verdict tab.
    void detailsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<ReceiverVerdict> m_verdicts;
    Message m_message; // the fields whose lines "Copy evidence line" copies
    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_details = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_trust = nullptr;
};

} // namespace kensa
