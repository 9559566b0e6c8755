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
    // source.normalised list: "truncated", "bom_removed", "lf_to_crlf", "cr_to_crlf",
    // "leading_blank_lines_removed", "mbox_from_line_removed", "wrapper_removed". (InputLoader
    // puts "outlook_msg_headers" or "outlook_msg_signed" in front for an Outlook .msg.)
    QStringList changes;
    int linesRemovedAbove = 0;  // lines of wrapper / preamble removed before the message
    // One finding per change, explaining it (keys "normalise.<id>", e.g.
    // normalise.wrapper_removed {provider, lines}; normalise.lf_to_crlf {lines};
    // normalise.paste_whitespace: pasted text may have lost trailing whitespace or tabs, so
    // simple-canonicalised DKIM signatures may fail; normalise.copied_whitespace says the same of
    // a file from which a page's text was removed).
    QList<Finding> findings;
};

// Turns a raw file or pasted "show original" text into message bytes as the receiver saw them.
// A provider's page text is looked for in every paste, and in a file or standard input whose
// first line is not a header field (a page saved as .txt); a file that opens with a field is
// a message and keeps all its lines.
class PasteNormalizer
{
public:
    enum class Origin { File, Paste };
    static NormalizedInput normalize(const QByteArray &input, Origin origin);
};

} // namespace kensa
