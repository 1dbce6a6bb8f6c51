"""The wizard's state kept with a case: what the app writes comes back as it was; what a
damaged record or another version holds is dropped key by key instead of reaching the
pages (a list of steps that is a number once stopped the case list)."""

from __future__ import annotations

import json

from ombud_desktop.core.ui_state import clean_strokes, is_signature, read_ui_state

WRITTEN = {
    "page": "documents",
    "field": None,
    "visited": ["welcome", "subject"],
    "shown_pages": ["subject"],
    "export_folder": "Packages",
    "signature_drawing": [[[0.1, 0.2], [0.3, 0.4], [0.5, 0.5]]],
    "language": "es",
}


def test_what_the_app_writes_reads_back_the_same():
    state = read_ui_state(json.loads(json.dumps(WRITTEN)))
    assert json.loads(json.dumps(state)) == WRITTEN
    assert read_ui_state({"field": "subject.first_name"}) == {"field": "subject.first_name"}
    assert read_ui_state({"signature_drawing": None}) == {"signature_drawing": None}


def test_a_value_of_the_wrong_type_is_dropped_and_the_rest_kept():
    stored = {
        "page": 5,
        "field": ["x"],
        "visited": "subject",
        "shown_pages": ["subject", 3, None],
        "export_folder": {"path": "/tmp"},
        "language": True,
        "signature_drawing": [5, [[0.1, 0.1], [2, 2]], [["a", 0]], [[0.2, 0.3]]],
        "something_new": 1,
    }
    assert read_ui_state(stored) == {
        "shown_pages": ["subject"],
        "signature_drawing": [[(0.2, 0.3)]],
    }


def test_state_that_is_not_an_object_reads_as_none_set():
    for raw in (None, [], "page", 3):
        assert read_ui_state(raw) == {}


def test_strokes_keep_only_points_inside_the_pad():
    assert clean_strokes([[[0, 0], [1, 1]], [[0.5, 1.5]], "x", [[0.5]]]) == [
        [(0.0, 0.0), (1.0, 1.0)]
    ]
    assert clean_strokes({"strokes": []}) == []


def test_a_tap_is_not_a_signature():
    assert not is_signature([[(0.1, 0.1)], [(0.2, 0.2)]])
    assert is_signature([[(0.1, 0.1), (0.2, 0.2)], [(0.3, 0.3)]])
