"""Hand-off files in the GUI: the passphrase (asked twice for a new file, checked for
strength, a generated one offered) and the slow work (key derivation, encryption of every
document) on a worker thread with progress and Cancel, so the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.ui.error_text import error_text
from ombud_desktop.vault import WeakPassphraseError
from ombud_desktop.vault.attachments import Progress
from ombud_desktop.vault.passphrase_strength import generate_passphrase, require_strong


class Job(Protocol):
    """Slow work for the worker thread: it reports (bytes done, total) to `progress` and
    stops when `cancelled()` turns true; what it returns goes to `finished_with`."""

    def __call__(self, progress: Progress, cancelled: Callable[[], bool], /) -> object: ...


class HandoffPassphraseDialog(QDialog):
    """The passphrase of a hand-off file. For a new file (`new=True`) it is typed twice,
    must pass the strength rule, and a generated passphrase is offered first."""

    def __init__(self, parent: QWidget | None, *, new: bool) -> None:
        super().__init__(parent)
        self.setObjectName("handoff.passphrase")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # a whole suggestion
        self.new = new
        self.setWindowTitle(
            self.tr("Protect the hand-off file") if new else self.tr("Open the hand-off file")
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Choose a passphrase for this file, and tell it to the receiver in person "
                "or by phone, never with the file. This one was made for you:"
            )
            if new
            else self.tr("The passphrase of this file:")
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.suggestion = QLineEdit(generate_passphrase() if new else "")
        self.suggestion.setReadOnly(True)
        self.suggestion.setAccessibleName(self.tr("Suggested passphrase"))
        self.use_suggestion = QPushButton(self.tr("Use this passphrase"))
        self.use_suggestion.clicked.connect(self._use_suggestion)
        row = QHBoxLayout()
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.use_suggestion)
        if new:
            layout.addLayout(row)
        _label, self.passphrase = self._secret_field(layout, self.tr("Passphrase"))
        repeat_label, self.repeat = self._secret_field(layout, self.tr("Type the passphrase again"))
        repeat_label.setVisible(new)
        self.repeat.setVisible(new)
        self.message = QLabel()
        self.message.setObjectName("handoff.passphrase.message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    @staticmethod
    def _secret_field(layout: QVBoxLayout, label_text: str) -> tuple[QLabel, QLineEdit]:
        label = QLabel(label_text)
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(label_text)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field)
        return label, field

    def _use_suggestion(self) -> None:
        """Fill both fields with the offer and show it, so it can be written down."""
        for field in (self.passphrase, self.repeat):
            field.setText(self.suggestion.text())
            field.setEchoMode(QLineEdit.EchoMode.Normal)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()  # the wrapped message must not be cut off

    def value(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._say(self.tr("Enter the passphrase."))
            return
        if self.new:
            try:
                require_strong(text)
            except WeakPassphraseError as err:
                self._say(error_text(err))
                return
            if self.repeat.text() != text:
                self._say(self.tr("The two passphrases differ. Type the same one twice."))
                return
        super().accept()


class BackgroundTask(QDialog):
    """Runs `job(progress, cancelled)` on a worker thread, showing a progress bar and a
    Cancel button; `finished_with(result, error)` arrives on the GUI thread."""

    finished_with = Signal(object, object)
    _done = Signal(object, object)

    def __init__(self, parent: QWidget | None, title: str, text: str, job: Job) -> None:
        super().__init__(parent)
        self.setObjectName("handoff.task")
        self.setWindowTitle(title)
        self._job = job
        self._cancel = threading.Event()
        self._seen: tuple[int, int] = (0, 0)
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the first figures (key derivation)
        self.progress.setAccessibleName(text)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)
        self._done.connect(self._finish)
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        self.open()
        self._timer.start()
        self.worker = threading.Thread(target=self._run, name="hand-off", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        """Worker thread."""
        try:
            result = self._job(self._note, self._cancel.is_set)
        except Exception as err:  # shown to the person by the receiver of finished_with
            self._done.emit(None, err)
            return
        self._done.emit(result, None)

    def _note(self, done: int, total: int | None) -> None:
        """Worker thread: only note the numbers; the timer shows them."""
        self._seen = (done, total or 0)

    def _show_progress(self) -> None:
        done, total = self._seen
        if total > 0:
            self.progress.setRange(0, max(1, total // 1024))
            self.progress.setValue(done // 1024)

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def reject(self) -> None:  # Escape or closing the window means Cancel; it ends itself
        self.cancel()

    def _finish(self, result: object, error: object) -> None:
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted if error is None else QDialog.DialogCode.Rejected)
        self.finished_with.emit(result, error)
