"""What case data is made of: JSON values, and the few functions that narrow them.

The answers (and a document entry inside them) come from a file the person may edit, so
their parts are typed as what JSON can hold, not as what the form wants; code that needs
a text, a list or an object asks one of the functions here, which read a value of the
wrong type as absent instead of failing.
"""

from __future__ import annotations

from typing import TypeAlias, TypeGuard

JsonScalar: TypeAlias = str | int | float | bool | None
JsonValue: TypeAlias = "JsonScalar | list[JsonValue] | dict[str, JsonValue]"
JsonObject: TypeAlias = dict[str, JsonValue]
JsonList: TypeAlias = list[JsonValue]


def as_object(value: object) -> JsonObject:
    """`value` itself when it is an object, else a new empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> JsonList:
    """`value` itself when it is a list, else a new empty one."""
    return value if isinstance(value, list) else []


def objects_in(value: object) -> list[JsonObject]:
    """The objects of a list (a list of documents); what is not an object is skipped."""
    return [item for item in as_list(value) if isinstance(item, dict)]


def is_object_list(value: object) -> TypeGuard[list[JsonObject]]:
    """True when `value` is a list holding only objects (the list itself may then be
    changed in place as such)."""
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def texts_in(value: object) -> list[str]:
    """The texts of a list (the pages visited); what is not a text is skipped."""
    return [item for item in as_list(value) if isinstance(item, str)]


def whole_number(value: object) -> int | None:
    """A count as JSON holds it (3 or 3.0), else None; true/false are not numbers."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def dig(node: JsonValue, dotted: str) -> JsonValue:
    """The value at a dotted path of object keys ("contact.email"); None when a part is
    missing or not an object."""
    for part in dotted.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node
