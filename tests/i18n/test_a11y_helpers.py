"""The reusable checks catch what they are meant to catch (on a small window made here)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.i18n.a11y import clipped_texts, tab_order_problems, unnamed_widgets


def small_form(qtbot) -> tuple[QWidget, QLineEdit, QLineEdit, QPushButton]:
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second, button = QLineEdit(), QLineEdit(), QPushButton("Go")
    label = QLabel("&Name")
    label.setBuddy(first)
    for widget in (label, first, second, button):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, first, second, button


def test_an_input_without_label_or_name_is_reported(qtbot):
    window, _first, second, _ = small_form(qtbot)
    second.setObjectName("unnamed_box")
    assert [line for line in unnamed_widgets(window) if "unnamed_box" in line]
    assert not [line for line in unnamed_widgets(window) if "QPushButton" in line]
    second.setAccessibleName("City")
    assert unnamed_widgets(window) == []


def test_a_tab_order_against_the_reading_order_is_reported(qtbot):
    window, first, second, button = small_form(qtbot)
    assert tab_order_problems(first, window) == []
    QWidget.setTabOrder(first, button)
    QWidget.setTabOrder(button, second)
    assert tab_order_problems(first, window)


def test_text_squeezed_into_too_little_room_is_reported(qtbot):
    window, *_ = small_form(qtbot)
    label = QLabel("A long sentence that needs far more room than it gets", window)
    label.setFixedWidth(40)
    label.show()
    assert [line for line in clipped_texts(window) if "long sentence" in line]
