"""The vault state (`vault.state`): what the vault itself must remember, authenticated
under the vault key so that someone with write access to the folder but no key can
neither read nor change it.

- `versions`: each case's latest saved version (a counter every save increases). A case
  file older than that is refused: replacing a case with an older copy of itself (undoing
  "sent", restoring an old address, bringing back a removed document) is noticed.
- `retention_days`: the retention period (plain `settings.json` could be edited to mark
  every case due for deletion).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ombud_desktop.vault.fileformat import KIND_VAULT_STATE, damaged, open_sealed, parse_sealed
from ombud_desktop.vault.record_schema import is_valid_id

STATE_NAME = "vault.state"
STATE_PURPOSE = "state"
_FORMAT = "ombud-vault-state/1"
MIN_RETENTION_DAYS = 7
MAX_RETENTION_DAYS = 3650


@dataclass
class VaultState:
    versions: dict[str, int] = field(default_factory=dict)
    retention_days: int | None = None

    def to_payload(self) -> bytes:
        body = {"format": _FORMAT, "versions": self.versions, "retention_days": self.retention_days}
        return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()


def decode_state(key: bytes, path: Path, data: bytes) -> VaultState:
    header, body = parse_sealed(data, path, KIND_VAULT_STATE)
    try:
        parsed: Any = json.loads(open_sealed(key, header, body, path))
        versions = parsed["versions"]
        retention = parsed.get("retention_days")
        if (
            parsed.get("format") != _FORMAT
            or not isinstance(versions, dict)
            or not all(is_valid_id(k) and type(v) is int and v >= 0 for k, v in versions.items())
            or not (retention is None or type(retention) is int)
        ):
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise damaged(path, "unreadable vault state") from None
    return VaultState(dict(versions), retention)


def bounded_retention(days: object) -> int | None:
    """A retention period within the bounds the app offers; None otherwise."""
    if type(days) is int and MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        return days
    return None
