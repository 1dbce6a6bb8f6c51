"""Problems with one attachment, worded for the person who attached it.

Reasons are English templates marked for translation (context "errors"); the file name
and numbers are parameters, so the GUI shows them in the person's language.
"""

from __future__ import annotations

from collections.abc import Callable

from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

# How a reason is attached to the file it is about (a language may order it differently).
_NAMED = QT_TRANSLATE_NOOP("errors", "{filename}: {reason}")
_WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "errors",
    "the password given for this PDF is not correct. Try again, or attach a copy "
    "saved without a password.",
)
_PASSWORD = QT_TRANSLATE_NOOP(
    "errors",
    "this PDF is protected by a password. Enter its password, or open it and save or "
    "print it as a new PDF without a password, then attach that copy.",
)
_SEVERAL = QT_TRANSLATE_NOOP(
    "errors",
    "These attachments cannot be turned into pages; nothing else in the case was changed:",
)


class AttachmentError(UserFacingError):
    """An attachment cannot become pages; the message names the file and what to do.

    `reason` is an English template filled with `params` (never case data)."""

    def __init__(self, filename: str, reason: str, **params: object) -> None:
        self.filename = filename
        self.reason = reason.format(**params)
        self.reason_template = reason
        self.reason_params = params
        super().__init__(template=_NAMED, params={"filename": filename, "reason": self.reason})

    def localized(self, translate: Callable[[str], str]) -> str:
        reason = UserFacingError(template=self.reason_template, params=self.reason_params)
        named = translate(_NAMED)
        return named.format(filename=self.filename, reason=reason.localized(translate))


class PasswordNeeded(AttachmentError):
    """An encrypted PDF: ask for its password (GUI) or say it cannot be used (CLI)."""

    def __init__(self, filename: str, *, wrong: bool = False) -> None:
        super().__init__(filename, _WRONG_PASSWORD if wrong else _PASSWORD)
        self.wrong = wrong


class AttachmentProblems(UserFacingError):
    """Several attachments failed at once: one message listing every file."""

    def __init__(self, problems: list[AttachmentError]) -> None:
        super().__init__(self._text(problems, lambda text: text))
        self.problems = problems

    @staticmethod
    def _text(problems: list[AttachmentError], translate: Callable[[str], str]) -> str:
        lines = "\n".join(f"  - {problem.localized(translate)}" for problem in problems)
        return f"{translate(_SEVERAL)}\n{lines}"

    def localized(self, translate: Callable[[str], str]) -> str:
        return self._text(self.problems, translate)
