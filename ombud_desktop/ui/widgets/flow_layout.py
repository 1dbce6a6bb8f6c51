"""A row of widgets that wraps onto more lines when the room is narrow (large text, a
small window), so a tool bar never makes the page scroll sideways. Right-to-left
languages fill each line from the right. Layout order is reading order (Tab follows it)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout's item list ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """One line holding everything."""
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gaps()
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """As narrow as the widest single widget: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # --- arranging --------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gaps(self) -> int:
        return self._spacing * max(len(self._visible()) - 1, 0)

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in lines within rect (when `place`); returns the height."""
        area = rect.marginsRemoved(self.contentsMargins())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        parent = self.parentWidget()
        rtl = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        y = area.top()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            x = area.left()
            for item in line:
                hint = item.sizeHint()
                width = min(hint.width(), area.width())
                left = area.right() - (x - area.left()) - width + 1 if rtl else x
                top = y + (height - hint.height()) // 2
                if place:
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, hint.height())))
                x += width + self._spacing
            y += height + self._spacing
        margins = self.contentsMargins()
        return y - self._spacing - area.top() + margins.top() + margins.bottom()
