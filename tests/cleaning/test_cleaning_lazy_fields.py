"""LazyFields: labelled fields, and fields found elsewhere on the page only when looked up."""

from __future__ import annotations

from cleaning.lazy_fields import LazyFields


def counting(value: str | None, calls: list[str], name: str):
    def find() -> str | None:
        calls.append(name)
        return value
    return find


def test_a_finder_runs_once_and_only_when_its_field_is_looked_up():
    calls: list[str] = []
    fields = LazyFields({"published": "2025-01-02"},
                        {"published_script": counting("2025-01-03", calls, "script")})
    assert fields.get("published") == "2025-01-02" and calls == []
    assert fields.get("published_script") == "2025-01-03"
    assert fields["published_script"] == "2025-01-03" and calls == ["script"]


def test_a_labelled_field_is_never_replaced_and_its_finder_never_runs():
    calls: list[str] = []
    fields = LazyFields({"published_weak": "2025-01-02"},
                        {"published_weak": counting("2025-09-09", calls, "weak")})
    assert fields.get("published_weak") == "2025-01-02" and calls == []


def test_a_finder_that_finds_nothing_adds_no_field():
    fields = LazyFields({}, {"published_byline": lambda: None})
    assert fields.get("published_byline") is None and fields.get("published_byline", "x") == "x"
    assert "published_byline" not in fields and dict(fields) == {}


def test_reading_the_whole_mapping_finds_every_field():
    calls: list[str] = []
    fields = LazyFields({"title": "t"}, {"a": counting("1", calls, "a"),
                                         "b": counting("2", calls, "b")})
    assert sorted(fields.items()) == [("a", "1"), ("b", "2"), ("title", "t")]
    assert len(fields) == 3 and fields == {"title": "t", "a": "1", "b": "2"}
    assert calls == ["a", "b"]
