"""Progress reporting and cancellation shared by every export step (no Qt: the GUI's worker
thread passes callbacks, the CLI prints)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ombud_desktop.errors import UserFacingError


class ExportCancelled(UserFacingError):
    """The person cancelled; nothing was left behind."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled. Nothing was saved.", exit_code=130)


class CancelFlag(Protocol):
    """threading.Event in one process, multiprocessing's Event across two."""

    def set(self) -> None: ...

    def is_set(self) -> bool: ...


@dataclass
class Progress:
    """Tells the front end which step runs and how far along the export is.

    `report(step, done, total)`: `step` is a short English sentence naming what happens
    now ("Making the fax cover sheet"); `done`/`total` count the units of work.
    Cancelling is cooperative: every step calls `check()` between units.
    """

    report: Callable[[str, int, int], None] = lambda step, done, total: None
    cancel_flag: CancelFlag = field(default_factory=threading.Event)
    _total: int = 1
    _done: int = 0
    _step: str = ""

    def cancel(self) -> None:
        self.cancel_flag.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def check(self) -> None:
        if self.cancel_flag.is_set():
            raise ExportCancelled()

    def plan(self, total: int) -> None:
        self._total, self._done = max(total, 1), 0

    def step(self, name: str) -> None:
        """Start a named step (counts as one unit when it ends with `advance`)."""
        self.check()
        self._step = name
        self.report(name, self._done, self._total)

    def advance(self, units: int = 1) -> None:
        self.check()
        self._done = min(self._done + units, self._total)
        self.report(self._step, self._done, self._total)
