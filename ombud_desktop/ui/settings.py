"""Preferences kept in QSettings: language, idle lock minutes, text size, contrast.

Only preferences live here, never case data (the settings file is plain text): the keys
are a closed list and every value is checked on the way in and out. The retention period belongs to
the vault (the CLI's `case list` marks the same cases), so it is kept there.

Language and idle minutes the person never chose are stored as "not chosen" ("" / no
key), so an organization's defaults (organization.toml) apply to them; once the person
chooses in Settings or on the language picker, their choice wins.

The file is an INI file at an explicit path: the user's config folder, or in portable
mode (marker file beside the app) the portable data folder, so a USB stick leaves
nothing behind on the computer it ran on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

APPLICATION = "ombud-desktop"


@dataclass
class Preferences:
    language: str = ""  # "" = follow the system language
    idle_lock_minutes: int | None = None  # None = not chosen: organization or app default
    text_scale_percent: int = 100
    high_contrast: bool = False

    def clamp(self) -> Preferences:
        if self.idle_lock_minutes is not None:  # 0 = never lock when idle
            self.idle_lock_minutes = max(0, min(int(self.idle_lock_minutes), 240))
        self.text_scale_percent = max(100, min(int(self.text_scale_percent), 200))
        return self


PORTABLE_SETTINGS = "app-settings.ini"


def settings_path() -> Path:
    # Resolved on every call (not cached by Qt) so a changed HOME, as in tests, is honoured.
    from ombud_desktop.vault.locations import portable_data_dir

    portable = portable_data_dir()
    if portable is not None:
        return portable / PORTABLE_SETTINGS
    import platformdirs

    return Path(platformdirs.user_config_dir(APPLICATION, appauthor=False)) / "settings.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def load_preferences() -> Preferences:
    store = _settings()
    prefs = Preferences()
    for item in fields(Preferences):
        default = getattr(prefs, item.name)
        if not store.contains(item.name):
            continue  # never chosen: keep the "not chosen" default
        raw = store.value(item.name, default)
        try:
            if isinstance(default, bool):
                value: object = str(raw).lower() in ("true", "1", "yes")
            elif isinstance(default, str):
                value = str(raw)
            else:  # whole numbers (idle minutes defaults to None: not chosen)
                value = int(str(raw))
        except (TypeError, ValueError):  # a hand-edited file: fall back, never crash
            value = default
        setattr(prefs, item.name, value)
    return prefs.clamp()


def save_preferences(prefs: Preferences) -> None:
    store = _settings()
    prefs.clamp()
    for item in fields(Preferences):
        value = getattr(prefs, item.name)
        if value is None:
            store.remove(item.name)
        else:
            store.setValue(item.name, value)
    store.sync()
