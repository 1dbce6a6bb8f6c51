#!/usr/bin/env python3
"""Walk every screen of the app and save one PNG each, to look at what people see.

Not part of CI. Run under a virtual X server from the repository root:

    xvfb-run -a -s "-screen 0 1280x1000x24" .venv/bin/python scripts/screenshot_tour.py OUT_DIR

Options: --lang CODE (e.g. es, ar, vi), --scale PERCENT (text size, e.g. 200),
--high-contrast (the Settings option), --answers FILE (answers JSON to fill the case
with; default tests/data/complete_ready.json).
Everything happens in a temporary data folder with fast test keys; nothing real is touched.
Shots: the first-run screen (as it opens, a weak passphrase, a suggested one, the recovery
key), the unlock screen and its recovery-key steps, the case list, every wizard page, the
PDF preview at a landscape photo and the page after it, the send step at 1024x768 before
and after making a package (the finish panel), an open country list and its type-to-find
list, pages with messages, the lock screen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMBUD_KDF_PROFILE", "test")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
PASSPHRASE = "harbor-quilt-ember-satin-oboe"  # strong enough for the vault's rule


def sample_document(folder: Path) -> Path:
    """A one-page PDF to attach (made with Qt, so the tour needs nothing else)."""
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    path = folder / "receipt-notice.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    painter = QPainter(writer)
    font = painter.font()
    font.setPointSize(24)
    painter.setFont(font)
    painter.drawText(400, 1200, "I-797C Notice of Action (sample)")
    painter.drawRect(300, 300, 8000, 10000)
    painter.end()
    return path


def landscape_photo(folder: Path) -> Path:
    """A phone photo of an ID card taken sideways: a landscape page among portrait ones."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    path = folder / "id-card.jpg"
    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8e4f0"))
    painter = QPainter(image)
    painter.setPen(QColor("#203040"))
    painter.drawRect(60, 60, 1480, 880)
    font = painter.font()
    font.setPointSize(60)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "ID CARD (sample)")
    painter.end()
    image.save(str(path), "JPG")
    return path


def prepare(data_dir: Path, answers: dict, scratch: Path) -> tuple[str, str]:
    """The vault (with a recovery key, returned) and the complete sample case."""
    from ombud_desktop.vault import Vault

    answers = {k: v for k, v in answers.items() if k != "documents"}
    vault = Vault(data_dir)
    key = vault.initialize(passphrase=PASSPHRASE, use_keyring=False, recovery_key=True)
    record = vault.create_case(answers)
    vault.add_attachment(record, landscape_photo(scratch), category="other", title="ID card")
    vault.add_attachment(
        record, sample_document(scratch), category="received_from_uscis", title="Receipt notice"
    )
    vault.save_profile({"role": "helper", "name": "Dana Volunteer", "organization": "Example Aid"})
    vault.create_case({"subject": {"first_name": "Nguyễn", "last_name": "Văn An"}})
    vault.close()
    return record.id, key or ""


