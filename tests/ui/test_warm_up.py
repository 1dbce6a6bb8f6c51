"""What the later steps load on their first use (QtPdf, the preview panel, the export's
machinery) is loaded ahead once the open case's wizard is painted, so their first visit
loads nothing on the UI thread; and never inside the start-up to the open case."""

from __future__ import annotations

from pathlib import Path

from ombud_desktop.ui import warm_up
from tests.ui.app_child import child_json, vault_with_a_case

PASSPHRASE = "a warm-up test passphrase"

CHILD = """
import json, sys, threading
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from ombud_desktop.app import create_main_window
from ombud_desktop.ui.warm_up import WarmUp

class UiThreadImports:
    # Asked only for modules not loaded yet: notes those the UI thread loads.
    def __init__(self):
        self.names = []
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread():
            self.names.append(name)
        return None

window = create_main_window(sys.argv[1:])
window.show()
QApplication.processEvents()
warm = QCoreApplication.instance().findChild(WarmUp)
facts = {"state_when_shown": warm.state, "modules_when_shown": sorted(sys.modules)}
done = QEventLoop()
warm.finished.connect(done.quit)
QTimer.singleShot(120_000, done.quit)
done.exec()
facts["state"] = warm.state
facts["modules_warm"] = sorted(sys.modules)
for step in ("preview", "export"):
    recorder = UiThreadImports()
    sys.meta_path.insert(0, recorder)
    window.wizard.go_to(step)
    QApplication.processEvents()
    sys.meta_path.remove(recorder)
    facts[step] = recorder.names
window.wizard.go_to("subject")  # a second case's wizard: the warm-up ran once
window.open_case(window.wizard.session.case_id)
facts["warm_ups"] = len(QCoreApplication.instance().findChildren(WarmUp))
window.close()
print(json.dumps(facts))
"""


def test_first_visits_load_nothing_on_the_ui_thread_once_warmed_up(tmp_path: Path) -> None:
    data, case_id = vault_with_a_case(tmp_path, PASSPHRASE)
    args = ("--data-dir", data, "--passphrase-file", tmp_path / "passphrase")
    facts = child_json(CHILD, *args, "--open", case_id, timeout=180)

    # Shown: the warm-up waits (the start-up to the open case loads none of it).
    assert facts["state_when_shown"] == "waiting"
    ahead = (*warm_up.LIBRARIES, *warm_up.STEP_MODULES, "PySide6.QtPdf")
    assert not [name for name in ahead if name in facts["modules_when_shown"]]
    # Then, once painted, it loads them ...
    assert facts["state"] == "done"
    assert not [name for name in ahead if name not in facts["modules_warm"]]
    # ... so the first visits of "Check the PDF" and Send load nothing on the UI thread.
    assert facts["preview"] == []
    assert facts["export"] == []
    assert facts["warm_ups"] == 1


def test_the_warm_up_waits_for_a_paint_and_runs_once(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    # A module that fails to load stops nothing: its own use says what is wrong.
    monkeypatch.setattr(warm_up, "LIBRARIES", ("ombud_desktop.no_such_module",))
    monkeypatch.setattr(warm_up, "STEP_MODULES", ("ombud_desktop.ui.no_such_page",))
    widget = QWidget()
    qtbot.addWidget(widget)
    warm = warm_up.WarmUp()
    warm.start_after_paint(widget)
    assert warm.state == "waiting"  # not painted yet
    with qtbot.waitSignal(warm.finished, timeout=30_000):
        widget.show()
    assert warm.state == "done"
    with qtbot.assertNotEmitted(warm.finished):
        warm.start()  # once per process
    assert warm.state == "done"
