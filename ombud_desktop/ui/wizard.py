"""The wizard: a step list, the current page (scrollable), Back / Next and the save state.

Not a QWizard: pages come and go with the answers (the beneficiary page only when it is
relevant), the person may jump back to any visited step, and Next explains what is
missing instead of silently staying grey.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.focus_ring import mark_ring_host
from ombud_desktop.ui.pages.base import WizardPage, chain_tab_order, describe, layout_focus_chain
from ombud_desktop.ui.session import CaseSession
from ombud_desktop.ui.texts import finding_text
from ombud_desktop.ui.warm_up import warm_up_after_paint


class WizardView(QWidget):
    page_changed = Signal(str)
    home_requested = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ombud_desktop.ui.pages.registry import build_pages

        self.setObjectName("wizard")
        # The wizard owns its session and every page, placed or not: deleting it (leaving
        # or locking the case) deletes them, and with them the decrypted answers. Unowned,
        # each closed case stayed in memory for good, held by its signal connections.
        session.setParent(self)
        self.session = session
        self.pages: list[WizardPage] = build_pages(session)
        for page in self.pages:
            self._adopt(page)
        self.steps = QListWidget()
        self.steps.setObjectName("wizard_steps")
        self.steps.setMaximumWidth(260)
        # One line per step, cut with "…" when it does not fit (the whole title shows on
        # hover and is what a screen reader says): at 200% text wrapped titles took three
        # lines each and the list no longer showed where the person was.
        self.steps.setWordWrap(False)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.itemActivated.connect(self._step_activated)
        self.steps.itemClicked.connect(self._step_activated)
        self.stack = QStackedWidget()
        self._scrolls: dict[int, QScrollArea] = {}  # page index -> its scroll area
        self.status = QLabel()
        self.status.setObjectName("wizard_status")
        self.status.setWordWrap(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_indicator")
        self.home_button = QPushButton()
        self.home_button.setObjectName("wizard_home")
        self.home_button.clicked.connect(self.home_requested)
        self.back_button = QPushButton()
        self.back_button.setObjectName("wizard_back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizard_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)

        bar = QHBoxLayout()
        bar.addWidget(self.home_button)
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.status)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)

        QShortcut(QKeySequence("Alt+Right"), self, self.next)
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        self._save_state = ""  # "saving", "saved" or "failed": shown again after a switch
        session.saving.connect(lambda: self._show_save_state("saving"))
        session.saved.connect(lambda: self._show_save_state("saved"))
        session.save_failed.connect(self._save_failed)
        session.answer_changed.connect(self._answers_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._current = -1
        self._relevant_ids = {p.page_id for p in self.pages if p.is_relevant()}
        self.retranslate()
        self.resume()
        # The later steps' first visits load QtPdf and the export: ahead, once painted.
        warm_up_after_paint(self)

    # --- navigation -------------------------------------------------------------------
    def current_page(self) -> WizardPage:
        return self.pages[self._current]

    def page(self, page_id: str) -> WizardPage | None:
        return next((p for p in self.pages if p.page_id == page_id), None)

    def relevant_pages(self) -> list[WizardPage]:
        return [p for p in self.pages if p.is_relevant()]

    def resume(self) -> None:
        state = self.session.ui_state
        page = self.page(str(state.get("page", ""))) or self.pages[0]
        self.go_to(page.page_id, state.get("field"))

    def go_to(self, page_id: str, field_id: str | None = None) -> None:
        page = self.page(page_id)
        if page is None:
            return
        page = self._made(page)
        if 0 <= self._current < len(self.pages) and self.pages[self._current] is not page:
            self.current_page().show_all_findings()  # leaving: untouched blanks now show
        self._current = self.pages.index(page)
        page.on_enter()  # builds the page on its first visit, before it is shown
        scroll = self._scroll(self._current)
        if scroll.widget() is None:  # placed on first visit: start-up lays out one page
            scroll.setWidget(page)
            mark_ring_host(page)
            page.show()  # a widget added to a visible scroll area is not shown by itself
        focus = QApplication.focusWidget()
        if focus is not None and self.stack.isAncestorOf(focus):
            # Hiding the focused field would send focus to the next widget in the chain
            # (Home) first, and a screen reader would say it before the new page.
            focus.clearFocus()
        self.stack.setCurrentWidget(scroll)
        self._chain_focus()
        self._refresh_steps()
        self._refresh_buttons()
        self.status.clear()
        if not page.focus_field(field_id):
            first = page.first_focus()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                field_id = first.objectName() if first.objectName() in page.field_ids() else None
        if field_id:
            target = page.findChild(QWidget, field_id)
            if target is not None:
                self._scrolls[self._current].ensureWidgetVisible(target)
        self.session.set_position(page.page_id, field_id)
        announce(page.title_label, page.announcement())
        self.page_changed.emit(page.page_id)

    def _adopt(self, page: WizardPage) -> None:
        page.setParent(self)
        page.hide()  # until its first visit places it in its scroll area (explicitly: a
        # child not hidden by hand shows with its parent)
        page.jump_requested.connect(self.go_to)
        page.rows_changed.connect(self._chain_focus)

    def _made(self, page: WizardPage) -> WizardPage:
        """`page`, or for a stand-in the page it stands for, made now in its place."""
        from ombud_desktop.ui.pages.registry import PendingPage

        if not isinstance(page, PendingPage):
            return page
        made = page.make()
        self.pages[self.pages.index(page)] = made
        self._adopt(made)
        page.deleteLater()
        return made

    def _scroll(self, index: int) -> QScrollArea:
        """The scroll area of page `index`, made on the page's first visit (start-up
        made 18 of them, each styled and laid out, to show one)."""
        if index not in self._scrolls:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(scroll)
            self._scrolls[index] = scroll
        return self._scrolls[index]

    def _neighbour(self, step: int) -> WizardPage | None:
        relevant = self.relevant_pages()
        current = self.current_page()
        if current not in relevant:  # became irrelevant while on it: use page order
            later = [p for p in relevant if self.pages.index(p) > self._current]
            earlier = [p for p in relevant if self.pages.index(p) < self._current]
            return (later[0] if later else None) if step > 0 else (earlier[-1] if earlier else None)
        index = relevant.index(current) + step
        return relevant[index] if 0 <= index < len(relevant) else None

    def next(self) -> None:
        page = self.current_page()
        self.session.revalidate()  # the debounced check may not have run yet
        blocking = page.blocking_findings()
        if blocking:
            page.show_all_findings()
            first = blocking[0]
            page.focus_field(first.field)
            message = self.tr("Please answer this before going on: %1").replace(
                "%1", finding_text(first)
            )
            self.status.setText(message)
            announce(self.status, message)
            return
        target = self._neighbour(+1)
        if target is not None:
            self.go_to(target.page_id)

    def back(self) -> None:
        target = self._neighbour(-1)
        if target is not None:
            self.go_to(target.page_id)

    def _step_activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        visited = self.session.ui_state.get("visited", [])
        if page_id in visited and self.page(page_id) in self.relevant_pages():
            self.go_to(page_id)
            return
        # The highlight stays on the page shown: the old page is still there.
        self._refresh_steps()
        page = self.page(page_id)
        if page is not None and not page.is_relevant():
            self.status.setText(self.tr("This step is not needed for this case."))
        else:
            message = self.tr("Use Next to reach this step; earlier steps come first.")
            self.status.setText(message)
            announce(self.status, message)

    # --- display ----------------------------------------------------------------------
    def _refresh_steps(self) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        visited = set(self.session.ui_state.get("visited", []))
        current = self.current_page()
        # Every step keeps its number: one that an answer makes needed (the beneficiary
        # after "I-130") is listed all along, marked "not needed" until then.
        for number, page in enumerate(self.pages, start=1):
            title = f"{number}. {page.title()}"
            if not page.is_relevant():
                title += " " + self.tr("(not needed)")
            item = QListWidgetItem(title)
            item.setToolTip(title)  # the whole title when the list cuts it short
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            if (page.page_id not in visited and page is not current) or not page.is_relevant():
                item.setForeground(self.palette().placeholderText())
            self.steps.addItem(item)
            if page is current:
                self.steps.setCurrentItem(item)
        self.steps.blockSignals(False)

    def _refresh_buttons(self) -> None:
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(+1) is not None)

    def _chain_focus(self) -> None:
        """Tab order = visual order: steps, the page top to bottom, then the buttons.
        Redone after each answer, as answers reveal fields and add rows."""
        if self._current < 0:
            return
        page = self.current_page()
        if not self.isAncestorOf(page):
            return  # not placed yet: go_to chains it once it is
        chain_tab_order(
            [self.steps, *layout_focus_chain(page), self.home_button, self.back_button,
             self.next_button]
        )  # fmt: skip

    def _answers_changed(self, _path: str) -> None:
        if self._current >= 0:
            self._chain_focus()
        # Relevance may change (beneficiary page): keep the step list honest, and say so.
        relevant = {p.page_id for p in self.relevant_pages()}
        if relevant != self._relevant_ids:
            added = [p for p in self.pages if p.page_id in relevant - self._relevant_ids]
            self._relevant_ids = relevant
            self._refresh_steps()
            self._refresh_buttons()
            if added:
                page = added[0]
                message = self.tr("Step %1, “%2”, is now needed because of your answer.")
                message = message.replace("%1", str(self.pages.index(page) + 1))
                message = message.replace("%2", page.title())
                self.status.setText(message)
                announce(self.status, message)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self._current < 0 or not self.isVisible():
            return
        page = self.current_page()
        name = new.objectName().split(":", 1)[0]
        if name in page.field_ids() and page.isAncestorOf(new):
            self.session.set_position(page.page_id, name)

    def _save_failed(self, message: str) -> None:
        self._save_state = "failed"
        self.saved_label.setText(message)

    def _show_save_state(self, state: str) -> None:
        self._save_state = state
        if state == "saving":
            self.saved_label.setText(self.tr("Saving…"))
        elif state == "saved":
            self.saved_label.setText(self.tr("Saved"))

    def retranslate(self) -> None:
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAccessibleDescription(
            self.tr(
                "The steps of the form. Press Enter on a step you have visited to go back to it."
            )
        )
        describe(
            self.home_button,
            self.tr("&Home"),
            self.tr("Back to the list of cases. Everything is saved."),
        )
        describe(
            self.back_button,
            self.tr("< &Back"),
            self.tr("The previous step. Nothing you typed is lost. Shortcut: Alt+Left."),
        )
        describe(
            self.next_button, self.tr("&Next >"), self.tr("The next step. Shortcut: Alt+Right.")
        )
        self._show_save_state(self._save_state)  # a failure's sentence stays as it came
        if self._current >= 0:
            self._refresh_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # switched at run time: new words
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._focus_changed)  # type: ignore[attr-defined]
        for page in self.pages:
            page.finish_work()
        self.session.close()
