"""The one place where an error's message is put into the person's language.

Errors raised in the Qt-free layers carry an English template and parameters
(ombud_desktop/errors.py); this passes the template through Qt's translator (context
"errors") and fills it, so the placeholders always match. No traceback text is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombud_desktop.errors import ERRORS_CONTEXT, UserFacingError


def _translate(text: str) -> str:
    return QCoreApplication.translate(ERRORS_CONTEXT, text)


def error_text(err: BaseException) -> str:
    """The error's sentence in the interface language when it is meant for people, else
    "" (the caller then says something general)."""
    if not isinstance(err, UserFacingError):
        return ""
    return err.localized(_translate)


def term_text(term: str) -> str:
    """A fixed phrase marked in context "errors" (an errors.Term: a kind of file, why a
    passphrase is weak), in the interface language."""
    return _translate(term)
