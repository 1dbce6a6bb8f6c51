"""The case's preview PDF, made once per set of answers and shared by the pages that show
it (the preview page and the review page's "Show the PDF").

Rendering runs on a pool thread; the attachments are decrypted into memory on the
session's writer thread (the vault's one user). Nothing is written to disk.
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ombud_desktop.core.model import Case
from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.background_job import NewestOnly
from ombud_desktop.ui.session import CaseSession
from ombud_desktop.ui.texts import embedded

if TYPE_CHECKING:
    from ombud_desktop.core.json_types import JsonObject
    from ombud_desktop.documents.case_files import AttachmentInput
    from ombud_desktop.vault import CaseRecord, Vault


def _read_attachments(vault: Vault, record: CaseRecord) -> list[AttachmentInput]:
    """Writer thread: every attached file, decrypted into memory."""
    from ombud_desktop.documents.case_files import case_attachments

    return case_attachments(vault, record)


def _render(answers: JsonObject, attachments: Future[list[AttachmentInput]]) -> bytes:
    """Pool thread: the whole PDF as it will be sent, watermarked as a preview."""
    from ombud_desktop.documents.errors import PasswordNeeded
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf

    try:
        return render_case_pdf(
            Case.from_answers(answers), attachments.result(), RenderOptions(True)
        )
    except PasswordNeeded as err:  # attached outside the app (the app asks when adding)
        raise UserFacingError(protected_pdf_message(err.filename)) from err


def protected_pdf_message(filename: str) -> str:
    """What to do about a protected PDF attached outside the app (`case attach`): the
    Documents step asks for passwords, the preview and Send steps cannot."""
    text = QCoreApplication.translate(
        "CasePdfRenderer",
        "“%1” is protected by a password. On the Documents step, remove it and add it "
        "again: the app then asks for its password.",
    )
    return text.replace("%1", embedded(filename))


class CasePdfRenderer(QObject):
    """One per open case (a child of its session). `refresh()` starts a render when the
    answers differ from those of the last render; `rendered` fires when it is done, and
    `pdf` / `problem` hold the newest outcome."""

    started = Signal()
    rendered = Signal()

    def __init__(self, session: CaseSession) -> None:
        super().__init__(session)
        self.session = session
        self.pdf = b""
        self.problem = ""
        self._key: str | None = None
        self._jobs = NewestOnly()

    @classmethod
    def of(cls, session: CaseSession) -> CasePdfRenderer:
        found = session.findChild(cls)
        return found if found is not None else cls(session)

    @property
    def renders(self) -> int:
        """How many renders were started (tests count them)."""
        return self._jobs.started

    def busy(self) -> bool:
        return self._jobs.busy()

    def refresh(self) -> bool:
        """Render again if anything changed since the last render. True if it started."""
        answers = self.session.answers()
        key = json.dumps(answers, sort_keys=True, default=str)
        if key == self._key:
            return False
        self._key = key
        vault = self.session.vault
        attachments = self.session.run_on_writer(partial(_read_attachments, vault))
        self._jobs.start(self, partial(_render, answers, attachments), self._done)
        self.started.emit()
        return True

    def _done(self, pdf: bytes, problem: str) -> None:
        """The newest render's outcome (an older one finishing late is dropped)."""
        self.pdf, self.problem = pdf, problem
        if problem:
            self._key = None  # a failed render is tried again on the next visit
        self.rendered.emit()
