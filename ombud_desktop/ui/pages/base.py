"""What every wizard page has, and the generic page built from one form-spec section.

A page's objectName is "page.<id>" (tests and screen-reader scripts find it). Section pages
create one editor per field of `core.formspec` (no field is listed again here); pages with
extras (the timeline picture, the screening explanation ...) subclass `SectionPage` and add
them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ombud_desktop.core import formspec, validation
from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.model import Case
from ombud_desktop.core.spec_types import Field, Section
from ombud_desktop.ui.accessibility import page_announcement
from ombud_desktop.ui.editor_choice import make_editor
from ombud_desktop.ui.field_widgets import FieldEditor
from ombud_desktop.ui.session import CaseSession
from ombud_desktop.ui.texts import finding_text, spec_text
from ombud_desktop.ui.widgets.blocks import (
    chain_tab_order,
    describe,
    heading,
    layout_focus_chain,
    mark_finding,
    notice_panel,
    paragraph,
)

__all__ = [  # the blocks every page uses, for pages that import them from here
    "chain_tab_order",
    "describe",
    "heading",
    "layout_focus_chain",
    "notice_panel",
    "paragraph",
]

if TYPE_CHECKING:
    from ombud_desktop.core.findings import Finding


def is_required_now(path: str, case: Case) -> bool:
    """Whether the form needs an answer at `path` with the answers as they are now (the
    page marks such fields "(required)")."""
    spec = formspec.field(path)
    item_prefix = ".".join(path.split(".")[:2]) if spec.in_list else ""
    return validation.is_required(spec, case.getter(item_prefix))


class WizardPage(QWidget):
    """Base of all pages. `page_id` names it; the wizard asks it about relevance and Next."""

    page_id = ""
    jump_requested = Signal(str, str)  # page id, field id (review page's edit links)
    rows_changed = Signal()  # widgets were added or removed: the tab order is redone

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"page.{self.page_id}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(8)
        self.title_label = heading(1)
        self.layout_.addWidget(self.title_label)

    # --- hooks ------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def is_relevant(self) -> bool:
        return True

    def field_ids(self) -> list[str]:
        """Concrete ids of the fields this page edits (findings are matched by them)."""
        return []

    def on_enter(self) -> None:
        """Called each time the page is shown: refresh from the session."""

    def finish_work(self) -> None:
        """Leaving the case, before its session closes: hand the writer what must not be
        lost (the documents step's file being checked). Most pages have nothing."""

    def owns_finding(self, field_id: str) -> bool:
        return field_id in self.field_ids()

    def blocking_findings(self) -> list[Finding]:
        """Errors that keep the person on this page when they press Next."""
        return [
            f
            for f in self.session.findings()
            if f.severity == "error" and self.owns_finding(f.field)
        ]

    def show_all_findings(self) -> None:
        """After a Next attempt or a revisit: show messages even for untouched fields."""

    def focus_field(self, field_id: str | None) -> bool:
        """Put keyboard focus on `field_id` (or the first input). True if found."""
        target = self.findChild(QWidget, field_id) if field_id else None
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def first_focus(self) -> QWidget | None:
        return None

    def intro_text(self) -> str:
        """The page's opening paragraph (its first sentence is said with the title when
        the page opens): its intro, else the first text shown below the title."""
        intro = getattr(self, "intro_label", None) or getattr(self, "intro", None)
        if isinstance(intro, QLabel) and not intro.isHidden() and intro.text().strip():
            return intro.text()
        for index in range(self.layout_.count()):
            item = self.layout_.itemAt(index)
            label = item.widget() if item is not None else None
            if (
                isinstance(label, QLabel)
                and label is not self.title_label
                and not label.isHidden()
                and label.text().strip()
            ):
                return label.text()
        return ""

    def announcement(self) -> str:
        """What a screen reader says when the page opens."""
        return page_announcement(self.title(), self.intro_text())

    def retranslate(self) -> None:
        self.title_label.setText(self.title())

    def changeEvent(self, event: QEvent) -> None:
        # A page not built yet gets its texts in the current language when it is built.
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", True):
            self.retranslate()
        super().changeEvent(event)


class SectionPage(WizardPage):
    """A page of editors for one section of the form spec."""

    section_id = ""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        self.page_id = self.page_id or self.section_id
        super().__init__(session, parent)
        self.section: Section = formspec.section(self.section_id)
        self.intro_label = paragraph()
        self.layout_.addWidget(self.intro_label)
        self.editors: dict[str, FieldEditor] = {}
        self.section_finding = paragraph()  # findings about the section as a whole
        mark_finding(self.section_finding, "finding_error")
        self.section_finding.hide()
        self.layout_.addWidget(self.section_finding)
        self._touched: set[str] = set()
        self._show_all = self.page_id in session.ui_state.get("shown_pages", [])
        self.built = False  # the editors are made on the first visit (fast start-up)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.build_top()
        for field in self.page_fields():
            self.add_editor(field)
        self.build_bottom()
        self.layout_.addStretch(1)
        self.session.findings_changed.connect(self.refresh_findings)
        self.retranslate()

    # --- building ---------------------------------------------------------------------
    def page_fields(self) -> list[Field]:
        return [f for f in self.section.fields if not f.managed]

    def build_top(self) -> None:
        """Subclasses add widgets above the fields here."""

    def build_bottom(self) -> None:
        """Subclasses add widgets below the fields here."""

    def add_editor(self, field: Field, path: str | None = None) -> FieldEditor:
        editor = make_editor(field, path)
        editor.set_value(self.session.get(editor.path))
        editor.changed.connect(self._editor_changed)
        self.editors[editor.path] = editor
        self.layout_.addWidget(editor)
        return editor

    def _editor_changed(self, path: str) -> None:
        self._touched.add(path)
        self.session.set(path, self.editors[path].value())
        self.refresh_visibility()
        self.after_change(path)

    def refresh_visibility(self) -> None:
        """A field needed only after an answer on this page ("you called USCIS" -> "when?")
        shows while that holds, or while it has an answer (nothing is ever hidden away)."""
        for path, editor in self.editors.items():
            box = editor.field.shown_with
            if box:  # belongs to a yes/no box: shown with it, the same way everywhere
                answered = not is_blank(self.session.get(path))
                editor.setVisible(self.session.get(box) is True or answered)
                continue
            rule = editor.field.required
            if isinstance(rule, bool) or not all(
                d.startswith(".") or formspec.section_of(d).id == self.section_id
                for d in rule.depends_on()
            ):
                continue  # only answers on this same page reveal a field
            shown = is_required_now(path, self.session.case) or not is_blank(self.session.get(path))
            editor.setVisible(shown)

    def after_change(self, path: str) -> None:
        """Subclasses react to an answer here (hints, pictures, showing fields)."""

    # --- wizard hooks -----------------------------------------------------------------
    def title(self) -> str:
        return spec_text(self.section.title)

    def field_ids(self) -> list[str]:
        return list(self.editors)

    def on_enter(self) -> None:
        self.ensure_built()
        for path, editor in self.editors.items():
            editor.set_value(self.session.get(path))
        self.refresh_visibility()
        self.refresh_findings()

    def show_all_findings(self) -> None:
        self._show_all = True
        shown = list(self.session.ui_state.get("shown_pages", []))
        if self.page_id not in shown:
            self.session.set_ui({"shown_pages": [*shown, self.page_id]})
        self.refresh_findings()

    def refresh_findings(self) -> None:
        by_field: dict[str, list[Finding]] = {}
        for finding in self.session.findings():
            by_field.setdefault(finding.field, []).append(finding)
        required = self._required_ids()
        for path, editor in self.editors.items():
            editor.set_required(path in required)
            visible = self._show_all or path in self._touched
            editor.show_findings(by_field.get(path, []) if visible else [])
        loose = [
            f
            for f in self.session.findings()
            if self.owns_finding(f.field) and f.field not in self.editors
        ]
        text = "\n".join(finding_text(f) for f in loose) if self._show_all else ""
        if text != self.section_finding.text():
            self.section_finding.setText(text)
            if text:
                QAccessible.updateAccessibility(
                    QAccessibleAnnouncementEvent(self.section_finding, text)
                )
        self.section_finding.setVisible(bool(text))

    def owns_finding(self, field_id: str) -> bool:
        head = field_id.split(".", 1)[0].removesuffix("[]")
        return field_id in self.editors or head == self.section_id

    def _required_ids(self) -> set[str]:
        return {p for p in self.editors if is_required_now(p, self.session.case)}

    def first_focus(self) -> QWidget | None:
        for editor in self.editors.values():
            return editor.focus_target()
        return None

    def focus_field(self, field_id: str | None) -> bool:
        editor = self.editors.get(field_id or "")
        if editor is not None:
            editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus_field(field_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro_label.setText(spec_text(self.section.intro))
        self.intro_label.setVisible(bool(self.section.intro))
        if self.built:
            self.refresh_findings()
