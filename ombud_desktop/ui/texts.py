"""The one place where text coming from the core (form spec, findings, readiness) is
passed through Qt's translator. Strings written in the UI itself use `self.tr()`.

The core stays Qt-free and English. Findings are worded by the core's own
`core.message_text.message_text` (the same function the CLI, the exports and the tests
use), given Qt's translate: the template and the field label in it are both translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from ombud_desktop.i18n.bidi import isolated
from ombud_desktop.i18n.contexts import SPEC_CONTEXT

if TYPE_CHECKING:
    from ombud_desktop.core.findings import Finding
    from ombud_desktop.core.spec_types import Kind


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def spec_text(text: str) -> str:
    """A label, help text, intro or choice label of the form spec, translated."""
    return _translate(SPEC_CONTEXT, text) if text else ""


def message_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A message of the core's catalogue in the person's language, label included."""
    from ombud_desktop.core import message_text as wording

    return wording.message_text(code, params or {}, _translate)


def embedded(text: str) -> str:
    """`text` quoted inside a translated sentence (a file name, an address, a typed value):
    in a right-to-left interface in a bidi isolate, so a Latin name keeps its order and
    does not turn the Arabic sentence around it left to right; unchanged otherwise."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolated(text)
    return text


def finding_text(finding: Finding) -> str:
    """A validation finding in the person's language (by code and parameters); the values
    quoted from the answers (a receipt number, an email address) are `embedded`."""
    params = {
        key: embedded(value) if isinstance(value, str) and key not in IN_UI_LANGUAGE else value
        for key, value in finding.params.items()
    }
    return message_text(finding.code, params)


IN_UI_LANGUAGE = frozenset({"label"})  # finding params worded in the interface language


def place_names(kind: Kind) -> dict[str, str]:
    """Code -> name in the person's language of every country (Kind.COUNTRY) or US state
    and territory (Kind.US_STATE), in core.places' order. Stored answers keep the code."""
    from ombud_desktop.core import places
    from ombud_desktop.core.spec_types import Kind
    from ombud_desktop.i18n.contexts import COUNTRIES_CONTEXT, US_STATES_CONTEXT

    if kind == Kind.COUNTRY:
        table, context = places.COUNTRIES, COUNTRIES_CONTEXT
    else:
        table, context = places.US_STATES, US_STATES_CONTEXT
    return {code: _translate(context, name) for code, name in table.items()}


def glossary_text(text: str) -> str:
    """A term's name or explanation from core/glossary.py, translated."""
    from ombud_desktop.core.glossary import CONTEXT

    return _translate(CONTEXT, text)
