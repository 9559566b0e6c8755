#include "core/auth/dmarc/DmarcRecord.h"

#include "core/text/TagList.h"

namespace kensa {

namespace {

bool isPolicy(const QString &value)
{
    return value == u"none" || value == u"quarantine" || value == u"reject";
}

QStringList uriList(const QByteArray &value)
{
    QStringList out;
    for (const QByteArray &part : value.split(',')) {
        const QString uri = QString::fromUtf8(part.trimmed());
        if (!uri.isEmpty())
            out << uri;
    }
    return out;
}

} // namespace

bool DmarcRecord::looksLikeDmarc(QByteArrayView text)
{
    // RFC 9989 §4.7: records that do not start with "v=DMARC1" are discarded (white space around
    // the "=" and the tag is allowed by the tag-list grammar).
    QByteArray t = text.trimmed().toByteArray();
    t.replace(' ', QByteArray()).replace('\t', QByteArray());
    return t.startsWith("v=DMARC1") && (t.size() == 8 || t.at(8) == ';');
}

DmarcRecord DmarcRecord::parse(QByteArrayView text)
{
    DmarcRecord r;
    r.text = text.toByteArray();
    if (!looksLikeDmarc(text))
        return r;
    QByteArray body = text.toByteArray().trimmed();
    while (body.endsWith(';'))
        body.chop(1);
    const Result<TagList> tags = TagList::parse(body);
    if (!tags) {
        r.findings.append(makeFinding(QStringLiteral("dmarc.record.syntax"), Severity::Warning,
                                      {{QStringLiteral("record"), QString::fromUtf8(r.text)}}));
        return r;
    }
    r.valid = true;
    auto invalid = [&](const QByteArray &tag, const QByteArray &value) {
        r.findings.append(makeFinding(QStringLiteral("dmarc.record.invalid_value"), Severity::Warning,
                                      {{QStringLiteral("tag"), QString::fromLatin1(tag)},
                                       {QStringLiteral("value"), QString::fromUtf8(value)}}));
    };
    for (const TagList::Tag &tag : tags->tags()) {
        const QByteArray name = tag.name.toLower();
        const QString value = QString::fromUtf8(tag.value).trimmed().toLower();
        if (name == "v") {
            continue;
        } else if (name == "p" || name == "sp" || name == "np") {
            if (!isPolicy(value)) {
                invalid(name, tag.value);
                continue;
            }
            (name == "p" ? r.policy : name == "sp" ? r.subdomainPolicy : r.nonexistentPolicy) = value;
        } else if (name == "psd") {
            if (value != u"y" && value != u"n" && value != u"u")
                invalid(name, tag.value);
            else
                r.psd = value;
        } else if (name == "t") {
            if (value != u"y" && value != u"n")
                invalid(name, tag.value);
            else
                r.testing = value == u"y";
        } else if (name == "adkim" || name == "aspf") {
            if (value != u"r" && value != u"s")
                invalid(name, tag.value);
            else
                (name == "adkim" ? r.strictDkim : r.strictSpf) = value == u"s";
        } else if (name == "rua" || name == "ruf") {
            (name == "rua" ? r.rua : r.ruf) = uriList(tag.value);
        } else if (name == "fo") {
            r.fo = value;
        } else if (name == "pct" || name == "rf" || name == "ri") {
            if (name == "pct") {
                bool ok = false;
                const int pct = value.toInt(&ok);
                if (ok && pct >= 0 && pct <= 100)
                    r.pct = pct;
            }
            r.findings.append(makeFinding(QStringLiteral("dmarc.record.historic_tag"), Severity::Info,
                                          {{QStringLiteral("tag"), QString::fromLatin1(name)}}));
        } else {
            r.findings.append(makeFinding(QStringLiteral("dmarc.record.unknown_tag"), Severity::Info,
                                          {{QStringLiteral("tag"), QString::fromLatin1(tag.name)}}));
        }
    }
    if (r.policy.isEmpty()) {
        // RFC 9989 §4.7: a record without a valid p= is read as p=none.
        r.findings.append(makeFinding(QStringLiteral("dmarc.record.no_policy"), Severity::Warning));
        r.policy = QStringLiteral("none");
    }
    return r;
}

} // namespace kensa
