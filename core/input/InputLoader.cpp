#include "core/input/InputLoader.h"

#include "core/base/Limits.h"
#include "core/input/MboxSplitter.h"
#include "core/input/OutlookMsg.h"

#include <QFile>
#include <QFileInfo>

namespace kensa {

Result<QByteArray> InputLoader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return ParseError{QStringLiteral("input.not_a_file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ParseError{QStringLiteral("input.unreadable")};
    // An mbox may hold many messages; each one is bounded again when it is normalised.
    constexpr qint64 maxFileBytes = qint64(Limits::MaxMessageBytes) * 16;
    if (file.size() > maxFileBytes)
        return ParseError{QStringLiteral("input.too_large")};
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ParseError{QStringLiteral("input.unreadable")};
    return data;
}

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

// The message inside an Outlook .msg file, and the findings that say what it is.
QList<Finding> outlookMessage(const QByteArray &data, QByteArray *bytes, QStringList *normalised)
{
    CompoundFileError error;
    const std::optional<OutlookMessage> message = OutlookMsg::read(data, &error);
    if (!message) {
        QList<QPair<QString, QString>> args{{QStringLiteral("part"), error.part},
                                            {QStringLiteral("offset"), number(error.offset)},
                                            {QStringLiteral("value"), number(error.value)}};
        return {makeFinding(error.key, Severity::Error, args)};
    }
    bool complete = false;
    *bytes = OutlookMsg::messageBytes(*message, &complete);
    if (bytes->isEmpty())
        return {makeFinding(QStringLiteral("input.msg.no_transport_headers"), Severity::Error,
                            {{QStringLiteral("subject"), message->subject}})};
    if (complete) {
        normalised->append(QStringLiteral("outlook_msg_signed"));
        return {makeFinding(QStringLiteral("input.msg.signed_mime"), Severity::Notice)};
    }
    normalised->append(QStringLiteral("outlook_msg_headers"));
    QStringList kept;
    if (!message->body.isEmpty())
        kept << QStringLiteral("text");
    if (!message->html.isEmpty())
        kept << QStringLiteral("HTML");
    if (message->hasRtf)
        kept << QStringLiteral("RTF");
    if (kept.isEmpty())
        return {makeFinding(QStringLiteral("input.msg.headers_only.no_body"), Severity::Notice)};
    return {makeFinding(QStringLiteral("input.msg.headers_only"), Severity::Notice,
                        {{QStringLiteral("forms"), kept.join(QStringLiteral(", "))}})};
}

QString originName(PasteNormalizer::Origin origin, const QString &name)
{
    return origin == PasteNormalizer::Origin::Paste
               ? QStringLiteral("paste")
               : (name == u"-" ? QStringLiteral("stdin") : QStringLiteral("file"));
}

} // namespace

AnalysisInput InputLoader::mboxMessage(QByteArray bytes, int index, const QString &name, PasteNormalizer::Origin origin)
{
    AnalysisInput input;
    input.origin = origin;
    input.source.file = name;
    input.source.index = index;
    input.source.origin = originName(origin, name);
    input.source.originalSize = bytes.size();
    input.bytes = std::move(bytes);
    return input;
}

LoadedInput InputLoader::load(const QByteArray &data,
                              const QString &name,
                              PasteNormalizer::Origin origin,
                              MboxMode mode)
{
    LoadedInput out;
    out.name = name;
    const QString originName = kensa::originName(origin, name);
    if (EvidenceBundle::looksLikeBundle(data, name)) {
        out.isEvidence = true;
        Finding problem;
        out.evidence = EvidenceBundle::read(data, &problem);
        if (!out.evidence) {
            out.findings.append(problem);
            return out;
        }
        const EvidenceBundle &bundle = *out.evidence;
        AnalysisInput input;
        input.bytes = bundle.message;
        // The normaliser treats the bytes as it did when the bundle was saved.
        input.origin = bundle.origin == u"paste" ? PasteNormalizer::Origin::Paste : PasteNormalizer::Origin::File;
        input.source.file = name;
        input.source.origin = originName;
        input.source.originalSize = bundle.originalSize > 0 ? bundle.originalSize : bundle.message.size();
        input.source.normalised = QStringList{QStringLiteral("evidence_bundle")} + bundle.normalised;
        input.source.evidenceSavedAt = bundle.savedAt;
        input.source.evidenceVersion = bundle.kensaVersion;
        input.findings = bundle.findings;
        out.messages.append(input);
        return out;
    }
    if (CompoundFile::hasSignature(data)) {
        AnalysisInput input;
        input.origin = origin;
        input.source.file = name;
        input.source.origin = originName;
        input.source.originalSize = data.size();
        input.findings = outlookMessage(data, &input.bytes, &input.source.normalised);
        out.messages.append(input);
        return out;
    }
    bool mbox = mode == MboxMode::Force
                || (mode == MboxMode::Detect && MboxSplitter::looksLikeMbox(data));
    QList<MboxEntry> entries;
    if (mbox) {
        entries = MboxSplitter::split(data, &out.findings);
        // A single "From " line in front of one message is an mbox of one: treat it as a
        // message, so the normaliser records the removed line.
        if (entries.size() <= 1 && mode != MboxMode::Force)
            mbox = false;
    }
    out.isMbox = mbox;
    if (!mbox) {
        AnalysisInput input;
        input.bytes = data;
        input.origin = origin;
        input.source.file = name;
        input.source.origin = originName;
        input.source.originalSize = data.size();
        out.messages.append(input);
    } else {
        for (qsizetype i = 0; i < entries.size(); ++i)
            out.messages.append(mboxMessage(entries.at(i).bytes, int(i), name, origin));
    }
    if (!out.isMbox)
        return out;
    out.summaries.reserve(out.messages.size());
    for (const AnalysisInput &input : std::as_const(out.messages)) {
        const NormalizedInput normalized = PasteNormalizer::normalize(input.bytes, input.origin);
        out.summaries.append(MessageSummary::summarize(Message::parse(normalized.bytes)));
    }
    return out;
}

} // namespace kensa
