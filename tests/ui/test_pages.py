"""Filings list editing, documents import, the submitter profile, the beneficiary page's
relevance, the timeline picture and the review page's edit links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import focused, tab_to, type_text
from tests.ui.helpers import make_case, stored_answers, white_picture


def test_pasting_several_receipt_numbers_makes_one_row_each(open_window, vault_dir):
    case_id = make_case(vault_dir, {"filings": [{"form_number": "I-130"}]})
    window = open_window("--open", case_id)
    window.wizard.go_to("filings")
    page = window.wizard.current_page()
    tab_to("filings.0.receipt_number")
    QApplication.clipboard().setText("eac-219-000-0001, LIN 219 000 0002\nwac2190000003")
    focused().paste()
    assert [b.objectName() for b in page.boxes] == ["filings.0", "filings.1", "filings.2"]
    answers = stored_answers(window, case_id)
    assert [f["receipt_number"] for f in answers["filings"]] == [
        "EAC2190000001",
        "LIN2190000002",
        "WAC2190000003",
    ]
    assert answers["filings"][0]["form_number"] == "I-130"
    page.remove_row(1)
    assert [f["receipt_number"] for f in stored_answers(window, case_id)["filings"]] == [
        "EAC2190000001",
        "WAC2190000003",
    ]
    page.add_row()
    assert focused().objectName() == "filings.2.form_number"


def test_document_import_runs_off_the_ui_thread_with_progress(
    open_window, vault_dir, tmp_path, qtbot
):
    picture = white_picture(tmp_path / "notice.png", 300, 400)
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([picture])
    qtbot.waitUntil(lambda: bool(page.thumbnails), timeout=10_000)
    docs = stored_answers(window, case_id)["documents"]
    assert len(docs) == 1 and docs[0]["original_filename"] == "notice.png"
    assert docs[0]["pages"] == 1
    title = window.findChild(QLineEdit, "documents.0.title")
    assert title is not None and title.text() == "notice"
    title.selectAll()
    qtbot.keyClicks(title, "USCIS notice")
    assert stored_answers(window, case_id)["documents"][0]["title"] == "USCIS notice"
    assert not any(p.suffix == ".png" for p in Path(vault_dir[0]).rglob("*"))  # only ciphertext


def test_submitter_profile_is_saved_once_and_fills_new_cases(open_window, vault_dir):
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("submitter")
    page = window.wizard.current_page()
    page.editors["submitter.role"].focus_target().click()
    tab_to("submitter.organization")
    type_text("Casa Ayuda")
    page.save_button.click()
    window.show_home()
    window.home.new_case()
    assert window.wizard.session.get("submitter.organization") == "Casa Ayuda"


def test_beneficiary_page_only_when_a_petition_is_for_someone_else(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {"filings": [{"form_number": "I-485"}]}))
    wizard = window.wizard
    assert "page.beneficiary" not in [p.objectName() for p in wizard.relevant_pages()]
    wizard.session.set("filings.0.form_number", "I-130")
    assert "page.beneficiary" in [p.objectName() for p in wizard.relevant_pages()]


def test_timeline_picture_counts_months_past_the_posted_time(open_window, vault_dir):
    answers = {
        "filings": [{"form_number": "I-485", "receipt_date": "2020-01-15"}],
        "reasons": {"kinds": ["beyond_processing_time"], "posted_processing_time_months": 12},
    }
    window = open_window("--open", make_case(vault_dir, answers))
    window.wizard.go_to("reasons")
    page = window.wizard.current_page()
    assert page.timeline.isVisible()
    assert "past the posted time" in page.timeline_caption.text()
    assert page.timeline.accessibleDescription() == page.timeline_caption.text()


def test_review_edit_link_jumps_to_the_page_and_field(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {"subject": {"first_name": "Ana"}}))
    window.wizard.go_to("review")
    page = window.wizard.current_page()
    assert "Not ready" in page.readiness.summary.text()
    page.findChild(type(page.readiness.list.parent()), "review.subject")
    from PySide6.QtWidgets import QPushButton

    page.findChild(QPushButton, "review.subject:edit").click()
    assert window.wizard.current_page().objectName() == "page.subject"
    assert focused().objectName() == "subject.last_name"  # its first finding


def test_document_rows_count_pages_in_the_persons_language(open_window, vault_dir, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.documents import samples

    (tmp_path / "letter.pdf").write_bytes(samples.pdf_bytes(3))
    (tmp_path / "notice.pdf").write_bytes(samples.pdf_bytes(1))
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([tmp_path / "letter.pdf", tmp_path / "notice.pdf"])
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=10_000)

    def row_texts() -> list[str]:
        return [box.findChildren(QLabel)[1].text() for box in page.rows]

    assert row_texts() == ["letter.pdf — 3 pages", "notice.pdf — 1 page"]
    app = QApplication.instance()
    app.set_language("ru", remember=False)
    want = ["letter.pdf — 3 страницы", "notice.pdf — 1 страница"]
    qtbot.waitUntil(lambda: row_texts() == want)  # LanguageChange arrives as an event
    app.set_language("ar", remember=False)
    # In Arabic the file name sits in a bidi isolate (it keeps its order in the RTL line).
    want = ["\u2068letter.pdf\u2069 — 3 صفحات", "\u2068notice.pdf\u2069 — صفحة واحدة"]
    qtbot.waitUntil(lambda: row_texts() == want)
    app.set_language("en", remember=False)


def test_pages_made_on_their_first_visit_keep_their_place_title_and_signals(
    open_window, vault_dir, qapp
):
    from ombud_desktop.ui.pages.registry import PAGE_CLASSES, LaterPage, PendingPage

    window = open_window("--open", make_case(vault_dir, {}, {"page": "subject"}))
    wizard = window.wizard
    steps = [wizard.steps.item(row).text() for row in range(wizard.steps.count())]
    later = [entry for entry in PAGE_CLASSES if isinstance(entry, LaterPage)]
    assert {entry.page_id for entry in later} >= {"welcome", "review", "preview", "export"}
    for entry in later:
        stand_in = wizard.page(entry.page_id)
        assert isinstance(stand_in, PendingPage)
        index = wizard.pages.index(stand_in)
        qapp.set_language("es", remember=False)
        try:
            spanish_title = stand_in.title()
            wizard.go_to(entry.page_id)
            page = wizard.current_page()
            assert type(page).__name__ == entry.class_name and wizard.pages[index] is page
            assert wizard.page(entry.page_id) is page
            assert page.title() == spanish_title != entry.title[1]  # in Spanish
        finally:
            qapp.set_language("en", remember=False)
            QApplication.processEvents()  # the step list is retranslated on LanguageChange
        assert page.is_relevant() and page.isVisible()
    assert [wizard.steps.item(row).text() for row in range(wizard.steps.count())] == steps
    # A made page's signals reach the wizard like every other page's.
    page.jump_requested.emit("subject", "subject.first_name")
    assert wizard.current_page().page_id == "subject"
