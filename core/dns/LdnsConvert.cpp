#include "core/dns/LdnsConvert.h"

#include "core/dns/DnsName.h"

#include <ldns/ldns.h>

namespace kensa {

namespace LdnsConvert {

QByteArray takeString(char *text)
{
    if (!text)
        return {};
    QByteArray out(text);
    LDNS_FREE(text);
    return out;
}

QByteArray nameText(const ldns_rdf *rdf)
{
    // The presentation form of RFC 1035 §5.1 as ldns_rdf2str() prints a name: ".", ";", "(",
    // ")" and a backslash after a backslash, a byte outside printable ASCII as a backslash and
    // three digits, labels joined by dots, a final dot (normalised away, as is the root's lone
    // dot). Written here because ldns formats each byte with a printf of its own, and every owner
    // and target of every answer goes through this.
    if (!rdf)
        return {};
    const size_t size = ldns_rdf_size(rdf);
    if (size == 0 || size > LDNS_MAX_DOMAINLEN)
        return {};
    const quint8 *data = ldns_rdf_data(rdf);
    QByteArray out;
    out.reserve(qsizetype(size) + 8);
    size_t at = 0;
    for (size_t length = data[0]; length > 0 && at < size; length = at < size ? data[at] : 0) {
        ++at;
        for (size_t i = 0; i < length && at < size; ++i, ++at) {
            const quint8 c = data[at];
            if (c == '.' || c == ';' || c == '(' || c == ')' || c == '\\') {
                out += '\\';
                out += char(c);
            } else if (c < 0x21 || c > 0x7e) {
                const char digits[] = {'\\', char('0' + c / 100), char('0' + c / 10 % 10), char('0' + c % 10)};
                out.append(digits, 4);
            } else {
                out += char(c);
            }
        }
        if (at < size)
            out += '.';
    }
    return DnsName::normalized(out);
}

bool isKnownType(quint16 type)
{
    switch (DnsType(type)) {
    case DnsType::A:
    case DnsType::NS:
    case DnsType::CNAME:
    case DnsType::SOA:
    case DnsType::PTR:
    case DnsType::MX:
    case DnsType::TXT:
    case DnsType::AAAA:
    case DnsType::SPF:
        return true;
    }
    return false;
}

int rcodeOf(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NoError:
    case DnsStatus::NoData:
        return LDNS_RCODE_NOERROR;
    case DnsStatus::NxDomain:
        return LDNS_RCODE_NXDOMAIN;
    case DnsStatus::ServFail:
        return LDNS_RCODE_SERVFAIL;
    case DnsStatus::Refused:
        return LDNS_RCODE_REFUSED;
    case DnsStatus::OtherError:
    case DnsStatus::Timeout:
    case DnsStatus::NotInSnapshot:
        return -1;
    }
    return -1;
}

std::optional<DnsRecord> record(const ldns_rr *rr)
{
    if (!rr || ldns_rr_get_class(rr) != LDNS_RR_CLASS_IN)
        return std::nullopt;
    const quint16 type = ldns_rr_get_type(rr);
    if (!isKnownType(type))
        return std::nullopt;
    DnsRecord out;
    out.owner = nameText(ldns_rr_owner(rr));
    out.type = DnsType(type);
    out.ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);
    auto rdfOfType = [&](size_t i, ldns_rdf_type expected) -> const ldns_rdf * {
        if (i >= count)
            return nullptr;
        const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
        return rdf && ldns_rdf_get_type(rdf) == expected ? rdf : nullptr;
    };
    switch (out.type) {
    case DnsType::A:
    case DnsType::AAAA: {
        const ldns_rdf *rdf
            = rdfOfType(0, out.type == DnsType::A ? LDNS_RDF_TYPE_A : LDNS_RDF_TYPE_AAAA);
        if (!rdf)
            return std::nullopt;
        out.target = takeString(ldns_rdf2str(rdf));
        break;
    }
    case DnsType::NS:
    case DnsType::CNAME:
    case DnsType::PTR: {
        const ldns_rdf *rdf = rdfOfType(0, LDNS_RDF_TYPE_DNAME);
        if (!rdf)
            return std::nullopt;
        out.target = nameText(rdf);
        break;
    }
    case DnsType::MX: {
        const ldns_rdf *preference = rdfOfType(0, LDNS_RDF_TYPE_INT16);
        const ldns_rdf *exchange = rdfOfType(1, LDNS_RDF_TYPE_DNAME);
        if (!preference || !exchange || ldns_rdf_size(preference) != 2)
            return std::nullopt;
        out.preference = ldns_rdf2native_int16(preference);
        out.target = nameText(exchange);
        break;
    }
    case DnsType::TXT:
    case DnsType::SPF:
        // RFC 1035 §3.3.14: one or more <character-string>s, each a length octet and its data.
        for (size_t i = 0; i < count; ++i) {
            const ldns_rdf *rdf = rdfOfType(i, LDNS_RDF_TYPE_STR);
            if (!rdf)
                return std::nullopt;
            const size_t size = ldns_rdf_size(rdf);
            const uint8_t *data = ldns_rdf_data(rdf);
            if (size < 1 || !data || size_t(data[0]) + 1 != size)
                return std::nullopt;
            out.strings.append(
                QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(data[0])));
        }
        break;
    case DnsType::SOA: {
        QByteArrayList parts;
        for (size_t i = 0; i < count; ++i)
            parts.append(takeString(ldns_rdf2str(ldns_rr_rdf(rr, i))));
        out.target = parts.join(' ');
        break;
    }
    }
    return out;
}

} // namespace LdnsConvert

} // namespace kensa
