"""Vault costs against plain baselines, measured in the same run.

    .venv/bin/python benchmarks/bench_vault.py [--runs 15] [--size-mb 500] [--pairs 5]
        [--cold] [--quick]

1. Autosave of a typical case (the complete sample answers plus metadata): encrypt +
   atomic write with backup, against writing the same JSON atomically in plain text
   (--runs interleaved pairs).
2. Import of a --size-mb file into the vault (streamed encryption, fsync) against
   `shutil.copyfile` + fsync of the same file: --pairs interleaved pairs, each run in a
   fresh process after `sync`, the source in the page cache for both (--cold: on the
   disk for both); the ratio is the median of the pairs' ratios, CPU times beside. Peak
   RSS growth of the import while it runs (target: under 64 MiB).
3. Attaching a --size-mb PDF (one scanned page) as the Documents step does: the attach
   check, then the import. Peak RSS growth while it runs, in --pairs fresh processes,
   against the file's size (what reading it whole into memory would cost).
4. Unlock time with the passphrase KDF calibrated on this computer, against its target
   and against the key derivation alone with the same parameters (interleaved).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "complete_ready.json"

from benchmarks._figures import (  # noqa: E402
    Figure,
    Pairs,
    Sample,
    add_quick,
    interleave,
    measure,
    report,
)
from benchmarks._memory import peak_rss_kib, reset_peak_rss_kib  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def bench_autosave(work: Path, runs: int) -> None:
    from ombud_desktop.vault import Vault
    from ombud_desktop.vault.atomic import atomic_write

    vault = Vault(work / "autosave-vault")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    record = vault.create_case(json.loads(SAMPLE.read_text("utf-8")))
    record.ui_state = {"page": "reasons", "field": "reasons.problem_description"}
    plain_path = work / "plain.json"

    def save_plain() -> None:
        payload = json.dumps(record.answers, ensure_ascii=False).encode("utf-8")
        atomic_write(plain_path, payload)

    def save_encrypted() -> None:
        vault.save_case(record)

    save_plain()  # warm-up
    save_encrypted()
    runs_of = interleave(
        {"ours": lambda: measure(save_encrypted), "plain": lambda: measure(save_plain)}, runs
    )
    size = len(json.dumps(record.answers).encode())
    vault.close()
    print(f"autosave of a typical case ({size} bytes of answers), {runs} interleaved runs:")
    report(
        Pairs(runs_of["ours"], runs_of["plain"]).figure(
            "autosave of a case (encrypt + backup + atomic write)", "plain JSON atomic write", "ms"
        )
    )


def child(mode: str, source: str, folder: str) -> None:
    """One timed run in a fresh process (`bench_vault.py child MODE SOURCE FOLDER`): the
    import into the vault in FOLDER, copyfile + fsync into FOLDER, or the SHA-256 of
    SOURCE alone. Prints its Sample and how much its peak memory grew while it ran;
    removes what it wrote, untimed."""
    target = Path(folder) / "copy.bin"
    if mode == "import":
        from ombud_desktop.vault import Vault

        vault = Vault(Path(folder) / "vault")
        vault.unlock(PASSPHRASE)
        record = vault.create_case({})

        def action() -> None:
            vault.add_attachment(record, source, category="other")

    elif mode == "sha256":

        def action() -> None:
            with open(source, "rb") as handle:
                hashlib.file_digest(handle, "sha256")

    else:

        def action() -> None:
            shutil.copyfile(source, target)
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())

    before = reset_peak_rss_kib()
    sample = measure(action)
    growth_kib = peak_rss_kib() - before
    if mode == "import":
        vault.delete_case(record.id)
        vault.close()
    target.unlink(missing_ok=True)
    print(json.dumps({"wall": sample.wall, "cpu": sample.cpu, "growth_kib": growth_kib}))


def bench_import(work: Path, size_mb: int, runs: int, cold: bool) -> None:
    from ombud_desktop.vault import Vault

    source = work / "big.bin"
    with open(source, "wb") as out:
        block = os.urandom(1024 * 1024)
        for _ in range(size_mb):
            out.write(block)
    with Vault(work / "vault") as vault:
        vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMBUD_KDF_PROFILE="test")
    growth: dict[str, list[float]] = {"import": [], "copy": [], "sha256": []}

    def run(mode: str) -> Sample:
        done = subprocess.run(
            [sys.executable, __file__, "child", mode, str(source), str(work)],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        facts = json.loads(done.stdout)
        growth[mode].append(facts["growth_kib"] / 1024)
        return Sample(facts["wall"], facts["cpu"])

    def settle() -> None:
        # The last run's writes and removal reach the disk before the next run starts, so
        # no run pays for another's write-back; then the source is in memory for both
        # sides (read once, warm) or on the disk for both (--cold: its pages dropped).
        os.sync()
        with open(source, "rb") as handle:
            if cold:
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            else:
                while handle.read(1 << 20):
                    pass

    modes = ("import", "copy", "sha256")
    runs_of = interleave({mode: functools.partial(run, mode) for mode in modes}, runs, settle)
    source_state = "read from the disk" if cold else "in the page cache"
    print(
        f"import of a {size_mb} MB file (SHA-256 + AES-GCM + fsync), copyfile + fsync and"
        f" SHA-256 alone, source {source_state}, {runs} interleaved rounds:"
    )
    report(
        Pairs(runs_of["import"], runs_of["copy"]).figure(
            f"import of a {size_mb} MB file", "copyfile + fsync", "s", 2.0
        )
    )
    # The floor of the import on this computer: SHA-256 runs on one core at the speed
    # of the CPU's SHA instructions, and the import cannot end before its last byte.
    report(
        Pairs(runs_of["import"], runs_of["sha256"]).figure(
            f"import of a {size_mb} MB file against its floor", "SHA-256 alone", "s"
        )
    )
    report(
        Figure(
            f"memory growth importing {size_mb} MB (peak RSS)", max(growth["import"]), 64.0,
            "MiB", "the limit", 1.0, extra=f"copyfile + fsync: {max(growth['copy']):.1f} MiB",
        )
    )  # fmt: skip


def bench_attach(work: Path, size_mb: int, runs: int) -> None:
    from tests.documents.hostile import write_big_scan_pdf

    source = work / "scan.pdf"
    write_big_scan_pdf(str(source), size_mb * 1024 * 1024)
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMBUD_KDF_PROFILE="test")
    growth_mib = []
    for run in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "tests.documents.attach_driver", "gui", str(source),
             str(work / f"attach-vault-{run}")],
            capture_output=True, text=True, env=env, check=True, cwd=ROOT,
        )  # fmt: skip
        facts = json.loads(done.stdout)
        if not facts["added"]:
            raise SystemExit(f"the benchmark's PDF was refused: {facts['message']}")
        growth_mib.append(facts["growth_kib"] / 1024)
        shutil.rmtree(work / f"attach-vault-{run}")
    source_mib = source.stat().st_size / (1024 * 1024)
    source.unlink()
    print(f"attaching a {size_mb} MB PDF in the Documents step (check + import), {runs} runs:")
    report(
        Figure(
            f"peak memory attaching a {size_mb} MB PDF (Documents step)", max(growth_mib),
            source_mib, "MiB", "the file's size", 0.25,
            extra=f"runs: {', '.join(f'{g:.1f}' for g in growth_mib)} MiB",
        )
    )  # fmt: skip


def bench_unlock(work: Path, runs: int) -> None:
    from ombud_desktop.vault import Vault, kdf

    os.environ.pop("OMBUD_KDF_PROFILE", None)  # the KDF calibrated on this computer
    vault = Vault(work / "unlock-calibrated")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    params = vault.keystore().slot("passphrase")["kdf"]  # type: ignore[index]

    def unlock() -> None:
        vault.lock()
        vault._keystore = None  # read the key store from disk, as a fresh start does
        vault.unlock(PASSPHRASE)

    def derive_alone() -> None:
        kdf.derive(params, PASSPHRASE)

    unlock()  # warm-up
    runs_of = interleave(
        {"unlock": lambda: measure(unlock), "kdf": lambda: measure(derive_alone)}, runs
    )
    vault.close()
    shown = {k: v for k, v in params.items() if k != "salt"}
    print(f"unlock with the passphrase, {runs} interleaved rounds; calibrated KDF {shown}:")
    seconds = statistics.median(sample.wall for sample in runs_of["unlock"])
    report(
        Figure(
            "unlock with the calibrated KDF (target about 500 ms)", seconds * 1000, 500.0,
            "ms", "the target",
        )
    )  # fmt: skip
    # What unlocking costs beyond the key derivation (reading and opening the key store).
    report(
        Pairs(runs_of["unlock"], runs_of["kdf"]).figure(
            "unlock with the calibrated KDF", "the key derivation alone", "ms"
        )
    )


def main() -> int:
    if sys.argv[1:2] == ["child"]:
        child(*sys.argv[2:5])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--pairs", type=int, default=5, help="interleaved import/copy pairs")
    parser.add_argument(
        "--cold", action="store_true", help="import and copy read the file from the disk"
    )
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs, args.size_mb, args.pairs = 1, 8, 1
    os.environ["OMBUD_KDF_PROFILE"] = "test"  # unlock cost is measured separately
    with tempfile.TemporaryDirectory(prefix="ombud-bench-") as folder:
        work = Path(folder)
        bench_autosave(work, args.runs)
        bench_import(work, args.size_mb, args.pairs, args.cold)
        bench_attach(work, args.size_mb, args.pairs)
        bench_unlock(work, min(args.runs, 5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
