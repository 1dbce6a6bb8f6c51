"""The shape of the package: no import circles, no arrow pointing up a layer, no Qt in
the layers that run without it, no module reaching into another's `_private` names.

The graph is read from the source (every `import`, also those inside functions), so a
lazy import counts like any other: a circle that only closes at run time is still one.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ombud_desktop"

# Which layers each layer may import (its own always allowed). The ground floor is the
# package's top-level helpers every layer shares.
GROUND = {"ombud_desktop", "errors", "filetypes", "library_noise", "resources", "netguard"}
# startup.py (the Qt-free start-up: options, passphrase file, AppContext) is its own layer.
ALLOWED: dict[str, set[str]] = {
    "ground": {"ground"},
    "i18n": {"ground"},
    "core": {"ground", "i18n"},
    "vault": {"ground", "i18n", "core"},
    "documents": {"ground", "i18n", "core", "vault"},
    "export": {"ground", "i18n", "core", "vault", "documents"},
    "notice": {"ground", "i18n", "core", "documents"},  # reading a USCIS notice (OCR)
    "commands": {"ground", "i18n", "core", "vault", "documents", "export", "startup", "notice"},
    "ui": {"ground", "i18n", "core", "vault", "documents", "export", "startup", "notice"},
    "startup": {"ground", "i18n", "core", "vault"},
    "entry": {
        "ground",
        "i18n",
        "core",
        "vault",
        "documents",
        "export",
        "notice",
        "commands",
        "ui",
        "startup",
    },
}
ENTRY = {"app", "cli", "__main__"}
QT_FREE = (
    "ground",
    "i18n",
    "core",
    "vault",
    "documents",
    "export",
    "notice",
    "startup",
    "commands",
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[tuple[str, str | None]]:
    """(module imported, name taken from it or None) for every import in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[tuple[str, str | None]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {(alias.name, None) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add((child, None) if child in known else (base, alias.name))
    return found


def _graph() -> dict[str, set[tuple[str, str | None]]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _layer(module: str) -> str:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "ombud_desktop"
    if top in GROUND:
        return "ground"
    if top in ENTRY:
        return "entry"
    return top


def _edges() -> set[tuple[str, str]]:
    graph = _graph()
    return {
        (source, target)
        for source, imports in graph.items()
        for target, _name in imports
        if target in graph and target != source
    }


def _cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    targets: dict[str, list[str]] = {}
    for source, target in sorted(edges):
        targets.setdefault(source, []).append(target)
        targets.setdefault(target, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in targets[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(targets):
        if node not in index:
            visit(node)
    return components


def test_the_package_has_no_import_circle():
    assert _cycles(_edges()) == []


def test_every_package_has_its_place_in_the_layers():
    """A new package is placed deliberately: added to ALLOWED and docs/architecture.md."""
    assert sorted({_layer(module) for module in _modules()} - set(ALLOWED)) == []


def test_no_layer_imports_a_layer_above_it():
    upward = sorted(
        (source, target)
        for source, target in _edges()
        if _layer(source) != _layer(target) and _layer(target) not in ALLOWED[_layer(source)]
    )
    assert upward == []


def test_the_qt_free_layers_import_no_qt():
    with_qt = sorted(
        (source, target)
        for source, imports in _graph().items()
        if _layer(source) in QT_FREE
        for target, _name in imports
        if target.split(".")[0] in ("PySide6", "shiboken6")
    )
    assert with_qt == []


def test_no_module_takes_private_names_of_another():
    """`_name` is a module's own business: another module asking for it (or importing a
    `_module` of another package) couples to what its owner may change freely."""
    graph = _graph()
    reaching = set()
    for source, imports in graph.items():
        for target, name in imports:
            if not target.startswith("ombud_desktop") or target == source:
                continue
            if name is not None and name.startswith("_") and not name.startswith("__"):
                reaching.add((source, f"{target}.{name}"))
            owner, _dot, leaf = target.rpartition(".")
            private = leaf.startswith("_") and not leaf.startswith("__")
            if private and owner != source.rpartition(".")[0]:
                reaching.add((source, target))
    assert sorted(reaching) == []


def test_the_graph_reader_sees_known_arrows():
    """The reader must see relative, lazy and `from package import module` imports, or
    the tests above would pass on an empty graph."""
    edges = _edges()
    assert ("ombud_desktop.vault.cases", "ombud_desktop.vault.attachments") in edges
    assert ("ombud_desktop.ui.pages.documents", "ombud_desktop.documents.sniff") in edges
    assert _cycles({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}) == [["a", "b", "c"]]
