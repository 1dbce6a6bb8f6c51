"""Attack: hand-off files whose record or file list is of the wrong shape are refused
before anything is written, and a case that cannot be read never takes the others down."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ombud_desktop.vault import Vault, VaultError
from tests.cli_runner import run_cli
from tests.vault.conftest import sample_answers
from tests.vault.hostile_handoff import PASSPHRASE, forge, listing, record_body

FILES = {"mnpqrstuvwxy": b"%PDF-1.4 first", "zyxwvutsrqpn": b"%PDF-1.4 second"}
Edit = Callable[[dict[str, Any], list[dict[str, Any]]], None]


def _set(path: str, value: Any) -> Edit:
    def edit(record: dict[str, Any], _files: list[dict[str, Any]]) -> None:
        node = record
        *parents, last = path.split(".")
        for part in parents:
            node = node[part]
        node[last] = value

    return edit


def _files(change: Callable[[list[dict[str, Any]]], None]) -> Edit:
    return lambda _record, files: change(files)


ATTACKS: dict[str, Edit] = {
    "answers are a list": _set("answers", []),
    "numeric updated_at": _set("meta.updated_at", 1767348000),
    "created_at not a date": _set("meta.created_at", "yesterday"),
    "unknown status": _set("meta.status", "approved"),
    "sent is text": _set("meta.sent", "yes"),
    "sent with extra keys": _set("meta.sent", {"date": "x", "channel": "fax", "x": 1}),
    "ui_state is a list": _set("meta.ui_state", [1, 2]),
    "attachments are a list": _set("meta.attachments", []),
    "case id is a path": _set("id", "../../evil"),
    "case id is a number": _set("id", 12345),
    "negative version": _set("meta.version", -1),
    "documents not a list": _set("answers.documents", {"a": 1}),
    "other schema": _set("answers.schema", "ombud-case/9"),
    "huge answer": _set("answers.reasons", {"problem_description": "x" * 5_000_001}),
    "attachment size negative": lambda r, f: r["meta"]["attachments"]["mnpqrstuvwxy"].update(
        size=-1
    ),
    "file listed twice": _files(lambda f: f.append(dict(f[0]))),
    "file not in the record": _files(
        lambda f: f.append({"id": "aaaaaaaaaaaa", "size": 0, "sha256": "e3" + "0" * 62})
    ),
    "record file missing": _files(lambda f: f.pop()),
    "file size differs from the record": _files(lambda f: f[0].update(size=3)),
    "file SHA-256 differs from the record": _files(lambda f: f[0].update(sha256="1" * 64)),
    "file id is a path": _files(lambda f: f[0].update(id="../key.ombud")),
    "file entry has extra keys": _files(lambda f: f[0].update(path="/etc/passwd")),
}


def _nothing_written(vault: Vault, before: set[str]) -> None:
    cases = vault.data_dir / "cases"
    assert {p.name for p in cases.iterdir()} == before  # no case, no staging folder left


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hostile_record_is_refused_before_anything_is_written(
    vault: Vault, tmp_path: Path, attack: str
) -> None:
    kept = vault.create_case(sample_answers())
    before = {p.name for p in (vault.data_dir / "cases").iterdir()}
    record, files = record_body(files=FILES), listing(FILES)
    ATTACKS[attack](record, files)
    path = forge(tmp_path / "evil.ombud-handoff", {"record": record, "attachments": files},
                 b"".join(FILES.values()))  # fmt: skip
    with pytest.raises(VaultError, match="holds a case this app cannot use") as caught:
        vault.import_handoff(path, PASSPHRASE, on_conflict="new_id")
    assert "Nothing was imported" in str(caught.value)
    _nothing_written(vault, before)
    assert [s.id for s in vault.list_cases()] == [kept.id]


def test_the_forger_makes_files_that_import(vault: Vault, tmp_path: Path) -> None:
    """The attacks above differ from an importable file only by their one change."""
    path = forge(tmp_path / "good", {"record": record_body(files=FILES),
                 "attachments": listing(FILES)}, b"".join(FILES.values()))  # fmt: skip
    record = vault.import_handoff(path, PASSPHRASE)
    assert vault.read_attachment(record, "zyxwvutsrqpn") == FILES["zyxwvutsrqpn"]


def test_screen_state_of_the_wrong_shape_is_dropped_key_by_key(
    vault: Vault, tmp_path: Path
) -> None:
    """The wizard's state is the sender's app's business: a wrong value (a list of steps
    that is a number, strokes that are not points) reads as not set, the rest is kept."""
    record = record_body(files=FILES)
    record["meta"]["ui_state"] = {
        "page": "documents",
        "visited": 5,
        "shown_pages": ["subject", {"x": 1}],
        "signature_drawing": [[[0.1, 0.2], [0.2, 0.3]], "scribble"],
        "export_folder": ["/tmp"],
    }
    path = forge(tmp_path / "odd-state", {"record": record, "attachments": listing(FILES)},
                 b"".join(FILES.values()))  # fmt: skip
    imported = vault.import_handoff(path, PASSPHRASE)
    for loaded in (imported, vault.load_case(imported.id)):
        assert loaded.ui_state == {
            "page": "documents",
            "shown_pages": ["subject"],
            "signature_drawing": [[(0.1, 0.2), (0.2, 0.3)]],
        }


@pytest.mark.parametrize(
    "manifest",
    [
        b"[" * 200_000 + b"]" * 200_000,  # RecursionError in json, unless caught
        b'{"record": ' + b'{"a":' * 5000 + b"1" + b"}" * 5000 + b', "attachments": []}',
        b'{"record": {}, "attachments": [], "more": 1}',
        b"\xff\xfe not json",
        b"[]",
    ],
)
def test_unreadable_or_deeply_nested_manifest_gives_a_clear_error(
    vault: Vault, tmp_path: Path, manifest: bytes
) -> None:
    path = forge(tmp_path / "nested", None, raw_manifest=manifest)
    with pytest.raises(VaultError, match="holds a case this app cannot use"):
        vault.import_handoff(path, PASSPHRASE)
    assert not (vault.data_dir / "cases").exists() or not list((vault.data_dir / "cases").iterdir())


def damage_record(vault: Vault, case_id: str, **changes: Any) -> None:
    """An authentic record of the wrong shape (as an older bug or a forged import could
    leave), written over the case file and its backup."""
    record = vault.load_case(case_id)
    for name, value in changes.items():
        setattr(record, name, value)
    data = vault._encode_record(record)
    folder = vault.case_dir(case_id)
    for name in ("case.ombud", "case.ombud.bak"):
        (folder / name).write_bytes(data)


def test_one_unreadable_case_never_takes_the_others_down(
    vault: Vault, passphrase_file: Path
) -> None:
    good = vault.create_case(sample_answers("good"))
    bad = vault.create_case(sample_answers("bad"))
    damage_record(vault, bad.id, answers=[])
    other = vault.create_case(sample_answers("other"))
    damage_record(vault, other.id, updated_at=1767348000)

    listing_ = {s.id: s for s in vault.list_cases()}
    assert listing_[good.id].problem is None
    for case_id in (bad.id, other.id):
        problem = listing_[case_id].problem or ""
        assert case_id in problem and "case delete" in problem and "Every other case" in problem
    assert vault.load_case(good.id).answers["subject"]["first_name"] == "Anagood"
    vault.close()

    shown = run_cli("case", "list", "--passphrase-file", passphrase_file)
    assert shown.returncode == 0, shown.stderr
    assert f"{bad.id:<12} DAMAGED" in shown.stdout and "Anagood" in shown.stdout
    deleted = run_cli("case", "delete", bad.id, "--yes", "--passphrase-file", passphrase_file)
    assert deleted.returncode == 0, deleted.stderr
    after = run_cli("case", "list", "--json", "--passphrase-file", passphrase_file)
    assert {s["id"] for s in json.loads(after.stdout)} == {good.id, other.id}


_SALT = "AAAAAAAAAAAAAAAAAAAAAA=="


@pytest.mark.parametrize(
    "params",
    [
        {"name": "argon2id", "salt": _SALT, "iterations": 3, "lanes": 4, "memory_cost": 4 << 20},
        {"name": "argon2id", "salt": _SALT, "iterations": 1000, "lanes": 4, "memory_cost": 65536},
        {"name": "argon2id", "salt": _SALT, "iterations": 3, "lanes": 64, "memory_cost": 65536},
        {"name": "argon2id", "salt": _SALT, "iterations": 21, "lanes": 4, "memory_cost": 65536},
        {"name": "scrypt", "salt": _SALT, "log_n": 22},
    ],
)
def test_handoff_demanding_unbounded_work_is_refused_at_once(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, Any]
) -> None:
    from ombud_desktop.vault import kdf

    path = forge(tmp_path / "heavy", {"record": record_body(), "attachments": []},
                 kdf_params=params)  # fmt: skip

    def no_work(*_args: object) -> bytes:
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(kdf, "derive", no_work)
    with pytest.raises(VaultError, match="far more memory or time"):
        vault.import_handoff(path, PASSPHRASE)


def test_parameters_this_app_writes_are_within_the_hand_off_bounds() -> None:
    from ombud_desktop.vault import kdf

    most = {"name": "argon2id", "salt": _SALT, "lanes": kdf.ARGON2_LANES,
            "memory_cost": kdf.ARGON2_MEMORY_KIB,
            "iterations": kdf.MAX_CALIBRATED_ITERATIONS}  # fmt: skip
    assert kdf.check_params(most, kdf.WRITTEN_LIMITS)
    assert kdf.check_params({"name": "scrypt", "salt": _SALT, "log_n": 20}, kdf.WRITTEN_LIMITS)
    assert kdf.check_params(kdf.new_params(), kdf.WRITTEN_LIMITS)  # the test profile's
