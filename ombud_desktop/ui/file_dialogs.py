"""The app's file dialogs: Qt's, minus the history Qt keeps of the folders browsed.

Qt's own file dialog remembers the last folder and a history of folders (for example
"…/Maria Lopez Garcia - USCIS papers") in QSettings(UserScope, "QtProject"), which is
`~/.config/QtProject.conf` unless redirected. `keep_qt_settings_in(data_dir)` sends it
into the data folder, and every dialog here removes that history again when it closes,
so the names of the folders people browse are kept nowhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget

QT_SETTINGS_FOLDER = "qt-settings"


def keep_qt_settings_in(data_dir: Path) -> None:
    """Qt's own remembered settings go into `data_dir`, never the computer's config
    folder. (Windows keeps Qt's NativeFormat in the registry, which setPath cannot move:
    the default format becomes INI so new QSettings follow.)"""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(data_dir / QT_SETTINGS_FOLDER))


def forget_history() -> None:
    """Remove what the file dialog wrote about the folders it showed."""
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.remove("FileDialog")
    store.remove("Qt/filedialog")
    store.sync()


def _dialogs() -> type[QFileDialog]:
    """Qt's file dialog class, made by PySide on first use (not at start: only
    `keep_qt_settings_in` is needed before the first screen)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
    try:
        return _dialogs().getOpenFileName(parent, caption, folder, filters)[0]
    finally:
        forget_history()


def open_file_names(parent: QWidget | None, caption: str, folder: str, filters: str) -> list[str]:
    try:
        return list(_dialogs().getOpenFileNames(parent, caption, folder, filters)[0])
    finally:
        forget_history()


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    try:
        return _dialogs().getSaveFileName(parent, caption, suggested, filters)[0]
    finally:
        forget_history()


def existing_directory(parent: QWidget | None, caption: str, folder: str) -> str:
    try:
        return _dialogs().getExistingDirectory(parent, caption, folder)
    finally:
        forget_history()
