"""Reads the running app through AT-SPI, as Orca would, and walks the wizard with Next.

Runs under Debian's own python3 with python3-pyatspi (the project's virtualenv may be
another Python that cannot load the system's GObject bindings), so it imports nothing
of the project. Usage (test_atspi_walk.py starts it in the app's private D-Bus session):

    /usr/bin/python3 atspi_reader.py APP_NAME PAGES_JSON REPORT_JSON

PAGES_JSON is written by atspi_app.py: the page titles in order, and the messages Next
stops with (a missing name, a wrong email) with what to type to fix each.
REPORT_JSON receives the report:
  pages: for each page reached, what was announced on arriving, the focusable controls
    without a name, the combo boxes (name and options), and the names of its labels
    (focusable ones apart: the review page's answers);
  blocked: the same each time Next stopped on a message, with what was announced.
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any

import pyatspi
from gi.repository import Atspi, GLib

TIMEOUT = 30.0
MNEMONIC = re.compile(r"&(?!&)\w")


class Reader:
    def __init__(self, app_name: str) -> None:
        self.app_name = app_name
        self.announcements: list[str] = []
        pyatspi.Registry.registerEventListener(self._heard, "object:announcement")

    def _heard(self, event: Any) -> None:
        self.announcements.append(str(event.any_data))

    def pump(self, seconds: float = 0.05) -> None:
        """Deliver the D-Bus events that arrived (the listener runs from GLib's loop)."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(0.01)

    def wait_for(self, condition: Any, what: str) -> Any:
        end = time.monotonic() + TIMEOUT
        while time.monotonic() < end:
            self.pump()
            found = condition()
            if found:
                return found
        raise TimeoutError(f"waited {TIMEOUT:.0f} s for {what}; heard {self.announcements}")

    def app(self) -> Any:
        def find() -> Any:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.name == self.app_name:
                    frames = [c for c in app if c is not None and showing(c)]
                    return frames[0] if frames else None
            return None

        return self.wait_for(find, f"the window of {self.app_name!r} on the AT-SPI bus")


def states(node: Any) -> set[Any]:
    return set(node.getState().getStates())


def showing(node: Any) -> bool:
    return pyatspi.STATE_SHOWING in states(node)


def text_of(node: Any) -> str:
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, text.characterCount))


def words(text: str) -> str:
    return " ".join(text.split())


def shown_nodes(root: Any) -> list[Any]:
    """Every showing object under `root` (hidden pages of the stack are not descended)."""
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None or not showing(node):
            continue
        found.append(node)
        stack.extend(reversed([child for child in node]))
    return found


def describe(node: Any) -> str:
    """Role, name and Qt's identifier (the widget's objectName path), to find it."""
    try:
        identifier = node.get_accessible_id() or ""
    except GLib.Error:
        identifier = ""
    return f"{node.getRoleName()} {node.name!r} {identifier}".strip()


def inspect_page(window: Any) -> dict[str, Any]:
    """What a screen-reader user can hear of the screen now. Qt gives a label no text
    interface: its name is all that can be read of it."""
    unnamed, combos, labels, answers, mnemonics, controls = [], [], [], [], [], []
    for node in shown_nodes(window):
        role, name, node_states = node.getRole(), words(node.name), states(node)
        if MNEMONIC.search(name) or MNEMONIC.search(node.description or ""):
            mnemonics.append(describe(node))
        focusable = pyatspi.STATE_FOCUSABLE in node_states
        if role == pyatspi.ROLE_LABEL:
            # Qt calls a label focusable when a click may select its text (not Tab): an
            # empty one is nothing to read, not a control without a name.
            (answers if focusable and name else labels).append(name)
        elif focusable and pyatspi.STATE_SENSITIVE in node_states:
            (controls if name else unnamed).append(name or describe(node))
        if role == pyatspi.ROLE_COMBO_BOX:
            options = [words(item.name) for child in node for item in child if item is not None]
            combos.append({"name": name, "options": len(options), "is_an_option": name in options})
    return {
        "unnamed": unnamed,
        "combos": combos,
        "labels": labels,
        "focusable_labels": answers,
        "mnemonics": mnemonics,  # "&Email": a shortcut marker read out
        "controls": controls,  # the names of the other controls Tab can reach
    }


def find(window: Any, test: Any) -> Any:
    return next((n for n in shown_nodes(window) if test(n)), None)


def press(button: Any) -> None:
    action = button.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def type_into_focused(reader: Reader, window: Any, text: str) -> str:
    """Empty the focused text field and type `text` key by key (XTest, as a keyboard)."""
    field = reader.wait_for(
        lambda: find(
            window,
            lambda n: (
                n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)
                and pyatspi.STATE_FOCUSED in states(n)
            ),
        ),
        "a focused text field",
    )
    editable = field.queryEditableText()
    editable.deleteText(0, len(text_of(field)))
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    reader.wait_for(lambda: text_of(field) == text, f"{text!r} typed into {describe(field)}")
    return describe(field)


def walk(reader: Reader, expected: dict[str, Any]) -> dict[str, Any]:
    window = reader.app()
    titles: list[str] = expected["titles"]
    fixes: dict[str, str] = {b["message"]: b["fix"] for b in expected["blocks"]}
    next_button = reader.wait_for(
        lambda: find(
            window,
            lambda n: (
                n.getRole() == pyatspi.ROLE_PUSH_BUTTON and pyatspi.STATE_IS_DEFAULT in states(n)
            ),
        ),
        "the default button (Next)",
    )
    report: dict[str, Any] = {"pages": [], "blocked": [], "next_button": next_button.name}
    reader.wait_for(lambda: titles[0] in inspect_page(window)["labels"], "the first page")
    # Qt sends events only once it has heard from the registry that someone listens:
    # give that signal time to arrive before the first Next.
    reader.pump(1.5)
    report["pages"].append({"title": titles[0], "announced": None, **inspect_page(window)})
    for title in titles[1:]:
        while True:
            del reader.announcements[:]
            press(next_button)
            heard = reader.wait_for(
                lambda title=title: (
                    [a for a in reader.announcements if a.startswith(title)]
                    or [m for m in fixes if any(m in a for a in reader.announcements)]
                ),
                f"the announcement of {title!r} (or of why Next stopped)",
            )
            if heard[0] not in fixes:
                break
            # Next stopped on a wrong or missing answer: read the messages, then answer
            # in the field that has the focus now, key by key.
            reader.pump(0.3)  # the status line's announcement follows the field's
            report["blocked"].append(
                {
                    "message": heard[0],
                    "announcements": list(reader.announcements),
                    **inspect_page(window),
                    "fixed": type_into_focused(reader, window, fixes.pop(heard[0])),
                }
            )
        reader.pump(0.1)
        report["pages"].append({"title": title, "announced": heard[0], **inspect_page(window)})
    return report


def main(app_name: str, pages_file: str, report_file: str) -> int:
    with open(pages_file, encoding="utf-8") as handle:
        expected = json.load(handle)
    report = walk(Reader(app_name), expected)
    with open(report_file, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
