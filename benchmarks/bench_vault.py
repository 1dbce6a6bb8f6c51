"""Vault costs against plain baselines, measured in the same run.

    .venv/bin/python benchmarks/bench_vault.py [--runs 15] [--size-mb 500] [--quick]

1. Autosave of a typical case (the complete sample answers plus metadata): encrypt +
   atomic write with backup, against writing the same JSON atomically in plain text.
2. Import of a --size-mb file into the vault (streamed encryption, fsync) against
   `shutil.copyfile` of the same file (with and without fsync); peak RSS growth of the
   import, measured in a child process (target: under 64 MiB).
3. Unlock time with the passphrase KDF calibrated on this computer, against the tiny
   test-profile parameters (which show the cost of everything but the KDF).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "complete_ready.json"

from benchmarks._figures import Figure, add_quick, report  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def median(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_autosave(work: Path, runs: int) -> None:
    from ombud_desktop.vault import Vault
    from ombud_desktop.vault.atomic import atomic_write

    os.environ["OMBUD_KDF_PROFILE"] = "test"  # unlock cost is measured separately
    vault = Vault(work / "autosave-vault")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    record = vault.create_case(json.loads(SAMPLE.read_text("utf-8")))
    record.ui_state = {"page": "reasons", "field": "reasons.problem_description"}
    plain_path = work / "plain.json"

    def save_plain() -> None:
        payload = json.dumps(record.answers, ensure_ascii=False).encode("utf-8")
        atomic_write(plain_path, payload)

    plain = median(save_plain, runs)
    encrypted = median(lambda: vault.save_case(record), runs)
    size = len(json.dumps(record.answers).encode())
    vault.close()
    print(f"autosave of a typical case ({size} bytes of answers), median of {runs}:")
    report(
        Figure(
            "autosave of a case (encrypt + backup + atomic write)",
            encrypted * 1000, plain * 1000, "ms", "plain JSON atomic write",
        )
    )  # fmt: skip


CHILD = """
import json, os, resource, sys, time
from ombud_desktop.vault import Vault
vault = Vault(sys.argv[1]); vault.unlock(sys.argv[3])
record = vault.create_case({})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
vault.add_attachment(record, sys.argv[2], category="other")
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_before_kib": before, "rss_after_kib": after}))
"""


def bench_import(work: Path, size_mb: int, runs: int) -> None:
    from ombud_desktop.vault import Vault

    source = work / "big.bin"
    with open(source, "wb") as out:
        block = os.urandom(1024 * 1024)
        for _ in range(size_mb):
            out.write(block)
    vault_dir = work / "import-vault"
    with Vault(vault_dir) as vault:
        vault.initialize(passphrase=PASSPHRASE, use_keyring=False)

    def copy(fsync: bool) -> float:
        target = work / "copy.bin"
        start = time.perf_counter()
        shutil.copyfile(source, target)
        if fsync:
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())
        seconds = time.perf_counter() - start
        target.unlink()
        return seconds

    copy(False)  # warm the page cache for both sides
    copy_plain = copy(False)
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMBUD_KDF_PROFILE="test")
    imports, copies, growth_mib = [], [], 0.0
    for _ in range(runs):  # alternated, so a busy spell of the machine hits both sides
        copies.append(copy(True))
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault_dir), str(source), PASSPHRASE],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        child = json.loads(result.stdout)
        imports.append(child["seconds"])
        growth_mib = max(growth_mib, (child["rss_after_kib"] - child["rss_before_kib"]) / 1024)
    print(f"import of a {size_mb} MB file (SHA-256 + AES-GCM + fsync), median of {runs}:")
    print(f"  shutil.copyfile without fsync            {copy_plain:7.2f} s")
    report(
        Figure(
            f"import of a {size_mb} MB file", statistics.median(imports),
            statistics.median(copies), "s", "copyfile + fsync", 2.0,
        )
    )  # fmt: skip
    report(
        Figure(
            f"memory growth importing {size_mb} MB (peak RSS)", max(growth_mib, 0.0), 64.0,
            "MiB", "the limit", 1.0,
        )
    )  # fmt: skip


def bench_unlock(work: Path, runs: int) -> None:
    from ombud_desktop.vault import Vault

    os.environ.pop("OMBUD_KDF_PROFILE", None)  # the KDF calibrated on this computer
    vault = Vault(work / "unlock-calibrated")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    params = vault.keystore().slot("passphrase")["kdf"]  # type: ignore[index]

    def unlock() -> None:
        vault.lock()
        vault._keystore = None  # read the key store from disk, as a fresh start does
        vault.unlock(PASSPHRASE)

    seconds = median(unlock, runs)
    vault.close()
    shown = {k: v for k, v in params.items() if k != "salt"}
    print(f"unlock with the passphrase, median of {runs}; calibrated KDF {shown}:")
    report(
        Figure(
            "unlock with the calibrated KDF (target about 500 ms)", seconds * 1000, 500.0,
            "ms", "the target",
        )
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--size-mb", type=int, default=500)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs, args.size_mb = 1, 8
    with tempfile.TemporaryDirectory(prefix="ombud-bench-") as folder:
        work = Path(folder)
        bench_autosave(work, args.runs)
        bench_import(work, args.size_mb, min(args.runs, 3))
        bench_unlock(work, min(args.runs, 5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
