#pragma once

#include "core/report/Report.h"

#include <QJsonObject>
#include <QList>

namespace kensa {

// The JSON report, schema 1 (DESIGN.md). Names never change; absent data is null.
class ReportJson
{
public:
    static constexpr int Schema = 1;
    static QJsonObject toJson(const Report &report);
    // The "spf" object of one check_host() result, without the report's "recorded"; kensa-cli
    // spf prints the same object. `fromScope`: the check of the header From domain ("scope":
    // "from"; "mailfrom" then holds the sender identity used, postmaster@<from-domain>).
    static QJsonObject spf(const SpfResult &spf, bool fromScope = false);
    // One object for one report, an array for several.
    static QByteArray serialize(const QList<Report> &reports);
};

} // namespace kensa
