"""Edition A item 5: every application or petition pending with USCIS (a list editor)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.json_types import JsonValue, as_object
from ombud_desktop.core.spec_types import Field, Kind
from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.pages.base import SectionPage, describe, paragraph
from ombud_desktop.ui.texts import spec_text
from ombud_desktop.ui.widgets.blocks import retire_row
from ombud_desktop.ui.widgets.flow_layout import FlowLayout
from ombud_desktop.ui.widgets.processing_view import ProcessingTimeView
from ombud_desktop.ui.widgets.receipt_list import FilingBox, split_receipt_numbers

if TYPE_CHECKING:  # the notice reader loads when a notice is read (~5 ms of opening a case)
    from ombud_desktop.ui.notice_dialog import NoticeChoice


class FilingsPage(SectionPage):
    section_id = "filings"

    def page_fields(self) -> list[Field]:
        return []  # the list editor below makes one set of fields per filing

    def build_bottom(self) -> None:
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.rows_widget)
        self.add_button = QPushButton()
        self.add_button.setObjectName("filings:add")
        self.add_button.clicked.connect(self.add_row)
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("filings:read_notice")
        self.notice_button.clicked.connect(self.read_notice)
        buttons = FlowLayout()  # wraps at 200% text instead of widening the page
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.notice_button)
        self.layout_.addLayout(buttons)
        self.paste_hint = paragraph()
        self.layout_.addWidget(self.paste_hint)
        # Shown as soon as the receipt date is typed here (its facts live on this step).
        self.processing_view = ProcessingTimeView(self.session, explain_missing=False)
        self.layout_.addWidget(self.processing_view)
        # A removed filing can be put back: Tab from its last box lands on "Remove" and a
        # Space meant for something else must not lose what was typed.
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = paragraph()
        self.undo_label.setObjectName("filings:removed")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("filings:undo")
        self.undo_button.clicked.connect(self.undo_remove)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.layout_.insertWidget(self.layout_.indexOf(self.rows_widget), self.undo_bar)
        self._removed: tuple[int, JsonValue] | None = None
        self.boxes: list[FilingBox] = []
        self._rebuild()

    def _count(self) -> int:
        return max(1, len(self.session.case.items("filings")))

    def _rebuild(self) -> None:
        for box in self.boxes:
            for editor in box.editors:
                self.editors.pop(editor.path, None)
            retire_row(box, self.rows_layout)
        self.boxes = []
        for index in range(self._count()):
            box = FilingBox(self.section, index)
            box.remove_requested.connect(self.remove_row)
            box.remove_button.setEnabled(self._count() > 1)
            for editor in box.editors:
                editor.set_value(self.session.get(editor.path))
                editor.changed.connect(self._editor_changed)
                self.editors[editor.path] = editor
            self.rows_layout.addWidget(box)
            box.show()  # at once, not after the next event loop turn: focus may go there
            self.boxes.append(box)
        self.rows_changed.emit()
        self.refresh_visibility()
        self.refresh_findings()

    def add_row(self) -> None:
        index = len(self.session.case.items("filings"))
        if index == 0:
            index = 1  # the first row is always shown, answered or not
        self.session.set(f"filings.{index}", {})
        self._rebuild()
        self.focus_field(f"filings.{index}.form_number")

    def read_notice(self) -> None:
        """Fill a row from a photo, scan or PDF of a receipt notice, after checking."""
        from ombud_desktop.ui.notice_dialog import open_notice_dialog

        open_notice_dialog(self, self.use_notice)

    def use_notice(self, choice: NoticeChoice) -> None:
        from ombud_desktop.ui.notice_dialog import apply_to_case

        row = apply_to_case(self.session, choice)
        self._rebuild()
        self.focus_field(f"filings.{row}.receipt_number")
        if choice.keep_file:
            # Through the documents step's own encrypted import queue, as "received
            # from USCIS".
            from ombud_desktop.ui.pages.documents import DocumentsPage

            wizard = getattr(self.window(), "wizard", None)
            documents = wizard.page("documents") if wizard is not None else None
            if isinstance(documents, DocumentsPage):
                documents.add_files([choice.path], category="received_from_uscis")

    def remove_row(self, index: int) -> None:
        items = self.session.case.items("filings")
        removed = copy.deepcopy(items[index]) if index < len(items) else None
        self.session.set(f"filings.{index}", None)
        self._removed = (index, removed) if removed else None
        self._rebuild()
        self._show_undo()
        if self._removed is not None:
            text = self.undo_label.text()
            announce(self.undo_label, text)
        last = min(index, self._count() - 1)
        self.focus_field(f"filings.{last}.form_number")

    def undo_remove(self) -> None:
        """Put the last removed filing back where it was, with all its answers."""
        if self._removed is None:
            return
        index, item = self._removed
        self._removed = None
        items = [copy.deepcopy(i) for i in self.session.case.items("filings")]
        items.insert(min(index, len(items)), item)
        self.session.set("filings", items)
        self._rebuild()
        self._show_undo()
        self.focus_field(f"filings.{index}.form_number")

    def _show_undo(self) -> None:
        if self._removed is None:
            self.undo_bar.hide()
            return
        index, item = self._removed
        label = spec_text(self.section.item_label)
        number = str(as_object(item).get("receipt_number") or "")
        self.undo_label.setText(
            self.tr("%1 %2 was removed (%3).").replace("%1", label)
            .replace("%2", str(index + 1)).replace("%3", number or self.tr("no receipt number"))
        )  # fmt: skip
        self.undo_bar.show()

    def after_change(self, path: str) -> None:
        self.processing_view.refresh()
        editor = self.editors.get(path)
        if editor is None or editor.field.kind != Kind.RECEIPT_NUMBER:
            return
        assert isinstance(editor.input, QLineEdit)
        numbers = split_receipt_numbers(editor.input.text())
        if len(numbers) < 2:
            return
        # Several receipt numbers pasted at once: one row each, after this one.
        index = int(path.split(".")[1])
        tail = self.session.case.items("filings")[index + 1 :]
        self.session.set(path, numbers[0])
        for offset, number in enumerate(numbers[1:], start=1):
            self.session.set(f"filings.{index + offset}", {"receipt_number": number})
        for offset, item in enumerate(tail, start=len(numbers)):
            self.session.set(f"filings.{index + offset}", item)
        self._rebuild()
        self.focus_field(f"filings.{index + len(numbers) - 1}.receipt_number")

    def on_enter(self) -> None:
        self.ensure_built()
        self._removed = None  # undo is offered on the spot, not steps later
        self._show_undo()
        if len(self.boxes) != self._count():
            self._rebuild()
        super().on_enter()
        self.processing_view.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        describe(
            self.undo_button,
            self.tr("&Undo"),
            self.tr("Puts the removed application back, with its answers."),
        )
        self._show_undo()
        describe(
            self.add_button,
            self.tr("&Add another application or petition"),
            self.tr("Adds an empty row for one more form you filed with USCIS."),
        )
        describe(
            self.notice_button,
            self.tr("Read a USCIS notice…"),
            self.tr(
                "Reads the receipt number, received date and form number from a photo, scan "
                "or PDF of a USCIS notice, on this computer. You check them before they are "
                "used."
            ),
        )
        self.paste_hint.setText(
            self.tr(
                "Tip: you can paste several receipt numbers into one box at once; each gets "
                "its own row. Spaces and dashes are removed for you."
            )
        )
        for box in getattr(self, "boxes", []):
            box.retranslate()
