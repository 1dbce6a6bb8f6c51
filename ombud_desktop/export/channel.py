"""What an export channel is: one descriptor holding everything the rest of the app
needs to know about a way of sending (its words, where its destination is, which options
it takes, how its files are built).

A channel is one module (`channel_email.py`, `channel_fax.py`, `channel_mail.py`) that
defines `CHANNEL = Channel(...)`, registered in `channels.py`; the export run, the CLI,
the Send step and the "sent" panel all read the registry. A new channel also needs its
destination entry in resources/destinations.json.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ombud_desktop.export import readme
    from ombud_desktop.export.bundle import BundleWriter
    from ombud_desktop.export.destinations import Destinations
    from ombud_desktop.export.options import ExportOptions, ExportResult
    from ombud_desktop.export.progress import Progress
    from ombud_desktop.export.source import ExportSource

MB = 1024 * 1024
# Options a channel may take, each shown on the Send step only for channels that list it.
TIFF_OPTION = "tiff"  # also a TIFF file (fax services)
SIZE_LIMIT_OPTION = "size_limit"  # largest message size (email)


class ChannelJob(NamedTuple):
    """What a channel's builder works with: it adds its files to `writer`, fills
    `result` and returns its README lines (steps to send, files)."""

    source: ExportSource
    options: ExportOptions
    dest: Destinations
    writer: BundleWriter
    progress: Progress
    result: ExportResult


@dataclass(frozen=True)
class Channel:
    code: str  # "email": option values, manifest.json, bundle names, the CLI's --channel
    name: str  # the word in sentences (README, "sent by"), marked in "bundle_readme"
    label: str  # the destination's heading, marked in "bundle_readme"
    choice: str  # the Send step's option text (with its &mnemonic), marked in "ExportPage"
    reference: str  # what identifies a sending, asked when it is marked as sent
    contact_field: str  # the main field of its entry in resources/destinations.json
    build: Callable[[ChannelJob], list[readme.Line]]
    options: tuple[str, ...] = ()  # TIFF_OPTION, SIZE_LIMIT_OPTION
    # the form is printed and signed on paper: an ink-signed form needs no scanned page
    signed_on_paper: bool = False
