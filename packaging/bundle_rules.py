"""What goes into the PyInstaller bundle: rules the spec applies after analysis.

PyInstaller's Qt hooks collect every plugin of a type (all platforms, all themes ...), and
its dependency analysis then pulls in each plugin's system libraries: the GTK3 theme plugin
alone drags in ~105 of them (measured on a Debian 12 build). The spec therefore drops the
plugins the app does not use and then, on Linux, prunes system libraries nothing kept still
links to. Kept in a plain module (not the .spec) so ruff checks it and tests/packaging tests
it."""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Callable, Collection, Iterable
from pathlib import PurePath

# Python modules the app must never carry: network stacks (the app is offline), test
# frameworks, and Qt modules that would pull in QML, SQL or designer libraries.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "ssl",
    "_ssl",
    "http.server",
    "xmlrpc",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "pytest",
    "hypothesis",
    "setuptools",
    "pkg_resources",
    "pip",
    "IPython",
    "numpy",
    *(
        f"PySide6.{name}"
        for name in (
            "QtNetwork",
            "QtQml",
            "QtQuick",
            "QtQuickWidgets",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQmlFeatures",
            "QtSql",
            "QtTest",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtConcurrent",
            "QtLabsStyleKit",
            "QtXml",
        )
    ),
]

# Qt plugins by folder: None keeps the whole folder, a set keeps the named files only
# (matched without "lib" prefix and extension). Folders not listed are dropped.
_KEPT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen: selftest and headless use; xcb/wayland: Linux desktops; windows, cocoa.
    "platforms": {"qoffscreen", "qminimal", "qxcb", "qwayland", "qwindows", "qcocoa"},
    # The XDG portal theme gives native file dialogs in sandboxes via D-Bus, which Qt
    # already links; qgtk3 is the one that pulls in GTK.
    "platformthemes": {"qxdgdesktopportal"},
    "styles": None,  # Windows 11 / macOS native looks
    "imageformats": {"qjpeg", "qsvg", "qico", "qgif", "qwebp", "qtiff"},
    "iconengines": None,
    # compose: dead keys and accents on X11; ibus: input methods (Chinese, Vietnamese...).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    # CUPS: printing the mail packet and the recovery key (Qt prints to PDF only without).
    "printsupport": None,
    "accessiblebridge": None,  # screen readers
    "accessible": None,
}

_PLUGIN_DIR = re.compile(r"(?:^|/)plugins/([^/]+)/([^/]+)$")


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(plugin folder, plugin stem) when `dest` is a Qt plugin inside the bundle."""
    match = _PLUGIN_DIR.search(PurePath(dest).as_posix())
    if not match or "PySide6" not in dest:
        return None
    stem = match.group(2).split(".")[0]
    return match.group(1), stem.removeprefix("lib")


def keep_entry(dest: str, qt_languages: Collection[str] | None = None) -> bool:
    """False for Qt plugins and Qt translations the app does not use; True otherwise.

    `qt_languages`: suffixes of the qtbase_*.qm files the app loads (its languages);
    None keeps all of them.
    """
    path = PurePath(dest)
    if path.parent.name == "translations" and "PySide6" in path.parts:
        if not path.name.startswith("qtbase_"):  # Assistant, Designer, QML... texts
            return False
        return qt_languages is None or path.stem.removeprefix("qtbase_") in qt_languages
    plugin = plugin_of(dest)
    if plugin is None:
        return True
    folder, stem = plugin
    if folder not in _KEPT_PLUGINS:
        return False
    wanted = _KEPT_PLUGINS[folder]
    return wanted is None or stem in wanted


def _is_root(dest: str, src: str, typecode: str) -> bool:
    """Binaries kept for their own sake; every other library must be linked from one.

    Roots: Python extensions, kept Qt plugins, libpython (the bootloader opens it by
    name) and libraries a wheel ships outside Qt's lib folder (pypdfium2's libpdfium is
    opened with ctypes, so nothing links to it). Qt's own and system libraries must be
    reached through links: that is what drops the ones only a left-out plugin needed.
    """
    path = PurePath(src).as_posix()
    system = path.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))
    qt_lib = "/PySide6/Qt/lib/" in path
    return (
        typecode == "EXTENSION"
        or plugin_of(dest) is not None
        or PurePath(dest).name.startswith("libpython")
        or not (system or qt_lib)
    )


Entry = tuple[str, str, str]


def prune_unlinked_libs(
    binaries: Iterable[Entry], needed: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """Drop libraries (system or Qt) that no kept binary links to, directly or not.

    `needed(src)` lists the library names `src` links to (ELF DT_NEEDED). Linux only:
    Windows and macOS never collect system libraries in the first place.
    """
    entries = list(binaries)
    by_name = {PurePath(dest).name: (dest, src, code) for dest, src, code in entries}
    reached: set[str] = set()
    queue = [PurePath(dest).name for dest, src, code in entries if _is_root(dest, src, code)]
    while queue:
        name = queue.pop()
        if name in reached or name not in by_name:
            continue
        reached.add(name)
        queue.extend(needed(by_name[name][1]))
    return [e for e in entries if PurePath(e[0]).name in reached]


def filter_binaries(
    binaries: Iterable[Entry], needed: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """Apply the plugin rules, then (Linux) prune what only dropped plugins needed."""
    kept = [entry for entry in binaries if keep_entry(entry[0])]
    if sys.platform.startswith("linux"):
        kept = prune_unlinked_libs(kept, needed)
    return kept


def filter_datas(
    datas: Iterable[Entry],
    kept_binaries: Iterable[Entry],
    qt_languages: Collection[str] | None = None,
) -> list[Entry]:
    """Drop unused Qt translations and symlinks whose target was left out.

    PyInstaller lists symlinks (typecode SYMLINK, src = target relative to the link's
    folder) among the data entries; a link to a pruned library would dangle.
    """
    entries = [entry for entry in datas if keep_entry(entry[0], qt_languages)]
    present = {PurePath(dest).as_posix() for dest, _src, _code in [*entries, *kept_binaries]}

    def target_present(dest: str, src: str) -> bool:
        return posixpath.normpath(posixpath.join(PurePath(dest).parent.as_posix(), src)) in present

    return [e for e in entries if e[2] != "SYMLINK" or target_present(e[0], e[1])]
