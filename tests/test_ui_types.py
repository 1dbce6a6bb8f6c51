"""The interface's boundaries are typed: no `typing.Any` anywhere in `ombud_desktop/ui`.

Case data has real types in the core (`core/json_types.py`, `core/ui_state.py`,
`vault/records.py`); a page that takes `Any` would let mypy wave through whatever it is
handed. Read from the source, so a lazy import or `typing.Any` counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ombud_desktop" / "ui"
TYPING = {"typing", "typing_extensions"}


def any_uses(source: str) -> list[int]:
    """Lines that take `Any` from typing: `from typing import Any` (also `as` another
    name) and `typing.Any` through any name the module was imported as."""
    tree = ast.parse(source)
    typing_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name in TYPING
    }
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in TYPING:
            lines += [node.lineno for alias in node.names if alias.name == "Any"]
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "Any"
            and isinstance(node.value, ast.Name)
            and node.value.id in typing_names
        ):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_module_of_the_interface_uses_any():
    found = [
        f"{path.relative_to(UI.parent.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in any_uses(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_scan_sees_every_way_to_write_any():
    """Without this the test above would also pass on a scanner that finds nothing."""
    assert any_uses("from typing import Any\nx: Any\n") == [1]
    assert any_uses("from typing import TYPE_CHECKING, Any as A\n") == [1]
    assert any_uses("import typing\n\ndef f(x: typing.Any) -> None: ...\n") == [3]
    assert any_uses("import typing_extensions as te\ny: te.Any = 1\n") == [2]
    assert any_uses("def f():\n    from typing import Any\n") == [2]
    assert any_uses("from typing import Protocol\nAny = 1\nclass Anything: ...\n") == []
