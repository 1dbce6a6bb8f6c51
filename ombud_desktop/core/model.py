"""The case model: a case is its answers, nested along the form spec's dotted ids.

    case = Case.from_answers({"schema": "ombud-case/1", "subject": {"first_name": "Lan"}})
    case.get("subject.first_name")            # "Lan"
    case.set("filings.0.receipt_number", "IOE0912345678")   # creates the list item
    case.get("filings.0.receipt_number")
    case.to_answers() == {...}                 # exact: what came in goes out
    Case.from_json(text, source="answers.json").to_json()

Why a dict and not one dataclass per section: the form spec (`formspec.SECTIONS`) is the
single list of fields; a typed class per section would list them a second time. The
answers keep every key they were given, known or not, so nothing a person typed is lost
(validation warns about unknown keys instead).

Absent means unanswered. `set(id, None)` removes the answer. Values are JSON values:
strings (any Unicode), booleans, numbers, lists of codes, ISO dates as strings.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from ombud_desktop.core.conditions import Getter
from ombud_desktop.core.json_types import JsonList, JsonObject, JsonValue, as_list
from ombud_desktop.core.spec_types import Answer, is_index
from ombud_desktop.errors import UserFacingError

SCHEMA = "ombud-case/1"
SCHEMA_KEY = "schema"
MAX_DEPTH = 64  # answers nest 4 levels deep; far deeper is not an answers file (and would
# exhaust Python's recursion when copied)

Migration = Callable[[JsonObject], JsonObject]
# Schema-version migration hook: old schema -> (next schema, function upgrading the answers).
# `migrate()` chains them until SCHEMA is reached. Add an entry with every new version.
MIGRATIONS: dict[str, tuple[str, Migration]] = {}


class CaseFormatError(UserFacingError):
    """The answers cannot be read as a case (not JSON, not an object, unknown version)."""


def migrate(answers: JsonObject, source: str = "the answers") -> JsonObject:
    """Bring answers of an older schema up to SCHEMA; a missing schema counts as current.

    Raises CaseFormatError for a schema this version does not know (e.g. a newer one).
    """
    seen: set[str] = set()
    version = answers.get(SCHEMA_KEY, SCHEMA)
    while version != SCHEMA:
        if not isinstance(version, str) or version not in MIGRATIONS or version in seen:
            raise CaseFormatError(
                f"{source} says schema {version!r}, but this version of Ombud Desktop "
                f'reads {SCHEMA!r}. Update Ombud Desktop, or fix the "schema" line.'
            )
        seen.add(version)
        next_version, upgrade = MIGRATIONS[version]
        answers = upgrade(answers)
        answers[SCHEMA_KEY] = next_version
        version = next_version
    return answers


class _NotJSONNumber(ValueError):
    """NaN, Infinity or a float too large: Python's json reads them, JSON does not allow them."""


