"""The case model: nested answers, dotted ids, schema version, exact JSON round trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.core import model
from ombud_desktop.core.model import SCHEMA, Case, CaseFormatError

_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_json_values = st.recursive(
    _json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(), _json_values, max_size=6))
def test_json_round_trip_is_exact_for_any_unicode(answers):
    answers.pop("schema", None)
    data = {"schema": SCHEMA, **answers}
    case = Case.from_answers(data)
    assert case.to_answers() == data
    again = Case.from_json(case.to_json())
    assert again.to_answers() == data
    assert list(again.to_answers()) == list(data)  # key order too
    assert Case.from_json(case.to_json().encode("utf-8")).to_answers() == data


def test_lone_surrogates_survive_the_round_trip_as_escapes():
    data = {"schema": SCHEMA, "subject": {"first_name": "a\ud800b"}}
    text = Case.from_answers(data).to_json()
    text.encode("utf-8")  # writable as UTF-8
    assert Case.from_json(text).to_answers() == data


def test_round_trip_keeps_names_in_any_script():
    data = {
        "schema": SCHEMA,
        "subject": {"first_name": "Nguyễn Thị", "last_name": "王", "other_names": "فاطمة الزهراء"},
    }
    assert Case.from_json(Case.from_answers(data).to_json()).to_answers() == data


def test_get_and_set_by_dotted_id_with_list_indexes():
    case = Case()
    case.set("subject.address.city", "Houston")
    case.set("filings.1.receipt_number", "IOE0912345678")
    assert case.answers["subject"] == {"address": {"city": "Houston"}}
    assert case.answers["filings"] == [{}, {"receipt_number": "IOE0912345678"}]
    assert case.get("filings.1.receipt_number") == "IOE0912345678"
    assert case.get("filings.5.receipt_number") is None
    assert case.get("subject.address.city.nope", "x") == "x"
    case.set("subject.address.city", None)
    assert case.get("subject.address") == {}
    case.delete("filings.0")
    assert case.items("filings") == [{"receipt_number": "IOE0912345678"}]


def test_set_never_overwrites_an_answer_in_the_way():
    case = Case.from_answers({"subject": "just text"})
    with pytest.raises(ValueError):
        case.set("subject.first_name", "Lan")
    assert case.get("subject") == "just text"


def test_from_answers_does_not_share_or_change_the_input():
    data = {"schema": SCHEMA, "subject": {"first_name": "Lan"}}
    case = Case.from_answers(data)
    case.set("subject.first_name", "Mai")
    assert data["subject"]["first_name"] == "Lan"


def test_missing_schema_counts_as_current():
    assert Case.from_answers({"subject": {}}).to_answers() == {"schema": SCHEMA, "subject": {}}


def test_unknown_schema_version_is_refused_with_a_clear_message():
    with pytest.raises(CaseFormatError, match="ombud-case/9"):
        Case.from_answers({"schema": "ombud-case/9"})


def test_migration_hook_upgrades_old_answers(monkeypatch):
    def upgrade(answers):
        answers["subject"] = {"first_name": answers.pop("name")}
        return answers

    monkeypatch.setitem(model.MIGRATIONS, "ombud-case/0", (SCHEMA, upgrade))
    case = Case.from_answers({"schema": "ombud-case/0", "name": "Lan"})
    assert case.to_answers() == {"schema": SCHEMA, "subject": {"first_name": "Lan"}}


def test_bad_json_names_the_source_line_and_column():
    with pytest.raises(CaseFormatError) as info:
        Case.from_json('{\n  "subject": {"first_name": "Lan"\n}', source="lan.json")
    message = str(info.value)
    assert "lan.json" in message and "line 3" in message and "column" in message


def test_nan_and_infinite_numbers_are_refused_as_not_json():
    for text in ('{"a": NaN}', '{"a": -Infinity}', '{"a": 1e999}'):
        with pytest.raises(CaseFormatError, match="JSON does not allow"):
            Case.from_json(text, source="x.json")


def test_answers_must_be_an_object():
    with pytest.raises(CaseFormatError, match="one JSON object"):
        Case.from_json(json.dumps(["a"]))


def test_leaves_walk_lists_of_objects_but_not_lists_of_codes():
    case = Case.from_answers(
        {"reasons": {"kinds": ["other"]}, "filings": [{"form_number": "I-130"}]}
    )
    assert dict(case.leaves()) == {"reasons.kinds": ["other"], "filings.0.form_number": "I-130"}


def test_absurdly_deep_answers_are_refused_not_a_crash():
    text = '{"a": ' + "[" * 900 + "]" * 900 + "}"
    with pytest.raises(CaseFormatError, match="nested"):
        Case.from_json(text)
    with pytest.raises(CaseFormatError, match="nested"):
        Case.from_json('{"a": ' + "[" * 100000 + "]" * 100000 + "}")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_file_content_is_a_case_or_a_clear_format_error(content):
    try:
        case = Case.from_json(content, source="x.json")
    except CaseFormatError as err:
        assert "x.json" in str(err)
    else:
        assert Case.from_json(case.to_json()).to_answers() == case.to_answers()
