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
    // One object for one report, an array for several.
    static QByteArray serialize(const QList<Report> &reports);
};

} // namespace kensa
