"""`ombud-desktop validate` and `schema`, run as a user runs them (a real subprocess)."""

from __future__ import annotations

import json

import pytest

from tests.cli_runner import run_cli
from tests.core.conftest import DATA, TODAY

# Sample file -> (exit status, findings as (field id, severity, code)), as of TODAY.
EXPECTED = {
    "complete_ready": (0, []),
    "minimal": (
        0,
        [
            ("actions_taken.ncsc_called", "warning", "contact.none"),
            ("reasons.desired_outcome", "warning", "recommended"),
            ("subject.date_of_birth", "warning", "recommended"),
            ("benefit.types", "warning", "recommended"),
        ],
    ),
    "cannot_help": (
        1,
        [
            ("screening.blockers", "error", "screening.blocker.wants_legal_advice"),
            ("screening.blockers", "error", "screening.blocker.disagrees_no_error"),
            ("subject.date_of_birth", "warning", "recommended"),
        ],
    ),
    # ready (mail is signed on paper), but email and fax need the signed page
    "protected_category": (
        0,
        [("consent.signature_method", "warning", "consent.signed_form_missing")],
    ),
    "attorney_with_g28": (0, []),
    "attorney_without_g28": (1, [("documents", "error", "g28.missing")]),
    "names_multiscript": (0, []),
}


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_validate_json_gives_the_expected_findings_by_field_id(sample):
    result = run_cli("validate", DATA / f"{sample}.json", "--json", "--today", TODAY.isoformat())
    status, findings = EXPECTED[sample]
    assert result.returncode == status, result.stderr
    report = json.loads(result.stdout)  # exactly one JSON object
    assert set(report) == {"ready", "findings"}
    assert report["ready"] is (status == 0)
    assert [(f["field"], f["severity"], f["code"]) for f in report["findings"]] == findings
    for finding in report["findings"]:
        assert set(finding) == {"field", "severity", "code", "message"} and finding["message"]


def test_validate_text_report_names_the_problems_by_section(tmp_path):
    result = run_cli("validate", DATA / "attorney_without_g28.json", "--today", "2026-11-20")
    assert result.returncode == 1
    assert "NOT ready to send" in result.stdout and "11/20/2026" in result.stdout
    assert "Supporting documents" in result.stdout and "G-28" in result.stdout


def test_validate_ready_case_says_ready():
    result = run_cli("validate", DATA / "complete_ready.json", "--today", "2026-11-20")
    assert result.returncode == 0
    assert "ready to send" in result.stdout and "NOT" not in result.stdout
    assert "15 months past the" in result.stdout  # how long it waited


def test_validate_protected_category_case_with_a_typed_signature(tmp_path):
    answers = json.loads((DATA / "protected_category.json").read_text())
    answers["consent"]["signature_method"] = "typed"
    path = tmp_path / "protected.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    result = run_cli("validate", path, "--json", "--today", "2026-11-20")
    assert result.returncode == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["field"], finding["code"]) == (
        "consent.signature_method",
        "consent.wet_ink_required",
    )


def test_validate_bad_json_names_the_file_line_and_column(tmp_path):
    path = tmp_path / "broken answers.json"
    path.write_text('{\n  "subject": {\n    "first_name": "Lan"\n    "last_name": "Tran"\n}}')
    result = run_cli("validate", path, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "broken answers.json" in result.stderr
    assert "line 4, column 5" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "one JSON object"),
        (b'{"schema": "ombud-case/7"}', "ombud-case/7"),
    ],
)
def test_validate_unreadable_file_exits_2_with_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "answers.json"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("validate", path)
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_validate_reads_stdin_and_refuses_a_bad_today():
    text = (DATA / "complete_ready.json").read_text()
    assert run_cli("validate", "-", "--today", "2026-11-20", input=text).returncode == 0
    result = run_cli("validate", DATA / "complete_ready.json", "--today", "11/31/2026")
    assert result.returncode == 2 and "--today" in result.stderr


def test_schema_prints_the_json_schema_of_the_answers_file():
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema"]["const"] == "ombud-case/1"
    assert "receipt_number" in schema["properties"]["filings"]["items"]["properties"]
