"""Crash consistency: a process saving in a loop is SIGKILLed at random moments; every
time, the case loads as the last saved version or the one being saved — never damaged."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from typing import Any

import pytest

from ombud_desktop.vault import Vault
from tests.vault.conftest import sample_answers

KILLS = 200
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]


def _save_forever(vault: Vault, case_id: str, started: Any, committed: Any) -> None:
    """Runs in the forked child until killed."""
    record = vault.load_case(case_id)
    counter = int(record.answers["counter"])
    started.set()
    while True:
        counter += 1
        record.answers["counter"] = counter
        vault.save_case(record)
        committed.value = counter  # only after os.replace + fsync returned


def test_sigkill_during_saves_leaves_old_or_new_version(vault: Vault) -> None:
    answers = sample_answers()
    # Some bulk, so a kill often lands inside a write rather than between saves.
    answers["reasons"]["problem_description"] = "x" * 200_000
    answers["counter"] = 0
    case_id = vault.create_case(answers).id
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(7001)
    committed = ctx.Value("q", 0, lock=False)  # a lock held by a killed child would hang us
    outcomes = {"new": 0, "old": 0}
    for _ in range(KILLS):
        committed.value = int(vault.load_case(case_id).answers["counter"])
        started = ctx.Event()
        worker = ctx.Process(target=_save_forever, args=(vault, case_id, started, committed))
        worker.start()
        assert started.wait(30), "the saving process did not start"
        time.sleep(rng.uniform(0, 0.012))  # the random moment of the crash
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(30)
        assert worker.exitcode == -signal.SIGKILL
        last = committed.value
        loaded = vault.load_case(case_id)  # raises if the file were damaged
        counter = int(loaded.answers["counter"])
        assert counter in (last, last + 1), (counter, last)
        assert loaded.answers["reasons"]["problem_description"] == "x" * 200_000
        assert vault.notices == []  # never needed the backup
        outcomes["new" if counter == last + 1 else "old"] += 1
    print("crash outcomes:", outcomes)
    assert sum(outcomes.values()) == KILLS
