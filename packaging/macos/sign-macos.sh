#!/usr/bin/env bash
# Signs and notarizes the disk image when identities are configured, else skips (exit 0).
#   packaging/macos/sign-macos.sh "path/Ombud Desktop.app" out.dmg
# Environment (CI secrets):
#   MACOS_SIGN_IDENTITY      "Developer ID Application: Org Name (TEAMID)", in the keychain
#                            (the spec already signed the .app with it during the build)
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific
#                            password): notarize with Apple and staple the ticket.
# Notarization uploads the image to Apple: it is the one step that needs the network.
set -euo pipefail
app=$1
dmg=$2

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "sign-macos: MACOS_SIGN_IDENTITY is not set - the app is ad-hoc signed only" \
        "and the disk image is unsigned (users right-click > Open the first time)." >&2
    exit 0
fi
codesign --verify --deep --strict --verbose=2 "$app"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
codesign --verify --verbose=2 "$dmg"

if [ -z "${MACOS_NOTARY_APPLE_ID:-}" ] || [ -z "${MACOS_NOTARY_TEAM_ID:-}" ] ||
    [ -z "${MACOS_NOTARY_PASSWORD:-}" ]; then
    echo "sign-macos: MACOS_NOTARY_* not set - signed but not notarized." >&2
    exit 0
fi
xcrun notarytool submit "$dmg" --wait \
    --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
    --password "$MACOS_NOTARY_PASSWORD"
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
