#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// What the normaliser made of the input, and what it changed on the way.
struct NormalizedInput
{
    QByteArray bytes;     // CRLF line endings, wrapper removed
    // The provider whose "show original" wrapper was recognised and removed:
    // "" (none), "gmail", "outlook", "yahoo", "apple".
    QString wrapper;
    // Short ids of what changed, in the order applied; these become the JSON report's
    // source.normalised list: "wrapper_removed", "lf_to_crlf", "cr_to_crlf",
    // "mbox_from_line_removed", "leading_blank_lines_removed", "truncated".
    QStringList changes;
    int linesRemovedAbove = 0;  // lines of wrapper / preamble removed before the message
    // One finding per change, explaining it (keys "normalise.<id>", e.g.
    // normalise.wrapper_removed {provider, lines}; normalise.lf_to_crlf {lines};
    // normalise.paste_whitespace: pasted text may have lost trailing whitespace or tabs, so
    // simple-canonicalised DKIM signatures may fail).
    QList<Finding> findings;
};

// Turns a raw file or pasted "show original" text into message bytes as the receiver saw them.
class PasteNormalizer
{
public:
    enum class Origin { File, Paste };
    static NormalizedInput normalize(const QByteArray &input, Origin origin);
};

} // namespace kensa
