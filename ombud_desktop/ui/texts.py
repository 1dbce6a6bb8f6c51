"""The one place where text coming from the core (form spec, findings, readiness) is
passed through Qt's translator. Strings written in the UI itself use `self.tr()`.

The core stays Qt-free and English; the i18n layer (issue 7) provides catalogues for the
"formspec" and "findings" contexts, keyed by the English source text (message templates
with their {placeholders} for findings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

SPEC_CONTEXT = "formspec"
FINDINGS_CONTEXT = "findings"


def spec_text(text: str) -> str:
    """A label, help text, intro or choice label of the form spec, translated."""
    return QCoreApplication.translate(SPEC_CONTEXT, text) if text else ""


def message_text(code: str, params: dict[str, Any] | None = None) -> str:
    """A message of the core's catalogue, in the person's language: the English template
    is translated, then filled with the parameters (so placeholders always match)."""
    from ombud_desktop.core import messages

    template = messages.MESSAGES.get(code)
    translated = QCoreApplication.translate(FINDINGS_CONTEXT, template) if template else None
    return messages.render(code, params, template=translated)


def finding_text(finding: Any) -> str:
    """A validation finding in the person's language (by code and parameters)."""
    return message_text(finding.code, finding.params)


def place_names(kind: Any) -> dict[str, str]:
    """Code -> name in the person's language of every country (Kind.COUNTRY) or US state
    and territory (Kind.US_STATE), in core.places' order. Stored answers keep the code."""
    from ombud_desktop.core import places
    from ombud_desktop.core.spec_types import Kind
    from ombud_desktop.i18n.contexts import COUNTRIES_CONTEXT, US_STATES_CONTEXT

    if kind == Kind.COUNTRY:
        table, context = places.COUNTRIES, COUNTRIES_CONTEXT
    else:
        table, context = places.US_STATES, US_STATES_CONTEXT
    return {code: QCoreApplication.translate(context, name) for code, name in table.items()}
