#!/usr/bin/env bash
# Regenerates the DKIM interoperability corpus: keys (only if missing), interop.zone, the signed
# messages under messages/<signer>/, expected.tsv and crosscheck.tsv. See README.md.
#
# The corpus is committed, so tests never need the signers; run this only to change the corpus.
# Needs (Debian 12, as root):
#   apt-get install python3-dkim python3-nacl libmail-dkim-perl libcryptx-perl opendkim \
#                   opendkim-tools faketime ldnsutils openssl nodejs
#   (cd tests/interop/node && npm ci)          # mailauth, pinned in package-lock.json
#
# No network: every verifier answers key queries from interop.zone through its own DNS hook, and
# the whole run is put in a fresh network namespace (unshare -n: loopback only) when possible.
set -euo pipefail
export LC_ALL=C.UTF-8 TZ=UTC
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

signers=(dkimpy maildkim opendkim mailauth)

missing=()
/usr/bin/python3 -c 'import dkim, nacl' 2>/dev/null || missing+=("python3-dkim python3-nacl")
perl -MMail::DKIM -MCryptX -e1 2>/dev/null || missing+=("libmail-dkim-perl libcryptx-perl")
command -v opendkim >/dev/null || missing+=("opendkim opendkim-tools")
command -v faketime >/dev/null || missing+=("faketime")
command -v ldns-read-zone >/dev/null || missing+=("ldnsutils")
command -v openssl >/dev/null || missing+=("openssl")
command -v node >/dev/null || missing+=("nodejs")
if ((${#missing[@]})); then
    echo "generate.sh: missing Debian packages: ${missing[*]}" >&2
    exit 1
fi
if [[ ! -d node/node_modules/mailauth ]]; then
    (cd node && npm ci --no-audit --no-fund)
fi

# Keys: made once and kept, so that a regeneration changes only what it must.
mkdir -p keys
for bits in 2048 1024 512; do
    [[ -f keys/rsa$bits.pem ]] || openssl genrsa -traditional -out keys/rsa$bits.pem $bits 2>/dev/null
done
[[ -f keys/ed25519.pem ]] || openssl genpkey -algorithm ed25519 -out keys/ed25519.pem

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 tools/zone.py write keys interop.zone "${signers[@]}"
# Read the zone back with ldns (what Kensa's ZoneResolver uses): the verifiers get exactly its data.
/usr/bin/python3 tools/zone.py json interop.zone "$tmp/keys.json"

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
    echo "Mail::DKIM	$(dpkg-query -W -f='${Version}' libmail-dkim-perl)	libmail-dkim-perl (Debian)"
    echo "OpenDKIM	$(dpkg-query -W -f='${Version}' opendkim)	opendkim (Debian)"
    echo "mailauth	$(node -p 'require("./node/node_modules/mailauth/package.json").version')	npm, node $(node --version)"
    echo "faketime	$(dpkg-query -W -f='${Version}' faketime)	faketime (Debian), for OpenDKIM's t="
    echo "ldns	$(dpkg-query -W -f='${Version}' ldnsutils)	ldnsutils (Debian), zone check"
} > versions.tsv
echo "generate.sh: wrote messages/, interop.zone, expected.tsv, crosscheck.tsv, versions.tsv" >&2
