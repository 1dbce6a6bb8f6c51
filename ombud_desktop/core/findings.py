"""Finding: one thing validation says about one answer.

A finding names the field by concrete dotted id ("filings.0.receipt_number"), has a
severity ("error" blocks sending, "warning" is worth a look), a stable `code` and `params`.
Its English `message` comes from the catalogue in `core.messages`; the i18n layer
translates by `code` + `params` instead of parsing English.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ombud_desktop.core import messages
from ombud_desktop.core.spec_types import Severity


@dataclasses.dataclass(frozen=True)
class Finding:
    field: str
    severity: Severity
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The English sentence for this finding (from the message catalogue)."""
        return messages.render(self.code, self.params)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by `ombud-desktop validate --json`."""
        return {
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }


def error(field_id: str, code: str, **params: Any) -> Finding:
    return Finding(field_id, "error", code, params)


def warning(field_id: str, code: str, **params: Any) -> Finding:
    return Finding(field_id, "warning", code, params)
