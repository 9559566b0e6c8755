#include "core/report/Report.h"

namespace kensa {

QDebug operator<<(QDebug dbg, const Report &report)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Report(" << report.source.file << " #" << report.source.index << ' '
                  << report.summary.from << " / " << report.summary.subject << ", "
                  << report.findings.size() << " findings)";
    return dbg;
}

} // namespace kensa
