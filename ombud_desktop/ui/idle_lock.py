"""Idle auto-lock: while the vault is unlocked, any keyboard, mouse, pen or touch input
restarts a countdown; when it runs out `idle` is emitted and the main window locks (a case
is never left open on a shared computer).

Input is watched on the app's windows (the QWindow of the main window, of each dialog as
it or a widget in it takes the focus): the system's input reaches a window before its
widgets. Not on the
whole application: a Python filter there was called for every event of every widget, and
opening a case (thousands of layout, paint and child events) took 30-70 ms longer
(benchmarks/bench_gui_startup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:  # PySide makes QWindow's type (4 enums) when unlocking is watched
    from PySide6.QtGui import QWindow

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """An event filter on the app's windows from `watch()` (unlocked) to `pause()`
    (locked); `set_minutes(0)` switches the countdown off."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0
        self._watching = False
        self._windows: list[QWindow] = []

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes) * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = max(0, interval_ms)
        if self._watching:
            self._count()

    def interval_ms(self) -> int:
        return self._interval_ms

    def watch(self) -> None:
        """Something is unlocked: count, and let input start the count over. Not before:
        nothing is open to protect, and a filter costs every event it sees a Python call."""
        app = QGuiApplication.instance()
        if not self._watching and isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch_window)
            if isinstance(app, QApplication):  # some platforms move only the widget focus
                app.focusChanged.connect(self._widget_focused)
            for window in app.topLevelWindows():
                self._watch_window(window)
            self._watching = True
        self._count()

    def pause(self) -> None:
        """While locked there is nothing to protect: stop counting and watching."""
        app = QGuiApplication.instance()
        if self._watching and isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._watch_window)
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._widget_focused)
        for window in self._windows:
            if Shiboken.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()
        self._watching = False
        self._timer.stop()

    def _widget_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self._watch_window(new.window().windowHandle())

    def _watch_window(self, window: QWindow | None) -> None:
        """Watch `window` too (a dialog when it takes the focus), once."""
        self._windows = [known for known in self._windows if Shiboken.isValid(known)]
        if window is None or not Shiboken.isValid(window):
            return  # a window going away (a closing dialog or list) as the focus moves
        if all(known is not window for known in self._windows):
            window.installEventFilter(self)
            self._windows.append(window)

    def _count(self) -> None:
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval_ms)
        return False
