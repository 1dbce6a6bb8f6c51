"""The building blocks of the form spec: Kind, Choice, Field, Section.

Kept apart from `formspec` so the per-section data modules (`core/sections/*`) can import
them without a cycle. Use `ombud_desktop.core.formspec` from outside core.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from ombud_desktop.core.conditions import Condition

Severity = Literal["error", "warning"]


def is_index(part: str) -> bool:
    """True for a list index inside a dotted id ("0", "12"); only ASCII digits count."""
    return part.isascii() and part.isdigit()


class Kind(StrEnum):
    """What kind of answer a field holds; the UI picks a widget from it, validation a rule.

    Stored JSON type in brackets.
    """

    TEXT = "text"  # one line of free text [string]
    LONG_TEXT = "long_text"  # paragraphs [string]
    DATE = "date"  # ISO YYYY-MM-DD in the file, shown mm/dd/yyyy [string]
    BOOL = "bool"  # yes/no [boolean]
    CHOICE = "choice"  # one code of `choices` [string]
    MULTI_CHOICE = "multi_choice"  # list of codes of `choices` [array of string]
    NUMBER = "number"  # a count or amount, >= 0 [number]
    COUNTRY = "country"  # ISO 3166-1 alpha-2, or free text when no code fits [string]
    US_STATE = "us_state"  # USPS code when the country is the US, else a province [string]
    PHONE = "phone"  # US or international (+country code) [string]
    EMAIL = "email"  # [string]
    POSTAL_CODE = "postal_code"  # ZIP / ZIP+4 when the country is the US [string]
    A_NUMBER = "a_number"  # stored as 9 digits [string]
    USCIS_ACCOUNT = "uscis_account"  # USCIS online account number, 12 digits [string]
    RECEIPT_NUMBER = "receipt_number"  # 3 letters + 10 digits [string]
    FORM_NUMBER = "form_number"  # I-130, N-400, I-821D ... [string]


# One field's answer as stored (see Kind): text, yes/no, a number, a list of choice codes,
# or None when unanswered.
Answer = str | bool | int | float | list[str] | None

# JSON type each kind is stored as (the JSON Schema and the model's type checks use it).
JSON_TYPES: dict[Kind, str] = {
    **{kind: "string" for kind in Kind},
    Kind.BOOL: "boolean",
    Kind.MULTI_CHOICE: "array",
    Kind.NUMBER: "number",
}


@dataclass(frozen=True)
class Choice:
    """One option of a choice or multi-choice field: the stored `code` and what people see."""

    code: str
    label: str
    help: str = ""
    printed: str = ""  # the form's own term for it on paper, when `label` is app wording

    @property
    def on_paper(self) -> str:
        return self.printed or self.label


@dataclass(frozen=True)
class Field:
    """One answer of the form.

    id:        canonical dotted id; in a repeating section the list part is written `[]`
               ("filings[].receipt_number"). Concrete ids put the index there instead
               ("filings.0.receipt_number"); see `path()` and `formspec.field()`.
    kind:      the kind of answer (widget and checks follow from it).
    label:     short question shown in the app.
    help:      plain words (about 6th-grade level) saying what to enter and why it is asked.
    form_item: where it is on the printed form ("Section 5", "Edition A item 5").
    form_label: the wording printed beside the answer on the form.
    choices:   the options of a choice / multi-choice field, in display order.
    required:  True (always), False, or a Condition ("required when ...").
    required_code / required_severity: the finding made when a required answer is blank.
    example:   a sample answer shown greyed in an empty box ("202-555-0142").
    managed:   filled in by the app itself (attachment hashes ...), never typed by a person.
    default:   what the UI preselects; absent from the file until the person confirms it.
    shown_with: the yes/no box this field belongs to ("When did you last call?" goes with
               "Did you call?"): shown while that box is ticked or the field has an answer.
    """

    id: str
    kind: Kind
    label: str
    help: str
    form_item: str
    form_label: str
    choices: tuple[Choice, ...] = ()
    required: bool | Condition = False
    required_code: str = "required"
    required_severity: Severity = "error"
    example: str = ""
    managed: bool = False
    default: Any = None
    shown_with: str = ""

    @property
    def section(self) -> str:
        """Id of the section this field belongs to ("filings" for "filings[].office")."""
        return self.id.split(".", 1)[0].removesuffix("[]")

    @property
    def key(self) -> str:
        """The id inside its section or list item ("address.city", "receipt_number")."""
        return self.id.split(".", 1)[1]

    @property
    def in_list(self) -> bool:
        """True when the field belongs to a repeating section (one answer per item)."""
        return "[]" in self.id

    def path(self, index: int | None = None) -> str:
        """Concrete dotted id: "filings[].office" with index 2 -> "filings.2.office"."""
        if not self.in_list:
            return self.id
        if index is None:
            raise ValueError(f"{self.id} is in a list: give the item index")
        return self.id.replace("[]", f".{index}", 1)

    def choice(self, code: str) -> Choice | None:
        """The Choice with this code, or None."""
        return next((c for c in self.choices if c.code == code), None)

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)


@dataclass(frozen=True)
class Section:
    """A part of the form, in form order; one wizard page (screening adds its own page).

    form_title / form_note: the section's heading and note in the form's own wording (for
               the printed form); `title` / `intro` are the app's plain-language versions.
    repeating: the answers are a list of items (filings, documents), each item holding
               the section's fields; `min_items` of them are needed, `printed_rows` fit on
               the printed form before an addendum page takes the rest.
    item_label: what one item is called ("Application or petition").
    """

    id: str
    title: str
    intro: str
    form_item: str
    fields: tuple[Field, ...]
    form_title: str = ""
    form_note: str = ""
    repeating: bool = False
    min_items: int = 0
    printed_rows: int | None = None
    item_label: str = ""

    def field(self, key: str) -> Field:
        """The field with this key inside the section ("address.city", "receipt_number")."""
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.id} has no field {key!r}")
