#include "core/dns/DnsTranscript.h"

#include "core/dns/DnsName.h"

#include <QMutexLocker>
#include <QSet>

namespace kensa {

void DnsTranscript::record(const DnsAnswer &answer)
{
    QMutexLocker lock(&m_mutex);
    m_answers.append(answer);
}

QList<DnsAnswer> DnsTranscript::answers() const
{
    QMutexLocker lock(&m_mutex);
    return m_answers;
}

qsizetype DnsTranscript::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_answers.size();
}

void DnsTranscript::clear()
{
    QMutexLocker lock(&m_mutex);
    m_answers.clear();
}

QString DnsTranscript::toZoneFile() const
{
    return toZoneFile(QDateTime::currentDateTimeUtc());
}

QString DnsTranscript::toZoneFile(const QDateTime &created) const
{
    return toZoneFile(answers(), created);
}

namespace {

QString absolute(const QByteArray &name)
{
    return name.isEmpty() ? QStringLiteral(".") : QString::fromLatin1(name) + u'.';
}

} // namespace

QString DnsTranscript::toZoneFile(const QList<DnsAnswer> &answers, const QDateTime &created)
{
    QString out;
    out += QLatin1String(SnapshotMarker) + u'\n';
    out += QStringLiteral("; DNS answers recorded by Kensa on %1.\n")
               .arg(created.toUTC().toString(Qt::ISODate));
    out += QStringLiteral("; A snapshot, not a real zone: load it in Kensa's offline mode to reproduce "
                          "the analysis.\n; Questions not listed in a kensa-answer line answer "
                          "NOT_IN_SNAPSHOT.\n");
    out += QStringLiteral(". 0 IN SOA snapshot.kensa.invalid. hostmaster.kensa.invalid. 1 3600 600 "
                          "86400 0\n");

    QSet<DnsQuestion> questions;
    QSet<QString> lines;
    auto writeRecord = [&](const QByteArray &owner, quint32 ttl, DnsType type, const QString &rdata) {
        const QString line = QStringLiteral("%1 %2 IN %3 %4\n")
                                 .arg(absolute(owner))
                                 .arg(ttl)
                                 .arg(dnsTypeName(type), rdata);
        if (!lines.contains(line)) {
            lines.insert(line);
            out += line;
        }
    };

    for (const DnsAnswer &answer : answers) {
        const auto name = DnsName::canonical(answer.question.name);
        if (!name)
            continue; // a name ldns cannot parse was never asked on the wire either
        const DnsQuestion question{*name, answer.question.type};
        if (questions.contains(question))
            continue;
        questions.insert(question);

        QString comment = QStringLiteral("\n; kensa-answer: %1 %2 %3")
                              .arg(QString::fromLatin1(question.name.isEmpty() ? "." : question.name),
                                   dnsTypeName(question.type),
                                   dnsStatusName(answer.status));
        if (answer.secure)
            comment += QStringLiteral(" secure");
        QByteArrayList chain;
        for (const QByteArray &link : answer.cnameChain)
            chain.append(DnsName::canonical(link).value_or(DnsName::normalized(link)));
        if (!chain.isEmpty())
            comment += QStringLiteral(" cname=") + QString::fromLatin1(chain.join(','));
        out += comment + u'\n';

        QByteArray owner = question.name;
        const quint32 linkTtl = answer.records.isEmpty() ? 0 : answer.records.first().ttl;
        for (const QByteArray &link : chain) {
            DnsRecord cname;
            cname.type = DnsType::CNAME;
            cname.target = link;
            writeRecord(owner, linkTtl, DnsType::CNAME, cname.presentation());
            owner = link;
        }
        for (const DnsRecord &record : answer.records)
            writeRecord(record.owner, record.ttl, record.type, record.presentation());
    }
    return out;
}

} // namespace kensa
