"""cleaning/textutil: the prefix-first letter test agrees with the full count; the split-and-join
space collapse agrees with the regex one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cleaning.textutil import _SPACES_RX, has_letters, letter_count, letters_only, normalise_space

TEXTS = st.text(alphabet="一二三，。 ab_1\u3000\n", max_size=80)


@given(TEXTS, st.integers(min_value=0, max_value=50))
def test_has_letters_is_the_letter_count_compared(text, at_least):
    assert has_letters(text, at_least) == (letter_count(text) >= at_least)


def test_has_letters_counts_past_a_prefix_of_punctuation():
    assert has_letters("，" * 500 + "一" * 200, 200)
    assert not has_letters("，" * 500 + "一" * 199, 200)


def test_the_space_regex_is_str_isspace_and_two_zero_width_spaces():
    """normalise_space splits at str.isspace() unless the text holds the regex's other two."""
    every = "".join(map(chr, range(0x10000)))      # (no space lies beyond the BMP)
    unspaced = "".join(every.split())       # without the str.isspace() characters
    assert _SPACES_RX.sub("", every) == unspaced.replace("\u200b", "").replace("\ufeff", "")
    assert "\u200b" in unspaced and "\ufeff" in unspaced


SPACED = st.text(alphabet="一a \t\n\x1c\x85\xa0\u2002\u200b\u2028\u3000\ufeff", max_size=40)


@given(SPACED)
def test_normalise_space_is_the_regex_collapse(text):
    assert normalise_space(text) == _SPACES_RX.sub(" ", text).strip()


def test_normalise_space_collapses_zero_width_and_full_width_spaces():
    assert normalise_space("\u3000\u3000一、\u200b 总体\ufeff情况 ") == "一、 总体 情况"
    assert re.fullmatch(r"\S+( \S+)*", normalise_space(" a\x1cb\u2028c "))


@given(st.text())
def test_letters_only_keeps_what_letter_count_counts(text):
    # One not-a-letter pattern for both (noise reads button names and box headings with it).
    assert len(letters_only(text)) == letter_count(text)
    assert letters_only("▼ 点赞_在看 · 分享❤") == "点赞在看分享"
