"""The timeline picture on the reasons page: receipt date, when the posted processing time
ran out, and today, on one line. Screen readers get the same facts as a sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ombud_desktop.core.dates import format_date


class TimelinePicture(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_picture")
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._marks: list[tuple[dt.date, str, QColor]] = []
        self._overdue: tuple[dt.date, dt.date] | None = None

    def set_marks(
        self,
        marks: list[tuple[dt.date, str, QColor]],
        overdue: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        """Dated labels to draw, and the stretch to shade red (past the posted time)."""
        self._marks = sorted(marks, key=lambda m: m[0])
        self._overdue = overdue
        self.setMinimumHeight(QFontMetrics(self.font()).height() * 5 + 20)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if len(self._marks) < 2:
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        margin = 60.0
        left, right = margin, self.width() - margin
        y = self.height() / 2
        first, last = self._marks[0][0], self._marks[-1][0]
        span = max(1, (last - first).days)

        def x_of(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / span

        painter.setPen(QPen(QColor("#555555"), 3))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        if self._overdue is not None:
            start, end = self._overdue
            painter.setPen(QPen(QColor("#c62828"), 7))
            painter.drawLine(QPointF(x_of(start), y), QPointF(x_of(end), y))
        for index, (day, label, color) in enumerate(self._marks):
            x = x_of(day)
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x, y), 6, 6)
            above = index % 2 == 0
            lines = [label, format_date(day.isoformat())]
            width = max(metrics.horizontalAdvance(line) for line in lines) + 8
            height = metrics.height() * len(lines)
            top = y - 12 - height if above else y + 12
            rect = QRectF(x - width / 2, top, width, height)
            rect.moveLeft(min(max(rect.left(), 2.0), self.width() - width - 2))
            painter.setPen(QColor("#202020"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        painter.end()