def show_country_lists(window, shoot) -> None:
    """The country of birth's list open, then found by typing its first letters."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    wizard = window.wizard
    page = next(p for p in wizard.pages if "subject.country_of_birth" in p.field_ids())
    wizard.go_to(page.page_id, "subject.country_of_birth")
    combo = page.findChild(QComboBox, "subject.country_of_birth")
    combo.setFocus()
    combo.showPopup()
    shoot("country-list", whole_screen=True)
    combo.hidePopup()
    combo.setEditText("")
    QTest.keyClicks(combo.lineEdit(), "ma")
    shoot("country-typed", whole_screen=True)
    combo.completer().popup().hide()
    wizard.session.flush()


def show_landscape_preview(window, shoot) -> None:
    """The PDF preview at the landscape photo and at the portrait page after it."""
    wizard = window.wizard
    wizard.go_to("preview")
    page = wizard.current_page()
    wait_for_pdf(page)
    preview = page.panel.preview
    sizes = [preview.document.pagePointSize(n) for n in range(preview.page_count())]
    wide = next((n for n, size in enumerate(sizes) if size.width() > size.height()), None)
    if wide is None:
        print("no landscape page in the preview")
        return
    for number in (wide, wide + 1):
        preview.go_to_page(number)
        settle(800)
        shoot(f"preview-page-{number + 1}")


def show_send_step(window, shoot, scratch: Path) -> None:
    """The send step on a 1024x768 laptop screen, then a real package and the finish."""
    from PySide6.QtCore import QEventLoop

    size = window.size()
    window.resize(1024, 768)
    wizard = window.wizard
    wizard.go_to("export")
    page = wizard.current_page()
    page.folder.setText(str(scratch / "packages"))
    shoot("send-1024x768")
    page.start_export()
    if page.worker is not None:
        done = QEventLoop()
        page.worker.finished.connect(done.quit)
        done.exec()
    settle(200)
    scroll = wizard._scrolls[wizard._current]
    scroll.ensureWidgetVisible(page.finish)
    shoot("send-finish-1024x768")
    window.resize(size)


def settle(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_for_pdf(page: Any) -> None:
    """The "Check the PDF" step renders in the background: shoot what it shows when done."""
    panel = getattr(page, "panel", None)
    if panel is None or not panel.renderer.busy():
        return
    from PySide6.QtCore import QEventLoop, QTimer

    done = QEventLoop()
    panel.renderer.rendered.connect(done.quit)
    done.exec()
    # QPdfView paints page images from its own render thread: give it a moment.
    painted = QEventLoop()
    QTimer.singleShot(800, painted.quit)
    painted.exec()


def show_notice_reader(wizard: Any, scratch: Path, shoot: Any) -> None:
    """Read a USCIS notice from the applications step: a generated phone photo, while
    reading and once read (values, marks, highlighted regions)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ombud_desktop.ui.notice_dialog import show_notice_dialog
    from tests.notice.synthetic import sample

    wizard.go_to("filings")
    page = wizard.page("filings")
    photo = scratch / "notice-photo.jpg"
    photo.write_bytes(sample(18).data)
    dialog = show_notice_dialog(page, photo, lambda choice: None)
    shoot("notice-reading", widget=dialog)
    while dialog.reading is None and dialog.progress.isVisible():
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec()
    shoot("notice-read", widget=dialog)
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--answers", type=Path, default=ROOT / "tests/data/complete_ready.json")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="ombud-tour-"))
    os.environ["HOME"] = str(scratch / "home")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "home/.config")
    from PySide6.QtWidgets import QApplication

    from ombud_desktop.app import create_main_window
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.settings import Preferences

    app = OmbudApplication([sys.argv[0]])
    data_dir = scratch / "data"
    case_id, recovery_key = prepare(data_dir, json.loads(args.answers.read_text("utf-8")), scratch)
    passphrase_file = scratch / "passphrase"
    passphrase_file.write_text(PASSPHRASE)
    app.update_preferences(
        Preferences(
            language=args.lang, text_scale_percent=args.scale, high_contrast=args.high_contrast
        )
    )
    app.set_language(args.lang)
    shots = 0

    def shoot(name: str, whole_screen: bool = False, widget: Any = None) -> None:
        """The window (or `widget`), or the whole screen when a drop-down list (its own
        window) is open."""
        nonlocal shots
        for _ in range(5):
            QApplication.processEvents()
        shots += 1
        path = args.out / f"{shots:02d}-{name}.png"
        screen = QApplication.primaryScreen()
        image = screen.grabWindow(0) if whole_screen else (widget or window).grab()
        image.save(str(path))
        print(path)

    # First run, on a data folder with no vault yet: a too-short passphrase, then the key.
    window = create_main_window(["--data-dir", str(scratch / "fresh")])
    window.show()
    first_run = window.first_run
    assert first_run is not None
    shoot("first-run")  # as it opens: typing goes into the passphrase box
    first_run.passphrase.setText("password1")
    first_run.create_button.click()
    shoot("first-run-weak")
    first_run.new_passphrase.suggest()
    shoot("first-run-suggested")
    first_run.passphrase.setText(PASSPHRASE)
    first_run.repeat.setText(PASSPHRASE)
    first_run.create_button.click()
    shoot("first-run-recovery-key")
    window.close()

    window = create_main_window(["--data-dir", str(data_dir)])
    window.show()
    window.unlock_screen.try_passphrase()  # nothing typed: it says what to do
    shoot("unlock")
    # The forgotten passphrase: the recovery key opens, then a new passphrase is asked.
    unlock = window.unlock_screen
    unlock.recovery_button.click()
    unlock.recovery_key.setText("ABCD-EFGH")
    unlock.try_recovery_key()
    shoot("unlock-recovery-key-wrong")
    unlock.recovery_key.setText(recovery_key)
    unlock.try_recovery_key()
    shoot("unlock-new-passphrase")
    window.lock()  # not finished: back to the start, nothing changed
    window.unlock_screen.passphrase.setText(passphrase_file.read_text())
    window.unlock_screen.try_passphrase()
    shoot("home")
    window.open_case(case_id)
    wizard = window.wizard
    assert wizard is not None
    for page in wizard.pages:
        wizard.go_to(page.page_id)
        shown = wizard.current_page()  # a page made on its first visit replaces its placeholder
        wait_for_pdf(shown)
        shoot(shown.objectName())
    show_landscape_preview(window, shoot)
    show_send_step(window, shoot, scratch)
    show_country_lists(window, shoot)
    show_notice_reader(wizard, scratch, shoot)
    # The same pages with messages showing: a new, empty case after pressing Next.
    window.show_home()
    window.home.new_case()
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to("screening")
    wizard.next()
    shoot("page.screening-blocked")
    wizard.session.set("subject.protected_category", True)
    wizard.go_to("consent")
    shoot("page.consent-protected")
    window.lock()
    shoot("locked")
    window.close()
    print(f"{shots} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
