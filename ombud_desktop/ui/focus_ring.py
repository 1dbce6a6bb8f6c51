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

from PySide6.QtCore import QObject
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


# Marks the page a scroll area shows (ui/widgets/blocks.scrolling, the wizard's pages):
# the ring is drawn in it, so it scrolls along and the scroll area cuts it off with the
# page. Looking for the scroll area instead would ask for its viewport, and PySide's
# first wrapper of a viewport builds some 76 enum types (10-25 ms of the first screen).
RING_HOST = "ombud_ring_host"


def mark_ring_host(page: QWidget) -> None:
    """Say that `page` is shown by a scroll area (see RING_HOST)."""
    page.setProperty(RING_HOST, True)


def ring_host(widget: QWidget) -> tuple[QWidget | None, list[QWidget]]:
    """Where a ring over `widget` is drawn (the page of the scroll area it is in, else its
    window) and the widgets from `widget` up to there, whose moves move it."""
    chain = [widget]
    parent = widget.parentWidget()
    while parent is not None:
        if parent.isWindow() or parent.property(RING_HOST):
            return parent, chain
        chain.append(parent)
        parent = parent.parentWidget()
    return None, chain


def _in_popup(widget: QWidget) -> bool:
    # The open popup, not windowType() == Qt.WindowType.Popup: the first screen's focus
    # is ringed without PySide's Qt namespace (ui/qt_keys.py).
    popup = QApplication.activePopupWidget()
    return popup is not None and widget.window() is popup


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
        host, chain = ring_host(holder) if holder is not None else (None, [])
        if holder is None or host is None:
            if ring is not None:
                ring.follow(None, None, [])
            return
        if ring is None:
            from ombud_desktop.ui.widgets.ring_frame import RingFrame

            ring = self._ring = RingFrame()
        ring.follow(holder, host, chain)

    def _live_ring(self) -> RingFrame | None:
        """The ring, unless Qt deleted it with the parent it was drawn in."""
        if self._ring is not None and not Shiboken.isValid(self._ring):
            self._ring = None
        return self._ring
