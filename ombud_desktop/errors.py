"""Errors whose message is written for the person using the app, not for a developer."""


class UserFacingError(Exception):
    """A problem the user can act on; `str(err)` says what happened and what to do.

    The CLI prints it and exits with `exit_code`; the GUI shows it in a dialog.
    """

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
