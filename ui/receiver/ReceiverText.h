#pragma once

#include "core/receiver/ReceiverResult.h"
#include "ui/style/StatusStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kensa {

// The words the receiver's verdict card, the checklist banner and the Receiver's verdict tab
// share: what a receiver decided, its score against its threshold, whose field it is, the rules
// that weighed most. Texts in the current UI language (tr() and the data's LocalText).
class ReceiverText
{
    Q_DECLARE_TR_FUNCTIONS(kensa::ReceiverText)

public:
    // "Junk folder", "Inbox", "Quarantined", ...: the badge word.
    static QString verdictWord(ReceiverVerdict::Verdict verdict);
    static StatusStyle::Tone tone(ReceiverVerdict::Verdict verdict);
    // "Microsoft 365 / Outlook.com put this message in the junk folder."; for a claim, what the
    // earlier hop's field claims.
    static QString decisionSentence(const ReceiverVerdict &verdict);
    // "Score 7.2 against a threshold of 5"; "Score 5 (the field gives no threshold)"; "" when
    // the field gives no score.
    static QString scoreText(const ReceiverVerdict &verdict);
    // "7.2 / 5", "7.2", "" (table cells).
    static QString scoreCell(const ReceiverVerdict &verdict);
    // "Written by the receiving server (trusted)" / "Claim from an earlier hop".
    static QString trustWord(bool trusted);
    // "BAYES_99 (+3.5)": names with signed weights, or the names alone when no weight is given.
    static QString rulesText(const QList<ReceiverRule> &rules);
    static QString weightText(double weight);
    static QString number(double value);
    // The vendor's name from the data in the UI language, the vendor id when the data has none.
    static QString vendorName(const ReceiverVerdict &verdict);

    // The receiver's own decision: the trusted field that decided the most (reject, quarantine,
    // junk, tagged, inbox, in that order; among equals the one with a score, then with rules);
    // nullptr when no trusted field names a decision.
    static const ReceiverVerdict *primary(const QList<ReceiverVerdict> &verdicts);
    // The rules that weighed most: the largest weights (by size, either sign) first, at most
    // `count`; the field's order among equal weights and for rules without one.
    static QList<ReceiverRule> topRules(const ReceiverVerdict &verdict, int count = 5);
};

} // namespace kensa
