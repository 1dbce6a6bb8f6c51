#!/usr/bin/env bash
# Sets up what Ombud Desktop needs on Debian/Ubuntu: system packages and a virtualenv in .venv.
# Usage: scripts/bootstrap.sh app|test
# Idempotent: it checks installed packages and a stamp, so a second run returns at once.
set -euo pipefail

mode=${1:-app}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"
python=${PYTHON:-python3}

# Qt needs these even offscreen; the xcb ones give a real window on X11 (found on a bare
# Debian 12 machine).
apt_app=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
         libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
         libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-noto-core
         fonts-droid-fallback fonts-nanum  # Chinese (Droid) and Korean Hangul (Nanum) glyphs
         tesseract-ocr-eng)  # English OCR model: reading USCIS notices (the installers ship it)
# Independent checkers the tests compare our output with, and the keyring and packaging tools.
apt_test=(poppler-utils qpdf libtiff-tools mpack gnome-keyring dbus desktop-file-utils
          appstream binutils xvfb xauth
          iso-codes  # country and state names the catalogues are checked against
          hylafax-server efax  # tiffcheck and efix: the fax TIFF must pass what fax servers run
          ghostscript  # what HylaFAX draws a fax PDF with: the tests read our fax PDF with it
          at-spi2-core python3-pyatspi  # the app read as a screen reader reads it (AT-SPI)
          shellcheck)  # the build and set-up scripts are linted like the Python code

say() { printf 'ombud-bootstrap: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else say "need root to run: $*  (install sudo or run as root)"; return 1
    fi
}

ensure_apt_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: install the Qt libraries yourself"; return 0; }
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

packages=("${apt_app[@]}")
[ "$mode" = test ] && packages+=("${apt_test[@]}")
# Debian's own python3 cannot make a venv without python3-venv.
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then packages+=(python3-venv); fi
ensure_apt_packages "${packages[@]}"

if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv"
    "$python" -m venv "$venv"
fi

extras=""
[ "$mode" = test ] && extras="[test,packaging]"
stamp_value="$mode $(sha256sum < "$root/pyproject.toml" | cut -d' ' -f1)"
stamp_file="$venv/.ombud-stamp-$mode"
if [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp_value" ]; then
    say "installing Python packages ($mode)"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e "$root$extras"
    echo "$stamp_value" > "$stamp_file"
fi

# Compiled translations are build products: rebuild when a .ts is newer than its .qm.
if [ -f "$root/tools/i18n/build.py" ]; then
    (cd "$root" && "$venv/bin/python" -m tools.i18n.build --quiet)
fi
