"""How hard a passphrase is to guess, and a generated multi-word passphrase to offer.

Qt-free: the vault, the CLI and the GUI screens (first run, change passphrase, hand-off
files) all ask here, so one rule decides. The estimate is zxcvbn's (dictionaries of common
passwords, names and words, keyboard patterns, repeats, dates); a passphrase is accepted
when zxcvbn estimates at least 10^11 guesses. With the vault's Argon2id (64 MiB, about
0.5 s a guess on the computer that set it; docs/vault-format.md) that is decades of
computing for one attacker's computer.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ombud_desktop.errors import Term
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.errors import WeakPassphraseError

MIN_GUESSES_LOG10 = 11.0  # zxcvbn's estimate; its own "very strong" (score 4) starts at 10
SUGGESTED_WORDS = 5  # from 7,772 words: 5 x 12.9 = 64.6 bits
MAX_CHECKED_LENGTH = 72  # zxcvbn refuses longer input (its cost grows with length)

_TOO_SHORT = Term(QT_TRANSLATE_NOOP("errors", "it is too short or too simple."))
_COMMON = Term(QT_TRANSLATE_NOOP("errors", "it is one of the passwords people use most."))
_WORDS = Term(QT_TRANSLATE_NOOP("errors", "it is made of a few common words or names."))
_REPEATS = Term(QT_TRANSLATE_NOOP("errors", "it repeats the same letters or words."))
_SEQUENCE = Term(
    QT_TRANSLATE_NOOP("errors", "it follows a sequence or a keyboard row (abc, 123, qwerty).")
)
_DATE = Term(QT_TRANSLATE_NOOP("errors", "it is built around a date or a year."))
_PERSONAL = Term(QT_TRANSLATE_NOOP("errors", "it contains a name or number from the case."))


@dataclass(frozen=True)
class Strength:
    """zxcvbn's estimate: log10 of the guesses needed, its 0..4 score, and why it is weak."""

    guesses_log10: float
    score: int
    reason: Term | None  # None when the passphrase is strong enough

    @property
    def acceptable(self) -> bool:
        return self.reason is None


def estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """How many guesses `passphrase` would take; `user_inputs` are words an attacker may
    know (the person's name, A-number...) and count as easy to guess."""
    from zxcvbn import zxcvbn  # imported on use: loading its dictionaries takes ~0.1 s

    if not passphrase:
        return Strength(0.0, 0, _TOO_SHORT)
    inputs = [str(item) for item in user_inputs if item]
    result = zxcvbn(passphrase[:MAX_CHECKED_LENGTH], user_inputs=inputs)
    guesses = float(result["guesses_log10"])
    reason = None if guesses >= MIN_GUESSES_LOG10 else _reason(result["sequence"])
    return Strength(guesses, int(result["score"]), reason)


def _reason(matches: Sequence[dict[str, object]]) -> Term:
    """The most telling weakness among zxcvbn's matches."""
    patterns = {str(match.get("pattern")) for match in matches}
    dictionaries = {str(match.get("dictionary_name")) for match in matches}
    if "user_inputs" in dictionaries:
        return _PERSONAL
    if "passwords" in dictionaries:
        return _COMMON
    if "repeat" in patterns:
        return _REPEATS
    if patterns & {"sequence", "spatial"}:
        return _SEQUENCE
    if patterns & {"date", "regex"}:
        return _DATE
    if "dictionary" in patterns:
        return _WORDS
    return _TOO_SHORT


def require_strong(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise WeakPassphraseError (saying why, with a generated suggestion) when
    `passphrase` is too easy to guess."""
    strength = estimate(passphrase, user_inputs)
    if strength.reason is not None:
        raise WeakPassphraseError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "This passphrase is too easy to guess: {reason} Use five or more words that "
                "do not belong together, for example: {suggestion}",
            ),
            params={"reason": strength.reason, "suggestion": generate_passphrase()},
        )


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    """The EFF long word list (easy to type and tell apart), as shipped in the xkcdpass
    package, less its four words with a hyphen ("drop-down", "t-shirt"...): the hyphen
    joins the words, so a passphrase must never hold one inside a word (7,772 words)."""
    from importlib import resources  # when a passphrase is made, not at start (~2 ms)

    text = resources.files("xkcdpass").joinpath("static/eff-long").read_text("utf-8")
    words = tuple(sorted({line.strip() for line in text.splitlines() if line.strip().isalpha()}))
    if len(words) < 7000:  # a damaged install must not quietly shrink the choice
        raise RuntimeError(f"the passphrase word list has only {len(words)} words")
    return words


def generate_passphrase(words: int = SUGGESTED_WORDS) -> str:
    """`words` words drawn with `secrets` (the OS's random source), joined by hyphens."""
    pool = _words()
    return "-".join(secrets.choice(pool) for _ in range(words))


__all__ = [
    "MIN_GUESSES_LOG10",
    "Strength",
    "estimate",
    "generate_passphrase",
    "require_strong",
]
