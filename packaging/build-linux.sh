#!/usr/bin/env bash
# Builds what a nonprofit hands out on Linux, from this checkout, without network:
#   packaging/build-linux.sh [OUT_DIR]          (default: dist/linux)
# OUT_DIR gets:
#   ombud-desktop-VERSION-linux-ARCH.tar.gz   unpack anywhere (or on a USB stick) and run
#   ombud-desktop_VERSION_ARCH.deb             installs into /opt/ombud-desktop
#   SHA256SUMS                                 checksums of both (see packaging/README.md)
# Same commit + same SOURCE_DATE_EPOCH (default: the last commit's time) = same bytes.
# Env: PYTHON (default .venv/bin/python, with the `packaging` extra installed),
#      DEB_COMPRESSION (xz, the default, or gzip/zstd/none for quicker test builds).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "${1:-$root/dist/linux}")
python=${PYTHON:-$root/.venv/bin/python}
here="$root/packaging"
app_id=org.ombud.OmbudDesktop

SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0          # stable set/dict order in the frozen bytecode
export QT_QPA_PLATFORM=offscreen # icon rendering and the smoke test need no display
export LC_ALL=C.UTF-8 TZ=UTC     # stable sort order and dates

say() { printf 'build-linux: %s\n' "$*" >&2; }

version=$("$python" -c 'import ombud_desktop; print(ombud_desktop.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
release_date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
work="$out/.work"
rm -rf "$work"
mkdir -p "$work" "$out"
started=$(date +%s)

# 1. The one-folder app (PyInstaller; packaging/ombud-desktop.spec says what goes in).
(cd "$root" && "$python" -m tools.i18n.build --quiet) # compiled translations (.qm) into resources/
say "freezing ombud-desktop $version (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyinstaller" "$here/ombud-desktop.spec"
app="$work/dist/ombud-desktop"
"$app/ombud-desktop" --version >/dev/null # fails the build if the bundle cannot start

# 2. Desktop integration: .desktop entry, AppStream metainfo, icons (rendered from the SVG).
share="$work/share"
install -D -m644 "$here/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
mkdir -p "$share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$release_date/" \
    "$here/linux/$app_id.metainfo.xml" >"$share/metainfo/$app_id.metainfo.xml"
"$python" "$here/render_icons.py" "$work/icons"
for png in "$work"/icons/*.png; do
    size=$(basename "$png" .png)
    install -D -m644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m644 "$here/icons/ombud-desktop.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/$app_id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color "$share/metainfo/$app_id.metainfo.xml" >&2
fi

# Every file the same: one timestamp, no group/other write, owner set by tar/dpkg below.
normalize_tree() {
    chmod -R u+rwX,go+rX,go-w "$1"
    find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

# 3. Tarball: the app folder plus share/ and a script that adds the menu entry.
name="ombud-desktop-$version-linux-$arch"
stage="$work/tar/$name"
mkdir -p "$stage"
cp -a "$app/." "$stage/"
cp -a "$share" "$stage/share"
install -m755 "$here/linux/install-menu-entry.sh" "$stage/install-menu-entry.sh"
install -m644 "$here/linux/README.txt" "$stage/README.txt"
# A nonprofit copies it to organization.toml beside the program (the app ignores this name).
install -m644 "$here/organization.example.toml" "$stage/organization.example.toml"
normalize_tree "$work/tar"
tarball="$out/$name.tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --format=gnu -C "$work/tar" -cf - "$name" | gzip -n -6 >"$tarball"

# 4. Debian package: /opt/ombud-desktop, a launcher in /usr/bin, menu entry and icons.
deb="$work/deb"
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/usr/share/doc/ombud-desktop" "$deb/DEBIAN"
cp -a "$app" "$deb/opt/ombud-desktop"
ln -s ../../opt/ombud-desktop/ombud-desktop "$deb/usr/bin/ombud-desktop"
cp -a "$share/." "$deb/usr/share/"
install -m644 "$here/linux/copyright" "$deb/usr/share/doc/ombud-desktop/copyright"
install -m644 "$here/organization.example.toml" "$deb/usr/share/doc/ombud-desktop/"
installed_kb=$(du -sk --apparent-size "$deb" | cut -f1)
# The bundled libraries come from the build system: its glibc is the oldest that works.
glibc=$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    -e "s/@GLIBC@/$glibc/" \
    "$here/linux/control" >"$deb/DEBIAN/control"
normalize_tree "$deb"
deb_file="$out/ombud-desktop_${version}_$arch.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$deb" "$deb_file" >/dev/null

# 5. Checksums a nonprofit compares before handing the files out.
(cd "$out" && sha256sum "$(basename "$tarball")" "$(basename "$deb_file")" >SHA256SUMS)
app_mb=$(du -sm "$app" | cut -f1)
rm -rf "$work"
say "done in $(($(date +%s) - started)) s: app folder ${app_mb} MB"
(cd "$out" && ls -l --block-size=K "$(basename "$tarball")" "$(basename "$deb_file")" >&2 && cat SHA256SUMS)
