#pragma once

#include "core/dns/DnsTypes.h"

#include <QByteArray>

#include <optional>

struct ldns_struct_rdf;
struct ldns_struct_rr;

namespace kensa {

// ldns <-> DnsTypes, shared by the resolvers that read ldns data (LdnsResolver, ZoneResolver).
namespace LdnsConvert {

// The text ldns allocated, as bytes; frees it.
QByteArray takeString(char *text);
QByteArray nameText(const ldns_struct_rdf *rdf);
// A record of one of the types DnsType names, or nullopt (other type, class or malformed RDATA).
std::optional<DnsRecord> record(const ldns_struct_rr *rr);
bool isKnownType(quint16 type);
int rcodeOf(DnsStatus status); // the rcode a status stands for, -1 when there was none

} // namespace LdnsConvert

} // namespace kensa
