#include "core/report/Report.h"

namespace kensa {

CheckResults Report::checkResults() const
{
    CheckResults c;
    c.message = message;
    c.summary = summary;
    c.receiverAuthservId = receiverAuthservId;
    c.hops = hops;
    c.dkim = dkim;
    c.dkimChecked = dkimChecked;
    c.arc = arc;
    c.arcChecked = arcChecked;
    c.spf = spf;
    c.spfChecked = spfChecked;
    c.spfRecorded = spfRecorded;
    c.spfFrom = spfFrom;
    c.spfFromChecked = spfFromChecked;
    c.spfFromReused = spfFromReused;
    c.dmarc = dmarc;
    c.dmarcChecked = dmarcChecked;
    c.iprev = iprev;
    c.iprevChecked = iprevChecked;
    c.domainChecks = domainChecks;
    c.domainChecked = domainChecked;
    c.unsubscribe = unsubscribe;
    c.unsubscribeChecked = unsubscribeChecked;
    c.format = format;
    c.formatChecked = formatChecked;
    c.dnsUnreliable = !dnsUnreliable.isEmpty();
    c.isMessage = isMessage;
    return c;
}

QDebug operator<<(QDebug dbg, const Report &report)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Report(" << report.source.file << " #" << report.source.index << ' '
                  << report.summary.from << " / " << report.summary.subject << ", "
                  << report.findings.size() << " findings)";
    return dbg;
}

} // namespace kensa
