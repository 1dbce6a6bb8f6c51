"""The organization on what an export prints (organization.toml): logo, name and help
line as a letterhead on the fax cover sheet and the mail cover letter, and two lines in
README.txt. Plain data, so it travels to the export process with ExportOptions, and
light: the export step imports it at once; the drawing is in export/letterhead.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ombud_desktop.core.org_config import OrgConfig


@dataclass(frozen=True)
class Branding:
    name: str = ""
    logo: Path | None = None  # checked by core.org_config: PNG or JPEG, sane size
    help_contact: str = ""

    @classmethod
    def from_org(cls, org: OrgConfig) -> Branding:
        return cls(org.name or "", org.logo, org.help_contact or "")

    def __bool__(self) -> bool:
        return bool(self.name or self.logo or self.help_contact)


NO_BRANDING = Branding()  # no organization.toml: plain Ombud Desktop
