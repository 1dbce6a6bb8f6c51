"""Findings (validation messages) in the person's language, translated by code + params.

The core keeps an English template per code (core.messages.MESSAGES); here the template
is translated in the "findings" context and filled with the same params. A param that is
a form-spec text (a field label) is translated too. Any gap falls back to English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ombud_desktop.core.messages import MESSAGES, render
from ombud_desktop.i18n import catalog
from ombud_desktop.i18n.contexts import FINDINGS_CONTEXT, SPEC_CONTEXT

Translate = Callable[[str, str], str]  # (context, English text) -> text to show


def message_text(code: str, params: Mapping[str, Any], translate: Translate) -> str:
    """The message for `code` with `params`, worded through `translate`."""
    template = MESSAGES.get(code)
    shown = {
        key: translate(SPEC_CONTEXT, value) if isinstance(value, str) and value else value
        for key, value in params.items()
    }
    if template is None:
        return render(code, shown)
    return render(code, shown, template=translate(FINDINGS_CONTEXT, template))


def translate_message(code: str, params: Mapping[str, Any], lang: str) -> str:
    """Qt-free: the message for `code` in language `lang` (CLI, export, reports)."""
    return message_text(code, params, lambda context, text: catalog.translate(context, text, lang))


def finding_text(finding: Any, translate: Translate) -> str:
    """A core Finding's message worded through `translate` (the UI passes Qt's translate)."""
    return message_text(finding.code, finding.params, translate)
