"""Field rules of the notice reader, on hand-made OCR words (no engine needed)."""

from __future__ import annotations

from datetime import date

import pytest

from ombud_desktop.notice import fields
from ombud_desktop.notice.model import Box, NoticeReading, Word


def word(text: str, left: int, top: int, line: int, conf: float = 99.0) -> Word:
    return Word(text, Box(left, top, left + 12 * len(text), top + 20), (conf,) * len(text), line)


def cell(label: str, value: str, left: int = 100, top: int = 100, conf: float = 99.0) -> list[Word]:
    label_words = [word(part, left + 80 * i, top, top) for i, part in enumerate(label.split())]
    return [*label_words, word(value, left, top + 30, top + 1, conf)]


def chars(text: str, conf: float = 99.0) -> fields._Chars:
    return fields._Chars(text, (conf,) * len(text), Box(0, 0, 10, 10))


@pytest.mark.parametrize(
    ("read", "expected", "doubtful"),
    [
        ("IOE0912345678", "IOE0912345678", ()),
        ("I0E09I2345678", "IOE0912345678", ()),  # O/0 and I/1 by position
        ("5RC8B12345678", "SRC8812345678", ()),  # S/5 in the prefix, B/8 in the digits
        ("EAC-091-234-5678", "EAC0912345678", ()),
        ("IOE 0912345678", "IOE0912345678", ()),
        ("XYZ0912345678", "XYZ0912345678", (0, 1, 2)),  # no such service centre
        ("IOE09123456X8", None, ()),  # X is no digit look-alike
    ],
)
def test_receipt_number_by_the_typed_input_rules(read, expected, doubtful):
    found = fields.read_receipt_number(chars(read))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.value, found.doubtful) == (expected, doubtful)


def test_receipt_number_unsure_characters_are_marked():
    confs = [99.0] * 13
    confs[7] = 40.0
    found = fields.read_receipt_number(
        fields._Chars("IOE0912345678", tuple(confs), Box(0, 0, 1, 1))
    )
    assert found is not None and found.doubtful == (7,)
    assert found.confidence < 0.8 and found.low_confidence


def test_receipt_number_with_one_character_too_many_is_all_doubtful():
    found = fields.read_receipt_number(chars("WACS5753377274"))
    assert found is not None
    assert found.value == "WAC5753377274"
    assert found.doubtful == tuple(range(13))


@pytest.mark.parametrize(
    ("read", "expected", "marked"),
    [
        ("01/15/2025", "2025-01-15", False),
        ("O1/15/2O25", "2025-01-15", False),
        ("1/5/2025", "2025-01-05", False),
        ("02/30/2025", None, False),  # no such day
        ("13/01/2025", None, False),
        ("01/15/1899", None, False),
    ],
)
def test_dates_become_iso(read, expected, marked):
    found = fields.read_date(chars(read))
    assert (found.value if found else None) == expected
    if found:
        assert found.low_confidence is marked


@pytest.mark.parametrize(
    ("read", "expected", "marked"),
    [
        ("I485", "I-485", False),
        ("I-130", "I-130", False),
        ("1485", "I-485", False),
        ("I821D", "I-821D", False),
        ("N400", "N-400", False),
        ("131", "I-131", False),  # the I was lost: I-31 is no form, I-131 is
        ("r90", "I-90", True),  # r is no look-alike of I
        ("I-999", "I-999", True),  # a form we do not know: check it
    ],
)
def test_form_number_normalised(read, expected, marked):
    found = fields.read_form_number(chars(read + " APPLICATION"))
    assert found is not None
    assert found.value == expected
    assert found.low_confidence is marked


def test_a_number_nine_digits():
    found = fields.read_a_number(chars("Applicant A123 456 789"))
    assert found is not None and found.value == "123456789"
    short = fields.read_a_number(chars("Beneficiary A12345678"))
    assert short is not None and short.value == "012345678"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Receipt Notice", "receipt"),
        ("Transfer Notice", "transfer"),
        ("Request for Evidence", "request_for_evidence"),
        ("Biometrics Appointment Notice", "biometrics"),
        ("Approval Notice", "approval"),
    ],
)
def test_notice_types(text, kind):
    found = fields.read_notice_type(chars(text))
    assert found is not None and found.value == kind


def test_extract_reads_values_under_their_labels_with_boxes():
    words = [
        *cell("Receipt Number", "IOE0912345678", left=100),
        *cell("Case Type", "I485", left=600),
        *cell("Received Date", "01/15/2025", left=100, top=200),
        *cell("Priority Date", "", left=600, top=200)[:2],
        *cell("Notice Date", "01/20/2025", left=100, top=300),
        *cell("Notice Type", "Receipt", left=900, top=300),
    ]
    reading = fields.extract(words)
    values = {name: found.value for name, found in reading.values.items()}
    assert values == {
        "receipt_number": "IOE0912345678",
        "form_number": "I-485",
        "receipt_date": "2025-01-15",
        "notice_date": "2025-01-20",
        "notice_type": "receipt",
    }
    assert reading.values["receipt_date"].box.top == 230  # the value's own line
    assert "priority_date" not in reading.values  # an empty cell stays empty


def test_label_misread_by_one_letter_still_found():
    words = cell("Receivcd Date", "03/04/2024")
    assert fields.extract(words).values["receipt_date"].value == "2024-03-04"
    junk = cell("TReceipt Number", "EAC0912345678")
    assert fields.extract(junk).values["receipt_number"].value == "EAC0912345678"


def test_two_reads_that_disagree_are_marked():
    one = fields.extract(cell("Receipt Number", "IOE0912345678"))
    two = fields.extract(cell("Receipt Number", "IOE0912345679"))
    merged = fields.merge(one, two)
    assert merged.values["receipt_number"].doubtful == tuple(range(13))
    same = fields.merge(one, fields.extract(cell("Receipt Number", "IOE0912345678")))
    assert not same.values["receipt_number"].doubtful


def test_impossible_dates_together_are_marked():
    reading = fields.extract(
        [
            *cell("Received Date", "03/04/2024"),
            *cell("Notice Date", "01/02/2024", top=300),
            *cell("Priority Date", "05/06/2030", left=600),
        ]
    )
    checked = fields.checked(reading, today=date(2026, 1, 1))
    assert all(checked.values[name].low_confidence for name in checked.values)


def test_json_keys_as_the_issue_lists():
    reading = fields.extract(cell("Receipt Number", "IOE0912345678"))
    out = reading.as_json()
    assert out["receipt_number"] == "IOE0912345678"
    assert out["confidence"] == {"receipt_number": 0.99}
    assert "receipt_date" not in out and NoticeReading().as_json()["confidence"] == {}
