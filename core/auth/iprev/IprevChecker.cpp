#include "core/auth/iprev/IprevChecker.h"

#include "core/net/IpAddress.h"

#include <QRegularExpression>

#include <algorithm>

namespace kensa {

namespace {

QString canonical(QString name)
{
    name = name.toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

} // namespace

IprevChecker::IprevChecker(const QString &ip, const QString &helo)
    : m_ip(ip)
    , m_helo(canonical(helo))
{
    const QByteArray text = ip.toLatin1();
    if (auto v4 = IpAddress::parseIp4(text))
        m_address = *v4;
    else if (auto v6 = IpAddress::parseIp6(text))
        m_address = *v6;
}

DnsType IprevChecker::family() const
{
    return m_address.size() == 4 ? DnsType::A : DnsType::AAAA;
}

QStringList IprevChecker::ptrNames() const
{
    QStringList names;
    const DnsAnswer *it = m_answers.find({reverseLookupName(m_address), DnsType::PTR});
    if (!it || it->status != DnsStatus::NoError)
        return names;
    for (const DnsRecord &r : it->records) {
        if (r.type != DnsType::PTR)
            continue;
        const QString name = canonical(QString::fromUtf8(r.target));
        if (!name.isEmpty() && !names.contains(name))
            names << name;
        if (names.size() >= MaxNames)
            break;
    }
    return names;
}

QList<DnsQuestion> IprevChecker::questions() const
{
    QList<DnsQuestion> out;
    if (m_address.isEmpty())
        return out;
    const QString reverse = QString::fromLatin1(reverseLookupName(m_address));
    if (!m_answers.find({reverse.toLatin1(), DnsType::PTR})) {
        out.append(DnsQuestion{reverse.toLatin1(), DnsType::PTR});
        return out;
    }
    for (const QString &name : ptrNames()) {
        if (!m_answers.find({name.toUtf8(), family()}))
            out.append(DnsQuestion{name.toUtf8(), family()});
    }
    return out;
}

void IprevChecker::setAnswer(const DnsAnswer &answer)
{
    // The analysis hands every answer to every check; this one asks PTR and addresses only.
    const DnsType type = answer.question.type;
    if (type != DnsType::PTR && type != DnsType::A && type != DnsType::AAAA)
        return;
    m_answers.insert(answer);
}

bool IprevChecker::isFinished() const
{
    return questions().isEmpty();
}

bool IprevChecker::looksGeneric(const QString &name, const QString &ip)
{
    // The address's digits in the name ("192-0-2-1", "1.2.0.192", "c0000201"), or the words
    // access providers use for dynamic pools.
    static const QRegularExpression words(QStringLiteral(
        "(^|[.\\-])(dyn|dynamic|dhcp|dsl|adsl|xdsl|pool|ppp|pppoe|cable|broadband|dialup|dial|client|customer|cust|"
        "host|ip|static|res|residential|home|user|fttx|ftth|mobile|wireless)[0-9\\-.]"),
        QRegularExpression::CaseInsensitiveOption);
    if (words.match(name).hasMatch())
        return true;
    const QStringList octets = ip.split(u'.');
    if (octets.size() == 4) {
        const QString dashed = octets.join(u'-');
        QStringList reversed = octets;
        std::reverse(reversed.begin(), reversed.end());
        if (name.contains(dashed) || name.contains(reversed.join(u'-')) || name.contains(reversed.join(u'.'))
            || name.contains(octets.join(u'.')))
            return true;
    }
    return false;
}

IprevResult IprevChecker::result() const
{
    IprevResult r;
    r.ip = m_ip;
    r.helo = m_helo;
    auto conclude = [&](const char *result, const char *reason, QList<QPair<QString, QString>> args) {
        r.result = QString::fromLatin1(result);
        r.reason = QString::fromLatin1(reason);
        r.reasonArgs = std::move(args);
        return r;
    };
    if (m_address.isEmpty())
        return conclude("permerror", "iprev.no_ip", {{QStringLiteral("ip"), m_ip}});
    const QString reverse = QString::fromLatin1(reverseLookupName(m_address));
    const DnsAnswer *ptr = m_answers.find({reverse.toLatin1(), DnsType::PTR});
    if (!ptr || ptr->status == DnsStatus::Timeout || ptr->status == DnsStatus::ServFail
        || ptr->status == DnsStatus::OtherError || ptr->status == DnsStatus::Refused || ptr->status == DnsStatus::NotInSnapshot) {
        const QString status = !ptr ? QStringLiteral("TIMEOUT") : dnsStatusName(ptr->status);
        return conclude("temperror", "iprev.dns_error", {{QStringLiteral("name"), reverse}, {QStringLiteral("status"), status}});
    }
    r.ptr = ptrNames();
    if (r.ptr.isEmpty()) {
        // RFC 8601 §2.7.3: no PTR data published for the address is a permanent error.
        return conclude("permerror", "iprev.no_ptr", {{QStringLiteral("ip"), m_ip}});
    }
    bool temporary = false;
    for (const QString &name : std::as_const(r.ptr)) {
        const DnsAnswer *forward = m_answers.find({name.toUtf8(), family()});
        if (!forward) {
            temporary = true;
            continue;
        }
        if (forward->status != DnsStatus::NoError) {
            temporary = temporary || (forward->status != DnsStatus::NxDomain && forward->status != DnsStatus::NoData);
            continue;
        }
        for (const DnsRecord &rec : forward->records) {
            const QByteArray text = rec.target;
            const auto bytes = family() == DnsType::A ? IpAddress::parseIp4(text) : IpAddress::parseIp6(text);
            if (bytes && *bytes == m_address && r.confirmedName.isEmpty())
                r.confirmedName = name;
        }
    }
    r.forwardConfirmed = !r.confirmedName.isEmpty();
    const QString shown = r.forwardConfirmed ? r.confirmedName : r.ptr.first();
    r.generic = looksGeneric(shown, m_ip);
    r.heloMatches = !m_helo.isEmpty() && m_helo == shown;
    if (r.generic) {
        r.findings.append(makeFinding(QStringLiteral("iprev.generic"), Severity::Warning,
                                      {{QStringLiteral("name"), shown}, {QStringLiteral("ip"), m_ip}}));
    }
    if (!m_helo.isEmpty() && !r.heloMatches) {
        r.findings.append(makeFinding(QStringLiteral("iprev.helo_differs"), Severity::Info,
                                      {{QStringLiteral("helo"), m_helo}, {QStringLiteral("name"), shown}}));
    }
    if (r.forwardConfirmed)
        return conclude("pass", "iprev.pass", {{QStringLiteral("ip"), m_ip}, {QStringLiteral("name"), r.confirmedName}});
    if (temporary)
        return conclude("temperror", "iprev.forward_dns_error", {{QStringLiteral("ip"), m_ip}, {QStringLiteral("names"), r.ptr.join(QStringLiteral(", "))}});
    return conclude("fail", "iprev.fail", {{QStringLiteral("ip"), m_ip}, {QStringLiteral("names"), r.ptr.join(QStringLiteral(", "))}});
}

} // namespace kensa
