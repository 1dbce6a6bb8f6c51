"""The main window: first run or unlock, then Home and the wizard; Quick exit and the idle
lock hide every case at once (the open case is saved first, and reopened on unlock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop import APP_NAME
from ombud_desktop.errors import UserFacingError
from ombud_desktop.startup import AppContext
from ombud_desktop.ui.application import ombud_app
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.qt_keys import set_keys
from ombud_desktop.ui.widgets.blocks import top_aligned
from ombud_desktop.ui.widgets.org_header import OrgHeader

if TYPE_CHECKING:  # the screens after the first are loaded when first shown
    from ombud_desktop.ui.first_run import FirstRunScreen
    from ombud_desktop.ui.home import HomeScreen
    from ombud_desktop.ui.keyring_probe import KeyringProbe
    from ombud_desktop.ui.lazy_vault import LazyVault
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.ui.unlock_screen import UnlockScreen
    from ombud_desktop.ui.wizard import WizardView
    from ombud_desktop.vault import Vault

QUICK_EXIT_KEYS = "Ctrl+Shift+Q"


class MainWindow(QMainWindow):
    def __init__(
        self,
        vault: LazyVault,
        open_case_id: str | None = None,
        context: AppContext | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context = context or AppContext()
        org_name = self.context.org.name
        self.setWindowTitle(f"{APP_NAME} – {org_name}" if org_name else APP_NAME)
        # Built when first used (unlocking): the first screen needs only its door.
        self.lazy_vault = vault
        self.painted = False  # once shown on screen (bench_gui_startup.py checks it)
        self.keyring_probe: KeyringProbe | None = None  # made with the first-run screen
        self.wizard: WizardView | None = None
        self._resume_case: str | None = open_case_id
        self.stack = QStackedWidget()
        self.quick_exit = QPushButton()
        self.quick_exit.setObjectName("quick_exit")
        self.quick_exit.setStyleSheet(
            "QPushButton#quick_exit { background: #b71c1c; color: white; font-weight: bold;"
            " padding: 4px 14px; }"
            # Off while the window is locked: grey, not a red button that seems to work.
            "QPushButton#quick_exit:disabled { background: #e0e0e0; color: #595959;"
            " border: 2px dashed #6b6b6b; }"
        )
        self.quick_exit.clicked.connect(self.quick_exit_now)
        # Never the default button nor the focus a screen opens on: a Space or Enter meant
        # for a field must not hide the app. Tab still reaches it; so does its shortcut.
        self.quick_exit.setAutoDefault(False)
        self.quick_exit.setDefault(False)
        set_keys(self.quick_exit, "focusPolicy", "TabFocus")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.org_header = OrgHeader(self.context.org)
        notes = QVBoxLayout()  # the organization's strip, then the vault's busy note
        notes.addWidget(self.org_header)
        notes.addWidget(self.banner)
        top = QHBoxLayout()
        top.addLayout(notes, 1)
        top.addLayout(top_aligned(self.quick_exit))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(top)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        shortcut = QShortcut(QKeySequence(QUICK_EXIT_KEYS), self, self.quick_exit_now)
        set_keys(shortcut, "context", "ApplicationShortcut")

        self.first_run: FirstRunScreen | None = None  # made only when there is no vault
        # Made when first shown: not at all when a passphrase file or the keyring opens
        # the vault at start, nor on the first-run screen.
        self._unlock_screen: UnlockScreen | None = None
        self._home: HomeScreen | None = None  # made when first shown (after unlocking)
        app = ombud_app()
        if app is not None:
            app.idle_watcher.idle.connect(self.lock)
        problem = vault.busy_problem
        self.banner.setText(error_text(problem) if problem is not None else "")
        self.banner.setVisible(problem is not None)  # no empty band above the page
        self.retranslate()
        self.resize(1000, 760)

    @property
    def vault(self) -> Vault:
        """The vault, built the first time it is needed (ui/lazy_vault.py)."""
        return self.lazy_vault.vault()

    @property
    def unlock_screen(self) -> UnlockScreen:
        """The unlock screen, built the first time it is needed."""
        if self._unlock_screen is None:
            from ombud_desktop.ui.unlock_screen import UnlockScreen

            self._unlock_screen = UnlockScreen(self.lazy_vault)
            self._unlock_screen.unlocked.connect(self._unlocked)
            self.stack.addWidget(self._unlock_screen)
        return self._unlock_screen

    @property
    def home(self) -> HomeScreen:
        """The case list. Built the first time it is needed: the first screen (unlock or
        first run) starts without loading what only later screens use."""
        if self._home is None:
            from ombud_desktop.ui.home import HomeScreen

            self._home = HomeScreen(self.vault)
            self._home.open_requested.connect(self.open_case)
            self._home.settings_requested.connect(self.edit_settings)
            self.stack.addWidget(self._home)
        return self._home

    # --- start ------------------------------------------------------------------------
    def start(self, passphrase: str | None = None) -> None:
        """First run, or unlock (passphrase given, keyring, or ask), then Home or --open."""
        if not self.lazy_vault.exists:
            from ombud_desktop.ui.first_run import FirstRunScreen
            from ombud_desktop.ui.keyring_probe import KeyringProbe

            self.first_run = FirstRunScreen(self.lazy_vault, keyring_available=None)
            self.first_run.done.connect(self._unlocked)
            # asked once the screen is painted; no parent: the window closing must not
            # delete it under its thread (which holds it until it has answered)
            self.keyring_probe = KeyringProbe()
            self.keyring_probe.answered.connect(self.first_run.keyring_found)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.focus_first()
            return
        methods = self.lazy_vault.unlock_methods
        try:
            if passphrase is not None:
                self.vault.unlock(passphrase)
            elif "keyring" in methods:
                self.vault.unlock()
        except UserFacingError as err:
            self._show_unlock(locked=False)
            self.unlock_screen.show_error(err)
            return
        if self.lazy_vault.is_unlocked:
            self._unlocked()
        else:
            self._show_unlock(locked=False)

    def _show_unlock(self, locked: bool) -> None:
        self.unlock_screen.prepare(locked)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.quick_exit.setEnabled(False)

    def _unlocked(self) -> None:
        self.quick_exit.setEnabled(True)
        case_id, self._resume_case = self._resume_case, None
        if case_id:
            self.open_case(case_id)
        else:
            self.show_home()
        app = ombud_app()
        if app is not None:  # once the screen is built: its thousands of events (no input
            app.idle_watcher.watch()  # among them) would each call the Python filter

    # --- cases ------------------------------------------------------------------------
    def show_home(self) -> None:
        self._close_case()
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()

    def open_case(self, case_id: str) -> None:
        self._close_case()
        try:
            record = self.vault.load_case(case_id)
        except UserFacingError as err:
            self.home.refresh()
            self.stack.setCurrentWidget(self.home)
            self.home.message.setText(error_text(err))
            return
        from ombud_desktop.ui.session import CaseSession
        from ombud_desktop.ui.wizard import WizardView

        session = CaseSession(self.vault, record)
        if not record.answers.get("submitter") and not record.ui_state:
            self._offer_profile(session)
        self.wizard = WizardView(session)
        self.wizard.home_requested.connect(self.show_home)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self.wizard.resume()

    def _offer_profile(self, session: CaseSession) -> None:
        """A new case starts with the saved submitter profile, when there is one."""
        profile = self.vault.load_profile()
        if profile:
            session.set("submitter", profile)

    def _close_case(self) -> None:
        """Save and drop the open case's widgets (nothing of it stays on screen)."""
        if self.wizard is None:
            return
        wizard, self.wizard = self.wizard, None
        wizard.shutdown()
        self.stack.removeWidget(wizard)
        wizard.deleteLater()

    # --- locking ----------------------------------------------------------------------
    def lock(self) -> None:
        """Save, forget the keys, hide every case; unlocking returns to the same spot."""
        if self._unlock_screen is not None and self.stack.currentWidget() is self._unlock_screen:
            if self.lazy_vault.is_unlocked:  # opened by the recovery key, no new passphrase
                self.lazy_vault.lock()
                self._show_unlock(locked=True)
            return
        if self.first_run is not None and (self.stack.currentWidget() is self.first_run):
            return
        if self.wizard is not None:
            self._resume_case = self.wizard.session.case_id
        self._close_case()
        if self._home is not None:
            self._home.table.setRowCount(0)
        self.lazy_vault.lock()
        app = ombud_app()
        if app is not None:
            app.idle_watcher.pause()
        self._show_unlock(locked=True)

    def quick_exit_now(self) -> None:
        """Quick exit: lock at once and get the window out of sight."""
        self.lock()
        self.showMinimized()

    def is_locked(self) -> bool:
        current = self.stack.currentWidget()
        return self._unlock_screen is not None and current is self._unlock_screen

    # --- settings ---------------------------------------------------------------------
    def edit_settings(self) -> None:
        from ombud_desktop.ui.settings_dialog import edit_settings

        app = ombud_app()
        if app is not None and edit_settings(app, self.vault, self):
            self.home.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:  # the first screen is on screen: load what unlocking needs
            self.painted = True
            QTimer.singleShot(0, self.lazy_vault.warm_up)
            if self.keyring_probe is not None:  # the first-run screen's keyring choice
                QTimer.singleShot(0, self.keyring_probe.start)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Focus set while the window was hidden is not kept: give it again once shown.
        current = self.stack.currentWidget()
        if self.first_run is not None and current is self.first_run:
            self.first_run.focus_first()
        elif self._home is not None and current is self._home:
            self._home.table.setFocus()
        elif self._unlock_screen is not None and current is self._unlock_screen:
            self._unlock_screen.focus_first()  # keeps a message said before it was shown
        elif self.wizard is not None and current is self.wizard:
            state = self.wizard.session.ui_state
            self.wizard.go_to(str(state.get("page", "welcome")), state.get("field"))

    # --- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None and not self.wizard.session.flush():
            from PySide6.QtWidgets import QMessageBox  # its Qt type: made when first needed

            answer = QMessageBox.warning(
                self,
                self.tr("Your last changes are not saved"),
                self.tr(
                    "Ombud Desktop could not save your last changes (see the message at the "
                    "bottom of the window). If you close now, they are lost. Close anyway?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self._close_case()  # saves everything typed
        self.lazy_vault.close()
        app = ombud_app()
        if app is not None:  # the vault is closed: nothing left to lock
            app.idle_watcher.pause()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.quick_exit.setText(self.tr("Quick exit"))
        self.quick_exit.setToolTip(
            self.tr("Hides everything at once. Shortcut: %1").replace("%1", QUICK_EXIT_KEYS)
        )
        self.quick_exit.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit.setAccessibleDescription(
            self.tr("Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.")
        )

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