def _no_constant(name: str) -> float:
    raise _NotJSONNumber(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJSONNumber(text)
    return value


_JSON_NAMES = {"list": "a list", "str": "text", "int": "a number", "float": "a number",
               "bool": "true/false", "NoneType": "null"}  # fmt: skip


def _depth_exceeds(data: object, limit: int) -> bool:
    """True when lists/objects nest more than `limit` levels (checked without recursion)."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = list(node.values()) if isinstance(node, dict) else node
        if isinstance(children, list):
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _parts(dotted_id: str) -> list[str | int]:
    return [int(p) if is_index(p) else p for p in dotted_id.split(".") if p != ""]


@dataclass
class Case:
    """The answers of one request, nested along dotted ids, with "schema" first."""

    answers: JsonObject = field(default_factory=lambda: {SCHEMA_KEY: SCHEMA})

    # ---- construction and serialisation -------------------------------------------------

    @classmethod
    def from_answers(cls, data: Mapping[str, JsonValue], source: str = "the answers") -> Case:
        """A Case from an answers object (deep-copied, migrated to the current schema).

        Raises CaseFormatError (its message names `source`) for what is not answers.
        """
        if not isinstance(data, Mapping):
            raise CaseFormatError(
                f"{source} must hold one JSON object ({{ ... }}), "
                f"not {_JSON_NAMES.get(type(data).__name__, type(data).__name__)}."
            )
        if _depth_exceeds(data, MAX_DEPTH):
            raise CaseFormatError(
                f"{source} is nested more than {MAX_DEPTH} levels deep: it is not an answers file."
            )
        answers = migrate(copy.deepcopy(dict(data)), source)
        if SCHEMA_KEY not in answers:
            answers = {SCHEMA_KEY: SCHEMA, **answers}
        return cls(answers)

    def to_answers(self) -> JsonObject:
        """A deep copy of the answers, ready for json.dumps."""
        return copy.deepcopy(self.answers)

    @classmethod
    def from_json(cls, text: str | bytes, source: str = "the answers") -> Case:
        """Parse answers JSON; bad JSON gives a CaseFormatError naming `source`, line, column."""
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                raise CaseFormatError(
                    f"{source} is not UTF-8 text (bad byte at position {err.start}). "
                    "Save it as UTF-8 and try again."
                ) from None
        try:
            data = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
        except _NotJSONNumber as err:
            raise CaseFormatError(
                f"{source} holds the number {err}, which JSON does not allow. Write a plain "
                "number instead."
            ) from None
        except json.JSONDecodeError as err:
            raise CaseFormatError(
                f"{source} is not valid JSON: {err.msg} at line {err.lineno}, column "
                f"{err.colno}. Fix that spot (a missing comma or quote is common) and try again."
            ) from None
        except RecursionError:
            raise CaseFormatError(f"{source} is nested too deeply to read.") from None
        return cls.from_answers(data, source)

    def to_json(self, indent: int | None = 2) -> str:
        """JSON text of the answers (Unicode kept as is; key order kept)."""
        try:
            text = json.dumps(self.answers, ensure_ascii=False, indent=indent, allow_nan=False)
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: escape them rather than fail
            text = json.dumps(self.answers, ensure_ascii=True, indent=indent, allow_nan=False)
        return text

    def copy(self) -> Case:
        return Case(copy.deepcopy(self.answers))

    # ---- access by dotted id ---------------------------------------------------------

    def get(self, dotted_id: str, default: JsonValue = None) -> JsonValue:
        """The answer at a concrete dotted id ("filings.0.receipt_number"), or `default`.

        Never raises: a path through a missing or mistyped part gives `default`.
        """
        node: JsonValue = self.answers
        for part in _parts(dotted_id):
            if isinstance(part, int) and isinstance(node, list):
                if part >= len(node):
                    return default
                node = node[part]
            elif isinstance(node, dict) and str(part) in node:
                node = node[str(part)]
            else:
                return default
        return node

    def set(self, dotted_id: str, value: JsonValue | Answer) -> None:
        """Store `value` at a concrete id, creating objects and list items on the way.

        `None` removes the answer (and a list item when the id ends at it). An index past
        the end of a list appends empty items up to it. Raises ValueError when the path
        runs into an existing answer that is not an object/list (nothing is overwritten).
        """
        parts = _parts(dotted_id)
        if not parts:
            raise ValueError("empty field id")
        if value is None:
            self.delete(dotted_id)
            return
        stored: JsonValue = list(value) if isinstance(value, list) else value  # own copy
        node: JsonValue = self.answers
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            last = following is None
            if isinstance(part, int):
                if not isinstance(node, list):
                    raise ValueError(f"{dotted_id}: {part} is a list index, but no list is here")
                while len(node) <= part:
                    node.append({})
                if last:
                    node[part] = stored
                else:
                    if node[part] is None:
                        node[part] = [] if isinstance(following, int) else {}
                    node = node[part]
            else:
                if not isinstance(node, dict):
                    raise ValueError(f"{dotted_id}: an answer is in the way of {part!r}")
                if last:
                    node[part] = stored
                else:
                    if node.get(part) is None:
                        node[part] = [] if isinstance(following, int) else {}
                    node = node[part]

    def delete(self, dotted_id: str) -> None:
        """Remove the answer (or list item) at a concrete id; absent ids are ignored."""
        parts = _parts(dotted_id)
        if not parts:
            return
        parent = self.get(".".join(map(str, parts[:-1]))) if len(parts) > 1 else self.answers
        last = parts[-1]
        if isinstance(last, int) and isinstance(parent, list) and last < len(parent):
            del parent[last]
        elif isinstance(parent, dict):
            parent.pop(str(last), None)

    def items(self, section_id: str) -> JsonList:
        """The list items of a repeating section ("filings"); [] when absent or not a list."""
        return as_list(self.answers.get(section_id))

    def getter(self, item_prefix: str = "") -> Getter:
        """A function id -> answer; ids starting with "." are read inside `item_prefix`
        (e.g. "filings.0"), as the spec's "required when" conditions expect."""

        def get(dotted_id: str) -> JsonValue:
            if dotted_id.startswith("."):
                return self.get(f"{item_prefix}{dotted_id}")
            return self.get(dotted_id)

        return get

    def leaves(self) -> Iterator[tuple[str, JsonValue]]:
        """Every stored answer as (concrete dotted id, value); lists of codes are one leaf,
        lists of objects (filings, documents) are walked into."""

        def walk(prefix: str, node: JsonValue) -> Iterator[tuple[str, JsonValue]]:
            if isinstance(node, dict):
                for key, value in node.items():
                    yield from walk(f"{prefix}.{key}" if prefix else str(key), value)
            elif isinstance(node, list) and any(isinstance(v, dict) for v in node):
                for index, value in enumerate(node):
                    yield from walk(f"{prefix}.{index}", value)
            else:
                yield prefix, node

        for key, value in self.answers.items():
            if key != SCHEMA_KEY:
                yield from walk(str(key), value)
