"""What the app was started with, parsed once by `app.create_main_window` and handed to the
UI: the organization settings, the data folder and the other global options."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from ombud_desktop.core.org_config import OrgConfig, load_org_config


@dataclass(frozen=True)
class AppContext:
    org: OrgConfig = field(default_factory=OrgConfig)
    data_dir: str | None = None  # --data-dir; None: OMBUD_DATA_DIR, portable or user folder
    passphrase_file: str | None = None
    open_case_id: str | None = None  # --open CASE_ID

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> AppContext:
        """From the parsed command line; organization.toml is looked for beside the app
        (resources.app_dir()) unless --org-config names a file."""
        return cls(
            org=load_org_config(args.org_config),
            data_dir=args.data_dir,
            passphrase_file=args.passphrase_file,
            open_case_id=args.open,
        )
