#include "core/dns/DnsTypes.h"

#include "core/base/Limits.h"

#include <QHashFunctions>

#include <cstring>

namespace kensa {

QString dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::NS:
        return QStringLiteral("NS");
    case DnsType::CNAME:
        return QStringLiteral("CNAME");
    case DnsType::SOA:
        return QStringLiteral("SOA");
    case DnsType::PTR:
        return QStringLiteral("PTR");
    case DnsType::MX:
        return QStringLiteral("MX");
    case DnsType::TXT:
        return QStringLiteral("TXT");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    case DnsType::SPF:
        return QStringLiteral("SPF");
    }
    // RFC 3597 §5: the generic form for a type without a mnemonic.
    return QStringLiteral("TYPE%1").arg(quint16(type));
}

QString dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NoError:
        return QStringLiteral("NOERROR");
    case DnsStatus::NoData:
        return QStringLiteral("NODATA");
    case DnsStatus::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case DnsStatus::ServFail:
        return QStringLiteral("SERVFAIL");
    case DnsStatus::Refused:
        return QStringLiteral("REFUSED");
    case DnsStatus::OtherError:
        return QStringLiteral("ERROR");
    case DnsStatus::Timeout:
        return QStringLiteral("TIMEOUT");
    case DnsStatus::NotInSnapshot:
        return QStringLiteral("NOT_IN_SNAPSHOT");
    }
    return QStringLiteral("ERROR");
}

QByteArray reverseLookupName(const QByteArray &a)
{
    // Written into one buffer: built from numbers and pieces joined one by one, this took some
    // 4,000 instructions a name, asked for several times an analysis.
    if (a.size() == 4) {
        static constexpr char suffix[] = "in-addr.arpa";
        char out[4 * 4 + sizeof suffix];
        char *o = out;
        for (int i = 3; i >= 0; --i) {
            const int byte = uchar(a.at(i));
            if (byte >= 100)
                *o++ = char('0' + byte / 100);
            if (byte >= 10)
                *o++ = char('0' + byte / 10 % 10);
            *o++ = char('0' + byte % 10);
            *o++ = '.';
        }
        std::memcpy(o, suffix, sizeof suffix - 1);
        return QByteArray(out, qsizetype(o - out) + qsizetype(sizeof suffix - 1));
    }
    if (a.size() != 16)
        return {};
    static constexpr char suffix[] = "ip6.arpa";
    static const char hex[] = "0123456789abcdef";
    char out[16 * 4 + sizeof suffix];
    char *o = out;
    for (int i = 15; i >= 0; --i) {
        const auto byte = uchar(a.at(i));
        *o++ = hex[byte & 0xf];
        *o++ = '.';
        *o++ = hex[byte >> 4];
        *o++ = '.';
    }
    std::memcpy(o, suffix, sizeof suffix - 1);
    return QByteArray(out, qsizetype(o - out) + qsizetype(sizeof suffix - 1));
}

size_t qHash(const DnsQuestion &question, size_t seed)
{
    return qHashMulti(seed, question.name, quint16(question.type));
}

namespace {

// A domain name in master-file form: absolute, the root as ".".
QString absoluteName(const QByteArray &name)
{
    if (name.isEmpty())
        return QStringLiteral(".");
    return QString::fromLatin1(name.endsWith('.') ? name : name + '.');
}

// RFC 1035 §5.1: a <character-string> in quotes; '"' and '\' escaped, other octets outside
// printable ASCII as \DDD so the text survives any charset.
QString quotedCharacterString(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() + 2);
    out += u'"';
    // The printable runs in one piece each: a DKIM key is some 400 of them with nothing to escape.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto octet = static_cast<unsigned char>(bytes.at(i));
        const bool escaped = octet == '"' || octet == '\\';
        if (!escaped && octet >= 0x20 && octet <= 0x7e)
            continue;
        out += QLatin1StringView(bytes.constData() + plain, i - plain);
        if (escaped) {
            out += u'\\';
            out += QLatin1Char(char(octet));
        } else {
            out += QStringLiteral("\\%1").arg(octet, 3, 10, QLatin1Char('0'));
        }
        plain = i + 1;
    }
    out += QLatin1StringView(bytes.constData() + plain, bytes.size() - plain);
    out += u'"';
    return out;
}

} // namespace

