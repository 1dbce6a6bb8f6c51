from __future__ import annotations

import json
from pathlib import Path

from ombud_desktop.core.facts import receipt_numbers
from ombud_desktop.core.model import Case
from ombud_desktop.export.gather import EXTRA_CHECKS, sender_of


def test_receipt_numbers_are_printed_as_uscis_prints_them() -> None:
    case = Case.from_answers(
        {"filings": [{"receipt_number": "ioe-091-000-4321"}, {"form_number": "I-765"}]}
    )
    assert receipt_numbers(case) == ("IOE0910004321",)


def test_a_helper_sends_with_their_own_details(data_dir: Path) -> None:
    answers = json.loads((data_dir / "names_multiscript.json").read_text("utf-8"))
    sender = sender_of(Case.from_answers(answers))
    assert sender.name == "فاطمة الزهراء مثال"
    assert sender.organization == "Example Community Center"
    assert sender.phone == "408-555-0131"
    assert "helper" in EXTRA_CHECKS


def test_the_person_sends_for_themself_with_their_address(data_dir: Path) -> None:
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    sender = sender_of(Case.from_answers(answers))
    assert sender.name == "Ana Beatriz Ejemplo Rivera"
    assert sender.address_lines[0].startswith("1200 Example Ave")
    assert sender.organization == ""
