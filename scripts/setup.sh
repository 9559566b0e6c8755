# Shared by scripts/run and scripts/test: install what is missing from Debian's archive,
# configure build/ and build. Sourced, not run.

KENSA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KENSA_BUILD="$KENSA_ROOT/build"

KENSA_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libssl-dev libldns-dev libpsl-dev libicu-dev publicsuffix libmimalloc-dev
    nsd ldnsutils libyaml-cpp-dev
    xvfb xauth fonts-noto-cjk
    poppler-utils
)

kensa_log() { printf '\033[1mkensa:\033[0m %s\n' "$*" >&2; }

kensa_install_packages() {
    local missing=() pkg
    for pkg in "${KENSA_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            kensa_log "missing packages: ${missing[*]}; run as root or install sudo"
            return 1
        fi
    fi
    kensa_log "installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

kensa_build() {
    local extra=()
    [ "${CI:-}" = "true" ] && extra+=(-DKENSA_WERROR=ON)
    if [ ! -f "$KENSA_BUILD/CMakeCache.txt" ]; then
        kensa_log "configuring $KENSA_BUILD"
        cmake -S "$KENSA_ROOT" -B "$KENSA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
    elif [ ${#extra[@]} -gt 0 ]; then
        cmake -S "$KENSA_ROOT" -B "$KENSA_BUILD" "${extra[@]}" >/dev/null
    fi
    kensa_log "building"
    cmake --build "$KENSA_BUILD" --parallel "$(nproc)"
}
