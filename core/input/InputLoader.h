#pragma once

#include "core/base/Finding.h"
#include "core/base/Result.h"
#include "core/input/EvidenceBundle.h"
#include "core/input/PasteNormalizer.h"
#include "core/input/SourceInfo.h"
#include "core/message/MessageSummary.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kensa {

// One message ready to be analysed: its bytes as read and where they came from.
struct AnalysisInput
{
    QByteArray bytes;
    SourceInfo source;
    PasteNormalizer::Origin origin = PasteNormalizer::Origin::File;
    // What the loader found about this message before parsing (an Outlook .msg: headers only,
    // damaged, no transport headers); the analysis puts these first in the report.
    QList<Finding> findings;
};

// A file, a paste or standard input, split into the messages it holds.
struct LoadedInput
{
    QString name;                   // file path, "-" or "" for a paste
    bool isMbox = false;
    QList<AnalysisInput> messages;  // one for a single message, several for an mbox
    QList<MessageSummary> summaries; // one per message, for the mbox list
    QList<Finding> findings;        // problems with the container (mbox limits ...)
    // An evidence bundle (.kensa): isEvidence is set when the input was taken for one, evidence
    // holds it when it could be read (messages then holds its one message); when it could not,
    // findings says why and messages is empty. Analyse it with EvidenceAnalysis: offline, with
    // the bundle's DNS snapshot only, at its recorded time.
    bool isEvidence = false;
    std::optional<EvidenceBundle> evidence;
};

class InputLoader
{
public:
    enum class MboxMode { Detect, Force, Never };

    // Reads a file. Fails with key input.unreadable / input.not_a_file / input.too_large.
    static Result<QByteArray> readFile(const QString &path);
    // Splits `data` into messages. An Outlook .msg file (recognised by the compound file
    // signature, whatever its name) becomes one message made of its transport headers (and its
    // signed MIME body when it kept one), with source.normalised "outlook_msg_headers" or
    // "outlook_msg_signed" and a finding saying so; a damaged .msg, or one without transport
    // headers, becomes an empty message with an error finding that says why and where. An
    // evidence bundle (EvidenceBundle::looksLikeBundle: by content, or by the .kensa suffix)
    // becomes its message, with source.normalised "evidence_bundle" first and `evidence` set.
    static LoadedInput load(const QByteArray &data,
                            const QString &name,
                            PasteNormalizer::Origin origin,
                            MboxMode mode = MboxMode::Detect);
    // One message of an mbox, as load() makes it: `index` is its 0-based place in the mbox.
    // For a reader that takes the messages one at a time (MboxReader).
    static AnalysisInput mboxMessage(QByteArray bytes, int index, const QString &name, PasteNormalizer::Origin origin);
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::AnalysisInput)
Q_DECLARE_METATYPE(kensa::LoadedInput)
