"""The organization settings (organization.toml beside the app, or --org-config) for a CLI
command: loaded once per command, each problem printed once as a warning on stderr."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ombud_desktop.core.org_config import OrgConfig

_LOADED = "_org_config_loaded"


def org_config(args: argparse.Namespace) -> OrgConfig:
    """The settings in force for this command; a bad file warns and falls back to defaults."""
    loaded = getattr(args, _LOADED, None)
    if loaded is None:
        from ombud_desktop.core.org_config import load_org_config

        loaded = load_org_config(getattr(args, "org_config", None))
        for problem in loaded.problems:
            print(f"ombud-desktop: warning: {problem}", file=sys.stderr)
        setattr(args, _LOADED, loaded)
    return loaded
