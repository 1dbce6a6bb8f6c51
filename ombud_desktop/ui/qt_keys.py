"""Qt enum and flag properties set by their names, without PySide's `Qt` namespace.

PySide makes the Python enum types of a Qt class all at once, when the class is first
used; for the `Qt` namespace that is 94 enums: ~20 ms, 121 M instructions (a bare
QWizard's whole start-up is 685 M). The first screen is built and painted without it
(tests/ui/test_startup_imports.py checks): the enum properties it sets go through Qt's
meta-object system by their keys, `set_keys(label, "textFormat", "PlainText")`; a
layout's alignment has no property, so those screens lay out with stretches instead
(ui/widgets/blocks.py, `leading` and `top_aligned`). Code that runs once the screen is
up uses `Qt` as usual, which PySide then makes on the loop's next turn (main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def set_keys(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property `name` of `target` to `keys`, its key names as in
    C++ without the scope ("AlignRight|AlignTop"); a wrong name or key raises."""
    if not target.setProperty(name, keys):
        kind = target.metaObject().className()
        raise ValueError(f"{kind} has no property {name!r} taking {keys!r}")
