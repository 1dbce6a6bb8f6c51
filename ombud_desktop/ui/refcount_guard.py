"""Work around PySide6 6.12 on Python 3.11: every call of a Qt method that returns
nothing (setText, setChecked, ...) drops one reference to None without taking one.

Measured here: 2000 `QLabel.setText` calls lower `sys.getrefcount(None)` by 2000; None
starts near 5000, so after a few thousand UI updates the interpreter aborts with
"none_dealloc: deallocating None" (seen in the test suite and in benchmarks). Python 3.12
made None, True and False immortal, which is what the bindings assume; on older Pythons
we give these singletons a reference count no run can exhaust. No Qt import here.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # about 10^12 calls


def make_singletons_immortal() -> None:
    """Idempotent enough: called once per process from `ombud_desktop.ui`."""
    if sys.version_info >= (3, 12) or getattr(sys, "_ombud_singletons_guarded", False):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject in release builds.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    sys._ombud_singletons_guarded = True  # type: ignore[attr-defined]
