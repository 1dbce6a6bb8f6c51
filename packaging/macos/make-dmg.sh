#!/usr/bin/env bash
# Packs an .app into a compressed disk image with a link to /Applications.
#   packaging/macos/make-dmg.sh "path/Ombud Desktop.app" out.dmg
# hdiutil ships with macOS; nothing is downloaded.
set -euo pipefail
app=$1
dmg=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

ditto "$app" "$stage/$(basename "$app")" # ditto keeps signatures, symlinks and xattrs
ln -s /Applications "$stage/Applications"
cat >"$stage/Read me.txt" <<'TEXT'
Ombud Desktop

Install: drag "Ombud Desktop" onto "Applications".

Carry it on a USB stick instead (portable mode): copy "Ombud Desktop.app" to the stick
and create an empty file named "ombud-portable" next to it (not inside it). Cases are
then kept, encrypted, in the folder "ombud-data" next to the app. If macOS opens the app
from a temporary location (it does so for downloaded, unsigned apps), run once in
Terminal:  xattr -dr com.apple.quarantine "/Volumes/STICK/Ombud Desktop.app"

A nonprofit can add "organization.toml" next to the app: see the packaging README.
TEXT
rm -f "$dmg"
hdiutil create -volname "Ombud Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"
