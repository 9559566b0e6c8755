#include "core/dns/DnsName.h"

#include "core/dns/LdnsConvert.h"

#include <ldns/ldns.h>

namespace kensa {

QByteArray DnsName::normalized(const QByteArray &name)
{
    QByteArray out = name.trimmed().toLower();
    // A trailing dot makes the name absolute; an escaped one ("a\.") is part of the last label.
    if (out.endsWith('.') && !out.endsWith("\\."))
        out.chop(1);
    return out;
}

std::optional<QByteArray> DnsName::canonical(const QByteArray &name)
{
    const QByteArray normalized = DnsName::normalized(name);
    if (normalized.isEmpty())
        return QByteArray();
    // ldns parses the escapes (RFC 1035 §5.1) and prints them in one form.
    ldns_rdf *rdf = ldns_dname_new_frm_str((normalized + '.').constData());
    if (!rdf)
        return std::nullopt;
    const QByteArray text = LdnsConvert::nameText(rdf);
    ldns_rdf_deep_free(rdf);
    return text;
}

} // namespace kensa
