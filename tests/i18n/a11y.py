"""Reusable accessibility checks for any window: accessible names, tab order against the
visual order, and text that does not fit its widget. Used on every wizard page."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Widgets under `root` that Tab can reach now: visible, enabled, taking Tab focus.

    Widgets that hand their focus to another (a spin box's inner line edit, an editable
    combo box's line edit) are left out: the widget that receives the focus is checked.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for `widget` (its own name, or its label buddy's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def accessible_description(widget: QWidget) -> str:
    """The longer explanation a screen reader offers for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def describe_widget(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName()!r}, text={text!r})"


def unnamed_widgets(root: QWidget) -> list[str]:
    return [describe_widget(w) for w in focusable_widgets(root) if not accessible_name(w)]


def undescribed_widgets(root: QWidget) -> list[str]:
    return [describe_widget(w) for w in focusable_widgets(root) if not accessible_description(w)]


def _owner(widget: QWidget) -> QWidget:
    """The widget that owns keyboard focus for `widget` (undo focus proxies)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.focusProxy() is widget:
            widget, parent = parent, parent.parentWidget()
        else:
            break
    return widget


def tab_sequence(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; the widgets visited in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, "keyboard focus was lost while tabbing"
        current = _owner(current)
        if seen and current is seen[0]:
            return seen
        if not seen or current is not seen[-1]:  # a date edit tabs through its sections
            seen.append(current)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back to {describe_widget(start)}")


def _geometry(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def visual_order(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    """Reading order: rows from top to bottom (widgets side by side that overlap
    vertically form a row), and within a row left to right, or right to left in RTL."""
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    boxes = {w: _geometry(w, root) for w in widgets}
    rows: list[list[QWidget]] = []
    for widget in sorted(widgets, key=lambda w: (boxes[w].top(), boxes[w].left())):
        box = boxes[widget]
        row = rows[-1] if rows else None
        if row is not None:
            lead = boxes[row[0]]
            overlap = min(lead.bottom(), box.bottom()) - max(lead.top(), box.top())
            if overlap > min(lead.height(), box.height()) / 2:
                row.append(widget)
                continue
        rows.append([widget])
    ordered: list[QWidget] = []
    for row in rows:
        ordered.extend(
            sorted(row, key=lambda w: -boxes[w].center().x() if rtl else boxes[w].center().x())
        )
    return ordered


def _tab_stop(widget: QWidget) -> object:
    """Radio buttons of one exclusive group share a single Tab stop (arrows move inside)."""
    if isinstance(widget, QRadioButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
        if widget.autoExclusive():
            return widget.parentWidget()
    return widget


def _one_per_stop(widgets: list[QWidget]) -> list[QWidget]:
    stops: dict[object, QWidget] = {}
    for widget in widgets:
        stops.setdefault(_tab_stop(widget), widget)
    return list(stops.values())


def tab_order_problems(start: QWidget, area: QWidget) -> list[str]:
    """Differences between the Tab order and the visual order of the widgets in `area`
    (tabbing from `start`, which may lie outside it), and focusable widgets Tab skips."""
    stop_of = {}
    expected = _one_per_stop(visual_order(focusable_widgets(area), area))
    for widget in focusable_widgets(area):
        stop_of[widget] = next(e for e in expected if _tab_stop(e) == _tab_stop(widget))
    visited = [stop_of.get(w, w) for w in tab_sequence(start) if area.isAncestorOf(w)]
    problems = [f"Tab never reaches {describe_widget(w)}" for w in expected if w not in visited]
    in_both = [w for w in expected if w in visited]
    tabbed = [w for w in visited if w in in_both]
    if tabbed != in_both:
        first = next(i for i, (a, b) in enumerate(zip(tabbed, in_both, strict=True)) if a is not b)
        problems.append(
            f"Tab goes to {describe_widget(tabbed[first])} where the eye expects "
            f"{describe_widget(in_both[first])} (position {first})"
        )
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Labels, buttons and inputs showing text in less room than the text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            need = widget.sizeHint()
            if widget.wordWrap() and widget.hasHeightForWidth():
                need.setHeight(widget.heightForWidth(widget.width()))
                need.setWidth(0)
            if widget.height() < need.height() - 1 or widget.width() < need.width() - 1:
                found.append(
                    f"{describe_widget(widget)} {widget.size().toTuple()} < {need.toTuple()}"
                )
        elif isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            if widget.focusProxy() is not None:
                continue  # the editor inside a spin box or combo box: its owner is checked
            if isinstance(widget, QLineEdit) and widget.isReadOnly():
                # Text shown to be read (not typed): all of it must be in view.
                room = widget.contentsRect().width() - 8  # the frame's inner margins
                if widget.fontMetrics().horizontalAdvance(widget.text()) > room:
                    found.append(f"{describe_widget(widget)} shows only part of its text")
            need = widget.minimumSizeHint()
            if widget.height() < need.height() - 1 or widget.width() < need.width() - 1:
                found.append(
                    f"{describe_widget(widget)} {widget.size().toTuple()} < {need.toTuple()}"
                )
    return found


def sideways_scrolling(page: QWidget) -> list[str]:
    """A page wider than the window scrolls sideways and hides the ends of its lines:
    names the widgets that need more width than the view has."""
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is None or scroll.horizontalScrollBar().maximum() == 0:
        return []
    room = scroll.viewport().width()
    too_wide = [
        f"{describe_widget(w)} needs {w.minimumSizeHint().width()} px of {room}"
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.layout() is None
        and w.mapTo(page, w.rect().topLeft()).x() + w.minimumSizeHint().width() > room
    ]
    return too_wide or [f"{page.objectName()} scrolls sideways"]
