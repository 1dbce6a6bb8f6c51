"""Validation: every finding about a case, in form order; never raises on any answers.

    from ombud_desktop.core.validation import validate, readiness, check_field
    findings = validate(case, today=date(2026, 3, 14))  # list[Finding]
    report = readiness(case, today=...)                 # .ready, .findings (form order)
    check_field(case, "filings.0.receipt_number", today=...)  # one field, for live UI hints

Three layers: the shape of the answers (unknown keys, wrong JSON types), each answer on
its own (`field_checks`) plus the spec's required / required-when rules, then the rules
that read several answers (`rules.RULES`). "Ready to send" means: no errors.
`today` defaults to the real date only here, at the entry points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ombud_desktop.core import formspec
from ombud_desktop.core.conditions import Getter, is_blank
from ombud_desktop.core.email_size import DEFAULT_LIMIT_MB, MB, fits_one_email
from ombud_desktop.core.facts import documents_without_file
from ombud_desktop.core.field_checks import check_answer
from ombud_desktop.core.findings import Finding, error, warning
from ombud_desktop.core.json_types import as_object
from ombud_desktop.core.model import SCHEMA_KEY, Case
from ombud_desktop.core.rules import RULES
from ombud_desktop.core.spec_types import Field

# Dotted prefixes that hold groups of answers ("subject.address"), to tell a misspelt
# key from a group whose value has the wrong type.
_GROUPS: frozenset[str] = frozenset(
    f.id.rsplit(".", i)[0] for f in formspec.all_fields() for i in range(1, f.id.count(".") + 1)
)

_SECTION_IDS = frozenset(s.id for s in formspec.SECTIONS)


def is_required(f: Field, get: Getter) -> bool:
    """Whether field `f` needs an answer, given the other answers (`get`, item-relative)."""
    if isinstance(f.required, bool):
        return f.required
    return f.required.holds(get)


def _required_finding(f: Field, at: str) -> Finding:
    if f.required_severity == "error":
        return error(at, f.required_code, label=f.label)
    # a blank "should answer" is a suggestion, not a demand: say so in the wording too
    code = "recommended" if f.required_code == "required" else f.required_code
    return warning(at, code, label=f.label)


def _check_one(case: Case, f: Field, at: str, item_prefix: str, today: date) -> list[Finding]:
    value = case.get(at)
    get = case.getter(item_prefix)
    if is_blank(value):
        return [_required_finding(f, at)] if is_required(f, get) else []
    return check_answer(f, value, at=at, get=get, today=today)


def _shape(case: Case) -> list[Finding]:
    """Unknown keys (kept, but not on the form) and groups or lists of the wrong type."""
    found: list[Finding] = []

    def walk(prefix: str, node: dict[str, Any]) -> None:
        for key, value in node.items():
            at = f"{prefix}.{key}" if prefix else str(key)
            if at == SCHEMA_KEY or formspec.has_field(at):
                continue
            if not prefix and key in _SECTION_IDS and formspec.section(key).repeating:
                walk_list(at, value)
            elif (not prefix and key in _SECTION_IDS) or formspec.spec_id(at) in _GROUPS:
                if isinstance(value, dict):
                    walk(at, value)
                else:
                    found.append(error(at, "type.wrong.group"))
            else:
                found.append(warning(at, "unknown_field", field=at))

    def walk_list(at: str, value: Any) -> None:
        if not isinstance(value, list):
            found.append(error(at, "type.wrong.list"))
            return
        for index, item in enumerate(value):
            if isinstance(item, dict):
                walk(f"{at}.{index}", item)
            else:
                found.append(error(f"{at}.{index}", "type.wrong.group"))

    walk("", case.answers)
    return found


def _answers(case: Case, today: date) -> list[Finding]:
    found: list[Finding] = []
    for section in formspec.SECTIONS:
        if section.repeating:
            for index, item in enumerate(case.items(section.id)):
                if isinstance(item, dict):
                    prefix = f"{section.id}.{index}"
                    for f in section.fields:
                        found += _check_one(case, f, f.path(index), prefix, today)
        else:
            for f in section.fields:
                found += _check_one(case, f, f.id, "", today)
    return found


def validate(case: Case, today: date | None = None) -> list[Finding]:
    """Every finding about `case` as of `today` (default: the real date), in form order."""
    today = today or date.today()
    found = _shape(case) + _answers(case, today)
    for rule in RULES:
        found += rule(case, today)
    return sorted(found, key=lambda f: formspec.form_position(f.field))


def check_field(case: Case, field_id: str, today: date | None = None) -> list[Finding]:
    """Findings about one concrete field id only (format and required), for live hints."""
    today = today or date.today()
    try:
        f = formspec.field(field_id)
    except formspec.UnknownField:
        return []
    prefix = ".".join(field_id.split(".")[:2]) if f.in_list else ""  # "filings.0"
    return _check_one(case, f, field_id, prefix, today)


@dataclass(frozen=True)
class Readiness:
    """Whether a case is ready to send, and what is missing or doubtful, in form order."""

    ready: bool
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    def to_dict(self) -> dict[str, Any]:
        """{"ready": bool, "findings": [...]}, as `ombud-desktop validate --json` prints."""
        return {"ready": self.ready, "findings": [f.to_dict() for f in self.findings]}


def readiness(
    case: Case, today: date | None = None, attached: Mapping[str, int] | None = None
) -> Readiness:
    """Ready to send when no finding is an error; warnings are worth a look. `attached`:
    the documents whose files are in the vault, id -> file size (the app knows them, an
    answers file does not): a listed document without its file is an error, as the export
    says; one too big for any email is a warning (the email leaves it out)."""
    found = validate(case, today)
    if attached is not None:
        found += [
            error(f"documents.{index}.title", "documents.file_missing", title=_title(case, index))
            for index in documents_without_file(case, attached)
        ]
        found += _too_big_for_email(case, attached)
    findings = tuple(sorted(found, key=lambda f: formspec.form_position(f.field)))
    return Readiness(not any(f.severity == "error" for f in findings), findings)


def _too_big_for_email(case: Case, attached: Mapping[str, int]) -> list[Finding]:
    found = []
    for index, item in enumerate(case.items("documents")):
        size = attached.get(str(item.get("id"))) if isinstance(item, dict) else None
        if size is not None and not fits_one_email(size):
            found.append(
                warning(
                    f"documents.{index}.title",
                    "documents.too_big_for_email",
                    title=_title(case, index),
                    size=f"{size / MB:.1f}",
                    limit=DEFAULT_LIMIT_MB,
                )
            )
    return found


def _title(case: Case, index: int) -> str:
    item = as_object(case.items("documents")[index])
    return str(item.get("title") or item.get("original_filename") or f"document {index + 1}")
