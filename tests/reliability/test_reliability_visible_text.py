"""The property of the cleaning fuzz shapes: nothing visible in the page's body is lost without
a warning. Each paragraph a reader of the page sees is in the Document's text, or the Document
says why not (undecodable bytes replaced, text the parser lost, an empty body).

The default suite runs small shapes in a few seconds; `make fuzz` (-m fuzz) adds more of them
and the pages of 1 to 30 MB.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaning import clean
from tests.reliability.visible_text_shapes import (
    big_page,
    huge_script,
    huge_table,
    nested,
    stray_bytes,
    unclosed,
)

URL = "http://www.example.gov.cn/art/2025/3/18/art_1_1.html"
LOSS_WARNINGS = ("undecodable bytes", "parser lost text", "empty body")
QUICK = settings(max_examples=10, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(QUICK, max_examples=150, derandomize=False)


def assert_nothing_lost_silently(shape: tuple[bytes, str, list[str]]) -> None:
    data, content_type, visible = shape
    doc = clean([data], URL, content_type)
    missing = [text for text in visible if text not in doc.text]
    warned = [w for w in doc.warnings if w.startswith(LOSS_WARNINGS)]
    assert not missing or warned, (missing[:5], doc.warnings)


strays = st.sampled_from([b"\x93", b"\xe6\xb3", b"\xff", b"\x80\x80", b"\xfe\xff\xfe"])
shapes = st.one_of(
    st.builds(stray_bytes, st.integers(10, 60), strays, st.sampled_from(["utf-8", "gbk"])),
    st.builds(unclosed, st.integers(10, 300), st.sampled_from(["div", "span", "div span", "font b",
                                                              "td", "li", "table"])),
    st.builds(nested, st.integers(1, 200)),
    st.builds(huge_table, st.integers(1, 400)),
)


@QUICK
@given(shape=shapes)
def test_hostile_shapes_lose_nothing_silently(shape):
    assert_nothing_lost_silently(shape)


def test_stray_bytes_keep_every_paragraph_and_say_so():
    data, content_type, visible = stray_bytes(40, b"\x93", "utf-8")
    doc = clean([data], URL, content_type)
    assert all(text in doc.text for text in visible) and doc.encoding == "utf-8"
    assert any("undecodable bytes" in w for w in doc.warnings)


@pytest.mark.fuzz
@LONG
@given(shape=shapes)
def test_fuzz_hostile_shapes_lose_nothing_silently(shape):
    assert_nothing_lost_silently(shape)


@pytest.mark.fuzz
@settings(LONG, max_examples=8)    # each takes seconds: trafilatura on a 2048-level tree
@given(shape=st.one_of(st.builds(nested, st.integers(400, 4000)),
                       st.builds(huge_script, st.integers(1_000_000, 12_000_000),
                                 st.sampled_from(["head", "body"]))))
def test_fuzz_deep_and_scripted_pages_lose_nothing_silently(shape):
    assert_nothing_lost_silently(shape)


@pytest.mark.fuzz
@pytest.mark.parametrize("megabytes", [1, 5, 12, 30])
def test_fuzz_pages_of_many_megabytes_lose_nothing_silently(megabytes):
    assert_nothing_lost_silently(big_page(megabytes))


@pytest.mark.fuzz
@pytest.mark.parametrize("rows", [20_000, 100_000])
def test_fuzz_huge_tables_lose_nothing_silently(rows):
    assert_nothing_lost_silently(huge_table(rows))
