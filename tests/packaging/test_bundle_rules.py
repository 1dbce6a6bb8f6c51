"""What the spec keeps out of the bundle: unused Qt plugins, and the system libraries
only those plugins needed (the GTK3 theme plugin drags in about 105)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import bundle_rules

PLUGINS = "PySide6/Qt/plugins"
SYS = "/usr/lib/x86_64-linux-gnu"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", True),
        (f"{PLUGINS}/platforms/qwindows.dll", True),
        (f"{PLUGINS}/platforms/libqcocoa.dylib", True),
        (f"{PLUGINS}/platforms/libqvnc.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so", True),
        (f"{PLUGINS}/imageformats/libqjpeg.so", True),
        (f"{PLUGINS}/sqldrivers/libqsqlite.so", False),
        (f"{PLUGINS}/printsupport/libcupsprintersupport.so", True),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_es.qm", False),
        ("libgtk-3.so.0", True),  # not a plugin: left to the link-based pruning
        ("resources/destinations.json", True),
    ],
)
def test_plugin_rules(dest: str, kept: bool) -> None:
    assert bundle_rules.keep_entry(dest) is kept


def test_libraries_only_a_dropped_plugin_needed_are_pruned() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/venv/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        (f"{PLUGINS}/platforms/libqxcb.so", "/venv/qxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", f"{SYS}/libxcb-cursor.so.0", "BINARY"),
        ("libfreetype.so.6", f"{SYS}/libfreetype.so.6", "BINARY"),
        ("libgtk-3.so.0", f"{SYS}/libgtk-3.so.0", "BINARY"),  # needed by qgtk3 only
        ("libpango-1.0.so.0", f"{SYS}/libpango-1.0.so.0", "BINARY"),
        ("libpython3.11.so.1.0", f"{SYS}/libpython3.11.so.1.0", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/venv/pypdfium2_raw/libpdfium.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/venv/PySide6/Qt/lib/libQt6Quick.so.6", "BINARY"),
    ]
    links = {
        "/venv/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/venv/PySide6/Qt/lib/libQt6Gui.so.6": ["libfreetype.so.6"],
        "/venv/qxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        f"{SYS}/libgtk-3.so.0": ["libpango-1.0.so.0"],
    }
    kept = bundle_rules.prune_unlinked_libs(binaries, lambda src: links.get(src, []))
    assert {Path(dest).name for dest, _, _ in kept} == {
        "QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libqxcb.so",
        "libxcb-cursor.so.0",
        "libfreetype.so.6",
        "libpython3.11.so.1.0",  # opened by the bootloader, linked by nobody
        "libpdfium.so",  # a wheel's own library, opened with ctypes
    }  # libQt6Quick (needed only by a left-out plugin) and GTK are gone


def test_symlinks_to_pruned_libraries_are_dropped() -> None:
    kept_binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),  # target pruned
        ("resources/destinations.json", "/src/resources/destinations.json", "DATA"),
        ("PySide6/Qt/translations/qt_help_fr.qm", "/venv/qt_help_fr.qm", "DATA"),
    ]
    kept = bundle_rules.filter_datas(datas, kept_binaries)
    assert [dest for dest, _, _ in kept] == ["libQt6Gui.so.6", "resources/destinations.json"]


def test_qt_translations_only_for_the_apps_languages() -> None:
    datas = [
        (f"PySide6/Qt/translations/qtbase_{code}.qm", f"/venv/qtbase_{code}.qm", "DATA")
        for code in ("es", "pt_BR", "de", "ja")
    ]
    kept = bundle_rules.filter_datas(datas, [], qt_languages={"es", "pt_BR"})
    assert [Path(dest).name for dest, _, _ in kept] == ["qtbase_es.qm", "qtbase_pt_BR.qm"]
