"""Passphrase strength: weak ones are refused with a reason and a generated suggestion."""

from __future__ import annotations

import math

import pytest

from ombud_desktop.vault import WeakPassphraseError
from ombud_desktop.vault.passphrase_strength import (
    MIN_GUESSES_LOG10,
    _words,
    estimate,
    generate_passphrase,
    require_strong,
)


@pytest.mark.parametrize(
    ("passphrase", "reason_word"),
    [
        ("", "short"),
        ("x", "short"),
        ("password123", "use most"),
        ("hunter2hunter2", "repeats"),
        ("aaaaaaaaaaaaaaaa", "repeats"),
        ("abcdefghijklmnop", "sequence"),
        ("1987-06-15", "date"),
    ],
)
def test_weak_passphrases_are_refused_with_why(passphrase: str, reason_word: str) -> None:
    strength = estimate(passphrase)
    assert not strength.acceptable
    assert reason_word in str(strength.reason)
    with pytest.raises(WeakPassphraseError) as caught:
        require_strong(passphrase)
    message = str(caught.value)
    assert reason_word in message
    suggestion = message.rsplit(": ", 1)[1]
    assert estimate(suggestion).acceptable  # the offer itself passes the rule


def test_case_details_count_as_easy_to_guess() -> None:
    passphrase = "Zanzibarquokka 012345678"
    assert estimate(passphrase).acceptable
    strength = estimate(passphrase, ["Zanzibarquokka", "012345678"])
    assert not strength.acceptable
    assert "case" in str(strength.reason)


def test_long_random_word_passphrases_pass() -> None:
    for _ in range(20):
        generated = generate_passphrase()
        assert len(generated.split("-")) == 5
        assert estimate(generated).guesses_log10 >= MIN_GUESSES_LOG10
    require_strong("correct horse battery staple")


def test_generator_draws_from_the_whole_list() -> None:
    words = _words()
    assert len(words) == 7772  # the EFF long list less "drop-down" & co: 12.9 bits a word
    assert all(word.isalpha() for word in words)  # the joining hyphen is never inside one
    assert 5 * math.log2(len(words)) > 64
    seen = {generate_passphrase(1) for _ in range(400)}
    assert (
        len(seen) > 360
    )  # about 390 expected from 7,772 words  # a narrow or fixed choice would repeat


def test_very_long_input_is_checked_quickly() -> None:
    assert estimate("a" * 100_000).reason is not None
