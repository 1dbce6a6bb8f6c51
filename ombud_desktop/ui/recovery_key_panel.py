"""A recovery key shown once (first run, Settings, after a recovery): readable by a screen
reader group by group, printed on paper (a PDF file only after a warning), and gone from
the screen once the person says it is noted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.ui.qt_keys import set_keys
from ombud_desktop.ui.widgets.blocks import describe, heading, paragraph


def spoken_groups(key: str) -> list[str]:
    """The key's groups with their characters apart ("A B C D"), so a screen reader
    spells each one instead of guessing a word."""
    return [" ".join(group) for group in key.split("-") if group]


class RecoveryKeyPanel(QWidget):
    done = Signal()  # the person confirmed the key is noted and went on

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}.recovery_panel")
        self._key = ""
        self._message: Callable[[], str] = str
        self.key_title = heading(1)
        self.key_explain = paragraph()
        # A label, not a one-line box: at large text sizes the 52-character key wraps at its
        # dashes instead of hiding its start (the person must copy every character).
        self.key_text = QLabel()
        self.key_text.setObjectName(f"{prefix}.recovery_key")
        self.key_text.setWordWrap(True)
        set_keys(self.key_text, "textFormat", "PlainText")
        set_keys(
            self.key_text, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard"
        )
        set_keys(self.key_text, "focusPolicy", "StrongFocus")
        mono = QFont("monospace")
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.key_text.setFont(mono)
        self.print_button = QPushButton()
        self.print_button.setObjectName(f"{prefix}.print")
        self.print_button.clicked.connect(self.print_key)
        self.print_message = paragraph()
        self.print_message.setObjectName(f"{prefix}.print_message")
        self.print_message.hide()
        self.noted = QCheckBox()
        self.noted.setObjectName(f"{prefix}.noted")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName(f"{prefix}.continue")
        self.continue_button.setEnabled(False)
        self.noted.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.key_title,
            self.key_explain,
            self.key_text,
            self.print_button,
            self.print_message,
            self.noted,
            self.continue_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)  # all at the top
        self.retranslate()

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_text.setText(key.replace("-", "-\u200b"))  # may break after a dash
        self.noted.setChecked(False)
        self._say(str)
        self._describe_key()
        self.print_button.setFocus()

    def _describe_key(self) -> None:
        groups = spoken_groups(self._key)
        spoken = [
            self.tr("Group %1 of %2: %3").replace("%1", str(number))
            .replace("%2", str(len(groups))).replace("%3", group)
            for number, group in enumerate(groups, start=1)
        ]  # fmt: skip
        self.key_text.setAccessibleDescription(
            ". ".join(spoken) if spoken else self.tr("Shown once. Print or write it down.")
        )

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.print_message.setText(message())
        self.print_message.setVisible(bool(self.print_message.text()))

    def print_key(self) -> None:
        """On paper: the recovery key never goes into a file unless the person insists."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if QPrinterInfo.defaultPrinter().isNull() and not QPrinterInfo.availablePrinters():
            self._say(
                lambda: self.tr(
                    "No printer is set up on this computer. Write the key down by hand, "
                    "carefully, group by group."
                )
            )
            return
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setOutputFileName("")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        if printer.outputFileName() and not self._file_confirmed():
            self._say(lambda: self.tr("Nothing was saved. Choose a printer, or write it down."))
            return
        document = QTextDocument()
        document.setPlainText(
            self.tr("Ombud Desktop recovery key")
            + "\n\n"
            + self._key
            + "\n\n"
            + self.tr("Keep this paper in a safe place. It opens all your cases.")
        )
        document.print_(printer)
        self._say(str)

    def _file_confirmed(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Save the recovery key in a file?"),
            self.tr(
                "You chose to print into a file. That file is not encrypted: anyone who finds "
                "it can open all your cases. Print on paper instead, or delete the file as "
                "soon as it is printed. Save it anyway?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _finish(self) -> None:
        self.key_text.clear()  # shown once: gone from the screen now
        self._key = ""
        self._describe_key()
        self.done.emit()

    def retranslate(self) -> None:
        self.key_title.setText(self.tr("Your recovery key"))
        self.key_explain.setText(
            self.tr(
                "This key opens your cases if the passphrase is forgotten. It is shown only "
                "now. Print it or write it down, and keep it away from this computer."
            )
        )
        self.key_text.setAccessibleName(self.tr("Recovery key"))
        self._describe_key()
        describe(
            self.print_button,
            self.tr("&Print the recovery key…"),
            self.tr("Prints the key on paper."),
        )
        self.noted.setText(self.tr("I have printed or written down the recovery key"))
        self.noted.setAccessibleName(self.noted.text())
        self.noted.setAccessibleDescription(self.tr("Needed to go on; the key is not shown again."))
        describe(self.continue_button, self.tr("C&ontinue"), self.tr("Goes to your list of cases."))
        self.print_message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
