"""Which editor a form-spec field gets, chosen by the field's kind.

Kept apart from `field_widgets` because the place picker builds on its FieldEditor: the
choice imports both, and neither imports the other back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ombud_desktop.core.spec_types import Field, Kind
from ombud_desktop.ui.field_widgets import (
    BoolEditor,
    ChoiceEditor,
    FieldEditor,
    LineEditor,
    LongTextEditor,
    MultiChoiceEditor,
)
from ombud_desktop.ui.place_picker import PlaceEditor

_EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.LONG_TEXT: LongTextEditor,
    Kind.BOOL: BoolEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.MULTI_CHOICE: MultiChoiceEditor,
    Kind.COUNTRY: PlaceEditor,
    Kind.US_STATE: PlaceEditor,
}


def make_editor(
    field: Field, path: str | None = None, parent: QWidget | None = None
) -> FieldEditor:
    """The editor for `field` at concrete id `path` (defaults to the field's own id)."""
    return _EDITORS.get(field.kind, LineEditor)(field, path or field.id, parent)
