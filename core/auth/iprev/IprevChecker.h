#pragma once

#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// iprev (RFC 8601 §3) for the IP that delivered the message: its PTR names, the forward
// lookup of each, and whether one resolves back to the IP. Also whether the name looks
// generic (dynamic pools, the IP's digits in it), which receivers penalise, and whether the
// HELO name matches.
struct IprevResult
{
    QString ip;
    QStringList ptr;              // the PTR names, lower case, no trailing dot
    QString confirmedName;        // the first name that resolves back to the IP
    bool forwardConfirmed = false;
    bool generic = false;         // the confirmed (or first) name looks like a dynamic pool
    QString helo;
    bool heloMatches = false;     // HELO equals the confirmed name
    QString result;               // pass fail temperror permerror
    QString reason;               // iprev.* key
    QList<QPair<QString, QString>> reasonArgs;
    QList<Finding> findings;
};

// Two rounds like the other checks: questions() names the PTR query, then the A/AAAA queries
// of the names it returned; isFinished() when all are answered. No DNS inside.
class IprevChecker
{
public:
    static constexpr int MaxNames = 10; // RFC 8601 §3: bound the forward lookups

    IprevChecker(const QString &ip, const QString &helo);

    QList<DnsQuestion> questions() const;
    void setAnswer(const DnsAnswer &answer);
    bool isFinished() const;
    IprevResult result() const;

    static bool looksGeneric(const QString &name, const QString &ip);

private:
    QStringList ptrNames() const;
    DnsType family() const;

    QString m_ip;
    QByteArray m_address; // 4 or 16 bytes
    QString m_helo;
    QHash<QString, DnsAnswer> m_answers; // by "name/type"
};

} // namespace kensa
