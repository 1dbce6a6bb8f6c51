"""A case that is left (home, another case, lock) leaves nothing of itself alive: its
session with the decrypted answers, its wizard and every page, visited or not. They
used to stay in memory for good, held by their own signal connections."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from tests.ui.helpers import make_case

NAME = "Bích Ngọc"


def _alive(kind: type, vault: object) -> list[object]:
    """This window's objects of `kind` whose Qt side still exists (a wrapper of a deleted
    one is not; another test's leftovers are not this test's business)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, kind) and shiboken6.isValid(o) and _vault_of(o) is vault
    ]


def _vault_of(thing: object) -> object:
    session = getattr(thing, "session", thing)
    return getattr(session, "vault", None)


def test_leaving_cases_frees_their_sessions_and_pages(open_window, vault_dir):
    from ombud_desktop.ui.pages.base import WizardPage
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.ui.wizard import WizardView

    first = make_case(vault_dir, {"subject": {"first_name": NAME}})
    second = make_case(vault_dir, {})
    window = open_window("--open", first)
    window.wizard.go_to("subject")  # one page placed, the others never visited
    window.open_case(second)
    assert len(_alive(CaseSession, window.vault)) == 1  # the open case's own
    window.open_case(first)
    window.show_home()
    assert _alive(CaseSession, window.vault) == []
    assert _alive(WizardView, window.vault) == []
    assert _alive(WizardPage, window.vault) == []

    window.open_case(first)
    assert window.wizard.session.get("subject.first_name") == NAME
    window.lock()
    _alive(CaseSession, window.vault)
    # Not even a wrapper of a deleted session is left: it would still hold the answers.
    sessions = [o for o in gc.get_objects() if isinstance(o, CaseSession)]
    assert [o for o in sessions if _vault_of(o) is window.vault] == []
