#pragma once

#include "core/report/JsonWriter.h"
#include "core/report/Report.h"

#include <QJsonObject>
#include <QList>

namespace kensa {

// The JSON report, schema 1 (DESIGN.md). Names never change; absent data is null.
class ReportJson
{
public:
    static constexpr int Schema = 1;
    // Appends the report as a JSON object, byte for byte as QJsonDocument printed toJson()'s
    // object (Indented or Compact), at nesting `depth` (1 for an element of an array).
    static void write(QByteArray *out, const Report &report,
                      JsonWriter::Style style = JsonWriter::Style::Indented, int depth = 0);
    // The same report as a QJsonObject, for callers that want to look into it.
    static QJsonObject toJson(const Report &report);
    // The "spf" object of one check_host() result, without the report's "recorded"; kensa-cli
    // spf prints the same object. `fromScope`: the check of the header From domain ("scope":
    // "from"; "mailfrom" then holds the sender identity used, postmaster@<from-domain>).
    static QJsonObject spf(const SpfResult &spf, bool fromScope = false);
    // One object for one report, an array for several (as QJsonDocument::Indented, with the
    // final line ending).
    static QByteArray serialize(const QList<Report> &reports);
};

} // namespace kensa
