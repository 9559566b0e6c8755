#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kensa {

// A `.kensa` evidence bundle: one analysed message with everything needed to analyse it again
// later, offline, with the same verdicts even after keys rotate. A zip archive (ZipArchive,
// stored entries) of three entries:
//
//   kensa-manifest.json   what the bundle holds (below); always the first entry
//   original.eml          the message as Kensa read it (original-headers.txt when only the
//                         header section was given)
//   dns-answers.zone      every DNS answer the analysis used, as a DnsTranscript snapshot
//
// The manifest (JSON, format "kensa-evidence", format_version 1):
//
//   { "format": "kensa-evidence", "format_version": 1, "kensa_version": "0.9.0",
//     "saved_at": "2026-12-05T07:40:00Z",
//     "analysis_time": "2024-05-14T08:02:03Z", "analysis_time_s": 1715673723,
//     "message": { "entry": "original.eml", "headers_only": false, "origin": "file|paste|stdin",
//                  "source_file": "newsletter.eml", "index": null, "size": 6324,
//                  "original_size": 6324,
//                  "normalised": [..], "findings": [ { "key", "severity", "args": {..} } ] },
//     "dns": { "entry": "dns-answers.zone", "answers": 11, "offline": true },
//     "options": { "bulk": false, "mail_kind": "auto|marketing|transactional",
//                  "providers": [..], "trusted_authserv_id": null } }
//
// The message's "normalised" and "findings" are what the loader said about the original input
// before parsing (an Outlook .msg file's headers); "options" are the switches that change
// verdicts. This class only reads and writes that format: it is built from an analysis in
// core/analysis (EvidenceAnalysis), and read as an input kind by InputLoader.
struct EvidenceBundle
{
    static constexpr char ManifestEntry[] = "kensa-manifest.json";
    static constexpr char Format[] = "kensa-evidence";
    static constexpr int FormatVersion = 1;

    QString kensaVersion;
    QDateTime savedAt;            // UTC
    qint64 analysisTime = 0;      // the analysis's "now", seconds since the epoch

    QByteArray message;
    QString messageEntry = QStringLiteral("original.eml");
    bool headersOnly = false;
    QString origin = QStringLiteral("file");   // "file", "paste" or "stdin"
    QString sourceFile;           // the original input's name, for display only
    int sourceIndex = -1;         // its position in an mbox, -1 for a single message
    qint64 originalSize = 0;      // SourceInfo::originalSize of the original input
    QStringList normalised;       // the loader's changes (SourceInfo::normalised)
    QList<Finding> findings;      // the loader's findings (AnalysisInput::findings)

    QByteArray dnsSnapshot;       // a DnsTranscript zone file
    QString dnsEntry = QStringLiteral("dns-answers.zone");
    int dnsAnswers = 0;
    bool wasOffline = false;      // the saved analysis sent no DNS query either

    bool bulk = false;
    QString mailKind = QStringLiteral("auto"); // "auto", "marketing" or "transactional"
    QStringList providers;        // the checklist's providers; empty = all
    QString trustedAuthservId;

    // A zip whose directory names the manifest, or any file named *.kensa: what InputLoader
    // takes for a bundle (and then reads with read(), which says what is wrong when it fails).
    static bool looksLikeBundle(QByteArrayView data, const QString &name);

    // The bundle as a zip archive.
    QByteArray write() const;
    // Reads a bundle. On failure `problem` (when given) is an error finding that says why: a
    // "zip.*" key for the archive, an "evidence.*" key for its content.
    static std::optional<EvidenceBundle> read(QByteArrayView data, Finding *problem);

    bool operator==(const EvidenceBundle &) const = default;
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::EvidenceBundle)