QString DnsRecord::presentation() const
{
    switch (type) {
    case DnsType::TXT:
    case DnsType::SPF: {
        if (strings.isEmpty())
            return QStringLiteral("\"\"");
        QStringList parts;
        parts.reserve(strings.size());
        for (const QByteArray &s : strings)
            parts.append(quotedCharacterString(s));
        return parts.join(u' ');
    }
    case DnsType::A:
    case DnsType::AAAA:
    case DnsType::SOA:
        return QString::fromLatin1(target);
    case DnsType::MX:
        return QStringLiteral("%1 %2").arg(preference).arg(absoluteName(target));
    case DnsType::NS:
    case DnsType::CNAME:
    case DnsType::PTR:
        return absoluteName(target);
    }
    return QString::fromLatin1(target);
}

QDebug operator<<(QDebug dbg, const DnsQuestion &question)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace().noquote() << "DnsQuestion(" << QString::fromLatin1(question.name) << ' '
                            << dnsTypeName(question.type) << ')';
    return dbg;
}

namespace {

bool sameQuestion(const DnsQuestion &a, const DnsQuestion &b)
{
    return a.type == b.type && a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}

} // namespace

void DnsAnswerList::insert(const DnsAnswer &answer)
{
    for (DnsAnswer &known : m_answers) {
        if (sameQuestion(known.question, answer.question)) {
            known = answer;
            return;
        }
    }
    m_answers.append(answer);
}

const DnsAnswer *DnsAnswerList::find(const DnsQuestion &question) const
{
    for (const DnsAnswer &known : m_answers) {
        if (sameQuestion(known.question, question))
            return &known;
    }
    return nullptr;
}

void limitAnswerSize(DnsAnswer &answer)
{
    const bool hadRecords = !answer.records.isEmpty();
    answer.records.removeIf([&answer](const DnsRecord &record) {
        if (record.type != DnsType::TXT && record.type != DnsType::SPF)
            return false;
        qsizetype length = 0;
        for (const QByteArray &s : record.strings)
            length += s.size();
        if (length <= Limits::MaxDnsTxtBytes)
            return false;
        ++answer.droppedTexts;
        answer.longestDroppedText = qMax(answer.longestDroppedText, length);
        return true;
    });
    if (answer.records.size() > Limits::MaxDnsAnswerRecords) {
        answer.droppedRecords += int(answer.records.size() - Limits::MaxDnsAnswerRecords);
        answer.records.resize(Limits::MaxDnsAnswerRecords);
    }
    if (hadRecords && answer.records.isEmpty() && answer.status == DnsStatus::NoError)
        answer.status = DnsStatus::OtherError;
}

QDebug operator<<(QDebug dbg, const DnsAnswer &answer)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace().noquote() << "DnsAnswer(" << QString::fromLatin1(answer.question.name) << ' '
                            << dnsTypeName(answer.question.type) << ' '
                            << dnsStatusName(answer.status);
    if (answer.rcode >= 0)
        dbg << " rcode=" << answer.rcode;
    for (const QByteArray &name : answer.cnameChain)
        dbg << " -> " << QString::fromLatin1(name);
    dbg << " [";
    for (qsizetype i = 0; i < answer.records.size(); ++i) {
        if (i > 0)
            dbg << "; ";
        dbg << answer.records.at(i).ttl << ' ' << answer.records.at(i).presentation();
    }
    dbg << ']';
    if (answer.secure)
        dbg << " secure";
    dbg << ' ' << answer.source;
    if (!answer.server.isEmpty())
        dbg << '@' << answer.server;
    dbg << ' ' << answer.elapsedMs << "ms)";
    return dbg;
}

} // namespace kensa
