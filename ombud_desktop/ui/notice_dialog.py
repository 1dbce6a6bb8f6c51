"""Read a USCIS notice: the picture with each value's region marked, the values to check.

The reader (ombud_desktop.notice, Qt-free) runs on a pool thread: the window stays
responsive, a progress bar moves and Cancel stops it between steps. Nothing reaches the
case before "Use these"; every value can be corrected first, and characters the reader
is not sure of are shown marked. The page image stays in memory (no file is written).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.core.json_types import as_object
from ombud_desktop.ui.pages.base import paragraph

if TYPE_CHECKING:
    from PIL import Image

    from ombud_desktop.notice.model import FoundValue, NoticeReading
    from ombud_desktop.ui.session import CaseSession

DOUBT_COLOUR = "#b00020"
REGION_COLOUR = QColor(0, 110, 200)
# The values the dialog offers, in the order shown.
SHOWN = ("receipt_number", "receipt_date", "form_number", "notice_type", "priority_date",
         "a_number", "notice_date")  # fmt: skip


class _Signals(QObject):
    progress = Signal(float)
    done = Signal(object, object)  # NoticeReading, QImage of the straightened page
    failed = Signal(str)


class _ReadJob(QRunnable):
    """Pool thread: read the file; report through signals queued to the GUI thread."""

    def __init__(self, path: Path, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._path, self._signals, self._stop = path, signals, stop

    def run(self) -> None:
        from ombud_desktop.notice.engine import EngineMissing
        from ombud_desktop.notice.reader import NoticeUnreadable, ReadCancelled, read_notice

        signals = self._signals
        try:
            reading, page = read_notice(
                self._path,
                progress=lambda fraction, _step: signals.progress.emit(fraction),
                cancelled=self._stop.is_set,
            )
            image = _to_qimage(page)
        except ReadCancelled:
            return
        except (NoticeUnreadable, EngineMissing) as err:
            with suppress(RuntimeError):
                signals.failed.emit(str(err))
            return
        except Exception as err:  # a sentence, never a traceback; the case is untouched
            with suppress(RuntimeError):
                signals.failed.emit(f"!{type(err).__name__}")
            return
        with suppress(RuntimeError):  # the dialog closed meanwhile
            signals.done.emit(reading, image)


def _to_qimage(page: Image.Image) -> QImage:
    gray = page.convert("L")
    data = gray.tobytes()
    image = QImage(data, gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8)
    return image.copy()  # owns its pixels: `data` goes away with this function


@dataclass
class NoticeChoice:
    """What the person confirmed: field -> value (as stored), and keep the file?"""

    values: dict[str, str]
    keep_file: bool
    path: Path


class NoticeDialog(QDialog):
    """Read `path` off the GUI thread, then show the values for checking."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_dialog")
        self.path = path
        self.reading: NoticeReading | None = None
        self._page = QImage()
        self._stop = threading.Event()
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._read)
        self._signals.failed.connect(self._failed)
        self.edits: dict[str, QLineEdit] = {}
        self.marks: dict[str, QLabel] = {}

        self.status = paragraph()
        self.status.setObjectName("notice:status")
        self.progress = QProgressBar()
        self.progress.setObjectName("notice:progress")
        self.progress.setRange(0, 100)
        self.picture = QLabel()
        self.picture.setObjectName("notice:picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(False)
        scroll.setMinimumWidth(520)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in SHOWN:
            edit = QLineEdit()
            edit.setObjectName(f"notice.{name}")
            edit.setEnabled(False)
            edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            edit.installEventFilter(self)
            mark = QLabel()
            mark.setObjectName(f"notice.{name}:mark")
            mark.setTextFormat(Qt.TextFormat.RichText)
            mark.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(mark)
            label = QLabel()
            label.setBuddy(edit)
            self.labels[name] = label
            self.form.addRow(label, column)
            self.edits[name] = edit
            self.marks[name] = mark
        self.check_hint = paragraph()
        self.keep = QCheckBox()
        self.keep.setObjectName("notice:keep")
        self.keep.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.use_button = QPushButton()
        self.use_button.setObjectName("notice:use")
        self.use_button.setEnabled(False)
        self.use_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("notice:cancel")
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.check_hint)
        right.addStretch(1)
        right.addWidget(self.keep)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)
        self._focused: str | None = None
        self.retranslate()
        QThreadPool.globalInstance().start(_ReadJob(path, self._signals, self._stop))

    # --- reading ----------------------------------------------------------------------
    def is_reading(self) -> bool:
        return self.reading is None and self.progress.isVisible()

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _failed(self, message: str) -> None:
        self.progress.hide()
        if message.startswith("!"):
            message = self.tr(
                "Something unexpected went wrong while reading the notice ({kind}). Nothing "
                "was changed; type the values from the notice instead."
            ).format(kind=message[1:])
        self.status.setText(message)
        self.cancel_button.setFocus()

    def _read(self, reading: NoticeReading, page: QImage) -> None:
        self.reading = reading
        self._page = page
        self.progress.hide()
        for name, edit in self.edits.items():
            found = reading.values.get(name)
            edit.setEnabled(True)
            edit.setText(self._shown(name, found.value) if found else "")
            self._show_doubt(name, found)
        found_any = bool(reading.values)
        self.use_button.setEnabled(found_any)
        self.retranslate()
        self._draw()
        first = next((n for n in SHOWN if n in reading.values and reading.values[n].doubtful), None)
        self.edits[first or "receipt_number"].setFocus()

    def _shown(self, name: str, value: str) -> str:
        from ombud_desktop.core.dates import format_date

        if name.endswith("_date"):
            return format_date(value)
        if name == "notice_type":
            return self._notice_type_text(value)
        return value

    def _show_doubt(self, name: str, found: FoundValue | None) -> None:
        mark = self.marks[name]
        edit = self.edits[name]
        doubtful = found is not None and found.low_confidence
        edit.setProperty("doubtful", doubtful)
        edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {DOUBT_COLOUR}; }}" if doubtful else "")
        if not doubtful or found is None:
            mark.hide()
            edit.setAccessibleDescription("")
            return
        text = self._shown(name, found.value)
        # Dates are shown mm/dd/yyyy, not as stored: a doubt there covers the whole date.
        marked = set(found.doubtful) if text == found.value else set(range(len(text)))
        shown = "".join(
            f'<u><b style="color:{DOUBT_COLOUR}">{html.escape(char)}</b></u>'
            if index in marked
            else html.escape(char)
            for index, char in enumerate(text)
        )
        mark.setText(self.tr("Check on the notice: %1").replace("%1", shown))
        mark.show()
        edit.setAccessibleDescription(
            self.tr("The reader is not sure of this value: compare it with the notice.")
        )

    def _edited(self, name: str) -> None:
        """A corrected value is the person's: its doubt marks no longer apply."""
        self.marks[name].hide()
        self.edits[name].setStyleSheet("")
        self.edits[name].setProperty("doubtful", False)

    # --- the picture ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._focused = next((n for n, e in self.edits.items() if e is watched), None)
            self._draw()
        return super().eventFilter(watched, event)

    def _draw(self) -> None:
        if self._page.isNull() or self.reading is None:
            return
        scale = 520 / self._page.width()
        canvas = QPixmap.fromImage(self._page).scaledToWidth(
            520, Qt.TransformationMode.SmoothTransformation
        )
        painter = QPainter(canvas)
        for name, found in self.reading.values.items():
            if name not in self.edits:
                continue
            box = found.box
            rect = QRect(
                round(box.left * scale) - 3,
                round(box.top * scale) - 3,
                round((box.right - box.left) * scale) + 6,
                round((box.bottom - box.top) * scale) + 6,
            )
            colour = QColor(DOUBT_COLOUR) if found.doubtful else REGION_COLOUR
            painter.setPen(QPen(colour, 3 if name == self._focused else 1.5))
            fill = QColor(colour)
            fill.setAlpha(70 if name == self._focused else 25)
            painter.fillRect(rect, fill)
            painter.drawRect(rect)
        painter.end()
        self.picture.setPixmap(canvas)
        self.picture.resize(canvas.size())

    # --- the result -------------------------------------------------------------------
    def choice(self) -> NoticeChoice:
        """The values as the person left them, normalised as typed input is."""
        from ombud_desktop.core.normalise import (
            normalise_a_number,
            normalise_date,
            normalise_form_number,
            normalise_receipt_number,
        )

        normalisers = {
            "receipt_number": normalise_receipt_number,
            "receipt_date": normalise_date,
            "notice_date": normalise_date,
            "priority_date": normalise_date,
            "form_number": normalise_form_number,
            "a_number": normalise_a_number,
        }
        values = {}
        for name, normalise in normalisers.items():
            text = self.edits[name].text().strip()
            if text:
                values[name] = normalise(text) or text  # kept as typed: validation explains
        return NoticeChoice(values, self.keep.isChecked(), self.path)

    def reject(self) -> None:
        self._stop.set()  # the pool thread stops at its next step
        super().reject()

    # --- texts ------------------------------------------------------------------------
    def _notice_type_text(self, value: str) -> str:
        return {
            "receipt": self.tr("Receipt notice"),
            "transfer": self.tr("Transfer notice"),
            "biometrics": self.tr("Biometrics appointment"),
            "request_for_evidence": self.tr("Request for evidence"),
            "approval": self.tr("Approval notice"),
        }.get(value, value)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Read a USCIS notice"))
        names = {
            "receipt_number": self.tr("Receipt number"),
            "receipt_date": self.tr("Received date"),
            "notice_date": self.tr("Notice date"),
            "form_number": self.tr("Form number (case type)"),
            "notice_type": self.tr("Notice type"),
            "priority_date": self.tr("Priority date"),
            "a_number": self.tr("A-Number"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
            self.edits[name].setAccessibleName(names[name])
        self.edits["notice_type"].setReadOnly(True)
        if self.reading is None:
            self.status.setText(
                self.tr("Reading %1 on this computer…").replace("%1", self.path.name)
            )
        elif not self.reading.values:
            self.status.setText(
                self.tr(
                    "No values were found in this picture. Try a sharper photo of the whole "
                    "page in good light, or type the values from the notice."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Check each value against the notice and correct it if needed. Nothing is "
                    "filled in until you choose “Use these”."
                )
            )
        self.check_hint.setText(
            self.tr(
                "Characters in red may be misread. The highlighted areas show where each "
                "value was read."
            )
            + "\n\n"
            + self.tr(
                "“Use these” fills in the form number, receipt number and received date of "
                "an application. The other values are shown for you to compare."
            )
        )
        self.keep.setText(self.tr("Keep the notice with this case as a document (encrypted)"))
        self.use_button.setText(self.tr("Use these"))
        self.cancel_button.setText(self.tr("Cancel"))


FILLED = ("form_number", "receipt_number", "receipt_date")  # the filing fields a notice gives


def apply_to_case(session: CaseSession, choice: NoticeChoice) -> int:
    """Put the confirmed values into a filing row and return its index: the row that
    already has this receipt number, else the first empty row, else a new one."""
    filings = [as_object(item) for item in session.case.items("filings")]
    receipt = choice.values.get("receipt_number")
    row = next(
        (i for i, item in enumerate(filings) if receipt and item.get("receipt_number") == receipt),
        None,
    )
    if row is None:
        row = next(
            (i for i, item in enumerate(filings) if not any(item.get(f) for f in FILLED)),
            len(filings),
        )
    for name in FILLED:
        if name in choice.values:
            session.set(f"filings.{row}.{name}", choice.values[name])
    return row


def open_notice_dialog(
    parent: QWidget, on_use: Callable[[NoticeChoice], object]
) -> NoticeDialog | None:
    """Ask for the file, then open the dialog (window-modal, not blocking the event
    loop); `on_use(choice)` runs after "Use these"."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("NoticeDialog", "Choose a photo, scan or PDF of the notice"),
        str(Path.home()),
        QCoreApplication.translate(
            "NoticeDialog",
            "Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)",
        ),
    )
    if not path:
        return None
    return show_notice_dialog(parent, Path(path), on_use)


def show_notice_dialog(
    parent: QWidget, path: Path, on_use: Callable[[NoticeChoice], object]
) -> NoticeDialog:
    dialog = NoticeDialog(path, parent)
    dialog.accepted.connect(lambda: on_use(dialog.choice()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
