#!/usr/bin/env bash
# CTest fixture: starts nsd on 127.0.0.1 and a free port, serving every zone file (a file with
# an SOA) in ZONESDIR, plus servfail.test and every further SERVFAIL-ZONE named on the command
# line, whose zone files do not exist, so that nsd answers SERVFAIL for them. Writes
# WORKDIR/port (the port) and WORKDIR/fixture.pid (nsd's PID); stop-nsd.sh WORKDIR ends it.
# Runs as root or as a normal user: no chroot, no user switch, no privileged port.
set -euo pipefail

work=${1:?usage: start-nsd.sh WORKDIR ZONESDIR [SERVFAIL-ZONE...]}
zones=${2:?usage: start-nsd.sh WORKDIR ZONESDIR [SERVFAIL-ZONE...]}
shift 2
servfail_zones=(servfail.test "$@")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
zones=$(cd "$zones" && pwd)

find_tool() {
    local tool=$1
    command -v "$tool" 2>/dev/null && return 0
    for dir in /usr/sbin /usr/local/sbin /sbin; do
        if [[ -x $dir/$tool ]]; then
            echo "$dir/$tool"
            return 0
        fi
    done
    echo "start-nsd.sh: $tool not found (Debian packages nsd and ldnsutils)" >&2
    return 1
}
nsd=$(find_tool nsd)
checkconf=$(find_tool nsd-checkconf)
drill=$(find_tool drill)
readzone=$(find_tool ldns-read-zone)

# A server left over by an interrupted run goes first.
bash "$here/stop-nsd.sh" "$work" || true
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

zone_entries=""
probe_zone=""
for file in "$zones"/*.zone; do
    [[ -e $file ]] || continue
    origin=$("$readzone" -E SOA "$file" | awk '$4 == "SOA" { print $1; exit }')
    [[ -n $origin ]] || continue # a record set without SOA is no zone for nsd
    zone_entries+="zone:
    name: \"$origin\"
    zonefile: \"$file\"
"
    [[ -n $probe_zone ]] || probe_zone=$origin
done
if [[ -z $probe_zone ]]; then
    echo "start-nsd.sh: no zone file with an SOA in $zones" >&2
    exit 1
fi
for servfail in "${servfail_zones[@]}"; do
    zone_entries+="zone:
    name: \"$servfail\"
    zonefile: \"$work/missing/$servfail.zone\"
"
done

write_config() {
    cat > "$work/nsd.conf" <<CONF
server:
    ip-address: 127.0.0.1
    port: $1
    do-ip4: yes
    do-ip6: no
    reuseport: no
    server-count: 1
    username: ""
    chroot: ""
    zonesdir: "$zones"
    database: ""
    pidfile: "$work/nsd.pid"
    zonelistfile: "$work/zone.list"
    xfrdfile: "$work/xfrd.state"
    xfrdir: "$work"
    logfile: "$work/nsd.log"
    verbosity: 1
    hide-version: yes
remote-control:
    control-enable: no
$zone_entries
CONF
    "$checkconf" "$work/nsd.conf"
}

stop_pid() {
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$1" 2>/dev/null || true
}

for attempt in $(seq 20); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40001))
    write_config "$port"
    # -d: stay in the foreground so that $! is nsd itself; its output goes to the log, not to
    # CTest's pipes (CTest would wait for them to close).
    "$nsd" -d -c "$work/nsd.conf" < /dev/null >> "$work/nsd.out" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        if ! kill -0 "$pid" 2>/dev/null; then
            break # the port was taken: nsd gave up
        fi
        if timeout 2 "$drill" -p "$port" @127.0.0.1 "$probe_zone" SOA 2>/dev/null | grep -q 'rcode: NOERROR' \
            && timeout 2 "$drill" -t -p "$port" @127.0.0.1 "$probe_zone" SOA 2>/dev/null | grep -q 'rcode: NOERROR'; then
            echo "$pid" > "$work/fixture.pid"
            echo "$port" > "$work/port"
            echo "nsd $pid serving $zones on 127.0.0.1 port $port (UDP and TCP)"
            exit 0
        fi
        sleep 0.1
    done
    stop_pid "$pid"
    wait "$pid" 2>/dev/null || true
    echo "start-nsd.sh: attempt $attempt on port $port failed" >&2
done

echo "start-nsd.sh: nsd did not start; its log:" >&2
cat "$work/nsd.log" "$work/nsd.out" >&2 2>/dev/null || true
exit 1
