"""Choosing a new passphrase, the same way everywhere (first run, after unlocking with the
recovery key, Settings): typed twice, checked for strength, or a suggested one to copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.ui.error_text import term_text
from ombud_desktop.ui.qt_keys import set_keys
from ombud_desktop.ui.widgets.blocks import describe, paragraph


def strength_reason(passphrase: str) -> str | None:
    """Why `passphrase` is too easy to guess, in the interface language (the vault's own
    rule, which refuses the same passphrases); None when it is strong enough."""
    from ombud_desktop.vault.passphrase_strength import estimate

    reason = estimate(passphrase).reason
    return None if reason is None else term_text(reason)


def suggest_passphrase() -> str:
    from ombud_desktop.vault.passphrase_strength import generate_passphrase

    return generate_passphrase()


class NewPassphraseBox(QWidget):
    """Two password boxes named "<prefix>.passphrase" and "<prefix>.repeat"."""

    submitted = Signal()  # Enter in the second box

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}.new_passphrase")
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName(f"{prefix}.passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        self.repeat.setObjectName(f"{prefix}.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label.setBuddy(self.repeat)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submitted)
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName(f"{prefix}.suggest")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.suggest)
        self.suggestion = paragraph()
        self.suggestion.setObjectName(f"{prefix}.suggestion")
        selectable = "TextSelectableByMouse|TextSelectableByKeyboard"
        set_keys(self.suggestion, "textInteractionFlags", selectable)
        self.suggestion.hide()
        self._suggested = ""
        self.strength = paragraph()
        self.strength.setObjectName(f"{prefix}.strength")
        self._said_elsewhere = False  # the screen's message says it now: not twice
        self.passphrase.textChanged.connect(self._typed)
        self.passphrase.setMaximumWidth(self.passphrase.fontMetrics().averageCharWidth() * 48)
        self.repeat.setMaximumWidth(self.passphrase.maximumWidth())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.pass_label,
            self.passphrase,
            self.strength,
            self.repeat_label,
            self.repeat,
        ):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)
        self.retranslate()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.suggestion.clear()
        self.suggestion.hide()
        self._suggested = ""

    def suggest(self) -> None:
        """Fill both boxes with a new random passphrase and show it, to write down."""
        self._suggested = suggest_passphrase()
        self.passphrase.setText(self._suggested)
        self.repeat.setText(self._suggested)
        self._show_suggestion()
        self.suggestion.show()
        self.suggestion.setFocus()

    def _show_suggestion(self) -> None:
        if self._suggested:
            self.suggestion.setText(
                self.tr("Suggested passphrase: %1 — write it down before going on.").replace(
                    "%1", self._suggested
                )
            )

    def problem(self) -> Callable[[], str] | None:
        """What is wrong with the typed passphrase (a function saying it in the current
        language, to say it again after a switch); None when it can be used. Focus goes
        to the box to fix."""
        text = self.passphrase.text()
        if strength_reason(text) is not None:
            # Said once: in the screen's message (announced), not again under the box.
            self._said_elsewhere = True
            self.strength.hide()
            self.passphrase.setFocus()
            return lambda: self._weak_text(text)
        if text != self.repeat.text():
            self.repeat.clear()
            self.repeat.setFocus()
            return lambda: self.tr("The two passphrases differ. Type them again.")
        return None

    def _weak_text(self, text: str) -> str:
        return (
            self.tr("This passphrase is too easy to guess: %1").replace(
                "%1", strength_reason(text) or ""
            )
            + " "
            + self.tr(
                "Use five or more words that do not belong together, or press “Suggest a "
                "passphrase”."
            )
        )

    def _typed(self) -> None:
        self._said_elsewhere = False
        self._show_strength()

    def _show_strength(self) -> None:
        """Said as the person types, so a weak choice shows before pressing Create."""
        text = self.passphrase.text()
        if not text:
            self.strength.clear()
        elif strength_reason(text) is None:
            self.strength.setText(self.tr("Strong enough."))
        else:
            self.strength.setText(self._weak_text(text))
        # no empty gap between the two boxes, and not what the screen's message says
        self.strength.setVisible(bool(text) and not self._said_elsewhere)

    def retranslate(self) -> None:
        self.pass_label.setText(self.tr("&Passphrase (five or more words)"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("Five or more words that do not belong together. Write it down.")
        )
        self._show_strength()
        self.repeat_label.setText(self.tr("&Repeat the passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.repeat.setAccessibleDescription(self.tr("The same passphrase again, to catch typos."))
        describe(
            self.suggest_button,
            self.tr("Suggest a passphrase"),
            self.tr("Makes up a strong passphrase and shows it, to write down."),
        )
        self.suggestion.setAccessibleName(self.tr("Suggested passphrase"))
        self._show_suggestion()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
