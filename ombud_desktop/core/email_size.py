"""How much of an email a file takes: the one rule the email export splits messages by
and the readiness report warns with (a document too big for any message is left out of
the email and goes by fax or mail)."""

from __future__ import annotations

import math

MB = 1024 * 1024
DEFAULT_LIMIT_MB = 10  # what most mail services accept; the Send step can change it
BODY_ALLOWANCE = 16 * 1024  # headers + text body + MIME boundaries, generously
PER_ATTACHMENT_HEADERS = 400


def encoded_size(data_len: int) -> int:
    """Bytes an attachment takes in the message: base64 plus CRLF every 76 characters."""
    b64 = 4 * math.ceil(data_len / 3)
    return b64 + 2 * math.ceil(b64 / 76) + PER_ATTACHMENT_HEADERS


def capacity(limit_bytes: int) -> int:
    """Room for attachments in one message of `limit_bytes`."""
    return limit_bytes - BODY_ALLOWANCE


def fits_one_email(data_len: int, limit_bytes: int = DEFAULT_LIMIT_MB * MB) -> bool:
    return encoded_size(data_len) <= capacity(limit_bytes)
