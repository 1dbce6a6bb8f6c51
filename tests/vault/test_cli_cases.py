"""The case/vault CLI end to end, through a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli
from tests.vault.conftest import sample_answers


def _answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(sample_answers()), "utf-8")
    return path


def test_case_new_list_show_attach_delete(tmp_path: Path, passphrase_file: Path) -> None:
    pf = ("--passphrase-file", passphrase_file)
    created = run_cli(*pf, "case", "new", "--answers", _answers_file(tmp_path))
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    assert "created a new vault" in created.stderr

    listing = run_cli("case", "list", *pf)
    assert case_id in listing.stdout and "Ana Diaz" in listing.stdout and "I-130" in listing.stdout
    [summary] = json.loads(run_cli("case", "list", "--json", *pf).stdout)
    assert summary["id"] == case_id and summary["status"] == "draft"
    assert summary["form_numbers"] == ["I-130"] and summary["due_for_retention"] is False

    doc = tmp_path / "letter.pdf"
    doc.write_bytes(b"%PDF-1.4\n% not really a PDF\n")
    refused = run_cli(*pf, "case", "attach", case_id, doc, "--category", "received_from_uscis")
    assert refused.returncode == 2 and "letter.pdf: the PDF is damaged" in refused.stderr
    from tests.documents.samples import pdf_bytes

    doc.write_bytes(pdf_bytes(2))
    attached = run_cli(*pf, "case", "attach", case_id, doc, "--category", "received_from_uscis")
    assert attached.returncode == 0, attached.stderr
    assert "pdf" in attached.stdout

    shown = run_cli(*pf, "case", "show", case_id, "--json")
    answers = json.loads(shown.stdout)
    assert answers["subject"]["first_name"] == "Ana"
    assert answers["documents"][0]["original_filename"] == "letter.pdf"
    assert answers["documents"][0]["category"] == "received_from_uscis"

    refused = run_cli(*pf, "case", "delete", case_id)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    deleted = run_cli(*pf, "case", "delete", case_id, "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert case_id not in run_cli(*pf, "case", "list").stdout


def test_bad_answers_file_gets_a_clear_message(tmp_path: Path, passphrase_file: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    result = run_cli("--passphrase-file", passphrase_file, "case", "new", "--answers", bad)
    assert result.returncode == 2
    assert "not valid JSON" in result.stderr and "Traceback" not in result.stderr


def test_wrong_passphrase_and_no_terminal(tmp_path: Path, passphrase_file: Path) -> None:
    run_cli("--passphrase-file", passphrase_file, "vault", "init")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope")
    result = run_cli("--passphrase-file", wrong, "case", "list")
    assert result.returncode == 2 and "does not open this vault" in result.stderr
    result = run_cli("case", "list", input="")
    assert result.returncode == 2 and "--passphrase-file" in result.stderr


def test_list_before_any_vault_says_how_to_start() -> None:
    result = run_cli("case", "list")
    assert result.returncode == 2 and "vault init" in result.stderr


def test_vault_init_with_recovery_key_and_lock_status(passphrase_file: Path) -> None:
    result = run_cli("--passphrase-file", passphrase_file, "vault", "init", "--recovery-key")
    assert result.returncode == 0, result.stderr
    assert "Recovery key" in result.stdout and "No recovery key" not in result.stdout
    again = run_cli("--passphrase-file", passphrase_file, "vault", "init")
    assert again.returncode == 2 and "already exists" in again.stderr
    status = json.loads(run_cli("vault", "lock-status", "--json").stdout)
    assert status["exists"] and status["unlock_methods"] == ["passphrase", "recovery"]
    assert status["keyring_secure"] is False and status["in_use_by"] is None


def test_vault_init_without_keyring_or_passphrase_explains() -> None:
    result = run_cli("vault", "init", "--keyring")
    assert result.returncode == 2 and "No secure system keyring" in result.stderr


def test_handoff_round_trip_and_conflicts(tmp_path: Path, passphrase_file: Path) -> None:
    pf = ("--passphrase-file", passphrase_file)
    case_id = run_cli(*pf, "case", "new", "--answers", _answers_file(tmp_path)).stdout.strip()
    handoff_pw = tmp_path / "handoff-pw.txt"
    handoff_pw.write_text("another passphrase")
    out = tmp_path / "case.ombud-handoff"
    hp = ("--handoff-passphrase-file", handoff_pw)
    made = run_cli(*pf, "case", "handoff", case_id, "--out", out, *hp)
    assert made.returncode == 0, made.stderr
    refused = run_cli(*pf, "case", "import", out, *hp)
    assert refused.returncode == 2 and "already in this vault" in refused.stderr
    copy = run_cli(*pf, "case", "import", out, "--new-id", *hp)
    assert copy.returncode == 0 and copy.stdout.strip() != case_id
    replaced = run_cli(*pf, "case", "import", out, "--replace", *hp)
    assert replaced.returncode == 0 and replaced.stdout.strip() == case_id
    # Vault options also work after the verb.
    other_vault = run_cli("case", "import", out, *hp, *pf, "--data-dir", tmp_path / "other")
    assert other_vault.returncode == 0 and other_vault.stdout.strip() == case_id
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope")
    bad = run_cli(*pf, "case", "import", out, "--handoff-passphrase-file", wrong)
    assert bad.returncode == 2 and "does not open the hand-off file" in bad.stderr


def test_recovery_key_file_and_passphrase_change(tmp_path: Path, passphrase_file: Path) -> None:
    init = run_cli("--passphrase-file", passphrase_file, "vault", "init", "--recovery-key")
    recovery = init.stdout.split("not shown again):")[1].strip()
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(recovery.lower() + "\n")
    new_pw = tmp_path / "new.txt"
    new_pw.write_text("brand new passphrase")
    # Forgot the passphrase: the recovery key opens the vault and sets a new one.
    changed = run_cli("vault", "set-passphrase", "--recovery-key-file", recovery_file,
                      "--new-passphrase-file", new_pw)  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    old = run_cli("--passphrase-file", passphrase_file, "case", "list")
    assert old.returncode == 2 and "does not open this vault" in old.stderr
    assert run_cli("--passphrase-file", new_pw, "case", "list").returncode == 0
    fresh = run_cli("--passphrase-file", new_pw, "vault", "new-recovery-key")
    assert fresh.returncode == 0 and "Recovery key" in fresh.stdout
    stale = run_cli("case", "list", "--recovery-key-file", recovery_file)
    assert stale.returncode == 2 and "recovery key does not open" in stale.stderr


def test_keyring_missing_points_to_the_command_line_options(passphrase_file: Path) -> None:
    from ombud_desktop.vault import Vault

    with Vault() as vault:  # in this process the (memory) keyring is secure
        vault.initialize(passphrase=passphrase_file.read_text().strip(), use_keyring=True)
    result = run_cli("case", "list", input="")  # the child has no secure keyring
    assert result.returncode == 2
    assert "--passphrase-file FILE" in result.stderr
    assert "--recovery-key-file" not in result.stderr
    assert run_cli("case", "list", "--passphrase-file", passphrase_file).returncode == 0


def test_weak_vault_and_handoff_passphrases_are_refused(tmp_path: Path) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n")
    refused = run_cli("--passphrase-file", weak, "vault", "init", "--passphrase")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "too easy to guess" in refused.stderr and "for example:" in refused.stderr
    assert not (tmp_path / "data" / "vault.keys").exists()

    strong = tmp_path / "strong.txt"
    strong.write_text("correct horse battery staple\n")
    pf = ("--passphrase-file", strong)
    case_id = run_cli(*pf, "case", "new", "--answers", _answers_file(tmp_path)).stdout.strip()
    out = tmp_path / "case.handoff"
    handoff = run_cli(*pf, "case", "handoff", case_id, "--out", out,
                      "--handoff-passphrase-file", weak)  # fmt: skip
    assert handoff.returncode == 2 and "too easy to guess" in handoff.stderr
    assert not out.exists()
    changed = run_cli(*pf, "vault", "set-passphrase", "--new-passphrase-file", weak)
    assert changed.returncode == 2 and "too easy to guess" in changed.stderr
    assert run_cli(*pf, "case", "list").returncode == 0  # the old passphrase still opens


def test_cli_key_changes_lock_out_the_old_secrets(tmp_path: Path, passphrase_file: Path) -> None:
    pf = ("--passphrase-file", passphrase_file)
    made = run_cli(*pf, "vault", "init", "--passphrase", "--recovery-key")
    old_recovery = made.stdout.split("keep it somewhere safe; it is not shown again):")[1].split()[
        0
    ]
    case_id = run_cli(*pf, "case", "new", "--answers", _answers_file(tmp_path)).stdout.strip()
    renewed = run_cli(*pf, "vault", "new-recovery-key")
    assert renewed.returncode == 0, renewed.stderr
    assert "old recovery key no longer opens" in renewed.stdout
    old_file = tmp_path / "old-recovery.txt"
    old_file.write_text(old_recovery)
    refused = run_cli("case", "list", "--recovery-key-file", old_file)
    assert refused.returncode == 2 and "recovery key does not open" in refused.stderr

    new = tmp_path / "new.txt"
    new.write_text("marimba juniper trolley obsidian\n")
    changed = run_cli(*pf, "vault", "set-passphrase", "--new-passphrase-file", new)
    assert changed.returncode == 0 and "old passphrase no longer opens" in changed.stdout
    assert run_cli(*pf, "case", "list").returncode == 2
    assert case_id in run_cli("--passphrase-file", new, "case", "list").stdout
