"""A whole case from welcome to review by keyboard only, with names in Vietnamese,
Chinese and Arabic, then read back through `ombud-desktop case show --json`."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.cli_runner import run_cli
from tests.ui.conftest import focused, next_page, press, tab_to, type_text

VIETNAMESE = "Nguyễn Thị Hồng"
CHINESE = "王小明"
ARABIC = "فاطمة الزهراء"


def test_whole_case_by_keyboard_only(open_window, vault_dir, qtbot):
    window = open_window()
    assert window.stack.currentWidget() is window.home
    tab_to("home.new")
    press(Qt.Key.Key_Space)
    wizard = window.wizard
    assert wizard is not None and wizard.current_page().objectName() == "page.welcome"

    def on_page(name: str) -> None:
        next_page()
        assert wizard.current_page().objectName() == f"page.{name}", wizard.status.text()

    on_page("screening")
    tab_to("screening.reasons:beyond_processing_time")
    press(Qt.Key.Key_Space)

    on_page("actions_taken")
    tab_to("actions_taken.ncsc_called")
    press(Qt.Key.Key_Space)
    tab_to("actions_taken.ncsc_date")  # appears once "called" is ticked
    type_text("09/08/2026")

    on_page("reasons")
    # Said once: the reason picked on the screening step is already ticked here.
    assert tab_to("reasons.kinds:beyond_processing_time").isChecked()
    tab_to("reasons.problem_description")
    type_text("Pending since 2024 with no decision.")
    tab_to("reasons.desired_outcome")
    type_text("Please ask USCIS to decide the case.")

    on_page("submitter")
    tab_to("submitter.role:self")
    press(Qt.Key.Key_Space)

    on_page("subject")
    tab_to("subject.first_name")
    type_text(VIETNAMESE)
    tab_to("subject.last_name")
    type_text(CHINESE)
    tab_to("subject.other_names")
    type_text(ARABIC)
    tab_to("subject.phone")
    type_text("713-555-0142")

    on_page("filings")  # no petition for someone else: the beneficiary page is skipped
    tab_to("filings.0.form_number")
    type_text("I-485")
    tab_to("filings.0.receipt_number")
    type_text("ioe 091 234 5678")
    assert focused().text() == "IOE0912345678"  # live clean-up as typed
    tab_to("filings.0.receipt_date")
    type_text("06/03/2024")

    on_page("benefit")
    tab_to("benefit.types:immigrant")
    press(Qt.Key.Key_Space)

    on_page("documents")
    on_page("consent")
    tab_to("consent.agreed")
    press(Qt.Key.Key_Space)
    tab_to("consent.signature_method:drawn")  # one tab stop for the group
    press(Qt.Key.Key_Down)  # arrows move within it, Space chooses: "typed"
    assert focused().objectName() == "consent.signature_method:typed"
    press(Qt.Key.Key_Space)

    on_page("review")
    assert "Ready to send" in wizard.current_page().readiness.summary.text()
    window.close()  # saves what is pending; the CLI can open the vault now

    folder, secret = vault_dir
    result = run_cli(
        "case", "show", wizard.session.case_id, "--json",
        "--data-dir", folder, "--passphrase-file", secret,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers["subject"]["first_name"] == VIETNAMESE
    assert answers["subject"]["last_name"] == CHINESE
    assert answers["subject"]["other_names"] == ARABIC
    assert answers["subject"]["phone"]
    assert answers["screening"]["reasons"] == ["beyond_processing_time"]
    assert answers["actions_taken"] == {"ncsc_called": True, "ncsc_date": "2026-09-08"}
    assert answers["filings"] == [
        {"form_number": "I-485", "receipt_number": "IOE0912345678", "receipt_date": "2024-06-03"}
    ]
    assert answers["submitter"] == {"role": "self"}
    assert answers["consent"]["agreed"] is True
    assert answers["consent"]["signature_method"] == "typed"
    assert answers["consent"]["signer_name"] == f"{VIETNAMESE} {CHINESE}"
