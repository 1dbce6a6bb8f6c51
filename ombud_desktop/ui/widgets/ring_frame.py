"""The focus ring as drawn (ui/focus_ring.py says over which widget, and in which host):
a widget laid over the focused widget, painting a ring in the highlight colour over the
widget's own edge. The widget and the widgets between it and the host are watched for
moves, resizes and hiding.

Not Qt's QFocusFrame: it lies over its widget only with a style of its own, and a
style's enums cost the first screen ~8 ms (benchmarks/bench_gui_startup.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from ombud_desktop.ui.qt_keys import set_keys

RING_WIDTH = 2
_FOLLOW = frozenset(
    {
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.ParentChange,
    }
)


class RingFrame(QWidget):
    """The ring over one widget at a time (`follow`)."""

    def __init__(self) -> None:
        super().__init__()
        set_keys(self, "focusPolicy", "NoFocus")
        # Clicks go through the ring from the loop's next turn (no click comes sooner):
        # the first screen rings its first box before it is painted, and the attribute
        # is one of PySide's Qt namespace, which the first screen does without.
        QTimer.singleShot(0, self._let_clicks_through)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []

    def _let_clicks_through(self) -> None:
        from PySide6.QtCore import Qt

        if Shiboken.isValid(self):
            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def target(self) -> QWidget | None:
        if self._target is not None and not Shiboken.isValid(self._target):
            self._target = None
        return self._target

    def follow(self, target: QWidget | None, host: QWidget | None, chain: list[QWidget]) -> None:
        """Lie over `target` in `host`, following `chain` (`target` and the widgets up to
        `host`); nowhere for None."""
        for watched in self._watched:
            if Shiboken.isValid(watched):
                watched.removeEventFilter(self)
        self._watched, self._target = [], None
        if target is None or host is None:
            self.hide()
            self.setParent(None)  # not deleted with the host
            return
        self._target, self._watched = target, chain
        if self.parentWidget() is not host:
            self.setParent(host)
        for watched in chain:
            watched.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW:
            self._place()
        return False

    def _place(self) -> None:
        target, host = self.target(), self.parentWidget()
        if target is None or host is None:
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(host, QPoint(0, 0)), target.size()))
        if target.isVisibleTo(host):
            self.raise_()
            self.show()
        else:
            self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = RING_WIDTH / 2
        ring = QPainterPath()
        ring.addRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
        # Stroked with a QPen made empty: QPen(colour, width) and setPen choose among
        # overloads taking a Qt.PenStyle, which makes PySide's Qt namespace (ui/qt_keys.py)
        # while the first screen paints.
        pen = QPen()
        pen.setColor(self.palette().highlight().color())
        pen.setWidth(RING_WIDTH)
        painter.strokePath(ring, pen)
