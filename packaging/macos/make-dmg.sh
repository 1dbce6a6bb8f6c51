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
cp "$(dirname "$0")/../organization.example.toml" "$stage/organization.example.toml"
cat >"$stage/Read me.txt" <<'TEXT'
Ombud Desktop

Install: drag "Ombud Desktop" onto "Applications".

Carry it on a USB stick instead (portable mode): copy "Ombud Desktop.app" to the stick
and create an empty file named "ombud-portable" next to it (not inside it). Cases are
then kept, encrypted, in the folder "ombud-data" next to the app, and so are the app's
own settings. If macOS opens the app
from a temporary location (it does so for downloaded, unsigned apps), run once in
Terminal:  xattr -dr com.apple.quarantine "/Volumes/STICK/Ombud Desktop.app"

A nonprofit can brand the app: copy organization.example.toml (on this disk image) next
to the app as "organization.toml" and edit it; it explains every setting.
TEXT
rm -f "$dmg"
hdiutil create -volname "Ombud Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"
