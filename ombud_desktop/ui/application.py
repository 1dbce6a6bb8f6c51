"""The app's QApplication subclass: one place for preferences, the idle watcher, styles
and translations, so tests get the same application through pytest-qt's `qapp_cls`.

It also holds the `AppContext` the app was started with (organization settings, data
folder): the organization's default language and idle minutes apply whenever the
person has not chosen their own (see ui/settings.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ombud_desktop import APP_NAME
from ombud_desktop.core.org_config import DEFAULT_IDLE_LOCK_MINUTES
from ombud_desktop.startup import AppContext
from ombud_desktop.ui import accessibility
from ombud_desktop.ui.file_dialogs import keep_qt_settings_in
from ombud_desktop.ui.focus_ring import FocusRing
from ombud_desktop.ui.idle_lock import IdleWatcher
from ombud_desktop.ui.settings import (
    Preferences,
    load_preferences,
    save_preferences,
)

if TYPE_CHECKING:  # the proxy style is loaded when text is enlarged (QStyle's enums: ~5 ms)
    from ombud_desktop.ui.scaled_style import ScaledFusionStyle

# The .desktop id of packaging/linux: lets Wayland and GNOME match the window to its
# launcher entry and icon.
DESKTOP_FILE_NAME = "org.ombud.OmbudDesktop"


class OmbudApplication(QApplication):
    preferences_changed = Signal()

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        super().__init__(list(argv or [APP_NAME]))
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(APP_NAME)
        self.setDesktopFileName(DESKTOP_FILE_NAME)
        self.setStyle("Fusion")
        accessibility.install()  # combo boxes named by their question (ui/accessibility.py)
        self.scaled_style: ScaledFusionStyle | None = None  # only while text is enlarged
        self.context = AppContext()
        self._base_point_size = self.font().pointSizeF()
        self.idle_watcher = IdleWatcher(self)  # watches input once the vault is unlocked
        self.focus_ring = FocusRing(self)
        self.preferences: Preferences = load_preferences()
        self.apply_preferences()
        self._language = ""
        self.set_language(self.starting_language(), remember=False)

    def use_context(self, context: AppContext) -> None:
        """Start with these arguments: organization defaults apply where the person has
        not chosen (language, idle minutes); their own choices stay."""
        self.context = context
        from ombud_desktop.vault.locations import resolve_data_dir

        # Qt's own memory (file dialog folders) stays in the data folder, never ~/.config.
        keep_qt_settings_in(resolve_data_dir(context.data_dir))
        if not self.preferences.language and context.org.default_language:
            self.set_language(context.org.default_language, remember=False)
        self.apply_preferences()

    def starting_language(self) -> str:
        """The person's choice, else the organization's default, else the system's."""
        return (
            self.preferences.language
            or self.context.org.default_language
            or QLocale.system().name()
        )

    def idle_lock_minutes(self) -> int:
        """The person's choice, else the organization's default, else 10 minutes."""
        chosen = self.preferences.idle_lock_minutes
        if chosen is not None:
            return chosen
        return self.context.org.idle_lock_minutes or DEFAULT_IDLE_LOCK_MINUTES

    def current_language_code(self) -> str:
        return self._language

    def set_language(self, code: str, remember: bool = True) -> None:
        """Switch the interface language now; every page retranslates, nothing typed is
        lost (Qt sends LanguageChange to every widget)."""
        from ombud_desktop.ui.language_runtime import apply_language

        self._language = apply_language(code).code
        for window in self.topLevelWidgets():  # numbers in the new language's way at once:
            window.unsetLocale()  # each window takes the new default, its children follow
        if remember and self.preferences.language != self._language:
            self.preferences.language = self._language
            save_preferences(self.preferences)

    def apply_preferences(self) -> None:
        prefs = self.preferences
        self.idle_watcher.set_minutes(self.idle_lock_minutes())
        self._use_scaled_style(prefs.text_scale_percent / 100)  # before the font relayouts
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size * prefs.text_scale_percent / 100)
        self.setFont(font)
        from ombud_desktop.ui.appearance import HIGH_CONTRAST_STYLE, high_contrast_palette

        # No style sheet on the whole app unless high contrast needs one: it slows every
        # widget down (ui/focus_ring.py); the ring then goes on the widget in focus.
        sheet = HIGH_CONTRAST_STYLE if prefs.high_contrast else ""
        if prefs.high_contrast:
            self.focus_ring.stop()
            self.setPalette(high_contrast_palette())
        else:
            self.setPalette(self.style().standardPalette())
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
        if not prefs.high_contrast:
            self.focus_ring.start()

    def _use_scaled_style(self, scale: float) -> None:
        """Plain Fusion at 100% text; at larger text a proxy that grows check boxes and
        radio buttons too. Not always the proxy: its Python pixelMetric, called for every
        widget drawn, cost about 60 ms of start-up (bench_gui_startup.py)."""
        if scale == 1.0:
            if self.scaled_style is not None:
                self.scaled_style = None
                self.setStyle("Fusion")  # Qt deletes the proxy
            return
        if self.scaled_style is None:
            from ombud_desktop.ui.scaled_style import ScaledFusionStyle

            self.scaled_style = ScaledFusionStyle()
            self.setStyle(self.scaled_style)
        self.scaled_style.scale = scale

    def update_preferences(self, prefs: Preferences) -> None:
        self.preferences = prefs.clamp()
        save_preferences(self.preferences)
        self.apply_preferences()
        self.preferences_changed.emit()


def ombud_app() -> OmbudApplication | None:
    app = QApplication.instance()
    return app if isinstance(app, OmbudApplication) else None
