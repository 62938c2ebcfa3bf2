"""crawler.mark_chain: a chain of marks joined by lazy gaps finds what the one lazy regex finds
(span and groups, unclosed openings and all), in one pass (issue 13)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.mark_chain import MarkChain
from crawler.paging_api import AJAX_RES
from crawler.written_rows import INLINE_SCRIPT_RE

SCRIPT_PIECES = ("<script", "<SCRIPT ", "<scripts", " src=a", ">", "</script>", "</Script \n>",
                 "</script", "</scrip", "x", " ", "\n", "<")
AJAX_PIECES = ("$.ajax({", "jQuery.ajax ( {", "axios({", "xaxios({", "}", ")", "} )", "})",
               "url: 'a'", " ", "{", "\n")


def found(finder, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in finder.finditer(text)]


@given(st.lists(st.sampled_from(SCRIPT_PIECES), max_size=30).map("".join))
def test_inline_scripts_are_the_lazy_regexs(text):
    assert found(INLINE_SCRIPT_RE, text) == found(INLINE_SCRIPT_RE.whole, text)


@given(st.lists(st.sampled_from(AJAX_PIECES), max_size=30).map("".join))
def test_ajax_calls_are_the_lazy_regexs(text):
    for chain in AJAX_RES[:2]:
        assert isinstance(chain, MarkChain)
        assert found(chain, text) == found(chain.whole, text)


def test_the_matches_are_the_whole_patterns_and_sub_replaces_them():
    text = "<p><script src='a.js'></script><script>w(1)</script  ><script>x"
    spans = [m.span() for m in INLINE_SCRIPT_RE.finditer(text)]
    assert spans == [(3, 31), (31, 54)]
    assert [m["code"] for m in INLINE_SCRIPT_RE.finditer(text)] == ["", "w(1)"]
    assert INLINE_SCRIPT_RE.sub(lambda m: "[" + m["code"] + "]", text) == "<p>[][w(1)]<script>x"


def test_a_chain_needs_a_gap_between_each_two_marks():
    with pytest.raises(ValueError):
        MarkChain(("a", "b"), ())
    assert MarkChain(("a", "b"), ("g",), re.I).pattern == "a(?P<g>.*?)b"
