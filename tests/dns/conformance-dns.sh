#!/usr/bin/env bash
# CTest fixture for TestDkimConformance: the DKIM conformance key records served by real nsd
# instances on 127.0.0.1, one per source (rfc8463, dkimpy, mail-dkim), because
# conformance/README.md asks for one source's records at a time (rfc8463 and dkimpy both
# publish football.example.com).
#
#   conformance-dns.sh start WORKDIR SRCZONESDIR   converts the record sets into zones
#                                                  (conformance-zones.sh) and starts the servers
#   conformance-dns.sh stop WORKDIR                ends them (stop-nsd.sh) and removes WORKDIR
#
# start writes WORKDIR/ports, one line "SOURCE<TAB>PORT" per source, last (its presence means
# every server answers), and checks that the SERVFAIL zones really answer SERVFAIL.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage="usage: conformance-dns.sh start WORKDIR SRCZONESDIR | stop WORKDIR"
action=${1:?$usage}
work=${2:?$usage}

stop_all() {
    local dir
    # In parallel: each nsd takes a moment to end its server processes.
    for dir in "$work"/nsd-*; do
        [[ -d $dir ]] || continue
        bash "$here/stop-nsd.sh" "$dir" &
    done
    wait || true
}

case $action in
stop)
    stop_all
    rm -rf "$work"
    exit 0
    ;;
start)
    src=${3:?$usage}
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac

drill=$(command -v drill 2>/dev/null || true)
if [[ -z $drill ]]; then
    echo "conformance-dns.sh: drill not found (Debian package ldnsutils)" >&2
    exit 1
fi

# A set left over by an interrupted run goes first.
[[ -d $work ]] && stop_all
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
on_exit() {
    local status=$?
    [[ $status -eq 0 ]] || stop_all # a half-started set does not outlive a failed start
}
trap on_exit EXIT

bash "$here/conformance-zones.sh" "$src" "$work/zones"

: > "$work/ports.part"
for zones in "$work"/zones/*/; do
    source=$(basename "$zones")
    servfail=()
    if [[ -f $zones/servfail-zones ]]; then
        mapfile -t servfail < "$zones/servfail-zones"
    fi
    bash "$here/start-nsd.sh" "$work/nsd-$source" "$zones" "${servfail[@]}"
    port=$(cat "$work/nsd-$source/port")
    for zone in "${servfail[@]}"; do
        if ! "$drill" -p "$port" @127.0.0.1 "test._domainkey.$zone" TXT 2>/dev/null | grep -q 'rcode: SERVFAIL'; then
            echo "conformance-dns.sh: $zone does not answer SERVFAIL on port $port" >&2
            exit 1
        fi
    done
    printf '%s\t%s\n' "$source" "$port" >> "$work/ports.part"
done
mv "$work/ports.part" "$work/ports"
cat "$work/ports"
