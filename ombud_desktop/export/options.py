"""What an export is asked to do (ExportOptions) and what it made (ExportResult): shared
by the export run, the channels' builders, the CLI and the Send step."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.branding import NO_BRANDING, Branding
from ombud_desktop.export.class_f import CODINGS, DEFAULT_CODING


@dataclass(frozen=True)
class ExportOptions:
    channel: str
    as_zip: bool = False
    tiff: bool = False  # fax only
    size_limit_mb: float = 10.0  # email only
    branding: Branding = NO_BRANDING  # the organization's letterhead (organization.toml)
    journal_dir: Path | None = None  # the data folder: lists staging folders (staging.py)
    tiff_coding: str = DEFAULT_CODING  # fax TIFF: a class_f coding (g3, g3-2d, g4)

    def __post_init__(self) -> None:
        if self.tiff_coding not in CODINGS:
            raise UserFacingError(
                f"'{self.tiff_coding}' is not a fax TIFF coding. Choose "
                f"{', '.join(CODINGS)} (g3 suits every fax service)."
            )
        if not 0.5 <= self.size_limit_mb <= 1000:
            raise UserFacingError(
                "The email size limit must be between 0.5 and 1000 MB (most mail "
                "services accept 10 to 25 MB)."
            )


@dataclass
class ExportResult:
    path: Path  # the bundle folder, or the zip
    channel: str
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain sentences for the person
    mailto: str = ""
    pages: int = 0  # fax: pages including the cover; mail: numbered pages mailed
    messages: int = 0  # email: how many messages
    email_parts: list[list[str]] = field(default_factory=list)  # attachment names per message
