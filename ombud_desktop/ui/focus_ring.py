"""A visible focus ring around the widget in focus (keyboard users must see where they
are): Fusion's own ring is faint, and some platform styles draw none at all.

Not a style sheet on the whole application: that puts every widget of the app under
Qt's style-sheet style, and building and polishing each widget then cost about a third
more (35 ms of opening a case, benchmarks/bench_gui_startup.py). Nor a sheet on the
widget in focus: the widget then changed size as the focus came and went. A ring laid
over the focused widget follows it instead (ui/widgets/ring_frame.py), drawn over the
widget's own edge, where the sheet drew it. High contrast keeps its application-wide
sheet (ui/appearance.py), which draws its own thicker ring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:  # the ring is drawn by a widget made at the first focus
    from ombud_desktop.ui.widgets.ring_frame import RingFrame


def focus_holder(widget: QWidget) -> QWidget:
    """The outermost widget that has the focus when `widget` has it (a spin box for its
    line, a list one can type into for its typing field)."""
    holder = widget
    parent = holder.parentWidget()
    while parent is not None and not holder.isWindow() and parent.hasFocus():
        holder, parent = parent, parent.parentWidget()
    return holder


def _in_popup(widget: QWidget) -> bool:
    return widget.window().windowType() == Qt.WindowType.Popup


class FocusRing(QObject):
    """Rings the widget in focus from `start()` until `stop()`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._on = False
        self._ring: RingFrame | None = None  # lives in the window it is drawn in, dies with it

    def start(self) -> None:
        if not self._on:
            self._app.focusChanged.connect(self._moved)
            self._on = True
        self._moved(None, QApplication.focusWidget())

    def stop(self) -> None:
        if self._on:
            self._app.focusChanged.disconnect(self._moved)
            self._on = False
        self._put_on(None)

    def ringed(self) -> QWidget | None:
        """The widget wearing the ring now."""
        ring = self._live_ring()
        return ring.target() if ring is not None else None

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and _in_popup(new):
            return  # an open list keeps the ring on its box
        holder = focus_holder(new) if new is not None else None
        if holder is not self.ringed():
            self._put_on(holder)

    def _put_on(self, holder: QWidget | None) -> None:
        ring = self._live_ring()
        if holder is None:
            if ring is not None:
                ring.follow(None)
            return
        if ring is None:
            from ombud_desktop.ui.widgets.ring_frame import RingFrame

            ring = self._ring = RingFrame()
        ring.follow(holder)

    def _live_ring(self) -> RingFrame | None:
        """The ring, unless Qt deleted it with the parent it was drawn in."""
        if self._ring is not None and not Shiboken.isValid(self._ring):
            self._ring = None
        return self._ring
