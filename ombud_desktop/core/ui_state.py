"""What the wizard keeps with a case besides the answers: where the person was, which
steps they have seen, the drawn signature. The vault stores it encrypted in the case's
record; the case list, the export and `case render` read it too.

`read_ui_state` is the one way in from a file: the app wrote every key, but a record or a
hand-off file may be damaged or come from another version, so a value of the wrong type
is dropped (as if never set) instead of reaching the code below.
"""

from __future__ import annotations

from typing import TypedDict

from ombud_desktop.core.json_types import as_object, texts_in

# One stroke of the signature pad: points scaled to 0..1 of the pad.
Stroke = list[tuple[float, float]]


class UiState(TypedDict, total=False):
    page: str  # the step the case opens at
    field: str | None  # the field that had the focus there
    visited: list[str]  # the steps seen (the case list counts them as done)
    shown_pages: list[str]  # the steps that show all their messages (left once with errors)
    export_folder: str  # where the last package was saved
    signature_drawing: list[Stroke] | None  # drawn on the consent step
    language: str  # the bundle README's second language, when chosen


def clean_strokes(strokes: object) -> list[Stroke]:
    """The strokes that are lists of [x, y] points inside the pad (0..1); the rest of
    what a file or an old record holds is dropped."""
    cleaned: list[Stroke] = []
    for stroke in strokes if isinstance(strokes, list) else []:
        try:
            points = [(float(x), float(y)) for x, y in stroke]
        except (TypeError, ValueError):
            continue
        if points and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points):
            cleaned.append(points)
    return cleaned


def is_signature(strokes: list[Stroke]) -> bool:
    """A single tap is not a signature (the pad and the export both ask this)."""
    return sum(len(stroke) for stroke in strokes) >= 3


def read_ui_state(raw: object) -> UiState:
    """The state as stored (a JSON object), keeping each known key whose value has the
    type the app writes; anything else reads as not set."""
    stored = as_object(raw)
    state = UiState()
    page, field, folder = stored.get("page"), stored.get("field"), stored.get("export_folder")
    if isinstance(page, str):
        state["page"] = page
    if "field" in stored and (field is None or isinstance(field, str)):
        state["field"] = field
    if isinstance(folder, str):
        state["export_folder"] = folder
    if isinstance(stored.get("visited"), list):
        state["visited"] = texts_in(stored["visited"])
    if isinstance(stored.get("shown_pages"), list):
        state["shown_pages"] = texts_in(stored["shown_pages"])
    if "signature_drawing" in stored:
        strokes = stored["signature_drawing"]
        state["signature_drawing"] = None if strokes is None else clean_strokes(strokes)
    if isinstance(language := stored.get("language"), str):
        state["language"] = language
    return state
