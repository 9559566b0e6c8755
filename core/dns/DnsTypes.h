#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kensa {

// Record types Kensa asks for (RFC 1035 §3.2.2, RFC 3596).
enum class DnsType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SPF = 99,
};

QString dnsTypeName(DnsType type); // "TXT"

// What became of a question.
enum class DnsStatus {
    NoError,        // rcode 0 with answers
    NoData,         // rcode 0, no record of that type (RFC 2308 NODATA)
    NxDomain,       // rcode 3
    ServFail,       // rcode 2
    Refused,        // rcode 5
    OtherError,     // another rcode, or a malformed answer
    Timeout,        // no answer within the time allowed
    NotInSnapshot,  // offline mode: the name is outside every loaded zone
};

QString dnsStatusName(DnsStatus status); // "NOERROR", "NODATA", "NXDOMAIN", "SERVFAIL", ...
// The PTR name of an address given as 4 or 16 bytes: "1.2.0.192.in-addr.arpa", or the nibble form
// under ip6.arpa (RFC 3596 §2.5); empty for any other size.
QByteArray reverseLookupName(const QByteArray &addressBytes);

struct DnsQuestion
{
    QByteArray name;   // A-label form, lower case, without the trailing dot
    DnsType type = DnsType::TXT;

    bool operator==(const DnsQuestion &) const = default;
};

size_t qHash(const DnsQuestion &question, size_t seed = 0);

struct DnsRecord
{
    QByteArray owner;              // owner name, lower case, no trailing dot
    DnsType type = DnsType::TXT;
    quint32 ttl = 0;
    // TXT/SPF: the character-strings in order, undecoded (RFC 1035 §3.3.14). Joining them is the
    // caller's business (RFC 6376 §3.6.2.2 and RFC 7208 §3.3 both concatenate without spaces).
    QList<QByteArray> strings;
    // A/AAAA: the address as text; PTR/CNAME/NS: the target name (lower case, no trailing dot);
    // MX: the exchange name; SOA: the presentation form.
    QByteArray target;
    quint16 preference = 0;        // MX

    QByteArray joinedText() const { return strings.join(); }
    QString presentation() const;  // zone-file form of the RDATA
    bool operator==(const DnsRecord &) const = default;
};

struct DnsAnswer
{
    DnsQuestion question;
    DnsStatus status = DnsStatus::Timeout;
    int rcode = -1;                 // -1 when there was no answer
    QList<DnsRecord> records;       // records of the question's type (after following CNAMEs)
    QList<QByteArray> cnameChain;   // names followed, in order, when CNAMEs were involved
    bool secure = false;            // DNSSEC-validated by the resolver (AD bit) or a signed zone
    QString source;                 // "live", "zone" or "cache"
    QString server;                 // "127.0.0.1:5353" for live answers, the zone file otherwise
    qint64 elapsedMs = 0;
    // Records left out by limitAnswerSize(): beyond Limits::MaxDnsAnswerRecords, and TXT/SPF
    // records longer than Limits::MaxDnsTxtBytes (with the length of the longest of those).
    int droppedRecords = 0;
    int droppedTexts = 0;
    qsizetype longestDroppedText = 0;

    bool hasRecords() const { return !records.isEmpty(); }
    bool operator==(const DnsAnswer &) const = default;
};

// The answers one check was handed, found by question (the name compared without case, as DNS
// compares names). A check gets a few answers a message, so a list searched in order: a hash
// table sets aside room for dozens of entries at its first insert, and every analysis waiting on
// DNS keeps several.
class DnsAnswerList
{
public:
    // Replaces an earlier answer to the same question.
    void insert(const DnsAnswer &answer);
    const DnsAnswer *find(const DnsQuestion &question) const;

private:
    QList<DnsAnswer> m_answers;
};

// Applies Limits::MaxDnsTxtBytes and Limits::MaxDnsAnswerRecords to an answer, counting what
// it leaves out; an answer whose every record was too long becomes OtherError (nothing usable
// came back). Every resolver calls it on what it hands out.
void limitAnswerSize(DnsAnswer &answer);

QDebug operator<<(QDebug dbg, const DnsQuestion &question);
QDebug operator<<(QDebug dbg, const DnsAnswer &answer);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::DnsQuestion)
Q_DECLARE_METATYPE(kensa::DnsAnswer)
