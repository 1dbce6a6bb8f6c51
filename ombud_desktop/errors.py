"""Errors whose message is written for the person using the app, not for a developer.

An error raised in the Qt-free layers may carry an English template (marked with
`QT_TRANSLATE_NOOP("errors", ...)` so the extractor puts it in the catalogues) and its
parameters: `str(err)` is the English sentence (the CLI prints it) and
`err.localized(translate)` the same sentence in the person's language (the GUI's
`ui/error_text.py` passes Qt's translator).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

ERRORS_CONTEXT = "errors"


class Term(str):
    """A parameter that is itself a fixed English phrase (marked for translation), such
    as a kind of file: translated with the template, unlike file names and numbers."""


def _localized(value: object, translate: Callable[[str], str]) -> object:
    if isinstance(value, Term):
        return translate(value)
    if isinstance(value, UserFacingError):  # a message quoted inside another
        return value.localized(translate)
    return value


class UserFacingError(Exception):
    """A problem the user can act on; `str(err)` says what happened and what to do.

    The CLI prints it and exits with `exit_code`; the GUI shows it in a dialog.
    """

    exit_code = 2

    def __init__(
        self,
        message: str | None = None,
        *,
        exit_code: int | None = None,
        template: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.template = template
        self.params = dict(params or {})
        if message is None:
            message = template.format(**self.params) if template is not None else ""
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    def localized(self, translate: Callable[[str], str]) -> str:
        """The message with its template (and Term parameters) passed through
        `translate` (English text -> the person's language); English str() without one."""
        if self.template is None:
            return str(self)
        params = {key: _localized(value, translate) for key, value in self.params.items()}
        return translate(self.template).format(**params)
