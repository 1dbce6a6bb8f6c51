"""The narrowing functions every layer uses on case data read from a file."""

from __future__ import annotations

from ombud_desktop.core.json_types import (
    as_list,
    as_object,
    dig,
    is_object_list,
    objects_in,
    texts_in,
    whole_number,
)


def test_a_value_of_the_right_type_is_handed_back_itself():
    data = {"a": 1}
    items = [1, "b"]
    assert as_object(data) is data
    assert as_list(items) is items


def test_a_value_of_the_wrong_type_reads_as_empty():
    for wrong in (None, "text", 3, 2.5, True, [1], {"a": 1}):
        assert as_object(wrong) == ({"a": 1} if isinstance(wrong, dict) else {})
        assert as_list(wrong) == ([1] if isinstance(wrong, list) else [])


def test_the_parts_of_a_list_of_one_type_are_picked_out():
    mixed = [{"id": "a"}, "b", None, ["c"], {"id": "d"}, 5]
    assert objects_in(mixed) == [{"id": "a"}, {"id": "d"}]
    assert texts_in(mixed) == ["b"]
    assert objects_in("not a list") == [] and texts_in(None) == []


def test_a_list_of_objects_is_told_from_one_with_anything_else():
    assert is_object_list([]) and is_object_list([{}, {"a": 1}])
    assert not is_object_list([{}, "a"]) and not is_object_list({"a": {}})


def test_a_whole_number_is_read_as_json_holds_it():
    assert [whole_number(v) for v in (3, 3.0, 0, -2)] == [3, 3, 0, -2]
    for not_whole in (2.5, True, False, "3", None, [3], float("nan"), float("inf")):
        assert whole_number(not_whole) is None


def test_dig_follows_object_keys_and_stops_at_anything_else():
    profile = {"contact": {"email": "a@b.org", "phone": None}, "name": "Ana"}
    assert dig(profile, "contact.email") == "a@b.org"
    assert dig(profile, "name") == "Ana"
    assert dig(profile, "contact.fax") is None
    assert dig(profile, "name.first") is None  # a text is not an object
    assert dig([profile], "contact") is None
