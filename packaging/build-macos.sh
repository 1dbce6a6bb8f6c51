#!/usr/bin/env bash
# Builds what a nonprofit hands out on macOS (run on a Mac or a macos-* CI runner, with
# Python 3.11 + the `packaging` extra in .venv):
#   packaging/build-macos.sh [OUT_DIR]                      (default: dist/macos)
# OUT_DIR gets ombud-desktop-VERSION-macos-ARCH.dmg (the .app and an Applications link)
# and SHA256SUMS. The app is built for the runner's architecture (arm64 on macos-14+).
# Signing and notarization (see sign-macos.sh) happen only when the identities are in the
# environment; without them the app is ad-hoc signed, which runs after a right-click Open.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/dist/macos}
mkdir -p "$out"
out=$(cd "$out" && pwd)
python=${PYTHON:-$root/.venv/bin/python}
here="$root/packaging"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 QT_QPA_PLATFORM=offscreen

version=$("$python" -c 'import ombud_desktop; print(ombud_desktop.__version__)')
work="$out/.work"
rm -rf "$work"
mkdir -p "$work"

# 1. The .app (PyInstaller BUNDLE; the spec signs every binary when MACOS_SIGN_IDENTITY
#    is set, with the hardened runtime and packaging/macos/entitlements.plist).
(cd "$root" && "$python" -m tools.i18n.build --quiet)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyinstaller" "$here/ombud-desktop.spec"
app="$work/dist/Ombud Desktop.app"
"$app/Contents/MacOS/ombud-desktop" --version
"$app/Contents/MacOS/ombud-desktop" selftest

# 2. The disk image, then its signature and notarization (skipped without identities).
dmg="$out/ombud-desktop-$version-macos-$(uname -m).dmg"
"$here/macos/make-dmg.sh" "$app" "$dmg"
"$here/macos/sign-macos.sh" "$app" "$dmg"

(cd "$out" && shasum -a 256 "$(basename "$dmg")" >SHA256SUMS && cat SHA256SUMS)
rm -rf "$work"
