"""lupdate only sees string literals: a tr()/translate() call with a computed text is a
string no catalogue will ever hold. Data texts (form spec, findings, export steps) are
extracted separately and pass through the few helpers listed here."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ombud_desktop"
# (file, function): pass-through helpers for texts extracted from data or marked with
# QT_TRANSLATE_NOOP where they are written.
PASS_THROUGH = {
    ("ui/texts.py", "_translate"),  # form spec, findings and places: tools/i18n/data_strings
    ("ui/pages/export_page.py", "_on_step"),
    ("ui/pages/export_page.py", "retranslate"),  # channel descriptors' marked texts
    ("ui/widgets/sent_panel.py", "retranslate"),
    ("ui/widgets/destinations_view.py", "retranslate"),
    ("ui/error_text.py", "_translate"),  # templates marked in errors raised below the UI
}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Finder(ast.NodeVisitor):
    def __init__(self, where: str) -> None:
        self.where = where
        self.functions = ["<module>"]
        self.found: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Attribute):
            method, args = node.func.attr, node.args
            texts = args[:1] if method == "tr" else args[:2] if method == "translate" else []
            computed = texts and not all(_literal(a) for a in texts)
            if method == "translate" and len(args) < 2:
                computed = False  # str.translate(table) and friends
            if computed and (self.where, self.functions[-1]) not in PASS_THROUGH:
                self.found.append(f"{self.where}:{node.lineno}: {ast.unparse(node)}")
        self.generic_visit(node)


def computed_texts(source: str, where: str) -> list[str]:
    finder = _Finder(where)
    finder.visit(ast.parse(source))
    return finder.found


def test_every_translated_ui_text_is_a_literal_lupdate_can_read():
    sources = [*PACKAGE.joinpath("ui").rglob("*.py"), PACKAGE / "app.py"]
    found = [
        line
        for path in sorted(sources)
        for line in computed_texts(
            path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix()
        )
    ]
    assert found == []


def test_the_check_notices_a_computed_text():
    source = 'class A:\n    def f(self, yes):\n        return self.tr("Yes" if yes else "No")\n'
    assert computed_texts(source, "ui/a.py") == ["ui/a.py:3: self.tr('Yes' if yes else 'No')"]
    assert computed_texts('"abc".translate(table)\nself.tr("Fine")\n', "ui/b.py") == []
