"""Problems with one attachment, worded for the person who attached it."""

from __future__ import annotations

from ombud_desktop.errors import UserFacingError


class AttachmentError(UserFacingError):
    """An attachment cannot become pages; the message names the file and what to do."""

    def __init__(self, filename: str, message: str) -> None:
        super().__init__(f"{filename}: {message}")
        self.filename = filename
        self.reason = message


class PasswordNeeded(AttachmentError):
    """An encrypted PDF: ask for its password (GUI) or say it cannot be used (CLI)."""

    def __init__(self, filename: str, *, wrong: bool = False) -> None:
        reason = (
            "the password given for this PDF is not correct. Try again, or attach a copy "
            "saved without a password."
            if wrong
            else "this PDF is protected by a password. Enter its password, or open it "
            "and save or print it as a new PDF without a password, then attach that copy."
        )
        super().__init__(filename, reason)
        self.wrong = wrong


class AttachmentProblems(UserFacingError):
    """Several attachments failed at once: one message listing every file."""

    def __init__(self, problems: list[AttachmentError]) -> None:
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(
            f"{len(problems)} attachment(s) cannot be turned into pages; nothing else "
            f"in the case was changed:\n{lines}"
        )
        self.problems = problems
