"""The JSON Schema of the answers file is generated from the form spec."""

from __future__ import annotations

from ombud_desktop.core import formspec
from ombud_desktop.core.json_schema import answers_schema
from ombud_desktop.core.model import SCHEMA


def _node(schema, field):
    node = schema["properties"][field.section]
    if field.in_list:
        node = node["items"]
    for part in field.key.split("."):
        node = node["properties"][part]
    return node


def test_schema_has_every_field_of_the_spec_with_its_type():
    schema = answers_schema()
    assert schema["properties"]["schema"] == {"const": SCHEMA}
    for field in formspec.all_fields():
        node = _node(schema, field)
        assert node["title"] == field.label
        if field.choices:
            codes = node["items"]["enum"] if "items" in node else node["enum"]
            assert codes == list(field.choice_codes())


def test_schema_marks_lists_dates_and_booleans():
    schema = answers_schema()
    filings = schema["properties"]["filings"]
    assert filings["type"] == "array" and filings["minItems"] == 1
    assert _node(schema, formspec.field("subject.date_of_birth"))["format"] == "date"
    assert _node(schema, formspec.field("consent.agreed"))["type"] == "boolean"
    assert _node(schema, formspec.field("reasons.kinds"))["uniqueItems"] is True
