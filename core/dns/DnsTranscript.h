#pragma once

#include "core/dns/DnsTypes.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace kensa {

// Every DNS answer an analysis used, in the order they came (DESIGN.md "DNS"). record() may be
// called from any thread. toZoneFile() writes the transcript as a snapshot that ZoneResolver
// loads back to reproduce the analysis offline:
//
//   ; kensa-dns-snapshot 1
//   ; header comments (when, what it is)
//   . 0 IN SOA ...                                   a root apex so that the file is a zone
//   ; kensa-answer: NAME TYPE STATUS [secure] [cname=A,B]
//   NAME. TTL IN TYPE RDATA                          the records, CNAMEs of the chain included
//
// One "; kensa-answer:" line per question (the first answer wins), negative answers included
// (NXDOMAIN, NODATA, SERVFAIL, TIMEOUT, ...): a zone file cannot say "this timed out".
class DnsTranscript
{
public:
    // The first line of a snapshot; ZoneResolver reads the "; kensa-answer:" lines of such files.
    static constexpr char SnapshotMarker[] = "; kensa-dns-snapshot 1";

    DnsTranscript() = default;
    DnsTranscript(const DnsTranscript &) = delete;
    DnsTranscript &operator=(const DnsTranscript &) = delete;

    void record(const DnsAnswer &answer);
    QList<DnsAnswer> answers() const;
    qsizetype size() const;
    void clear();

    QString toZoneFile() const; // dated now
    QString toZoneFile(const QDateTime &created) const;
    static QString toZoneFile(const QList<DnsAnswer> &answers, const QDateTime &created);

private:
    mutable QMutex m_mutex;
    QList<DnsAnswer> m_answers;
};

} // namespace kensa
