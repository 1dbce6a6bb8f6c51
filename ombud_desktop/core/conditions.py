"""Small, data-like conditions for "required when ..." rules in the form spec.

A condition reads other answers through a `Getter` (a function from a dotted id to the
stored value, or None when unanswered). Inside a repeating section an id that starts with
"." names a sibling in the same item (".receipt_number"); the caller resolves it.

Conditions are plain frozen dataclasses so the UI can list the ids they depend on
(`depends_on`) and re-check a field when one of them changes, and the review page can
say why a field is needed (`describe`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Getter = Callable[[str], Any]


def is_blank(value: Any) -> bool:
    """True for "unanswered": None, "", whitespace-only text, an empty list or dict."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict | tuple):
        return len(value) == 0
    return False


@dataclass(frozen=True)
class Equals:
    """The answer at `field` equals `value` (a choice code, a bool, ...)."""

    field: str
    value: Any

    def holds(self, get: Getter) -> bool:
        return bool(get(self.field) == self.value)

    def depends_on(self) -> tuple[str, ...]:
        return (self.field,)

    def describe(self) -> str:
        return f"{self.field} is {self.value!r}"


@dataclass(frozen=True)
class Contains:
    """The multi-choice answer at `field` includes `code`."""

    field: str
    code: str

    def holds(self, get: Getter) -> bool:
        value = get(self.field)
        return isinstance(value, list) and self.code in value

    def depends_on(self) -> tuple[str, ...]:
        return (self.field,)

    def describe(self) -> str:
        return f"{self.field} includes {self.code!r}"


@dataclass(frozen=True)
class IsTrue:
    """The yes/no answer at `field` is yes."""

    field: str

    def holds(self, get: Getter) -> bool:
        return get(self.field) is True

    def depends_on(self) -> tuple[str, ...]:
        return (self.field,)

    def describe(self) -> str:
        return f"{self.field} is yes"


@dataclass(frozen=True)
class Blank:
    """The answer at `field` is unanswered (see `is_blank`)."""

    field: str

    def holds(self, get: Getter) -> bool:
        return is_blank(get(self.field))

    def depends_on(self) -> tuple[str, ...]:
        return (self.field,)

    def describe(self) -> str:
        return f"{self.field} is empty"


@dataclass(frozen=True)
class Not:
    condition: Condition

    def holds(self, get: Getter) -> bool:
        return not self.condition.holds(get)

    def depends_on(self) -> tuple[str, ...]:
        return self.condition.depends_on()

    def describe(self) -> str:
        return f"not ({self.condition.describe()})"


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]

    def holds(self, get: Getter) -> bool:
        return any(c.holds(get) for c in self.conditions)

    def depends_on(self) -> tuple[str, ...]:
        return tuple(f for c in self.conditions for f in c.depends_on())

    def describe(self) -> str:
        return " or ".join(c.describe() for c in self.conditions)


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]

    def holds(self, get: Getter) -> bool:
        return all(c.holds(get) for c in self.conditions)

    def depends_on(self) -> tuple[str, ...]:
        return tuple(f for c in self.conditions for f in c.depends_on())

    def describe(self) -> str:
        return " and ".join(c.describe() for c in self.conditions)


Condition = Equals | Contains | IsTrue | Blank | Not | AnyOf | AllOf
