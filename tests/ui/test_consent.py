"""Consent: the protected-category rule hides drawn and typed signatures; a drawn
signature is kept with the case."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import make_case

AGREED = {"consent": {"agreed": True, "signer_name": "Mai Lan", "signed_on": "2026-11-20"}}


def _radio(page, code):
    return page.findChild(
        type(page.method_editor.focus_target()), f"consent.signature_method:{code}"
    )


def test_protected_category_hides_drawn_and_typed_signatures(open_window, vault_dir):
    answers = {
        **AGREED,
        "subject": {"protected_category": True},
        "consent": {**AGREED["consent"], "signature_method": "typed"},
    }
    window = open_window("--open", make_case(vault_dir, answers))
    window.wizard.go_to("consent")
    page = window.wizard.current_page()
    assert not _radio(page, "drawn").isVisible()
    assert not _radio(page, "typed").isVisible()
    assert _radio(page, "wet_ink").isVisible() and _radio(page, "wet_ink").isChecked()
    assert not page.pad_box.isVisible() and not page.typed_preview.isVisible()
    assert page.protected_box.isVisible()
    assert "ink" in page.protected_text.text()
    assert window.wizard.session.get("consent.signature_method") == "wet_ink"
    # the wet-ink loop: print the page to sign, add the signed page
    assert page.signed_page.isVisible()
    assert page.signed_page.print_button.text() == "Print the page to sign"
    assert page.signed_page.add_button.text() == "Add the signed page"


def test_without_protected_category_all_three_ways_are_offered(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, AGREED))
    window.wizard.go_to("consent")
    page = window.wizard.current_page()
    for code in ("drawn", "typed", "wet_ink"):
        assert _radio(page, code).isVisible()
    assert not page.protected_box.isVisible()
    _radio(page, "typed").click()
    assert page.typed_preview.isVisible() and page.typed_preview.text() == "/s/ Mai Lan"
    assert not page.signed_page.isVisible()  # nothing to print and scan for a typed one
    _radio(page, "wet_ink").click()
    assert page.signed_page.isVisible()


def test_drawn_signature_by_mouse_is_kept_and_delete_clears_it(open_window, vault_dir):
    case_id = make_case(vault_dir, {**AGREED, "consent": {**AGREED["consent"]}})
    window = open_window("--open", case_id)
    window.wizard.go_to("consent")
    page = window.wizard.current_page()
    _radio(page, "drawn").click()
    pad = page.pad
    assert pad.isVisible()
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    for x in range(30, 200, 20):
        QTest.mouseMove(pad, QPoint(x, 40 + x // 10))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(210, 60))
    assert not pad.is_empty()
    assert pad.to_png().startswith(b"\x89PNG")
    window.wizard.session.flush()
    record = window.vault.load_case(case_id)
    assert len(record.ui_state["signature_drawing"][0]) >= 5
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    assert (
        "signature_drawing" not in window.wizard.session.ui_state
        or not (window.wizard.session.ui_state["signature_drawing"])
    )
