#pragma once

#include "core/auth/iprev/IprevResult.h"
#include "core/dns/DnsTypes.h"
#include "core/base/Finding.h"
#include "core/base/Limits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// Two rounds like the other checks: questions() names the PTR query, then the A/AAAA queries
// of the names it returned; isFinished() when all are answered. No DNS inside.
class IprevChecker
{
public:
    static constexpr int MaxNames = Limits::MaxIprevNames; // RFC 8601 §3: bound the forward lookups

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
    DnsAnswerList m_answers; // the PTR and address answers
};

} // namespace kensa
