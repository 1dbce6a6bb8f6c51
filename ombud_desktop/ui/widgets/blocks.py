"""The building blocks of every screen: headings, paragraphs, notice boxes, a control's
spoken name, tab order. Light on purpose (Qt widgets only): the unlock screen shown at
start uses them without loading the wizard (ui/pages/base.py, the form spec), nor PySide's
`Qt` namespace (ui/qt_keys.py)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.ui.accessibility import without_mnemonic
from ombud_desktop.ui.focus_ring import mark_ring_host
from ombud_desktop.ui.qt_keys import set_keys


def describe(widget: QWidget, text: str, description: str) -> None:
    """Set a control's visible text (with its &shortcut) and what a screen reader says."""
    if hasattr(widget, "setText"):
        widget.setText(text)
    widget.setAccessibleName(without_mnemonic(text).strip("<>…. "))
    widget.setAccessibleDescription(without_mnemonic(description))


def notice_panel(name: str, background: str, border: str) -> tuple[QFrame, QVBoxLayout]:
    """A tinted box for a hint or warning that belongs to the page (not a finding)."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; }}"
    )
    return frame, QVBoxLayout(frame)


def layout_focus_chain(root: QWidget) -> list[QWidget]:
    """The keyboard-focusable widgets under `root` in layout order, which on these
    top-to-bottom pages is the visual order (whatever order they were created in)."""
    from PySide6.QtCore import Qt

    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if (child := item.widget()) is not None:
                visit_widget(child)
            elif (inner := item.layout()) is not None:
                visit_layout(inner)

    def visit_widget(widget: QWidget) -> None:
        if widget is not root and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        if (own := widget.layout()) is not None:
            visit_layout(own)

    visit_widget(root)
    return found


def retire_row(row: QWidget, layout: QLayout) -> None:
    """Take `row` off the page now (out of `layout`, hidden, its names cleared so that a
    field is found by name in the row made in its place) and have Qt delete it once the
    event loop is back, its parent's child until then. Not setParent(None): that made the
    row a window of its own, owned by Python, and switching the language after a row was
    replaced corrupted the heap (a crash some time later: tests/ui/test_retired_rows.py)."""
    layout.removeWidget(row)
    row.hide()
    for named in (row, *row.findChildren(QObject)):
        named.setObjectName("")
    row.deleteLater()


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits `widgets` in this order (the order they are seen on the page)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def heading(level: int = 1) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    set_keys(label, "textFormat", "PlainText")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.2))
    label.setFont(font)
    label.setAccessibleName(label.text())
    return label


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_keys(label, "textFormat", "PlainText")
    set_keys(label, "textInteractionFlags", "TextSelectableByMouse")
    return label


def leading(widget: QWidget) -> QHBoxLayout:
    """`widget` at its natural width on the line's leading side (left, right in a
    right-to-left language): a button, not a bar across the column. A stretch does what
    the layout's AlignLeft would, without PySide's `Qt` namespace (ui/qt_keys.py)."""
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(widget)
    line.addStretch(1)
    return line


def top_aligned(widget: QWidget) -> QVBoxLayout:
    """`widget` at its natural height at the top of a row (AlignTop, as `leading`)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    return column


# The words of a finding: dark red for an error, dark brown for a warning (both 7:1 or
# more on the light background). High contrast's style sheet makes them black and bold.
FINDING_COLOURS = {"finding_error": "#a40000", "finding_warning": "#7a4a00"}


def mark_finding(label: QLabel, kind: str) -> None:
    """Show `label` as a finding of `kind` ("finding_error" or "finding_warning"): its
    object name (which a style sheet may match) and its colour."""
    label.setObjectName(kind)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(FINDING_COLOURS[kind]))
    label.setPalette(palette)
    label.style().unpolish(label)  # a style sheet's rule follows the new name
    label.style().polish(label)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless vertical scroll area: at large text sizes a screen scrolls
    instead of squeezing its boxes and cutting its sentences."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    set_keys(area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_keys(area, "focusPolicy", "NoFocus")
    area.setWidget(content)
    mark_ring_host(content)
    return area
