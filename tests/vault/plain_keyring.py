"""A keyring backend that keeps passwords in a plain JSON file in the home folder, as
`keyrings.alt`'s plaintext backend does, with a high priority: what someone could select
with PYTHON_KEYRING_BACKEND. The vault must never put its key there."""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend


class PlainFileKeyring(KeyringBackend):
    priority = 100  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path.home() / "plain-keyring.json"

    def _load(self) -> dict[str, str]:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(data))
