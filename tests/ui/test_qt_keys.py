"""The first screen's ways around PySide's Qt namespace (ui/qt_keys.py) do what the Qt
enums did: properties set by their key names, and the stretches standing in for layout
alignment keep a button at its own size on the line's leading side, in either direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.ui.qt_keys import set_keys
from ombud_desktop.ui.widgets.blocks import leading, top_aligned


def test_set_keys_sets_enums_and_flags_by_name(qtbot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    set_keys(label, "textFormat", "PlainText")
    set_keys(label, "alignment", "AlignRight|AlignAbsolute|AlignTop")
    assert label.textFormat() == Qt.TextFormat.PlainText
    want = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
    assert label.alignment() == want


@pytest.mark.parametrize(
    ("name", "keys"), [("textFormat", "PlainTxt"), ("textFormats", "PlainText")]
)
def test_set_keys_refuses_a_wrong_name_or_key(qtbot, name: str, keys: str) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        set_keys(label, name, keys)
    assert label.textFormat() == Qt.TextFormat.AutoText


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_leading_button_keeps_its_size_on_the_leading_side(qtbot, direction) -> None:
    column = QWidget()
    qtbot.addWidget(column)
    column.setLayoutDirection(direction)
    layout = QVBoxLayout(column)
    button, tall = QPushButton("Unlock"), QPushButton("A row two hundred high")
    tall.setFixedHeight(200)
    row = QWidget()
    line = leading(button)
    line.addLayout(top_aligned(QPushButton("beside")))  # fixed height: centred alone
    line.addWidget(tall)
    row.setLayout(line)
    layout.addWidget(row)
    column.resize(600, 300)
    column.show()
    qtbot.waitExposed(column)
    assert button.width() == button.sizeHint().width()  # not a bar across the column
    assert button.height() == button.sizeHint().height()
    left = button.mapTo(column, QPoint(0, 0)).x()
    right = column.width() - (left + button.width())
    assert (left < right) == (direction == Qt.LayoutDirection.LeftToRight)
    beside = line.itemAt(2).layout().itemAt(0).widget()
    assert tall.mapTo(row, QPoint(0, 0)).y() > 0  # the row is taller than its boxes
    assert beside.mapTo(row, QPoint(0, 0)).y() == line.contentsRect().top()  # at the top
