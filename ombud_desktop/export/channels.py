"""The registry of export channels: adding a way to send is one module defining
`CHANNEL` (see channel.py) plus one line here. The order is the order offered."""

from __future__ import annotations

from ombud_desktop.export import channel_email, channel_fax, channel_mail
from ombud_desktop.export.channel import Channel

REGISTERED: tuple[Channel, ...] = (channel_email.CHANNEL, channel_fax.CHANNEL, channel_mail.CHANNEL)
CHANNELS: dict[str, Channel] = {channel.code: channel for channel in REGISTERED}
CODES: tuple[str, ...] = tuple(CHANNELS)
