"""The order of the wizard's pages, the order people meet them. Section pages follow the
form spec; welcome, then review, the PDF preview and sending frame them."""

from __future__ import annotations

from ombud_desktop.ui.pages.actions_taken import ActionsTakenPage
from ombud_desktop.ui.pages.base import WizardPage
from ombud_desktop.ui.pages.beneficiary import BeneficiaryPage
from ombud_desktop.ui.pages.benefit import BenefitPage
from ombud_desktop.ui.pages.consent import ConsentPage
from ombud_desktop.ui.pages.documents import DocumentsPage
from ombud_desktop.ui.pages.export_page import ExportPage
from ombud_desktop.ui.pages.filings import FilingsPage
from ombud_desktop.ui.pages.preview import PreviewPage
from ombud_desktop.ui.pages.reasons import ReasonsPage
from ombud_desktop.ui.pages.review import ReviewPage
from ombud_desktop.ui.pages.screening import ScreeningPage
from ombud_desktop.ui.pages.subject import SubjectPage
from ombud_desktop.ui.pages.submitter import SubmitterPage
from ombud_desktop.ui.pages.welcome import WelcomePage
from ombud_desktop.ui.session import CaseSession

PAGE_CLASSES: tuple[type[WizardPage], ...] = (
    WelcomePage,
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
    ReviewPage,
    PreviewPage,
    ExportPage,
)


def build_pages(session: CaseSession) -> list[WizardPage]:
    return [page_class(session) for page_class in PAGE_CLASSES]
