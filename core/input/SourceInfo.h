#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kensa {

// Where the analysed bytes came from and what was done to them before parsing.
struct SourceInfo
{
    QString file;             // path as given, "-" for standard input, "" for a paste
    int index = -1;           // 0-based position in an mbox file, -1 for a single message
    QString origin;           // "file", "paste" or "stdin"
    QString wrapper;          // provider whose "show original" wrapper was removed, or ""
    QStringList normalised;   // ids of the changes the normaliser made
    qint64 originalSize = 0;  // bytes before normalisation
    // Set when the message came out of an evidence bundle (normalised then holds
    // "evidence_bundle"): when the bundle was saved and by which Kensa version.
    QDateTime evidenceSavedAt;
    QString evidenceVersion;

    bool operator==(const SourceInfo &) const = default;
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::SourceInfo)
