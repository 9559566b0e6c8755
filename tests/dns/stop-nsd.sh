#!/usr/bin/env bash
# CTest fixture cleanup: ends the nsd that start-nsd.sh WORKDIR started, by its PID, and
# removes WORKDIR. Succeeds when there is nothing to stop.
set -uo pipefail

work=${1:?usage: stop-nsd.sh WORKDIR}
pidfile=$work/fixture.pid
[[ -f $pidfile ]] || { rm -rf "$work"; exit 0; }
pid=$(cat "$pidfile")

alive() { kill -0 "$1" 2>/dev/null; }

# Only a process that is nsd and uses this fixture's configuration is ours to end.
if [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "nsd.*$work/nsd.conf"; then
    children=$(pgrep -P "$pid" || true)
    kill -TERM "$pid"
    for _ in $(seq 100); do
        alive "$pid" || break
        sleep 0.1
    done
    for child in $children; do
        for _ in $(seq 30); do
            alive "$child" || break
            sleep 0.1
        done
    done
    for leftover in $pid $children; do
        if alive "$leftover"; then
            echo "stop-nsd.sh: $leftover did not stop on SIGTERM; killing it" >&2
            kill -KILL "$leftover" 2>/dev/null || true
        fi
    done
fi
rm -rf "$work"
exit 0
