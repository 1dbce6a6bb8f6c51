"""Passphrase -> key derivation: Argon2id (scrypt where OpenSSL lacks it), calibrated.

Parameters are chosen once, when a passphrase is set, so that one derivation takes about
`TARGET_SECONDS` on this computer; they are stored in the file header, so any later
computer derives the same key. OMBUD_KDF_PROFILE=test gives tiny parameters (tests only).
"""

from __future__ import annotations

import base64
import os
import time
from typing import Any

TARGET_SECONDS = 0.5
ARGON2_MEMORY_KIB = 64 * 1024  # RFC 9106's second recommended option: 64 MiB, 4 lanes
ARGON2_LANES = 4
# Upper bounds checked before deriving, so a damaged header cannot demand hours or GBs.
_LIMITS = {"iterations": 1000, "lanes": 64, "memory_cost": 4 * 1024 * 1024, "log_n": 22}
MAX_CALIBRATED_ITERATIONS = 16  # a very fast computer still writes at most this many passes
# What a file made by this app can hold, plus a little margin: a hand-off file (which comes
# from someone else) asking for more is refused before any work is done.
WRITTEN_LIMITS = {
    "iterations": MAX_CALIBRATED_ITERATIONS + 4,
    "lanes": ARGON2_LANES * 2,
    "memory_cost": ARGON2_MEMORY_KIB + ARGON2_MEMORY_KIB // 2,
    "log_n": 20,
}


def _test_profile() -> bool:
    return os.environ.get("OMBUD_KDF_PROFILE") == "test"


def _argon2(params: dict[str, Any], passphrase: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=base64.b64decode(params["salt"]),
        length=32,
        iterations=params["iterations"],
        lanes=params["lanes"],
        memory_cost=params["memory_cost"],
    ).derive(passphrase)


def _scrypt(params: dict[str, Any], passphrase: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(
        salt=base64.b64decode(params["salt"]), length=32, n=2 ** params["log_n"], r=8, p=1
    ).derive(passphrase)


def check_params(params: Any, limits: dict[str, int] | None = None) -> bool:
    """True when `params` are well formed and within `limits` (default: sane bounds for
    the vault's own key store; WRITTEN_LIMITS for files from elsewhere)."""
    limits = limits or _LIMITS
    if not isinstance(params, dict) or not isinstance(params.get("salt"), str):
        return False
    try:
        if len(base64.b64decode(params["salt"], validate=True)) < 8:
            return False
    except ValueError:
        return False
    names = {"argon2id": ("iterations", "lanes", "memory_cost"), "scrypt": ("log_n",)}
    fields = names.get(params.get("name"))  # type: ignore[arg-type]
    if fields is None:
        return False
    for field in fields:
        value = params.get(field)
        if type(value) is not int or not 1 <= value <= limits[field]:
            return False
    return not (params["name"] == "argon2id" and params["memory_cost"] < 8 * params["lanes"])


def derive(params: dict[str, Any], passphrase: str) -> bytes:
    """The 256-bit key for `passphrase` under `params` (checked with `check_params`)."""
    secret = passphrase.encode("utf-8")
    if params["name"] == "argon2id":
        return _argon2(params, secret)
    return _scrypt(params, secret)


def _argon2_available() -> bool:
    from cryptography.exceptions import UnsupportedAlgorithm

    try:
        _argon2({"salt": "AAAAAAAAAAAAAAAAAAAAAA==", "iterations": 1, "lanes": 1,
                 "memory_cost": 8}, b"x")  # fmt: skip
    except UnsupportedAlgorithm:
        return False
    return True


def new_params() -> dict[str, Any]:
    """Fresh parameters with a new salt, calibrated to about TARGET_SECONDS here."""
    salt = base64.b64encode(os.urandom(16)).decode()
    if not _argon2_available():
        if _test_profile():
            return {"name": "scrypt", "salt": salt, "log_n": 4}
        return {"name": "scrypt", "salt": salt, "log_n": _calibrate_scrypt()}
    if _test_profile():
        return {"name": "argon2id", "salt": salt, "iterations": 1, "lanes": 1, "memory_cost": 8}
    return {"name": "argon2id", "salt": salt, **_calibrate_argon2()}


def _timed(params: dict[str, Any]) -> float:
    start = time.perf_counter()
    derive(params, "calibration")
    return time.perf_counter() - start


def _calibrate_argon2() -> dict[str, int]:
    probe = {"name": "argon2id", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "lanes": ARGON2_LANES,
             "memory_cost": ARGON2_MEMORY_KIB}  # fmt: skip
    _timed({**probe, "iterations": 1})  # warm up the allocator
    elapsed = _timed({**probe, "iterations": 3})
    iterations = max(3, min(MAX_CALIBRATED_ITERATIONS, round(3 * TARGET_SECONDS / elapsed)))
    return {"iterations": iterations, "lanes": ARGON2_LANES, "memory_cost": ARGON2_MEMORY_KIB}


def _calibrate_scrypt() -> int:
    log_n = 14
    probe = {"name": "scrypt", "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}
    while log_n < 20 and _timed({**probe, "log_n": log_n}) < TARGET_SECONDS / 2:
        log_n += 1
    return log_n
