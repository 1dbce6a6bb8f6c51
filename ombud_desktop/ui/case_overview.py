"""What the case list says about a case besides its name: how many of the form's steps
are done, and the next thing to do (a step to finish, make the package, send it, wait)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ombud_desktop.core import formspec, validation
from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.facts import beneficiary_applies
from ombud_desktop.core.model import Case
from ombud_desktop.core.spec_types import Section
from ombud_desktop.ui.texts import spec_text

if TYPE_CHECKING:
    from ombud_desktop.core.json_types import JsonObject
    from ombud_desktop.core.ui_state import UiState
    from ombud_desktop.vault.records import SentInfo

FOLLOW_UP_DAYS = 30  # the first reminder after sending (as the .ics reminders)


@dataclass(frozen=True)
class Overview:
    done: int
    total: int
    next_step: str  # what to do next, in the interface language


def overview(
    answers: JsonObject, ui_state: UiState, status: str, sent: SentInfo | None
) -> Overview:
    """Steps of the form done, of all that apply, and the next thing to do."""
    case = Case.from_answers(answers)
    sections = [s for s in formspec.SECTIONS if s.id != "beneficiary" or beneficiary_applies(case)]
    with_errors = {
        finding.field.split(".", 1)[0].removesuffix("[]")
        for finding in validation.validate(case)
        if finding.is_error
    }
    visited = set(ui_state.get("visited") or ())
    # A step is done when it has no blocking problem and was seen or answered (an
    # imported or hand-off case may be complete without the steps having been walked).
    undone = [
        s
        for s in sections
        if s.id in with_errors or (s.id not in visited and is_blank(case.get(s.id)))
    ]
    done = len(sections) - len(undone)
    return Overview(done, len(sections), _next_step(undone, status, sent))


def _next_step(undone: list[Section], status: str, sent: SentInfo | None) -> str:
    """The next thing to do, in the interface language."""
    if status == "sent" and sent is not None:
        try:
            follow_up = dt.date.fromisoformat(str(sent.date)) + dt.timedelta(days=FOLLOW_UP_DAYS)
        except ValueError:
            return QCoreApplication.translate("CaseOverview", "Wait for the answer.")
        return QCoreApplication.translate(
            "CaseOverview", "Wait for the answer; ask again if none by %1."
        ).replace("%1", follow_up.strftime("%m/%d/%Y"))
    if undone:
        title = spec_text(undone[0].title)
        return QCoreApplication.translate("CaseOverview", "Go on with “%1”.").replace("%1", title)
    if status == "ready":
        return QCoreApplication.translate("CaseOverview", "Send the package, then mark it as sent.")
    return QCoreApplication.translate("CaseOverview", "Check the PDF and make the package.")
