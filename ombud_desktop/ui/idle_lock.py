"""Idle auto-lock: while the vault is unlocked, any keyboard, mouse, pen or touch input
restarts a countdown; when it runs out `idle` is emitted and the main window locks (a case
is never left open on a shared computer)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

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
    """An event filter on the whole application from `watch()` (unlocked) to `pause()`
    (locked); `set_minutes(0)` switches the countdown off."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0
        self._watching = False

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
        an application-wide filter in Python costs every event a call, and its first
        call alone made the first screen 20-40 ms slower (benchmarks/bench_gui_startup.py)."""
        app = QCoreApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self._count()

    def pause(self) -> None:
        """While locked there is nothing to protect: stop counting and watching."""
        app = QCoreApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

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
