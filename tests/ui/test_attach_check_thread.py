"""The attach check (does the file turn into pages?) runs on a thread of its own: while a
slow file is checked the case's saves go on, and a case left during the check still
stores the file, as when the check held the vault writer."""

from __future__ import annotations

import threading

import pytest

from tests.ui.helpers import make_case, stored_answers, white_picture


@pytest.fixture
def slow_check(monkeypatch):
    """The check waits for `release` (a 100-megapixel photo takes seconds here)."""
    from ombud_desktop.documents import attachments

    started, release = threading.Event(), threading.Event()
    real = attachments.inspect_attachment

    def inspect(name: str, data: bytes):
        started.set()
        assert release.wait(30), "the test never released the check"
        return real(name, data)

    monkeypatch.setattr(attachments, "inspect_attachment", inspect)
    yield started, release
    release.set()  # a failed test must not leave the check thread waiting


def test_saves_go_on_while_a_file_is_checked(open_window, vault_dir, tmp_path, qtbot, slow_check):
    started, release = slow_check
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    page.add_files([white_picture(tmp_path / "passport.png", 200, 260)])
    assert started.wait(30)
    session = window.wizard.session
    session.set("subject.first_name", "Mai")
    assert session.flush()  # did not wait for the check: it is still holding
    assert not release.is_set()
    assert stored_answers(window, case_id)["subject"]["first_name"] == "Mai"
    with qtbot.waitSignal(page._finished, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: bool(page.thumbnails), timeout=10_000)
    docs = stored_answers(window, case_id)["documents"]
    assert [d["original_filename"] for d in docs] == ["passport.png"]
    assert stored_answers(window, case_id)["subject"]["first_name"] == "Mai"


def test_a_file_being_checked_is_stored_when_the_case_is_left(
    open_window, vault_dir, tmp_path, slow_check
):
    started, release = slow_check
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    window.wizard.current_page().add_files([white_picture(tmp_path / "passport.png", 200, 260)])
    assert started.wait(30)
    threading.Timer(0, release.set).start()  # released while the window is leaving
    window.show_home()
    docs = stored_answers(window, case_id)["documents"]
    assert [d["original_filename"] for d in docs] == ["passport.png"]
