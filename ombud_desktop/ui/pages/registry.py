"""The order of the wizard's pages, the order people meet them. Section pages follow the
form spec; welcome, then review, the PDF preview and sending frame them.

The pages that are not a form section (welcome, review, the PDF preview, Send) are made
on their first visit (`LaterPage`): building them and loading their modules (the Send
step's export machinery above all) were ~30 ms of opening a case at another step
(benchmarks/bench_gui_startup.py). Until then a `PendingPage` stands in the step list."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ombud_desktop.ui.pages.actions_taken import ActionsTakenPage
from ombud_desktop.ui.pages.base import WizardPage
from ombud_desktop.ui.pages.beneficiary import BeneficiaryPage
from ombud_desktop.ui.pages.benefit import BenefitPage
from ombud_desktop.ui.pages.consent import ConsentPage
from ombud_desktop.ui.pages.documents import DocumentsPage
from ombud_desktop.ui.pages.filings import FilingsPage
from ombud_desktop.ui.pages.reasons import ReasonsPage
from ombud_desktop.ui.pages.screening import ScreeningPage
from ombud_desktop.ui.pages.subject import SubjectPage
from ombud_desktop.ui.pages.submitter import SubmitterPage
from ombud_desktop.ui.session import CaseSession


@dataclass(frozen=True)
class LaterPage:
    """A page made on its first visit: its id, its title as its class says it (context
    and English text) and where its class is."""

    page_id: str
    title: tuple[str, str]
    module: str
    class_name: str

    def make(self, session: CaseSession) -> WizardPage:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page: WizardPage = page_class(session)
        return page


class PendingPage(WizardPage):
    """Stands for a LaterPage in the step list until the wizard makes it (never shown)."""

    def __init__(self, session: CaseSession, later: LaterPage) -> None:
        self.page_id = later.page_id
        super().__init__(session)
        self.later = later

    def title(self) -> str:
        return QCoreApplication.translate(*self.later.title)

    def make(self) -> WizardPage:
        return self.later.make(self.session)


WELCOME = LaterPage(
    "welcome", ("WelcomePage", "Welcome"), "ombud_desktop.ui.pages.welcome", "WelcomePage"
)
REVIEW = LaterPage(
    "review", ("ReviewPage", "Review your answers"), "ombud_desktop.ui.pages.review", "ReviewPage"
)
PREVIEW = LaterPage(
    "preview", ("PreviewPage", "Check the PDF"), "ombud_desktop.ui.pages.preview", "PreviewPage"
)
SEND = LaterPage(
    "export", ("ExportPage", "Send"), "ombud_desktop.ui.pages.export_page", "ExportPage"
)

PAGE_CLASSES: tuple[type[WizardPage] | LaterPage, ...] = (
    WELCOME,
    ScreeningPage,
    ActionsTakenPage,
    ReasonsPage,
    SubmitterPage,
    SubjectPage,
    BeneficiaryPage,
    FilingsPage,
    BenefitPage,
    DocumentsPage,
    ConsentPage,
    REVIEW,
    PREVIEW,
    SEND,
)


def build_pages(session: CaseSession) -> list[WizardPage]:
    return [
        PendingPage(session, entry) if isinstance(entry, LaterPage) else entry(session)
        for entry in PAGE_CLASSES
    ]
