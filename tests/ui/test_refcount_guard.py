"""PySide6 6.12 on Python 3.11 drops a reference to None on every Qt method returning
nothing; without the guard, a few thousand UI updates abort the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import ombud_desktop.ui  # noqa: F401  (installs the guard)


def test_many_qt_setter_calls_do_not_exhaust_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for index in range(20_000):  # more than None's natural reference count
        label.setText(str(index))
    assert sys.getrefcount(None) > 1_000_000 or before - sys.getrefcount(None) < 100
