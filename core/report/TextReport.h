#pragma once

#include "core/report/Report.h"

#include <QCoreApplication>
#include <QString>

namespace kensa {

// The readable text kensa-cli prints for one report, in the installed language.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(kensa::TextReport)

public:
    static QString render(const Report &report);
    // Translated name of a provider wrapper id ("gmail" -> "Gmail \"Show original\"").
    static QString wrapperName(const QString &wrapper);
    // The requirement matrix (rows by providers) with each provider's likely verdict; the end
    // of render(). Only the providers present in report.requirements.
    static QString renderChecklist(const Report &report);
    static QString statusWord(CheckStatus status, bool pending);
    // An RFC 8601 result token as the reader sees it: the token itself in English, the
    // translated word with the token in parentheses in other languages ("成功（pass）").
    static QString resultWord(const QString &result);
    // "(receiver recorded: pass)", or without a name when the receiver wrote none.
    static QString recordedNote(const QString &receiver, const QString &result);
    // The status word of one checklist cell, with its bulk-only or recommended mark.
    static QString cellWord(const RequirementResult &result);
    // One step of an SPF evaluation as a reader sees it, translated ("result: pass — The
    // mechanism ip4:… matched …"), without indentation.
    static QString spfTraceLine(const SpfTraceEntry &entry);
    // Terminal columns `text` takes: East Asian Wide and Fullwidth characters (UAX #11) take
    // two, combining marks and format characters none, everything else one.
    static int displayWidth(QStringView text);
    // The receiver's decision in words ("junk", "inbox", ...; "no decision stated" for Unknown).
    static QString verdictWord(ReceiverVerdict::Verdict verdict);
    // The "Receiver's verdict" section: each verdict field of every vendor with its trust, verdict,
    // score and threshold, decoded tokens with their meaning, rules and what stays undocumented;
    // empty when the message has none.
    static QString renderReceiverVerdicts(const Report &report);
};

} // namespace kensa
