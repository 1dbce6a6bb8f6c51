"""Control and bidi characters are refused where the person types them, with a finding
that says what to do (core/plain_text.py)."""

from __future__ import annotations

import pytest

from ombud_desktop.core.plain_text import printable, unsafe_characters
from ombud_desktop.core.validation import readiness, validate
from tests.core.conftest import TODAY


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Lan\u202e", "U+202E"),
        ("Lan\u2066Anh\u2069", "U+2066, U+2069"),
        ("Lan\x00", "U+0000"),
        ("Lan\r\nBcc: x@example.org", "U+000D, U+000A"),
        ("Lan\x1b[2J", "U+001B"),
        ("Lan\u0085", "U+0085"),
    ],
)
def test_a_name_with_control_characters_is_an_error_naming_them(ready_case, typed, shown):  # type: ignore[no-untyped-def]
    ready_case.set("subject.first_name", typed)
    found = [f for f in validate(ready_case, TODAY) if f.field == "subject.first_name"]
    assert [(f.severity, f.code) for f in found] == [("error", "text.control_characters")]
    assert shown in found[0].message and "type it again" in found[0].message
    assert not readiness(ready_case, TODAY).ready


def test_line_breaks_and_tabs_are_fine_in_a_long_answer_but_not_bidi_overrides(ready_case):  # type: ignore[no-untyped-def]
    field = "reasons.problem_description"
    ready_case.set(field, "First line.\n\tSecond line.")
    assert not [f for f in validate(ready_case, TODAY) if f.field == field]
    ready_case.set(field, "First line.\u202e")
    assert [f.code for f in validate(ready_case, TODAY) if f.field == field] == [
        "text.control_characters"
    ]


def test_printable_keeps_letters_of_every_script_and_drops_the_rest() -> None:
    assert printable("Nguyễn\u202e Thị\x00 محمد 李\r\nX") == "Nguyễn Thị محمد 李 X"
    assert printable("a\r\nb\tc", multiline=True) == "a\nb c"
    assert unsafe_characters("a\nb", multiline=True) == []
    assert unsafe_characters("\u200f") == []  # a right-to-left mark is text, not an override
