#!/usr/bin/env bash
# Regenerates the ARC interoperability corpus: keys (only if missing), arc.zone, the sealed
# messages under messages/, expected.tsv and versions.tsv. See README.md.
#
# The corpus is committed, so tests never need the signers; run this only to change the corpus.
# Needs (Debian 12, as root):
#   apt-get install python3-dkim python3-authres libmail-dkim-perl \
#                   libmail-authenticationresults-perl ldnsutils openssl
#
# No network: both verifiers answer key queries from arc.zone through their own DNS hooks
# (dkimpy dnsfunc=, Mail::DKIM::DNS::query replaced), and the whole run is put in a fresh network
# namespace (unshare -n: loopback only) when possible.
set -euo pipefail
export LC_ALL=C.UTF-8 TZ=UTC
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

missing=()
/usr/bin/python3 -c 'import dkim, authres' 2>/dev/null || missing+=("python3-dkim python3-authres")
perl -MMail::DKIM::ARC::Signer -MMail::AuthenticationResults::Parser -e1 2>/dev/null \
    || missing+=("libmail-dkim-perl libmail-authenticationresults-perl")
command -v ldns-read-zone >/dev/null || missing+=("ldnsutils")
command -v openssl >/dev/null || missing+=("openssl")
if ((${#missing[@]})); then
    echo "generate.sh: missing Debian packages: ${missing[*]}" >&2
    exit 1
fi

# Keys: made once and kept, so that a regeneration changes only what it must. Both ARC signers
# seal with rsa-sha256 only (dkimpy's arc_sign forces it; Mail::DKIM::ARC::Signer dies on
# anything else), so there is no Ed25519 key.
mkdir -p keys
for k in rsa2048 rsa2048-hop2 rsa2048-hop3; do
    [[ -f keys/$k.pem ]] || openssl genrsa -traditional -out keys/$k.pem 2048 2>/dev/null
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 tools/zone.py write keys arc.zone
# Read the zone back with ldns (what Kensa's ZoneResolver uses): the verifiers get exactly its data.
/usr/bin/python3 tools/zone.py json arc.zone "$tmp/keys.json"

rm -rf messages
run=(/usr/bin/python3 tools/corpus.py "$here" "$tmp/keys.json")
if [[ $(id -u) == 0 ]] && unshare -n true 2>/dev/null; then
    unshare -n "${run[@]}"
else
    echo "generate.sh: cannot unshare the network; relying on the DNS hooks alone" >&2
    "${run[@]}"
fi

{
    echo "# Versions of the implementations that made and checked this corpus (generate.sh)."
    echo "dkimpy	$(dpkg-query -W -f='${Version}' python3-dkim)	python3-dkim (Debian)"
    echo "authres	$(dpkg-query -W -f='${Version}' python3-authres)	python3-authres (Debian), used by dkimpy's ARC signer"
    echo "Mail::DKIM	$(dpkg-query -W -f='${Version}' libmail-dkim-perl)	libmail-dkim-perl (Debian)"
    echo "Mail::AuthenticationResults	$(dpkg-query -W -f='${Version}' libmail-authenticationresults-perl)	libmail-authenticationresults-perl (Debian), used by Mail::DKIM's ARC signer"
    echo "ldns	$(dpkg-query -W -f='${Version}' ldnsutils)	ldnsutils (Debian), zone check"
    echo "python	$(/usr/bin/python3 -c 'import platform; print(platform.python_version())')	/usr/bin/python3"
    echo "perl	$(perl -e 'printf "%vd", $^V')	/usr/bin/perl"
} > versions.tsv
echo "generate.sh: wrote messages/, arc.zone, expected.tsv, versions.tsv" >&2
