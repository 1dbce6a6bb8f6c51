"""The focus ring is drawn around the widget in focus, without a style sheet on the whole
application (which slowed every widget down): it is seen, it moves with the focus, it
rings a spin box rather than the line inside it, and no widget changes size for it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.ui.focus_ring import mark_ring_host
from ombud_desktop.ui.settings import Preferences


def _ring_share(window: QWidget, widget: QWidget) -> float:
    """The share of the pixels on `widget`'s edge drawn in the highlight colour."""
    QApplication.processEvents()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    image = window.grab(box).toImage().convertToFormat(QImage.Format.Format_RGB32)
    want = window.palette().highlight().color()
    edge = [(x, 1) for x in range(4, image.width() - 4)]  # the ring's rounded corners left out
    edge += [(1, y) for y in range(4, image.height() - 4)]
    close = [p for p in edge if _near(QColor(image.pixel(*p)), want)]
    return len(close) / len(edge)


def _near(color: QColor, want: QColor) -> bool:
    return all(abs(a - b) < 60 for a, b in zip(color.getRgb()[:3], want.getRgb()[:3], strict=True))


def _window(qtbot) -> tuple[QWidget, QLineEdit, QCheckBox, QSpinBox]:
    window = QWidget()
    line, box, number = QLineEdit(), QCheckBox("Yes"), QSpinBox()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(12, 12, 12, 12)
    for widget in (line, box, number):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, line, box, number


def test_the_ring_is_drawn_around_the_focused_widget_and_moves_with_the_focus(
    qapp, fresh_prefs, qtbot
):
    assert qapp.styleSheet() == ""  # nothing slows every widget down
    window, line, box, number = _window(qtbot)
    sizes = [w.size() for w in (line, box, number)]
    line.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is line)
    assert _ring_share(window, line) > 0.5
    assert _ring_share(window, box) < 0.2

    box.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is box)
    assert _ring_share(window, line) < 0.2
    assert _ring_share(window, box) > 0.5

    number.setFocus()  # the spin box is ringed, not the line inside it
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is number)
    assert _ring_share(window, number) > 0.5
    assert [w.size() for w in (line, box, number)] == sizes


def test_high_contrast_rings_through_its_own_sheet_and_back(qapp, fresh_prefs, qtbot):
    window, line, _, _ = _window(qtbot)
    line.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is line)
    qapp.update_preferences(Preferences(idle_lock_minutes=0, high_contrast=True))
    assert qapp.focus_ring.ringed() is None
    assert "3px solid #00007a" in qapp.styleSheet()
    qapp.update_preferences(Preferences(idle_lock_minutes=0))
    assert qapp.styleSheet() == ""
    assert qapp.focus_ring.ringed() is line and window.isVisible()


def test_the_ring_outlives_the_widgets_it_was_drawn_among(qapp, fresh_prefs, qtbot):
    window, line, _, _ = _window(qtbot)
    line.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is line)
    window.close()
    window.deleteLater()  # the ring, drawn in this window, goes with it
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is None)
    again, other, _, _ = _window(qtbot)
    other.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is other)
    assert _ring_share(again, other) > 0.5


def test_the_ring_scrolls_with_the_page(qapp, fresh_prefs, qtbot):
    window = QWidget()
    page = QWidget()
    column = QVBoxLayout(page)
    lines = [QLineEdit() for _ in range(40)]
    for line in lines:
        column.addWidget(line)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    mark_ring_host(page)  # as the app's scroll areas do: the ring is drawn in the page
    QVBoxLayout(window).addWidget(area)
    window.resize(300, 200)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    target = lines[1]
    target.setFocus()
    qtbot.waitUntil(lambda: qapp.focus_ring.ringed() is target)
    assert _ring_share(area.viewport(), target) > 0.5
    area.verticalScrollBar().setValue(15)  # the line moves up, partly out of view
    QApplication.processEvents()
    assert _ring_share(area.viewport(), target) > 0.5
    assert _ring_share(area.viewport(), lines[3]) < 0.2
