#!/bin/sh
# Adds Ombud Desktop to this user's application menu, pointing at this folder.
#   ./install-menu-entry.sh            add (or update) the menu entry
#   ./install-menu-entry.sh --remove   take it away again (cases are not touched)
# Nothing outside ~/.local/share is changed and no administrator rights are needed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.ombud.OmbudDesktop
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/$app_id.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -name "$app_id.*" -type f -delete 2>/dev/null || true
    echo "Removed the menu entry. Your cases are still where they were."
    exit 0
fi

mkdir -p "$data/applications"
(cd "$here/share/icons" && find hicolor -type f -name "$app_id.*") | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
# The Exec key quotes the path (it may contain spaces); a few characters would need
# escaping rules menus apply differently, so such folders are refused plainly.
case "$here" in
    *[\"\`\$\\\|\&]*)
        echo "This folder's name contains one of \" \` \$ \\ | & - move the app to a folder" \
            "without them and run this again." >&2
        exit 1 ;;
esac
exec_path=$(printf '%s' "$here/ombud-desktop" | sed 's/%/%%/g')
sed "s|^Exec=.*|Exec=\"$exec_path\"|" "$here/share/applications/$app_id.desktop" >"$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
echo "Added Ombud Desktop to your application menu ($entry)."
