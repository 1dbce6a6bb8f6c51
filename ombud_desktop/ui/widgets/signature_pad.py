"""A signature drawn with mouse, pen or finger.

Strokes are kept as lists of points scaled to 0..1 of the pad, so the signature survives
resizing and is stored as small JSON (never as an image file on disk). The keyboard path
to a signature is the typed "/s/ Name" or print-and-sign option on the consent page; on
the pad itself Delete or Backspace clears.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ombud_desktop.core.ui_state import Stroke, is_signature


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Signature drawing area"))
        self.setAccessibleDescription(
            self.tr(
                "Sign here with a mouse, pen or finger. Press Delete to clear. Without a "
                "mouse, choose the typed signature or print and sign instead."
            )
        )
        self.setToolTip(self.accessibleDescription())

    # --- data -------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: list[Stroke] | None) -> None:
        cleaned: list[Stroke] = []
        for stroke in strokes or []:
            points = [(float(x), float(y)) for x, y in stroke]
            if points:
                cleaned.append(points)
        self._strokes = cleaned
        self.update()

    def is_empty(self) -> bool:
        return not is_signature(self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self.update()
            self.changed.emit()

    def to_png(self, width: int = 600, height: int = 200) -> bytes:
        """The signature as PNG bytes (in memory) for the PDF renderer."""
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint_strokes(painter, QRectF(0, 0, width, height))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes
        return bytes(data.data())

    # --- input ------------------------------------------------------------------------
    def _to_unit(self, pos: QPointF) -> tuple[float, float]:
        w, h = max(1, self.width()), max(1, self.height())
        return (min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0))

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._to_unit(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._to_unit(pos))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            position = event.points()[0].position()
            kind = event.type()
            if kind == QEvent.Type.TouchBegin:
                self._begin(position)
            elif kind == QEvent.Type.TouchUpdate:
                self._extend(position)
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._end()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    # --- painting ---------------------------------------------------------------------
    def _paint_strokes(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#10205a"), max(2.0, rect.height() / 60))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            path = QPainterPath()
            x0, y0 = stroke[0]
            path.moveTo(rect.x() + x0 * rect.width(), rect.y() + y0 * rect.height())
            for x, y in stroke[1:]:
                path.lineTo(rect.x() + x * rect.width(), rect.y() + y * rect.height())
            if len(stroke) == 1:
                painter.drawPoint(path.currentPosition())
            else:
                painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        # The signing line, as on paper.
        painter.setPen(QPen(QColor("#888888"), 1))
        baseline = rect.bottom() - rect.height() * 0.22
        painter.drawLine(QPointF(rect.left() + 16, baseline), QPointF(rect.right() - 16, baseline))
        painter.drawText(QPointF(rect.left() + 6, baseline - 4), "✗")
        self._paint_strokes(painter, rect)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
