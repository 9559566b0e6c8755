#!/usr/bin/env bash
# Turns the DKIM conformance key records (../shared/conformance/dkim/zones/*.zone: record sets
# with absolute owner names from many domains, mostly without SOA) into zones nsd can serve.
#
#   conformance-zones.sh SRCDIR OUTDIR
#
# For every SRCDIR/SOURCE.zone it writes OUTDIR/SOURCE/APEX.zone, one zone per parent of
# "_domainkey" (the signing domain d=), each with its own SOA and NS and the glue of that NS
# (127.0.0.1), holding the source's records at and below the apex; a parent zone delegates to a
# child zone of the same source. The source's own SOA and NS records are replaced. Records
# outside every such apex are an error. Parsing is ldns-read-zone's, so quoting, parentheses,
# $TTL and escapes are those of the master-file format.
#
# DNS faults that a zone file cannot express (conformance/README.md "DKIM",
# dkim/PROVENANCE.md on FAKE_DNS.dat), both for the mail-dkim source:
#   - test3._domainkey.blackhole2.messiah.edu must answer SERVFAIL: the zone
#     blackhole2.messiah.edu is delegated from messiah.edu and listed in
#     OUTDIR/SOURCE/servfail-zones, so that start-nsd.sh configures it with a zone file that
#     does not exist (nsd then answers SERVFAIL for every name in it);
#   - test3._domainkey.blackhole.messiah.edu must time out: messiah.edu delegates
#     blackhole.messiah.edu to ns.blackhole.messiah.edu at 192.0.2.1 (TEST-NET-1, RFC 5737: a
#     server that never answers). nsd itself can only give that referral; the test sends
#     questions under blackhole.messiah.edu to a loopback port that never answers.
set -euo pipefail

src=${1:?usage: conformance-zones.sh SRCDIR OUTDIR}
out=${2:?usage: conformance-zones.sh SRCDIR OUTDIR}

readzone=$(command -v ldns-read-zone 2>/dev/null || true)
if [[ -z $readzone ]]; then
    echo "conformance-zones.sh: ldns-read-zone not found (Debian package ldnsutils)" >&2
    exit 1
fi

# source  kind  zone  (kind: servfail = configured without a zone file; timeout = delegated to a
# server that never answers)
faults="mail-dkim servfail blackhole2.messiah.edu
mail-dkim timeout blackhole.messiah.edu"

rm -rf "$out"
mkdir -p "$out"
found=0
for file in "$src"/*.zone; do
    [[ -e $file ]] || continue
    found=1
    name=$(basename "$file" .zone)
    mkdir -p "$out/$name"
    # ldns-read-zone prints one record a line: OWNER TTL CLASS TYPE RDATA, owner absolute.
    "$readzone" "$file" | awk -v out="$out/$name" -v source="$name" -v faults="$faults" '
        function fail(message) {
            print "conformance-zones.sh: " source ": " message > "/dev/stderr"
            failed = 1
            exit 1
        }
        # The longest apex that is NAME or an ancestor of NAME ("" when none).
        function apexOf(name,    a, best) {
            best = ""
            for (a in apexes) {
                if ((name == a || substr(name, length(name) - length(a)) == "." a) \
                    && length(a) > length(best))
                    best = a
            }
            return best
        }
        function add(apex, line) {
            zone[apex] = zone[apex] line "\n"
        }
        BEGIN {
            FS = "[ \t]+"
            n = split(faults, lines, "\n")
            for (i = 1; i <= n; ++i) {
                split(lines[i], f, " ")
                if (f[1] != source)
                    continue
                fault[f[3] "."] = f[2]
            }
        }
        /^[ \t]*(;|$)/ { next }
        {
            owner = tolower($1)
            type = toupper($4)
            if (type == "SOA" || type == "NS")
                next # replaced below
            if (owner ~ /(^|\.)_domainkey\./) {
                apex = owner
                sub(/^(.*\.)?_domainkey\./, "", apex)
                apexes[apex] = 1
            }
            count++
            owners[count] = owner
            records[count] = $0
        }
        END {
            if (failed)
                exit 1
            for (a in fault) {
                if (fault[a] == "servfail")
                    apexes[a] = 1
            }
            for (i = 1; i <= count; ++i) {
                apex = apexOf(owners[i])
                if (apex == "")
                    fail("record outside every _domainkey parent: " records[i])
                if (fault[apex] == "servfail")
                    fail("record inside the SERVFAIL zone " apex ": " records[i])
                add(apex, records[i])
                taken[owners[i]] = 1
            }
            for (a in apexes) {
                if (fault[a] == "servfail")
                    continue
                head = a "\t3600\tIN\tSOA\tns." a " hostmaster." a " 1 3600 600 86400 300\n"
                head = head a "\t3600\tIN\tNS\tns." a "\n"
                if (!(("ns." a) in taken))
                    head = head "ns." a "\t3600\tIN\tA\t127.0.0.1\n"
                # Delegations to child zones of this source, and to the fault zones below a.
                for (c in apexes) {
                    if (c != a && apexOf(substr(c, index(c, ".") + 1)) == a) {
                        head = head c "\t3600\tIN\tNS\tns." c "\n"
                        head = head "ns." c "\t3600\tIN\tA\t127.0.0.1\n"
                    }
                }
                for (c in fault) {
                    if (fault[c] == "timeout" && apexOf(c) == a) {
                        head = head c "\t3600\tIN\tNS\tns." c "\n"
                        head = head "ns." c "\t3600\tIN\tA\t192.0.2.1\n"
                    }
                }
                file = out "/" substr(a, 1, length(a) - 1) ".zone"
                printf "; generated by tests/dns/conformance-zones.sh from %s.zone\n", source > file
                printf "%s%s", head, zone[a] > file
                close(file)
            }
            for (a in fault) {
                if (fault[a] != "servfail")
                    continue
                if (apexOf(substr(a, index(a, ".") + 1)) == "")
                    fail("no parent zone for the SERVFAIL zone " a)
                print substr(a, 1, length(a) - 1) > (out "/servfail-zones")
            }
            for (a in fault) {
                if (fault[a] == "timeout" && apexOf(a) == "")
                    fail("no parent zone for the timeout zone " a)
            }
        }'
done
if [[ $found -eq 0 ]]; then
    echo "conformance-zones.sh: no *.zone file in $src" >&2
    exit 1
fi
