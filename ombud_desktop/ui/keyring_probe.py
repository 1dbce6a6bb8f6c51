"""Whether a secure system keyring is here, asked on a thread.

Finding the keyring backend (its plugins' entry points, a D-Bus round trip) takes
90-170 ms, and could take the D-Bus timeout: the first-run screen is shown without
waiting. The passphrase is its default choice; the keyring choice is enabled when the
answer arrives (a signal, delivered on the UI thread).
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal


class KeyringProbe(QObject):
    answered = Signal(bool)

    def start(self) -> None:
        threading.Thread(target=self._ask, name="keyring probe", daemon=True).start()

    def _ask(self) -> None:
        from ombud_desktop.vault import keyring_store

        try:
            available = keyring_store.is_available()
        except Exception:  # a broken keyring plugin: the passphrase path, as with none
            available = False
        with contextlib.suppress(RuntimeError):  # the window was closed: nobody is asking
            self.answered.emit(available)
